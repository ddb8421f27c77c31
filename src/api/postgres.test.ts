import { describe, it } from 'vitest';
import { PostgresStore } from '../store/postgres/store.js';
import { findTestPostgres, uniqueSchema } from '../store/postgres/test-server.js';
import { apiStoreSuite } from './read-suite.js';

const server = await findTestPostgres();

if (server.url !== null) {
  const url = server.url;
  apiStoreSuite('PostgreSQL', async () => PostgresStore.open(url, { schema: uniqueSchema('ng_api') }), async (s) => {
    await (s as PostgresStore).dropSchema();
    await s.close();
  });
} else {
  console.warn(`API suite on PostgreSQL skipped: ${server.reason}`);
  describe.skip(`API over PostgreSQL (skipped: ${server.reason})`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}
