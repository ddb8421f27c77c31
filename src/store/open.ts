import { PostgresStore } from './postgres/store.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';

/** The store every command uses when --db is not given. */
export const DEFAULT_DB = './newsgraph.db';

/** True for a postgres:// (or postgresql://) URL. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Open the store named by --db: a postgres:// URL, or the path of a SQLite file (created if missing). */
export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  return isPostgresUrl(db) ? PostgresStore.open(db) : SqliteStore.open(db);
}
