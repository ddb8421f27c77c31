import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { corpusLines, generateArticle } from '../../bench/store-corpus.js';
import { contentHash } from '../store/keys.js';
import { PostgresStore } from '../store/postgres/store.js';
import { findTestPostgres, uniqueSchema } from '../store/postgres/test-server.js';
import { queueSchema } from './queue.js';

/**
 * Crash tests: a real `newsgraph` process is killed with SIGKILL in the
 * middle of its work, the same command is run again, and every article must
 * then be stored exactly once, with its whole analysis.
 */

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finish(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => { stdout += d; });
  child.stderr?.on('data', (d) => { stderr += d; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Kill `child` with SIGKILL once `count()` reaches `atLeast`; the count at that moment. */
async function killWhen(child: ChildProcess, count: () => Promise<number>, atLeast: number, timeoutMs = 90_000): Promise<number> {
  const exited = finish(child);
  let done = false;
  void exited.then(() => { done = true; });
  const t0 = Date.now();
  while (!done && Date.now() - t0 < timeoutMs) {
    const n = await count().catch(() => 0);
    if (n >= atLeast) {
      child.kill('SIGKILL');
      await exited;
      return count();
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const r = await exited;
  throw new Error(`the process ended before it could be killed (exit ${r.code}): ${r.stderr.slice(-500)}`);
}

function corpus(dir: string, seed: number, n: number): { path: string; expected: number } {
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, [...corpusLines(seed, n)].join(''));
  const hashes = new Set<string>();
  for (let i = 0; i < n; i++) hashes.add(contentHash(generateArticle(seed, i).text));
  return { path, expected: hashes.size };
}

describe('crash safety', () => {
  it('a SQLite ingest killed with SIGKILL and run again stores every article exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-crash-'));
    const { path, expected } = corpus(dir, 11, 1500);
    const db = join(dir, 'news.db');
    const count = async () => {
      const d = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
      } finally {
        d.close();
      }
    };
    const args = ['ingest', path, '--db', db, '--workers', '2', '--json'];
    const atKill = await killWhen(cli(args), count, 100);
    expect(atKill).toBeGreaterThanOrEqual(100);
    expect(atKill).toBeLessThan(expected);

    const rerun = await finish(cli(args));
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { stored: number; existing: number; duplicates: number };
    expect(summary.existing).toBe(atKill);
    expect(summary.stored).toBe(expected - atKill);

    const d = new Database(db, { readonly: true });
    const one = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
    expect(one('SELECT COUNT(*) AS n FROM articles')).toBe(expected);
    expect(one('SELECT COUNT(DISTINCT origin) AS n FROM articles')).toBe(expected);
    expect(one('SELECT COUNT(*) AS n FROM analyses')).toBe(expected);
    // Every article has all the facts of its analysis, none twice.
    const facts = (table: string) => new Map((d.prepare(`SELECT article_id AS id, COUNT(*) AS n FROM ${table} GROUP BY article_id`).all() as { id: number; n: number }[]).map((r) => [r.id, r.n]));
    const [times, figures, places] = [facts('times'), facts('figures'), facts('places')];
    let checked = 0;
    for (const r of d.prepare('SELECT article_id AS id, json FROM analyses').iterate() as Iterable<{ id: number; json: Buffer }>) {
      const a = JSON.parse(inflateRawSync(r.json).toString()) as { times: unknown[]; figures: unknown[]; places: unknown[] };
      expect([times.get(r.id) ?? 0, figures.get(r.id) ?? 0, places.get(r.id) ?? 0]).toEqual([a.times.length, a.figures.length, a.places.length]);
      checked++;
    }
    expect(checked).toBe(expected);
    d.close();
  }, 180_000);

  it('a PostgreSQL worker killed with SIGKILL loses no job: another worker finishes, every article once', async (ctx) => {
    const server = await findTestPostgres();
    if (server.url === null) {
      console.warn(`PostgreSQL worker crash test skipped: ${server.reason}`);
      ctx.skip();
      return;
    }
    const schema = uniqueSchema('ng_crash');
    const url = `${server.url}${server.url.includes('?') ? '&' : '?'}schema=${schema}`;
    const dir = mkdtempSync(join(tmpdir(), 'ng-crash-pg-'));
    const { path, expected } = corpus(dir, 12, 400);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    const count = async () => Number((await admin.query(`SELECT COUNT(*) AS n FROM ${schema}.articles`)).rows[0].n);
    try {
      const queued = await finish(cli(['ingest', path, '--db', url, '--queue', '--job-timeout', '3', '--json']));
      expect(queued.code, queued.stderr).toBe(0);
      expect(JSON.parse(queued.stdout)).toMatchObject({ queued: expected });

      const atKill = await killWhen(cli(['worker', '--db', url, '--workers', '1', '--poll', '1']), count, 30);
      expect(atKill).toBeLessThan(expected);

      const rest = await finish(cli(['worker', '--db', url, '--workers', '1', '--poll', '1', '--maintenance-interval', '1', '--until-empty', '--json']));
      expect(rest.code, rest.stderr).toBe(0);
      expect(await count()).toBe(expected);
      expect(Number((await admin.query(`SELECT COUNT(DISTINCT origin) AS n FROM ${schema}.articles`)).rows[0].n)).toBe(expected);
      expect(Number((await admin.query(`SELECT COUNT(*) AS n FROM ${schema}.analyses`)).rows[0].n)).toBe(expected);
      const status = await finish(cli(['status', '--db', url, '--json']));
      expect(JSON.parse(status.stdout)).toMatchObject({ articles: expected, queue: { completed: expect.any(Number) } });
      expect(Object.keys(JSON.parse(status.stdout).queue)).toEqual(['completed']);
    } finally {
      const store = await PostgresStore.open(server.url, { schema });
      await store.dropSchema();
      await store.close();
      await admin.query(`DROP SCHEMA IF EXISTS ${queueSchema(schema)} CASCADE`);
      await admin.end();
    }
  }, 180_000);
});
