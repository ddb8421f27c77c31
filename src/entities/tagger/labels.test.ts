import { describe, expect, it } from 'vitest';
import { allowed, labelName, labelsToSpans, N_LABELS, spansToLabels } from './labels.js';

describe('BILOU labels', () => {
  it('names labels', () => {
    expect(Array.from({ length: N_LABELS }, (_, l) => labelName(l))).toEqual([
      'O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-ORG', 'I-ORG', 'L-ORG', 'U-ORG',
      'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC', 'B-MISC', 'I-MISC', 'L-MISC', 'U-MISC',
    ]);
  });

  it('turns spans into labels and back', () => {
    const spans = [{ type: 0, start: 0, end: 2 }, { type: 2, start: 3, end: 4 }, { type: 3, start: 4, end: 7 }];
    const labels = spansToLabels(8, spans);
    expect(Array.from(labels, labelName)).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'B-MISC', 'I-MISC', 'L-MISC', 'O']);
    expect(labelsToSpans(labels)).toEqual(spans);
  });

  it('reads ill-formed sequences without losing tokens', () => {
    // I-PER I-PER O: an entity opened by I; B-ORG then end: an entity closed by the end.
    expect(labelsToSpans([2, 2, 0, 5])).toEqual([{ type: 0, start: 0, end: 2 }, { type: 1, start: 3, end: 4 }]);
  });

  it.each([
    [-1, 1, true], [-1, 2, false], [1, 2, true], [1, 3, true], [1, 6, false], [1, 0, false],
    [3, 0, true], [4, 1, true], [2, -1, false], [4, -1, true], [0, 3, false],
  ])('allows %i -> %i: %s', (a, b, ok) => {
    expect(allowed(a, b)).toBe(ok);
  });
});
