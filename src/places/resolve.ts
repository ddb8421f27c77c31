import { KIND, type Gazetteer } from './gazetteer.js';
import type { Mention } from './find.js';

/** How much each clue weighs when choosing among places of one name. */
const W = {
  country: 10, admin1: 8, admin2: 5, region: 9,
  cityPerLog10Pop: 1.2, capital: 2, adminSeat: 1,
  hintMatch: 6, hintMismatch: -6, within: 12,
  countryContext: 5, admin1Context: 5, near: 3, nearKm: 150,
  /** Regions that several of the article's names could all lie in ("Huntsville" and "Walker County": Texas). */
  coherence: 6,
  /** An area named like a town of its country yields to the town when nothing says "region" ("Donetsk", "New York"). */
  areaNamedLikeTown: -3,
} as const;

/** Grid cell size in degrees for nearness look-ups (about W.nearKm in latitude). */
const CELL = 1.5;
const cellKey = (row: number, col: number) => row * 1000 + col;
const ANCHORS_PER_CELL = 8;
/** Candidates weighed per mention, most general and most populous first ("Springfield" has dozens). */
const MAX_CANDIDATES = 40;
/** Share of a famous namesake's population under which a town is not weighed ("Moscow" is not a hamlet of 600). */
const ECLIPSED = 0.0005;

/** Weights per country and per admin1 (entry index -> weight). */
class Tally {
  readonly countries = new Map<number, number>();
  readonly admin1s = new Map<number, number>();
  countryTotal = 0;
  admin1Total = 0;

  add(g: Gazetteer, e: number, weight: number) {
    const c = g.country[e]!;
    if (c >= 0) {
      this.countries.set(c, (this.countries.get(c) ?? 0) + weight);
      this.countryTotal += weight;
    }
    const a = g.admin1[e]!;
    if (a >= 0) {
      this.admin1s.set(a, (this.admin1s.get(a) ?? 0) + weight);
      this.admin1Total += weight;
    }
  }
}

/**
 * Evidence the article gives about where it is. A name's own mentions are left
 * out when weighing its candidates (ten mentions of "Paris" do not make the
 * article French), so each name group keeps its own tally to subtract.
 */
class Context {
  constructor(readonly coherence: Coherence) {}
  readonly all = new Tally();
  readonly byName = new Map<string, Tally>();
  /** Fairly sure towns, by grid cell (CELL degrees): for nearness. */
  readonly anchors = new Map<number, Set<number>>();

  addAnchor(g: Gazetteer, e: number) {
    const key = cellKey(Math.floor(g.lat[e]! / CELL), Math.floor(g.lon[e]! / CELL));
    let set = this.anchors.get(key);
    if (!set) this.anchors.set(key, (set = new Set()));
    // A few towns per cell are enough to tell whether a candidate is near one.
    if (set.size < ANCHORS_PER_CELL) set.add(e);
  }

  /** Whether a sure town other than e lies within W.nearKm of e. */
  nearAnchor(g: Gazetteer, e: number): boolean {
    if (!this.anchors.size) return false;
    const r = Math.floor(g.lat[e]! / CELL);
    const c = Math.floor(g.lon[e]! / CELL);
    // Cells are CELL degrees high and wide: W.nearKm spans one cell in latitude, up to three in longitude far north.
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -3; dc <= 3; dc++) {
        const set = this.anchors.get(cellKey(r + dr, c + dc));
        if (set) for (const x of set) if (x !== e && roughKm(g, x, e) < W.nearKm) return true;
      }
    }
    return false;
  }

  add(g: Gazetteer, m: Mention, e: number, weight: number) {
    this.all.add(g, e, weight);
    let t = this.byName.get(m.name);
    if (!t) this.byName.set(m.name, (t = new Tally()));
    t.add(g, e, weight);
  }

  /** Share of the other names' weight on country index c and on admin1 entry a. */
  shares(m: Mention, c: number, a: number): [number, number] {
    const own = this.byName.get(m.name);
    const ct = this.all.countryTotal - (own?.countryTotal ?? 0);
    const at = this.all.admin1Total - (own?.admin1Total ?? 0);
    const cs = c >= 0 && ct > 1e-9 ? ((this.all.countries.get(c) ?? 0) - (own?.countries.get(c) ?? 0)) / ct : 0;
    const as = a >= 0 && at > 1e-9 ? ((this.all.admin1s.get(a) ?? 0) - (own?.admin1s.get(a) ?? 0)) / at : 0;
    return [cs, as];
  }

  /** Weight of the other names on admin1 entry a and on country index c. */
  weights(m: Mention, c: number, a: number): [number, number] {
    const own = this.byName.get(m.name);
    return [
      (this.all.countries.get(c) ?? 0) - (own?.countries.get(c) ?? 0),
      (this.all.admin1s.get(a) ?? 0) - (own?.admin1s.get(a) ?? 0),
    ];
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

function score(g: Gazetteer, m: Mention, e: number, ctx: Context, townCountries: ReadonlySet<number>): number {
  let s = prior(g, e) + hintScore(g, m, e);
  if (m.within >= 0) {
    const inside = m.within === e || g.admin1[e] === m.within || (g.kind[m.within] === KIND.country && g.country[e] === g.country[m.within]);
    s += inside ? W.within : -W.within;
  }
  const c = g.country[e]!;
  const a = g.admin1[e]!;
  const [cs, as] = ctx.shares(m, c, a !== e ? a : -1);
  s += W.countryContext * cs + W.admin1Context * as + W.coherence * ctx.coherence.share(g, m, e);
  if (g.kind[e] === KIND.city && ctx.nearAnchor(g, e)) s += W.near;
  if (!m.hint && townCountries.has(c) && (g.kind[e] === KIND.admin1 || g.kind[e] === KIND.admin2)) s += W.areaNamedLikeTown;
  return s;
}

function best(g: Gazetteer, m: Mention, ctx: Context): number {
  let top = -1;
  let topScore = -Infinity;
  const candidates = m.candidates.length > MAX_CANDIDATES ? m.candidates.slice(0, MAX_CANDIDATES) : m.candidates;
  // Countries where a town of at least 10,000 bears the name.
  const townCountries = new Set<number>();
  for (const x of candidates) if (g.kind[x] === KIND.city && g.population[x]! >= 10_000) townCountries.add(g.country[x]!);
  // A capital or a city of millions eclipses its hamlet namesakes, unless the text places the mention ("Moscow, Idaho").
  let salient = 0;
  for (const x of candidates) if (g.kind[x] === KIND.city && (g.code[x] === 'PPLC' || g.population[x]! >= 1e6)) salient = Math.max(salient, g.population[x]!);
  const floor = m.within >= 0 ? 0 : salient * ECLIPSED;
  for (const e of candidates) {
    if (g.kind[e] === KIND.city && g.population[e]! < floor) continue;
    const s = score(g, m, e, ctx, townCountries);
    if (s > topScore) { top = e; topScore = s; }
  }
  return top;
}

/** Whether the article's other places support entry e (same admin1, names that could lie in its region, a sure town near it, or same country and a locative). */
function supported(g: Gazetteer, m: Mention, e: number, ctx: Context): boolean {
  if (m.within >= 0) return true;
  const [cw, aw] = ctx.weights(m, g.country[e]!, g.admin1[e]!);
  if (g.admin1[e]! >= 0 && aw >= 0.5) return true;
  // Names that could all lie in one region support each other ("Gwinnett and DeKalb counties").
  if (ctx.coherence.share(g, m, e) >= 0.5) return true;
  if (g.kind[e] === KIND.city && ctx.nearAnchor(g, e)) return true;
  return m.locative && cw >= 1;
}

/**
 * Choose one gazetteer entry per mention (or -1: no place), in two passes: the
 * first on priors (kind, population) and the article's unambiguous places; the
 * second adding what the first resolved as context.
 */
/**
 * For each area (an admin1, or a country for places outside any admin1), how
 * many of the article's distinct names could lie in it. Each name spreads one
 * unit over the areas of its candidates, by how likely each candidate is on
 * its own (a softmax of the priors): "Moscow" puts nearly all on Russia,
 * "Walker County" spreads evenly over its states.
 */
class Coherence {
  readonly all = new Map<number, number>();
  readonly own = new Map<string, Map<number, number>>();
  total = 0;

  constructor(g: Gazetteer, mentions: readonly Mention[]) {
    for (const m of mentions) {
      if (m.demonym || !m.candidates.length || this.own.has(m.name)) continue;
      const candidates = m.candidates.slice(0, MAX_CANDIDATES);
      const priors = candidates.map((e) => prior(g, e));
      const top = Math.max(...priors);
      const mine = new Map<number, number>();
      let sum = 0;
      candidates.forEach((e, i) => {
        const key = areaKey(g, e);
        if (key < 0) return;
        const x = Math.exp((priors[i]! - top) / SOFTMAX_T);
        mine.set(key, (mine.get(key) ?? 0) + x);
        sum += x;
      });
      this.own.set(m.name, mine);
      if (!sum) continue;
      for (const [key, x] of mine) {
        mine.set(key, x / sum);
        this.all.set(key, (this.all.get(key) ?? 0) + x / sum);
      }
      this.total += 1;
    }
  }

  /** Share of the other names that could lie in the area of entry e. */
  share(g: Gazetteer, m: Mention, e: number): number {
    const key = areaKey(g, e);
    if (key < 0 || this.total <= 1) return 0;
    return ((this.all.get(key) ?? 0) - (this.own.get(m.name)?.get(key) ?? 0)) / (this.total - 1);
  }
}

/** Temperature of the softmax over priors (in prior points). */
const SOFTMAX_T = 1.5;

/** The area an entry lies in for coherence: its admin1, else its country's entry; -1 for regions across countries. */
function areaKey(g: Gazetteer, e: number): number {
  if (g.admin1[e]! >= 0) return g.admin1[e]!;
  const c = g.country[e]!;
  return c >= 0 ? g.countries[c]!.entry : -1;
}

export function resolveMentions(g: Gazetteer, mentions: readonly Mention[]): number[] {
  const coherence = new Coherence(g, mentions);
  const explicit = new Context(coherence);
  for (const m of mentions) {
    if (m.candidates.length === 1 && !m.needsContext) explicit.add(g, m, m.candidates[0]!, m.demonym ? 0.5 : 1);
    if (m.within >= 0) explicit.add(g, m, m.within, 1);
  }
  const first = mentions.map((m) => (m.needsContext ? -1 : best(g, m, explicit)));
  const ctx = new Context(coherence);
  first.forEach((e, i) => {
    if (e < 0) return;
    const m = mentions[i]!;
    const sure = m.candidates.length === 1 || m.within >= 0 || m.tagged;
    ctx.add(g, m, e, m.demonym ? 0.5 : sure ? 1 : 0.5);
    if (sure && g.kind[e] === KIND.city) ctx.addAnchor(g, e);
  });
  return mentions.map((m) => {
    if (!m.candidates.length) return -1;
    const e = best(g, m, ctx);
    if (m.needsContext && !m.tagged && !supported(g, m, e, ctx)) return -1;
    return e;
  });
}
