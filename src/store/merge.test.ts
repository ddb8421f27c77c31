import { describe, expect, it } from 'vitest';
import { fullFormOf, isMergedForm, isShorterForm, lastWord, nameWords, shorterFormsOf } from './merge.js';

describe('person names: shorter forms', () => {
  it.each([
    ['putin', 'vladimir putin', true],
    ['mr. putin', 'vladimir putin', true],
    ['mr putin', 'vladimir putin', true],
    ['lula da silva', 'luiz inacio lula da silva', true],
    ['vladimir putin', 'vladimir putin', false],
    ['vladimir', 'vladimir putin', false],
    ['putin', 'putina', false],
    ['smith', 'john smith jr', false],
    ['mr. putin', 'putin', false],
  ])('"%s" is a shorter form of "%s": %s', (short, full, expected) => {
    expect(isShorterForm(short, full)).toBe(expected);
  });

  it('reads names without a courtesy title, keeping a lone word', () => {
    expect(nameWords('dr. jane goodall')).toEqual(['jane', 'goodall']);
    expect(nameWords('mr')).toEqual(['mr']);
    expect(lastWord('mrs. anna smith')).toBe('smith');
  });
});

describe('which stored person a name is merged into', () => {
  const john = { id: 1, key: '|john smith', nameNorm: 'john smith' };
  const jane = { id: 2, key: '|jane smith', nameNorm: 'jane smith' };
  const smith = { id: 3, key: '|smith', nameNorm: 'smith' };

  it('takes the one full form, and none when two names end so', () => {
    expect(fullFormOf('smith', [john])).toEqual(john);
    expect(fullFormOf('smith', [john, jane])).toBeNull();
    expect(fullFormOf('smith', [])).toBeNull();
  });

  it('gives a new full name the stored shorter forms that it alone ends', () => {
    expect(shorterFormsOf(john, [smith])).toEqual([smith]);
    expect(shorterFormsOf(john, [jane, smith])).toEqual([]);
    expect(shorterFormsOf(jane, [john])).toEqual([]);
  });

  it('recognizes an analysis actor stored under a longer name (same code, persons)', () => {
    const stored = { name: 'Vladimir Putin', kind: 'person', code: 'RUSGOV' };
    expect(isMergedForm({ name: 'Putin', kind: 'person', code: 'RUSGOV' }, stored)).toBe(true);
    expect(isMergedForm({ name: 'Putin', kind: 'person', code: null }, stored)).toBe(false);
    expect(isMergedForm({ name: 'Putin', kind: 'organization', code: 'RUSGOV' }, stored)).toBe(false);
  });
});
