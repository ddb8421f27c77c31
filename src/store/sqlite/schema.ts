/**
 * The SQLite schema (laid out like postgres/schema.ts: same tables, columns
 * and indexes; full-text search by FTS5 over title and text, kept in step by
 * triggers). Offsets are UTF-16 code units into articles.text.
 */
export const SQLITE_SCHEMA_VERSION = 1;

export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL UNIQUE,
  source TEXT,
  url TEXT,
  url_key TEXT UNIQUE,
  title TEXT,
  published TEXT,
  day TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  language TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_day ON articles (day);

CREATE TABLE IF NOT EXISTS analyses (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  versions_key TEXT NOT NULL,
  versions TEXT NOT NULL,
  format_version INTEGER NOT NULL,
  tone REAL,
  -- the analysis JSON without its text, deflated (raw DEFLATE): a third of its size
  json BLOB NOT NULL,
  analysed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS analyses_versions ON analyses (versions_key);

CREATE TABLE IF NOT EXISTS actors (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  kind TEXT,
  country TEXT,
  sector TEXT,
  code TEXT,
  -- kept up to date by every write: the actor's articles, mentions, first and last day
  n_articles INTEGER NOT NULL DEFAULT 0,
  n_mentions INTEGER NOT NULL DEFAULT 0,
  first_day TEXT,
  last_day TEXT
);
CREATE INDEX IF NOT EXISTS actors_code ON actors (code);
CREATE INDEX IF NOT EXISTS actors_country ON actors (country);

-- actor keys merged into a stored person by a longer form of the name (see store/merge.ts): "|putin" -> Vladimir Putin
CREATE TABLE IF NOT EXISTS actor_aliases (
  key TEXT PRIMARY KEY,
  actor_id INTEGER NOT NULL REFERENCES actors (id)
);
CREATE INDEX IF NOT EXISTS actor_aliases_actor ON actor_aliases (actor_id);

CREATE TABLE IF NOT EXISTS article_actors (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES actors (id),
  mentions INTEGER NOT NULL,
  day TEXT,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS article_actors_actor ON article_actors (actor_id, day);

CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  actor_id INTEGER REFERENCES actors (id),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor_id);

CREATE TABLE IF NOT EXISTS quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_text TEXT,
  speaker_norm TEXT,
  speaker_actor_id INTEGER REFERENCES actors (id),
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  day TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_actor ON quotes (speaker_actor_id, day, id);
CREATE INDEX IF NOT EXISTS quotes_speaker_norm ON quotes (speaker_norm, day, id);
CREATE INDEX IF NOT EXISTS quotes_day ON quotes (day, id);

CREATE TABLE IF NOT EXISTS figures (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  value_high REAL,
  approx TEXT NOT NULL,
  unit TEXT,
  category TEXT NOT NULL,
  subject TEXT,
  country TEXT,
  day TEXT,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_article ON figures (article_id);
CREATE INDEX IF NOT EXISTS figures_category ON figures (category, country, day);

CREATE TABLE IF NOT EXISTS times (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS times_article ON times (article_id);

CREATE TABLE IF NOT EXISTS places (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  name TEXT NOT NULL,
  geoname_id INTEGER,
  country TEXT,
  lat REAL,
  lon REAL,
  feature_type TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_article ON places (article_id);
CREATE INDEX IF NOT EXISTS places_country ON places (country);

CREATE TABLE IF NOT EXISTS occurrences (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT,
  category TEXT,
  actor_code TEXT,
  target_code TEXT,
  place TEXT,
  day TEXT
);

CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  occurrence_id INTEGER NOT NULL REFERENCES occurrences (id),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  type TEXT,
  mode TEXT,
  category TEXT,
  cameo TEXT,
  quad INTEGER,
  goldstein REAL,
  actor_id INTEGER REFERENCES actors (id),
  target_id INTEGER REFERENCES actors (id),
  actor_code TEXT,
  actor_country TEXT,
  target_code TEXT,
  target_country TEXT,
  place_start INTEGER,
  place_end INTEGER,
  place_text TEXT,
  place_name TEXT,
  place_country TEXT,
  place_feature TEXT,
  lat REAL,
  lon REAL,
  date TEXT,
  day TEXT,
  negated INTEGER NOT NULL,
  hedged INTEGER NOT NULL,
  future INTEGER NOT NULL,
  acled_type TEXT,
  acled_sub_type TEXT,
  sentence INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS events_occurrence ON events (occurrence_id);
CREATE INDEX IF NOT EXISTS events_type_day ON events (type, day);
CREATE INDEX IF NOT EXISTS events_type_actor_day ON events (type, actor_country, day);
CREATE INDEX IF NOT EXISTS events_category_day ON events (category, day);
CREATE INDEX IF NOT EXISTS events_actor_country_day ON events (actor_country, day);
CREATE INDEX IF NOT EXISTS events_actor_code_day ON events (actor_code, day);
CREATE INDEX IF NOT EXISTS events_actor ON events (actor_id);
CREATE INDEX IF NOT EXISTS events_target_country_day ON events (target_country, day);
CREATE INDEX IF NOT EXISTS events_target ON events (target_id);
CREATE INDEX IF NOT EXISTS events_place_country_day ON events (place_country, day);
CREATE INDEX IF NOT EXISTS events_day ON events (day);

CREATE TABLE IF NOT EXISTS skipped (
  origin TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS skipped_reason ON skipped (reason, at);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
`;
