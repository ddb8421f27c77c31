import type { Token } from '../../doc/types.js';
import { GAZ_CLASSES, MAX_CODES } from '../lexicon/gazetteer.js';
import { mix } from './hash.js';
import { BOS_POS, EOS_POS, POS_HASH, T } from './features.js';
import { N_LABELS } from './labels.js';
import { POS_EDGE, UPOS, type TokenContext } from './token-context.js';
import type { WeightTable } from './weights.js';
import { BOS_ATOMS, EOS_ATOMS } from './words.js';

const L = N_LABELS;
const NP = UPOS.length + 1; // parts of speech and the paragraph edge
const NC = 8; // word case values (0-4, 7 for the edge)
const NW = 32; // "where" values: case + 8 capital line + 16 sentence-initial
const NPROFILE = 16;
const NENGLISH = 3;
const NCODE = 1 + 4 * GAZ_CLASSES.length;

/**
 * The first stage's context features (features.ts) as the tagger scores
 * them: the features whose values come from a small set (parts of speech,
 * case patterns, gazetteer codes, case profile and sentence position) are
 * summed into dense tables when the tagger is built, one row per combination
 * of values, so that a token reads a few rows instead of looking up a dozen
 * hashed features; the rest (word pairs, shapes) are looked up as before.
 * Adds to a token's emission scores exactly what the weights of its
 * features in extractFeatures sum to, bar rounding.
 */
export class ContextScores {
  readonly #w: WeightTable;
  /** [pm1][p0]: Pos0, PosM1, PosM1P0. */
  readonly #posLeft: Float64Array;
  /** [p0][pp1]: PosP1, PosP0P1. */
  readonly #posRight: Float64Array;
  /** [cm1][c0][cp1]: CaseM1Case0, Case0CaseP1. */
  readonly #cases: Float64Array;
  /** [code] for Gaz0, GazM1, GazP1, one after the other. */
  readonly #gaz: Float64Array;
  /** [profile][where]: ProfileCase. */
  readonly #profile: Float64Array;
  /** [english][where]: EnglishWhere (capitalised words only). */
  readonly #english: Float64Array;
  /** [docCase * 4 + capsLine * 2 + initial]: DocCase (capitalised words only). */
  readonly #docCase: Float64Array;

  constructor(w: WeightTable) {
    this.#w = w;
    const pos = (k: number, edge: number) => (k === POS_EDGE ? edge : POS_HASH[k]!);
    this.#posLeft = table(NP * NP, (r, add) => {
      const pm1 = pos(Math.floor(r / NP), BOS_POS);
      const k0 = r % NP;
      if (k0 === POS_EDGE) return;
      const p0 = POS_HASH[k0]!;
      add(mix(T.Pos0, p0)); add(mix(T.PosM1, pm1)); add(mix(T.PosM1P0, mix(pm1, p0)));
    }, w);
    this.#posRight = table(NP * NP, (r, add) => {
      const k0 = Math.floor(r / NP);
      if (k0 === POS_EDGE) return;
      const p0 = POS_HASH[k0]!;
      const pp1 = pos(r % NP, EOS_POS);
      add(mix(T.PosP1, pp1)); add(mix(T.PosP0P1, mix(p0, pp1)));
    }, w);
    this.#cases = table(NC * NC * NC, (r, add) => {
      const cm1 = Math.floor(r / (NC * NC));
      const c0 = Math.floor(r / NC) % NC;
      const cp1 = r % NC;
      add(mix(T.Case0CaseP1, c0 * 8 + cp1)); add(mix(T.CaseM1Case0, cm1 * 8 + c0));
    }, w);
    this.#gaz = table(3 * NCODE, (r, add) => {
      const code = r % NCODE;
      if (code) add(mix([T.Gaz0, T.GazM1, T.GazP1][Math.floor(r / NCODE)]!, code));
    }, w);
    this.#profile = table(NPROFILE * NW, (r, add) => add(mix(T.ProfileCase, mix(Math.floor(r / NW), r % NW))), w);
    this.#english = table(NENGLISH * NW, (r, add) => add(mix(T.EnglishWhere, mix(Math.floor(r / NW), r % NW))), w);
    this.#docCase = table(16, (r, add) => add(mix(T.DocCase, r)), w);
    Object.freeze(this);
  }

  /** Add the context features' weights of token i (of unit [start, end)) to em[o .. o + N_LABELS). */
  add(ctx: TokenContext, tokens: readonly Token[], start: number, end: number, i: number, em: Float64Array, o: number): void {
    const w = this.#w;
    const { atoms, codes } = ctx;
    const hasM1 = i > start;
    const hasP1 = i + 1 < end;
    const a0 = atoms[i]!;
    const am1 = hasM1 ? atoms[i - 1]! : BOS_ATOMS;
    const ap1 = hasP1 ? atoms[i + 1]! : EOS_ATOMS;
    const c0 = a0.wcase;
    const w0 = a0.lowerH;
    const sh0 = a0.shortH;
    const wm1 = am1.lowerH;
    const wp1 = ap1.lowerH;
    w.add(mix(T.Short3, mix(mix(am1.shortH, sh0), ap1.shortH)), em, o);
    w.add(mix(T.Wm1W0, mix(wm1, w0)), em, o);
    w.add(mix(T.W0Wp1, mix(w0, wp1)), em, o);
    w.add(mix(T.Wm1Shape0, mix(wm1, sh0)), em, o);
    w.add(mix(T.Shape0Wp1, mix(sh0, wp1)), em, o);
    w.add(mix(T.Wm1Case0, mix(wm1, c0)), em, o);
    w.add(mix(T.Case0Wp1, mix(c0, wp1)), em, o);
    const p0 = ctx.pos[i]!;
    addRow(em, o, this.#posLeft, ((hasM1 ? ctx.pos[i - 1]! : POS_EDGE) * NP + p0) * L);
    addRow(em, o, this.#posRight, (p0 * NP + (hasP1 ? ctx.pos[i + 1]! : POS_EDGE)) * L);
    addRow(em, o, this.#cases, ((am1.wcase * NC + c0) * NC + ap1.wcase) * L);
    const initial = ctx.initial[i]!;
    const caps = ctx.capsLine[i]!;
    const where = c0 + 8 * caps + 16 * initial;
    if (initial) w.add(mix(T.InitialShort, sh0), em, o);
    if (caps) w.add(mix(T.CapsLineWord, w0), em, o);
    const glueL = hasM1 && !tokens[i]!.spaceBefore ? 1 : 0;
    const glueR = hasP1 && !tokens[i + 1]!.spaceBefore ? 1 : 0;
    if (glueL || glueR) w.add(mix(T.Glue, mix(sh0, glueL * 2 + glueR)), em, o);
    const gaz = this.#gaz;
    for (let q = i * MAX_CODES; q < (i + 1) * MAX_CODES && codes[q]; q++) addRow(em, o, gaz, codes[q]! * L);
    if (hasM1) for (let q = (i - 1) * MAX_CODES; q < i * MAX_CODES && codes[q]; q++) addRow(em, o, gaz, (NCODE + codes[q]!) * L);
    if (hasP1) for (let q = (i + 1) * MAX_CODES; q < (i + 2) * MAX_CODES && codes[q]; q++) addRow(em, o, gaz, (2 * NCODE + codes[q]!) * L);
    const set = ctx.gazSet[i]!;
    if (set) {
      w.add(mix(T.GazSet0, set), em, o);
      w.add(mix(T.GazSet0Case, mix(set, where)), em, o);
    }
    addRow(em, o, this.#profile, (a0.profile * NW + where) * L);
    if (c0 >= 2) {
      addRow(em, o, this.#english, (a0.english * NW + where) * L);
      const dc = ctx.docCase[i]!;
      addRow(em, o, this.#docCase, (dc * 4 + caps * 2 + initial) * L);
      w.add(mix(T.DocCaseShape, mix(dc, sh0)), em, o);
    }
  }
}

/** A dense table of `rows` rows of N_LABELS weights, row r the sum of the weights of the features `fill` adds. */
export function table(rows: number, fill: (r: number, add: (hash: number) => void) => void, w: WeightTable): Float64Array {
  const out = new Float64Array(rows * L);
  for (let r = 0; r < rows; r++) fill(r, (h) => w.add(h, out, r * L));
  return out;
}

export function addRow(em: Float64Array, o: number, tab: Float64Array, r: number): void {
  for (let l = 0; l < L; l++) em[o + l]! += tab[r + l]!;
}
