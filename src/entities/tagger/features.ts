import type { Doc } from '../../doc/types.js';
import { MAX_CODES } from '../lexicon/gazetteer.js';
import { hashString, mix } from './hash.js';
import type { TokenLexicon } from './lexicon.js';
import { tokenContext, UPOS, type Unit } from './token-context.js';
import { BOS_ATOMS, EOS_ATOMS, Role, wordAtoms, wordFeatures, type WordAtoms } from './words.js';

/** Feature hashes of every token of a document: token i has hashes[offsets[i] .. offsets[i+1]). */
export interface DocFeatures {
  readonly units: readonly Unit[];
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  /** The word of each token (shared between tokens of the same text). */
  readonly atoms: readonly WordAtoms[];
}

/** Context template ids; renumbering them invalidates trained models. */
export const T = Object.freeze({
  Bias: 1, Short3: 2, Pos0: 3, PosM1: 4, PosP1: 5, PosM1P0: 6, PosP0P1: 7, Wm1W0: 8, W0Wp1: 9, Wm1Shape0: 10,
  Shape0Wp1: 11, Wm1Case0: 12, Case0Wp1: 13, Case0CaseP1: 14, CaseM1Case0: 15, InitialShort: 16,
  CapsLineWord: 17, Glue: 18, Gaz0: 19, GazM1: 20, GazP1: 21, GazSet0: 22, GazSet0Case: 23, ProfileCase: 24,
  DocCase: 25, DocCaseShape: 26, PosM2: 27, PosP2: 28, EnglishWhere: 29,
} as const);

const MAX_PER_TOKEN = 96;
/** The feature every token has, emitted only for training: the tagger folds its weights into the transitions. */
export const BIAS_FEATURE = mix(T.Bias, 0) >>> 0;
/** Hash of each part of speech (by posIndex), and of the paragraph edges before and after. */
export const POS_HASH: readonly number[] = UPOS.map((p) => hashString(p));
export const BOS_POS = BOS_ATOMS.lowerH;
export const EOS_POS = EOS_ATOMS.lowerH;

/**
 * Features of each token. Word features (words.ts) of the token and of its
 * neighbours two to each side, and the bias feature, are included only when
 * `withWords` is set (for training); at tagging time the Tagger has their
 * weights summed per word, and the bias folded into its transitions. The rest depends on the context: part of speech, word pairs,
 * case patterns, gazetteer matches (class and position in the matched name),
 * sentence position, all-caps lines (headlines), tokens glued together
 * ("Jean-Pierre", "Putin's"), and document-level case evidence: is the word
 * written in lower case, or capitalised mid-sentence, elsewhere in the
 * document?
 */
export function extractFeatures(
  doc: Doc, lexicon: TokenLexicon, withWords: boolean, known?: ReadonlyMap<string, { readonly atoms: WordAtoms }>,
): DocFeatures {
  const toks = doc.tokens;
  const n = toks.length;
  const atoms: WordAtoms[] = new Array(n);
  const seen = new Map<string, WordAtoms>();
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    let a = known?.get(t.text)?.atoms ?? seen.get(t.text);
    if (!a) seen.set(t.text, (a = wordAtoms(t.text, t.lower, lexicon)));
    atoms[i] = a;
  }
  const { units, pos, initial, capsLine, codes, gazSet, docCase } = tokenContext(doc, lexicon, atoms);
  const hashes = new Uint32Array(n * MAX_PER_TOKEN);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  const f = (template: number, value: number) => { hashes[k++] = mix(template, value); };
  for (const u of units) {
    for (let i = u.start; i < u.end; i++) {
      offsets[i] = k;
      const t = toks[i]!;
      const a0 = atoms[i]!;
      const am1 = i > u.start ? atoms[i - 1]! : BOS_ATOMS;
      const ap1 = i + 1 < u.end ? atoms[i + 1]! : EOS_ATOMS;
      if (withWords) {
        k = wordFeatures(a0, Role.Self, hashes, k);
        k = wordFeatures(am1, Role.Left1, hashes, k);
        k = wordFeatures(ap1, Role.Right1, hashes, k);
        k = wordFeatures(i - 2 >= u.start ? atoms[i - 2]! : BOS_ATOMS, Role.Left2, hashes, k);
        k = wordFeatures(i + 2 < u.end ? atoms[i + 2]! : EOS_ATOMS, Role.Right2, hashes, k);
      }
      const hasM1 = i > u.start;
      const hasP1 = i + 1 < u.end;
      const c0 = a0.wcase;
      const w0 = a0.lowerH;
      const sh0 = a0.shortH;
      if (withWords) f(T.Bias, 0);
      f(T.Short3, mix(mix(am1.shortH, sh0), ap1.shortH));
      const p0 = POS_HASH[pos[i]!]!;
      const pm1 = hasM1 ? POS_HASH[pos[i - 1]!]! : BOS_POS;
      const pp1 = hasP1 ? POS_HASH[pos[i + 1]!]! : EOS_POS;
      f(T.Pos0, p0);
      f(T.PosM1, pm1);
      f(T.PosP1, pp1);
      f(T.PosM1P0, mix(pm1, p0));
      f(T.PosP0P1, mix(p0, pp1));
      f(T.Wm1W0, mix(am1.lowerH, w0));
      f(T.W0Wp1, mix(w0, ap1.lowerH));
      f(T.Wm1Shape0, mix(am1.lowerH, sh0));
      f(T.Shape0Wp1, mix(sh0, ap1.lowerH));
      f(T.Wm1Case0, mix(am1.lowerH, c0));
      f(T.Case0Wp1, mix(c0, ap1.lowerH));
      f(T.Case0CaseP1, c0 * 8 + ap1.wcase);
      f(T.CaseM1Case0, am1.wcase * 8 + c0);
      const where = c0 + 8 * capsLine[i]! + 16 * initial[i]!;
      if (initial[i]) f(T.InitialShort, sh0);
      if (capsLine[i]) f(T.CapsLineWord, w0);
      // Glue: "Jean-Pierre", "U.S.-based", "Putin's": whether the token touches its neighbours.
      const glueL = hasM1 && !t.spaceBefore ? 1 : 0;
      const glueR = hasP1 && !toks[i + 1]!.spaceBefore ? 1 : 0;
      if (glueL || glueR) f(T.Glue, mix(sh0, glueL * 2 + glueR));
      // Gazetteer matches (class and position in the name) of the word and its neighbours.
      for (let q = i * MAX_CODES; q < (i + 1) * MAX_CODES && codes[q]; q++) f(T.Gaz0, codes[q]!);
      if (hasM1) for (let q = (i - 1) * MAX_CODES; q < i * MAX_CODES && codes[q]; q++) f(T.GazM1, codes[q]!);
      if (hasP1) for (let q = (i + 1) * MAX_CODES; q < (i + 2) * MAX_CODES && codes[q]; q++) f(T.GazP1, codes[q]!);
      if (gazSet[i]) {
        f(T.GazSet0, gazSet[i]!);
        f(T.GazSet0Case, mix(gazSet[i]!, where));
      }
      f(T.ProfileCase, mix(a0.profile, where));
      if (c0 >= 2) f(T.EnglishWhere, mix(a0.english, where));
      if (c0 >= 2) {
        const dc = docCase[i]!;
        f(T.DocCase, dc * 4 + capsLine[i]! * 2 + initial[i]!);
        f(T.DocCaseShape, mix(dc, sh0));
      }
    }
  }
  offsets[n] = k;
  return { units, hashes: hashes.subarray(0, k), offsets, atoms };
}
