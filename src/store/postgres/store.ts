import pg from 'pg';
import { StoreError, errorMessage } from '../../errors.js';
import { limitOf, offsetOf, SEARCH_LIMIT } from '../sql/filters.js';
import { DOLLAR } from '../sql/params.js';
import { SqlReader, type SqlExecutor } from '../sql/reader.js';
import type { SqlValue } from '../sql/rows.js';
import { searchTerms, tsQuery } from '../search-terms.js';
import type {
  ActorQuery, ActorRow, AnalysisRecord, CountBy, CountRow, EventQuery, EventRow, FigureQuery, FigureRow, Lookup, LookupKey,
  NewArticle, OccurrenceRow, QuoteQuery, QuoteRow, SaveResult, SearchHit, SearchQuery, Skip, StaleArticle, Store, StoredArticle,
  StoreStatus,
} from '../types.js';
import { POSTGRES_SCHEMA, POSTGRES_SCHEMA_VERSION } from './schema.js';
import { replaceAnalysis, saveArticle, upsertSkip } from './write.js';

export interface PostgresOptions {
  /** The schema holding newsgraph's tables; also read from the URL's `?schema=` parameter. Default: public. */
  readonly schema?: string;
  /** Most connections in the pool. */
  readonly maxConnections?: number;
}

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** A postgres:// URL split into what pg takes and newsgraph's own `schema` parameter. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string | null; location: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new StoreError(`"${url}" is not a postgres:// URL`);
  }
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  const connectionString = u.toString();
  if (u.password) u.password = '***';
  return { connectionString, schema, location: u.toString() };
}

/**
 * The store for scale: PostgreSQL through a pool of pg connections, for any
 * number of ingest workers on any number of machines. Every article is one
 * transaction; unique keys (origin, URL, content hash) make concurrent
 * workers store each article once.
 */
export class PostgresStore implements Store {
  readonly dialect = 'postgres' as const;
  readonly location: string;
  readonly schema: string;
  readonly #pool: pg.Pool;
  readonly #reader: SqlReader;

  private constructor(pool: pg.Pool, location: string, schema: string) {
    this.#pool = pool;
    this.location = location;
    this.schema = schema;
    const executor: SqlExecutor = { placeholder: DOLLAR, descNullsLast: ' NULLS LAST', all: (sql, params) => this.#all(sql, params) };
    this.#reader = new SqlReader(executor);
  }

  /** Connect, and create the schema's tables if they are missing. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const parsed = parsePostgresUrl(url);
    const schema = options.schema ?? parsed.schema ?? 'public';
    if (!IDENT.test(schema)) throw new StoreError(`schema "${schema}" is not a plain lower-case SQL name`);
    const pool = new pg.Pool({
      connectionString: parsed.connectionString, max: options.maxConnections ?? 4, options: `-c search_path=${schema}`,
      connectionTimeoutMillis: 10_000,
    });
    pool.on('error', () => { /* an idle client lost its connection: the next query reconnects */ });
    const store = new PostgresStore(pool, parsed.location, schema);
    try {
      await store.#tx(async (c) => {
        await c.query("SELECT pg_advisory_xact_lock(hashtext('newsgraph schema'))");
        await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await c.query(POSTGRES_SCHEMA);
        const { rows } = await c.query<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
        if (!rows[0]) {
          await c.query("INSERT INTO meta (key, value) VALUES ('schema_version', $1)", [String(POSTGRES_SCHEMA_VERSION)]);
        } else if (Number(rows[0].value) !== POSTGRES_SCHEMA_VERSION) {
          throw new StoreError(`${parsed.location} has schema version ${rows[0].value}; this newsgraph reads version ${POSTGRES_SCHEMA_VERSION}`);
        }
      });
    } catch (err) {
      await pool.end().catch(() => undefined);
      if (err instanceof StoreError) throw err;
      throw new StoreError(`cannot open the PostgreSQL store ${parsed.location}: ${errorMessage(err)}`, { cause: err });
    }
    return store;
  }

  async #all(sql: string, params: readonly SqlValue[]): Promise<Record<string, unknown>[]> {
    const res = await this.#pool.query(sql, params as unknown[]);
    return res.rows as Record<string, unknown>[];
  }

  async #tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.#pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async lookup(key: LookupKey): Promise<Lookup> { return this.#reader.lookup(key); }
  async save(article: NewArticle, record: AnalysisRecord): Promise<SaveResult> { return this.#tx((c) => saveArticle(c, article, record)); }
  async replaceAnalysis(articleId: number, record: AnalysisRecord): Promise<void> { await this.#tx((c) => replaceAnalysis(c, articleId, record)); }
  async skip(s: Skip): Promise<void> { await upsertSkip(this.#pool, s); }
  async staleArticles(versionsKey: string, limit: number, afterId = 0): Promise<StaleArticle[]> {
    return this.#reader.staleArticles(versionsKey, limit, afterId);
  }

  async article(id: number): Promise<StoredArticle | null> { return this.#reader.article(id); }
  async articles(afterId: number, limit: number): Promise<StoredArticle[]> { return this.#reader.articles(afterId, limit); }
  async occurrences(q: EventQuery): Promise<OccurrenceRow[]> { return this.#reader.occurrences(q); }
  async events(q: EventQuery): Promise<EventRow[]> { return this.#reader.events(q); }
  async countEvents(q: EventQuery, by: CountBy): Promise<CountRow[]> { return this.#reader.countEvents(q, by); }
  async quotes(q: QuoteQuery): Promise<QuoteRow[]> { return this.#reader.quotes(q); }
  async figures(q: FigureQuery): Promise<FigureRow[]> { return this.#reader.figures(q); }
  async actors(q: ActorQuery): Promise<ActorRow[]> { return this.#reader.actors(q); }
  async actor(id: number): Promise<ActorRow | null> { return this.#reader.actor(id); }
  async status(): Promise<StoreStatus> { return this.#reader.status(this.location); }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    const terms = searchTerms(q.text);
    if (terms.length === 0) return [];
    const limit = limitOf(q.limit ?? SEARCH_LIMIT);
    const offset = offsetOf(q.offset);
    // As in SQLite: rank the latest matches only (at least 500), so that a common word stays fast.
    const rows = await this.#all(
      `WITH q AS (SELECT to_tsquery('english', $1) AS q),
         recent AS (SELECT a.id FROM articles a, q WHERE a.tsv @@ q.q ORDER BY a.id DESC LIMIT $4),
         best AS (SELECT a.id, a.title, a.url, a.published, a.source, a.text, ts_rank(a.tsv, q.q) AS r
           FROM articles a JOIN recent USING (id), q ORDER BY r DESC, a.id LIMIT $2 OFFSET $3)
       SELECT best.id, best.title, best.url, best.published, best.source,
         ts_headline('english', best.text, q.q, 'StartSel=[, StopSel=], MinWords=10, MaxWords=30, MaxFragments=1') AS snippet
       FROM best, q ORDER BY best.r DESC, best.id`,
      [tsQuery(terms), limit, offset, Math.max(500, offset + limit)]);
    return rows.map((r) => ({
      article: {
        id: Number(r.id), title: r.title as string | null, url: r.url as string | null,
        publishedAt: r.published as string | null, source: r.source as string | null,
      },
      snippet: String(r.snippet ?? '').replace(/\s+/g, ' '),
    }));
  }

  /** Empty every table (for tests). */
  async truncateAll(): Promise<void> {
    await this.#pool.query(['events', 'places', 'times', 'figures', 'quotes', 'mentions', 'article_actors', 'analyses', 'articles',
      'actor_aliases', 'actors', 'occurrences', 'skipped'].map((t) => `DELETE FROM ${t};`).join(' '));
  }

  /** Drop the schema with every table in it (for tests). */
  async dropSchema(): Promise<void> {
    await this.#pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
