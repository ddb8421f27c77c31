import { allowed, N_LABELS } from './labels.js';

const NEG = -1e30;
const L = N_LABELS;

/**
 * The labels that may follow a closed label (O, L-x, U-x) or start a
 * paragraph: O, B-x, U-x; their predecessors are the closed labels. I-x and
 * L-x follow B-x or I-x of the same type. The recursion below is written
 * out for this layout (O, then B I L U per type).
 */
const OPENERS = Int32Array.from({ length: L }, (_, b) => b).filter((b) => allowed(-1, b));
const CLOSED = Int32Array.from({ length: L }, (_, a) => a).filter((a) => allowed(a, -1));
const N_TYPES = (L - 1) / 4;
if (OPENERS.join() !== '0,1,4,5,8,9,12,13,16' || CLOSED.join() !== '0,3,4,7,8,11,12,15,16') throw new Error('viterbi: unexpected label layout');
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
    const p = (i - 1) * L;
    const cur = i * L;
    const e = i * stride + offset;
    // A label opening an entity or O: the best closed predecessor (ties to the lowest label).
    const s0 = score[p]!, s3 = score[p + 3]!, s4 = score[p + 4]!, s7 = score[p + 7]!, s8 = score[p + 8]!;
    const s11 = score[p + 11]!, s12 = score[p + 12]!, s15 = score[p + 15]!, s16 = score[p + 16]!;
    for (let k = 0; k < OPENERS.length; k++) {
      const b = OPENERS[k]!;
      let best = s0 + trans[b]!;
      let arg = 0;
      let v = s3 + trans[3 * L + b]!; if (v > best) { best = v; arg = 3; }
      v = s4 + trans[4 * L + b]!; if (v > best) { best = v; arg = 4; }
      v = s7 + trans[7 * L + b]!; if (v > best) { best = v; arg = 7; }
      v = s8 + trans[8 * L + b]!; if (v > best) { best = v; arg = 8; }
      v = s11 + trans[11 * L + b]!; if (v > best) { best = v; arg = 11; }
      v = s12 + trans[12 * L + b]!; if (v > best) { best = v; arg = 12; }
      v = s15 + trans[15 * L + b]!; if (v > best) { best = v; arg = 15; }
      v = s16 + trans[16 * L + b]!; if (v > best) { best = v; arg = 16; }
      score[cur + b] = best + em[e + b]!;
      back[cur + b] = arg;
    }
    // I-x and L-x: after B-x or I-x.
    for (let t = 0; t < N_TYPES; t++) {
      const bl = 1 + 4 * t;
      const il = bl + 1;
      const sb = score[p + bl]!;
      const si = score[p + il]!;
      for (let b = il; b <= il + 1; b++) {
        const vb = sb + trans[bl * L + b]!;
        const vi = si + trans[il * L + b]!;
        if (vi > vb) { score[cur + b] = vi + em[e + b]!; back[cur + b] = il; } else { score[cur + b] = vb + em[e + b]!; back[cur + b] = bl; }
      }
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
