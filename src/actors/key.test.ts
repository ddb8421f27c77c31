import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { nameKey, shortNameAfter } from './key.js';

describe('nameKey', () => {
  const cases: [string, string][] = [
    ['the Kremlin’s', 'kremlin'],
    ['KREMLIN_', 'kremlin'],
    ['Attorney - General', 'attorney-general'],
    ['Russians’', 'russians'],
    ['  White   House ', 'white house'],
    ['U.S.', 'u.s.'],
    ["O'Neill", "o'neill"],
  ];
  it.each(cases)('%s -> %s', (input, key) => expect(nameKey(input)).toBe(key));
});

describe('shortNameAfter', () => {
  const builder = new DocumentBuilder();
  const cases: [string, string, string | null][] = [
    ['The Regional Water Board (RWB) met.', 'Board', 'rwb'],
    ['The Andean Trade Office (AnTO) met.', 'Office', 'anto'],
    ['The Water Board (regional) met.', 'Board', null],
    ['The Water Board (2021) met.', 'Board', null],
    ['The Water Board (R) met.', 'Board', null],
    ['The Water Board met (RWB).', 'Board', null],
  ];
  it.each(cases)('%s', (text, last, want) => {
    const doc = builder.build({ id: 't', text });
    const te = doc.tokens.findIndex((t) => t.text === last) + 1;
    expect(shortNameAfter(doc, te)).toBe(want);
  });
});
