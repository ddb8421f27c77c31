import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { standsForGovernment } from './metonymy.js';

const builder = new DocumentBuilder();

/** Whether the first occurrence of `capital` in `text` stands for its government. */
function reads(text: string, capital: string): boolean {
  const doc = builder.build({ id: 't', text });
  const start = text.indexOf(capital);
  const ts = doc.tokens.findIndex((t) => t.start === start);
  const te = doc.tokens.findIndex((t) => t.end === start + capital.length) + 1;
  return standsForGovernment(doc, ts, te);
}

describe('a capital standing for its government', () => {
  const government: [string, string][] = [
    ['Lisbon said the deal was fair.', 'Lisbon'],
    ['Oslo has rejected the request.', 'Oslo'],
    ['Seoul is demanding an apology.', 'Seoul'],
    ['Hanoi again protested on Friday.', 'Hanoi'],
    ['Cairo on Monday warned of a response.', 'Cairo'],
    ['Ottawa, along with its partners, condemned the attack.', 'Ottawa'],
    ['Madrid along with its allies demanded a vote.', 'Madrid'],
    ['Talks stalled after Dublin and London disagreed.', 'Dublin'],
    ['The offer was refused by Warsaw.', 'Warsaw'],
    ['Sanctions against Tehran were extended.', 'Tehran'],
    ['“We will not pay,” Athens said, and Berlin agreed.', 'Berlin'],
  ];
  it.each(government)('%s', (text, capital) => expect(reads(text, capital)).toBe(true));

  const city: [string, string][] = [
    ['Protesters gathered in Lisbon on Saturday.', 'Lisbon'],
    ['The envoy flew to Oslo.', 'Oslo'],
    ['Seoul was hit by heavy rain.', 'Seoul'],
    ['Hanoi is a city of eight million.', 'Hanoi'],
    ['Cairo residents said the power was back.', 'Cairo'],
    ['The minister visited Ottawa last week.', 'Ottawa'],
    ['MADRID (Agency) - The cabinet met.', 'MADRID'],
  ];
  it.each(city)('not: %s', (text, capital) => expect(reads(text, capital)).toBe(false));
});
