import type { AnalysisJSON } from '../analysis/format.js';
import { AnalysisFixture } from './fixture.js';

/**
 * Five short articles written for the conformance suite, analysed by hand:
 * three tell the same Moscow protest (two publishers), one a protest on
 * another day and city, one an attack in another country.
 */

export const VERSIONS = { document: '1.0.0', events: '1.2.0' } as const;

const MOSCOW = { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, featureType: 'city' as const, geonameId: 524901 };
const PROTESTERS = { kind: 'group' as const, country: 'RUS', sector: 'CVL', code: 'RUSCVL' };
const POLICE = { kind: 'group' as const, country: 'RUS', sector: 'COP', code: 'RUSCOP' };

export interface CorpusArticle {
  readonly origin: string;
  readonly source: string | null;
  readonly analysis: AnalysisJSON;
}

export function corpus(): CorpusArticle[] {
  const t1 = 'Police detained more than 300 people in Moscow on Wednesday after protesters rallied against the mobilization order. '
    + 'Foreign Minister Sergei Lavrov said the rallies were organised from abroad. Analysts said the Kremlin may expand the call-up.';
  const a1 = new AnalysisFixture('t1', t1, '2022-09-22')
    .actor('a1', 'protesters', { ...PROTESTERS })
    .actor('a2', 'police', { ...POLICE, mentions: ['Police'] })
    .actor('a3', 'Sergei Lavrov', { kind: 'person', country: 'RUS', sector: 'GOV', code: 'RUSGOV', mentions: ['Foreign Minister Sergei Lavrov'] })
    .actor('a4', 'Kremlin', { kind: 'organization', country: 'RUS', sector: 'GOV', code: 'RUSGOV' })
    .place({ text: 'Moscow', ...MOSCOW })
    .time({ text: 'on Wednesday', value: '2022-09-21' })
    .figure({ text: 'more than 300 people', value: 300, approx: '>', category: 'ARREST', subject: 'people' })
    .event({ trigger: 'rallied', type: 'PROTEST', cameo: '141', quad: 4, goldstein: -6.5, actor: 'a1', place: 'Moscow', date: '2022-09-21' })
    .event({ trigger: 'detained', type: 'COERCE', mode: 'arrest', cameo: '173', quad: 4, goldstein: -5, actor: 'a2', target: 'a1', place: 'Moscow', date: '2022-09-21' })
    .event({ trigger: 'may expand', type: 'MOBILIZE', cameo: '154', quad: 4, goldstein: -7.2, actor: 'a4', hedged: true, future: true })
    .quote({ text: 'the rallies were organised from abroad', kind: 'indirect', speaker: 'Foreign Minister Sergei Lavrov', actor: 'a3', cue: 'said' })
    .tone(-3.5)
    .versions({ ...VERSIONS });
  const f1 = a1.build();
  const withUrl1 = { ...f1, title: 'Hundreds held at Moscow rally', url: 'https://www.wire-a.example/news/moscow-rally?utm_source=rss' };

  const t2 = 'Hundreds of protesters rallied in Moscow on Wednesday, and riot police detained dozens, witnesses said. '
    + 'Secretary of State Antony Blinken said the crackdown showed weakness.';
  const f2 = new AnalysisFixture('t2', t2, '2022-09-21T18:30:00Z')
    .actor('a1', 'protesters', { ...PROTESTERS })
    .actor('a2', 'riot police', { ...POLICE })
    .actor('a3', 'Antony Blinken', { kind: 'person', country: 'USA', sector: 'GOV', code: 'USAGOV', mentions: ['Secretary of State Antony Blinken'] })
    .place({ text: 'Moscow', ...MOSCOW })
    .event({ trigger: 'rallied', type: 'PROTEST', cameo: '141', quad: 4, goldstein: -6.5, actor: 'a1', place: 'Moscow', date: '2022-09-21' })
    .event({ trigger: 'detained', type: 'COERCE', mode: 'arrest', cameo: '173', quad: 4, goldstein: -5, actor: 'a2', target: 'a1', place: 'Moscow', date: '2022-09-21' })
    .quote({ text: 'the crackdown showed weakness', kind: 'indirect', speaker: 'Secretary of State Antony Blinken', actor: 'a3', cue: 'said' })
    .versions({ ...VERSIONS })
    .build();

  const t3 = 'Protesters rallied again in Moscow on Wednesday evening. The government did not block the internet, officials said.';
  const f3 = new AnalysisFixture('t3', t3, '2022-09-22')
    .actor('a1', 'protesters', { ...PROTESTERS, mentions: ['Protesters'] })
    .actor('a2', 'Russian government', { kind: 'organization', country: 'RUS', sector: 'GOV', code: 'RUSGOV', mentions: ['The government'] })
    .place({ text: 'Moscow', ...MOSCOW })
    .event({ trigger: 'rallied', type: 'PROTEST', cameo: '141', quad: 4, goldstein: -6.5, actor: 'a1', place: 'Moscow', date: '2022-09-21' })
    .event({ trigger: 'block', type: 'SANCTION', cameo: '172', quad: 4, goldstein: -5, actor: 'a2', negated: true, date: '2022-09-21' })
    .versions({ ...VERSIONS })
    .build();

  const t4 = 'Students marched through Saint Petersburg on Thursday. Antony Blinken said "the world is watching" when asked about it.';
  const f4 = new AnalysisFixture('t4', t4, '2022-09-23')
    .actor('a1', 'students', { kind: 'group', country: 'RUS', sector: 'EDU', code: 'RUSEDU', mentions: ['Students'] })
    .actor('a2', 'Antony Blinken', { kind: 'person', country: 'USA', sector: 'GOV', code: 'USAGOV' })
    .place({ text: 'Saint Petersburg', country: 'RUS', lat: 59.94, lon: 30.31, featureType: 'city', geonameId: 498817 })
    .event({ trigger: 'marched', type: 'PROTEST', cameo: '141', quad: 4, goldstein: -6.5, actor: 'a1', place: 'Saint Petersburg', date: '2022-09-22' })
    .quote({ text: '"the world is watching"', kind: 'direct', speaker: 'Antony Blinken', actor: 'a2', cue: 'said' })
    .versions({ ...VERSIONS })
    .build();

  const t5 = 'Shelling killed 12 civilians in Kharkiv 🇺🇦 on Friday, the regional governor said. Russian forces denied targeting homes.';
  const f5 = new AnalysisFixture('t5', t5, '2022-09-24')
    .actor('a1', 'Russian forces', { kind: 'group', country: 'RUS', sector: 'MIL', code: 'RUSMIL' })
    .actor('a2', 'civilians', { kind: 'group', country: 'UKR', sector: 'CVL', code: 'UKRCVL' })
    .place({ text: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23, featureType: 'city', geonameId: 706483 })
    .figure({ text: '12 civilians', value: 12, category: 'KILL', subject: 'civilians' })
    .event({ trigger: 'Shelling killed', type: 'ASSAULT', mode: 'aerial', cameo: '195', quad: 4, goldstein: -10, actor: 'a1', target: 'a2', place: 'Kharkiv', date: '2022-09-23' })
    .versions({ ...VERSIONS })
    .build();

  return [
    { origin: 'feed:wire-a/1', source: 'wire-a.example', analysis: withUrl1 },
    { origin: 'feed:daily-b/1', source: 'daily-b.example', analysis: f2 },
    { origin: 'feed:wire-a/2', source: 'wire-a.example', analysis: f3 },
    { origin: 'feed:daily-b/2', source: 'daily-b.example', analysis: f4 },
    { origin: 'feed:wire-c/1', source: null, analysis: f5 },
  ];
}
