import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { get, type EventRow, type Page, type Stats } from '../lib/api.js';
import { h, mount, svg } from '../lib/dom.js';
import { polygonsPath, project, spherePath, type Frame } from '../lib/projection.js';
import { type Route } from '../lib/router.js';
import { empty, eventItem, failure, loading, section } from '../lib/ui.js';
import { filterForm, filtersOf } from './filters.js';

const FRAME: Frame = { width: 960, height: 500 };

/** Regions to zoom to: [west, south, east, north] in degrees. */
const REGIONS: Record<string, readonly [number, number, number, number] | null> = {
  World: null,
  Europe: [-12, 34, 42, 66],
  'Middle East': [24, 11, 64, 42],
  Africa: [-20, -36, 53, 38],
  Asia: [58, -11, 150, 55],
  Americas: [-130, -56, -32, 58],
};
const MAX_EVENTS = 2000;

interface Country { id: string; name: string; d: string }
let shapes: Country[] | null = null;

/** Country outlines, projected once (world-atlas 1:110m, without Antarctica). */
function countryShapes(): Country[] {
  if (shapes) return shapes;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  shapes = fc.features.filter((f) => f.id !== '010' && f.geometry).map((f) => {
    const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return { id: String(f.id), name: f.properties?.name ?? '', d: polygonsPath(polygons, FRAME) };
  });
  return shapes;
}

interface Spot { key: string; name: string; lat: number; lon: number; events: EventRow[] }

/** Where events happened: countries shaded by events, places as circles sized by events. */
export async function mapView(route: Route, el: HTMLElement): Promise<void> {
  const filters = filtersOf(route);
  const holder = h('div', { class: 'map-holder' }, loading());
  const side = h('aside', { class: 'map-side' }, section('Events here', empty('Click a circle to list the events told at that place.')));
  mount(el, h('div', { class: 'view map-view' }, h('h1', null, 'Map of events'), filterForm('map', route), h('div', { class: 'map-layout' }, holder, side)));
  try {
    const [stats, events] = await Promise.all([get<Stats>('/api/stats', filters), eventsUpTo(filters, MAX_EVENTS)]);
    const byCountry = new Map<string, number>();
    for (const r of stats.byCountry) {
      const numeric = r.key ? countries.alpha3ToNumeric(r.key) : undefined;
      if (numeric) byCountry.set(String(numeric).padStart(3, '0'), r.occurrences);
    }
    const max = Math.max(1, ...byCountry.values());
    const spots = new Map<string, Spot>();
    let unplaced = 0;
    for (const e of events) {
      if (!e.place || e.place.lat === null || e.place.lon === null) {
        unplaced++;
        continue;
      }
      // One circle per place: by the gazetteer's name and country, else by where it is.
      const key = e.place.name ? `${e.place.name}|${e.place.country ?? ''}` : `${e.place.lat.toFixed(2)},${e.place.lon.toFixed(2)}`;
      let s = spots.get(key);
      if (!s) spots.set(key, (s = { key, name: e.place.name ?? e.place.text, lat: e.place.lat, lon: e.place.lon, events: [] }));
      s.events.push(e);
    }
    const map = svg('svg', { viewBox: `0 0 ${FRAME.width} ${FRAME.height}`, class: 'world', role: 'img', 'aria-label': 'map of events' },
      svg('path', { d: spherePath(FRAME), class: 'sphere' }),
      svg('g', { class: 'countries' }, countryShapes().map((c) => {
        const n = byCountry.get(c.id) ?? 0;
        const level = n ? Math.min(4, 1 + Math.floor((3 * n) / max)) : 0;
        return svg('path', { d: c.d, class: `country level${level}`, 'data-country': c.id }, svg('title', null, `${c.name}${n ? `: ${n} events` : ''}`));
      })));
    const dots = svg('g', { class: 'spots' });
    const sorted = [...spots.values()].sort((a, b) => b.events.length - a.events.length);
    const radius = (s: Spot, zoom: number) => ((3 + 2.5 * Math.sqrt(s.events.length)) / Math.sqrt(zoom)).toFixed(2);
    const circles: [SVGCircleElement, Spot][] = [];
    for (const s of sorted) {
      const [x, y] = project(s.lon, s.lat, FRAME);
      const c = svg('circle', {
        cx: x.toFixed(1), cy: y.toFixed(1), r: radius(s, 1), class: 'spot', 'data-place': s.name, tabindex: 0,
        onclick: () => showSpot(side, s),
        onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') showSpot(side, s); },
      }, svg('title', null, `${s.name}: ${s.events.length} event mentions`));
      circles.push([c, s]);
      dots.appendChild(c);
    }
    map.appendChild(dots);
    const zoomTo = (name: string) => {
      const box = REGIONS[name];
      let vb = [0, 0, FRAME.width, FRAME.height];
      if (box) {
        const corners = [project(box[0], box[1], FRAME), project(box[2], box[3], FRAME), project(box[0], box[3], FRAME), project(box[2], box[1], FRAME)];
        const xs = corners.map((p) => p[0]);
        const ys = corners.map((p) => p[1]);
        vb = [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
        // Keep the frame's proportions, widening the shorter side.
        const want = FRAME.width / FRAME.height;
        if (vb[2]! / vb[3]! < want) { const w = vb[3]! * want; vb[0]! -= (w - vb[2]!) / 2; vb[2] = w; } else { const hh = vb[2]! / want; vb[1]! -= (hh - vb[3]!) / 2; vb[3] = hh; }
      }
      map.setAttribute('viewBox', vb.map((v) => v.toFixed(1)).join(' '));
      const zoom = FRAME.width / vb[2]!;
      for (const [c, s] of circles) c.setAttribute('r', radius(s, zoom));
      regions.querySelectorAll('button').forEach((b) => b.classList.toggle('active', b.textContent === name));
    };
    const regions = h('div', { class: 'regions' }, Object.keys(REGIONS).map((name) =>
      h('button', { type: 'button', class: name === 'World' ? 'active' : '', onclick: () => zoomTo(name) }, name)));
    mount(holder, regions, map, h('p', { class: 'muted small' },
      `${events.length} event mentions read${events.length >= MAX_EVENTS ? ` (the first ${MAX_EVENTS})` : ''}; ${spots.size} places on the map`,
      unplaced ? `; ${unplaced} without a located place` : '', '. Countries are shaded by events.'));
    if (sorted[0]) showSpot(side, sorted[0]);
  } catch (err) {
    mount(holder, failure(err));
  }
}

function showSpot(side: HTMLElement, s: Spot): void {
  mount(side, section(`${s.name} (${s.events.length})`, h('ul', { class: 'events' }, s.events.slice(0, 100).map(eventItem))));
}

async function eventsUpTo(filters: Record<string, string | undefined>, max: number): Promise<EventRow[]> {
  const out: EventRow[] = [];
  let offset: number | null = 0;
  while (offset !== null && out.length < max) {
    const page: Page<EventRow> = await get<Page<EventRow>>('/api/events', { ...filters, limit: 500, offset });
    out.push(...page.items);
    offset = page.next;
  }
  return out;
}
