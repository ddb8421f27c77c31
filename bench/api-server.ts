/**
 * The server side of `npm run bench:api`, in its own process: builds the demo
 * store (demo/articles.jsonl through the engine) in the given folder, serves
 * it on loopback, prints one JSON line {url, counts}, and serves until killed.
 */
import { join } from 'node:path';
import { startServer } from '../src/api/server.js';
import { DEMO_CORPUS, ingestJsonl } from '../src/cli/demo.js';
import { createEngine } from '../src/engine/engine.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: api-server.ts FOLDER');
const store = SqliteStore.open(join(dir, 'demo.db'));
const ingest = await ingestJsonl(store, createEngine(), DEMO_CORPUS);
const status = await store.status();
const server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: join(dir, 'no-web') });
process.stdout.write(`${JSON.stringify({ url: server.url, articles: ingest.stored, facts: status.facts })}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => store.close()).then(() => process.exit(0));
});
