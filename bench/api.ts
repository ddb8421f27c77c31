/**
 * npm run bench:api: requests/s and latency of the main read endpoints,
 * measured with autocannon against the demo store served on loopback by a
 * separate process (bench/api-server.ts), one endpoint after the other.
 *
 *   npm run bench:api                       # 5 s per endpoint, 10 connections
 *   npm run bench:api -- --seconds 10 --connections 20
 *   npm run bench:api -- --db newsgraph.db  # another store (SQLite path or postgres:// URL)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} takes a positive number`);
  return n;
};
const seconds = Math.min(60, arg('--seconds', 5));
const connections = Math.min(100, arg('--connections', 10));
const dbAt = args.indexOf('--db');
const db = dbAt >= 0 ? args[dbAt + 1] : undefined;

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
const serverScript = fileURLToPath(new URL('./api-server.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', serverScript, dir, ...(db ? [db] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
const stop = () => {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
};
process.on('exit', stop);

const first = await new Promise<string>((ok, fail) => {
  const lines = createInterface({ input: child.stdout! });
  lines.once('line', ok);
  child.once('exit', (code) => fail(new Error(`the server exited (${code}) before it was ready`)));
});
const info = JSON.parse(first) as { url: string; store: string; articles: number; facts: Record<string, number> };
const base = info.url;
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) throw new Error(`refusing to load anything but loopback: ${base}`);

const ENDPOINTS = [
  '/api/events?limit=50',
  '/api/events?type=PROTEST&from=2025-03-01&to=2025-03-31',
  '/api/stats',
  '/api/actors?name=minister',
  '/api/quotes?limit=50',
  '/api/figures?category=ARREST',
  '/api/search?q=police',
  '/api/articles/1',
  '/api/network',
];

const firstActor = (await (await fetch(`${base}/api/actors?limit=1`)).json()) as { items: { id: number }[] };
if (firstActor.items[0]) ENDPOINTS.splice(4, 0, `/api/actors/${firstActor.items[0].id}`);
await autocannon({ url: `${base}/api/stats`, connections, duration: 1 }); // warm-up

console.log(`newsgraph API bench: ${info.store} (${info.articles} articles; ${Object.entries(info.facts).map(([k, v]) => `${v} ${k}`).join(', ')})`);
console.log(`autocannon, ${connections} connections, ${seconds} s per endpoint, loopback, server in its own process (Node ${process.version})\n`);
console.log(`${'endpoint'.padEnd(56)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'non-2xx'.padStart(8)}`);
for (const path of ENDPOINTS) {
  const r = await autocannon({ url: base + path, connections, duration: seconds, pipelining: 1 });
  const bad = r.non2xx + r.errors + r.timeouts;
  console.log(`${path.padEnd(56)} ${r.requests.average.toFixed(0).padStart(8)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(bad).padStart(8)}`);
}
stop();
process.exit(0);
