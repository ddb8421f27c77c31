import type { Doc } from '../../doc/types.js';
import { countSpans, type SpanCounts, type TypedSpan } from '../conll/score.js';
import { tagDocument, type Stage } from '../tagger/tag.js';
import { TAG_TYPES } from '../tagger/labels.js';
import type { TokenLexicon } from '../tagger/lexicon.js';
import type { TaggerModel } from '../tagger/model.js';
import { WordScores } from '../tagger/word-scores.js';
import type { LabelledDoc } from './dataset.js';

/** A model ready to tag, its word weights summed for its vocabulary. */
export function stageOf(model: TaggerModel, lexicon: TokenLexicon): Stage {
  return { model, words: new WordScores(model, lexicon, model.vocabulary) };
}

/** Exact-span counts of a tagger on labelled documents, per CoNLL type ('' = all), and the tokens tagged. */
export function evaluateTagger(lexicon: TokenLexicon, stage1: Stage, stage2: Stage | null, docs: readonly LabelledDoc[]): {
  counts: Map<string, SpanCounts>; tokens: number; ms: number;
} {
  const counts = new Map<string, SpanCounts>();
  let tokens = 0;
  let ms = 0;
  for (const d of docs) {
    const t0 = performance.now();
    const spans = tagDocument(d.doc, lexicon, stage1, stage2);
    ms += performance.now() - t0;
    tokens += d.doc.tokens.length;
    countSpans(d.gold, toCharSpans(d.doc, spans), counts);
  }
  return { counts, tokens, ms };
}

export function toCharSpans(doc: Doc, spans: readonly { type: number; start: number; end: number }[]): TypedSpan[] {
  return spans.map((s) => ({ type: TAG_TYPES[s.type]!, start: doc.tokens[s.start]!.start, end: doc.tokens[s.end - 1]!.end }));
}
