import type { EventRow } from '../../store/types.js';

export interface NetworkNode { id: number; name: string; code: string | null; country: string | null; events: number }
export interface NetworkEdge { source: number; target: number; events: number; mentions: number; quad: number | null; quads: number[] }

/**
 * Who acts on whom: one edge per (actor, target) pair, weighted by the
 * distinct occurrences between them (an event told by three articles counts
 * once), coloured by its most frequent quad class. Only the `maxNodes` actors
 * in most occurrences are kept, with the edges between them.
 */
export function buildNetwork(events: readonly EventRow[], maxNodes: number): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const edges = new Map<string, { source: number; target: number; occ: Set<number>; mentions: number; quadOcc: Set<number>[] }>();
  const nodes = new Map<number, { node: NetworkNode; occ: Set<number> }>();
  const node = (a: NonNullable<EventRow['actor']>) => {
    let n = nodes.get(a.id);
    if (!n) nodes.set(a.id, (n = { node: { id: a.id, name: a.name, code: a.code, country: a.country, events: 0 }, occ: new Set() }));
    return n;
  };
  for (const e of events) {
    if (!e.actor || !e.target || e.actor.id === e.target.id) continue;
    const key = `${e.actor.id}>${e.target.id}`;
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { source: e.actor.id, target: e.target.id, occ: new Set(), mentions: 0, quadOcc: [new Set(), new Set(), new Set(), new Set()] }));
    edge.occ.add(e.occurrenceId);
    edge.mentions++;
    if (e.quad !== null && e.quad >= 1 && e.quad <= 4) edge.quadOcc[e.quad - 1]!.add(e.occurrenceId);
    node(e.actor).occ.add(e.occurrenceId);
    node(e.target).occ.add(e.occurrenceId);
  }
  const kept = [...nodes.values()]
    .map((n) => ({ ...n.node, events: n.occ.size }))
    .sort((a, b) => b.events - a.events || a.id - b.id)
    .slice(0, maxNodes);
  const keep = new Set(kept.map((n) => n.id));
  const out: NetworkEdge[] = [];
  for (const e of edges.values()) {
    if (!keep.has(e.source) || !keep.has(e.target)) continue;
    const quads = e.quadOcc.map((q) => q.size);
    const top = Math.max(...quads);
    out.push({ source: e.source, target: e.target, events: e.occ.size, mentions: e.mentions, quad: top > 0 ? quads.indexOf(top) + 1 : null, quads });
  }
  out.sort((a, b) => b.events - a.events || a.source - b.source || a.target - b.target);
  // An actor whose partners were all cut has nothing left to draw.
  const linked = new Set(out.flatMap((e) => [e.source, e.target]));
  return { nodes: kept.filter((n) => linked.has(n.id)), edges: out };
}
