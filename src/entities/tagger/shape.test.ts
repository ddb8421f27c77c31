import { describe, expect, it } from 'vitest';
import { hashString } from './hash.js';
import { caseOf, longShape, longShapeHash, shortShape, shortShapeHash } from './shape.js';

describe('word shapes', () => {
  it.each([
    ['Putin', 'Xxxxx', 'Xx', 2],
    ['NATO', 'XXXX', 'X', 3],
    ['U.S.-based', 'X.X.-xxx+', 'X.X.-x', 4],
    ['1,250', 'd,ddd', 'd,d', 0],
    ['Zelenskyy’s', 'Xxxxxxxx+', 'Xx’x', 2],
    ['Ålesund', 'Xxxxxxx', 'Xx', 2],
    ['iPhone', 'xXxxxx', 'xXx', 4],
    ['a', 'x', 'x', 1],
  ])('%s: long %s, short %s, case %i; the hashes are those of the shapes', (word, long, short, c) => {
    expect(longShape(word)).toBe(long);
    expect(shortShape(word)).toBe(short);
    expect(caseOf(word)).toBe(c);
    expect(longShapeHash(word)).toBe(hashString(long));
    expect(shortShapeHash(word)).toBe(hashString(short));
  });
});
