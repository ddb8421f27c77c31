import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StoreError, errorMessage } from '../../errors.js';
import { limitOf, offsetOf, SEARCH_LIMIT } from '../sql/filters.js';
import { QMARK } from '../sql/params.js';
import { SqlReader, type SqlExecutor } from '../sql/reader.js';
import type { SqlValue } from '../sql/rows.js';
import { fts5Query, searchTerms } from '../search-terms.js';
import type {
  ActorQuery, ActorRow, AnalysisRecord, CountBy, CountRow, EventQuery, EventRow, FigureQuery, FigureRow, Lookup, LookupKey,
  NewArticle, OccurrenceRow, QuoteQuery, QuoteRow, SaveResult, SearchHit, SearchQuery, Skip, StaleArticle, Store, StoredArticle,
  StoreStatus,
} from '../types.js';
import { SQLITE_SCHEMA, SQLITE_SCHEMA_VERSION } from './schema.js';
import { SqliteWriter } from './write.js';

const bind = (vs: readonly SqlValue[]) => vs.map((v) => (v === true ? 1 : v === false ? 0 : v));

/**
 * Group commit: saves share one transaction until this many are waiting, or
 * no other save came for QUIET_MS, or the first has waited MAX_WAIT_MS. A
 * lone save (the API's) is committed after 20 ms; an ingest's stream of
 * saves is committed in groups of up to 256, which costs a quarter of what
 * groups of a few cost (each commit writes every page it changed).
 */
export const GROUP_MAX = 256;
const QUIET_MS = 20;
const MAX_WAIT_MS = 500;

/** Search ranks the latest this many matches (or more, to reach the page asked for). */
export const SEARCH_WINDOW = 500;

interface PendingSave {
  readonly article: NewArticle;
  readonly record: AnalysisRecord;
  readonly resolve: (r: SaveResult) => void;
  readonly reject: (e: Error) => void;
}

/**
 * The embedded store: one SQLite file (WAL journal, so that readers never
 * wait for the ingest and a killed process loses at most the article it was
 * writing, never a committed one).
 */
export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  readonly #db: Database.Database;
  readonly #writer: SqliteWriter;
  readonly #reader: SqlReader;
  readonly #statements = new Map<string, Database.Statement>();
  #pending: PendingSave[] = [];
  #timer: NodeJS.Timeout | null = null;
  /** When the first waiting save and the last one came (performance.now()). */
  #firstAt = 0;
  #lastAt = 0;

  private constructor(path: string, db: Database.Database) {
    this.location = path;
    this.#db = db;
    this.#writer = new SqliteWriter(db);
    const executor: SqlExecutor = { placeholder: QMARK, descNullsLast: '', all: async (sql, params) => this.#all(sql, params) };
    this.#reader = new SqlReader(executor);
  }

  /** Open (creating if needed) the store at `path`; ':memory:' for a store that lives in memory. */
  static open(path: string): SqliteStore {
    const location = path === ':memory:' ? path : resolve(path);
    let db: Database.Database | undefined;
    try {
      if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
      db = new Database(location);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 10000');
      // Savepoint journals and sorts in memory, not in temporary files; 64 MiB of page cache (SQLite's default is 2 MiB).
      db.pragma('temp_store = MEMORY');
      db.pragma('cache_size = -65536');
      db.exec(SQLITE_SCHEMA);
      const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() as string | undefined;
      if (version === undefined) {
        db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SQLITE_SCHEMA_VERSION));
      } else if (Number(version) !== SQLITE_SCHEMA_VERSION) {
        throw new StoreError(`${location} has schema version ${version}; this newsgraph reads version ${SQLITE_SCHEMA_VERSION}`);
      }
      return new SqliteStore(location, db);
    } catch (err) {
      db?.close();
      if (err instanceof StoreError) throw err;
      throw new StoreError(`cannot open the SQLite store ${location}: ${errorMessage(err)}`, { cause: err });
    }
  }

  #all(sql: string, params: readonly SqlValue[]): Record<string, unknown>[] {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(sql);
      if (this.#statements.size > 500) this.#statements.clear();
      this.#statements.set(sql, stmt);
    }
    return stmt.all(...bind(params)) as Record<string, unknown>[];
  }

  async lookup(key: LookupKey): Promise<Lookup> { return this.#reader.lookup(key); }
  /**
   * Saves are grouped (see GROUP_MAX) and written in one transaction, so
   * that a commit's cost is shared while every article is still all or
   * nothing (see SqliteWriter.saveMany). The promise resolves once the
   * article is committed; reads see committed articles.
   */
  save(article: NewArticle, record: AnalysisRecord): Promise<SaveResult> {
    return new Promise((resolve, reject) => {
      this.#lastAt = performance.now();
      if (this.#pending.length === 0) this.#firstAt = this.#lastAt;
      this.#pending.push({ article, record, resolve, reject });
      if (this.#pending.length >= GROUP_MAX) this.#flush();
      else this.#timer ??= setTimeout(() => this.#due(), QUIET_MS);
    });
  }

  /** The timer: commit when the saves have stopped coming or the first has waited long enough, else look again later. */
  #due(): void {
    this.#timer = null;
    const now = performance.now();
    const wait = Math.min(this.#lastAt + QUIET_MS, this.#firstAt + MAX_WAIT_MS) - now;
    if (wait <= 0 || this.#pending.length === 0) this.#flush();
    else this.#timer = setTimeout(() => this.#due(), Math.max(1, wait));
  }

  /** Commit the waiting saves. */
  #flush(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    const batch = this.#pending;
    if (batch.length === 0) return;
    this.#pending = [];
    let results: (SaveResult | Error)[];
    try {
      results = this.#writer.saveMany(batch);
    } catch (err) {
      for (const p of batch) p.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    batch.forEach((p, i) => {
      const r = results[i]!;
      if (r instanceof Error) p.reject(r);
      else p.resolve(r);
    });
  }

  async replaceAnalysis(articleId: number, record: AnalysisRecord): Promise<void> {
    this.#flush();
    this.#writer.replace(articleId, record);
  }

  async skip(s: Skip): Promise<void> {
    this.#flush();
    this.#writer.skip(s);
  }
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

  /**
   * Full-text search, best matches first (BM25, title and text) among the
   * latest matches stored (at least 500): ranking every match of a common
   * word in a large store would cost a scan; the window keeps a query in
   * milliseconds however large the store grows.
   */
  async search(q: SearchQuery): Promise<SearchHit[]> {
    const terms = searchTerms(q.text);
    if (terms.length === 0) return [];
    const match = fts5Query(terms);
    const limit = limitOf(q.limit ?? SEARCH_LIMIT);
    const offset = offsetOf(q.offset);
    const window = this.#all(
      'SELECT MIN(rowid) AS low FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)',
      [match, Math.max(SEARCH_WINDOW, offset + limit)]);
    const low = window[0]?.low;
    if (low === null || low === undefined) return [];
    const rows = this.#all(
      `SELECT a.id AS id, a.title, a.url, a.published, a.source,
         snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet
       FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       WHERE articles_fts MATCH ? AND articles_fts.rowid >= ? ORDER BY rank, a.id LIMIT ? OFFSET ?`,
      [match, Number(low), limit, offset]);
    return rows.map((r) => ({
      article: {
        id: Number(r.id), title: r.title as string | null, url: r.url as string | null,
        publishedAt: r.published as string | null, source: r.source as string | null,
      },
      snippet: String(r.snippet ?? '').replace(/\s+/g, ' '),
    }));
  }

  async close(): Promise<void> {
    this.#flush();
    if (this.#db.open) {
      this.#db.pragma('optimize');
      this.#db.close();
    }
  }
}
