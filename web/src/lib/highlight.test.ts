import { describe, expect, it } from 'vitest';
import { pieces } from './highlight.js';

// "Police detained 14 people. They were freed." — sentences [0,26) and [27,43).
const SENTENCES = [{ start: 0, end: 26 }, { start: 27, end: 43 }];

describe('pieces', () => {
  it.each([
    ['no marks: one piece per sentence, and the gap between', [], [[0, 26, 0, []], [26, 27, -1, []], [27, 43, 1, []]]],
    ['one mark inside a sentence', [{ start: 7, end: 15 }], [[0, 7, 0, []], [7, 15, 0, [0]], [15, 26, 0, []], [26, 27, -1, []], [27, 43, 1, []]]],
    ['nested marks (an event clause holding a figure)', [{ start: 0, end: 25 }, { start: 16, end: 18 }],
      [[0, 16, 0, [0]], [16, 18, 0, [0, 1]], [18, 25, 0, [0]], [25, 26, 0, []], [26, 27, -1, []], [27, 43, 1, []]]],
    ['overlapping marks', [{ start: 0, end: 15 }, { start: 7, end: 25 }],
      [[0, 7, 0, [0]], [7, 15, 0, [0, 1]], [15, 25, 0, [1]], [25, 26, 0, []], [26, 27, -1, []], [27, 43, 1, []]]],
    ['a mark across two sentences is cut at the boundary', [{ start: 20, end: 31 }],
      [[0, 20, 0, []], [20, 26, 0, [0]], [26, 27, -1, [0]], [27, 31, 1, [0]], [31, 43, 1, []]]],
    ['marks given twice, and out of order', [{ start: 16, end: 18 }, { start: 7, end: 15 }, { start: 16, end: 18 }],
      [[0, 7, 0, []], [7, 15, 0, [1]], [15, 16, 0, []], [16, 18, 0, [0, 2]], [18, 26, 0, []], [26, 27, -1, []], [27, 43, 1, []]]],
    ['a mark past the end of the text is cut to it', [{ start: 40, end: 99 }], [[0, 26, 0, []], [26, 27, -1, []], [27, 40, 1, []], [40, 43, 1, [0]]]],
  ])('%s', (_what, marks, expected) => {
    expect(pieces(43, SENTENCES, marks).map((p) => [p.start, p.end, p.sentence, p.marks])).toEqual(expected);
  });

  it('covers the text exactly, piece after piece', () => {
    const ps = pieces(43, SENTENCES, [{ start: 3, end: 30 }, { start: 10, end: 12 }]);
    expect(ps[0]!.start).toBe(0);
    expect(ps[ps.length - 1]!.end).toBe(43);
    for (let i = 1; i < ps.length; i++) expect(ps[i]!.start).toBe(ps[i - 1]!.end);
  });
});
