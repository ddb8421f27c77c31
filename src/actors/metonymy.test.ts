import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { standsForGovernment, standsForItsState } from './metonymy.js';

const builder = new DocumentBuilder();

/** The document of `text` and the token range of the first occurrence of `words` in it. */
function find(text: string, words: string) {
  const doc = builder.build({ id: 't', text });
  const start = text.indexOf(words);
  const ts = doc.tokens.findIndex((t) => t.start === start);
  const te = doc.tokens.findIndex((t) => t.end === start + words.length) + 1;
  return { doc, ts, te };
}

/** Whether the first occurrence of `capital` in `text` stands for its government. */
function reads(text: string, capital: string): boolean {
  const { doc, ts, te } = find(text, capital);
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

describe('a place or nationality standing for its state (what an act reaches, where it happens)', () => {
  const state: [string, string, boolean][] = [
    ['Peacekeepers arrived in Tuzla on Monday.', 'Tuzla', false],
    ['Artillery pounded the besieged northern city of Homs overnight.', 'Homs', false],
    ['The minister visited Lima last week.', 'Lima', false],
    ['Rockets fell on Sderot after dark.', 'Sderot', false],
    ['Troops from Chad crossed the border.', 'Chad', false],
    ['The rebels threatened to shell Angolan towns.', 'Angolan', true],
    ['The ministry imposed a ban on Spanish fruit imports.', 'Spanish', true],
    ['Medics evacuated the wounded from the Croatian port of Split.', 'Croatian', true],
  ];
  it.each(state)('%s', (text, words, nationality) => {
    const { doc, ts, te } = find(text, words);
    expect(standsForItsState(doc, ts, te, nationality)).toBe(true);
  });

  const not: [string, string, boolean][] = [
    ['Lima is a large city.', 'Lima', false],
    ['LIMA (Agency) - The cabinet met.', 'LIMA', false],
    ['Officials said Angolan towns were shelled.', 'Angolan', true],
    ['A farmer said the Spanish harvest went well.', 'Spanish', true],
    ['The envoy is Spanish.', 'Spanish', true],
    ['Homs residents fled on foot.', 'Homs', false],
  ];
  it.each(not)('not: %s', (text, words, nationality) => {
    const { doc, ts, te } = find(text, words);
    expect(standsForItsState(doc, ts, te, nationality)).toBe(false);
  });
});
