import type { Engine } from '../engine/engine.js';
import { errorCode, errorMessage } from '../errors.js';
import { normalizePublishedAt } from '../input/article.js';
import { extractHtml } from '../input/html.js';
import { toStorable, type StorableOptions } from '../store/prepare.js';
import type { AnalysisRecord, NewArticle } from '../store/types.js';
import type { RawItem } from './item.js';

/** An item analysed and ready to store, or the reason it is not an article. */
export type Processed =
  | { readonly ok: true; readonly article: NewArticle; readonly record: AnalysisRecord }
  | { readonly ok: false; readonly origin: string; readonly reason: string; readonly message: string };

export type Analysable = Extract<RawItem, { kind: 'text' | 'html' }>;

/**
 * Extract (for a page), analyse and turn into rows (and, for a SQLite store,
 * deflate the stored JSON): the work of an analysis worker, a pure function
 * of the engine and the item, so that the writing thread only writes. Input that is not an
 * English article is a reason, never an exception; a fault inside an
 * extractor is reported as `internal-error` so that one article cannot stop
 * an ingest of thousands.
 */
export function processItem(engine: Engine, item: Analysable, storable: StorableOptions = {}): Processed {
  const fail = (reason: string, message: string): Processed => ({ ok: false, origin: item.origin, reason, message });
  let text: string;
  let title = item.title ?? null;
  let url = item.url ?? null;
  let publishedAt = lenientDate(item.publishedAt);
  if (item.kind === 'html') {
    try {
      const page = extractHtml(item.html, item.url ?? item.origin);
      text = page.text;
      title = page.title ?? title;
      url = url ?? page.url;
      publishedAt = lenientDate(page.publishedAt) ?? publishedAt;
    } catch (err) {
      const code = errorCode(err);
      return fail(code === 'input-empty' ? 'no-text' : code === 'internal' ? 'input-unreadable' : code, errorMessage(err));
    }
  } else {
    text = item.text;
  }
  let json;
  try {
    json = engine.analyze({ id: item.origin, text, title, url, publishedAt }).toJSON();
  } catch (err) {
    const code = errorCode(err);
    if (code.startsWith('input-')) return fail(code, errorMessage(err));
    return fail('internal-error', `analysis failed: ${errorMessage(err)}`);
  }
  if (json.language !== 'en') return fail('not-english', `the text is not in English (language "${json.language}")`);
  const { article, record } = toStorable(json, { origin: item.origin, source: item.source ?? null }, storable);
  return { ok: true, article, record };
}

/** A publication date as the format writes it, from any common form; null when it cannot be read (never an error). */
export function lenientDate(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return normalizePublishedAt(value);
  } catch {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
  }
}
