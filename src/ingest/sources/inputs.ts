import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeHtml } from '../charset.js';
import type { InputProgress, RawItem } from '../item.js';
import { readWarc } from '../warc/read.js';
import { type Feed, looksLikeFeed, parseFeed, visibleLength } from './feed.js';
import { FetchFailure, fetchPage } from './fetch.js';
import { fileKind, readBounded, readHtmlFile, readJsonl, readTextFile, walk } from './files.js';

export interface InputOptions {
  /** Largest page, file or line read, in bytes. */
  readonly maxBytes: number;
  /** publishedAt for articles that state none. */
  readonly publishedAt: string | null;
  /** Fetch the linked page of a feed item that carries no full text. */
  readonly fetch: boolean;
  readonly progress: InputProgress;
  /** True when the store holds this origin already (then a feed item's page is not fetched). */
  readonly isKnown?: (origin: string) => Promise<boolean>;
  /** Called once per folder with the number of files in it that are not inputs. */
  readonly onIgnored?: (dir: string, count: number) => void;
}

/**
 * A feed item with at least this much visible text in the feed is taken as
 * the full article; a shorter one (a summary) is fetched from its link.
 */
export const FEED_FULL_TEXT_CHARS = 600;
const FETCH_CONCURRENCY = 4;

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * Every input named on the command line as raw items, in order: files,
 * folders (walked), http(s) URLs of pages or feeds. The origin of an item
 * names where it came from, so that a rerun finds it again.
 */
export async function* readInputs(inputs: readonly string[], opts: InputOptions): AsyncGenerator<RawItem> {
  const plan: { path: string; size: number }[] = [];
  const urls: string[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      urls.push(input);
      opts.progress.sized = false;
      continue;
    }
    const path = resolve(input);
    let st;
    try {
      st = await stat(path);
    } catch (err) {
      yield { kind: 'skip', origin: path, reason: 'input-unreadable', message: `cannot read ${input}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
      continue;
    }
    if (st.isDirectory()) {
      const { files, ignored } = await walk(path);
      if (ignored) opts.onIgnored?.(path, ignored);
      for (const f of files) plan.push({ path: f, size: (await stat(f)).size });
    } else {
      plan.push({ path, size: st.size });
    }
  }
  opts.progress.bytesTotal = plan.reduce((n, f) => n + f.size, 0);

  for (const { path, size } of plan) {
    const start = opts.progress.bytesDone;
    yield* readFile(path, opts);
    opts.progress.bytesDone = start + size;
  }
  for (const url of urls) yield* readUrl(url, opts);
}

async function* readFile(path: string, opts: InputOptions): AsyncGenerator<RawItem> {
  switch (fileKind(path)) {
    case 'warc': yield* readWarc(path, { maxBytes: opts.maxBytes, progress: opts.progress }); return;
    case 'jsonl': yield* readJsonl(path, opts.maxBytes, opts.publishedAt, opts.progress); return;
    case 'html': yield await readHtmlFile(path, opts.maxBytes, opts.publishedAt); return;
    case 'text': yield await readTextFile(path, opts.maxBytes, opts.publishedAt); return;
    case 'feed': {
      const bytes = await readBounded(path, Math.max(opts.maxBytes, 50_000_000));
      if (!Buffer.isBuffer(bytes)) { yield bytes; return; }
      const feed = parseFeed(decodeHtml(bytes, 'text/xml'));
      if (!feed) { yield { kind: 'skip', origin: path, reason: 'unsupported', message: `${path} is neither RSS nor Atom` }; return; }
      yield* feedItems(feed, path, opts);
      return;
    }
    default:
      yield { kind: 'skip', origin: path, reason: 'unsupported', message: `${path}: not a file ingest reads (.txt .html .jsonl .rss .atom .xml .warc .warc.gz)` };
  }
}

async function* readUrl(url: string, opts: InputOptions): AsyncGenerator<RawItem> {
  let page;
  try {
    page = await fetchPage(url, Math.max(opts.maxBytes, 50_000_000));
  } catch (err) {
    const f = err instanceof FetchFailure ? err : new FetchFailure('fetch-failed', `${url}: ${String(err)}`);
    yield { kind: 'skip', origin: url, reason: f.reason, message: f.message };
    return;
  }
  const text = decodeHtml(page.body, page.contentType);
  if (/xml|rss|atom/i.test(page.contentType ?? '') || looksLikeFeed(text)) {
    const feed = parseFeed(text);
    if (feed) { yield* feedItems(feed, url, opts); return; }
  }
  if (page.body.length > opts.maxBytes) {
    yield { kind: 'skip', origin: url, reason: 'input-too-large', message: `${url}: ${page.body.length} bytes, more than the limit of ${opts.maxBytes}` };
    return;
  }
  if (page.contentType && !/html|text\/plain/i.test(page.contentType)) {
    yield { kind: 'skip', origin: url, reason: 'not-html', message: `${url}: ${page.contentType.split(';')[0]} is not an HTML page` };
    return;
  }
  if (/text\/plain/i.test(page.contentType ?? '')) yield { kind: 'text', origin: url, text, url: page.url, publishedAt: opts.publishedAt };
  else yield { kind: 'html', origin: url, html: text, url: page.url, publishedAt: opts.publishedAt };
}

/**
 * A feed's items. An item whose feed text is long enough is the article
 * itself; otherwise its linked page is fetched (a few at a time), unless
 * fetching is off, in which case the item is skipped as feed-no-text.
 */
async function* feedItems(feed: Feed, where: string, opts: InputOptions): AsyncGenerator<RawItem> {
  const items = feed.items;
  for (let i = 0; i < items.length; i += FETCH_CONCURRENCY) {
    const batch = items.slice(i, i + FETCH_CONCURRENCY).map(async (it, k): Promise<RawItem> => {
      const origin = it.link ?? (it.guid ? `${where}#${it.guid}` : `${where}#${i + k + 1}`);
      const publishedAt = it.publishedAt ?? opts.publishedAt;
      if (it.html && visibleLength(it.html) >= FEED_FULL_TEXT_CHARS) {
        const html = `<!doctype html><html><head><title>${escapeText(it.title ?? '')}</title></head><body><article>${it.html}</article></body></html>`;
        return { kind: 'html', origin, html, url: it.link, title: it.title, publishedAt };
      }
      if (!it.link || !isUrl(it.link)) {
        return { kind: 'skip', origin, reason: 'feed-no-text', message: `${where}: item "${it.title ?? origin}" has no full text and no link to fetch` };
      }
      if (await opts.isKnown?.(origin)) return { kind: 'known', origin };
      if (!opts.fetch) {
        return { kind: 'skip', origin, reason: 'feed-no-text', message: `${it.link}: the feed holds only a summary (fetching pages is off)` };
      }
      try {
        const page = await fetchPage(it.link, opts.maxBytes);
        return { kind: 'html', origin, html: decodeHtml(page.body, page.contentType), url: page.url, title: it.title, publishedAt };
      } catch (err) {
        const f = err instanceof FetchFailure ? err : new FetchFailure('fetch-failed', String(err));
        return { kind: 'skip', origin, reason: f.reason, message: f.message };
      }
    });
    for (const item of await Promise.all(batch)) yield item;
  }
}

function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
