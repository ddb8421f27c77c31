import { BIAS_FEATURE } from './features.js';
import { N_LABELS } from './labels.js';
import type { TaggerModel } from './model.js';

const L = N_LABELS;
/** Words per slot of the table: the hash, then up to INLINE weights. */
const SLOT = 4;
const INLINE = SLOT - 1;
/** Marks a packed weight (so that it is never 0, which ends a row). */
const PRESENT = 1 << 21;

/** A weight with its label in one positive integer: PRESENT | label << 16 | the weight in 16 bits. */
const pack = (label: number, q: number): number => PRESENT | (label << 16) | (q & 0xffff);

/**
 * The weights of one trained model as the tagger reads them. Weights are
 * quantized to 16 bits (as the model file stores them) and packed with their
 * label; an open-addressing table holds, in one slot of four 32-bit words,
 * a feature's hash and up to three weights (most features have no more), so
 * that finding a feature and reading its weights touches one cache line; a
 * row with more weights lies in a second array. A bit filter, small enough to
 * stay in the processor's cache, answers most lookups of absent features
 * (most word pairs) without touching the table. The bias feature, which
 * every token has, is folded into the transitions. Built once, then read-only.
 */
export class WeightTable {
  /** (N_LABELS + 1) x N_LABELS transition weights, the bias added to every transition into a label. */
  readonly trans: Float64Array;
  readonly #table: Int32Array;
  readonly #mask: number;
  /** Packed weights of the rows with more than INLINE. */
  readonly #rows: Int32Array;
  readonly #scale: number;
  readonly #filter: Int32Array;
  readonly #filterShift: number;

  constructor(m: TaggerModel) {
    this.trans = Float64Array.from(m.trans);
    const bias = m.keys.indexOf(BIAS_FEATURE);
    if (bias >= 0) for (let a = 0; a <= L; a++) for (let b = 0; b < L; b++) this.trans[a * L + b]! += m.weights[bias * L + b]!;
    let max = 0;
    for (let j = 0; j < m.weights.length; j++) if (Math.floor(j / L) !== bias) max = Math.max(max, Math.abs(m.weights[j]!));
    this.#scale = max > 0 ? max / 32767 : 1;
    const quantized = (r: number, l: number) => Math.round(m.weights[r * L + l]! / this.#scale);
    const rows: number[] = [];
    let overflow = 0;
    for (let r = 0; r < m.keys.length; r++) {
      if (r === bias) continue;
      let c = 0;
      for (let l = 0; l < L; l++) if (quantized(r, l) !== 0) c++;
      if (c === 0) continue;
      rows.push(r);
      if (c > INLINE) overflow += c;
    }
    let cap = 1024;
    while (cap < rows.length * 1.5) cap *= 2;
    this.#mask = cap - 1;
    this.#table = new Int32Array(cap * SLOT);
    this.#rows = new Int32Array(overflow);
    // About 16 filter bits per feature (1 in 16 absent features gets past it), indexed by the hash's high bits.
    let bits = 1 << 16;
    while (bits < rows.length * 16 && bits < 1 << 24) bits *= 2;
    this.#filterShift = 32 - Math.log2(bits);
    this.#filter = new Int32Array(bits >> 5);
    let j = 0;
    const packed: number[] = [];
    for (const r of rows) {
      packed.length = 0;
      for (let l = 0; l < L; l++) {
        const q = quantized(r, l);
        if (q !== 0) packed.push(pack(l, q));
      }
      const key = m.keys[r]!;
      let s = key & this.#mask;
      while (this.#table[s * SLOT] !== 0) s = (s + 1) & this.#mask;
      const t = s * SLOT;
      this.#table[t] = key | 0;
      if (packed.length <= INLINE) {
        for (let k = 0; k < packed.length; k++) this.#table[t + 1 + k] = packed[k]!;
      } else {
        // A row elsewhere: minus (its start + 1), then its length.
        this.#table[t + 1] = -j - 1;
        this.#table[t + 2] = packed.length;
        for (const p of packed) this.#rows[j++] = p;
      }
      const f = key >>> this.#filterShift;
      this.#filter[f >> 5]! |= 1 << (f & 31);
    }
    Object.freeze(this);
  }

  /** Add the weights of feature `hash` (if the model has it) to out[offset .. offset + N_LABELS). */
  add(hash: number, out: Float64Array, offset: number): void {
    const f = hash >>> this.#filterShift;
    if ((this.#filter[f >> 5]! & (1 << (f & 31))) === 0) return;
    const table = this.#table;
    const key = hash | 0;
    let t = (hash & this.#mask) * SLOT;
    for (;;) {
      const k = table[t]!;
      if (k === key) break;
      if (k === 0) return;
      t = (t + SLOT) & (this.#mask * SLOT + SLOT - 1);
    }
    const scale = this.#scale;
    const w1 = table[t + 1]!;
    if (w1 > 0) {
      out[offset + ((w1 >> 16) & 31)]! += scale * ((w1 << 16) >> 16);
      const w2 = table[t + 2]!;
      if (w2 === 0) return;
      out[offset + ((w2 >> 16) & 31)]! += scale * ((w2 << 16) >> 16);
      const w3 = table[t + 3]!;
      if (w3 === 0) return;
      out[offset + ((w3 >> 16) & 31)]! += scale * ((w3 << 16) >> 16);
      return;
    }
    const rows = this.#rows;
    const start = -w1 - 1;
    const stop = start + table[t + 2]!;
    for (let j = start; j < stop; j++) {
      const w = rows[j]!;
      out[offset + ((w >> 16) & 31)]! += scale * ((w << 16) >> 16);
    }
  }
}
