import { describe, expect, it } from 'vitest';
import { actorKey, factsOf } from './facts.js';
import { AnalysisFixture } from './fixture.js';

const text = 'Rebels attacked a convoy near Goma on Sunday. The army said 14 soldiers died near Goma. '
  + 'A spokesman denied that troops fired on civilians in Bunia.';

function analysis() {
  return new AnalysisFixture('f', text, '2023-03-06')
    .actor('a1', 'rebels', { kind: 'group', country: 'COD', sector: 'REB', code: 'CODREB', mentions: ['Rebels'] })
    .actor('a2', 'army', { kind: 'organization', country: 'COD', sector: 'MIL', code: 'CODMIL' })
    .actor('a3', 'Armed Forces', { kind: 'organization', country: null, sector: null, code: null, mentions: ['troops'] })
    .place({ text: 'Goma', country: 'COD', lat: -1.68, lon: 29.22 })
    .place({ text: 'Bunia', country: 'COD', lat: 1.56, lon: 30.25, geonameId: 217570 })
    .figure({ text: '14 soldiers', value: 14, category: 'KILL', subject: 'soldiers' })
    .figure({ text: 'troops', value: [2, 5], category: 'OTHER' })
    .event({ trigger: 'attacked', type: 'ASSAULT', actor: 'a1', place: 'Goma', date: '2023-03-05' })
    .event({ trigger: 'fired', type: 'ASSAULT', actor: 'a3', place: 'Bunia', negated: true })
    .event({ trigger: 'died', type: 'ASSAULT', actor: 'a1', target: 'a2', date: '2023-03' })
    .build();
}

describe('factsOf', () => {
  const f = factsOf(analysis(), 'HASH');

  it('keys actors by code and normalized name', () => {
    expect(f.actors.map((a) => a.key)).toEqual(['CODREB|rebels', 'CODMIL|army', '|armed forces']);
    expect(actorKey('  Vladimir   PUTIN ', 'RUSGOV')).toBe('RUSGOV|vladimir putin');
  });

  it.each([
    [0, 'ASSAULT|CODREB||goma|2023-03-05', '2023-03-05', 0],
    [1, 'ASSAULT|~armed forces||g217570|2023-03-06', '2023-03-06', 2],
    [2, 'ASSAULT|CODREB|CODMIL||2023-03', '2023-03', 1],
  ])('event %i: occurrence key %s, day %s, sentence %i', (i, key, day, sentence) => {
    const e = f.events[i]!;
    expect(e.occurrence).toBe(key);
    expect(e.day).toBe(day);
    expect(e.sentence).toBe(sentence);
    expect(text.slice(e.sentenceStart, e.sentenceEnd)).toContain(e.triggerText);
  });

  it('gives events their place coding and modality', () => {
    expect(f.events[0]).toMatchObject({ placeName: 'Goma', placeCountry: 'COD', lat: -1.68, lon: 29.22, actorCode: 'CODREB', actorCountry: 'COD' });
    expect(f.events[1]).toMatchObject({ negated: true, hedged: false, actorCode: null });
  });

  it('keeps occurrences distinct and sorted by key', () => {
    expect(f.occurrences.map((o) => o.key)).toEqual([...f.events.map((e) => e.occurrence)].sort());
  });

  it('gives figures a country from their sentence, ranges a high value', () => {
    expect(f.figures.map((x) => [x.value, x.valueHigh, x.country])).toEqual([[14, null, 'COD'], [2, 5, 'COD']]);
  });

  it('keeps occurrences of an unknown day apart per article', () => {
    const undated = new AnalysisFixture('u', 'Rebels attacked a convoy.', null)
      .actor('a1', 'rebels', { code: 'CODREB', mentions: ['Rebels'] })
      .event({ trigger: 'attacked', type: 'ASSAULT', actor: 'a1' })
      .build();
    expect(factsOf(undated, 'H1').events[0]!.occurrence).not.toBe(factsOf(undated, 'H2').events[0]!.occurrence);
  });
});
