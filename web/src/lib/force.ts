/**
 * A small force-directed layout: nodes repel each other, edges pull their
 * ends together, a weak pull keeps everything near the centre. Deterministic
 * (nodes start on a circle), O(n²) per step: enough for a few hundred actors.
 */

export interface LayoutNode { readonly id: number; readonly weight: number }
export interface LayoutEdge { readonly source: number; readonly target: number; readonly weight: number }
export interface Point { x: number; y: number }

export function layout(
  nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], width: number, height: number,
  { steps = 300, margin = { x: 90, y: 40 } }: { steps?: number; margin?: { x: number; y: number } } = {},
): Map<number, Point> {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    const r = Math.min(width, height) * 0.35;
    return { x: width / 2 + r * Math.cos(a), y: height / 2 + r * Math.sin(a) };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: e.weight }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined && l.a !== l.b);
  const area = width * height;
  const k = Math.sqrt(area / Math.max(1, n)) * 0.6;
  const gravity = 0.12 * Math.sqrt(Math.max(1, n));
  // Repulsion only within a few ideal lengths (as in Fruchterman and Reingold's grid variant), so a node
  // with one edge is not pushed far out by every other node.
  const cutoff2 = (2.5 * k) ** 2;
  let temperature = Math.min(width, height) / 8;
  const cool = temperature / (steps + 1);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);

  for (let step = 0; step < steps; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i]!.x - pos[j]!.x;
        let y = pos[i]!.y - pos[j]!.y;
        let d2 = x * x + y * y;
        if (d2 < 0.01) {
          x = (i - j) * 0.1;
          y = 0.1;
          d2 = x * x + y * y;
        }
        if (d2 > cutoff2) continue;
        const f = (k * k) / d2;
        dx[i]! += x * f; dy[i]! += y * f;
        dx[j]! -= x * f; dy[j]! -= y * f;
      }
    }
    for (const l of links) {
      const x = pos[l.a]!.x - pos[l.b]!.x;
      const y = pos[l.a]!.y - pos[l.b]!.y;
      const d = Math.sqrt(x * x + y * y) || 0.01;
      const f = (d / k) * (1 + Math.log1p(l.w) * 0.5);
      dx[l.a]! -= x * f; dy[l.a]! -= y * f;
      dx[l.b]! += x * f; dy[l.b]! += y * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity: keeps groups that share no edge from drifting apart.
      dx[i]! += (width / 2 - pos[i]!.x) * gravity;
      dy[i]! += (height / 2 - pos[i]!.y) * gravity;
      const d = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const move = Math.min(d, temperature);
      pos[i]!.x += (dx[i]! / d) * move;
      pos[i]!.y += (dy[i]! / d) * move;
    }
    temperature = Math.max(0.5, temperature - cool);
  }
  fit(pos, width, height, margin);
  return new Map(nodes.map((node, i) => [node.id, pos[i]!]));
}

/** Scale and move the points so that they fill the frame inside the margins. */
function fit(pos: Point[], width: number, height: number, margin: { x: number; y: number }): void {
  if (pos.length === 0) return;
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = width - 2 * margin.x;
  const h = height - 2 * margin.y;
  // Each axis may stretch up to twice as much as the other, so that a round layout fills a wide frame.
  const sx0 = Math.min(w / Math.max(1, x1 - x0), 3);
  const sy0 = Math.min(h / Math.max(1, y1 - y0), 3);
  const sx = Math.min(sx0, sy0 * 2);
  const sy = Math.min(sy0, sx0 * 2);
  const ox = margin.x + (w - (x1 - x0) * sx) / 2;
  const oy = margin.y + (h - (y1 - y0) * sy) / 2;
  for (const p of pos) {
    p.x = ox + (p.x - x0) * sx;
    p.y = oy + (p.y - y0) * sy;
  }
}
