import { describe, expect, it } from 'vitest';
import { Resources } from '../engine/resources.js';
import { demandToAppeal } from './convert.js';
import { getEventLexicon } from './lexicon.js';

const lex = getEventLexicon(new Resources());

describe('CAMEO codes in the analysis format', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['154', { type: 'MOBILIZE', mode: 'troops', quad: 4, goldstein: -7.2, acled: { type: 'Strategic developments', subType: 'Other' } }],
    ['141', { type: 'PROTEST', mode: 'demo', quad: 4, acled: { type: 'Protests', subType: 'Peaceful protest' } }],
    ['145', { type: 'PROTEST', mode: 'riot', acled: { type: 'Riots', subType: 'Violent demonstration' } }],
    ['173', { type: 'COERCE', mode: 'arrest', goldstein: -5, acled: { type: 'Strategic developments', subType: 'Arrests' } }],
    ['0874', { type: 'RETREAT', quad: 2, goldstein: 10 }],
    ['111', { type: 'ACCUSE', mode: 'disapprove', quad: 3, acled: null }],
    ['072', { type: 'AID', mode: 'military', quad: 2 }],
    ['195', { type: 'ASSAULT', acled: { type: 'Explosions/Remote violence', subType: 'Air/drone strike' } }],
    ['1213', { type: 'REJECT', goldstein: -4 }],
    ['0253', { type: 'REQUEST', quad: 1, goldstein: -0.3 }],
  ];
  it.each(cases)('%s', (code, want) => expect(lex.codes.info(code)).toMatchObject(want));

  it('codes no event for public statements (CAMEO 01) or unknown codes', () => {
    expect(lex.codes.info('010')).toBeNull();
    expect(lex.codes.info('999')).toBeNull();
  });

  it('gives categories no type, code or scale', () => {
    expect(lex.codes.info('ORGANIZED_CRIME')).toMatchObject({ type: null, quad: null, goldstein: null, category: 'ORGANIZED_CRIME' });
  });

  it('converts an event to its intended, threatened, refused or requested code', () => {
    expect(lex.intent.convert('087', 'agree')).toBe('0356');
    expect(lex.intent.convert('163', 'threaten')).toBe('1312');
    expect(lex.intent.convert('0841', 'reject')).toBe('1243');
    expect(lex.intent.convert('0841', 'request')).toBe('1053');
    expect(lex.intent.convert('190', 'agree')).toBeNull();
    expect(demandToAppeal('1053')).toBe('0253');
  });
});

describe('event lexicon', () => {
  it('indexes verbs by their inflected forms, multi-word verbs by their verb', () => {
    expect(lex.verbs.get('shelled')?.[0]?.lemma).toBe('shell');
    expect(lex.verbs.get('fought')?.some((e) => e.lemma === 'fight')).toBe(true);
    expect(lex.verbs.get('cracked')?.some((e) => e.lemma === 'crack_down')).toBe(true);
  });

  it('codes only listed verbs on their own: a generic verb needs a pattern', () => {
    expect(lex.verbs.get('attacked')?.[0]?.code).toBe('190');
    expect(lex.verbs.get('gave')?.find((e) => e.lemma === 'give')?.code ?? null).toBeNull();
  });

  it('indexes nouns in the singular and plural, longest first', () => {
    expect(lex.nouns.get('protests')?.[0]?.code).toBe('141');
    expect(lex.nouns.get('strike')?.[0]?.lemma).toBe('hunger_strike');
  });
});
