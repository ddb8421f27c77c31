import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { AnalysisJSON } from '../analysis/format.js';
import { factsOf } from './facts.js';
import { analysisForStorage } from './sql/map.js';
import { contentHash, sourceOfUrl, urlKey, versionsKey } from './keys.js';
import type { AnalysisRecord, NewArticle } from './types.js';

export interface Provenance {
  /** Where the article was read from: see NewArticle.origin. */
  readonly origin: string;
  /** The publisher, when the input names it; otherwise the URL's host. */
  readonly source?: string | null;
}

export interface StorableOptions {
  /** Deflate the stored JSON here (what the SQLite store keeps), sparing the writing thread. */
  readonly deflate?: boolean;
}

/** An analysis as the store takes it: the article with its keys, and the analysis as a record with its fact rows. */
export function toStorable(a: AnalysisJSON, p: Provenance, o: StorableOptions = {}): { article: NewArticle; record: AnalysisRecord } {
  const hash = contentHash(a.text);
  const url = a.url ?? null;
  const json = analysisForStorage(a);
  return {
    article: {
      origin: p.origin, source: p.source ?? sourceOfUrl(url), url, urlKey: urlKey(url), title: a.title ?? null,
      publishedAt: a.publishedAt, text: a.text, contentHash: hash, language: a.language,
    },
    record: {
      versions: a.versions, versionsKey: versionsKey(a.versions), formatVersion: a.formatVersion,
      json: o.deflate ? deflateJson(json) : json, facts: factsOf(a, hash),
    },
  };
}

/** Raw DEFLATE of a stored JSON, in a buffer of its own (a view into a larger one would be copied whole between threads). */
export function deflateJson(json: string): Uint8Array {
  const b = deflateRawSync(json);
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
}

/** A stored JSON as text, whichever form the record holds. */
export function jsonText(json: string | Uint8Array): string {
  return typeof json === 'string' ? json : inflateRawSync(json).toString('utf8');
}
