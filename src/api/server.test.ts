import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { StoreError } from '../errors.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/types.js';
import { fillStore, fixtureAnalyses, xssArticle, XSS_MARKERS } from './fixture.js';
import { ROUTES, startServer, type RunningServer } from './server.js';

const TOKEN = 'test-token-0123456789';
let store: SqliteStore;
let server: RunningServer;
let readOnly: RunningServer;
let ids: number[];

beforeAll(async () => {
  store = SqliteStore.open(':memory:');
  ids = await fillStore(store, [...fixtureAnalyses(), xssArticle()]);
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

/** The declared 200 schema of the route answering GET `path`. */
function schemaFor(path: string): z.ZodType {
  const p = path.split('?')[0]!;
  const route = ROUTES.find((r) => r.method === 'GET' && new RegExp(`^${r.path.replace(/:\w+/g, '\\d+')}$`).test(p))!;
  return route.responses[200]!.schema;
}

describe('GET endpoints answer with their declared shapes', () => {
  it.each([
    ['/api/articles', (b: any) => expect(b.items.map((a: any) => a.title)).toHaveLength(4)],
    ['/api/articles?limit=2', (b: any) => expect(b.next).toBe(2)],
    ['/api/articles/1', (b: any) => {
      expect(b.analysis.quotes[0].speaker.text).toBe('Claire Dubois');
      expect(Object.keys(b.actorIds).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
    }],
    ['/api/events', (b: any) => expect(b.items.map((e: any) => e.type).sort()).toEqual(['ACCUSE', 'AID', 'COERCE', 'COERCE', 'COERCE', 'PROTEST'])],
    ['/api/events?modality=all', (b: any) => expect(b.items.map((e: any) => e.type)).toEqual(expect.arrayContaining(['CONSULT', 'ASSAULT']))],
    ['/api/events?modality=negated', (b: any) => expect(b.items.map((e: any) => e.trigger.text)).toEqual(['shelled'])],
    ['/api/events?type=coerce&country=FRA&from=2025-04-01&to=2025-04-01', (b: any) => {
      expect(b.items).toHaveLength(2);
      expect(new Set(b.items.map((e: any) => e.occurrenceId)).size).toBe(1);
      expect(b.items[0].sentence).toContain(b.items[0].trigger.text);
    }],
    ['/api/events?actor=renard', (b: any) => expect(b.items.map((e: any) => e.type)).toEqual(['ACCUSE'])],
    ['/api/events?target=UKR', (b: any) => expect(b.items.map((e: any) => e.type)).toEqual(['AID'])],
    ['/api/events?limit=1&offset=1', (b: any) => expect([b.items.length, b.offset, b.next]).toEqual([1, 1, 2])],
    ['/api/actors?name=dubois', (b: any) => expect(b.items.map((a: any) => [a.name, a.numArticles])).toEqual([['Claire Dubois', 2]])],
    ['/api/actors?code=DEU', (b: any) => expect(b.items.map((a: any) => a.name).sort()).toEqual(['Anna Weber', 'Germany'])],
    ['/api/quotes?speaker=Paul%20Renard', (b: any) => expect(b.items.map((q: any) => q.kind)).toEqual(['indirect'])],
    ['/api/figures?category=ARREST&country=fra', (b: any) => expect(b.items.map((f: any) => f.value)).toEqual([14, 14, 3])],
    ['/api/figures?category=MONEY', (b: any) => expect(b.items[0]).toMatchObject({ value: 300_000_000, unit: 'EUR', country: 'DEU' })],
    ['/api/search?q=farmers%20Lyon', (b: any) => expect(b.items.map((h: any) => h.article.id).sort()).toEqual([1, 2])],
    ['/api/search?q=%22only%20way%20out%22', (b: any) => expect(b.items[0].snippet).toContain('[only way out]')],
    ['/api/stats', (b: any) => {
      expect(b.articles).toBe(4);
      expect(b.byType.find((r: any) => r.key === 'COERCE')).toEqual({ key: 'COERCE', occurrences: 2, articles: 3 });
      expect(b.byDay[0]).toEqual({ key: '2025-04-01', occurrences: 2, articles: 2 });
    }],
    ['/api/stats?modality=all&country=UKR', (b: any) => expect(b.byType.map((r: any) => r.key)).toEqual(['ASSAULT'])],
    ['/api/network', (b: any) => {
      const names = new Map(b.nodes.map((n: any) => [n.id, n.name]));
      const edges = b.edges.map((e: any) => `${names.get(e.source)}>${names.get(e.target)}:${e.events}/${e.mentions}:q${e.quad}`).sort();
      expect(edges).toEqual(['Germany>Ukraine:1/1:q2', 'Paul Renard>Claire Dubois:1/1:q3', 'police>farmers:1/2:q4']);
    }],
  ])('%s', async (path, check) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(schemaFor(path).safeParse(r.body).error).toBeUndefined();
    check(r.body);
  });

  it('gives an actor its quotes, events on both sides, days and neighbours', async () => {
    const { body: found } = await get('/api/actors?name=claire');
    const r = await get(`/api/actors/${found.items[0].id}`);
    expect(r.status).toBe(200);
    expect(schemaFor('/api/actors/1').safeParse(r.body).error).toBeUndefined();
    expect(r.body.quotes.map((q: any) => q.kind).sort()).toEqual(['direct', 'mixed']);
    expect(r.body.asTarget.map((e: any) => e.type)).toEqual(['ACCUSE']);
    expect(r.body.asActor).toEqual([]);
    expect(r.body.timeline).toEqual([{ day: '2025-04-02', mentions: 1, articles: 1 }, { day: '2025-04-03', mentions: 1, articles: 1 }]);
    expect(r.body.coActors.map((c: any) => [c.name, c.articles, typeof c.id])).toEqual(
      [['farmers', 2, 'number'], ['Paul Renard', 2, 'number'], ['police', 2, 'number']]);
    const hedged = await get(`/api/actors/${found.items[0].id}?modality=all`);
    expect(hedged.body.asTarget.map((e: any) => e.type).sort()).toEqual(['ACCUSE', 'CONSULT']);
  });

  it('keeps article text as it was written, markup and all', async () => {
    const r = await get(`/api/articles/${ids[3]}`);
    for (const m of XSS_MARKERS) expect(r.body.text).toContain(m);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});

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
    ['/api/search', 400, /q: .*(expected string|Required|received undefined)/i],
    ['/api/search?q=' + 'x'.repeat(501), 400, /q is longer than 500 characters/],
    ['/api/articles/abc', 400, /id must be a number/],
    ['/api/articles/0', 400, /id must be a positive integer/],
    ['/api/articles/1?x=1', 400, /unknown parameter "x"/],
    ['/api/articles/999999', 404, /article 999999 was not found/],
    ['/api/actors/999999', 404, /actor 999999 was not found/],
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

  it('analyses and stores an article once, then finds it again', async () => {
    const first = await post(article);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'stored', url: `/api/articles/${first.body.id}` });
    expect(first.headers.get('location')).toBe(`/api/articles/${first.body.id}`);
    const again = await post(article);
    expect([again.status, again.body.status, again.body.id]).toEqual([200, 'existing', first.body.id]);
    const sameUrl = await post(JSON.stringify({ ...JSON.parse(article), text: 'Another text under the same address, written for the test.' }));
    expect(sameUrl.body).toMatchObject({ status: 'duplicate', by: 'url', id: first.body.id });
    const stored = await get(first.body.url);
    expect(stored.body.title).toBe('Arrests in Marseille');
    expect(stored.body.analysis.text).toBe(stored.body.text);
    expect(stored.body.analysis.publishedAt).toBe('2025-05-04');
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
  ])('answers %s with %i and logs it', async (_what, err, status, code, message) => {
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
