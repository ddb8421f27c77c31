import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../doc/build.js';
import { activeTokens } from './active.js';
import { EMPTY_LEXICON } from './lexicon.js';
import { unitsOf } from './token-context.js';
import { wordAtoms } from './words.js';

const builder = new DocumentBuilder();
/** The text with the tokens labelled O unscored in brackets. */
const marked = (text: string) => {
  const doc = builder.build({ id: 't', text });
  const atoms = doc.tokens.map((t) => wordAtoms(t.text, t.lower, EMPTY_LEXICON));
  const active = activeTokens(atoms, unitsOf(doc), doc.tokens.length);
  return doc.tokens.map((t, i) => (active[i] ? t.text : `[${t.text}]`)).join(' ');
};

describe('activeTokens', () => {
  it.each([
    ['scores two tokens either side of a capitalised word',
      'the talks in the city of Lyon ended late on a cold night and nobody came',
      '[the] [talks] [in] [the] city of Lyon ended late [on] [a] [cold] [night] [and] [nobody] [came]'],
    ['counts words in capitals and mixed case, not numbers',
      'shares of eBay rose 5 % in early trade and 12 per cent by noon , a BBC report said',
      'shares of eBay rose 5 [%] [in] [early] [trade] [and] [12] [per] [cent] [by] [noon] , a BBC report said'],
    ['scores a paragraph in lower case throughout in full',
      'protesters marched through the old town\n\nit rained all day',
      'protesters marched through the old town it rained all day'],
    ['does not reach across a paragraph',
      'a quiet day for the Senate\n\nthe vote on the budget was put off again until Friday',
      '[a] [quiet] [day] for the Senate [the] [vote] [on] [the] [budget] [was] [put] [off] again until Friday'],
  ])('%s', (_, text, want) => {
    expect(marked(text)).toBe(want);
  });
});
