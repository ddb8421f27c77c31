import { EVENT_CATEGORIES } from '../../analysis/format.js';
import { normalizeName } from '../facts.js';
import type { ActorQuery, EventQuery, FigureQuery, ModalityFilter, QuoteQuery } from '../types.js';
import { containsPattern, type Params } from './params.js';

/**
 * WHERE clauses for the queries, the same SQL for both stores: booleans are
 * tested as `NOT e.negated` (true in PostgreSQL, 1 in SQLite), names are
 * matched lower-cased with LIKE ... ESCAPE.
 */

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 10_000;
/** Search results by default: each comes with a snippet, which costs more than a row. */
export const SEARCH_LIMIT = 20;

export function limitOf(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
}

export function offsetOf(offset: number | undefined): number {
  return offset === undefined ? 0 : Math.max(0, Math.floor(offset));
}

const COUNTRY = /^[A-Z]{3}$/;
const CODE = /^[A-Z]{3}[A-Z0-9]{3,12}$/;

/**
 * An actor given on the command line: a country (RUS), a code (RUSGOV), or
 * a name or part of one (putin). Codes are upper case; anything else is a name.
 */
function actorClause(column: 'actor' | 'target', value: string, p: Params): string {
  const v = value.trim();
  // The stored country of an actor falls back on its code's first letters (see facts.ts): one indexed column.
  if (COUNTRY.test(v)) return `e.${column}_country = ${p.add(v)}`;
  if (CODE.test(v)) return `e.${column}_code = ${p.add(v)}`;
  return `e.${column}_id IN (SELECT id FROM actors WHERE name_norm LIKE ${p.add(containsPattern(normalizeName(v)))} ESCAPE '\\')`;
}

function modalityClause(m: ModalityFilter | undefined): string | null {
  switch (m ?? 'asserted') {
    case 'asserted': return 'NOT e.negated AND NOT e.hedged';
    case 'hedged': return 'e.hedged';
    case 'negated': return 'e.negated';
    case 'all': return null;
  }
}

/** The WHERE clause (without the keyword; "1=1" when empty) over `events e`. */
export function eventWhere(q: EventQuery, p: Params): string {
  const w: string[] = [];
  const m = modalityClause(q.modality);
  if (m) w.push(m);
  if (q.type) {
    const t = q.type.trim().toUpperCase();
    w.push((EVENT_CATEGORIES as readonly string[]).includes(t) ? `e.category = ${p.add(t)}` : `e.type = ${p.add(t)}`);
  }
  if (q.actor) w.push(actorClause('actor', q.actor, p));
  if (q.target) w.push(actorClause('target', q.target, p));
  if (q.country) w.push(`e.place_country = ${p.add(q.country.trim().toUpperCase())}`);
  if (q.from) w.push(`e.day >= ${p.add(q.from)}`);
  if (q.to) w.push(`e.day <= ${p.add(q.to)}`);
  if (q.occurrence !== undefined) w.push(`e.occurrence_id = ${p.add(q.occurrence)}`);
  if (q.article !== undefined) w.push(`e.article_id = ${p.add(q.article)}`);
  return w.length ? w.join(' AND ') : '1=1';
}

/** The keyset condition of an events query (event ids) or an occurrences query (occurrence ids). */
export function afterClause(q: EventQuery, column: 'e.id' | 'e.occurrence_id', p: Params): string {
  return q.afterId === undefined ? '' : ` AND ${column} > ${p.add(q.afterId)}`;
}

/** Over `quotes q`, all but the speaker (which the reader looks up first: see SqlReader.quotes). */
export function quoteWhere(q: QuoteQuery, p: Params): string {
  const w: string[] = [];
  if (q.actorId !== undefined) w.push(`q.speaker_actor_id = ${p.add(q.actorId)}`);
  if (q.article !== undefined) w.push(`q.article_id = ${p.add(q.article)}`);
  if (q.from) w.push(`q.day >= ${p.add(q.from)}`);
  if (q.to) w.push(`q.day <= ${p.add(q.to)}`);
  return w.length ? w.join(' AND ') : '1=1';
}

/** Over `figures f`. */
export function figureWhere(q: FigureQuery, p: Params): string {
  const w: string[] = [];
  if (q.category) w.push(`f.category = ${p.add(q.category.trim().toUpperCase())}`);
  if (q.country) w.push(`f.country = ${p.add(q.country.trim().toUpperCase())}`);
  if (q.from) w.push(`f.day >= ${p.add(q.from)}`);
  if (q.to) w.push(`f.day <= ${p.add(q.to)}`);
  if (q.article !== undefined) w.push(`f.article_id = ${p.add(q.article)}`);
  return w.length ? w.join(' AND ') : '1=1';
}

/** Over `actors ac`. */
export function actorWhere(q: ActorQuery, p: Params): string {
  const w: string[] = [];
  if (q.name) w.push(`ac.name_norm LIKE ${p.add(containsPattern(normalizeName(q.name)))} ESCAPE '\\'`);
  if (q.code) {
    const c = q.code.trim().toUpperCase();
    w.push(COUNTRY.test(c) ? `(ac.country = ${p.add(c)} OR ac.code = ${p.add(c)})` : `ac.code = ${p.add(c)}`);
  }
  return w.length ? w.join(' AND ') : '1=1';
}
