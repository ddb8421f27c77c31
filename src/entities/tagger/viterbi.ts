import { allowed, N_LABELS } from './labels.js';

const NEG = -1e30;
const L = N_LABELS;

/** For each label b: the labels that may precede it (BILOU well-formedness). */
const PRED: readonly Int32Array[] = Array.from({ length: L }, (_, b) =>
  Int32Array.from(Array.from({ length: L }, (_, a) => a).filter((a) => allowed(a, b))));
/** ALLOWED[a * L + b]: label b may follow a (row L: the start). */
const ALLOWED = Uint8Array.from({ length: (L + 1) * L }, (_, j) => (allowed(j < L * L ? Math.floor(j / L) : -1, j % L) ? 1 : 0));
const END_OK = Array.from({ length: L }, (_, a) => allowed(a, -1));

/**
 * Best label sequence for emission scores (token i, label l at
 * em[i * stride + offset + l]) and transition scores `trans`
 * ((N_LABELS + 1) x N_LABELS, row N_LABELS = from the start), among
 * well-formed BILOU sequences. Writes the labels into `out`. `scratch`
 * (n x N_LABELS at least) saves allocating per call. `from` is the label
 * before the first token (N_LABELS: the paragraph start), `to` the label
 * after the last (-1: the paragraph end), so that a part of a paragraph
 * between two tokens known to be O decodes as it would within the whole.
 */
export function viterbi(
  em: Float64Array, n: number, trans: ArrayLike<number>, out: Uint8Array, stride = L, offset = 0,
  scratch: { score: Float64Array; back: Uint8Array } = { score: new Float64Array(n * L), back: new Uint8Array(n * L) },
  from = L, to = -1,
): void {
  if (n === 0) return;
  const { score, back } = scratch;
  const startRow = from * L;
  for (let b = 0; b < L; b++) score[b] = ALLOWED[startRow + b] ? em[offset + b]! + trans[startRow + b]! : NEG;
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
    if (to < 0 ? !END_OK[a] : !ALLOWED[a * L + to]) continue;
    const s = score[last + a]! + (to < 0 ? 0 : trans[a * L + to]!);
    if (s > best) { best = s; arg = a; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}
