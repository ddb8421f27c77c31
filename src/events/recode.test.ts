import { describe, expect, it } from 'vitest';
import { country, only, run } from './test-support.js';

// How governing words and conditions recode an event: sentences written for these tests.
describe('events: conditions and governing words', () => {
  it('force made to hang on what another does is a threat aimed at them', () => {
    const e = only(run('[N Norland] will attack [R rebel bases] if [S Sudria] keeps arming them.', { N: country('NLD'), S: country('SDR') }));
    expect(e).toMatchObject({ type: 'THREATEN', actor: 'N', target: 'R' });
  });

  it('a conditional "may halt talks" is a threat; the condition names the target when the clause has none', () => {
    const e = only(run('[U The union] may halt negotiations unless [C the company] raises wages.'));
    expect(e).toMatchObject({ type: 'THREATEN', cameo: '134', actor: 'U', target: 'C' });
  });

  it('a threat with a condition is aimed at whoever the condition is about', () => {
    const e = only(run('[N Norland] threatened to cut aid if [S Sudria] held the vote.', { N: country('NLD'), S: country('SDR') }));
    expect(e).toMatchObject({ type: 'THREATEN', cameo: '1311', actor: 'N', target: 'S' });
  });

  it('a plain future without a condition stays what it is for cooperation', () => {
    const e = only(run('[N Norland] will send aid to [S Sudria].', { N: country('NLD'), S: country('SDR') }));
    expect(e.type).toBe('AGREE');
  });

  it('an order whose complement codes no event is a demand of its object', () => {
    const e = only(run('[J A judge] ordered [M the former minister] to pay a fine.'));
    expect(e).toMatchObject({ type: 'REQUEST', cameo: '100', actor: 'J', target: 'M' });
  });

  it('forces readied for an attack are mobilized, not threatening', () => {
    const e = only(run('[A The army] prepared to resume shelling [R rebel positions].', { A: { kind: 'group', country: 'NLD', sector: 'MIL' } }));
    expect(e).toMatchObject({ type: 'MOBILIZE', cameo: '152', actor: 'A' });
    const talks = only(run('[A The army] is prepared to hold talks with [R the rebels].', { A: { kind: 'group', country: 'NLD', sector: 'MIL' } }));
    expect(talks.type).toBe('AGREE');
  });

  it('an order: the orderer acts, the one ordered is the target', () => {
    const e = only(run('[G The junta] ordered [P the newspaper] to suspend publication.'));
    expect(e).toMatchObject({ type: 'COERCE', cameo: '1721', actor: 'G', target: 'P' });
  });

  it('an adverbial phrase between a governing verb and its infinitive ("agreed in principle to")', () => {
    const e = only(run('[E The ministers] agreed in principle to provide aid to [R Ruritania].', { R: country('RUR') }));
    expect(e).toMatchObject({ type: 'AGREE', cameo: '033', actor: 'E', target: 'R' });
  });

  it('words said for the purpose of a meeting are said to the one met', () => {
    const e = run('[M The minister] summoned [A the ambassador] to complain about the raids.').find((x) => x.type === 'ACCUSE');
    expect(e).toMatchObject({ type: 'ACCUSE', actor: 'M', target: 'A' });
  });

  it('pressing someone to act asks it of them', () => {
    const e = only(run('[A The authorities] have been pressuring [W the workers] to cancel their strike.'));
    expect(e).toMatchObject({ type: 'REQUEST', actor: 'A', target: 'W' });
  });
});
