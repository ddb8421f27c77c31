import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { StoreError, UsageError } from '../errors.js';
import { isPostgresUrl } from '../store/open.js';

/**
 * Checks on --db made by the CLI before a store is opened. Opening a SQLite
 * path creates the file and its folders, which `ingest` wants and the
 * commands that only read do not: a mistyped --db must say so, not show an
 * empty store (and leave a new file and folders behind).
 */

/** --db is a postgres:// URL or a file path: another scheme (mysql://, sqlite://) is a mistake, not a folder name. */
export function checkDbName(db: string): void {
  if (!isPostgresUrl(db) && /^[a-z][a-z0-9+.-]*:\/\//i.test(db)) {
    throw new UsageError(`--db takes a SQLite file or a postgres:// URL, not "${db}"`);
  }
}

/** For the commands that read a store: the SQLite file must exist already. */
export function requireExistingStore(db: string): void {
  checkDbName(db);
  if (isPostgresUrl(db) || db === ':memory:') return;
  if (!existsSync(db)) {
    throw new StoreError(`there is no store at ${resolve(db)}: give --db the file that \`newsgraph ingest\` filled (or ingest articles into it first)`);
  }
}
