import { describe, it } from 'vitest';
import { storeConformance } from './conformance.js';
import { PostgresStore } from './postgres/store.js';
import { findTestPostgres, uniqueSchema } from './postgres/test-server.js';

const server = await findTestPostgres();

if (server.url !== null) {
  const url = server.url;
  storeConformance('PostgreSQL', async () => PostgresStore.open(url, { schema: uniqueSchema() }), async (s) => {
    await (s as PostgresStore).dropSchema();
    await s.close();
  });
} else {
  console.warn(`PostgreSQL store suite skipped: ${server.reason}`);
  describe.skip(`store conformance: PostgreSQL (skipped: ${server.reason})`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}
