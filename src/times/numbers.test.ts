import { describe, expect, it } from 'vitest';
import { Resources } from '../engine/resources.js';
import { loadTimeLexicon } from './lexicon.js';
import { durationValue, parseNumber } from './numbers.js';
import { phraseWords } from './phrases.js';

const lex = loadTimeLexicon(new Resources());

describe('numbers in time expressions', () => {
  it.each([
    ['seven', 7], ['24', 24], ['1,200', 1200], ['twenty - four', 24], ['one hundred and fifty', 150],
    ['a', 1], ['an', 1], ['two and a half', 2.5], ['5 1/2', 5.5], ['half', 0.5], ['half a', 0.5], ['a dozen', 12],
    ['a hundred', 100], ['three thousand', 3000],
  ])('"%s" is %d', (phrase, value) => {
    const words = phrase.split(' ');
    expect(parseNumber(lex, words, 0, words.length)).toBe(value);
  });

  it.each([['seven the'], ['and seven'], ['twenty seven five'], ['people']])('"%s" is not a number', (phrase) => {
    const words = phrase.split(' ');
    expect(parseNumber(lex, words, 0, words.length)).toBeNull();
  });
});

describe('TIMEX3 duration values', () => {
  it.each([
    [7, 'month', 'P7M'], [48, 'hour', 'PT48H'], [2, 'year', 'P2Y'], [2.5, 'year', 'P2Y6M'], [5.5, 'hour', 'PT5H30M'],
    [0.5, 'hour', 'PT30M'], [1.5, 'minute', 'PT1M30S'], [1.5, 'day', 'P1DT12H'], [2, 'decade', 'P20Y'],
    [1, 'fortnight', 'P2W'], [3, 'quarter', 'P3Q'], ['X', 'year', 'PXY'], ['X', 'hour', 'PTXH'], ['X', 'decade', 'PXDE'],
  ] as const)('%s %s is %s', (n, unit, value) => expect(durationValue(n, unit)).toBe(value));
});

describe('lexicon phrases are split as the tokenizer splits text', () => {
  it.each([
    ["New Year's Day", ['new', 'year', "'s", 'day']],
    ['Valentine’s Day', ['valentine', "'s", 'day']],
    ['year-ago', ['year', '-', 'ago']],
    ['at the moment', ['at', 'the', 'moment']],
  ])('%s', (phrase, words) => expect(phraseWords(phrase)).toEqual(words));
});
