import type { AnalysisJSON } from '../analysis/format.js';
import { factsOf } from './facts.js';
import { analysisForStorage } from './sql/map.js';
import { contentHash, sourceOfUrl, urlKey } from './keys.js';
import type { AnalysisRecord, NewArticle } from './types.js';

export interface Provenance {
  /** Where the article was read from: see NewArticle.origin. */
  readonly origin: string;
  /** The publisher, when the input names it; otherwise the URL's host. */
  readonly source?: string | null;
}

/** An analysis as the store takes it: the article with its keys, and the analysis with its fact rows. */
export function toStorable(a: AnalysisJSON, p: Provenance): { article: NewArticle; record: AnalysisRecord } {
  const hash = contentHash(a.text);
  const url = a.url ?? null;
  return {
    article: {
      origin: p.origin, source: p.source ?? sourceOfUrl(url), url, urlKey: urlKey(url), title: a.title ?? null,
      publishedAt: a.publishedAt, text: a.text, contentHash: hash, language: a.language,
    },
    record: { analysis: a, json: analysisForStorage(a), facts: factsOf(a, hash) },
  };
}
