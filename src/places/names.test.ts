import { describe, expect, it } from 'vitest';
import { nameKey, nameVariants, prefixKey } from './names.js';

describe('nameKey', () => {
  it.each([
    ['St. Petersburg', 'st. petersburg'],
    ['  Ivano\u2013Frankivsk ', 'ivano-frankivsk'],
    ['Côte d\u2019Ivoire', "côte d'ivoire"],
    ['New\n  York', 'new york'],
    ['KYIV', 'kyiv'],
  ])('%j -> %j', (raw, key) => expect(nameKey(raw)).toBe(key));
});

describe('prefixKey', () => {
  it.each([
    ['st. louis', 'st'],
    ['winston-salem', 'winston'],
    ['kyiv', 'kyiv'],
    ["n'djamena", 'n'],
  ])('%j -> %j', (key, prefix) => expect(prefixKey(key)).toBe(prefix));
});

describe('nameVariants', () => {
  it.each([
    ['Saint Petersburg', false, ['Saint Petersburg', 'St. Petersburg', 'St Petersburg']],
    ['Fort Worth', false, ['Fort Worth', 'Ft. Worth']],
    ['Kyiv Oblast', true, ['Kyiv Oblast', 'Kyiv']],
    ['Kyiv Oblast', false, ['Kyiv Oblast']],
    ['Texas', true, ['Texas']],
  ] as const)('%s (area: %s)', (name, area, variants) => expect(nameVariants(name, area)).toEqual(variants));
});
