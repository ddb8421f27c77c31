import { describe, expect, it } from 'vitest';
import { run } from './test-support.js';

describe('a name that may mean two states', () => {
  const cases: [string, string, string, string][] = [
    ['usual state without other words', 'Rebels in [GPE Congo] seized a mine.', 'Congo', 'COD'],
    ["the usual state's other names", 'Rebels in [GPE Congo] seized a mine near [GPE Kinshasa].', 'Congo', 'COD'],
    ["the other state's capital", 'Talks opened in [GPE Brazzaville]. [GPE Congo] sent its foreign minister.', 'Congo', 'COG'],
    ["the other state's full name", 'The [GPE Republic of the Congo] held a vote. Observers said [GPE Congo] was calm.', 'Congo', 'COG'],
    ['both named: the usual one', 'Ministers from [GPE Brazzaville] and [GPE Kinshasa] met. [GPE Congo] signed first.', 'Congo', 'COD'],
    ['a nationality', 'A [NORP Congolese] court in [GPE Brazzaville] ruled on Monday.', 'Congolese', 'COG'],
    ['a capital shared by name with a port of another state', 'Shells hit [GPE Tripoli] as [NORP Lebanese] troops moved north.', 'Tripoli', 'LBN'],
  ];
  it.each(cases)('%s', (_, markup, name, country) => expect(run(markup).actorOf(name)?.country).toBe(country));
});
