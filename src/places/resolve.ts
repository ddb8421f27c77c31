import { KIND, type Gazetteer } from './gazetteer.js';
import type { Mention } from './find.js';

/** How much each clue weighs when choosing among places of one name. */
const W = {
  country: 10, admin1: 8, admin2: 5, region: 9,
  cityPerLog10Pop: 1.2, capital: 2, adminSeat: 1,
  hintMatch: 6, hintMismatch: -6, within: 12,
  countryContext: 4, admin1Context: 4, near: 3,
  /** An area named like a town of its country yields to the town when nothing says "region" ("Donetsk", "New York"). */
  areaNamedLikeTown: -3,
} as const;

/** Evidence the article gives about where it is: weight per country and per admin1. */
interface Context {
  readonly countries: Map<number, number>;
  readonly admin1s: Map<number, number>;
  countryTotal: number;
  admin1Total: number;
  /** Resolved, fairly sure places: for nearness. */
  readonly anchors: number[];
}

function emptyContext(): Context {
  return { countries: new Map(), admin1s: new Map(), countryTotal: 0, admin1Total: 0, anchors: [] };
}

function addTo(ctx: Context, g: Gazetteer, e: number, weight: number) {
  const c = g.country[e]!;
  if (c >= 0) {
    ctx.countries.set(c, (ctx.countries.get(c) ?? 0) + weight);
    ctx.countryTotal += weight;
  }
  const a = g.admin1[e]!;
  if (a >= 0) {
    ctx.admin1s.set(a, (ctx.admin1s.get(a) ?? 0) + weight);
    ctx.admin1Total += weight;
  }
}

function prior(g: Gazetteer, e: number): number {
  switch (g.kind[e]) {
    case KIND.country: return W.country;
    case KIND.admin1: return W.admin1;
    case KIND.admin2: return W.admin2;
    case KIND.region: return W.region;
    default: {
      const code = g.code[e]!;
      return W.cityPerLog10Pop * Math.log10(g.population[e]! + 10) + (code === 'PPLC' ? W.capital : code === 'PPLA' ? W.adminSeat : 0);
    }
  }
}

function hintScore(g: Gazetteer, m: Mention, e: number): number {
  const k = g.kind[e]!;
  switch (m.hint) {
    case 'admin1': return k === KIND.admin1 ? W.hintMatch : k === KIND.admin2 ? 0 : W.hintMismatch;
    case 'admin2': return k === KIND.admin2 ? W.hintMatch : k === KIND.admin1 ? 0 : W.hintMismatch;
    case 'city': return k === KIND.city ? W.hintMatch : W.hintMismatch;
    default: return 0;
  }
}

const KM_PER_DEG = 111.2;
/** Rough distance in km (equirectangular: fine for "within a few hundred km"). */
export function roughKm(g: Gazetteer, a: number, b: number): number {
  const dlat = g.lat[a]! - g.lat[b]!;
  const dlon = (g.lon[a]! - g.lon[b]!) * Math.cos(((g.lat[a]! + g.lat[b]!) / 2) * (Math.PI / 180));
  return Math.sqrt(dlat * dlat + dlon * dlon) * KM_PER_DEG;
}

function score(g: Gazetteer, m: Mention, e: number, ctx: Context): number {
  let s = prior(g, e) + hintScore(g, m, e);
  if (m.within >= 0) {
    const inside = m.within === e || g.admin1[e] === m.within || (g.kind[m.within] === KIND.country && g.country[e] === g.country[m.within]);
    s += inside ? W.within : -W.within;
  }
  const c = g.country[e]!;
  if (c >= 0 && ctx.countryTotal > 0) s += (W.countryContext * (ctx.countries.get(c) ?? 0)) / ctx.countryTotal;
  const a = g.admin1[e]!;
  if (a >= 0 && a !== e && ctx.admin1Total > 0) s += (W.admin1Context * (ctx.admin1s.get(a) ?? 0)) / ctx.admin1Total;
  if (g.kind[e] === KIND.city && ctx.anchors.some((x) => x !== e && g.kind[x] === KIND.city && roughKm(g, x, e) < 150)) s += W.near;
  if (!m.hint && (g.kind[e] === KIND.admin1 || g.kind[e] === KIND.admin2)
    && m.candidates.some((x) => g.kind[x] === KIND.city && g.country[x] === c && g.population[x]! >= 10_000)) s += W.areaNamedLikeTown;
  return s;
}

function best(g: Gazetteer, m: Mention, ctx: Context): number {
  let top = -1;
  let topScore = -Infinity;
  for (const e of m.candidates) {
    const s = score(g, m, e, ctx);
    if (s > topScore) { top = e; topScore = s; }
  }
  return top;
}

/** Whether the article's other places support entry e (same admin1, or same country and a locative). */
function supported(g: Gazetteer, m: Mention, e: number, ctx: Context): boolean {
  if (m.within >= 0) return true;
  const a = g.admin1[e]!;
  if (a >= 0 && (ctx.admin1s.get(a) ?? 0) >= 1) return true;
  return m.locative && (ctx.countries.get(g.country[e]!) ?? 0) >= 1;
}

/**
 * Choose one gazetteer entry per mention (or -1: no place), in two passes: the
 * first on priors (kind, population) and the article's explicit countries and
 * regions; the second adding what the first resolved as context.
 */
export function resolveMentions(g: Gazetteer, mentions: readonly Mention[]): number[] {
  const explicit = emptyContext();
  for (const m of mentions) {
    const areas = m.candidates.filter((e) => g.kind[e] === KIND.country || g.kind[e] === KIND.admin1);
    if (m.candidates.length && areas.length === m.candidates.length) addTo(explicit, g, areas[0]!, m.demonym ? 0.5 : 1);
    if (m.within >= 0) addTo(explicit, g, m.within, 1);
  }
  const first = mentions.map((m) => (m.needsContext ? -1 : best(g, m, explicit)));
  const ctx = emptyContext();
  first.forEach((e, i) => {
    if (e < 0) return;
    const m = mentions[i]!;
    const sure = m.candidates.length === 1 || m.within >= 0 || m.tagged;
    addTo(ctx, g, e, m.demonym ? 0.5 : sure ? 1 : 0.5);
    if (sure && g.kind[e] === KIND.city) ctx.anchors.push(e);
  });
  return mentions.map((m) => {
    if (!m.candidates.length) return -1;
    const e = best(g, m, ctx);
    if (m.needsContext && !m.tagged && !supported(g, m, e, ctx)) return -1;
    return e;
  });
}
