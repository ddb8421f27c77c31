import { describe, expect, it } from 'vitest';
import { WordFilter } from './word-filter.js';

describe('WordFilter', () => {
  const f = new WordFilter(['attack', 'attacked', 'protest', 'must', 'x']);
  it('says yes for every word of the set', () => {
    for (const w of ['attack', 'attacked', 'protest', 'must', 'x']) expect(f.has(w), w).toBe(true);
  });
  it('says no for words that are not in it, even when the first test passes', () => {
    for (const w of ['', 'attach', 'table', 'mist', 'y', 'protests']) expect(f.has(w), w).toBe(false);
    expect(f.mayHave('mist')).toBe(true); // same length, first and last letters as "must"
    expect(f.mayHave('table')).toBe(false);
  });
});
