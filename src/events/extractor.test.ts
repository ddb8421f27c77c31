import { describe, expect, it } from 'vitest';
import type { Event } from '../analysis/format.js';
import { country, only, run, type ActorDef } from './test-support.js';


describe('events: type, code and participants', () => {
  const cases: [string, string, Record<string, ActorDef>, Partial<Event>][] = [
    ['a verb with subject and object', '[A Rebels] attacked [B an army convoy] near the river.', {},
      { type: 'ASSAULT', cameo: '190', actor: 'A', target: 'B', quad: 4, goldstein: -10 }],
    ['a nominalization with a possessor and "of"', "[R Norland]'s invasion of [S Sudria] began before dawn.", { R: country('NLD'), S: country('SDR') },
      { type: 'ASSAULT', actor: 'R', target: 'S' }],
    ['a passive with "by"', '[J Two journalists] were arrested by [P police] outside the court.', {},
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: 'P', target: 'J' }],
    ['a target after "against"', '[G The government] imposed sanctions against [N its neighbour].', {},
      { type: 'COERCE', cameo: '163', actor: 'G', target: 'N' }],
    ['a possessive object', '[U The union] condemned [C the company]’s decision to close the plant.', {},
      { type: 'ACCUSE', mode: 'disapprove', actor: 'U', target: 'C' }],
    ['coordinated subjects', '[F France] and [D Denmark] criticised [T the tribunal] on Friday.', { F: country('FRA'), D: country('DNK') },
      { type: 'ACCUSE', actor: 'F', target: 'T' }],
    ['a material verb + object noun', '[W Westland] provided [E Eastmark] military aid for its defense.', { W: country('WST'), E: country('EST') },
      { type: 'AID', mode: 'military', actor: 'W', target: 'E' }],
    ['a relative clause takes its antecedent as subject', 'The ruling angered [L local leaders], who derided it as a farce.', {},
      { type: 'ACCUSE', actor: 'L' }],
    ['a head of state calling for the mobilization of its citizens orders it',
      '[P The president] on Monday called for the mobilization of [C reservists].',
      { P: { kind: 'person', country: 'NLD', sector: 'GOV' }, C: { kind: 'group', country: 'NLD', sector: 'MIL' } },
      { type: 'MOBILIZE', mode: 'troops', cameo: '154', actor: 'P', target: 'C' }],
    ['a request: "urged ... to"', '[M The mediator] urged [R the rebels] to release [H the hostages].', {},
      { type: 'REQUEST', cameo: '0253', actor: 'M', target: 'R' }],
    ['a demand in a reported clause: "must"', '[M The minister] said that [B the bank] must cut its fees.', {},
      { type: 'REQUEST', cameo: '100', actor: 'M', target: 'B' }],
  ];
  it.each(cases)('%s', (_, markup, defs, want) => {
    expect(only(run(markup, defs))).toMatchObject(want);
  });

  it('codes protests and arrests with their ACLED types', () => {
    const [protest, arrest] = run('[D Demonstrators] staged protests in the capital, and [P police] arrested [S several students].');
    expect(protest).toMatchObject({ type: 'PROTEST', mode: 'demo', acled: { type: 'Protests', subType: 'Peaceful protest' }, actor: 'D' });
    expect(arrest).toMatchObject({ type: 'COERCE', acled: { type: 'Strategic developments', subType: 'Arrests' }, actor: 'P', target: 'S' });
  });

  it('codes events outside PLOVER with a category and no type', () => {
    const quake = only(run('A strong earthquake shook the coastal towns overnight.'));
    expect(quake).toMatchObject({ type: null, category: 'NATURAL_DISASTER', cameo: null, quad: null, goldstein: null, acled: null });
    expect(only(run('Customs officers broke up a drug trafficking ring.')).category).toBe('ORGANIZED_CRIME');
    expect(only(run('A gas leak forced the evacuation of the mall.')).category).toBe('MAN_MADE_DISASTER');
  });
});

describe('events: one event per occurrence', () => {
  it('merges coordinated verbs of one type', () => {
    const e = only(run('Gunmen killed or wounded [V twelve villagers] on the road.'));
    expect(e.trigger.text).toBe('killed or wounded');
  });

  it('reads "agreed to withdraw" as one event of intent', () => {
    const e = only(run('[G The government] agreed to withdraw [T its troops] from the border.'));
    expect(e).toMatchObject({ type: 'AGREE', cameo: '0356', actor: 'G', trigger: { text: 'agreed to withdraw' } });
  });

  it('a noun heading a verb’s subject is the verb’s occurrence ("the deployment of troops arrived")', () => {
    const e = only(run('The first deployment of [T Nordic peacekeeping troops] arrived in [S Sudria] on Friday.', { T: { kind: 'group', country: 'NOR', sector: 'MIL' }, S: country('SDR') }));
    expect(e).toMatchObject({ type: 'AID', actor: 'T' });
  });

  it('takes a noun a verb pattern reads as part of the verb’s event', () => {
    const e = only(run('[D Donors] provided [R the region] support last winter.'));
    expect(e.type).toBe('AID');
  });

  it('codes no event for a plain use of an event word', () => {
    expect(run('The players demonstrated great resolve in the final.')).toEqual([]);
    expect(run('He spoke in support of the proposal.')).toEqual([]);
    expect(run('The singer suffered a heart attack last year.')).toEqual([]);
    expect(run('The war memorial was restored.')).toEqual([]);
  });
});

describe('events: modality', () => {
  const modality = (markup: string) => run(markup).map((e) => [e.type, e.modality] as const);

  it('negation', () => {
    expect(modality('[A The army] did not attack [V the village].')).toEqual([['ASSAULT', { negated: true, hedged: false, future: false }]]);
    expect(modality('[P Police] made no arrests during the march.')[0]).toEqual(['COERCE', { negated: true, hedged: false, future: false }]);
  });

  it('a subject opening with "no one", "nobody", "none of" denies the event', () => {
    const typed = (markup: string, type: string) => modality(markup).filter(([t]) => t === type).map(([, m]) => m.negated);
    expect(typed('The roof of the depot collapsed overnight. No one was injured.', 'ASSAULT')).toEqual([true]);
    expect(typed('Nobody was arrested at the rally, organisers said.', 'COERCE')).toEqual([true]);
    expect(typed('Nobody was arrested at the rally, organisers said.', 'PROTEST')).toEqual([false]); // the rally took place
    expect(typed('None of the guards fired at the crowd.', 'ASSAULT')).toEqual([true]);
    expect(typed('No protesters were detained after the march.', 'COERCE')).toEqual([true]);
    // the same verbs with a subject that does not deny stay asserted
    expect(typed('Two workers were injured.', 'ASSAULT')).toEqual([false]);
    expect(typed('Some of the guards fired at the crowd.', 'ASSAULT')).toEqual([false]);
    expect(typed('Police arrested no fewer than ten people.', 'COERCE')).toEqual([false]);
  });

  it('"will not hesitate to" is intent to act, not a refusal', () => {
    const e = only(run('[U The union] will not hesitate to support [W the striking workers].'));
    expect(e.type).toBe('AGREE');
    expect(e.modality).toEqual({ negated: false, hedged: false, future: true });
  });

  it('hedges: "reports has it", "allegedly", "according to unconfirmed reports", "claimed"', () => {
    for (const markup of [
      'Reports has it that [F rebel fighters] surrendered near the border.',
      '[S Soldiers] allegedly tortured [D detainees] in the camp.',
      '[S Soldiers] shelled [T the town], according to unconfirmed reports.',
      '[M The ministry] claimed that [R the rebels] had shelled [T the town].',
    ]) {
      const e = run(markup).at(-1)!;
      expect(e.modality.hedged, markup).toBe(true);
    }
    expect(only(run('[S Soldiers] shelled [T the town] on Sunday.')).modality.hedged).toBe(false);
  });

  it('future and intent: "will continue", "plans to", "threatened to"', () => {
    const aid = only(run('[X The alliance] will continue to supply weapons to [Y the army].'));
    expect(aid).toMatchObject({ type: 'AGREE', cameo: '0332', modality: { future: true, negated: false } });
    const plan = only(run('[C The council] plans to impose a curfew on [T the district].'));
    expect(plan).toMatchObject({ type: 'THREATEN', cameo: '1323', modality: { future: true } });
    const threat = only(run('[P The president] threatened to expel [D the diplomats].'));
    expect(threat).toMatchObject({ type: 'THREATEN', actor: 'P', trigger: { text: 'threatened to expel' } });
  });

  it('a refusal of a cooperative act is a rejection', () => {
    const e = only(run('[K The junta] refused to release [P the prisoners].'));
    expect(e).toMatchObject({ type: 'REJECT', cameo: '1243', actor: 'K', modality: { negated: false } });
  });

  it('an event dated after publication is future', () => {
    const e = only(run('[A The ministers] will meet [B their counterparts] {2023-06-02 on June 2}.', {}, '2023-05-10'));
    expect(e.modality.future).toBe(true);
  });
});

describe('events: date and place', () => {
  it('takes the date and place of the event’s clause', () => {
    const e = only(run('[A Militants] attacked [B a checkpoint] in <IRQ Iraq> {2023-04-30 on Sunday}.'));
    expect(e).toMatchObject({ date: '2023-04-30', place: { text: 'Iraq' } });
  });

  it('falls back to the publication date, and to the actor’s country for a domestic act', () => {
    const [, arrest] = run('Protests spread across <RUS Russia>. [P Police] arrested [S students] after the march.', {
      P: { kind: 'group', country: 'RUS', sector: 'COP' }, S: { kind: 'group', country: 'RUS', sector: 'CVL' },
    });
    expect(arrest).toMatchObject({ date: '2023-05-10', place: { text: 'Russia' } });
  });

  it('finds the protesters and police of a protest the sentence leaves implicit', () => {
    const events = run('Thousands joined protests against the reform in <FRA France>. [P Riot police] detained dozens. [D Protesters] chanted slogans.', {
      P: { kind: 'group', country: 'FRA', sector: 'COP' }, D: { kind: 'group', country: 'FRA', sector: 'CVL' },
      G: { kind: 'organization', country: 'FRA', sector: 'GOV' },
    });
    expect(events[0]).toMatchObject({ type: 'PROTEST', actor: 'D', place: { text: 'France' } });
    expect(events[1]).toMatchObject({ type: 'COERCE', actor: 'P', target: 'D' });
  });
});
