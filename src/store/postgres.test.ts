import { afterAll, describe, it } from 'vitest';
import { storeConformance } from './conformance.js';
import { PostgresStore } from './postgres/store.js';
import { findTestPostgres, uniqueSchema } from './postgres/test-server.js';

const server = await findTestPostgres();

if (server.url !== null) {
  const url = server.url;
  // One schema for the suite, emptied before each test (creating a schema per test is slow).
  const schema = uniqueSchema();
  storeConformance('PostgreSQL', async () => {
    const store = await PostgresStore.open(url, { schema });
    await store.truncateAll();
    return store;
  });
  afterAll(async () => {
    const store = await PostgresStore.open(url, { schema });
    await store.dropSchema();
    await store.close();
  });
} else {
  console.warn(`PostgreSQL store suite skipped: ${server.reason}`);
  describe.skip(`store conformance: PostgreSQL (skipped: ${server.reason})`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}
