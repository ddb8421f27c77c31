import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { demoCommand } from './demo.js';
import { isLoopback, parsePort, serveCommand, serveStore } from './serve.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Standard output and error as text, and a stop switch the test pulls once it has seen the URL. */
function io(env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  let stop!: () => void;
  const stopped = new Promise<void>((ok) => { stop = ok; });
  const writable = (add: (s: string) => void) => new Writable({ write(chunk, _e, cb) { add(String(chunk)); cb(); } });
  let seen!: (url: string) => void;
  const url = new Promise<string>((ok) => { seen = ok; });
  const stdout = writable((s) => {
    out += s;
    const m = /web page {2}(http:\/\/\S+)\//.exec(out);
    if (m) seen(m[1]!);
  });
  return { io: { stdout, stderr: writable((s) => { err += s; }), env, stopped }, url, stop, out: () => out, err: () => err };
}

describe('serve options', () => {
  it.each([['8080', 8080], ['0', 0], ['65535', 65535]])('takes --port %s', (v, n) => expect(parsePort(v)).toBe(n));
  it.each([['-1'], ['65536'], ['80.5'], ['http']])('refuses --port %s', (v) => expect(() => parsePort(v)).toThrow(/port number/));
  it.each([['127.0.0.1', true], ['127.1.2.3', true], ['localhost', true], ['::1', true], ['0.0.0.0', false], ['192.168.1.10', false], ['::', false]])(
    'isLoopback(%s) is %s', (host, loop) => expect(isLoopback(host)).toBe(loop));
});

describe('serveStore', () => {
  it('serves until stopped, says whether writes are on, then closes the store', async () => {
    const store = SqliteStore.open(':memory:');
    const t = io({ NEWSGRAPH_TOKEN: 'sesame' });
    const done = serveStore(store, { db: ':memory:', host: '127.0.0.1', port: 0 }, t.io);
    const url = await t.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const stats = await fetch(`${url}/api/stats`);
    expect(stats.status).toBe(200);
    const write = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(write.status).toBe(401);
    expect(t.out()).toMatch(/writes {4}POST \/api\/articles/);
    expect(t.err()).toBe('');
    t.stop();
    expect(await done).toBe(0);
    await expect(store.status()).rejects.toThrow();
    await expect(fetch(`${url}/api/stats`)).rejects.toThrow();
  });

  it('says which port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(serveStore(SqliteStore.open(':memory:'), { db: ':memory:', host: '127.0.0.1', port }, io().io))
        .rejects.toThrow(new UsageError(`port ${port} on 127.0.0.1 is in use: pass another --port`));
    } finally {
      blocker.close();
    }
  });
});

describe('serveCommand', () => {
  it('refuses a --db file that does not exist when writes are off (nothing could ever be stored in it)', async () => {
    const missing = join(dir, 'typo', 'nwes.db');
    await expect(serveCommand({ db: missing, host: '127.0.0.1', port: 0 }, io().io)).rejects.toThrow(/there is no store at/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });
});

describe('demoCommand', () => {
  it('analyses a corpus into a fresh SQLite file, then serves it', async () => {
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, [
      JSON.stringify({ id: 'one', title: 'Storm closes ports', publishedAt: '2025-02-03', text: 'A storm closed three ports on the northern coast on Monday, the harbour office said.' }),
      'not json',
      JSON.stringify({ id: 'two', title: 'Farmers block roads', publishedAt: '2025-02-04', text: 'Farmers blocked 12 roads with tractors on Tuesday to protest lower prices.' }),
    ].join('\n'));
    const db = join(dir, 'demo.db');
    writeFileSync(db, 'an old file that the demo replaces');
    const t = io();
    const done = demoCommand({ db, host: '127.0.0.1', port: 0, corpus }, t.io);
    const url = await t.url;
    expect(t.out()).toMatch(/2 articles stored/);
    expect(t.err()).toMatch(/skipped \S*corpus\.jsonl:2: line 2 is not JSON/);
    const list = (await (await fetch(`${url}/api/articles`)).json()) as { items: { title: string }[] };
    expect(list.items.map((a) => a.title)).toEqual(['Storm closes ports', 'Farmers block roads']);
    t.stop();
    expect(await done).toBe(0);
  });

  it('refuses a port in use before analysing anything or removing the old store', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    const db = join(dir, 'kept.db');
    writeFileSync(db, 'a store the demo must not remove when it cannot serve');
    const t = io();
    try {
      await expect(demoCommand({ db, host: '127.0.0.1', port }, t.io)).rejects.toThrow(new UsageError(`port ${port} on 127.0.0.1 is in use: pass another --port`));
    } finally {
      blocker.close();
    }
    expect(t.out()).not.toMatch(/analysing/);
    expect(existsSync(db)).toBe(true);
  });

  it('refuses a PostgreSQL URL: the demo makes a file', async () => {
    await expect(demoCommand({ db: 'postgres://u@127.0.0.1/x', host: '127.0.0.1', port: 0 }, io().io)).rejects.toThrow(/file path, not a postgres/);
  });
});
