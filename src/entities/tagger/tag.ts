import type { Doc } from '../../doc/types.js';
import { extractFeatures } from './features.js';
import { labelsToSpans, N_LABELS, type LabelSpan } from './labels.js';
import type { TokenLexicon } from './lexicon.js';
import type { TaggerModel } from './model.js';
import { viterbi } from './viterbi.js';

/**
 * Tag a document: features, emission scores and Viterbi decoding per
 * paragraph. Returns entity spans over token indices of `doc.tokens`, with
 * the tag type index (see TAG_TYPES).
 */
export function tagDocument(doc: Doc, model: TaggerModel, lexicon: TokenLexicon): LabelSpan[] {
  const feats = extractFeatures(doc, lexicon);
  let longest = 0;
  for (const u of feats.units) longest = Math.max(longest, u.end - u.start);
  const em = new Float64Array(longest * N_LABELS);
  const labels = new Uint8Array(longest);
  const out: LabelSpan[] = [];
  for (const u of feats.units) {
    const n = u.end - u.start;
    model.emissions(feats, u, em);
    viterbi(em, n, model.trans, labels);
    for (const s of labelsToSpans(labels.subarray(0, n))) {
      out.push({ type: s.type, start: u.start + s.start, end: u.start + s.end });
    }
  }
  return out;
}
