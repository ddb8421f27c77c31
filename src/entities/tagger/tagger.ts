import type { Doc } from '../../doc/types.js';
import { documentFeatures } from './document-features.js';
import { extractFeatures, unitsOf, type DocFeatures } from './features.js';
import { labelsToSpans, N_LABELS, type LabelSpan } from './labels.js';
import type { TokenLexicon } from './lexicon.js';
import type { TaggerModel } from './model.js';
import { viterbi } from './viterbi.js';
import { BOS_ATOMS, EOS_ATOMS, Role, ROLES, wordAtoms, wordFeatures, type WordAtoms } from './words.js';

/** A word's atoms and the summed weights of its word features: ROLES x width. */
interface WordEntry {
  readonly atoms: WordAtoms;
  readonly vec: Float64Array;
}

/**
 * The tagger at run time: one or two trained stages merged into one table,
 * whose rows hold both stages' weights (labels 0..16 for the first stage,
 * 17..33 for the second), so that each feature is looked up once for both.
 * Word features are summed per word and position when the tagger is built,
 * for the frequent training words, and once per document for the others.
 * Built once, then read-only.
 */
export class Tagger {
  readonly #lexicon: TokenLexicon;
  readonly #width: number;
  readonly #trans: readonly Float64Array[];
  readonly #table: Int32Array;
  readonly #mask: number;
  readonly #rowStart: Int32Array;
  readonly #labels: Uint8Array;
  readonly #values: Float32Array;
  readonly #known: ReadonlyMap<string, WordEntry>;
  readonly #bos: Float64Array;
  readonly #eos: Float64Array;

  constructor(stages: readonly TaggerModel[], lexicon: TokenLexicon) {
    const L = N_LABELS;
    this.#lexicon = lexicon;
    this.#width = L * stages.length;
    this.#trans = stages.map((s) => s.trans);
    // Union of the stages' features, each row with the non-zero weights of every stage.
    const rowOf = new Map<number, number>();
    const entries: [number, number, number][][] = [];
    stages.forEach((m, s) => {
      for (let r = 0; r < m.keys.length; r++) {
        const key = m.keys[r]!;
        let row = rowOf.get(key);
        if (row === undefined) { rowOf.set(key, (row = entries.length)); entries.push([]); }
        for (let l = 0; l < L; l++) {
          const v = m.weights[r * L + l]!;
          if (v !== 0) entries[row]!.push([s * L + l, v, 0]);
        }
      }
    });
    let cap = 1024;
    while (cap < entries.length * 1.5) cap *= 2;
    this.#mask = cap - 1;
    this.#table = new Int32Array(cap * 2);
    for (const [key, row] of rowOf) {
      let s = key & this.#mask;
      while (this.#table[2 * s] !== 0) s = (s + 1) & this.#mask;
      this.#table[2 * s] = key | 0;
      this.#table[2 * s + 1] = row;
    }
    const nnz = entries.reduce((a, e) => a + e.length, 0);
    this.#rowStart = new Int32Array(entries.length + 1);
    this.#labels = new Uint8Array(nnz);
    this.#values = new Float32Array(nnz);
    let j = 0;
    entries.forEach((e, r) => {
      this.#rowStart[r] = j;
      for (const [l, v] of e) { this.#labels[j] = l; this.#values[j] = v; j++; }
    });
    this.#rowStart[entries.length] = j;
    this.#bos = this.#vectorOf(BOS_ATOMS);
    this.#eos = this.#vectorOf(EOS_ATOMS);
    const known = new Map<string, WordEntry>();
    for (const w of stages[0]?.vocabulary ?? []) {
      const atoms = wordAtoms(w, w.toLowerCase(), lexicon);
      known.set(w, { atoms, vec: this.#vectorOf(atoms) });
    }
    this.#known = known;
    Object.freeze(this);
  }

  /** Add the weights of feature `hash` (if any stage has it) to out[offset ..]. */
  #add(hash: number, out: Float64Array, offset: number): void {
    const table = this.#table;
    const key = hash | 0;
    let s = hash & this.#mask;
    for (;;) {
      const k = table[2 * s]!;
      if (k === key) break;
      if (k === 0) return;
      s = (s + 1) & this.#mask;
    }
    const r = table[2 * s + 1]!;
    const labels = this.#labels;
    const values = this.#values;
    const stop = this.#rowStart[r + 1]!;
    for (let j = this.#rowStart[r]!; j < stop; j++) out[offset + labels[j]!]! += values[j]!;
  }

  #vectorOf(atoms: WordAtoms): Float64Array {
    const v = new Float64Array(ROLES * this.#width);
    for (let role = 0; role < ROLES; role++) {
      wordFeatures(atoms, role, (h) => this.#add(h, v, role * this.#width));
    }
    return v;
  }

  #addFeatures(f: DocFeatures, start: number, end: number, em: Float64Array): void {
    const W = this.#width;
    const hashes = f.hashes;
    for (let i = start; i < end; i++) {
      const o = (i - start) * W;
      const stop = f.offsets[i + 1]!;
      for (let k = f.offsets[i]!; k < stop; k++) this.#add(hashes[k]!, em, o);
    }
  }

  /** The label of every token: the last stage's decision. */
  labels(doc: Doc): Uint8Array {
    const W = this.#width;
    const L = N_LABELS;
    const feats = extractFeatures(doc, this.#lexicon, false, this.#known);
    const cache = new Map<string, Float64Array>();
    const vecs = doc.tokens.map((t, i) => {
      let v = this.#known.get(t.text)?.vec ?? cache.get(t.text);
      if (!v) cache.set(t.text, (v = this.#vectorOf(feats.atoms[i]!)));
      return v;
    });
    const em: Float64Array[] = feats.units.map((u) => new Float64Array((u.end - u.start) * W));
    const labels = new Uint8Array(doc.tokens.length);
    feats.units.forEach((u, k) => {
      const e = em[k]!;
      this.#addFeatures(feats, u.start, u.end, e);
      for (let i = u.start; i < u.end; i++) {
        const o = (i - u.start) * W;
        const self = vecs[i]!;
        const m1 = i > u.start ? vecs[i - 1]! : this.#bos;
        const p1 = i + 1 < u.end ? vecs[i + 1]! : this.#eos;
        const m2 = i - 2 >= u.start ? vecs[i - 2]! : this.#bos;
        const p2 = i + 2 < u.end ? vecs[i + 2]! : this.#eos;
        for (let l = 0; l < W; l++) {
          e[o + l]! += self[Role.Self * W + l]! + m1[Role.Left1 * W + l]! + p1[Role.Right1 * W + l]!
            + m2[Role.Left2 * W + l]! + p2[Role.Right2 * W + l]!;
        }
      }
      viterbi(e, u.end - u.start, this.#trans[0]!, labels.subarray(u.start, u.end), W, 0);
    });
    if (this.#trans.length > 1) {
      const second = documentFeatures(doc, feats, labels);
      feats.units.forEach((u, k) => {
        const e = em[k]!;
        this.#addFeatures(second, u.start, u.end, e);
        viterbi(e, u.end - u.start, this.#trans[1]!, labels.subarray(u.start, u.end), W, L);
      });
    }
    return labels;
  }

  /** Entity spans over token indices of `doc.tokens`, with the tag type index (see TAG_TYPES). */
  tag(doc: Doc): LabelSpan[] {
    const labels = this.labels(doc);
    const out: LabelSpan[] = [];
    for (const { start, end } of unitsOf(doc)) {
      for (const s of labelsToSpans(labels.subarray(start, end))) out.push({ type: s.type, start: start + s.start, end: start + s.end });
    }
    return out;
  }
}
