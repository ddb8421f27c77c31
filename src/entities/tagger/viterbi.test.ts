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

describe('viterbi over a part of a paragraph', () => {
  it('decodes the tokens between two O tokens as the whole paragraph does', () => {
    // Seeded pseudo-random emissions and transitions; tokens 3 and 9 strongly O.
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 4 - 2;
    const n = 14;
    const em = new Float64Array(n * L).map(rand);
    const trans = new Float64Array((L + 1) * L).map(rand);
    for (const k of [3, 9]) em[k * L] = 100;
    const whole = new Uint8Array(n);
    viterbi(em, n, trans, whole);
    expect(whole[3]).toBe(0);
    expect(whole[9]).toBe(0);
    const parts = new Uint8Array(n);
    viterbi(em, 3, trans, parts.subarray(0, 3), L, 0, undefined, L, 0);
    viterbi(em.subarray(4 * L), 5, trans, parts.subarray(4, 9), L, 0, undefined, 0, 0);
    viterbi(em.subarray(10 * L), 4, trans, parts.subarray(10), L, 0, undefined, 0, -1);
    expect(Array.from(parts)).toEqual(Array.from(whole));
  });
});

describe('viterbi against every sequence', () => {
  it.each([1, 2, 3, 4])('finds the best well-formed sequence of %i tokens', (seed) => {
    let x = seed * 7919;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32) * 6 - 3;
    const n = 4;
    const em = new Float64Array(n * L).map(rand);
    const trans = new Float64Array((L + 1) * L).map(rand);
    const out = new Uint8Array(n);
    viterbi(em, n, trans, out);
    // Brute force over all L^n sequences.
    let best = -Infinity;
    let bestSeq: number[] = [];
    const seq = new Array<number>(n).fill(0);
    for (let code = 0; code < L ** n; code++) {
      let c = code;
      for (let i = n - 1; i >= 0; i--) { seq[i] = c % L; c = Math.floor(c / L); }
      if (!allowed(-1, seq[0]!) || !allowed(seq[n - 1]!, -1)) continue;
      let s = trans[L * L + seq[0]!]! + em[seq[0]!]!;
      let ok = true;
      for (let i = 1; i < n && ok; i++) {
        ok = allowed(seq[i - 1]!, seq[i]!);
        s += trans[seq[i - 1]! * L + seq[i]!]! + em[i * L + seq[i]!]!;
      }
      if (ok && s > best) { best = s; bestSeq = seq.slice(); }
    }
    expect(Array.from(out)).toEqual(bestSeq);
  });
});
