import { describe, expect, it } from 'vitest';
import { BIAS_FEATURE } from './features.js';
import { mix } from './hash.js';
import { labelName, N_LABELS } from './labels.js';
import { TaggerModel } from './model.js';
import { WeightTable } from './weights.js';

const L = N_LABELS;
const meta = { format: 1 as const, labels: Array.from({ length: L }, (_, l) => labelName(l)), trainedBy: { test: true } };

// Rows of 1, 3, 4 and 17 weights (inline in the slot, or in the second array), a row of zeros, and the bias.
const rows: Record<string, number[]> = {
  one: [0, 0, 0, 2.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  three: [-1, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0.5],
  four: [0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  dense: Array.from({ length: L }, (_, l) => l - 8.25),
  zero: new Array<number>(L).fill(0),
};
const keyOf = (name: string) => mix(7000, name.length * 31 + name.charCodeAt(0)) >>> 0;
const names = Object.keys(rows);
const keys = Uint32Array.from([...names.map(keyOf), BIAS_FEATURE]);
const weights = new Float32Array(keys.length * L);
names.forEach((n, r) => weights.set(rows[n]!, r * L));
weights.set(Array.from({ length: L }, (_, l) => (l === 0 ? 3 : -1)), names.length * L);
const trans = Float64Array.from({ length: (L + 1) * L }, (_, j) => j % 5);
const table = new WeightTable(new TaggerModel(meta, keys, weights, trans));
// Weights are quantized to 16 bits: steps of the largest weight (8.25) over 32767, each within half a step.
const tolerance = 8.25 / 32767 / 2 + 1e-9;

describe('WeightTable', () => {
  it.each(names)('adds the weights of a row of %s', (name) => {
    const out = new Float64Array(L + 2).fill(1);
    table.add(keyOf(name) | 0, out, 1);
    expect(out[0]).toBe(1);
    expect(out[L + 1]).toBe(1);
    for (let l = 0; l < L; l++) expect(Math.abs(out[1 + l]! - 1 - rows[name]![l]!)).toBeLessThanOrEqual(tolerance);
  });

  it('adds nothing for a feature it does not have', () => {
    const out = new Float64Array(L);
    for (let v = 0; v < 1000; v++) table.add(mix(9000, v), out, 0);
    expect(out.every((x) => x === 0)).toBe(true);
  });

  it('folds the bias feature into the transitions into each label', () => {
    expect(table.trans[0]).toBe(trans[0]! + 3);
    expect(table.trans[L * L + 5]).toBe(trans[L * L + 5]! - 1);
    const out = new Float64Array(L);
    table.add(BIAS_FEATURE, out, 0);
    expect(out.every((x) => x === 0)).toBe(true);
  });
});
