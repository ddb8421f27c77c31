import type Database from 'better-sqlite3';
import { deflateRawSync } from 'node:zlib';
import { fullFormOf, lastWord, shorterFormsOf, type StoredPerson } from '../merge.js';
import {
  ACTOR_COLUMNS, ACTOR_REFERENCES, ARTICLE_FACT_TABLES, FACT_TABLES, OCCURRENCE_COLUMNS, actorTallies, actorValues, lastWordPattern,
  occurrenceValues, type SqlValue,
} from '../sql/rows.js';
import type { AnalysisRecord, NewArticle, SaveResult, Skip } from '../types.js';

type Statement = Database.Statement;

/** SQLite binds no booleans: true/false become 1/0. */
const bind = (vs: readonly SqlValue[]) => vs.map((v) => (v === true ? 1 : v === false ? 0 : v));
const placeholders = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/**
 * The writes of the SQLite store (laid out like postgres/write.ts). Each
 * public method is one transaction: the article, its analysis and all its
 * facts are written together or not at all.
 */
export class SqliteWriter {
  readonly #insertArticle: Statement;
  readonly #conflict: Statement;
  readonly #insertAnalysis: Statement;
  readonly #insertActor: Statement;
  readonly #actorId: Statement;
  readonly #aliasId: Statement;
  readonly #persons: Statement;
  readonly #insertAlias: Statement;
  readonly #repoint: Statement[];
  readonly #deleteActor: Statement;
  readonly #recount: Statement;
  #merged = false;
  readonly #insertOccurrence: Statement;
  readonly #occurrenceId: Statement;
  readonly #facts: { readonly table: (typeof FACT_TABLES)[number]; readonly stmt: Statement }[];
  readonly #deleteFacts: Statement[];
  readonly #upsertSkip: Statement;
  readonly #countActor: Statement;
  readonly #uncountActor: Statement;
  readonly #articleTallies: Statement;
  readonly #clearSkip: Statement;
  readonly save: (article: NewArticle, record: AnalysisRecord) => SaveResult;
  /**
   * Several articles in one transaction, each all or nothing: written
   * together first; when one fails, the transaction is rolled back and the
   * articles are written again each in its own savepoint, so that the one
   * that fails is rolled back alone (a savepoint per article costs a sixth
   * of the write, to guard against a failure that almost never comes).
   */
  readonly saveMany: (items: readonly { article: NewArticle; record: AnalysisRecord }[]) => (SaveResult | Error)[];
  readonly replace: (articleId: number, record: AnalysisRecord) => void;

  constructor(db: Database.Database) {
    this.#insertArticle = db.prepare(
      `INSERT INTO articles (origin, source, url, url_key, title, published, day, text, content_hash, language, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`);
    this.#conflict = db.prepare(
      `SELECT 'origin' AS k, id FROM articles WHERE origin = ?
       UNION ALL SELECT 'url', id FROM articles WHERE url_key = ?
       UNION ALL SELECT 'content', id FROM articles WHERE content_hash = ?`);
    this.#insertAnalysis = db.prepare(
      `INSERT INTO analyses (article_id, versions_key, versions, format_version, tone, json, analysed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET versions_key = excluded.versions_key, versions = excluded.versions,
         format_version = excluded.format_version, tone = excluded.tone, json = excluded.json, analysed_at = excluded.analysed_at`);
    this.#insertActor = db.prepare(`INSERT INTO actors (${ACTOR_COLUMNS.join(', ')}) VALUES ${placeholders(ACTOR_COLUMNS.length)} ON CONFLICT (key) DO NOTHING`);
    this.#actorId = db.prepare('SELECT id FROM actors WHERE key = ?').pluck();
    this.#aliasId = db.prepare('SELECT actor_id FROM actor_aliases WHERE key = ?').pluck();
    this.#persons = db.prepare(`SELECT id, key, name_norm AS nameNorm FROM actors
      WHERE kind = 'person' AND code IS ? AND country IS ? AND (name_norm = ? OR name_norm LIKE ? ESCAPE '\\') ORDER BY id`);
    this.#insertAlias = db.prepare('INSERT INTO actor_aliases (key, actor_id) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET actor_id = excluded.actor_id');
    this.#repoint = ACTOR_REFERENCES.map(([t, c]) => db.prepare(`UPDATE ${t} SET ${c} = ? WHERE ${c} = ?`));
    this.#deleteActor = db.prepare('DELETE FROM actors WHERE id = ?');
    this.#recount = db.prepare(`UPDATE actors SET
      n_articles = (SELECT COUNT(DISTINCT article_id) FROM article_actors WHERE actor_id = @id),
      n_mentions = (SELECT COALESCE(SUM(mentions), 0) FROM article_actors WHERE actor_id = @id),
      first_day = (SELECT MIN(day) FROM article_actors WHERE actor_id = @id),
      last_day = (SELECT MAX(day) FROM article_actors WHERE actor_id = @id) WHERE id = @id`);
    this.#insertOccurrence = db.prepare(
      `INSERT INTO occurrences (${OCCURRENCE_COLUMNS.join(', ')}) VALUES ${placeholders(OCCURRENCE_COLUMNS.length)} ON CONFLICT (key) DO NOTHING`);
    this.#occurrenceId = db.prepare('SELECT id FROM occurrences WHERE key = ?').pluck();
    this.#facts = FACT_TABLES.map((table) => ({
      table, stmt: db.prepare(`INSERT INTO ${table.table} (${table.columns.join(', ')}) VALUES ${placeholders(table.columns.length)}`),
    }));
    this.#deleteFacts = ARTICLE_FACT_TABLES.map((t) => db.prepare(`DELETE FROM ${t} WHERE article_id = ?`));
    this.#upsertSkip = db.prepare(
      `INSERT INTO skipped (origin, reason, message, at) VALUES (?, ?, ?, ?)
       ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, message = excluded.message, at = excluded.at`);
    this.#clearSkip = db.prepare('DELETE FROM skipped WHERE origin = ?');
    this.#countActor = db.prepare(`UPDATE actors SET n_articles = n_articles + 1, n_mentions = n_mentions + ?,
      first_day = COALESCE(min(first_day, ?), first_day, ?), last_day = COALESCE(max(last_day, ?), last_day, ?) WHERE id = ?`);
    this.#uncountActor = db.prepare('UPDATE actors SET n_articles = n_articles - 1, n_mentions = n_mentions - ? WHERE id = ?');
    this.#articleTallies = db.prepare('SELECT actor_id AS id, SUM(mentions) AS m FROM article_actors WHERE article_id = ? GROUP BY actor_id ORDER BY actor_id');
    this.save = db.transaction((a: NewArticle, r: AnalysisRecord) => this.#save(a, r));
    type Item = { article: NewArticle; record: AnalysisRecord };
    const together = db.transaction((items: readonly Item[]) => items.map((x) => this.#save(x.article, x.record)));
    const apart = db.transaction((items: readonly Item[]) => items.map((x) => {
      try {
        return this.save(x.article, x.record);
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    }));
    this.saveMany = (items) => {
      if (items.length > 1) {
        try {
          return together(items);
        } catch {
          // Rolled back: written again below, one savepoint each.
        }
      }
      return apart(items);
    };
    this.replace = db.transaction((id: number, r: AnalysisRecord) => this.#replace(id, r));
  }

  skip(s: Skip): void {
    this.#upsertSkip.run(s.origin, s.reason, s.message, new Date().toISOString());
  }

  #save(a: NewArticle, r: AnalysisRecord): SaveResult {
    const now = new Date().toISOString();
    const row = this.#insertArticle.get(
      a.origin, a.source, a.url, a.urlKey, a.title, a.publishedAt, r.facts.day, a.text, a.contentHash, a.language, now,
    ) as { id: number } | undefined;
    if (!row) return this.#onConflict(a);
    this.#writeAnalysis(row.id, r, now);
    this.#clearSkip.run(a.origin);
    return { status: 'stored', id: row.id };
  }

  #onConflict(a: NewArticle): SaveResult {
    const rows = this.#conflict.all(a.origin, a.urlKey, a.contentHash) as { k: string; id: number }[];
    const origin = rows.find((x) => x.k === 'origin');
    if (origin) return { status: 'existing', id: origin.id };
    const dup = rows.find((x) => x.k === 'url') ?? rows.find((x) => x.k === 'content');
    if (!dup) throw new Error(`article ${a.origin} conflicts with no stored article`);
    const by = dup.k === 'url' ? 'url' : 'content';
    this.skip({ origin: a.origin, reason: `duplicate-${by}`, message: `same ${by === 'url' ? 'URL' : 'text'} as article ${dup.id}` });
    return { status: 'duplicate', id: dup.id, by };
  }

  #replace(articleId: number, r: AnalysisRecord): void {
    // The actors' counts lose this article; first and last days are kept (they only ever widen).
    for (const t of this.#articleTallies.all(articleId) as { id: number; m: number }[]) this.#uncountActor.run(t.m, t.id);
    for (const d of this.#deleteFacts) d.run(articleId);
    this.#writeAnalysis(articleId, r, new Date().toISOString());
  }

  /**
   * The store id of an actor row (ACTOR_COLUMNS): the actor stored under its
   * key, or the person its key was merged into; else a new actor, which takes
   * in the stored shorter forms of its name (see store/merge.ts).
   */
  #actorOf(v: readonly SqlValue[]): number {
    const key = String(v[0]);
    const known = (this.#actorId.get(key) ?? this.#aliasId.get(key)) as number | undefined;
    if (known !== undefined) return known;
    const [, , nameNorm, kind, country, , code] = v;
    if (kind !== 'person') {
      this.#insertActor.run(bind(v));
      return this.#actorId.get(key) as number;
    }
    const last = lastWord(String(nameNorm));
    const group = this.#persons.all(code, country, last, lastWordPattern(last)) as StoredPerson[];
    const full = fullFormOf(String(nameNorm), group);
    if (full) {
      this.#insertAlias.run(key, full.id);
      return full.id;
    }
    this.#insertActor.run(bind(v));
    const id = this.#actorId.get(key) as number;
    const shorter = shorterFormsOf({ id, key, nameNorm: String(nameNorm) }, group);
    for (const s of shorter) {
      for (const stmt of this.#repoint) stmt.run(id, s.id);
      this.#insertAlias.run(s.key, id);
      this.#deleteActor.run(s.id);
    }
    if (shorter.length) {
      this.#recount.run({ id });
      this.#merged = true;
    }
    return id;
  }

  #writeAnalysis(articleId: number, r: AnalysisRecord, now: string): void {
    const { facts } = r;
    this.#insertAnalysis.run(
      articleId, r.versionsKey, JSON.stringify(r.versions), r.formatVersion, facts.tone,
      typeof r.json === 'string' ? deflateRawSync(r.json) : r.json, now,
    );
    const actorIds = new Map<string, number>();
    const byKey = new Map<string, number>();
    this.#merged = false;
    for (const v of actorValues(facts)) byKey.set(String(v[0]), this.#actorOf(v));
    // A person of this article took in a shorter form that this article also names: look that one up again.
    if (this.#merged) for (const k of byKey.keys()) byKey.set(k, (this.#actorId.get(k) ?? this.#aliasId.get(k)) as number);
    for (const x of facts.actors) actorIds.set(x.local, byKey.get(x.key)!);
    const occurrenceIds = new Map<string, number>();
    for (const v of occurrenceValues(facts)) {
      this.#insertOccurrence.run(bind(v));
      occurrenceIds.set(String(v[0]), this.#occurrenceId.get(v[0]) as number);
    }
    const ctx = { articleId, actorIds, occurrenceIds };
    for (const { table, stmt } of this.#facts) {
      for (const values of table.rows(facts, ctx)) stmt.run(bind(values));
    }
    const day = facts.day;
    for (const [id, mentions] of actorTallies(facts, actorIds)) this.#countActor.run(mentions, day, day, day, day, id);
  }
}
