/**
 * `npm run bench:store`: the store end to end on a generated corpus.
 *
 *   1. generate N articles (bench/store-corpus.ts, seeded) as JSON Lines;
 *   2. ingest them into a fresh SQLite store: reading, analysis in worker
 *      threads (one per core), one transaction per article; articles/s;
 *   3. the database's size;
 *   4. p50/p99 latency of the query examples of `newsgraph query` / `search`.
 *
 * The ingest and the store are the compiled ones in dist/ (the npm script
 * builds them first), as `newsgraph ingest` runs them.
 *
 * Options: --articles N (100000), --workers N (cores), --seed S (1),
 * --analysis engine|generated. "engine" (the default) analyses with the
 * engine's registered extractors, as `newsgraph ingest` does; "generated"
 * stores the analysis the corpus templates state instead (no engine run), to
 * measure the store alone under a realistic load of facts.
 */
import Database from 'better-sqlite3';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Store } from '../src/store/types.js';
import { corpusLines, generateAnalysed } from './store-corpus.js';

// The compiled ingest and store, as `newsgraph ingest` runs them (typed by their source;
// `npm run bench:store` builds dist/ first): the analysis workers start from dist/ as users'
// do, not through tsx, which would compile every module again in each worker.
const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).href;
const { ingest } = (await import(dist('ingest/ingest.js'))) as typeof import('../src/ingest/ingest.js');
const { createPool } = (await import(dist('ingest/pool.js'))) as typeof import('../src/ingest/pool.js');
const { progressLine } = (await import(dist('ingest/progress.js'))) as typeof import('../src/ingest/progress.js');
const { toStorable } = (await import(dist('store/prepare.js'))) as typeof import('../src/store/prepare.js');
const { SqliteStore } = (await import(dist('store/sqlite/store.js'))) as typeof import('../src/store/sqlite/store.js');

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    workers: { type: 'string', default: String(availableParallelism()) },
    seed: { type: 'string', default: '1' },
    analysis: { type: 'string', default: 'engine' },
    out: { type: 'string', default: join(import.meta.dirname, 'out') },
    'queries-only': { type: 'boolean', default: false },
  },
});
const N = Number(values.articles);
// Options: --queries-only reuses the store of the last run (same --articles and --analysis).
const WORKERS = Number(values.workers);
const SEED = Number(values.seed);
const MODE = values.analysis as 'engine' | 'generated';
if (!Number.isInteger(N) || N <= 0 || !['engine', 'generated'].includes(MODE)) {
  console.error('usage: npm run bench:store -- [--articles N] [--workers N] [--seed S] [--analysis engine|generated]');
  process.exit(2);
}
const OUT = values.out!;
mkdirSync(OUT, { recursive: true });
const corpus = join(OUT, `store-corpus-${SEED}-${N}.jsonl`);
const dbPath = join(OUT, `store-bench-${MODE}.db`);

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** CPU-seconds of the calling thread alone (Linux; null elsewhere): the main thread's share of the ingest. */
function threadCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    // utime and stime, the 14th and 15th fields, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function writeCorpus(): Promise<void> {
  if (existsSync(corpus)) return;
  const t0 = performance.now();
  const out = createWriteStream(`${corpus}.part`);
  for (const line of corpusLines(SEED, N)) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  rmSync(corpus, { force: true });
  (await import('node:fs')).renameSync(`${corpus}.part`, corpus);
  console.log(`corpus: ${N} articles, ${mb(statSync(corpus).size)} in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${corpus}`);
}

async function ingestEngine(store: Store): Promise<{ seconds: number; stored: number; skipped: number; reasons: Record<string, number> }> {
  const t0 = performance.now();
  const pool = await createPool({ workers: WORKERS, deflateJson: store.dialect === 'sqlite' });
  let last = 0;
  const counts = await ingest(store, pool, { inputs: [corpus], maxBytes: 5_000_000, publishedAt: null, fetch: false, reanalyzeAll: false }, {
    update: (c, p) => {
      const now = performance.now();
      if (now - last > 10_000) { last = now; console.log(`  ${progressLine(c, p)}`); }
    },
    warn: (m) => console.warn(`  warning: ${m}`),
  });
  await pool.close();
  return { seconds: (performance.now() - t0) / 1000, stored: counts.stored, skipped: counts.skipped, reasons: Object.fromEntries(counts.reasons) };
}

async function ingestGenerated(store: Store): Promise<{ seconds: number; stored: number; skipped: number; reasons: Record<string, number> }> {
  const t0 = performance.now();
  let stored = 0;
  let skipped = 0;
  let inflight: Promise<void>[] = [];
  for (let i = 0; i < N; i++) {
    const { article, analysis } = generateAnalysed(SEED, i);
    const { article: a, record } = toStorable(analysis, { origin: `generated:${article.id}`, source: article.source });
    inflight.push(store.save(a, record).then((r) => { if (r.status === 'stored') stored++; else skipped++; }));
    // As many saves in flight as the ingest keeps: they share group commits.
    if (inflight.length >= 64) { await Promise.all(inflight); inflight = []; }
    if (i % 10_000 === 9_999) console.log(`  ${i + 1} saved, ${((i + 1) / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
  }
  await Promise.all(inflight);
  return { seconds: (performance.now() - t0) / 1000, stored, skipped, reasons: {} };
}

interface QueryResult { readonly name: string; readonly runs: number; readonly p50: number; readonly p99: number; readonly max: number; readonly rows: number }

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function time(name: string, runs: number, q: (i: number) => Promise<unknown[]>): Promise<QueryResult> {
  await q(0);
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await q(i);
    ms.push(performance.now() - t);
    rows += r.length;
  }
  return { name, runs, p50: pct(ms, 50), p99: pct(ms, 99), max: Math.max(...ms), rows: rows / runs };
}

const COUNTRIES = ['RUS', 'UKR', 'USA', 'FRA', 'DEU', 'TUR', 'IRN', 'BRA', 'KEN', 'NGA', 'IND', 'MEX', 'POL', 'ISR', 'CHN', 'SDN'];
const TYPES = ['PROTEST', 'ASSAULT', 'CONSULT', 'SANCTION', 'ACCUSE', 'MOBILIZE', 'AID', 'REJECT', 'THREATEN', 'AGREE', 'COERCE'];
const SPEAKERS = ['Antony Blinken', 'Vladimir Putin', 'Emmanuel Macron', 'Sergei Lavrov', 'Olaf Scholz', 'Xi Jinping', 'William Ruto', 'Wang Yi'];
const CATEGORIES = ['ARREST', 'KILL', 'WOUND', 'DISPLACE', 'MONEY', 'PERCENT'];
const NAMES = ['putin', 'blinken', 'macron', 'forces', 'kremlin', 'zelensky', 'police', 'modi'];
const SEARCHES = ['mobilization', 'sanctions', 'ceasefire', 'prisoner exchange', '"dangerous escalation"', 'floods medicine', 'protest police'];

function month(i: number): { from: string; to: string } {
  const m = i % 24;
  const y = 2022 + Math.floor(m / 12);
  const mm = String((m % 12) + 1).padStart(2, '0');
  const last = new Date(Date.UTC(y, (m % 12) + 1, 0)).getUTCDate();
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${last}` };
}

async function queries(store: Store): Promise<QueryResult[]> {
  const runs = 200;
  return [
    await time('query events --actor RUS --type PROTEST --from 2022-09-01 --to 2022-09-30', runs, () => store.occurrences({ actor: 'RUS', type: 'PROTEST', from: '2022-09-01', to: '2022-09-30' })),
    await time('  varied: --actor C --type T --from/--to one month', runs, (i) => store.occurrences({ actor: COUNTRIES[i % 16], type: TYPES[i % 11], ...month(i) })),
    await time('query quotes --speaker "Antony Blinken"', runs, () => store.quotes({ speaker: 'Antony Blinken' })),
    await time('  varied: --speaker NAME', runs, (i) => store.quotes({ speaker: SPEAKERS[i % SPEAKERS.length] })),
    await time('query figures --category ARREST --country RUS', runs, () => store.figures({ category: 'ARREST', country: 'RUS' })),
    await time('  varied: --category C --country K', runs, (i) => store.figures({ category: CATEGORIES[i % 6], country: COUNTRIES[i % 16] })),
    await time('query actors --name putin', runs, () => store.actors({ name: 'putin' })),
    await time('  varied: --name NAME', runs, (i) => store.actors({ name: NAMES[i % NAMES.length] })),
    await time('search "mobilization"', runs, () => store.search({ text: 'mobilization' })),
    await time('  varied: search WORDS', runs, (i) => store.search({ text: SEARCHES[i % SEARCHES.length]! })),
  ];
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`bench:store — ${N} articles, analysis: ${MODE}, ${WORKERS} worker thread(s), ${availableParallelism()} cores (${cpu}), node ${process.version}`);
  let ing = { seconds: 0, stored: 0, skipped: 0, reasons: {} as Record<string, number> };
  let cpuSeconds = 0;
  let mainCpuSeconds: number | null = null;
  let store: Store;
  if (!values['queries-only'] || !existsSync(dbPath)) {
    await writeCorpus();
    for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
    store = SqliteStore.open(dbPath);
    const cpu0 = process.cpuUsage();
    const main0 = threadCpuSeconds();
    ing = MODE === 'engine' ? await ingestEngine(store) : await ingestGenerated(store);
    const cpu = process.cpuUsage(cpu0);
    const main1 = threadCpuSeconds();
    cpuSeconds = (cpu.user + cpu.system) / 1e6;
    mainCpuSeconds = main0 === null || main1 === null ? null : main1 - main0;
    await store.close();
    const db = new Database(dbPath);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
  store = SqliteStore.open(dbPath);
  const status = await store.status();
  await store.close();
  const size = statSync(dbPath).size;
  const rate = ing.stored / Math.max(ing.seconds, 1e-9);
  if (ing.stored) {
    console.log(`ingest: ${ing.stored} stored, ${ing.skipped} skipped ${JSON.stringify(ing.reasons)} in ${ing.seconds.toFixed(1)} s = ${rate.toFixed(0)} articles/s end to end (goal >= 300)`);
    // CPU time (every thread of the process) does not depend on what else runs on the machine.
    const main = mainCpuSeconds === null ? '' : ` (main thread: reading, looking up, writing: ${mainCpuSeconds.toFixed(1)})`;
    console.log(`cpu: ${cpuSeconds.toFixed(1)} CPU-seconds${main} = ${(ing.stored / cpuSeconds).toFixed(0)} articles per CPU-second; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  }
  console.log(`store: ${status.articles} articles, ${mb(size)} (${(size / Math.max(1, status.articles) / 1000).toFixed(1)} KB per article); facts ${JSON.stringify(status.facts)}`);

  store = SqliteStore.open(dbPath);
  const results = await queries(store);
  await store.close();
  console.log('queries (ms, through the Store interface):');
  console.log(`  ${'query'.padEnd(76)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'rows'.padStart(6)}`);
  for (const r of results) {
    console.log(`  ${r.name.padEnd(76)} ${r.p50.toFixed(2).padStart(7)} ${r.p99.toFixed(2).padStart(7)} ${r.max.toFixed(2).padStart(7)} ${r.rows.toFixed(1).padStart(6)}`);
  }
  const worst = Math.max(...results.map((r) => r.p99));
  console.log(`worst p99: ${worst.toFixed(2)} ms (goal < 50 ms)`);
  writeFileSync(join(OUT, `store-bench-${MODE}.json`), JSON.stringify({
    articles: N, mode: MODE, workers: WORKERS, cores: availableParallelism(), cpu, ingest: { ...ing, articlesPerSecond: rate, cpuSeconds, mainCpuSeconds },
    dbBytes: size, facts: status.facts, queries: results,
  }, null, 2));
}

await main();
