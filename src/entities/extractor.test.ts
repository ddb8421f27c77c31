import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { Resources } from '../engine/resources.js';
import type { EntityType } from '../analysis/format.js';
import { createEntityExtractor } from './extractor.js';

const builder = new DocumentBuilder();
const extractor = createEntityExtractor(new Resources());
const entitiesOf = (text: string) => extractor.run(builder.build({ id: 't', text }), {}).output.entities;

// Sentences written for these tests. `found`: entities that must be there, exact span and type;
// `absent`: words that must not be (part of) any entity.
const cases: { name: string; text: string; found: [string, EntityType][]; absent?: string[] }[] = [
  {
    name: 'a headline in capitals',
    text: 'GERMANY AND FRANCE AGREE NEW BORDER DEAL\nBERLIN 2023-03-14\nGermany and France signed an agreement on Tuesday in Berlin, officials said.',
    found: [['GERMANY', 'GPE'], ['FRANCE', 'GPE'], ['BERLIN', 'GPE'], ['Germany', 'GPE'], ['France', 'GPE'], ['Berlin', 'GPE']],
    absent: ['AGREE', 'BORDER', 'DEAL', 'Tuesday'],
  },
  {
    name: 'a dateline',
    text: 'MOSCOW (Reuters) - Russian officials said on Monday that talks with Kazakhstan would resume next week.',
    found: [['MOSCOW', 'GPE'], ['Reuters', 'ORG'], ['Russian', 'NORP'], ['Kazakhstan', 'GPE']],
    absent: ['Monday'],
  },
  {
    name: 'capitals at the start of sentences',
    text: 'Police arrested two men in Manchester on Friday. Witnesses said the men had fled. Yesterday the mayor, Andy Burnham, praised the officers.',
    found: [['Manchester', 'GPE'], ['Andy Burnham', 'PERSON']],
    absent: ['Police', 'Witnesses', 'Yesterday', 'Friday'],
  },
  {
    name: 'possessives',
    text: "Putin's decree surprised analysts, and the Kremlin’s spokesman declined to comment on Germany's response.",
    found: [['Putin', 'PERSON'], ['Kremlin', 'ORG'], ['Germany', 'GPE']],
  },
  {
    name: 'hyphenated names',
    text: 'UN envoy Jean-Pierre Lacroix met Abdel-Fattah Hassan in the Franco-German office, the United Nations said.',
    found: [['Jean-Pierre Lacroix', 'PERSON'], ['Abdel-Fattah Hassan', 'PERSON'], ['United Nations', 'ORG']],
  },
  {
    name: 'names never seen in training',
    text: 'Defence Minister Oleksandra Vetrinska told reporters in Kyiv that the Zarvanytsia Brigade had withdrawn. Vetrinska said more troops would follow.',
    found: [['Oleksandra Vetrinska', 'PERSON'], ['Kyiv', 'GPE'], ['Vetrinska', 'PERSON']],
  },
  {
    name: 'nationalities and named events',
    text: 'Ukrainian soldiers and Polish volunteers marked the anniversary of World War II, the deadliest conflict since the Thirty Years War.',
    found: [['Ukrainian', 'NORP'], ['Polish', 'NORP'], ['World War II', 'EVENT']],
  },
  {
    name: 'a landmark',
    text: 'Crowds gathered outside Pokrovsky Cathedral in Kazan before police moved them away.',
    found: [['Pokrovsky Cathedral', 'FAC'], ['Kazan', 'GPE']],
  },
  {
    name: 'ordinary words that start a sentence',
    text: 'Footage shared online showed crowds in Minsk. Visuals posted later showed more. Analysts said the crowds were large.',
    found: [['Minsk', 'GPE']],
    absent: ['Footage', 'Visuals', 'Analysts'],
  },
  {
    name: 'a surname that is also a word, at the start of a sentence',
    text: 'Judge Maria Baker ruled on Monday that the contract was void. Baker said the law left no doubt.',
    found: [['Maria Baker', 'PERSON'], ['Baker', 'PERSON']],
  },
  {
    name: 'weekdays and months',
    text: 'On Wednesday the ministry said the February figures would be revised in March.',
    found: [],
    absent: ['Wednesday', 'February', 'March'],
  },
];

describe('entity extractor', () => {
  it.each(cases)('finds entities in $name', ({ text, found, absent }) => {
    const got = entitiesOf(text);
    for (const e of got) expect(text.slice(e.start, e.end)).toBe(e.text);
    const pairs = got.map((e) => `${e.text}|${e.type}`);
    for (const [t, type] of found) expect(pairs).toContain(`${t}|${type}`);
    for (const w of absent ?? []) expect(got.filter((e) => e.text.split(/[\s-]+/).includes(w)).map((e) => e.text)).toEqual([]);
  });

  it('never ends a name with a possessive or punctuation', () => {
    for (const e of entitiesOf("After the Kremlin's decision, Russia's allies and NATO's members met in Brussels.")) {
      expect(e.text).not.toMatch(/['’]s?$|[,.]$/);
    }
  });

  it('returns nothing for text without names', () => {
    expect(entitiesOf('the price of bread rose again this week, and people were unhappy about it.')).toEqual([]);
  });
});
