import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Store } from '../store/types.js';
import { fillStore, fixtureAnalyses, xssArticle, XSS_MARKERS } from './fixture.js';
import { ROUTES, startServer, type RunningServer } from './server.js';

/**
 * The API's answers over a store filled with the fixture articles: run on
 * SQLite (server.test.ts) and on PostgreSQL (postgres.test.ts), since the API
 * reads through the store's interface alone.
 */
export function apiStoreSuite(name: string, open: () => Promise<Store>, drop: (s: Store) => Promise<void>): void {
  const TOKEN = 'suite-token-0123456789';
  let store: Store;
  let server: RunningServer;
  let ids: number[];

  async function get(path: string) {
    const res = await fetch(server.url + path);
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  }

  /** The declared 200 schema of the route answering GET `path`. */
  function schemaFor(path: string): z.ZodType {
    const p = path.split('?')[0]!;
    const route = ROUTES.find((r) => r.method === 'GET' && new RegExp(`^${r.path.replace(/:\w+/g, '\\d+')}$`).test(p))!;
    return route.responses[200]!.schema;
  }

  describe(`API over ${name}`, () => {
    beforeAll(async () => {
      store = await open();
      ids = await fillStore(store, [...fixtureAnalyses(), xssArticle()]);
      server = await startServer({ store, port: 0, token: TOKEN, webRoot: '/nonexistent' });
    });

    afterAll(async () => {
      await server?.close();
      if (store) await drop(store);
    });

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
        ['/api/search?q=%22only%20way%20out%22', (b: any) => expect(b.items[0].snippet).toMatch(/\[[^\]]*\bway\b[^\]]*\]/)],
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

      it('finds an organization\'s events by its code, and keeps only its own', async () => {
        const { body: found } = await get('/api/actors?code=FRACOP');
        const police = found.items.find((a: any) => a.name === 'police');
        const r = await get(`/api/actors/${police.id}`);
        expect(r.body.asActor.map((e: any) => [e.type, e.target.name])).toEqual([['COERCE', 'farmers'], ['COERCE', 'farmers']]);
        expect(r.body.asActor.every((e: any) => e.actor.id === police.id)).toBe(true);
        expect(r.body.complete).toBe(true);
      });

      it('keeps article text as it was written, markup and all', async () => {
        const r = await get(`/api/articles/${ids[3]}`);
        for (const m of XSS_MARKERS) expect(r.body.text).toContain(m);
        expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
      });
    });

    it.each([
      ['/api/articles/999999', /article 999999 was not found/],
      ['/api/actors/999999', /actor 999999 was not found/],
    ])('answers %s with 404', async (path, message) => {
      const r = await get(path);
      expect([r.status, r.body.error.code]).toEqual([404, 'not-found']);
      expect(r.body.error.message).toMatch(message);
    });

    describe('POST /api/articles', () => {
      const post = (body: string) => fetch(`${server.url}/api/articles`, {
        method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      }).then(async (res) => ({ status: res.status, headers: res.headers, body: (await res.json()) as any }));
      const article = JSON.stringify({
        text: 'Riot police arrested 31 people in Marseille on Sunday after a march against rent rises, the prefecture said.',
        title: 'Arrests in Marseille', url: 'https://news.example/marseille-arrests', publishedAt: '2025-05-04',
      });

    it('analyses and stores an article once, then finds it again', async () => {
      const before = (await get('/api/stats')).body.articles;
      const first = await post(article);
      expect(first.status).toBe(201);
      expect((await get('/api/stats')).body.articles).toBe(before + 1);
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
  });
}
