import { existsSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../engine/engine.js';
import { errorMessage, UsageError } from '../errors.js';
import { readArticleFile } from '../input/read.js';
import { isPostgresUrl } from '../store/open.js';
import { toStorable } from '../store/prepare.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/types.js';
import { checkCanListen, serveStore, type ServeIo, type ServeOptions } from './serve.js';

/** The demo corpus shipped with the package (demo/README.md). */
export const DEMO_CORPUS = fileURLToPath(new URL('../../demo/articles.jsonl', import.meta.url));
export const DEMO_DB = './newsgraph-demo.db';

export interface DemoResult {
  readonly stored: number;
  readonly failed: readonly string[];
  readonly ms: number;
}

/**
 * Analyse the articles of a JSON Lines file and store them (in this
 * process: the demo corpus is small). An article that cannot be analysed is
 * reported and recorded as skipped; the others go on.
 */
export async function ingestJsonl(store: Store, engine: Engine, path: string): Promise<DemoResult> {
  const t0 = performance.now();
  let stored = 0;
  const failed: string[] = [];
  for (const r of readArticleFile(path)) {
    const origin = `${path.split(/[\\/]/).slice(-2).join('/')}:${r.ok ? r.article.id : r.id}`;
    if (!r.ok) {
      failed.push(`${origin}: ${r.message}`);
      await store.skip({ origin, reason: r.code, message: r.message });
      continue;
    }
    try {
      const { article, record } = toStorable(engine.analyze(r.article).toJSON(), { origin });
      const saved = await store.save(article, record);
      if (saved.status === 'stored') stored++;
    } catch (err) {
      failed.push(`${origin}: ${errorMessage(err)}`);
    }
  }
  return { stored, failed, ms: performance.now() - t0 };
}

/** Remove a SQLite file and its WAL companions. */
function removeSqlite(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(p)) rmSync(p);
}

/** `newsgraph demo`: the demo corpus into a fresh SQLite store, then serve it. */
export async function demoCommand(opts: ServeOptions & { corpus?: string }, io: ServeIo): Promise<number> {
  if (isPostgresUrl(opts.db)) throw new UsageError('the demo builds a fresh SQLite file: give --db a file path, not a postgres:// URL');
  const corpus = opts.corpus ?? DEMO_CORPUS;
  if (!existsSync(corpus)) throw new UsageError(`the demo corpus ${corpus} is missing`);
  await checkCanListen(opts);
  removeSqlite(opts.db);
  const store = SqliteStore.open(opts.db);
  io.stdout.write(`newsgraph demo: analysing ${corpus} into ${store.location}\n`);
  const engine = createEngine();
  const result = await ingestJsonl(store, engine, corpus);
  for (const f of result.failed) io.stderr.write(`newsgraph demo: skipped ${f}\n`);
  const status = await store.status();
  io.stdout.write(`newsgraph demo: ${result.stored} articles stored in ${(result.ms / 1000).toFixed(1)} s `
    + `(${status.facts.events} events, ${status.facts.quotes} quotes, ${status.facts.figures} figures, ${status.facts.places} places, ${status.facts.actors} actors)\n`);
  return serveStore(store, opts, io, engine);
}
