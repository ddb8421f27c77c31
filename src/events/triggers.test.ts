import { describe, expect, it } from 'vitest';
import { country, only, run } from './test-support.js';

// Which words code an event, and as what: sentences written for these tests.
describe('events: triggers', () => {
  it('"release" codes a release only when what is released is an actor', () => {
    expect(only(run('[G The junta] released [P two opposition leaders] on Friday.'))).toMatchObject({ type: 'RETREAT', cameo: '0841', actor: 'G', target: 'P' });
    expect(run('[G The ministry] released its annual report on Friday.')).toEqual([]);
  });

  it('a quantity before the object does not hide it from a pattern ("up to 4,000 troops")', () => {
    const e = only(run('[N Norland] is ready to contribute up to 4,000 troops to the mission in [S Sudria].', { N: country('NLD'), S: country('SDR') }));
    expect(e).toMatchObject({ type: 'AGREE', cameo: '0334', actor: 'N' });
  });

  it('protest said in words is criticism; protest in the street is a protest', () => {
    expect(only(run('[A The authorities] are failing the refugees, [G a rights group] protested {2023-05-08 on Monday}.'))).toMatchObject({ type: 'ACCUSE', cameo: '111', actor: 'G', target: 'A' });
    expect(only(run('[W The workers] protested that the new rules were unfair.'))).toMatchObject({ type: 'ACCUSE', actor: 'W' });
    expect(only(run('[W Thousands of workers] protested in the capital on Monday.'))).toMatchObject({ type: 'PROTEST', cameo: '141' });
  });

  it('a purpose after a time is still the protest itself ("stayed home {2023-05-08 on Monday} to protest")', () => {
    expect(only(run('[T Teachers] stayed home {2023-05-08 on Monday} to protest against [G the ministry].'))).toMatchObject({ type: 'PROTEST', actor: 'T' });
  });

  it('lawsuits, violations of truces and of laws, shared intelligence', () => {
    expect(only(run('[B A businessman] is suing [S the state] for damages.')).cameo).toBe('115');
    expect(only(run('[R The rebels] violated the ceasefire agreement twice.')).cameo).toBe('196');
    expect(only(run('[P The paper] violated a ban on reporting the trial.')).cameo).toBe('128');
    expect(only(run('[A Athens] agreed to share intelligence with [R Rome].')).type).toBe('AGREE');
  });
});
