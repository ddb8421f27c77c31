import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { EVENT_CATEGORIES, FIGURE_CATEGORIES, PLOVER_TYPES } from '../analysis/format.js';
import { UsageError } from '../errors.js';
import { normalizePublishedAt } from '../input/article.js';

/** Option parsers and defaults shared by the store commands (ingest, worker, query, search, export, status). */

export const DB_HELP = 'a SQLite file or a postgres:// URL';

export function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive integer, not "${v}"`);
    return n;
  };
}

export function nonNegativeInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number, not "${v}"`);
    return n;
  };
}

/** True for a day of the calendar written YYYY-MM-DD (2022-02-30 is not one, though Date.parse takes it). */
export function isDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

/** A day, YYYY-MM-DD. */
export function day(name: string) {
  return (v: string): string => {
    if (!isDay(v)) throw new InvalidArgumentError(`${name} must be a day (YYYY-MM-DD), not "${v}"`);
    return v;
  };
}

/** --from after --to selects nothing: say so instead of printing no rows. */
export function checkDayRange(o: { from?: string | undefined; to?: string | undefined }): void {
  if (o.from && o.to && o.from > o.to) throw new UsageError(`--from ${o.from} is after --to ${o.to}`);
}

/** An event type: a PLOVER type or an event category, in any case (the API takes the same). */
export function eventType(v: string): string {
  const t = v.trim().toUpperCase();
  if (!([...PLOVER_TYPES, ...EVENT_CATEGORIES] as readonly string[]).includes(t)) {
    throw new InvalidArgumentError(`--type must be a PLOVER type (${PLOVER_TYPES.join(', ')}) or an event category (${EVENT_CATEGORIES.join(', ')}), not "${v}"`);
  }
  return t;
}

/** A figure category, in any case. */
export function figureCategory(v: string): string {
  const c = v.trim().toUpperCase();
  if (!(FIGURE_CATEGORIES as readonly string[]).includes(c)) throw new InvalidArgumentError(`--category must be one of ${FIGURE_CATEGORIES.join(', ')}, not "${v}"`);
  return c;
}

/** A country: ISO 3166-1 alpha-3, in any case. */
export function countryCode(v: string): string {
  const c = v.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) throw new InvalidArgumentError(`--country must be an ISO 3166-1 alpha-3 code such as RUS, not "${v}"`);
  return c;
}

export function publishedDate(v: string): string {
  try {
    return normalizePublishedAt(v)!;
  } catch {
    throw new InvalidArgumentError(`--published must be a date (YYYY-MM-DD or ISO date-time), not "${v}"`);
  }
}

/** Analysis threads by default: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
