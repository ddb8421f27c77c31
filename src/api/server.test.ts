import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/types.js';
import { fillStore, fixtureAnalyses } from './fixture.js';
import { apiStoreSuite } from './read-suite.js';
import { ROUTES, startServer, type RunningServer } from './server.js';

apiStoreSuite('SQLite', async () => SqliteStore.open(':memory:'), async (s) => s.close());

const TOKEN = 'test-token-0123456789';
let store: SqliteStore;
let server: RunningServer;
let readOnly: RunningServer;

beforeAll(async () => {
  store = SqliteStore.open(':memory:');
  await fillStore(store, fixtureAnalyses());
  server = await startServer({ store, port: 0, token: TOKEN, maxBody: 64 * 1024, webRoot: '/nonexistent' });
  readOnly = await startServer({ store, port: 0, token: null, webRoot: '/nonexistent' });
});

afterAll(async () => {
  await server?.close();
  await readOnly?.close();
  await store?.close();
});

async function get(path: string, on = server) {
  const res = await fetch(on.url + path);
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe('bad requests', () => {
  it.each([
    ['/api/events?type=RIOT', 400, /type must be a PLOVER type/],
    ['/api/events?from=2025-02-30', 400, /from must be a date written YYYY-MM-DD/],
    ['/api/events?from=2025-04-05&to=2025-04-01', 400, /from must not be after to/],
    ['/api/events?modality=maybe', 400, /modality must be one of asserted, hedged, negated, all/],
    ['/api/events?country=France', 400, /ISO 3166-1 alpha-3/],
    ['/api/events?limit=0', 400, /limit must be at least 1/],
    ['/api/events?limit=100000', 400, /limit must be at most 500/],
    ['/api/events?limit=ten', 400, /limit must be a number/],
    ['/api/events?offset=-1', 400, /offset must be 0 or more/],
    ['/api/events?typ=PROTEST', 400, /unknown parameter "typ"/],
    ['/api/events?type=AID&type=AGREE', 400, /given more than once/],
    ['/api/actors?code=1x', 400, /code must be a country/],
    ['/api/figures?category=TREES', 400, /category must be one of ARREST/],
    ['/api/search', 400, /^q is missing$/],
    ['/api/search?q=', 400, /^q is missing$/],
    ['/api/search?q=' + 'x'.repeat(501), 400, /q is longer than 500 characters/],
    ['/api/articles/abc', 400, /id must be a number/],
    ['/api/articles/0', 400, /id must be a positive integer/],
    ['/api/articles/1?x=1', 400, /unknown parameter "x"/],
    ['/api/nothing', 404, /no endpoint \/api\/nothing/],
  ])('%s → %i', async (path, status, message) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(status === 404 ? 'not-found' : 'usage');
    expect(r.body.error.message).toMatch(message);
  });

  it('answers a wrong method with 405 and the allowed ones', async () => {
    const res = await fetch(`${server.url}/api/articles/1`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(((await res.json()) as any).error.code).toBe('method-not-allowed');
  });
});

describe('POST /api/articles', () => {
  const post = (body: string, headers: Record<string, string> = {}, on = server) => fetch(`${on.url}/api/articles`, {
    method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
  }).then(async (res) => ({ status: res.status, headers: res.headers, body: (await res.json()) as any }));
  const article = JSON.stringify({
    text: 'Riot police arrested 31 people in Marseille on Sunday after a march against rent rises, the prefecture said.',
    title: 'Arrests in Marseille', url: 'https://news.example/marseille-arrests', publishedAt: '2025-05-04',
  });

  it.each([
    ['no Authorization header', { authorization: '' }, 401, 'unauthorized', /Authorization: Bearer/],
    ['another token', { authorization: 'Bearer not-the-token' }, 401, 'unauthorized', /not the one this server was started with/],
    ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }, 401, 'unauthorized', /Bearer/],
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported-media-type', /application\/json/],
  ])('refuses %s', async (_what, headers, status, code, message) => {
    const r = await post(article, headers);
    expect([r.status, r.body.error.code]).toEqual([status, code]);
    expect(r.body.error.message).toMatch(message);
    if (status === 401) expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses writes with 403 when the server has no token', async () => {
    const r = await post(article, {}, readOnly);
    expect([r.status, r.body.error.code]).toEqual([403, 'forbidden']);
    expect(r.body.error.message).toMatch(/NEWSGRAPH_TOKEN/);
  });

  it('refuses a body that is not UTF-8 with 422 instead of storing replacement characters', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"text":"Dock workers in S'), Buffer.from([0xe8]), Buffer.from('te walked out on Monday."}')]);
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST', body: latin1, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect([res.status, body.error.code]).toEqual([422, 'input-encoding']);
    expect(body.error.message).toMatch(/not valid UTF-8/);
  });

  it('refuses a body over the limit with 413', async () => {
    const r = await post(JSON.stringify({ text: 'word '.repeat(20_000) }));
    expect([r.status, r.body.error.code]).toEqual([413, 'body-too-large']);
    expect(r.body.error.message).toMatch(/limit of 65536 bytes/);
  });

  it('refuses a streamed body over the limit with 413 (no Content-Length)', async () => {
    const chunks = [JSON.stringify({ text: '' }).slice(0, 9), 'a'.repeat(70_000), '"}'];
    const stream = new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(new TextEncoder().encode(x)); c.close(); } });
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it.each([
    ['{"text": ', 400, 'usage', /not JSON/],
    ['{"title": "no text"}', 400, 'usage', /text is missing/],
    ['{"text": "A sentence.", "colour": "red"}', 400, 'usage', /unknown field "colour"/],
    ['{"text": "A sentence.", "url": "ftp://x.example/a"}', 400, 'usage', /url must be an http\(s\) URL/],
    ['{"text": "A sentence.", "publishedAt": "last week"}', 400, 'input-invalid', /publishedAt "last week" is not a date/],
    ['{"text": "   "}', 422, 'input-empty', /empty/],
  ])('answers %s with %i', async (body, status, code, message) => {
    const r = await post(body);
    expect([r.status, r.body.error.code]).toEqual([status, code]);
    expect(r.body.error.message).toMatch(message);
  });
});

describe('the server', () => {
  it('serves an OpenAPI document naming every route and its parameters', async () => {
    const r = await get('/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const op = r.body.paths[route.path.replace(/:(\w+)/g, '{$1}')][route.method.toLowerCase()];
      expect(op.summary).toBe(route.summary);
      expect(Object.keys(op.responses)).toContain('500');
    }
    const events = r.body.paths['/api/events'].get;
    expect(events.parameters.map((p: any) => p.name)).toEqual(
      ['type', 'actor', 'target', 'country', 'from', 'to', 'modality', 'article', 'limit', 'offset']);
    expect(events.parameters.find((p: any) => p.name === 'type').schema.enum).toContain('PROTEST');
    expect(r.body.paths['/api/articles'].post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(r.body.paths['/api/articles'].post.responses).sort()).toEqual(['200', '201', '400', '401', '403', '413', '415', '422', '500']);
  });

  it('sends a Content-Security-Policy that forbids inline script, on API answers and errors alike', async () => {
    for (const path of ['/api/events', '/api/nothing', '/openapi.json']) {
      const res = await fetch(server.url + path);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('says plainly when the web page is not built', async () => {
    const res = await fetch(server.url + '/');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });

  it.each([
    ['a fault', new Error('disk on fire at /secret/path'), 500, 'internal', /^internal error/],
    ['a store failure', new StoreError('the database is locked'), 503, 'store', /database is locked/],
  ])('answers %s with its status and logs it', async (_what, err, status, code, message) => {
    const lines: string[] = [];
    const failing = new Proxy({} as Store, { get: () => async () => { throw err; } });
    const s = await startServer({ store: failing, port: 0, webRoot: '/nonexistent', log: (l) => lines.push(l) });
    try {
      const r = await get('/api/events', s);
      expect([r.status, r.body.error.code]).toEqual([status, code]);
      expect(r.body.error.message).toMatch(message);
      expect(r.body.error.message).not.toContain('/secret/path');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('GET /api/events');
    } finally {
      await s.close();
    }
  });
});
