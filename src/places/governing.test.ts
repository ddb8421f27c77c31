import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { Resources } from '../engine/resources.js';
import { createPlaceExtractor } from './extractor.js';
import { governingPlace, mainPlace } from './governing.js';

const builder = new DocumentBuilder();
const extractor = createPlaceExtractor(new Resources());

/** The governing place of the first occurrence of `word` in `text`. */
function governing(text: string, word: string): string | null {
  const doc = builder.build({ id: 't', text });
  const places = extractor.run(doc, { entities: [] }).output.places;
  return governingPlace(doc, places, text.indexOf(word))?.text ?? null;
}

describe('governingPlace', () => {
  it.each([
    // The place in the event's own clause.
    ['Troops shelled Kharkiv; talks resumed in Geneva.', 'talks', 'Geneva'],
    ['Troops shelled Kharkiv; talks resumed in Geneva.', 'shelled', 'Kharkiv'],
    // The nearest, more specific place in the sentence.
    ['In Ukraine, police in Lviv detained three men.', 'detained', 'Lviv'],
    // A nationality word only when the sentence names no place.
    ['Russian police detained 40 people in Kazan.', 'detained', 'Kazan'],
    ['Belarusian police detained 40 people.', 'detained', 'Belarusian'],
    // No place in the sentence: the article's main country.
    ['Russia closed its border with Finland. Russia expelled two diplomats. The talks collapsed on Friday.', 'collapsed', 'Russia'],
    // No place at all.
    ['The talks collapsed on Friday.', 'collapsed', null],
  ])('%s [%s]', (text, word, expected) => {
    expect(governing(text, word)).toBe(expected);
  });
});

describe('mainPlace', () => {
  it('is the country named most often, by its country mention', () => {
    const text = 'Kyiv was calm. Officials in Lviv and Odesa said Ukraine would rebuild, and Poland sent aid.';
    const places = extractor.run(builder.build({ id: 't', text }), { entities: [] }).output.places;
    expect(mainPlace(places)?.text).toBe('Ukraine');
    expect(mainPlace([])).toBeNull();
  });
});
