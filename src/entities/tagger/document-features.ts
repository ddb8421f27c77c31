import type { Doc } from '../../doc/types.js';
import type { DocFeatures } from './features.js';
import { mix } from './hash.js';
import { N_LABELS } from './labels.js';

// Template ids of the document-level features (2000+); renumbering invalidates trained models.
const D = 2000;

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
      const a = base.atoms[i]!;
      f(D + 1, own);
      f(D + 2, prev * 32 + own);
      f(D + 3, own * 32 + next);
      f(D + 9, mix(own, a.shortH));
      f(D + 10, mix(own, a.lowerH));
      f(D + 11, mix(prev * 32 + own, next));
      const m = margins[i]!;
      const sure = m < 0 ? 0 : m < 2 ? 1 : m < 5 ? 2 : m < 10 ? 3 : m < 20 ? 4 : 5;
      f(D + 12, own * 8 + sure);
      const c = a.wcase >= 2 ? counts.get(toks[i]!.lower) : undefined;
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
      f(D + 13, mix(best * 2 + unanimous, ownType * 8 + sure));
      f(D + 7, mix(best * 2 + unanimous, ownType));
      f(D + 8, Math.min(others, 4) * 8 + best);
    }
  }
  offsets[n] = k;
  return { units: base.units, hashes: hashes.subarray(0, k), offsets, atoms: base.atoms };
}
