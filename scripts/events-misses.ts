/**
 * Eval misses of the event coder on the PLOVER gold records, grouped by
 * cause (development aid; prints to stdout, writes nothing):
 *
 * - type: no event at all / the gold type on another event than the main one
 *   (main-event choice) / the gold type on no event (trigger or coding);
 * - source and target: the main event has no participant on that side / the
 *   gold country is the other side (roles swapped) / the gold country is on
 *   another event (main-event choice) / no actor of the article has the gold
 *   country (actor gap) / an actor has it but the event took another one
 *   (assignment).
 *
 *   npx tsx scripts/events-misses.ts ../shared/data [--show CATEGORY] [--type TYPE] [--records] [--what-if-country-actors]
 */
import { readGsr, mainEvent } from '../eval/events.js';
import { createEngine } from '../src/engine/engine.js';
import { defaultExtractors } from '../src/engine/extractors.js';
import type { ActorsLayer } from '../src/pipeline/layers.js';
import type { Actor, Event, Place } from '../src/analysis/format.js';

const args = process.argv.slice(2);
const dataDir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1]?.startsWith('--') !== true) ?? '../shared/data';
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const show = opt('--show');
/** --records: one line per record (type, source, target hit or miss), to diff two runs. */
const records = args.includes('--records');
const onlyType = opt('--type');

/**
 * CAMEO codes the 2021 crosswalk (CAMEO2PLOVER-2021.txt) files under another type than the
 * PLOVER 0.5 records: easing a curfew or emergency (0813/0814 RETREAT, note "ease is no longer a
 * mode"), sanctions (163 COERCE), destroying property (1712 ASSAULT), repression (175 ASSAULT),
 * blockades and occupation (191/192 COERCE), mass expulsion (201 ASSAULT).
 */
const MOVED = ['0813', '0814', '163', '1712', '175', '191', '192', '201'];

/**
 * --what-if-country-actors: a measurement of an actor gap, not a change to the coder. Before the
 * events extractor runs, every country that a place of the text or an actor belongs to gets a
 * country actor if it has none (its mentions: the country's places). Shows what events could
 * reach if the actors layer made them.
 */
const whatIf = args.includes('--what-if-country-actors');
const engine = whatIf
  ? createEngine({
    extractors: (r) => defaultExtractors(r).map((e) => (e.name !== 'events' ? e : {
      ...e,
      run(doc: never, input: { actors: ActorsLayer; places: readonly Place[] }) {
        return e.run(doc, { ...input, actors: withCountryActors(input.actors, input.places) } as never);
      },
    })),
  })
  : createEngine();

function withCountryActors(layer: ActorsLayer, places: readonly Place[]): ActorsLayer {
  const have = new Set(layer.actors.filter((a) => a.kind === 'country').map((a) => a.country));
  const wanted = new Set([...places.map((p) => p.country), ...layer.actors.map((a) => a.country)]
    .filter((c): c is string => !!c && /^[A-Z]{3}$/.test(c) && !have.has(c) && !['IGO', 'NGO', 'IMG', 'WST'].includes(c)));
  const extra: Actor[] = [...wanted].map((c) => ({
    id: `what-if-${c}`, name: c, kind: 'country', country: c, sector: null, code: c,
    mentions: places.filter((p) => p.country === c && !p.demonym).map((p) => ({ start: p.start, end: p.end, text: p.text })),
  }));
  return { ...layer, actors: [...layer.actors, ...extra] };
}
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const confusion = new Map<string, number>();
const bump = (cat: string, line: string) => {
  counts.set(cat, (counts.get(cat) ?? 0) + 1);
  let l = examples.get(cat);
  if (!l) examples.set(cat, (l = []));
  l.push(line);
};

function sideCause(
  side: 'actor' | 'target', gold: readonly string[], main: Event | undefined, events: readonly Event[], actors: readonly Actor[], places: readonly Place[],
): string | null {
  const country = (id: string | null) => actors.find((a) => a.id === id)?.country ?? null;
  if (!main) return 'no event';
  const got = country(main[side]);
  if (got && gold.includes(got)) return null;
  const other = side === 'actor' ? 'target' : 'actor';
  const swapped = country(main[other]);
  if (main[side] === null && swapped && gold.includes(swapped)) return 'missing (the other side has the country: domestic)';
  if (swapped && gold.includes(swapped)) return 'roles swapped';
  if (events.some((e) => e !== main && gold.includes(country(e[side]) ?? ''))) return 'on another event';
  if (!actors.some((a) => a.country && gold.includes(a.country))) {
    return places.some((p) => p.country && gold.includes(p.country))
      ? 'actor gap (no actor has the country; a place of the text is in it)'
      : 'actor gap (no actor has the country)';
  }
  if (main[side] === null) return 'missing on the main event';
  if (!got) return 'actor without a country';
  return 'another actor assigned';
}

let n = 0, typeOk = 0, srcN = 0, srcOk = 0, tgtN = 0, tgtOk = 0;
for (const r of readGsr(dataDir)) {
  if (onlyType && r.type !== onlyType) continue;
  const a = engine.analyze({ id: r.id, text: r.text, ...(r.date ? { publishedAt: r.date } : {}) });
  const events = a.events();
  // the what-if country actors exist only in the events extractor's input: add them back for scoring
  const ids = new Set(a.events().flatMap((e) => [e.actor, e.target]).filter((x): x is string => !!x && x.startsWith('what-if-')));
  const actors: readonly Actor[] = [...a.actors(), ...[...ids].map((id) => ({
    id, name: id.slice(8), kind: 'country' as const, country: id.slice(8), sector: null, code: id.slice(8), mentions: [],
  }))];
  const places = a.places();
  const main = mainEvent(events);
  const got = main ? (main.type ?? main.category ?? '-') : '-';
  const name = (id: string | null) => { const x = actors.find((y) => y.id === id); return x ? `${x.name}[${x.country ?? '?'}]` : '-'; };
  const evs = events.map((e) => `${e === main ? '*' : ''}${e.type ?? e.category}:${e.cameo ?? ''} "${e.trigger.text}" ${name(e.actor)} -> ${name(e.target)}`).join(' | ');
  const line = `${r.id} gold ${r.type} ${r.sources.join(',')} -> ${r.targets.join(',')}\n    ${r.text}\n    ${evs || '(no event)'}`;
  {
    const cty = (id: string | null) => actors.find((x) => x.id === id)?.country ?? null;
    n++;
    if (got === r.type) typeOk++;
    if (r.sources.length) { srcN++; if (r.sources.includes(cty(main?.actor ?? null) ?? '')) srcOk++; }
    if (r.targets.length) { tgtN++; if (r.targets.includes(cty(main?.target ?? null) ?? '')) tgtOk++; }
  }
  if (records) {
    const country = (id: string | null) => actors.find((x) => x.id === id)?.country ?? null;
    const hit = (ok: boolean, n: number) => (n ? (ok ? '+' : '-') : '.');
    const src = country(main?.actor ?? null);
    const tgt = country(main?.target ?? null);
    console.log(`${r.id} type${hit(got === r.type, 1)} source${hit(!!src && r.sources.includes(src), r.sources.length)} target${hit(!!tgt && r.targets.includes(tgt), r.targets.length)}  ${evs}`);
    continue;
  }
  let typeCat: string | null = null;
  if (!main) typeCat = 'type: no event';
  else if (got !== r.type && MOVED.some((c) => main.cameo?.startsWith(c))) typeCat = 'type: crosswalk disagreement (code the 2021 crosswalk moved)';
  else if (got !== r.type) typeCat = events.some((e) => e.type === r.type) ? 'type: main-event choice' : `type: gold type on no event`;
  if (typeCat) {
    bump(typeCat, line);
    confusion.set(`${r.type} -> ${got}`, (confusion.get(`${r.type} -> ${got}`) ?? 0) + 1);
  }
  if (r.sources.length) {
    const c = sideCause('actor', r.sources, main, events, actors, places);
    if (c) bump(`source: ${c}`, line);
  }
  if (r.targets.length) {
    const c = sideCause('target', r.targets, main, events, actors, places);
    if (c) bump(`target: ${c}`, line);
  }
}

if (records) process.exit(0);
console.log(`type ${(100 * typeOk / n).toFixed(1)}%, source ${(100 * srcOk / srcN).toFixed(1)}%, target ${(100 * tgtOk / tgtN).toFixed(1)}% (as eval/events.ts counts)\n`);
for (const [cat, n] of [...counts].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${String(n).padStart(4)}  ${cat}`);
console.log('\nconfusions (gold -> main event):');
for (const [k, n] of [...confusion].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${k}`);
if (show) {
  for (const [cat, lines] of examples) {
    if (!cat.includes(show)) continue;
    console.log(`\n== ${cat}`);
    for (const l of lines) console.log(l);
  }
}
