import { describe, expect, it } from 'vitest';
import { matchPattern, parseCode, parsePattern, PatternSet, type Window } from './patterns.js';

const synsets = new Map([['&weapon', ['rifle', 'machine_gun']], ['&food_', ['rice', 'flour']]]);

/** A window over words written for the test; nouns are marked with a trailing "/n". */
function win(text: string): Window {
  const items = text ? text.split(' ') : [];
  return {
    words: items.map((w) => w.replace(/\/n$/, '')),
    index: items.map((_, i) => i),
    noun: items.map((w) => w.endsWith('/n')),
    prep: items.map((w) => ['in', 'on', 'at', 'to', 'for', 'with'].includes(w)),
  };
}

describe('parseCode', () => {
  it.each([
    ['042:043', '042', false], [':173', '173', true], ['---', null, false], ['080!', '080', false], ['', null, false],
  ] as const)('%s', (field, code, reversed) => expect(parseCode(field)).toEqual({ code, reversed }));
});

describe('patterns', () => {
  const cases: [string, string, string, boolean][] = [
    ['a word after the trigger', '* aid', 'emergency aid/n to the region/n', true],
    ['the plural of a word', '* sanction', 'new sanctions/n on them', true],
    ['a synonym set with a multi-word phrase', '* &weapon', 'a machine gun/n', true],
    ['a noun phrase in order', '* {humanitarian aid}', 'urgent humanitarian food aid/n', true],
    ['a noun phrase in the wrong order', '* {humanitarian aid}', 'aid/n humanitarian', false],
    ['a prepositional phrase', '* (to &food)', 'access to rice/n', true],
    ['a word that only modifies the noun after it', '* plane', 'plane tickets/n', false],
    ['a prepositional phrase after another one', '* (in support)', 'resolve/n on the field/n in support/n', false],
    ['a word too far from the trigger', '* aid', 'one two three four five six seven eight aid/n', false],
  ];
  it.each(cases)('%s', (_, pattern, after, matches) => {
    const p = parsePattern(pattern, '070', synsets)!;
    expect(matchPattern(p, win(''), win(after)) !== null).toBe(matches);
  });

  it('matches words before the trigger, nearest first', () => {
    const p = parsePattern('rice * (to)', '073', synsets)!;
    expect(matchPattern(p, win('rice'), win('to them'))).not.toBeNull();
    expect(matchPattern(p, win('wheat'), win('to them'))).toBeNull();
  });

  it('ignores PETRARCH actor markers and skips patterns with unknown synsets', () => {
    expect(parsePattern('$ * + aid', '070', synsets)!.post).toHaveLength(1);
    expect(parsePattern('* &nothing', '070', synsets)).toBeNull();
  });

  it('weighs a pattern by the words it needs, and finds candidates by key word', () => {
    const general = parsePattern('* aid', '070', synsets)!;
    const specific = parsePattern('* {military aid} (to)', '072', synsets)!;
    expect(specific.weight).toBeGreaterThan(general.weight);
    const set = new PatternSet([specific, general]);
    expect(set.candidates(win(''), win('military aid/n to them'))).toEqual([0, 1]);
    expect(set.candidates(win(''), win('food/n to them'))).toEqual([]);
  });
});
