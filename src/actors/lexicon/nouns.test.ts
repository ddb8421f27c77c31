import { describe, expect, it } from 'vitest';
import { parseCapitals } from './capitals.js';
import { parseCurated } from './curated.js';
import { buildActorLexicon } from './lexicon.js';
import { parseNouns } from './nouns.js';
import type { PhoenixLexicon } from './phoenix.js';

const phoenix: PhoenixLexicon = {
  source: 'test',
  countries: [['NOR', 'Norway', ['norway'], ['norwegian'], ['oslo', 'bergen']]],
  actors: [
    ['Nordic Test Council', 'IGOSCN', ['nordic test council', 'ntc']],
    ['Ola Testesen', 'IGOSCN', ['ola testesen']],
    ['Harbour Watch', 'NGOHRI', ['harbour watch']],
  ],
  agents: [['skipper', 'AGR', 's'], ['skippers', 'AGR', 'p'], ['preacher', 'MUS', 's'], ['peace troops', 'IGOMIL', 'p']],
};
const nouns = parseNouns([
  'person\tGOV\tnegotiator\tnegotiators',
  'person\tAGR\t-\tskippers',
  'group\tGOV\tside\tsides\texplicit',
  'equipment\tMIL\ttank\ttanks',
  'relation\tGOV\tally\tallies',
  'act\t-\tproposal\tproposals',
].join('\n'));
const curated = parseCurated(['org\tcouncil\torganization', 'org\ttroops\tgroup', 'org\twatch\torganization', 'demonym\tserb\tSRB\tserbs', 'capital\tbergen\tNOR'].join('\n'));
const lex = buildActorLexicon(phoenix, curated, nouns, parseCapitals('oslo\tNOR\n'));
const cue = (k: string) => lex.phrases.cues.get(k);

describe('noun classes, capitals and body names in the actor lexicon', () => {
  const cases: [string, unknown][] = [
    ['negotiator', { type: 'title', sector: 'GOV', generic: true }],
    ['negotiators', { type: 'body', kind: 'group', sector: 'GOV', plural: true, role: 'members', weak: true }],
    ['sides', { type: 'body', explicit: true, role: 'members' }],
    ['tanks', { type: 'body', sector: 'MIL', role: 'equipment' }],
    ['allies', { type: 'body', role: 'relation' }],
    ['proposal', { type: 'body', role: 'act', sector: null }],
    ['skippers', { type: 'body', sector: 'AGR' }],
    ['preacher', { type: 'title', sector: 'REL' }],
    ['peace troops', { type: 'body', sector: 'MIL' }],
    ['oslo', { type: 'place', country: 'NOR', capital: true }],
    ['bergen', { type: 'place', country: 'NOR', capital: true }],
    ['serbs', { type: 'demonym', country: 'SRB', plural: true }],
    ['nordic test council', { type: 'org', code: 'IGOSCN', name: 'Nordic Test Council' }],
    ['ntc', { type: 'org', code: 'IGOSCN' }],
    ['harbour watch', { type: 'org', code: 'NGOHRI' }],
  ];
  it.each(cases)('reads "%s"', (key, want) => expect(cue(key)).toMatchObject(want as object));

  it('keeps people of international bodies out of running text (names only)', () => {
    expect(cue('ola testesen')).toBeUndefined();
    expect(lex.names.get('ola testesen')).toMatchObject({ type: 'actor', code: 'IGOSCN' });
  });

  it('rejects malformed lines', () => {
    expect(() => parseNouns('person\tGOV\tchief')).toThrow(/nouns.tsv line 1/);
    expect(() => parseNouns('weapon\tMIL\tgun\tguns')).toThrow(/nouns.tsv line 1/);
    expect(() => parseNouns('group\tGOV\tside\tsides\tloud')).toThrow(/nouns.tsv line 1/);
    expect(() => parseCapitals('oslo\tnorway')).toThrow(/capitals.tsv line 1/);
  });
});
