import { open } from 'node:fs/promises';
import { decodeHtml } from '../charset.js';
import type { InputProgress, RawItem } from '../item.js';
import { gzipMembers } from './gzip.js';
import { parseHttpResponse } from './http.js';
import { isProblem, WarcParser, type WarcOutput, type WarcRecord } from './parser.js';

export interface WarcOptions {
  /** Largest page kept, in bytes; a larger record is skipped as input-too-large. */
  readonly maxBytes: number;
  readonly progress?: InputProgress;
}

const HTML_TYPE = /text\/html|application\/xhtml\+xml/i;

/**
 * Articles from a WARC or WARC.gz file (Common Crawl News style: response
 * records holding an HTTP response with an HTML page). Request, metadata,
 * warcinfo and revisit records are passed over; a response that is not a
 * successful HTML page, a record larger than the limit and a damaged record
 * are skipped items with their reasons.
 */
export async function* readWarc(path: string, opts: WarcOptions): AsyncGenerator<RawItem> {
  const parser = new WarcParser(opts.maxBytes);
  const progress = opts.progress;
  const base = progress?.bytesDone ?? 0;
  if (path.toLowerCase().endsWith('.gz')) {
    let member = 0;
    for await (const ev of gzipMembers(path)) {
      if (ev.type === 'member') member = ev.offset;
      else if (ev.type === 'data') yield* items(parser.push(ev.chunk), path, member, opts);
      else if (ev.type === 'progress') { if (progress) progress.bytesDone = base + ev.position; }
      else {
        parser.reset();
        yield { kind: 'skip', origin: `${path}@${ev.offset}`, reason: 'warc-broken', message: ev.message };
      }
    }
  } else {
    const fh = await open(path, 'r');
    try {
      let pos = 0;
      for (;;) {
        const buf = Buffer.alloc(1 << 20);
        const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
        if (bytesRead === 0) break;
        pos += bytesRead;
        yield* items(parser.push(buf.subarray(0, bytesRead)), path, null, opts);
        if (progress) progress.bytesDone = base + pos;
      }
    } finally {
      await fh.close();
    }
  }
  yield* items(parser.end(), path, null, opts);
}

function* items(out: WarcOutput[], path: string, member: number | null, opts: WarcOptions): Generator<RawItem> {
  for (const x of out) {
    const where = `${path}@${member ?? x.offset}`;
    if (isProblem(x)) {
      yield { kind: 'skip', origin: where, reason: 'warc-broken', message: `${x.problem} at byte ${x.offset}` };
      continue;
    }
    const item = toItem(x, where, opts.maxBytes);
    if (item) yield item;
  }
}

/** A record as an article, a skip, or null for records that are not pages (requests, metadata...). */
export function toItem(r: WarcRecord, where: string, maxBytes: number): RawItem | null {
  const type = (r.headers.get('warc-type') ?? '').toLowerCase();
  if (type !== 'response' && type !== 'resource') return null;
  const id = r.headers.get('warc-record-id');
  const origin = id ? `warc:${id.replace(/^<|>$/g, '')}` : where;
  const url = r.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
  if (r.block === null) {
    return { kind: 'skip', origin, reason: 'input-too-large', message: `${url ?? where}: a record of ${r.length} bytes, more than the limit of ${maxBytes}` };
  }
  let body = r.block;
  let contentType = r.headers.get('content-type') ?? null;
  if (type === 'response' && /application\/http/i.test(contentType ?? 'application/http')) {
    const http = parseHttpResponse(r.block, maxBytes);
    if (!http) return { kind: 'skip', origin, reason: 'warc-broken', message: `${url ?? where}: the response record holds no HTTP response` };
    if (http.status < 200 || http.status >= 300) return { kind: 'skip', origin, reason: 'not-article', message: `${url ?? where}: HTTP status ${http.status}` };
    body = http.body;
    contentType = http.headers.get('content-type') ?? null;
  }
  if (contentType && !HTML_TYPE.test(contentType)) {
    return { kind: 'skip', origin, reason: 'not-html', message: `${url ?? where}: ${contentType.split(';')[0]} is not an HTML page` };
  }
  if (body.length > maxBytes) {
    return { kind: 'skip', origin, reason: 'input-too-large', message: `${url ?? where}: a page of ${body.length} bytes, more than the limit of ${maxBytes}` };
  }
  if (body.length === 0) return { kind: 'skip', origin, reason: 'input-empty', message: `${url ?? where}: the page is empty` };
  const date = r.headers.get('warc-date') ?? null;
  return { kind: 'html', origin, html: decodeHtml(body, contentType), url, publishedAt: date };
}
