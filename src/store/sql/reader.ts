import type {
  ActorQuery, ActorRow, CountBy, CountRow, EventQuery, EventRow, FigureQuery, FigureRow, Lookup, LookupKey,
  OccurrenceRow, QuoteQuery, QuoteRow, StaleArticle, StoredArticle, StoreStatus,
} from '../types.js';
import { actorWhere, afterClause, eventWhere, figureWhere, limitOf, offsetOf, quoteWhere } from './filters.js';
import { normalizeName } from '../facts.js';
import { containsPattern, Params, type Placeholder } from './params.js';
import type { SqlValue } from './rows.js';
import { toActorRow, toArticle, toEventRow, toFigureRow, toQuoteRow, type Row } from './map.js';

/** What the shared reads need of a driver. */
export interface SqlExecutor {
  readonly placeholder: Placeholder;
  /** What makes a descending order put NULLs last: '' in SQLite (NULLs sort first), ' NULLS LAST' in PostgreSQL. */
  readonly descNullsLast: string;
  all(sql: string, params: readonly SqlValue[]): Promise<Row[]>;
}

const EVENT_SELECT = `SELECT e.id, e.occurrence_id, e.article_id, e.span_start, e.span_end, e.text, e.trigger_start, e.trigger_end,
  e.trigger_text, e.type, e.mode, e.category, e.cameo, e.quad, e.goldstein, e.actor_id, e.target_id, e.actor_code, e.actor_country,
  e.target_code, e.target_country, e.place_text, e.place_name, e.place_country, e.place_feature, e.lat, e.lon, e.date, e.day, e.negated, e.hedged,
  e.future, e.acled_type, e.acled_sub_type, e.sentence_start, e.sentence_end,
  a.title AS a_title, a.url AS a_url, a.published AS a_published, a.source AS a_source,
  ac.name AS actor_name, tc.name AS target_name
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN actors ac ON ac.id = e.actor_id LEFT JOIN actors tc ON tc.id = e.target_id`;

const ARTICLE_COLUMNS = 'a.id, a.origin, a.source, a.url, a.title, a.published, a.text, a.content_hash, a.ingested_at, an.json';

const COUNT_KEY: Record<CountBy, string> = {
  day: 'e.day',
  type: 'COALESCE(e.type, e.category)',
  country: 'e.place_country',
  actor: 'e.actor_code',
};

/**
 * The reads both stores share: standard SQL, run through the driver's
 * executor. Full-text search is each store's own.
 */
export class SqlReader {
  readonly #x: SqlExecutor;

  constructor(executor: SqlExecutor) {
    this.#x = executor;
  }

  #params(): Params {
    return new Params(this.#x.placeholder);
  }

  async lookup(key: LookupKey): Promise<Lookup> {
    const p = this.#params();
    const parts = [
      `SELECT 'origin' AS k, a.id AS id, an.versions_key AS v FROM articles a LEFT JOIN analyses an ON an.article_id = a.id WHERE a.origin = ${p.add(key.origin)}`,
      `SELECT 'skipped' AS k, NULL AS id, reason AS v FROM skipped WHERE origin = ${p.add(key.origin)}`,
    ];
    if (key.urlKey) parts.push(`SELECT 'url' AS k, id, NULL AS v FROM articles WHERE url_key = ${p.add(key.urlKey)}`);
    if (key.contentHash) parts.push(`SELECT 'content' AS k, id, NULL AS v FROM articles WHERE content_hash = ${p.add(key.contentHash)}`);
    const rows = await this.#x.all(parts.join(' UNION ALL '), p.values);
    const of = (k: string) => rows.find((r) => r.k === k);
    const origin = of('origin');
    if (origin) return { state: 'stored', id: Number(origin.id), stale: origin.v !== key.versionsKey };
    const skipped = of('skipped');
    if (skipped) return { state: 'skipped', reason: String(skipped.v) };
    const url = of('url');
    if (url) return { state: 'duplicate', id: Number(url.id), by: 'url' };
    const content = of('content');
    if (content) return { state: 'duplicate', id: Number(content.id), by: 'content' };
    return { state: 'new' };
  }

  async staleArticles(versionsKey: string, limit: number, afterId = 0): Promise<StaleArticle[]> {
    const p = this.#params();
    const rows = await this.#x.all(
      `SELECT a.id, a.text, a.title, a.url, a.published FROM articles a JOIN analyses an ON an.article_id = a.id
       WHERE an.versions_key <> ${p.add(versionsKey)} AND a.id > ${p.add(afterId)} ORDER BY a.id LIMIT ${p.add(limit)}`, p.values);
    return rows.map((r) => ({
      id: Number(r.id), text: String(r.text), title: r.title as string | null, url: r.url as string | null, publishedAt: r.published as string | null,
    }));
  }

  async article(id: number): Promise<StoredArticle | null> {
    const p = this.#params();
    const rows = await this.#x.all(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN analyses an ON an.article_id = a.id WHERE a.id = ${p.add(id)}`, p.values);
    return rows[0] ? toArticle(rows[0]) : null;
  }

  async articles(afterId: number, limit: number): Promise<StoredArticle[]> {
    const p = this.#params();
    const rows = await this.#x.all(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN analyses an ON an.article_id = a.id
       WHERE a.id > ${p.add(afterId)} ORDER BY a.id LIMIT ${p.add(limit)}`, p.values);
    return rows.map(toArticle);
  }

  async events(q: EventQuery): Promise<EventRow[]> {
    const p = this.#params();
    const where = eventWhere(q, p) + afterClause(q, 'e.id', p);
    const order = q.afterId !== undefined ? 'e.id' : 'e.day, e.id';
    const rows = await this.#x.all(
      `${EVENT_SELECT} WHERE ${where} ORDER BY ${order} LIMIT ${p.add(limitOf(q.limit))} OFFSET ${p.add(offsetOf(q.offset))}`, p.values);
    const texts = await this.#texts(rows.map((r) => Number(r.article_id)));
    return rows.map((r) => toEventRow(r, texts));
  }

  async occurrences(q: EventQuery): Promise<OccurrenceRow[]> {
    const p = this.#params();
    const where = eventWhere(q, p) + afterClause(q, 'e.occurrence_id', p);
    const groups = await this.#x.all(
      `SELECT e.occurrence_id AS oid, COUNT(*) AS n_mentions, COUNT(DISTINCT e.article_id) AS n_articles,
         COUNT(DISTINCT COALESCE(a.source, 'article:' || a.id)) AS n_sources, MIN(e.id) AS first_event, MIN(e.day) AS first_day,
         AVG(an.tone) AS avg_tone, MIN(e.sentence) AS first_sentence, MIN(a.ingested_at) AS added
       FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN analyses an ON an.article_id = e.article_id
       WHERE ${where} GROUP BY e.occurrence_id ORDER BY ${q.afterId !== undefined ? 'e.occurrence_id' : 'first_day, e.occurrence_id'}
       LIMIT ${p.add(limitOf(q.limit))} OFFSET ${p.add(offsetOf(q.offset))}`, p.values);
    if (groups.length === 0) return [];
    const p2 = this.#params();
    const ids = groups.map((g) => Number(g.first_event));
    const [examples, occ] = await Promise.all([
      this.#x.all(`${EVENT_SELECT} WHERE e.id IN ${p2.list(ids)}`, p2.values),
      (async () => {
        const p3 = this.#params();
        return this.#x.all(`SELECT * FROM occurrences WHERE id IN ${p3.list(groups.map((g) => Number(g.oid)))}`, p3.values);
      })(),
    ]);
    const texts = await this.#texts(examples.map((r) => Number(r.article_id)));
    const exampleById = new Map(examples.map((r) => [Number(r.id), toEventRow(r, texts)]));
    const occById = new Map(occ.map((r) => [Number(r.id), r]));
    return groups.map((g) => {
      const o = occById.get(Number(g.oid))!;
      return {
        id: Number(g.oid), type: o.type as string | null, category: o.category as string | null,
        actorCode: o.actor_code as string | null, targetCode: o.target_code as string | null,
        place: o.place as string | null, day: o.day as string | null,
        numMentions: Number(g.n_mentions), numArticles: Number(g.n_articles), numSources: Number(g.n_sources),
        avgTone: g.avg_tone === null || g.avg_tone === undefined ? null : Number(g.avg_tone),
        isRoot: Number(g.first_sentence) === 0, addedAt: String(g.added),
        example: exampleById.get(Number(g.first_event))!,
      };
    });
  }

  async countEvents(q: EventQuery, by: CountBy): Promise<CountRow[]> {
    const p = this.#params();
    const where = eventWhere(q, p);
    const key = COUNT_KEY[by];
    const rows = await this.#x.all(
      `SELECT ${key} AS k, COUNT(DISTINCT e.occurrence_id) AS occ, COUNT(DISTINCT e.article_id) AS arts
       FROM events e WHERE ${where} GROUP BY ${key} ORDER BY ${by === 'day' ? 'k' : 'occ DESC, k'}
       LIMIT ${p.add(limitOf(q.limit ?? 1000))}`, p.values);
    return rows.map((r) => ({ key: r.k as string | null, occurrences: Number(r.occ), articles: Number(r.arts) }));
  }

  /**
   * Quotes, newest first. A speaker is found by name first (actors whose
   * name holds the words, and quotes whose speaker is written so); each is
   * then read through its own index, newest first, so that a speaker quoted
   * a hundred thousand times costs no more than one quoted twice.
   */
  async quotes(q: QuoteQuery): Promise<QuoteRow[]> {
    const limit = limitOf(q.limit);
    const offset = offsetOf(q.offset);
    const desc = `DESC${this.#x.descNullsLast}`;
    let ids: number[];
    if (q.speaker) {
      const name = normalizeName(q.speaker);
      const p0 = this.#params();
      const actors = await this.#x.all(
        `SELECT id FROM actors WHERE name_norm LIKE ${p0.add(containsPattern(name))} ESCAPE '\\' ORDER BY n_articles DESC, id LIMIT 20`, p0.values);
      const p = this.#params();
      const rest = { ...q, speaker: undefined };
      const part = (cond: string, i: number) => `SELECT * FROM (SELECT q.id, q.day FROM quotes q WHERE ${cond} AND ${quoteWhere(rest, p)}
        ORDER BY q.day ${desc}, q.id DESC LIMIT ${p.add(offset + limit)}) s${i}`;
      const parts = actors.map((a, i) => part(`q.speaker_actor_id = ${p.add(Number(a.id))}`, i));
      parts.push(part(`q.speaker_norm = ${p.add(name)}`, parts.length));
      const found = await this.#x.all(`${parts.join(' UNION ')} ORDER BY day ${desc}, id DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
      ids = found.map((r) => Number(r.id));
    } else {
      const p = this.#params();
      const found = await this.#x.all(`SELECT q.id FROM quotes q WHERE ${quoteWhere(q, p)} ORDER BY q.day ${desc}, q.id DESC
        LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
      ids = found.map((r) => Number(r.id));
    }
    if (ids.length === 0) return [];
    const p = this.#params();
    const rows = await this.#x.all(
      `SELECT q.*, a.title AS a_title, a.url AS a_url, a.published AS a_published, a.source AS a_source,
         ac.name AS actor_name, ac.code AS actor_code, ac.country AS actor_country
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.id = q.speaker_actor_id
       WHERE q.id IN ${p.list(ids)}`, p.values);
    const byId = new Map(rows.map((r) => [Number(r.id), toQuoteRow(r)]));
    return ids.map((id) => byId.get(id)!);
  }

  async figures(q: FigureQuery): Promise<FigureRow[]> {
    const p = this.#params();
    const where = figureWhere(q, p);
    const rows = await this.#x.all(
      `SELECT f.*, a.title AS a_title, a.url AS a_url, a.published AS a_published, a.source AS a_source
       FROM figures f JOIN articles a ON a.id = f.article_id
       WHERE ${where} ORDER BY f.day, f.id LIMIT ${p.add(limitOf(q.limit))} OFFSET ${p.add(offsetOf(q.offset))}`, p.values);
    const texts = await this.#texts(rows.map((r) => Number(r.article_id)));
    return rows.map((r) => toFigureRow(r, texts));
  }

  async actors(q: ActorQuery): Promise<ActorRow[]> {
    const p = this.#params();
    const where = actorWhere(q, p);
    const rows = await this.#x.all(
      `SELECT ac.id, ac.name, ac.kind, ac.country, ac.sector, ac.code, ac.n_articles, ac.n_mentions, ac.first_day, ac.last_day
       FROM actors ac WHERE ${where} AND ac.n_articles > 0 ORDER BY ac.n_articles DESC, ac.id LIMIT ${p.add(limitOf(q.limit))} OFFSET ${p.add(offsetOf(q.offset))}`, p.values);
    return rows.map(toActorRow);
  }

  async actor(id: number): Promise<ActorRow | null> {
    const p = this.#params();
    const rows = await this.#x.all(
      `SELECT ac.id, ac.name, ac.kind, ac.country, ac.sector, ac.code, ac.n_articles, ac.n_mentions, ac.first_day, ac.last_day
       FROM actors ac WHERE ac.id = ${p.add(id)}`, p.values);
    return rows[0] ? toActorRow(rows[0]) : null;
  }

  async status(location: string): Promise<StoreStatus> {
    const tables = ['articles', 'actors', 'mentions', 'quotes', 'figures', 'times', 'places', 'events', 'occurrences'] as const;
    const counts = await this.#x.all(tables.map((t) => `SELECT '${t}' AS t, COUNT(*) AS n FROM ${t}`).join(' UNION ALL '), []);
    const n = (t: string) => Number(counts.find((r) => r.t === t)?.n ?? 0);
    const versions = await this.#x.all('SELECT versions, COUNT(*) AS n FROM analyses GROUP BY versions ORDER BY n DESC', []);
    const reasons = await this.#x.all('SELECT reason, COUNT(*) AS n FROM skipped GROUP BY reason ORDER BY n DESC, reason', []);
    const skipped = [];
    for (const r of reasons) {
      const p = this.#params();
      const ex = await this.#x.all(`SELECT origin, message FROM skipped WHERE reason = ${p.add(String(r.reason))} ORDER BY at DESC, origin LIMIT 3`, p.values);
      skipped.push({
        reason: String(r.reason), count: Number(r.n),
        examples: ex.map((e) => ({ origin: String(e.origin), message: String(e.message) })),
      });
    }
    const last = await this.#x.all('SELECT MAX(ingested_at) AS t FROM articles', []);
    return {
      location,
      articles: n('articles'),
      analyses: versions.map((v) => ({ versions: JSON.parse(String(v.versions)) as Record<string, string>, count: Number(v.n) })),
      facts: {
        actors: n('actors'), mentions: n('mentions'), quotes: n('quotes'), figures: n('figures'), times: n('times'),
        places: n('places'), events: n('events'), occurrences: n('occurrences'),
      },
      skipped,
      lastIngestAt: (last[0]?.t as string | null | undefined) ?? null,
    };
  }

  /** Article texts by id, to cut sentences out of them (offsets are UTF-16, so in JavaScript, not SQL). */
  async #texts(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const p = this.#params();
    const rows = await this.#x.all(`SELECT id, text FROM articles WHERE id IN ${p.list(unique)}`, p.values);
    return new Map(rows.map((r) => [Number(r.id), String(r.text)]));
  }
}
