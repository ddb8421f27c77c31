import type { DocFeatures } from '../tagger/features.js';
import { N_LABELS } from '../tagger/labels.js';
import { viterbi } from '../tagger/viterbi.js';
import { rng } from '../../seeded-random.js';

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Drop features seen fewer times than this in the training data. */
  readonly minCount: number;
  /** Called after each epoch with the averaged weights so far (for progress and dev scores). */
  readonly onEpoch?: (epoch: number, weights: TrainedWeights) => void;
}

/** One training document: the hashes of every feature of each token (word features included) and the gold labels. */
export interface Example {
  readonly feats: DocFeatures;
  readonly labels: Uint8Array;
}

export interface TrainedWeights {
  readonly keys: Uint32Array;
  /** keys.length x N_LABELS, averaged. */
  readonly weights: Float32Array;
  readonly trans: Float64Array;
}

/**
 * Structured averaged perceptron (Collins 2002) with first-order Viterbi
 * decoding under BILOU constraints, one paragraph at a time in a seeded
 * random order. Deterministic for the same examples and options.
 */
export function trainPerceptron(examples: readonly Example[], opts: TrainOptions): TrainedWeights {
  const L = N_LABELS;
  // Index the features that fire in the training data, keeping those seen minCount times.
  const counts = new Map<number, number>();
  for (const e of examples) for (const h of e.feats.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  const keyList: number[] = [];
  for (const [h, c] of counts) {
    if (c < opts.minCount) continue;
    index.set(h, keyList.length);
    keyList.push(h);
  }
  counts.clear();
  const idx = examples.map((e) => Int32Array.from(e.feats.hashes, (h) => index.get(h) ?? -1));
  index.clear();
  const F = keyList.length;
  const W = new Float64Array(F * L);
  const U = new Float64Array(F * L);
  const TR = new Float64Array((L + 1) * L);
  const TU = new Float64Array((L + 1) * L);
  const work: [number, number][] = [];
  examples.forEach((e, d) => e.feats.units.forEach((_, u) => work.push([d, u])));
  let longest = 0;
  for (const e of examples) for (const u of e.feats.units) longest = Math.max(longest, u.end - u.start);
  const em = new Float64Array(longest * L);
  const pred = new Uint8Array(longest);
  const random = rng(opts.seed);
  let c = 1;

  const averaged = (): TrainedWeights => {
    const weights = new Float32Array(F * L);
    for (let j = 0; j < F * L; j++) weights[j] = W[j]! - U[j]! / c;
    const trans = new Float64Array((L + 1) * L);
    for (let j = 0; j < trans.length; j++) trans[j] = TR[j]! - TU[j]! / c;
    return { keys: Uint32Array.from(keyList), weights, trans };
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let j = work.length - 1; j > 0; j--) {
      const r = Math.floor(random() * (j + 1));
      [work[j], work[r]] = [work[r]!, work[j]!];
    }
    for (const [d, u] of work) {
      const { feats, labels } = examples[d]!;
      const ix = idx[d]!;
      const unit = feats.units[u]!;
      const n = unit.end - unit.start;
      em.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const o = i * L;
        for (let k = feats.offsets[unit.start + i]!; k < feats.offsets[unit.start + i + 1]!; k++) {
          const f = ix[k]!;
          if (f < 0) continue;
          const base = f * L;
          for (let l = 0; l < L; l++) em[o + l]! += W[base + l]!;
        }
      }
      viterbi(em, n, TR, pred);
      let prevGold = L;
      let prevPred = L;
      for (let i = 0; i < n; i++) {
        const g = labels[unit.start + i]!;
        const q = pred[i]!;
        if (g !== q) {
          for (let k = feats.offsets[unit.start + i]!; k < feats.offsets[unit.start + i + 1]!; k++) {
            const f = ix[k]!;
            if (f < 0) continue;
            W[f * L + g]! += 1; U[f * L + g]! += c;
            W[f * L + q]! -= 1; U[f * L + q]! -= c;
          }
        }
        if (g !== q || prevGold !== prevPred) {
          TR[prevGold * L + g]! += 1; TU[prevGold * L + g]! += c;
          TR[prevPred * L + q]! -= 1; TU[prevPred * L + q]! -= c;
        }
        prevGold = g;
        prevPred = q;
      }
      c++;
    }
    opts.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
