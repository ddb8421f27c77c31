import type { Doc } from '../../doc/types.js';
import { documentFeatures } from './document-features.js';
import { extractFeatures, type DocFeatures } from './features.js';
import { labelsToSpans, N_LABELS, type LabelSpan } from './labels.js';
import type { TokenLexicon } from './lexicon.js';
import type { TaggerModel } from './model.js';
import { viterbi } from './viterbi.js';
import type { WordScores, WordVector } from './word-scores.js';
import { Role } from './words.js';

/** One stage of the tagger: a model and its word weights summed per word. */
export interface Stage {
  readonly model: TaggerModel;
  readonly words: WordScores;
}

/**
 * Labels of every token under one stage: the weights of the context features
 * (`feats`, plus `extra` when given), the summed word weights of each token
 * and of its neighbours, and Viterbi decoding per paragraph.
 */
export function decodeLabels(doc: Doc, stage: Stage, feats: DocFeatures, extra: DocFeatures | null, out: Uint8Array): void {
  const L = N_LABELS;
  const { model, words } = stage;
  const cache = new Map<string, WordVector>();
  const vecs = doc.tokens.map((t) => words.get(t.text, t.lower, cache));
  let longest = 0;
  for (const u of feats.units) longest = Math.max(longest, u.end - u.start);
  const em = new Float64Array(longest * L);
  for (const u of feats.units) {
    const n = u.end - u.start;
    em.fill(0, 0, n * L);
    model.addEmissions(feats, u, em);
    if (extra) model.addEmissions(extra, u, em);
    for (let i = u.start; i < u.end; i++) {
      const o = (i - u.start) * L;
      const self = vecs[i]!;
      const m1 = i > u.start ? vecs[i - 1]! : words.bos;
      const p1 = i + 1 < u.end ? vecs[i + 1]! : words.eos;
      const m2 = i - 2 >= u.start ? vecs[i - 2]! : words.bos;
      const p2 = i + 2 < u.end ? vecs[i + 2]! : words.eos;
      for (let l = 0; l < L; l++) {
        em[o + l]! += self[Role.Self * L + l]! + m1[Role.Left1 * L + l]! + p1[Role.Right1 * L + l]!
          + m2[Role.Left2 * L + l]! + p2[Role.Right2 * L + l]!;
      }
    }
    viterbi(em, n, model.trans, out.subarray(u.start, u.end));
  }
}

/**
 * Tag a document: the first stage labels every token; when a second stage is
 * given, it labels again with document-level features from the first stage's
 * labels. Returns entity spans over token indices of `doc.tokens`, with the
 * tag type index (see TAG_TYPES).
 */
export function tagDocument(doc: Doc, lexicon: TokenLexicon, stage1: Stage, stage2: Stage | null): LabelSpan[] {
  const feats = extractFeatures(doc, lexicon, false);
  const labels = new Uint8Array(doc.tokens.length);
  decodeLabels(doc, stage1, feats, null, labels);
  if (stage2) decodeLabels(doc, stage2, feats, documentFeatures(doc, feats, labels), labels);
  const out: LabelSpan[] = [];
  for (const u of feats.units) {
    for (const s of labelsToSpans(labels.subarray(u.start, u.end))) {
      out.push({ type: s.type, start: u.start + s.start, end: u.start + s.end });
    }
  }
  return out;
}
