import { describe, expect, it } from 'vitest';
import type { ActorDef } from './test-support.js';
import { run } from './test-support.js';

// The unnamed target of events aimed at the other side of a country's own politics.
const defs: Record<string, ActorDef> = {
  C: { kind: 'country', country: 'NLD' },
  G: { kind: 'organization', country: 'NLD', sector: 'GOV' },
  R: { kind: 'group', country: 'NLD', sector: 'REB' },
  P: { kind: 'group', country: 'NLD', sector: 'CVL' },
};

describe('events: domestic targets', () => {
  const cases: [string, string, string, string | null][] = [
    ['a state imposing a curfew acts on its country', '[G The cabinet] imposed a curfew in the capital. [C Norland] is tense.', 'COERCE', 'C'],
    ['a state lifting a state of emergency acts on its country', '[G The cabinet] lifted the state of emergency. [C Norland] is calm.', 'RETREAT', 'C'],
    ['rebels attacking act against the government', '[R Rebels] shelled the northern city overnight, [G the cabinet] said.', 'ASSAULT', 'G'],
    ['protesters demand of the government', '[P Students] demanded political reforms on Monday. [G The cabinet] was silent.', 'REQUEST', 'G'],
    ['no target for cooperation', '[G The cabinet] met on Monday. [C Norland] is calm.', 'CONSULT', null],
  ];
  it.each(cases)('%s', (_, markup, type, target) => {
    const e = run(markup, defs).find((x) => x.type === type);
    expect(e, markup).toBeDefined();
    expect(e!.target).toBe(target);
  });

  it('never makes an actor its own target', () => {
    const e = run('[C Norland] imposed a curfew in the capital.', defs).find((x) => x.type === 'COERCE');
    expect(e!.actor).toBe('C');
    expect(e!.target).toBeNull();
  });
});
