import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { Resources } from '../engine/resources.js';
import { loadFigureLexicon } from './lexicon.js';
import { parseDigits, readNumber } from './number.js';

const builder = new DocumentBuilder();
const lex = loadFigureLexicon(new Resources());

/** Read the number at the start of `text`: its value, whether it is vague, and how many tokens it took. */
function read(text: string, currency = false) {
  const doc = builder.build({ id: 't', text });
  const n = readNumber(doc.tokens, 0, doc.tokens.length, lex, currency);
  return n && { value: n.value, low: n.low, vague: n.vague, tokens: n.end - n.start };
}

describe('readNumber', () => {
  it.each([
    ['1,200 men', 1200, false, 1],
    ['3.75 litres', 3.75, false, 1],
    ['13 million people', 13_000_000, false, 2],
    ['1.5bn dollars', 1_500_000_000, false, 2],
    ['2.5 mln tonnes', 2_500_000, false, 2],
    ['40k runners', 40_000, false, 2],
    ['two million three hundred thousand voters', 2_300_000, false, 5],
    ['thirty-five hundred homes', 3500, false, 4],
    ['ninety nine', 99, false, 2],
    ['a quarter of a million people', 250_000, false, 5],
    ['half a dozen eggs', 6, false, 3],
    ['a few thousand fans', 2000, true, 3],
    ['a couple of hundred cars', 200, true, 4],
    ['hundreds of millions of people', 100_000_000, true, 3],
    ['dozens of villages', 12, true, 1],
    ['three lakh rupees', 300_000, false, 2],
  ] as const)('%s', (text, value, vague, tokens) => {
    expect(read(text)).toEqual({ value, low: null, vague, tokens });
  });

  it('reads nothing past the end of the sentence (regression: a currency sign as the last token)', () => {
    const doc = builder.build({ id: 't', text: 'It cost 5 to $' });
    expect(readNumber(doc.tokens, doc.tokens.length, doc.tokens.length, lex, true)).toBeNull();
  });

  it('reads a range written as one token', () => {
    expect(read('3,000-4,000 troops')).toEqual({ value: 4000, low: 3000, vague: false, tokens: 1 });
  });

  it.each([
    ['the people'], ['tens of people'], ['scores were high'], ['a man'], ['several people'], ['hundred'],
  ])('reads no number in "%s"', (text) => {
    expect(read(text)).toBeNull();
  });

  it('reads a glued b as billion only after a currency sign', () => {
    expect(read('5b ago')).toEqual({ value: 5, low: null, vague: false, tokens: 1 });
    const doc = builder.build({ id: 't', text: '$5b deal' });
    expect(readNumber(doc.tokens, 1, doc.tokens.length, lex, true)?.value).toBe(5_000_000_000);
  });

  it.each([
    ['1,200', 1200], ['12', 12], ['0.5', 0.5], ['1,2', null], ['12a', null], ['1,2345', null],
  ] as const)('parseDigits(%s)', (text, value) => {
    expect(parseDigits(text)).toBe(value);
  });
});
