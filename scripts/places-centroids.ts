import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Country centroids from a world-atlas TopoJSON (Natural Earth shapes), used by
 * build-gazetteer.ts. Each country's point is the area-weighted centroid of its
 * polygons, with longitudes unwrapped around its largest polygon so that
 * countries crossing the antimeridian (Russia, Fiji) stay whole.
 */
interface Topology {
  arcs: [number, number][][];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: { countries: { geometries: { type: string; id?: string; arcs: unknown }[] } };
}

type Ring = [number, number][];

function decodeArcs(topo: Topology): Ring[] {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty] as [number, number];
    });
  });
}

function ring(arcs: Ring[], refs: number[]): Ring {
  const out: Ring = [];
  for (const r of refs) {
    const a = r >= 0 ? arcs[r]! : [...arcs[~r]!].reverse();
    out.push(...(out.length ? a.slice(1) : a));
  }
  return out;
}

/**
 * Signed area and centroid of a ring on the sinusoidal (equal-area) projection
 * centred on longitude `ref`: x = (lon - ref) cos(lat), y = lat.
 */
function ringStats(points: Ring, ref: number): { area: number; x: number; y: number } {
  const px = (p: [number, number]) => {
    const dlon = p[0] - ref - 360 * Math.round((p[0] - ref) / 360);
    return dlon * Math.cos(p[1] * (Math.PI / 180));
  };
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const x0 = px(points[i]!);
    const y0 = points[i]![1];
    const x1 = px(points[i + 1]!);
    const y1 = points[i + 1]![1];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  a /= 2;
  return a === 0 ? { area: 0, x: 0, y: points[0]![1] } : { area: a, x: cx / (6 * a), y: cy / (6 * a) };
}

/**
 * alpha-2 -> [lat, lon] for every country shape whose numeric id `toAlpha2` knows.
 * Shapes sharing an id (a country and its small dependencies) are pooled; polygons
 * under a quarter of the largest one's area (remote islands, overseas parts) are left out.
 */
export function countryCentroids(topo: Topology, toAlpha2: (numericId: string) => string | undefined): Map<string, [number, number]> {
  const arcs = decodeArcs(topo);
  const rings = new Map<string, Ring[]>();
  for (const g of topo.objects.countries.geometries) {
    const alpha2 = g.id ? toAlpha2(g.id) : undefined;
    if (!alpha2) continue;
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []) as number[][][];
    const list = rings.get(alpha2) ?? [];
    list.push(...polygons.map((p) => ring(arcs, p[0]!)).filter((r) => r.length > 2));
    rings.set(alpha2, list);
  }
  const out = new Map<string, [number, number]>();
  for (const [alpha2, outers] of rings) {
    if (!outers.length) continue;
    const plain = outers.map((r) => Math.abs(ringStats(r, r[0]![0]).area));
    const top = Math.max(...plain);
    const biggest = outers[plain.indexOf(top)]!;
    const ref = biggest.reduce((s, p) => s + p[0], 0) / biggest.length;
    let area = 0;
    let x = 0;
    let y = 0;
    outers.forEach((r, i) => {
      if (plain[i]! < top / 4) return;
      const s = ringStats(r, ref);
      const w = Math.abs(s.area);
      area += w;
      x += s.x * w;
      y += s.y * w;
    });
    const lat = y / area;
    let lon = ref + x / area / Math.cos(lat * (Math.PI / 180));
    lon -= 360 * Math.round(lon / 360);
    out.set(alpha2, [lat, lon]);
  }
  return out;
}

/**
 * The World Factbook's "Geographic coordinates" per country ("60 00 N, 100 00 E"),
 * keyed by ISO alpha-2 through the country's conventional short name.
 */
export function factbookCentres(dir: string, toAlpha2: (name: string) => string | undefined): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const region of readdirSync(dir, { withFileTypes: true })) {
    if (!region.isDirectory() || region.name === 'meta') continue;
    for (const file of readdirSync(join(dir, region.name))) {
      if (!file.endsWith('.json')) continue;
      const d = JSON.parse(readFileSync(join(dir, region.name, file), 'utf8'));
      const coords = d?.Geography?.['Geographic coordinates']?.text as string | undefined;
      const names = d?.Government?.['Country name'] ?? {};
      const alpha2 = [names['conventional short form']?.text, names['conventional long form']?.text]
        .filter((n): n is string => typeof n === 'string').map(toAlpha2).find(Boolean);
      const m = coords && /(\d+) (\d+) ([NS]), (\d+) (\d+) ([EW])/.exec(coords);
      if (!alpha2 || !m) continue;
      const lat = (Number(m[1]) + Number(m[2]) / 60) * (m[3] === 'S' ? -1 : 1);
      const lon = (Number(m[4]) + Number(m[5]) / 60) * (m[6] === 'W' ? -1 : 1);
      out.set(alpha2, [lat, lon]);
    }
  }
  return out;
}
