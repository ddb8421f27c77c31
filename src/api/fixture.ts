import type { AnalysisJSON } from '../analysis/format.js';
import { AnalysisFixture } from '../store/fixture.js';
import { toStorable } from '../store/prepare.js';
import type { Store } from '../store/types.js';

/**
 * Articles written for the API and browser tests, with hand-made analyses
 * (so that the tests hold whatever the extractors find): two tellings of one
 * detention, a hedged meeting, a pledge of aid, a denied shelling, and an
 * article whose text is an attempt at script injection.
 */

const LYON = { name: 'Lyon', country: 'FRA', lat: 45.76, lon: 4.84, featureType: 'city' as const, geonameId: 2996944 };

function march(): AnalysisJSON {
  const text = 'Hundreds of farmers marched through Lyon on Tuesday to protest fuel taxes, police said. '
    + 'Police detained 14 people near the prefecture. '
    + '"We will not pay for their mistakes," said union leader Claire Dubois. '
    + 'Interior Minister Paul Renard accused the organisers of stirring violence.';
  return new AnalysisFixture('lyon-march', text, '2025-04-02')
    .actor('a1', 'Claire Dubois', { kind: 'person', country: 'FRA', sector: 'LAB', code: 'FRALAB' })
    .actor('a2', 'Paul Renard', { kind: 'person', country: 'FRA', sector: 'GOV', code: 'FRAGOV' })
    .actor('a3', 'police', { kind: 'organization', country: 'FRA', sector: 'COP', code: 'FRACOP', mentions: ['Police'] })
    .actor('a4', 'farmers', { kind: 'group', country: 'FRA', sector: 'AGR', code: 'FRAAGR' })
    .event({ trigger: 'marched', clause: 'Hundreds of farmers marched through Lyon on Tuesday', type: 'PROTEST', actor: 'a4', place: 'Lyon', date: '2025-04-01', quad: 4, cameo: '141', goldstein: -6.5 })
    .event({ trigger: 'detained', clause: 'Police detained 14 people', type: 'COERCE', actor: 'a3', target: 'a4', place: 'Lyon', date: '2025-04-01', quad: 4, cameo: '173', goldstein: -5 })
    .event({ trigger: 'accused', clause: 'Paul Renard accused the organisers', type: 'ACCUSE', actor: 'a2', target: 'a1', date: '2025-04-02', quad: 3, cameo: '112', goldstein: -2 })
    .quote({ text: '"We will not pay for their mistakes,"', speaker: 'Claire Dubois', actor: 'a1' })
    .figure({ text: '14 people', value: 14, category: 'ARREST', subject: 'people' })
    .figure({ text: 'Hundreds', value: 100, approx: '>=', category: 'PROTEST', subject: 'farmers' })
    .place({ text: 'Lyon', ...LYON })
    .time({ text: 'on Tuesday', value: '2025-04-01' })
    .tone(-3)
    .build();
}

function detention(): AnalysisJSON {
  const text = 'French police detained 14 farmers in Lyon on Tuesday, officials said. '
    + 'Paul Renard said the government may meet the unions next week. '
    + 'Claire Dubois said talks were "the only way out".';
  return new AnalysisFixture('lyon-detention', text, '2025-04-03')
    .actor('a1', 'police', { kind: 'organization', country: 'FRA', sector: 'COP', code: 'FRACOP', mentions: ['police'] })
    .actor('a2', 'farmers', { kind: 'group', country: 'FRA', sector: 'AGR', code: 'FRAAGR' })
    .actor('a3', 'Paul Renard', { kind: 'person', country: 'FRA', sector: 'GOV', code: 'FRAGOV' })
    .actor('a4', 'Claire Dubois', { kind: 'person', country: 'FRA', sector: 'LAB', code: 'FRALAB' })
    .event({ trigger: 'detained', clause: 'French police detained 14 farmers in Lyon', type: 'COERCE', actor: 'a1', target: 'a2', place: 'Lyon', date: '2025-04-01', quad: 4, cameo: '173' })
    .event({ trigger: 'meet', clause: 'the government may meet the unions', type: 'CONSULT', actor: 'a3', target: 'a4', date: '2025-04-10', quad: 1, hedged: true, future: true })
    .quote({ text: 'the government may meet the unions next week', kind: 'indirect', speaker: 'Paul Renard', actor: 'a3' })
    .quote({ text: 'talks were "the only way out"', kind: 'mixed', speaker: 'Claire Dubois', actor: 'a4' })
    .figure({ text: '14 farmers', value: 14, category: 'ARREST', subject: 'farmers' })
    .place({ text: 'Lyon', ...LYON })
    .time({ text: 'on Tuesday', value: '2025-04-01' })
    .time({ text: 'next week', value: '2025-W15' })
    .build();
}

function aid(): AnalysisJSON {
  const text = 'Germany pledged 300 million euros in aid to Ukraine on Friday, Chancellor Anna Weber said in Berlin. '
    + 'Russia denied that its forces shelled Kharkiv overnight.';
  return new AnalysisFixture('berlin-aid', text, '2025-04-05')
    .actor('a1', 'Germany', { kind: 'country', country: 'DEU', code: 'DEU' })
    .actor('a2', 'Ukraine', { kind: 'country', country: 'UKR', code: 'UKR' })
    .actor('a3', 'Anna Weber', { kind: 'person', country: 'DEU', sector: 'GOV', code: 'DEUGOV' })
    .actor('a4', 'Russia', { kind: 'country', country: 'RUS', code: 'RUS' })
    .event({ trigger: 'pledged', clause: 'Germany pledged 300 million euros in aid to Ukraine', type: 'AID', actor: 'a1', target: 'a2', place: 'Berlin', date: '2025-04-04', quad: 2, cameo: '071' })
    .event({ trigger: 'shelled', clause: 'its forces shelled Kharkiv', type: 'ASSAULT', actor: 'a4', target: 'a2', place: 'Kharkiv', date: '2025-04-05', quad: 4, negated: true })
    .quote({ text: 'Germany pledged 300 million euros in aid to Ukraine on Friday', kind: 'indirect', speaker: 'Anna Weber', actor: 'a3', cue: 'said' })
    .figure({ text: '300 million euros', value: 300_000_000, unit: 'EUR', category: 'MONEY', subject: 'aid' })
    .place({ text: 'Berlin', name: 'Berlin', country: 'DEU', lat: 52.52, lon: 13.4, geonameId: 2950159 })
    .place({ text: 'Kharkiv', name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23, geonameId: 706483 })
    .time({ text: 'on Friday', value: '2025-04-04' })
    .build();
}

/** Text that would run script if a page put it into HTML unescaped. */
export const XSS_MARKERS = ['<script>window.__pwned = 1</script>', '"><img src=x onerror="window.__pwned = 2">'] as const;

export function xssArticle(): AnalysisJSON {
  const text = `Activists posted ${XSS_MARKERS[0]} on the board in Lyon, police said. `
    + `A sign read ${XSS_MARKERS[1]} and 3 people were detained.`;
  return new AnalysisFixture('xss', text, '2025-04-06')
    .actor('a1', 'police <b>unit</b>', { kind: 'organization', country: 'FRA', code: 'FRACOP', mentions: ['police'] })
    .quote({ text: XSS_MARKERS[1], kind: 'direct', speaker: 'police', actor: 'a1' })
    .figure({ text: '3 people', value: 3, category: 'ARREST', subject: 'people' })
    .event({ trigger: 'detained', clause: '3 people were detained', type: 'COERCE', actor: 'a1', place: 'Lyon', date: '2025-04-06', quad: 4 })
    .place({ text: 'Lyon', ...LYON })
    .build();
}

export function fixtureAnalyses(): AnalysisJSON[] {
  return [march(), detention(), aid()];
}

/** Store the analyses (with made-up URLs and sources); returns their store ids in order. */
export async function fillStore(store: Store, analyses: readonly AnalysisJSON[] = fixtureAnalyses()): Promise<number[]> {
  const ids: number[] = [];
  for (const a of analyses) {
    const withTitle: AnalysisJSON = { ...a, title: a.title ?? `Test article ${a.id}`, url: `https://news.example/${a.id}` };
    const { article, record } = toStorable(withTitle, { origin: `test:${a.id}`, source: a.id.startsWith('lyon-detention') ? 'other.example' : null });
    const saved = await store.save(article, record);
    ids.push(saved.id);
  }
  return ids;
}
