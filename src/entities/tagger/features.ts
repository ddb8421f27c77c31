import type { Doc } from '../../doc/types.js';
import { MAX_CODES } from '../lexicon/gazetteer.js';
import { hashString, mix } from './hash.js';
import type { TokenLexicon } from './lexicon.js';
import { BOS_ATOMS, EOS_ATOMS, Role, wordAtoms, wordFeatures, type WordAtoms } from './words.js';

/** A run of tokens decoded together: a paragraph (an entity never crosses one). */
export interface Unit {
  readonly start: number;
  readonly end: number;
}

/** Feature hashes of every token of a document: token i has hashes[offsets[i] .. offsets[i+1]). */
export interface DocFeatures {
  readonly units: readonly Unit[];
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  /** The word of each token (shared between tokens of the same text). */
  readonly atoms: readonly WordAtoms[];
}

// Context template ids; renumbering them invalidates trained models.
const enum T {
  Bias = 1, Short3, Pos0, PosM1, PosP1, PosM1P0, PosP0P1, Wm1W0, W0Wp1, Wm1Shape0, Shape0Wp1,
  Wm1Case0, Case0Wp1, Case0CaseP1, CaseM1Case0, InitialShort, CapsLineWord, Glue, Gaz0, GazM1, GazP1,
  GazSet0, GazSet0Case, ProfileCase, DocCase, DocCaseShape, PosM2, PosP2, EnglishWhere,
}

/** The paragraphs of a document as token ranges. */
export function unitsOf(doc: Doc): Unit[] {
  const out: Unit[] = [];
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const start = doc.sentences[p.sentenceStart]!.tokenStart;
    const end = doc.sentences[p.sentenceEnd - 1]!.tokenEnd;
    if (end > start) out.push({ start, end });
  }
  return out;
}

const MAX_PER_TOKEN = 96;
/** The feature every token has, emitted only for training: the tagger folds its weights into the transitions. */
export const BIAS_FEATURE = mix(T.Bias, 0);
const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const POS_H: ReadonlyMap<string, number> = new Map(UPOS.map((p) => [p, hashString(p)]));
const posHash = (pos: string) => POS_H.get(pos) ?? hashString(pos);
const BOS = BOS_ATOMS.lowerH;
const EOS = EOS_ATOMS.lowerH;

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
  const units = unitsOf(doc);
  const atoms: WordAtoms[] = new Array(n);
  const seen = new Map<string, WordAtoms>();
  const initial = new Uint8Array(n);
  const capsLine = new Uint8Array(n);
  const codes = new Uint8Array(n * MAX_CODES);
  const gazSet = new Uint32Array(n);
  const docCase = new Map<string, number>(); // bit 1: in lower case somewhere; bit 2: capitalised mid-sentence
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    let a = known?.get(t.text)?.atoms ?? seen.get(t.text);
    if (!a) seen.set(t.text, (a = wordAtoms(t.text, t.lower, lexicon)));
    atoms[i] = a;
  }
  for (const s of doc.sentences) {
    let letters = 0;
    let caps = 0;
    let first = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const c = atoms[i]!.wcase;
      if (c === 0) continue;
      if (first) { initial[i] = 1; first = false; }
      letters++;
      if (c === 3) caps++;
    }
    const isCaps = letters >= 3 && caps / letters >= 0.8 ? 1 : 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      capsLine[i] = isCaps;
      const c = atoms[i]!.wcase;
      if (c === 0 || isCaps) continue;
      const bit = c === 1 ? 1 : initial[i] ? 0 : 2;
      if (bit) docCase.set(toks[i]!.lower, (docCase.get(toks[i]!.lower) ?? 0) | bit);
    }
  }
  for (const u of units) lexicon.match(toks, u.start, u.end, codes);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let k = i * MAX_CODES; k < (i + 1) * MAX_CODES && codes[k]; k++) m |= 1 << ((codes[k]! - 1) >> 2);
    gazSet[i] = m;
  }

  const hashes = new Uint32Array(n * MAX_PER_TOKEN);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  const push = (h: number) => { hashes[k++] = h; };
  const f = (template: number, value: number) => { hashes[k++] = mix(template, value); };
  for (const u of units) {
    for (let i = u.start; i < u.end; i++) {
      offsets[i] = k;
      const t = toks[i]!;
      const a0 = atoms[i]!;
      const am1 = i > u.start ? atoms[i - 1]! : BOS_ATOMS;
      const ap1 = i + 1 < u.end ? atoms[i + 1]! : EOS_ATOMS;
      if (withWords) {
        wordFeatures(a0, Role.Self, push);
        wordFeatures(am1, Role.Left1, push);
        wordFeatures(ap1, Role.Right1, push);
        wordFeatures(i - 2 >= u.start ? atoms[i - 2]! : BOS_ATOMS, Role.Left2, push);
        wordFeatures(i + 2 < u.end ? atoms[i + 2]! : EOS_ATOMS, Role.Right2, push);
      }
      const hasM1 = i > u.start;
      const hasP1 = i + 1 < u.end;
      const c0 = a0.wcase;
      const w0 = a0.lowerH;
      const sh0 = a0.shortH;
      if (withWords) f(T.Bias, 0);
      f(T.Short3, mix(mix(am1.shortH, sh0), ap1.shortH));
      const p0 = posHash(t.pos);
      const pm1 = hasM1 ? posHash(toks[i - 1]!.pos) : BOS;
      const pp1 = hasP1 ? posHash(toks[i + 1]!.pos) : EOS;
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
        const dc = docCase.get(t.lower) ?? 0;
        f(T.DocCase, dc * 4 + capsLine[i]! * 2 + initial[i]!);
        f(T.DocCaseShape, mix(dc, sh0));
      }
    }
  }
  offsets[n] = k;
  return { units, hashes: hashes.subarray(0, k), offsets, atoms };
}
