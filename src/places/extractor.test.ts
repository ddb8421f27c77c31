import { describe, expect, it } from 'vitest';
import type { Place } from '../analysis/format.js';
import { DocumentBuilder } from '../doc/build.js';
import { Resources } from '../engine/resources.js';
import type { EntityMention } from '../pipeline/layers.js';
import { createPlaceExtractor } from './extractor.js';

const builder = new DocumentBuilder();
const extractor = createPlaceExtractor(new Resources());

/** Run the extractor; entities are given as [type, words] and located at the words' first occurrence. */
function places(text: string, tagged: [EntityMention['type'], string][] = []): Place[] {
  const doc = builder.build({ id: 't', text });
  const entities = tagged.map(([type, words]) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the test sentence`);
    return { start, end: start + words.length, text: words, type };
  });
  const out = extractor.run(doc, { entities }).output.places;
  for (const p of out) expect(text.slice(p.start, p.end)).toBe(p.text);
  return [...out];
}

const brief = (p: Place) => `${p.text}=${p.name}/${p.country}/${p.featureType}${p.demonym ? '/demonym' : ''}`;

describe('places: names found without an entity tagger', () => {
  it.each([
    ['Vladimir Putin visited troops near Kherson on Monday.', ['Kherson=Kherson/UKR/city']],
    ['Officials in Vladimir, a city east of Moscow, declined to comment.', ['Vladimir=Vladimir/RUS/city', 'Moscow=Moscow/RUS/city']],
    ['Michael Jordan spent the summer playing golf.', []],
    ['King Abdullah of Jordan flew to Amman on Tuesday.', ['Jordan=Jordan/JOR/country', 'Amman=Amman/JOR/city']],
    ['Shelling continued in eastern Ukraine and across the Donbas overnight.', ['eastern Ukraine=Ukraine/UKR/region', 'Donbas=Donbas/UKR/region']],
    ['The governor of Kherson Oblast ordered an evacuation.', ['Kherson Oblast=Kherson/UKR/admin1']],
    ['Residents of the Donetsk region fled west.', ['Donetsk region=Donetsk/UKR/admin1']],
    ['Shelling hit the Kharkiv, Sumy and Zaporizhzhia regions.', ['Kharkiv=Kharkiv/UKR/admin1', 'Sumy=Sumy/UKR/admin1', 'Zaporizhzhia=Zaporizhzhia/UKR/admin1']],
    ['Attacks were reported in Mariupol, Kherson and Mykolaiv.', ['Mariupol=Mariupol/UKR/city', 'Kherson=Kherson/UKR/city', 'Mykolaiv=Mykolayiv/UKR/city']],
    ['Flights from St. Petersburg to Kyiv were cancelled.', ['St. Petersburg=Saint Petersburg/RUS/city', 'Kyiv=Kyiv/UKR/city']],
    ['Mobile phones were seized at the border.', []],
    ['Tbilisi says the ceasefire holds.', ['Tbilisi=Tbilisi/GEO/city']],
    ['Obama said the talks would go on.', []],
    ['Parents in Gwinnett and DeKalb counties in Georgia kept children home.', ['Gwinnett=Gwinnett County/USA/admin2', 'DeKalb=DeKalb County/USA/admin2', 'Georgia=Georgia/USA/admin1']],
    ['In March, prices rose again.', []],
    ['Ukrainian soldiers crossed the river.', ['Ukrainian=Ukraine/UKR/country/demonym']],
    ['The U.K. and the United States signed the pact.', ['U.K.=United Kingdom/GBR/country', 'United States=United States/USA/country']],
    ['Protesters marched along Khreshchatyk Street in Kyiv on Sunday.', ['Khreshchatyk Street=Khreshchatyk Street/UKR/other', 'Kyiv=Kyiv/UKR/city']],
    ['Divers searched Lake Orlen and the Velka River near Interstate 45.', ['Lake Orlen=Lake Orlen/null/other', 'Velka River=Velka River/null/other', 'Interstate 45=Interstate 45/null/other']],
  ])('%s', (text, expected) => {
    expect(places(text).map(brief)).toEqual(expected);
  });
});

describe('places: disambiguation', () => {
  it('takes the state after a comma as the town\'s region ("Springfield, Ill.")', () => {
    const ps = places('Police in Springfield, Ill., arrested two men after a chase.');
    expect(ps.map(brief)).toEqual(['Springfield=Springfield/USA/city', 'Ill.=Illinois/USA/admin1']);
    expect(ps[0]!.lat!).toBeCloseTo(39.8, 0);
    expect(ps[0]!.lon!).toBeCloseTo(-89.6, 0);
  });

  it('keeps the capital for its name in an article full of another country\'s towns', () => {
    const ps = places('Flights from New York and Chicago to Moscow resumed. New York officials said Chicago and Boston would follow, and Moscow welcomed it.');
    for (const p of ps.filter((x) => x.text === 'Moscow')) expect(p.country).toBe('RUS');
  });

  it('prefers the famous city when nothing else is said', () => {
    const [paris] = places('The delegates met in Paris on Friday.');
    expect(paris!.country).toBe('FRA');
  });

  it('follows the article\'s other places to the local town of a famous name', () => {
    const ps = places('Lamar County deputies patrolled Paris, Texas, on Friday. Schools in Paris reopened on Monday.');
    const parises = ps.filter((p) => p.text === 'Paris');
    expect(parises).toHaveLength(2);
    for (const p of parises) expect(p.country).toBe('USA');
  });

  it('reads the state Georgia in an American article and the country Georgia near Tbilisi', () => {
    const us = places('Farmers in Georgia and Alabama lost crops to the storm near Atlanta.');
    expect(us.find((p) => p.text === 'Georgia')?.country).toBe('USA');
    const caucasus = places('Russian tanks moved toward Tbilisi, and Georgia asked for a ceasefire.');
    expect(caucasus.find((p) => p.text === 'Georgia')?.country).toBe('GEO');
  });

  it('prefers the city to the region of the same name without "region"', () => {
    expect(places('Explosions were heard in Donetsk.').map(brief)).toEqual(['Donetsk=Donetsk/UKR/city']);
  });
});

describe('places: with an entities layer', () => {
  it('skips names the tagger marks as persons', () => {
    expect(places('Georgia Harris won the race in Atlanta.', [['PERSON', 'Georgia Harris']]).map(brief))
      .toEqual(['Atlanta=Atlanta/USA/city']);
  });

  it('reads a town and its state tagged as one name', () => {
    expect(places('Police in Springfield, Ill., arrested two men.', [['LOC', 'Springfield, Ill.']]).map(brief))
      .toEqual(['Springfield=Springfield/USA/city', 'Ill.=Illinois/USA/admin1']);
  });

  it('keeps a tagged common word as a place', () => {
    const ps = places('Reading fans celebrated the promotion.', [['GPE', 'Reading']]);
    expect(ps.map((p) => `${p.text}/${p.country}`)).toEqual(['Reading/GBR']);
  });

  it('places a tagged place the gazetteer lacks in the town the sentence names', () => {
    const [camp, town] = places('Families sheltered at Camp Verinko outside Lviv.', [['LOC', 'Camp Verinko']]);
    expect(camp).toMatchObject({ text: 'Camp Verinko', featureType: 'other', country: 'UKR', geonameId: null });
    expect(camp!.lat).toBe(town!.lat);
  });
});

describe('places: landmarks', () => {
  it('knows landmarks that stand for governments', () => {
    expect(places('Protesters gathered outside the Kremlin and on Red Square.').map(brief))
      .toEqual(['Kremlin=Kremlin/RUS/landmark', 'Red Square=Red Square/RUS/landmark']);
  });

  it('takes the coordinates of the town in the same sentence', () => {
    const ps = places('Crowds gathered outside Zorvanska Cathedral in Lviv.');
    expect(ps.map(brief)).toEqual(['Zorvanska Cathedral=Zorvanska Cathedral/UKR/landmark', 'Lviv=Lviv/UKR/city']);
    expect(ps[0]!.lat).toBe(ps[1]!.lat);
    expect(ps[0]!.geonameId).toBeNull();
  });

  it('falls back to the country an earlier sentence names', () => {
    const ps = places('Russian police detained dozens of students. A crowd later formed at Verkhny Cathedral behind barriers.');
    const landmark = ps.find((p) => p.featureType === 'landmark');
    expect(landmark).toMatchObject({ text: 'Verkhny Cathedral', country: 'RUS' });
  });

  it('reports a landmark nothing locates', () => {
    const doc = builder.build({ id: 't', text: 'A crowd formed at Verkhny Cathedral.' });
    const { output, diagnostics } = extractor.run(doc, { entities: [] });
    expect(output.places).toHaveLength(1);
    expect(output.places[0]!.lat).toBeNull();
    expect(diagnostics?.map((d) => d.code)).toEqual(['place-unlocated']);
  });
});
