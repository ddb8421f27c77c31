import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { PhraseMatcher } from './phrases.js';

const builder = new DocumentBuilder();
const matcher = new PhraseMatcher<string>()
  .add('more than', 'gt')
  .add('more', 'more')
  .add('no more than', 'le')
  .add('per cent', 'pct');

describe('PhraseMatcher', () => {
  const doc = builder.build({ id: 't', text: 'No more than 5 per cent said more than that.' });
  const toks = doc.tokens;
  const words = toks.map((t) => t.lower);

  it.each([
    // start token, expected [start, end, value] or null
    [words.indexOf('no'), [0, 3, 'le']],
    [words.indexOf('more'), [1, 3, 'gt']],
    [words.indexOf('per'), [4, 6, 'pct']],
    [words.indexOf('said'), null],
  ] as const)('at token %i', (i, expected) => {
    const m = matcher.at(toks, i, toks.length);
    expect(m && [m.start, m.end, m.value]).toEqual(expected);
  });

  it('finds the longest phrase ending before a token, not starting before the floor', () => {
    const five = words.indexOf('5');
    expect(matcher.before(toks, five, 0)).toEqual({ start: 0, end: 3, value: 'le' });
    expect(matcher.before(toks, five, 1)).toEqual({ start: 1, end: 3, value: 'gt' });
    expect(matcher.before(toks, five, 3)).toBeNull();
  });

  it('does not run past the limit', () => {
    expect(matcher.at(toks, words.indexOf('per'), words.indexOf('per') + 1)).toBeNull();
  });

  it('keeps the first value given to a phrase', () => {
    const m = new PhraseMatcher<number>().add('up to', 1).add('Up  to', 2);
    const d = builder.build({ id: 't', text: 'up to 9' });
    expect(m.at(d.tokens, 0, d.tokens.length)?.value).toBe(1);
    expect(m.starts('up')).toBe(true);
    expect(m.starts('to')).toBe(false);
  });
});
