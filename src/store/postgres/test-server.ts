import pg from 'pg';

/** Where the PostgreSQL test suites look when NEWSGRAPH_TEST_PG is not set (what scripts/ci-postgres.sh creates). */
export const DEFAULT_TEST_PG = 'postgres://newsgraph:newsgraph@127.0.0.1:5432/newsgraph_test';

/**
 * The URL of a PostgreSQL server for tests, or null with the reason when
 * none answers: NEWSGRAPH_TEST_PG, else a local server on loopback.
 */
export async function findTestPostgres(): Promise<{ url: string } | { url: null; reason: string }> {
  const url = process.env.NEWSGRAPH_TEST_PG || DEFAULT_TEST_PG;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url };
  } catch (err) {
    return { url: null, reason: `no PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')} (${(err as Error).message}); set NEWSGRAPH_TEST_PG or run scripts/ci-postgres.sh` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other test run uses. */
export function uniqueSchema(prefix = 'ng_test'): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`;
}
