import { describe, expect, it } from 'vitest';
import type { Event } from '../analysis/format.js';
import { country, only, run, type ActorDef, type QuoteDef } from './test-support.js';

// Who did it and to whom: sentences written for these tests.
describe('events: participants', () => {
  const cases: [string, string, Record<string, ActorDef>, Partial<Event>][] = [
    ['"more than 100" is a quantity, not a "than" phrase',
      '[S Border guards] detained more than 100 [M migrants] on Tuesday.', {},
      { type: 'COERCE', actor: 'S', target: 'M' }],
    ['"from" names the target of a withdrawal', '[U Westland] withdrew its troops from [N Northia] last spring.', { U: country('WST'), N: country('NRT') },
      { type: 'RETREAT', actor: 'U', target: 'N' }],
    ['a "by" phrase after the object names whose the object is', '[B The board] rejected calls by [S shareholders] for a new vote.', {},
      { type: 'REJECT', actor: 'B', target: 'S' }],
    ['a hyphenated modifier before the target', '[G The donors] pledged more aid to war-torn [C Carlania].', { C: country('CRL') },
      { target: 'C' }],
    ['a light verb over a hyphenated modifier gives the noun its actor', '[N Norland] launched its long-planned offensive on Tuesday.', { N: country('NLD') },
      { type: 'ASSAULT', actor: 'N' }],
    ['a light verb over a list of nouns', '[A The army] fired artillery, mortar and rocket fire at [R rebel positions].', {},
      { type: 'ASSAULT', actor: 'A', target: 'R' }],
    ['"came under attack": the subject suffers the noun’s event', '[C The convoy] came under attack near the pass.', {},
      { type: 'ASSAULT', target: 'C' }],
    ['a comma-enclosed aside between subject and verb', '[G Gondor], like several of its neighbours, plans to close its border with [R Rohan].', { G: country('GDR'), R: country('RHN') },
      { actor: 'G' }],
    ['a mediation "between" two sides is aimed at them', '[E The envoy] began a mediation between [S Sudria] and [T Tarvia].', { S: country('SDR'), T: country('TRV') },
      { type: 'CONSULT', cameo: '045', actor: 'E', target: 'S' }],
    ['"opposed to" a noun rejects it, aimed at the noun’s actor', '[I Islandia] is opposed to [F French] mediation in the dispute.', { I: country('ISL'), F: country('FRA') },
      { type: 'REJECT', cameo: '126', actor: 'I', target: 'F' }],
    ['a subject whose name holds a slash, coordinated', '[G The government] and [R SPLM/A] have agreed to allow access for aid workers.', {},
      { type: 'AGREE', actor: 'G' }],
    ['a subject with its own examples ("including ...")', '[A Coalition aircraft] including helicopter gunships killed [C six civilians] near the river.', {},
      { type: 'ASSAULT', actor: 'A', target: 'C' }],
    ['"agreed to" a noun: aimed at the noun’s actor', '[P The premier] agreed to [U American] mediation in the border dispute.', { U: country('USA') },
      { type: 'AGREE', cameo: '039', actor: 'P', target: 'U' }],
    ['rejecting an offer to act is aimed at whoever offered', '[A The opposition leader] rejected [U the ruling party]’s offer to hold talks.', {},
      { type: 'REJECT', actor: 'A', target: 'U' }],
  ];
  it.each(cases)('%s', (_, markup, defs, want) => {
    expect(only(run(markup, defs))).toMatchObject(want);
  });

  it('"it" refers to a head, never to a possessor inside another phrase', () => {
    const events = run('The blockade by [R Ruritania] angered [U Utopia]’s [W allies], who derided it as reckless.', { R: country('RUR'), U: country('UTP') });
    expect(events.find((e) => e.type === 'ACCUSE')).toMatchObject({ actor: 'W', target: 'R' });
  });

  it('the subject after "unless" is that clause’s own', () => {
    const events = run('[O The opposition] will boycott the vote unless [P the president] agrees to step down.');
    expect(events.find((e) => e.trigger.text.includes('step'))).toMatchObject({ actor: 'P' });
  });

  it('a complaint’s addressee is not its target', () => {
    const events = run('[L Lakeland] complained to [U the United Nations] about raids by [H Hillmark].', { L: country('LKL'), H: country('HLM') });
    expect(events.find((e) => e.type === 'ACCUSE')).toMatchObject({ actor: 'L', target: 'H' });
  });

  it('a thing as object makes the infinitive a purpose: one event, the verb’s', () => {
    const e = only(run('[M The deputy] started a hunger strike on Monday to protest [G the government]’s decision.'));
    expect(e).toMatchObject({ type: 'PROTEST', cameo: '142', actor: 'M' });
  });

  it('a governing noun: "announced plans to" is the subject’s intent', () => {
    const e = only(run('[N Norland] announced plans to withdraw its forces from [S Sudria].', { N: country('NLD'), S: country('SDR') }));
    expect(e).toMatchObject({ type: 'AGREE', cameo: '0356', actor: 'N', target: 'S', modality: { future: true } });
    expect(e.trigger.text).toBe('announced plans to withdraw');
  });
});

describe('events: reported speech', () => {
  const quoted = (markup: string, quotes: QuoteDef[]) => run(markup, {}, '2023-05-10', quotes);

  it('a pronoun opening what a speaker said is the speaker', () => {
    const party = { U: { kind: 'organization', country: null } } as const;
    const e = only(run('[U The Umma party] said it would boycott the vote.', party, '2023-05-10', [{ content: 'it would boycott the vote', speaker: 'U' }]));
    expect(e).toMatchObject({ type: 'THREATEN', actor: 'U' });
    // a speaker the pronoun cannot be ("they" for a single person) is passed over
    const m = run('[M Militants] loyal to [Z Abu Zarqa] said they attacked [P the convoy].', { Z: { kind: 'person', country: null } }, '2023-05-10',
      [{ content: 'they attacked the convoy', speaker: 'Z' }]);
    expect(m.find((x) => x.type === 'ASSAULT')?.actor).toBe('M');
  });

  it('"X said that Y attacked Z" is Y -> Z, whatever the tagger makes of "that"', () => {
    const e = only(quoted('[R The rebels] said on Monday that [T government troops] attacked their positions.', [
      { content: 'government troops attacked their positions', speaker: 'R' },
    ]));
    expect(e).toMatchObject({ type: 'ASSAULT', actor: 'T', target: 'R' });
  });

  it('"Y attacked in Z, X said": the speaker is no target', () => {
    const e = only(quoted('[T The troops] arrived in the northern province, [O an official] said.', [
      { content: 'The troops arrived in the northern province', speaker: 'O' },
    ]));
    expect(e.target).toBeNull();
  });

  it('a quote that states an event is not read as criticism by its speaker', () => {
    const events = quoted('[S Sudria] says it will never accept the cruel and brutal terms of [T Tarvia].', [
      { content: 'it will never accept the cruel and brutal terms of Tarvia', speaker: 'S' },
    ]);
    expect(events.map((e) => e.type)).not.toContain('ACCUSE');
  });
});
