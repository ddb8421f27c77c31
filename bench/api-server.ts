/**
 * The server side of `npm run bench:api`, in its own process: builds the demo
 * store (demo/articles.jsonl through the engine) in the given folder, or opens
 * the store given as a second argument; serves it on loopback, prints one
 * JSON line {url, articles, facts}, and serves until killed.
 */
import { join } from 'node:path';
import { startServer } from '../src/api/server.js';
import { DEMO_CORPUS, ingestJsonl } from '../src/cli/demo.js';
import { createEngine } from '../src/engine/engine.js';
import { openStore } from '../src/store/open.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const [dir, db] = process.argv.slice(2);
if (!dir) throw new Error('usage: api-server.ts FOLDER [DB]');
const store = db ? await openStore(db) : SqliteStore.open(join(dir, 'demo.db'));
if (!db) await ingestJsonl(store, createEngine(), DEMO_CORPUS);
const status = await store.status();
const server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: join(dir, 'no-web') });
process.stdout.write(`${JSON.stringify({ url: server.url, store: db ? status.location : 'demo store', articles: status.articles, facts: status.facts })}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => store.close()).then(() => process.exit(0));
});
