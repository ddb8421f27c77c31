import type { Doc } from '../../doc/types.js';
import { hashString, mix } from './hash.js';
import { caseOf, longShape, shortShape } from './shape.js';
import type { TokenLexicon } from './lexicon.js';
import { MAX_CODES } from '../lexicon/gazetteer.js';

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
}

// Template ids: a feature is mix(template, value hash). Renumbering them invalidates trained models.
const enum T {
  Bias = 1, W0, Wm1, Wp1, Wm2, Wp2, Form0, Shape0, ShapeM1, ShapeP1, Short0, Short3, Pre, Suf,
  Pos0, PosM1, PosP1, PosM1P0, PosP0P1, Wm1W0, W0Wp1, InitialShort, CapsLineShort, Glue,
  Wm1Shape0, Shape0Wp1, Case0CaseP1, CaseM1Case0, Gaz0, GazM1, GazP1, GazSet0, GazSet0Case, Profile0,
  DocCase, DocCaseInitial, Wm1Case0, Case0Wp1, Cluster0, ClusterM1, ClusterP1, Cluster0Case,
  Lower0Len, ProfileCase, ProfileM1, ProfileP1,
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** Hash of the lower-cased word with every digit as 0, so that numbers share their features. */
function lowerHash(lower: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) {
    let c = lower.charCodeAt(i);
    if (c >= 49 && c <= 57) c = 48;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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

/**
 * Features of each token: its word, shape, affixes, part of speech, case
 * profile and lexicon classes, those of its neighbours within the paragraph,
 * and document-level case evidence (is the word written in lower case or
 * capitalised mid-sentence elsewhere in the document?). Training and tagging
 * both call this, so their features are the same by construction.
 */
export function extractFeatures(doc: Doc, lexicon: TokenLexicon): DocFeatures {
  const toks = doc.tokens;
  const n = toks.length;
  const units = unitsOf(doc);
  const lowerH = new Uint32Array(n);
  const shortH = new Uint32Array(n);
  const shapeH = new Uint32Array(n);
  const posH = new Uint32Array(n);
  const cases = new Uint8Array(n);
  const initial = new Uint8Array(n);
  const capsLine = new Uint8Array(n);
  const codes = new Uint8Array(n * MAX_CODES);
  const gazSet = new Uint32Array(n);
  const profile = new Uint8Array(n);
  const cluster = new Uint32Array(n);
  const docCase = new Map<string, number>(); // bit 1: lower case somewhere; bit 2: capitalised mid-sentence
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    lowerH[i] = lowerHash(t.lower);
    shortH[i] = hashString(shortShape(t.text));
    shapeH[i] = hashString(longShape(t.text));
    posH[i] = hashString(t.pos);
    cases[i] = caseOf(t.text);
    profile[i] = lexicon.caseProfileOf(t.lower);
    cluster[i] = lexicon.clusterOf(t.lower);
  }
  for (const s of doc.sentences) {
    let letters = 0;
    let caps = 0;
    let first = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const c = cases[i]!;
      if (c === 0) continue;
      if (first) { initial[i] = 1; first = false; }
      letters++;
      if (c === 3) caps++;
    }
    const isCaps = letters >= 3 && caps / letters >= 0.8 ? 1 : 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      capsLine[i] = isCaps;
      const c = cases[i]!;
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
  const f = (template: number, value: number) => { hashes[k++] = mix(template, value); };
  for (const u of units) {
    for (let i = u.start; i < u.end; i++) {
      offsets[i] = k;
      const t = toks[i]!;
      const hasM1 = i > u.start;
      const hasP1 = i + 1 < u.end;
      const wm1 = hasM1 ? lowerH[i - 1]! : BOS;
      const wp1 = hasP1 ? lowerH[i + 1]! : EOS;
      const wm2 = i - 2 >= u.start ? lowerH[i - 2]! : BOS;
      const wp2 = i + 2 < u.end ? lowerH[i + 2]! : EOS;
      const w0 = lowerH[i]!;
      const sh0 = shortH[i]!;
      const shm1 = hasM1 ? shortH[i - 1]! : BOS;
      const shp1 = hasP1 ? shortH[i + 1]! : EOS;
      const c0 = cases[i]!;
      const cm1 = hasM1 ? cases[i - 1]! : 7;
      const cp1 = hasP1 ? cases[i + 1]! : 7;
      f(T.Bias, 0);
      f(T.W0, w0);
      f(T.Wm1, wm1);
      f(T.Wp1, wp1);
      f(T.Wm2, wm2);
      f(T.Wp2, wp2);
      f(T.Form0, hashString(t.text));
      f(T.Shape0, shapeH[i]!);
      f(T.ShapeM1, hasM1 ? shapeH[i - 1]! : BOS);
      f(T.ShapeP1, hasP1 ? shapeH[i + 1]! : EOS);
      f(T.Short0, sh0);
      f(T.Short3, mix(mix(shm1, sh0), shp1));
      const lw = t.lower;
      const len = lw.length;
      let ph = 0x811c9dc5;
      for (let j = 0; j < 4 && j < len; j++) {
        ph = Math.imul(ph ^ lw.charCodeAt(j), 0x01000193);
        if (j + 1 < len) f(T.Pre + 64 * j, ph >>> 0);
      }
      let sf = 0x811c9dc5;
      for (let j = 0; j < 5 && j < len; j++) {
        sf = Math.imul(sf ^ lw.charCodeAt(len - 1 - j), 0x01000193);
        if (j + 1 < len) f(T.Suf + 64 * j, sf >>> 0);
      }
      f(T.Lower0Len, Math.min(len, 12));
      const p0 = posH[i]!;
      const pm1 = hasM1 ? posH[i - 1]! : BOS;
      const pp1 = hasP1 ? posH[i + 1]! : EOS;
      f(T.Pos0, p0);
      f(T.PosM1, pm1);
      f(T.PosP1, pp1);
      f(T.PosM1P0, mix(pm1, p0));
      f(T.PosP0P1, mix(p0, pp1));
      f(T.Wm1W0, mix(wm1, w0));
      f(T.W0Wp1, mix(w0, wp1));
      f(T.Wm1Shape0, mix(wm1, sh0));
      f(T.Shape0Wp1, mix(sh0, wp1));
      f(T.Wm1Case0, mix(wm1, c0));
      f(T.Case0Wp1, mix(c0, wp1));
      f(T.Case0CaseP1, c0 * 8 + cp1);
      f(T.CaseM1Case0, cm1 * 8 + c0);
      if (initial[i]) f(T.InitialShort, sh0);
      if (capsLine[i]) f(T.CapsLineShort, w0);
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
        f(T.GazSet0Case, mix(gazSet[i]!, c0 + 8 * capsLine[i]! + 16 * initial[i]!));
      }
      // How often the word is capitalised mid-sentence in running text, here and around.
      const pr = profile[i]!;
      f(T.Profile0, pr);
      f(T.ProfileCase, mix(pr, c0 + 8 * capsLine[i]! + 16 * initial[i]!));
      f(T.ProfileM1, hasM1 ? profile[i - 1]! : 15);
      f(T.ProfileP1, hasP1 ? profile[i + 1]! : 15);
      f(T.Cluster0, cluster[i]!);
      f(T.ClusterM1, hasM1 ? cluster[i - 1]! : BOS);
      f(T.ClusterP1, hasP1 ? cluster[i + 1]! : EOS);
      f(T.Cluster0Case, mix(cluster[i]!, c0));
      if (c0 >= 2) {
        const dc = docCase.get(lw) ?? 0;
        f(T.DocCase, dc * 4 + capsLine[i]! * 2 + initial[i]!);
        f(T.DocCaseInitial, mix(dc, sh0));
      }
    }
  }
  offsets[n] = k;
  return { units, hashes: hashes.subarray(0, k), offsets };
}
