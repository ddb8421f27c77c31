import { describe, expect, it } from 'vitest';
import { check, run, type Expect } from './test-support.js';

// Sentences written for these tests: a story about one state that quotes another state's office.
const TURKEY = '[NORP Turkish] police detained dozens of protesters in [GPE Ankara] on Tuesday. ';
const BRITAIN = '[NORP British] ministers met in [GPE London] on Monday to discuss the budget. ';

describe('actors: a title that names one state\'s office by itself', () => {
  const cases: [string, string, string, Expect][] = [
    ['a bare "Secretary of State" in a story about another state',
      TURKEY + 'Secretary of State [PERSON Dana Whitfield] said [GPE the United States] was following events in [GPE Ankara] closely.',
      'Dana Whitfield', { kind: 'person', country: 'USA', sector: 'GOV', code: 'USAGOV', mentions: ['Secretary of State Dana Whitfield'] }],
    ['a nationality before the title wins over the default',
      TURKEY + '[NORP Turkish] Foreign Minister [PERSON Kemal Arslan] said the protests were illegal. Secretary of State [PERSON Dana Whitfield] called.',
      'Kemal Arslan', { country: 'TUR', sector: 'GOV', code: 'TURGOV' }],
    ['the title in apposition', TURKEY + '[PERSON Dana Whitfield], the Secretary of State, said she was worried.',
      'Dana Whitfield', { country: 'USA', code: 'USAGOV' }],
    ['with a title word before it', TURKEY + 'Deputy Secretary of State [PERSON Omar Little] flew to [GPE Ankara].',
      'Omar Little', { country: 'USA', sector: 'GOV' }],
    ['the office with nobody named', TURKEY + 'The Secretary of State said the arrests were worrying.',
      'Secretary of State', { kind: 'person', country: 'USA', code: 'USAGOV' }],
    ['a state before the title', 'Pilgrims filled the square. [GPE Vatican] Secretary of State [PERSON Paolo Conti] met them.',
      'Paolo Conti', { country: 'VAT', sector: 'GOV' }],
    ['the British form with a portfolio keeps the country the story is about',
      BRITAIN + 'Secretary of State for Defence [PERSON Alan Price] told [ORG Parliament] that [NORP British] troops would stay.',
      'Alan Price', { kind: 'person', country: 'GBR', sector: 'GOV', mentions: ['Secretary of State for Defence Alan Price'] }],
    ['a pope in a story about another state', '[GPE Lebanon] prepared for a visit. Pope [PERSON Pius] said he would pray in [GPE Beirut].',
      'Pius', { country: 'VAT', sector: 'REL', code: 'VATREL' }],
    ['a church named before "Pope" is no Roman pope', '[GPE Egypt] marked a feast. [NORP Coptic] Pope [PERSON Shenouda Bishoy] led the prayers.',
      'Shenouda Bishoy', { country: 'EGY', sector: 'REL' }],
    ['an Irish head of government', 'The talks opened in [GPE Brussels]. Taoiseach [PERSON Sean Malone] arrived late.',
      'Sean Malone', { country: 'IRL', sector: 'GOV', mentions: ['Taoiseach Sean Malone'] }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  it('keeps a known person\'s country from the lexicon over the default', () => {
    // The dictionaries know Francis Maude as a British minister.
    expect(run(TURKEY + 'Secretary of State [PERSON Francis Maude] said he was worried.').byName('Francis Maude')?.country).toBe('GBR');
  });

  it('takes the default over a surname the dictionaries know for another state', () => {
    // The dictionaries' only political Rubio is Spanish; a bare Secretary of State is American.
    expect(run(TURKEY + 'Secretary of State [PERSON Rubio] said he was worried.').byName('Rubio')?.country).toBe('USA');
  });

  it('gives no default when a name the tagger found stands before the title', () => {
    const r = run('Votes were counted overnight. [GPE Westmark] Secretary of State [PERSON Ruth Cole] certified the result.');
    expect(r.byName('Ruth Cole')?.country).not.toBe('USA');
  });

  it('makes the default no mention of the state and leaves other titles to the story', () => {
    const r = run(TURKEY + 'Secretary of State [PERSON Dana Whitfield] called. President [PERSON Ali Kaya] answered.');
    expect(r.byName('Ali Kaya')?.country).toBe('TUR');
    expect(r.actors.filter((a) => a.kind === 'country').map((a) => a.country)).toEqual(['TUR']);
  });
});
