import { describe, expect, it } from 'vitest';
import { parseCurated } from './curated.js';
import { buildActorLexicon, headWord } from './lexicon.js';
import type { PhoenixLexicon } from './phoenix.js';

const phoenix: PhoenixLexicon = {
  source: 'test',
  countries: [['NOR', 'Norway', ['norway'], ['norwegian'], ['bergen']]],
  actors: [['Storting Hall', 'NORLEG', ['storting hall']]],
  agents: [
    ['fishing minister', 'GOV', 's'], ['fishing ministers', 'GOV', 'p'], ['coast ministry', 'GOV', 's'],
    ['oil tanker', 'BUS', 's'], ['harbour police', 'COP', 'n'], ['deputy', 'COP', 's'], ['minister of fish', 'GOV', 's'],
  ],
};
const curated = parseCurated([
  'title\tdeputy-general\tMIL',
  'title\tstorting president\tLEG\tNOR',
  'titlemod\tdeputy\t-',
  'org\tministry\torganization',
  'org\tpolice\tgroup',
  'notperson\ttanker\t-',
  'notactor\tsocial media\t-',
  'institution\tstorting\tNORLEG',
  'alternative\tbergen\tNLD',
  'org\tparty\torganization\tname',
].join('\n'));
const lex = buildActorLexicon(phoenix, curated);
const cue = (k: string) => lex.phrases.cues.get(k);

describe('the actor lexicon', () => {
  const cases: [string, unknown][] = [
    ['fishing minister', { type: 'title', sector: 'GOV', generic: false }],
    ['fishing ministers', { type: 'body', kind: 'group', plural: true, sector: 'GOV' }],
    ['coast ministry', { type: 'body', kind: 'organization', plural: false }],
    ['harbour police', { type: 'body', kind: 'group', sector: 'COP' }],
    ['minister of fish', { type: 'title' }],
    ['deputy', { type: 'titlemod', sector: null }],
    ['deputy-general', { type: 'title', sector: 'MIL', country: null }],
    ['storting president', { type: 'title', sector: 'LEG', country: 'NOR' }],
    ['norwegian', { type: 'demonym', country: 'NOR', plural: false }],
    ['norwegians', { type: 'demonym', country: 'NOR', plural: true }],
    ['bergen', { type: 'place', country: 'NOR' }],
    ['storting', { type: 'institution', code: 'NORLEG' }],
    ['social media', { type: 'none' }],
  ];
  it.each(cases)('reads "%s"', (key, want) => expect(cue(key)).toMatchObject(want as object));

  it('leaves out objects and keeps curated entries over the dictionaries', () => {
    expect(cue('oil tanker')).toBeUndefined();
    expect(lex.names.get('storting hall')).toEqual({ type: 'actor', code: 'NORLEG', name: 'Storting Hall' });
    expect(lex.names.get('norway')).toEqual({ type: 'country', country: 'NOR' });
  });

  it('knows every prefix of a phrase, hyphens too', () => {
    for (const p of ['fishing', 'deputy', 'deputy-', 'social']) expect(lex.phrases.prefixes.has(p)).toBe(true);
  });

  it('keeps the other states a name may mean, and the heads that make a name an organization', () => {
    expect(lex.alternatives.get('bergen')).toEqual(['NLD']);
    expect(lex.orgNameHeads.has('party')).toBe(true);
    expect(lex.orgNameHeads.has('ministry')).toBe(false);
  });

  it('refuses a title whose state is no ISO alpha-3 code', () => {
    expect(() => buildActorLexicon(phoenix, parseCurated('title\tstorting president\tLEG\tNorway'))).toThrow(/alpha-3/);
  });

  it('finds the head word before "of"', () => {
    expect(headWord('minister of fish')).toBe('minister');
    expect(headWord('harbour police')).toBe('police');
  });
});
