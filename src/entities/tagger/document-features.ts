import type { Doc } from '../../doc/types.js';
import type { DocFeatures } from './features.js';
import { mix } from './hash.js';
import { N_LABELS } from './labels.js';

/** Template ids of the document-level features (2000+); renumbering invalidates trained models. */
export const D = Object.freeze({
  Own: 2001, PrevOwn: 2002, OwnNext: 2003, OthersLabel: 2004, NoOthers: 2005, OthersType: 2006,
  OthersTypeOwnType: 2007, OthersCount: 2008, OwnShape: 2009, OwnWord: 2010, PrevOwnNext: 2011,
  OwnSure: 2012, OthersTypeOwnSure: 2013,
} as const);

/** How sure the first stage was of a label, from its margin: 0 (not: another label scores higher) to 5. */
export const sureOf = (m: number): number => (m < 0 ? 0 : m < 2 ? 1 : m < 5 ? 2 : m < 10 ? 3 : m < 20 ? 4 : 5);

/** Entity type of a label for the votes of other occurrences: 0 for O, 1 + CoNLL type index. */
export const typeOfLabel = (l: number): number => (l === 0 ? 0 : 1 + ((l - 1) >> 2));

/** How many times the first stage gave each label to each capitalised word (lower-cased) of the document. */
export function labelCounts(lower: (i: number) => string, wcase: (i: number) => number, n: number, stage1: Uint8Array): Map<string, Uint16Array> {
  const counts = new Map<string, Uint16Array>();
  for (let i = 0; i < n; i++) {
    if (wcase(i) < 2) continue;
    const w = lower(i);
    let c = counts.get(w);
    if (!c) counts.set(w, (c = new Uint16Array(N_LABELS)));
    c[stage1[i]!]!++;
  }
  return counts;
}

/**
 * The second stage's features, from the first stage's labels over the whole
 * document: the token's own first-stage label, alone and with its shape, its
 * word and how sure the first stage was of it (its margin), its neighbours' labels, and for a capitalised word, the labels
 * the first stage gave to its other occurrences in the document ("Petofi"
 * tagged ORG in "Petofi's board" makes "Petofi" an ORG elsewhere; "Blinken"
 * after "Antony Blinken" is a person).
 */
export function documentFeatures(doc: Doc, base: DocFeatures, stage1: Uint8Array, margins: Float32Array): DocFeatures {
  const toks = doc.tokens;
  const n = toks.length;
  const L = N_LABELS;
  const counts = labelCounts((i) => toks[i]!.lower, (i) => base.atoms[i]!.wcase, n, stage1);
  const hashes = new Uint32Array(n * 24);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  const f = (template: number, value: number) => { hashes[k++] = mix(template, value); };
  for (const u of base.units) {
    for (let i = u.start; i < u.end; i++) {
      offsets[i] = k;
      const own = stage1[i]!;
      const prev = i > u.start ? stage1[i - 1]! : L;
      const next = i + 1 < u.end ? stage1[i + 1]! : L;
      const a = base.atoms[i]!;
      f(D.Own, own);
      f(D.PrevOwn, prev * 32 + own);
      f(D.OwnNext, own * 32 + next);
      f(D.OwnShape, mix(own, a.shortH));
      f(D.OwnWord, mix(own, a.lowerH));
      f(D.PrevOwnNext, mix(prev * 32 + own, next));
      const m = margins[i]!;
      const sure = sureOf(m);
      f(D.OwnSure, own * 8 + sure);
      const c = a.wcase >= 2 ? counts.get(toks[i]!.lower) : undefined;
      if (!c) continue;
      // Other occurrences: which labels, the majority entity type, and whether they all agree.
      let others = 0;
      const typeVotes = [0, 0, 0, 0, 0];
      for (let l = 0; l < L; l++) {
        const m = c[l]! - (l === own ? 1 : 0);
        if (m <= 0) continue;
        others += m;
        f(D.OthersLabel, l);
        typeVotes[typeOfLabel(l)]! += m;
      }
      if (!others) { f(D.NoOthers, 0); continue; }
      let best = 0;
      for (let t = 1; t < 5; t++) if (typeVotes[t]! > typeVotes[best]!) best = t;
      const unanimous = typeVotes[best] === others ? 1 : 0;
      const ownType = typeOfLabel(own);
      f(D.OthersType, best * 2 + unanimous);
      f(D.OthersTypeOwnSure, mix(best * 2 + unanimous, ownType * 8 + sure));
      f(D.OthersTypeOwnType, mix(best * 2 + unanimous, ownType));
      f(D.OthersCount, Math.min(others, 4) * 8 + best);
    }
  }
  offsets[n] = k;
  return { units: base.units, hashes: hashes.subarray(0, k), offsets, atoms: base.atoms };
}
