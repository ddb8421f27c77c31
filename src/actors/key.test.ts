import { describe, expect, it } from 'vitest';
import { nameKey } from './key.js';

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
