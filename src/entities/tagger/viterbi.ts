import { allowed, N_LABELS } from './labels.js';

const NEG = -1e30;
const L = N_LABELS;

/** For each label b: the labels that may precede it (BILOU well-formedness). */
const PRED: readonly Int32Array[] = Array.from({ length: L }, (_, b) =>
  Int32Array.from(Array.from({ length: L }, (_, a) => a).filter((a) => allowed(a, b))));
const START_OK = Array.from({ length: L }, (_, b) => allowed(-1, b));
const END_OK = Array.from({ length: L }, (_, a) => allowed(a, -1));

/**
 * Best label sequence for emission scores (token i, label l at
 * em[i * stride + offset + l]) and transition scores `trans`
 * ((N_LABELS + 1) x N_LABELS, row N_LABELS = from the start), among
 * well-formed BILOU sequences. Writes the labels into `out`. `scratch`
 * (n x N_LABELS at least) saves allocating per call.
 */
export function viterbi(
  em: Float64Array, n: number, trans: ArrayLike<number>, out: Uint8Array, stride = L, offset = 0,
  scratch: { score: Float64Array; back: Uint8Array } = { score: new Float64Array(n * L), back: new Uint8Array(n * L) },
): void {
  if (n === 0) return;
  const { score, back } = scratch;
  const startRow = L * L;
  for (let b = 0; b < L; b++) score[b] = START_OK[b] ? em[offset + b]! + trans[startRow + b]! : NEG;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let b = 0; b < L; b++) {
      const pred = PRED[b]!;
      let best = NEG * 2;
      let arg = 0;
      for (let j = 0; j < pred.length; j++) {
        const a = pred[j]!;
        const s = score[prev + a]! + trans[a * L + b]!;
        if (s > best) { best = s; arg = a; }
      }
      score[cur + b] = best + em[i * stride + offset + b]!;
      back[cur + b] = arg;
    }
  }
  let best = NEG * 2;
  let arg = 0;
  const last = (n - 1) * L;
  for (let a = 0; a < L; a++) {
    if (!END_OK[a]) continue;
    const s = score[last + a]!;
    if (s > best) { best = s; arg = a; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}
