import { describe, expect, it } from 'vitest';
import { parseActorDictionary, parseAgentDictionary, pluralOf } from './dictionary.js';

// Invented records in the PETRARCH2 formats (no text from the real dictionaries).
const ACTORS = [
  '# a comment line',
  'REPUBLIC_OF_ZEMBLA_  [ZEM]',
  '+ZEMBLAN_',
  '+ONHAVA_ # the capital',
  '',
  'KING_CHARLES_XAVIER_  # note on the primary',
  '+CHARLES_XAVIER',
  '\t[ZEMELI 500101-601231]',
  '\t[ZEMGOV >601231]',
  'ZEMBLAN_ROYAL_GUARD',
  'ROYAL_GUARD_OF_ZEMBLA',
  '\t[ZEMMIL]',
  'ODON_LANDER_\t[ZEMOPP 700101-801231] [ELI]',
].join('\n');

describe('the actor dictionary reader', () => {
  const records = parseActorDictionary(ACTORS);
  it('reads records with synonyms, inline and indented roles', () => {
    expect(records.map((r) => r.phrases)).toEqual([
      ['REPUBLIC_OF_ZEMBLA_', 'ZEMBLAN_', 'ONHAVA_'],
      ['KING_CHARLES_XAVIER_', 'CHARLES_XAVIER'],
      ['ZEMBLAN_ROYAL_GUARD', 'ROYAL_GUARD_OF_ZEMBLA'],
      ['ODON_LANDER_'],
    ]);
    expect(records[0]!.roles.map((r) => r.code)).toEqual(['ZEM']);
    expect(records[1]!.roles.map((r) => r.code)).toEqual(['ZEMELI', 'ZEMGOV']);
    expect(records[1]!.note).toBe('note on the primary');
    expect(records[3]!.roles.map((r) => [r.code, r.isDefault])).toEqual([['ZEMOPP', false], ['ELI', true]]);
  });
});

describe('the agents dictionary reader', () => {
  const AGENTS = [
    '!PERSON! = MAN, MEN, WOMAN, WOMEN',
    'FERRY!PERSON! [~BUS]',
    'GUARD [~MIL]',
    'PALACE_GUARD {} [~MIL]',
    'HARBOUR_THIEF {HARBOUR_THIEVES} [~CRM]',
    'AID_BODY [NGO~]',
    'BROKEN LINE WITHOUT CODE',
  ].join('\n');
  const agents = parseAgentDictionary(AGENTS);
  it('expands substitutions, plurals and codes', () => {
    expect(agents).toEqual([
      { phrase: 'FERRYMAN', code: 'BUS', number: 's' },
      { phrase: 'FERRYMEN', code: 'BUS', number: 'p' },
      { phrase: 'FERRYWOMAN', code: 'BUS', number: 's' },
      { phrase: 'FERRYWOMEN', code: 'BUS', number: 'p' },
      { phrase: 'GUARD', code: 'MIL', number: 's' },
      { phrase: 'GUARDS', code: 'MIL', number: 'p' },
      { phrase: 'PALACE GUARD', code: 'MIL', number: 'n' },
      { phrase: 'HARBOUR THIEF', code: 'CRM', number: 's' },
      { phrase: 'HARBOUR THIEVES', code: 'CRM', number: 'p' },
      { phrase: 'AID BODY', code: 'NGO', number: 's' },
      { phrase: 'AID BODIES', code: 'NGO', number: 'p' },
    ]);
  });
  const plurals: [string, string][] = [
    ['TROOP', 'TROOPS'], ['AUTHORITY', 'AUTHORITIES'], ['BOSS', 'BOSSES'], ['POLICE CHAIRMAN', 'POLICE CHAIRMEN'], ['ENVOY', 'ENVOYS'],
  ];
  it.each(plurals)('plural of %s', (s, p) => expect(pluralOf(s)).toBe(p));
});
