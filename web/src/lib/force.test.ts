import { describe, expect, it } from 'vitest';
import { layout } from './force.js';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('layout', () => {
  const nodes = [1, 2, 3, 4, 5, 6].map((id) => ({ id, weight: 1 }));
  // Two triangles joined by one edge (3-4).
  const edges = [[1, 2], [2, 3], [1, 3], [4, 5], [5, 6], [4, 6], [3, 4]].map(([source, target]) => ({ source: source!, target: target!, weight: 1 }));
  const pos = layout(nodes, edges, 800, 500);

  it('places every node inside the frame, within its margins', () => {
    expect([...pos.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const p of pos.values()) {
      expect(p.x).toBeGreaterThanOrEqual(90 - 1e-6);
      expect(p.x).toBeLessThanOrEqual(710 + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(p.y).toBeLessThanOrEqual(460 + 1e-6);
    }
  });

  it('keeps linked nodes nearer than unlinked ones', () => {
    const within = (dist(pos.get(1)!, pos.get(2)!) + dist(pos.get(5)!, pos.get(6)!)) / 2;
    const across = (dist(pos.get(1)!, pos.get(6)!) + dist(pos.get(2)!, pos.get(5)!)) / 2;
    expect(within).toBeLessThan(across);
  });

  it('is deterministic and keeps nodes apart', () => {
    expect(layout(nodes, edges, 800, 500)).toEqual(pos);
    const ps = [...pos.values()];
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) expect(dist(ps[i]!, ps[j]!)).toBeGreaterThan(20);
  });

  it('ignores edges to unknown nodes and self-loops', () => {
    const p = layout([{ id: 1, weight: 1 }, { id: 2, weight: 1 }], [{ source: 1, target: 9, weight: 1 }, { source: 1, target: 1, weight: 1 }], 400, 300);
    expect(p.size).toBe(2);
    for (const q of p.values()) expect(Number.isFinite(q.x) && Number.isFinite(q.y)).toBe(true);
  });
});
