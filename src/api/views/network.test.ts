import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../store/types.js';
import { buildNetwork } from './network.js';

const actor = (id: number) => ({ id, name: `actor ${id}`, code: null, country: null });
const ev = (occ: number, a: number | null, t: number | null, quad: number | null) =>
  ({ occurrenceId: occ, actor: a === null ? null : actor(a), target: t === null ? null : actor(t), quad }) as EventRow;

describe('buildNetwork', () => {
  it.each([
    ['counts an occurrence told twice once, and keeps both mentions', [ev(1, 1, 2, 4), ev(1, 1, 2, 4)], ['1>2 events=1 mentions=2 quad=4']],
    ['keeps directions apart', [ev(1, 1, 2, 3), ev(2, 2, 1, 1)], ['1>2 events=1 mentions=1 quad=3', '2>1 events=1 mentions=1 quad=1']],
    ['colours by the most frequent quad class', [ev(1, 1, 2, 1), ev(2, 1, 2, 4), ev(3, 1, 2, 4)], ['1>2 events=3 mentions=3 quad=4']],
    ['leaves out events without both sides, and actors acting on themselves', [ev(1, 1, null, 4), ev(2, null, 2, 4), ev(3, 3, 3, 4)], []],
    ['has no colour when no quad is known', [ev(1, 1, 2, null)], ['1>2 events=1 mentions=1 quad=null']],
  ])('%s', (_what, events, expected) => {
    const { edges } = buildNetwork(events, 10);
    expect(edges.map((e) => `${e.source}>${e.target} events=${e.events} mentions=${e.mentions} quad=${e.quad}`).sort()).toEqual(expected);
  });

  it('keeps the actors in most occurrences, and only the edges between them', () => {
    const events = [ev(1, 1, 2, 4), ev(2, 1, 3, 4), ev(3, 1, 4, 4), ev(4, 2, 3, 4), ev(5, 5, 6, 4)];
    const { nodes, edges } = buildNetwork(events, 3);
    expect(nodes.map((n) => [n.id, n.events])).toEqual([[1, 3], [2, 2], [3, 2]]);
    expect(edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['1>2', '1>3', '2>3']);
  });

  it('drops an actor whose partners were all cut', () => {
    const events = [ev(1, 1, 2, 4), ev(2, 1, 2, 4), ev(3, 2, 1, 4), ev(4, 3, 4, 4), ev(5, 3, 5, 4), ev(6, 3, 6, 4)];
    const { nodes, edges } = buildNetwork(events, 3);
    expect(nodes.map((n) => n.id).sort()).toEqual([1, 2]);
    expect(edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['1>2', '2>1']);
  });
});
