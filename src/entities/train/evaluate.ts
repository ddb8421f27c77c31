import type { Doc } from '../../doc/types.js';
import { countSpans, type SpanCounts, type TypedSpan } from '../conll/score.js';
import { TAG_TYPES } from '../tagger/labels.js';
import type { Tagger } from '../tagger/tagger.js';
import type { LabelledDoc } from './dataset.js';

/** Exact-span counts of a tagger on labelled documents, per CoNLL type ('' = all), and the tokens tagged. */
export function evaluateTagger(tagger: Tagger, docs: readonly LabelledDoc[]): {
  counts: Map<string, SpanCounts>; tokens: number; ms: number;
} {
  const counts = new Map<string, SpanCounts>();
  let tokens = 0;
  let ms = 0;
  for (const d of docs) {
    const t0 = performance.now();
    const spans = tagger.tag(d.doc);
    ms += performance.now() - t0;
    tokens += d.doc.tokens.length;
    countSpans(d.gold, toCharSpans(d.doc, spans), counts);
  }
  return { counts, tokens, ms };
}

export function toCharSpans(doc: Doc, spans: readonly { type: number; start: number; end: number }[]): TypedSpan[] {
  return spans.map((s) => ({ type: TAG_TYPES[s.type]!, start: doc.tokens[s.start]!.start, end: doc.tokens[s.end - 1]!.end }));
}
