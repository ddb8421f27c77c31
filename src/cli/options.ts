import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { normalizePublishedAt } from '../input/article.js';
import { DEFAULT_DB } from '../store/open.js';

/** Option parsers and defaults shared by the store commands (ingest, worker, query, search, export, status). */

export const DB_HELP = `a SQLite file or a postgres:// URL (default ${DEFAULT_DB})`;

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

/** A day, YYYY-MM-DD. */
export function day(name: string) {
  return (v: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError(`${name} must be a day (YYYY-MM-DD), not "${v}"`);
    return v;
  };
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
