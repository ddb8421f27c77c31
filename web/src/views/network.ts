import { get, type Network } from '../lib/api.js';
import { h, mount, svg } from '../lib/dom.js';
import { layout } from '../lib/force.js';
import { QUAD_NAMES, quadClass } from '../lib/format.js';
import { actorHref, href, type Route } from '../lib/router.js';
import { empty, failure, loading, section } from '../lib/ui.js';
import { filterForm, filtersOf } from './filters.js';

const W = 960;
const H = 600;
/** Actors drawn, and of them the ones always named. */
const NODES = 50;
const LABELS = 30;

/** Who acts on whom: arrows from actor to target, as thick as their events, coloured by quad class. */
export async function networkView(route: Route, el: HTMLElement): Promise<void> {
  const filters = filtersOf(route);
  const holder = h('div', { class: 'network-holder' }, loading());
  mount(el, h('div', { class: 'view network-view' }, h('h1', null, 'Actor network'), filterForm('network', route), holder));
  let net: Network;
  try {
    net = await get<Network>('/api/network', { ...filters, nodes: NODES });
  } catch (err) {
    mount(holder, failure(err));
    return;
  }
  if (!net.edges.length) {
    mount(holder, section('Network', empty('No event with both an actor and a target matches.')));
    return;
  }
  const pos = layout(net.nodes.map((n) => ({ id: n.id, weight: n.events })), net.edges.map((e) => ({ source: e.source, target: e.target, weight: e.events })), W, H);
  const maxEdge = Math.max(...net.edges.map((e) => e.events));
  const maxNode = Math.max(...net.nodes.map((n) => n.events));
  const radius = (events: number) => 5 + 9 * Math.sqrt(events / maxNode);
  const names = new Map(net.nodes.map((n) => [n.id, n.name]));
  const defs = svg('defs', null, [0, 1, 2, 3, 4].map((q) => svg('marker', {
    id: `arrow-${q}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: 'userSpaceOnUse', orient: 'auto', class: `arrowhead ${quadClass(q)}`,
  }, svg('path', { d: 'M0,0L10,5L0,10z' }))));
  const edges = svg('g', { class: 'edges' }, net.edges.map((e) => {
    const a = pos.get(e.source)!;
    const b = pos.get(e.target)!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    const rb = radius(net.nodes.find((n) => n.id === e.target)!.events) + 2;
    // A slight curve, so that A→B and B→A stay apart.
    const mx = (a.x + b.x) / 2 - (dy / d) * 18;
    const my = (a.y + b.y) / 2 + (dx / d) * 18;
    const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * rb;
    const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * rb;
    const title = `${names.get(e.source)} → ${names.get(e.target)}: ${e.events} event${e.events === 1 ? '' : 's'}`
      + ` (${e.quads.map((n, i) => (n ? `${QUAD_NAMES[i + 1]} ${n}` : '')).filter(Boolean).join(', ') || 'no quad class'})`;
    const path = svg('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      class: `edge ${quadClass(e.quad)}`, 'stroke-width': (1 + 5 * (e.events / maxEdge)).toFixed(1), 'marker-end': `url(#arrow-${e.quad ?? 0})`,
      onclick: () => { location.hash = href('timeline', null, { actor: names.get(e.source), target: names.get(e.target) }); },
    }, svg('title', null, title));
    return path;
  }));
  // Names of the most connected actors are always shown, the others on hover.
  const named = new Set([...net.nodes].sort((a, b) => b.events - a.events).slice(0, LABELS).map((n) => n.id));
  const nodes = svg('g', { class: 'nodes' }, net.nodes.map((n) => {
    const p = pos.get(n.id)!;
    const r = radius(n.events);
    return svg('a', { href: actorHref(n.id), class: named.has(n.id) ? 'node named' : 'node' },
      svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
      svg('text', { x: p.x.toFixed(1), y: (p.y - r - 4).toFixed(1), 'text-anchor': 'middle' }, n.name),
      svg('title', null, `${n.name}${n.code ? ` (${n.code})` : ''}: ${n.events} events`));
  }));
  const legend = h('div', { class: 'legend' }, [1, 2, 3, 4].map((q) => h('span', { class: `swatch ${quadClass(q)}` }, QUAD_NAMES[q]!)),
    h('span', { class: 'muted' }, ' · arrow: actor → target, width: events · click an actor for its page, an arrow for its events'));
  mount(holder, legend, h('div', { class: 'card' }, svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img', 'aria-label': 'actor network' }, defs, edges, nodes)),
    h('p', { class: 'muted small' }, `${net.nodes.length} actors, ${net.edges.length} links, from ${net.eventsRead} event mentions${net.complete ? '' : ' (the first ones only)'}.`));
}
