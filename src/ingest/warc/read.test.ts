import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RawItem } from '../item.js';
import { readWarc } from './read.js';

const PAGE = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title>
<meta property="article:published_time" content="2023-05-04T09:00:00Z"></head>
<body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

function record(type: string, fields: Record<string, string>, block: Buffer | string): Buffer {
  const b = typeof block === 'string' ? Buffer.from(block) : block;
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${b.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), b, Buffer.from('\r\n\r\n')]);
}

function response(id: string, url: string, status: number, contentType: string, body: Buffer | string, extra = ''): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body) : body;
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 ${status} X\r\nContent-Type: ${contentType}\r\n${extra}Content-Length: ${b.length}\r\n\r\n`), b]);
  return record('response', {
    'WARC-Record-ID': `<urn:uuid:${id}>`, 'WARC-Target-URI': url, 'WARC-Date': '2023-05-04T10:00:00Z',
    'Content-Type': 'application/http; msgtype=response',
  }, http);
}

const page1 = PAGE('Harbour strike ends', 'Dock workers in the port city returned to work on Thursday after a nine-day strike over pay ended with a deal.');
const page2 = PAGE('Floods close roads', 'Heavy rain flooded roads across the northern province on Wednesday, and officials closed two bridges.');
const latin = Buffer.from(PAGE('Café owners protest', 'Owners of cafés marched to the town hall on Friday.'), 'latin1');

const records = [
  record('warcinfo', { 'WARC-Record-ID': '<urn:uuid:info>' }, 'software: test\r\n'),
  record('request', { 'WARC-Record-ID': '<urn:uuid:req1>', 'WARC-Target-URI': 'https://news.example/harbour' }, 'GET /harbour HTTP/1.1\r\n\r\n'),
  response('r1', 'https://news.example/harbour', 200, 'text/html; charset=utf-8', page1),
  response('r2', 'https://news.example/missing', 404, 'text/html', '<html>gone</html>'),
  response('r3', 'https://news.example/logo.png', 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  response('r4', 'https://news.example/huge', 200, 'text/html', 'x'.repeat(5000)),
  response('r5', 'https://news.example/floods', 200, 'text/html', zlib.gzipSync(page2), 'Content-Encoding: gzip\r\n'),
  response('r6', 'https://news.example/cafe', 200, 'text/html; charset=iso-8859-1', latin),
];

async function collect(path: string): Promise<RawItem[]> {
  const out: RawItem[] = [];
  for await (const x of readWarc(path, { maxBytes: 4000 })) out.push(x);
  return out;
}

const summary = (items: RawItem[]) => items.map((x) => (x.kind === 'skip' ? `skip ${x.reason}` : `${x.kind} ${x.origin}`));

const EXPECTED = [
  'html warc:urn:uuid:r1', 'skip not-article', 'skip not-html', 'skip input-too-large', 'html warc:urn:uuid:r5', 'html warc:urn:uuid:r6',
];

describe('readWarc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-warc-'));

  it('reads the pages of an uncompressed WARC and skips the rest with reasons', async () => {
    const path = join(dir, 'plain.warc');
    writeFileSync(path, Buffer.concat(records));
    const items = await collect(path);
    expect(summary(items)).toEqual(EXPECTED);
    const first = items[0]!;
    expect(first).toMatchObject({ kind: 'html', url: 'https://news.example/harbour', publishedAt: '2023-05-04T10:00:00Z' });
    expect(first.kind === 'html' && first.html).toContain('nine-day strike');
    const cafe = items[5]!;
    expect(cafe.kind === 'html' && cafe.html).toContain('Café owners');
    const floods = items[4]!;
    expect(floods.kind === 'html' && floods.html).toContain('flooded roads');
  });

  it('reads a WARC.gz member by member, going on after a damaged member', async () => {
    const members = records.map((r) => zlib.gzipSync(r));
    const damaged = Buffer.from(members[5]!);
    damaged.fill(0x55, 20, 40);
    const path = join(dir, 'news.warc.gz');
    writeFileSync(path, Buffer.concat([...members.slice(0, 5), damaged, ...members.slice(6)]));
    const items = await collect(path);
    expect(summary(items)).toEqual([
      'html warc:urn:uuid:r1', 'skip not-article', 'skip not-html', 'skip warc-broken', 'html warc:urn:uuid:r5', 'html warc:urn:uuid:r6',
    ]);
  });

  it('reads a WARC.gz written as one gzip stream, and reports a file cut short', async () => {
    const whole = zlib.gzipSync(Buffer.concat(records));
    const path = join(dir, 'one.warc.gz');
    writeFileSync(path, whole);
    expect(summary(await collect(path))).toEqual(EXPECTED);
    const cut = join(dir, 'cut.warc.gz');
    writeFileSync(cut, Buffer.concat([...records.slice(0, 3).map((r) => zlib.gzipSync(r)), zlib.gzipSync(records[6]!).subarray(0, 60)]));
    expect(summary(await collect(cut))).toEqual(['html warc:urn:uuid:r1', 'skip warc-broken']);
  });

  it('finds the next record after bytes that are not WARC', async () => {
    const path = join(dir, 'junk.warc');
    writeFileSync(path, Buffer.concat([Buffer.from('garbage line\r\nmore garbage\r\n'), records[2]!, Buffer.from('WARC/1.0\r\nWARC-Type: response\r\n\r\n'), records[6]!]));
    expect(summary(await collect(path))).toEqual(['skip warc-broken', 'html warc:urn:uuid:r1', 'skip warc-broken', 'html warc:urn:uuid:r5']);
  });
});
