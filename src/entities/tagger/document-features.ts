import type { Doc } from '../../doc/types.js';
import type { DocFeatures } from './features.js';
import { mix } from './hash.js';
import { N_LABELS } from './labels.js';

// Template ids of the document-level features (2000+); renumbering invalidates trained models.
const D = 2000;

/**
 * Second-stage features from the first stage's labels over the whole
 * document: the token's own first-stage label and its neighbours', and for a
 * capitalised word, the labels the first stage gave to its other occurrences
 * in the document ("Petofi" tagged ORG in "Petofi's board" makes "Petofi" an
 * ORG elsewhere; "Blinken" after "Antony Blinken" is a person).
 */
export function documentFeatures(doc: Doc, base: DocFeatures, stage1: Uint8Array): DocFeatures {
  const toks = doc.tokens;
  const n = toks.length;
  const L = N_LABELS;
  // Label counts of each capitalised word over the document.
  const counts = new Map<string, Uint16Array>();
  for (let i = 0; i < n; i++) {
    if (base.atoms[i]!.wcase < 2) continue;
    const w = toks[i]!.lower;
    let c = counts.get(w);
    if (!c) counts.set(w, (c = new Uint16Array(L)));
    c[stage1[i]!]!++;
  }
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
      f(D + 1, own);
      f(D + 2, prev * 32 + own);
      f(D + 3, own * 32 + next);
      const c = base.atoms[i]!.wcase >= 2 ? counts.get(toks[i]!.lower) : undefined;
      if (!c) continue;
      // Other occurrences: which labels, the majority entity type, and whether they all agree.
      let others = 0;
      const typeVotes = [0, 0, 0, 0, 0];
      for (let l = 0; l < L; l++) {
        const m = c[l]! - (l === own ? 1 : 0);
        if (m <= 0) continue;
        others += m;
        f(D + 4, l);
        typeVotes[l === 0 ? 0 : 1 + ((l - 1) >> 2)]! += m;
      }
      if (!others) { f(D + 5, 0); continue; }
      let best = 0;
      for (let t = 1; t < 5; t++) if (typeVotes[t]! > typeVotes[best]!) best = t;
      const unanimous = typeVotes[best] === others ? 1 : 0;
      const ownType = own === 0 ? 0 : 1 + ((own - 1) >> 2);
      f(D + 6, best * 2 + unanimous);
      f(D + 7, mix(best * 2 + unanimous, ownType));
      f(D + 8, Math.min(others, 4) * 8 + best);
    }
  }
  offsets[n] = k;
  return { units: base.units, hashes: hashes.subarray(0, k), offsets, atoms: base.atoms };
}

/** The features of `a` and `b` token by token (same document, same units). */
export function concatFeatures(a: DocFeatures, b: DocFeatures): DocFeatures {
  const n = a.offsets.length - 1;
  const hashes = new Uint32Array(a.hashes.length + b.hashes.length);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    hashes.set(a.hashes.subarray(a.offsets[i]!, a.offsets[i + 1]!), k);
    k += a.offsets[i + 1]! - a.offsets[i]!;
    hashes.set(b.hashes.subarray(b.offsets[i]!, b.offsets[i + 1]!), k);
    k += b.offsets[i + 1]! - b.offsets[i]!;
  }
  offsets[n] = k;
  return { units: a.units, hashes, offsets, atoms: a.atoms };
}
