import type { PoolClient } from 'pg';
import { jsonText } from '../prepare.js';
import { fullFormOf, lastWord, shorterFormsOf, type StoredPerson } from '../merge.js';
import {
  ACTOR_COLUMNS, ACTOR_REFERENCES, ARTICLE_FACT_TABLES, FACT_TABLES, OCCURRENCE_COLUMNS, actorTallies, actorValues, lastWordPattern,
  occurrenceValues, type SqlValue,
} from '../sql/rows.js';
import type { AnalysisRecord, NewArticle, SaveResult, Skip } from '../types.js';

/** Most parameters in one statement (PostgreSQL allows 65535). */
const MAX_PARAMS = 30_000;

/** INSERT of many rows in as few statements as the parameter limit allows. */
async function insertMany(c: PoolClient, table: string, columns: readonly string[], rows: readonly SqlValue[][], suffix = ''): Promise<void> {
  const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values: SqlValue[] = [];
    const tuples = chunk.map((r) => `(${r.map((v) => { values.push(v); return `$${values.length}`; }).join(', ')})`);
    await c.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`, values);
  }
}

/**
 * The writes of the PostgreSQL store (laid out like sqlite/write.ts). Each
 * function runs inside the caller's transaction on one client. Actors and
 * occurrences are inserted in key order, so that concurrent workers take
 * their locks in the same order and cannot deadlock.
 */
export async function saveArticle(c: PoolClient, a: NewArticle, r: AnalysisRecord): Promise<SaveResult> {
  const now = new Date().toISOString();
  const res = await c.query<{ id: number }>(
    `INSERT INTO articles (origin, source, url, url_key, title, published, day, text, content_hash, language, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING id`,
    [a.origin, a.source, a.url, a.urlKey, a.title, a.publishedAt, r.facts.day, a.text, a.contentHash, a.language, now]);
  const row = res.rows[0];
  if (!row) return onConflict(c, a);
  await writeAnalysis(c, row.id, r, now);
  await c.query('DELETE FROM skipped WHERE origin = $1', [a.origin]);
  return { status: 'stored', id: row.id };
}

async function onConflict(c: PoolClient, a: NewArticle): Promise<SaveResult> {
  const { rows } = await c.query<{ k: string; id: number }>(
    `SELECT 'origin' AS k, id FROM articles WHERE origin = $1
     UNION ALL SELECT 'url', id FROM articles WHERE url_key = $2
     UNION ALL SELECT 'content', id FROM articles WHERE content_hash = $3`, [a.origin, a.urlKey, a.contentHash]);
  const origin = rows.find((x) => x.k === 'origin');
  if (origin) return { status: 'existing', id: origin.id };
  const dup = rows.find((x) => x.k === 'url') ?? rows.find((x) => x.k === 'content');
  if (!dup) throw new Error(`article ${a.origin} conflicts with no stored article`);
  const by = dup.k === 'url' ? 'url' : 'content';
  await upsertSkip(c, { origin: a.origin, reason: `duplicate-${by}`, message: `same ${by === 'url' ? 'URL' : 'text'} as article ${dup.id}` });
  return { status: 'duplicate', id: dup.id, by };
}

export async function replaceAnalysis(c: PoolClient, articleId: number, r: AnalysisRecord): Promise<void> {
  // The actors' counts lose this article; first and last days are kept (they only ever widen).
  const { rows } = await c.query<{ id: number; m: string }>(
    'SELECT actor_id AS id, SUM(mentions) AS m FROM article_actors WHERE article_id = $1 GROUP BY actor_id ORDER BY actor_id', [articleId]);
  for (const t of rows) await c.query('UPDATE actors SET n_articles = n_articles - 1, n_mentions = n_mentions - $1 WHERE id = $2', [Number(t.m), t.id]);
  for (const t of ARTICLE_FACT_TABLES) await c.query(`DELETE FROM ${t} WHERE article_id = $1`, [articleId]);
  await writeAnalysis(c, articleId, r, new Date().toISOString());
}

/**
 * Store ids of an article's actors (ACTOR_COLUMNS rows, in key order): the
 * actor stored under the key, or the person the key was merged into; else a
 * new actor, and a new person takes in the stored shorter forms of its name
 * (see store/merge.ts). Persons are resolved under a transaction lock per
 * last word of their name, so that concurrent writers merge as one would.
 */
async function resolveActors(c: PoolClient, actors: readonly SqlValue[][]): Promise<Map<string, number>> {
  const persons = actors.filter((v) => v[3] === 'person');
  for (const word of [...new Set(persons.map((v) => lastWord(String(v[2]))))].sort()) {
    await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`newsgraph actor ${word}`]);
  }
  const others = actors.filter((v) => v[3] !== 'person');
  if (others.length) await insertMany(c, 'actors', ACTOR_COLUMNS, others, 'ON CONFLICT (key) DO NOTHING');
  const keys = actors.map((v) => String(v[0]));
  const known = async () => {
    const { rows } = await c.query<{ key: string; id: number }>(
      'SELECT key, id FROM actors WHERE key = ANY($1) UNION ALL SELECT key, actor_id FROM actor_aliases WHERE key = ANY($1)', [keys]);
    return new Map(rows.map((r) => [r.key, Number(r.id)]));
  };
  const byKey = await known();
  let merged = false;
  for (const v of persons) {
    const key = String(v[0]);
    if (byKey.has(key)) continue;
    const nameNorm = String(v[2]);
    const last = lastWord(nameNorm);
    const { rows: group } = await c.query<StoredPerson>(
      `SELECT id, key, name_norm AS "nameNorm" FROM actors WHERE kind = 'person' AND code IS NOT DISTINCT FROM $1
         AND country IS NOT DISTINCT FROM $2 AND (name_norm = $3 OR name_norm LIKE $4 ESCAPE '\\') ORDER BY id`,
      [v[6], v[4], last, lastWordPattern(last)]);
    const full = fullFormOf(nameNorm, group);
    if (full) {
      await c.query('INSERT INTO actor_aliases (key, actor_id) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET actor_id = excluded.actor_id', [key, full.id]);
      byKey.set(key, full.id);
      continue;
    }
    await insertMany(c, 'actors', ACTOR_COLUMNS, [[...v]], 'ON CONFLICT (key) DO NOTHING');
    const { rows } = await c.query<{ id: number }>('SELECT id FROM actors WHERE key = $1', [key]);
    const id = Number(rows[0]!.id);
    byKey.set(key, id);
    const shorter = shorterFormsOf({ id, key, nameNorm }, group);
    for (const s of shorter) {
      for (const [t, col] of ACTOR_REFERENCES) await c.query(`UPDATE ${t} SET ${col} = $1 WHERE ${col} = $2`, [id, s.id]);
      await c.query('INSERT INTO actor_aliases (key, actor_id) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET actor_id = excluded.actor_id', [s.key, id]);
      await c.query('DELETE FROM actors WHERE id = $1', [s.id]);
      merged = true;
    }
    if (shorter.length) {
      await c.query(`UPDATE actors SET n_articles = s.n, n_mentions = s.m, first_day = s.f, last_day = s.l
        FROM (SELECT COUNT(DISTINCT article_id) AS n, COALESCE(SUM(mentions), 0) AS m, MIN(day) AS f, MAX(day) AS l
              FROM article_actors WHERE actor_id = $1) s WHERE id = $1`, [id]);
    }
  }
  // A person of this article took in a shorter form that this article also names: look that one up again.
  return merged ? known() : byKey;
}

export async function upsertSkip(c: { query: PoolClient['query'] }, s: Skip): Promise<void> {
  await c.query(
    `INSERT INTO skipped (origin, reason, message, at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, message = excluded.message, at = excluded.at`,
    [s.origin, s.reason, s.message, new Date().toISOString()]);
}

async function writeAnalysis(c: PoolClient, articleId: number, r: AnalysisRecord, now: string): Promise<void> {
  const { facts } = r;
  await c.query(
    `INSERT INTO analyses (article_id, versions_key, versions, format_version, tone, json, analysed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (article_id) DO UPDATE SET versions_key = excluded.versions_key, versions = excluded.versions,
       format_version = excluded.format_version, tone = excluded.tone, json = excluded.json, analysed_at = excluded.analysed_at`,
    [articleId, r.versionsKey, JSON.stringify(r.versions), r.formatVersion, facts.tone, jsonText(r.json), now]);

  const actorIds = new Map<string, number>();
  const actors = actorValues(facts);
  if (actors.length) {
    const byKey = await resolveActors(c, actors);
    for (const x of facts.actors) actorIds.set(x.local, byKey.get(x.key)!);
  }
  const occurrenceIds = new Map<string, number>();
  const occurrences = occurrenceValues(facts);
  if (occurrences.length) {
    await insertMany(c, 'occurrences', OCCURRENCE_COLUMNS, occurrences, 'ON CONFLICT (key) DO NOTHING');
    const { rows } = await c.query<{ id: number; key: string }>('SELECT id, key FROM occurrences WHERE key = ANY($1)', [occurrences.map((v) => v[0])]);
    for (const x of rows) occurrenceIds.set(x.key, x.id);
  }
  const ctx = { articleId, actorIds, occurrenceIds };
  for (const table of FACT_TABLES) {
    const rows = table.rows(facts, ctx);
    if (rows.length) await insertMany(c, table.table, table.columns, rows);
  }
  // Last, so that the actors' rows (shared by every worker) are locked for as short a time as possible.
  for (const [id, mentions] of actorTallies(facts, actorIds)) {
    await c.query(`UPDATE actors SET n_articles = n_articles + 1, n_mentions = n_mentions + $1,
      first_day = LEAST(first_day, $2), last_day = GREATEST(last_day, $2) WHERE id = $3`, [mentions, facts.day, id]);
  }
}
