import { allowed, N_LABELS } from './labels.js';

const NEG = -1e30;

/** Transition mask: 0 where label b may follow a, -inf where not (BILOU well-formedness). Row N_LABELS is the start. */
export const TRANSITION_MASK: Float64Array = (() => {
  const m = new Float64Array((N_LABELS + 1) * N_LABELS);
  for (let a = -1; a < N_LABELS; a++) {
    for (let b = 0; b < N_LABELS; b++) m[(a < 0 ? N_LABELS : a) * N_LABELS + b] = allowed(a, b) ? 0 : NEG;
  }
  return m;
})();
const END_OK = Array.from({ length: N_LABELS }, (_, a) => allowed(a, -1));

/**
 * Best label sequence for emission scores `em` (n x N_LABELS) and learned
 * transition scores `trans` ((N_LABELS + 1) x N_LABELS, last row = start),
 * under BILOU constraints. Writes the labels into `out`.
 */
export function viterbi(em: Float64Array, n: number, trans: ArrayLike<number>, out: Uint8Array): void {
  const L = N_LABELS;
  if (n === 0) return;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  const startRow = L * L;
  for (let b = 0; b < L; b++) score[b] = em[b]! + trans[startRow + b]! + TRANSITION_MASK[startRow + b]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let b = 0; b < L; b++) {
      let best = NEG * 2;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        const s = score[prev + a]! + trans[a * L + b]! + TRANSITION_MASK[a * L + b]!;
        if (s > best) { best = s; arg = a; }
      }
      score[cur + b] = best + em[cur + b]!;
      back[cur + b] = arg;
    }
  }
  let best = NEG * 2;
  let arg = 0;
  const last = (n - 1) * L;
  for (let a = 0; a < L; a++) {
    const s = score[last + a]! + (END_OK[a] ? 0 : NEG);
    if (s > best) { best = s; arg = a; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}
