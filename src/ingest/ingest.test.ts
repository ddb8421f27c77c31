import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineExtractor } from '../pipeline/extractor.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/types.js';
import { ingest, type IngestCounts, type IngestListener } from './ingest.js';
import { createPool } from './pool.js';

const quiet: IngestListener = { update: () => undefined, warn: () => undefined };

const STORY = [
  'Dock workers in the northern port returned to work on Thursday after a nine-day strike over pay ended with a deal that raises wages by six percent.',
  'Heavy rain flooded roads across the southern province on Wednesday, and officials closed two bridges and opened shelters for about 300 families.',
  'The city council voted on Tuesday to expand the bus network, adding four routes that will link the new hospital with the suburbs.',
  'Farmers drove hundreds of tractors into the capital on Monday to protest against lower prices for milk and grain, blocking the main avenue for hours.',
];
const page = (title: string, text: string, date = '2023-05-04') => `<!doctype html><html><head><title>${title}</title>
<meta property="article:published_time" content="${date}"></head><body><nav>Home | World</nav>
<article><h1>${title}</h1><p>${text}</p><p>${text.replace(/\d+/g, 'several')}</p></article></body></html>`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-ingest-'));
  writeFileSync(join(dir, 'strike.txt'), STORY[0]!);
  writeFileSync(join(dir, 'floods.html'), page('Floods close roads', STORY[1]!));
  writeFileSync(join(dir, 'lines.jsonl'), [
    JSON.stringify({ text: STORY[2], url: 'https://city.example/buses?utm_source=x', publishedAt: '2023-05-02', source: 'City Paper' }),
    '{"text": ',
    JSON.stringify({ text: 'Los agricultores llevaron cientos de tractores a la capital el lunes para protestar contra los precios de la leche.' }),
    JSON.stringify({ text: STORY[0]!.toUpperCase() }),
    JSON.stringify({ html: page('Tractors in the capital', STORY[3]!), url: 'https://farm.example/tractors' }),
    JSON.stringify({ text: 'x'.repeat(3000) + ' is a long line.' }),
  ].join('\n'));
  writeFileSync(join(dir, 'notes.md'), 'not an input');
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

async function run(store: Store, inputs: string[], o: { fetch?: boolean; reanalyzeAll?: boolean; extractors?: Parameters<typeof createPool>[0]['extractors'] } = {}): Promise<IngestCounts> {
  const pool = await createPool({ workers: 0, ...(o.extractors ? { extractors: o.extractors } : {}) });
  try {
    return await ingest(store, pool, { inputs, maxBytes: 2000, publishedAt: null, fetch: o.fetch ?? true, reanalyzeAll: o.reanalyzeAll ?? false }, quiet);
  } finally {
    await pool.close();
  }
}

describe('ingest', () => {
  it('stores the articles of a folder once, and records why the rest was not stored', async () => {
    const dir = folder();
    const store = SqliteStore.open(join(dir, 'store.db'));
    const first = await run(store, [dir]);
    expect(first.stored).toBe(4);
    expect(first.duplicates).toBe(1);
    expect(Object.fromEntries(first.reasons)).toEqual({ 'input-invalid': 1, 'not-english': 1, 'input-too-large': 1, 'input-empty': 1 });
    const s = await store.status();
    expect(s.articles).toBe(4);
    expect(Object.fromEntries(s.skipped.map((x) => [x.reason, x.count]))).toEqual({
      'duplicate-content': 1, 'input-invalid': 1, 'not-english': 1, 'input-too-large': 1, 'input-empty': 1,
    });
    const hits = await store.search({ text: 'tractors' });
    expect(hits.map((h) => [h.article.title, h.article.url, h.article.publishedAt, h.article.source])).toEqual([
      ['Tractors in the capital', 'https://farm.example/tractors', '2023-05-04', 'farm.example'],
    ]);
    const buses = await store.search({ text: 'bus network' });
    expect(buses[0]!.article.source).toBe('City Paper');

    const again = await run(store, [dir]);
    expect([again.stored, again.existing, again.duplicates]).toEqual([0, 4, 0]);
    expect((await store.status()).articles).toBe(4);
    await store.close();
  });

  it('finds a URL stored under another origin (tracking parameters aside) before analysing it', async () => {
    const dir = folder();
    const store = SqliteStore.open(':memory:');
    await run(store, [join(dir, 'lines.jsonl')]);
    const other = join(dir, 'other.jsonl');
    writeFileSync(other, `${JSON.stringify({ text: 'The council published its bus timetable.', url: 'http://www.city.example/buses/' })}\n`);
    const r = await run(store, [other]);
    expect([r.stored, r.duplicates]).toEqual([0, 1]);
    await store.close();
  });

  it('analyses stored articles again when the extractor versions change', async () => {
    const dir = folder();
    const store = SqliteStore.open(':memory:');
    const sentences = (version: string) => () => [defineExtractor({
      name: 'sentence-tone', version, requires: [], assigns: ['tone'],
      run: (doc) => ({ output: { tone: { score: version === '1.0.0' ? 0 : doc.sentences.length, positive: 0, negative: 0 } } }),
    })];
    const txt = join(dir, 'strike.txt');
    await run(store, [txt], { extractors: sentences('1.0.0') });
    const [a1] = await store.articles(0, 1);
    expect(a1!.analysis!.versions['sentence-tone']).toBe('1.0.0');
    const r = await run(store, [txt], { extractors: sentences('1.1.0') });
    expect([r.stored, r.reanalysed]).toEqual([0, 1]);
    const a2 = await store.article(a1!.id);
    expect(a2!.analysis!.versions['sentence-tone']).toBe('1.1.0');
    expect(a2!.analysis!.tone.score).toBe(1);

    await run(store, [join(dir, 'floods.html')], { extractors: sentences('1.1.0') });
    const all = await run(store, [], { extractors: sentences('2.0.0'), reanalyzeAll: true });
    expect(all.reanalysed).toBe(2);
    expect((await store.status()).analyses.map((x) => [x.versions['sentence-tone'], x.count])).toEqual([['2.0.0', 2]]);
    await store.close();
  });

  describe('from the web', () => {
    let server: Server;
    let base = '';
    const hits: string[] = [];
    beforeAll(async () => {
      const full = `<p>${STORY[3]} ${STORY[3]} ${STORY[3]} ${STORY[3]} ${STORY[3]}</p>`;
      const routes: Record<string, [string, string]> = {
        '/rss.xml': ['application/rss+xml', `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>
          <item><title>Tractors in the capital</title><link>BASE/tractors</link><pubDate>Mon, 01 May 2023 09:00:00 GMT</pubDate><content:encoded><![CDATA[${full}]]></content:encoded></item>
          <item><title>Strike ends</title><link>BASE/strike</link><pubDate>Thu, 04 May 2023 09:00:00 GMT</pubDate><description>Dock workers went back.</description></item>
          <item><title>Gone</title><link>BASE/gone</link><description>Short.</description></item>
        </channel></rss>`],
        '/atom.xml': ['application/atom+xml', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
          <entry><title>Council buses</title><link rel="alternate" href="BASE/buses"/><id>tag:buses</id><published>2023-05-02T08:00:00Z</published><summary>Buses.</summary></entry></feed>`],
        '/strike': ['text/html; charset=utf-8', page('Strike ends', STORY[0]!)],
        '/buses': ['text/html', page('Council buses', STORY[2]!)],
        '/floods': ['text/html', page('Floods close roads', STORY[1]!)],
        '/big': ['text/html', `<html><body><p>${'word '.repeat(2000)}</p></body></html>`],
      };
      server = createServer((req, res) => {
        hits.push(req.url ?? '');
        const r = routes[req.url ?? ''];
        if (!r) { res.writeHead(404); res.end('not found'); return; }
        res.writeHead(200, { 'content-type': r[0] });
        res.end(r[1].replace(/BASE/g, base));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const addr = server.address();
      base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('stores full-text feed items from the feed and fetches the pages of summaries', async () => {
      const store = SqliteStore.open(':memory:');
      const r = await run(store, [`${base}/rss.xml`, `${base}/atom.xml`, `${base}/floods`, `${base}/big`, `${base}/missing`]);
      expect(r.stored).toBe(4);
      expect(Object.fromEntries(r.reasons)).toEqual({ 'fetch-failed': 2, 'input-too-large': 1 });
      expect(hits.filter((h) => h === '/tractors')).toEqual([]);
      const tractors = await store.search({ text: 'tractors' });
      expect(tractors.map((h) => [h.article.title, h.article.publishedAt])).toEqual([['Tractors in the capital', '2023-05-01T09:00:00Z']]);
      const strike = await store.search({ text: 'dock workers' });
      expect(strike.map((h) => [h.article.url, h.article.publishedAt])).toEqual([[`${base}/strike`, '2023-05-04']]);
      const buses = await store.search({ text: 'bus network' });
      expect(buses.map((h) => [h.article.title, h.article.publishedAt])).toEqual([['Council buses', '2023-05-04']]);

      const before = hits.filter((h) => h === '/strike').length;
      const again = await run(store, [`${base}/rss.xml`]);
      expect([again.stored, again.existing]).toEqual([0, 2]);
      expect(hits.filter((h) => h === '/strike').length).toBe(before);
      await store.close();
    });

    it('skips summaries without fetching when fetching is off', async () => {
      const store = SqliteStore.open(':memory:');
      const r = await run(store, [`${base}/rss.xml`], { fetch: false });
      expect([r.stored, r.reasons.get('feed-no-text')]).toEqual([1, 2]);
      await store.close();
    });
  });

  it('reads WARC.gz files and records damaged records, going on after them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-warc-ingest-'));
    const rec = (id: string, url: string, body: string) => {
      const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${body}`;
      const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:${id}>\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2023-05-05T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n`;
      return zlib.gzipSync(Buffer.from(`${head}${http}\r\n\r\n`));
    };
    const bad = rec('b', 'https://x.example/b', page('Broken', STORY[1]!));
    bad.fill(0, 30, 60);
    writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat([
      rec('a', 'https://x.example/a', page('Strike ends', STORY[0]!)), bad, rec('c', 'https://x.example/c', page('Buses', STORY[2]!)),
    ]));
    const store = SqliteStore.open(':memory:');
    const r = await run(store, [dir]);
    expect([r.stored, r.reasons.get('warc-broken')]).toEqual([2, 1]);
    expect((await store.search({ text: 'buses' }))[0]!.article.url).toBe('https://x.example/c');
    await store.close();
  });
});
