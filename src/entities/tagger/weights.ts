import { BIAS_FEATURE } from './features.js';
import { N_LABELS } from './labels.js';
import type { TaggerModel } from './model.js';

/**
 * The weights of one trained model as the tagger reads them: an
 * open-addressing table of [hash, code] pairs pointing into one array of
 * weights, rows with many weights stored dense (no label indirection when
 * adding), the others sparse. The bias feature, which every token has, is
 * folded into the transitions. Built once, then read-only.
 */
export class WeightTable {
  /** (N_LABELS + 1) x N_LABELS transition weights, the bias added to every transition into a label. */
  readonly trans: Float64Array;
  readonly #table: Int32Array;
  readonly #mask: number;
  readonly #labels: Uint8Array;
  readonly #values: Float32Array;

  constructor(m: TaggerModel) {
    const L = N_LABELS;
    this.trans = Float64Array.from(m.trans);
    const bias = m.keys.indexOf(BIAS_FEATURE);
    if (bias >= 0) for (let a = 0; a <= L; a++) for (let b = 0; b < L; b++) this.trans[a * L + b]! += m.weights[bias * L + b]!;
    // code >= 0: a sparse row at code >> 6 of code & 63 weights; code < 0: a dense row at -code - 1.
    const counts = new Uint8Array(m.keys.length);
    for (let j = 0; j < m.weights.length; j++) if (m.weights[j] !== 0) counts[(j / L) | 0]!++;
    const rows: number[] = [];
    let size = 0;
    for (let r = 0; r < m.keys.length; r++) {
      const c = counts[r]!;
      if (r === bias || c === 0) continue;
      rows.push(r);
      size += c * 2 >= L ? L : c;
    }
    this.#labels = new Uint8Array(size);
    this.#values = new Float32Array(size);
    let cap = 1024;
    while (cap < rows.length * 1.5) cap *= 2;
    this.#mask = cap - 1;
    this.#table = new Int32Array(cap * 2);
    let j = 0;
    for (const r of rows) {
      const c = counts[r]!;
      let code: number;
      if (c * 2 >= L) {
        code = -j - 1;
        for (let l = 0; l < L; l++) this.#values[j + l] = m.weights[r * L + l]!;
        j += L;
      } else {
        code = j * 64 + c;
        for (let l = 0; l < L; l++) {
          const v = m.weights[r * L + l]!;
          if (v !== 0) { this.#labels[j] = l; this.#values[j] = v; j++; }
        }
      }
      const key = m.keys[r]!;
      let s = key & this.#mask;
      while (this.#table[2 * s] !== 0) s = (s + 1) & this.#mask;
      this.#table[2 * s] = key | 0;
      this.#table[2 * s + 1] = code;
    }
    Object.freeze(this);
  }

  /** Add the weights of feature `hash` (if the model has it) to out[offset .. offset + N_LABELS). */
  add(hash: number, out: Float64Array, offset: number): void {
    const table = this.#table;
    const key = hash | 0;
    let s = hash & this.#mask;
    for (;;) {
      const k = table[2 * s]!;
      if (k === key) break;
      if (k === 0) return;
      s = (s + 1) & this.#mask;
    }
    const code = table[2 * s + 1]!;
    const values = this.#values;
    if (code < 0) {
      const base = -code - 1;
      for (let l = 0; l < N_LABELS; l++) out[offset + l]! += values[base + l]!;
      return;
    }
    const labels = this.#labels;
    const start = code >> 6;
    const stop = start + (code & 63);
    for (let j = start; j < stop; j++) out[offset + labels[j]!]! += values[j]!;
  }

  /** Add the weights of every feature of tokens [start, end) of `hashes`/`offsets` to `em` (row i - start). */
  addAll(hashes: Uint32Array, offsets: Uint32Array, start: number, end: number, em: Float64Array): void {
    for (let i = start; i < end; i++) {
      const o = (i - start) * N_LABELS;
      const stop = offsets[i + 1]!;
      for (let k = offsets[i]!; k < stop; k++) this.add(hashes[k]!, em, o);
    }
  }
}
