import { describe, expect, it } from 'vitest';
import { decodeEntityModel, encodeEntityModel } from './bundle.js';
import { labelName, N_LABELS } from './labels.js';
import { TaggerModel } from './model.js';

const L = N_LABELS;
const meta = { format: 1 as const, labels: Array.from({ length: L }, (_, l) => labelName(l)), trainedBy: { test: true } };

function model(): TaggerModel {
  const keys = Uint32Array.from([7, 3_000_000_000, 42, 99]);
  const weights = new Float32Array(keys.length * L);
  weights[0 * L + 1] = 2.5; weights[0 * L + 16] = -1.25;
  weights[1 * L + 0] = 10; weights[1 * L + 4] = -0.0001; // rounds to zero at this scale (10 / 32767 a step)
  weights[2 * L + 3] = -7.75;
  // row 3 all zero: dropped from the file
  const trans = Float64Array.from({ length: (L + 1) * L }, (_, j) => (j % 7) - 3);
  return new TaggerModel(meta, keys, weights, trans, ['Quito', 'said']);
}

describe('model file', () => {
  it('reads back what it wrote: sorted hashes, weights within quantization, transitions, vocabulary', () => {
    const m = model();
    const back = decodeEntityModel(encodeEntityModel({ stage1: m, stage2: null }));
    expect(back.stage2).toBeNull();
    const s = back.stage1;
    expect(Array.from(s.keys)).toEqual([7, 42, 3_000_000_000]);
    const row = (k: number) => Array.from(s.weights.subarray(s.keys.indexOf(k) * L, s.keys.indexOf(k) * L + L));
    const tolerance = 10 / 32767;
    expect(row(7)[1]).toBeCloseTo(2.5, 3);
    expect(row(7)[16]).toBeCloseTo(-1.25, 3);
    expect(Math.abs(row(42)[3]! + 7.75)).toBeLessThan(tolerance);
    expect(row(3_000_000_000)[0]).toBeCloseTo(10, 3);
    expect(row(3_000_000_000)[4]).toBe(0);
    expect(Array.from(s.trans)).toEqual(Array.from(m.trans));
    expect(s.vocabulary).toEqual(['Quito', 'said']);
    expect(s.meta.trainedBy).toEqual({ test: true });
  });

  it('keeps both stages, and encodes the same model to the same bytes', () => {
    const a = encodeEntityModel({ stage1: model(), stage2: model() });
    expect(a.equals(encodeEntityModel({ stage1: model(), stage2: model() }))).toBe(true);
    expect(decodeEntityModel(a).stage2?.keys.length).toBe(3);
  });

  it('refuses a file that is not a model', () => {
    expect(() => decodeEntityModel(Buffer.from('hello'))).toThrow(/not a newsgraph entity model/);
  });
});
