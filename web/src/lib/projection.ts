/**
 * The Natural Earth projection (Šavrič et al. 2011, the polynomial that
 * d3-geo's geoNaturalEarth1 uses), and SVG paths of GeoJSON polygons,
 * drawn on the fly from world-atlas's TopoJSON: no tiles, no network.
 */

export interface Frame { readonly width: number; readonly height: number }

const RAD = Math.PI / 180;
/** Extent of the raw projection: x in ±2.7207, y in ±1.4224 (radians). */
const X_MAX = naturalEarth(180 * RAD, 0)[0];
const Y_MAX = naturalEarth(0, 90 * RAD)[1];

export function naturalEarth(lambda: number, phi: number): [number, number] {
  const p2 = phi * phi;
  const p4 = p2 * p2;
  return [
    lambda * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4))),
    phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4))),
  ];
}

/** Longitude/latitude in degrees → x/y in a frame whose width holds the whole world. */
export function project(lon: number, lat: number, f: Frame): [number, number] {
  const [x, y] = naturalEarth(lon * RAD, Math.max(-90, Math.min(90, lat)) * RAD);
  const scale = Math.min(f.width / (2 * X_MAX), f.height / (2 * Y_MAX));
  return [f.width / 2 + x * scale, f.height / 2 - y * scale];
}

type Ring = readonly (readonly number[])[];

/**
 * A ring's longitudes made continuous: a step of more than 180° (crossing
 * the antimeridian, as Russia's and Fiji's do) continues past ±180 instead.
 */
export function unwrap(ring: Ring): [number, number][] {
  const out: [number, number][] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const lon = ring[i]![0]!;
    if (i > 0) {
      const prev = ring[i - 1]![0]!;
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    out.push([lon + shift, ring[i]![1]!]);
  }
  return out;
}

/** SVG path data of polygons (GeoJSON coordinates). Rings past ±180° are drawn again shifted by 360° (the caller clips to the sphere). */
export function polygonsPath(polygons: readonly (readonly Ring[])[], f: Frame): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const u = unwrap(ring);
      const min = Math.min(...u.map((p) => p[0]));
      const max = Math.max(...u.map((p) => p[0]));
      const shifts = [0];
      if (max > 180) shifts.push(-360);
      if (min < -180) shifts.push(360);
      for (const s of shifts) parts.push(ringPath(u.map(([lon, lat]) => [Math.max(-180, Math.min(180, lon + s)), lat] as [number, number]), f));
    }
  }
  return parts.join('');
}

function ringPath(ring: readonly [number, number][], f: Frame): string {
  let d = '';
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = project(ring[i]![0], ring[i]![1], f);
    d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  }
  return `${d}Z`;
}

/** The outline of the projected sphere. */
export function spherePath(f: Frame): string {
  const pts: [number, number][] = [];
  for (let lat = -90; lat <= 90; lat += 5) pts.push([180, lat]);
  for (let lat = 90; lat >= -90; lat -= 5) pts.push([-180, lat]);
  return ringPath(pts, f);
}
