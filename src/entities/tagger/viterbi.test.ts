import { describe, expect, it } from 'vitest';
import { allowed, labelName, N_LABELS } from './labels.js';
import { viterbi } from './viterbi.js';

const L = N_LABELS;
const emissions = (rows: Record<number, number>[]) => {
  const em = new Float64Array(rows.length * L);
  rows.forEach((r, i) => { for (const [l, v] of Object.entries(r)) em[i * L + Number(l)] = v; });
  return em;
};

describe('viterbi', () => {
  it('follows the emissions when they form a well-formed sequence', () => {
    const out = new Uint8Array(3);
    viterbi(emissions([{ 1: 5 }, { 3: 5 }, { 0: 5 }]), 3, new Float64Array((L + 1) * L), out);
    expect(Array.from(out, labelName)).toEqual(['B-PER', 'L-PER', 'O']);
  });

  it('never returns an ill-formed sequence, even when the emissions prefer one', () => {
    const out = new Uint8Array(3);
    // I-PER first, then L-ORG after B-PER: both impossible.
    viterbi(emissions([{ 2: 9, 4: 1 }, { 7: 9, 0: 1 }, { 3: 9, 0: 1 }]), 3, new Float64Array((L + 1) * L), out);
    expect(allowed(-1, out[0]!)).toBe(true);
    for (let i = 1; i < 3; i++) expect(allowed(out[i - 1]!, out[i]!)).toBe(true);
    expect(allowed(out[2]!, -1)).toBe(true);
  });

  it('weighs transitions against emissions', () => {
    const trans = new Float64Array((L + 1) * L);
    const out = new Uint8Array(2);
    const em = emissions([{ 4: 2, 1: 1.5 }, { 4: 2, 3: 1.5 }]);
    viterbi(em, 2, trans, out);
    expect(Array.from(out, labelName)).toEqual(['U-PER', 'U-PER']);
    trans[1 * L + 3] = 5; // B-PER -> L-PER strongly preferred
    viterbi(em, 2, trans, out);
    expect(Array.from(out, labelName)).toEqual(['B-PER', 'L-PER']);
  });

  it('reads emissions with a stride and an offset', () => {
    const em = new Float64Array(2 * 2 * L);
    em[L + 4] = 3; // token 0, second block: U-PER
    em[2 * L + L + 0] = 3; // token 1, second block: O
    const out = new Uint8Array(2);
    viterbi(em, 2, new Float64Array((L + 1) * L), out, 2 * L, L);
    expect(Array.from(out, labelName)).toEqual(['U-PER', 'O']);
  });
});
