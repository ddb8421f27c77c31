import { countSpans, type SpanCounts, type TypedSpan } from '../conll/score.js';
import { tagDocument } from '../tagger/tag.js';
import { TAG_TYPES } from '../tagger/labels.js';
import type { TokenLexicon } from '../tagger/lexicon.js';
import type { TaggerModel } from '../tagger/model.js';
import type { LabelledDoc } from './dataset.js';

/** Exact-span counts of a model on labelled documents, per CoNLL type ('' = all), and the tokens tagged. */
export function evaluateTagger(model: TaggerModel, lexicon: TokenLexicon, docs: readonly LabelledDoc[]): {
  counts: Map<string, SpanCounts>; tokens: number; ms: number;
} {
  const counts = new Map<string, SpanCounts>();
  let tokens = 0;
  let ms = 0;
  for (const d of docs) {
    const t0 = performance.now();
    const spans = tagDocument(d.doc, model, lexicon);
    ms += performance.now() - t0;
    tokens += d.doc.tokens.length;
    const predicted: TypedSpan[] = spans.map((s) => ({
      type: TAG_TYPES[s.type]!, start: d.doc.tokens[s.start]!.start, end: d.doc.tokens[s.end - 1]!.end,
    }));
    countSpans(d.gold, predicted, counts);
  }
  return { counts, tokens, ms };
}
