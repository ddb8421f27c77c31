import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/store.js';
import { startServer, type RunningServer } from './server.js';

let dir: string;
let server: RunningServer;
let store: SqliteStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-static-'));
  mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>page</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(dir, 'web', 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  store = SqliteStore.open(':memory:');
  server = await startServer({ store, port: 0, webRoot: join(dir, 'web') });
});

afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET with the path sent as written (fetch would normalize "..") */
function raw(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the page files', () => {
  it.each([
    ['/', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/assets/app.js', 200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
  ])('serves %s', async (path, status, type, cache) => {
    const r = await raw(path);
    expect([r.status, r.headers['content-type'], r.headers['cache-control']]).toEqual([status, type, cache]);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it.each([['/../secret.txt'], ['/assets/../../secret.txt'], ['/%2e%2e/secret.txt'], ['/assets/%2e%2e/%2e%2e/secret.txt'], ['/assets'], ['/nothing.js']])(
    'finds nothing at %s', async (path) => {
      const r = await raw(path);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('not for the web');
    });
});
