import type { Doc } from '../../doc/types.js';
import { documentFeatures } from './document-features.js';
import { extractFeatures } from './features.js';
import { labelsToSpans, N_LABELS, type LabelSpan } from './labels.js';
import type { TokenLexicon } from './lexicon.js';
import type { TaggerModel } from './model.js';
import { viterbi } from './viterbi.js';
import { WeightTable } from './weights.js';
import { BOS_ATOMS, EOS_ATOMS, Role, ROLES, wordAtoms, wordFeatures, type WordAtoms } from './words.js';

/** A word's atoms and the summed weights of its word features: ROLES x N_LABELS. */
interface WordEntry {
  readonly atoms: WordAtoms;
  readonly vec: Float32Array;
}

/**
 * The tagger at run time. The first stage scores every token from its
 * context features and the word weights of it and its neighbours, summed per
 * word and position when the tagger is built (for the frequent training
 * words; once per document for the others), and decodes each paragraph. The
 * second stage, when there is one, decodes again from document-level
 * features of the first stage's labels. Built once, then read-only.
 */
export class Tagger {
  readonly #lexicon: TokenLexicon;
  readonly #stage1: WeightTable;
  readonly #stage2: WeightTable | null;
  readonly #known: ReadonlyMap<string, WordEntry>;
  readonly #bos: Float32Array;
  readonly #eos: Float32Array;

  constructor(stage1: TaggerModel, stage2: TaggerModel | null, lexicon: TokenLexicon) {
    this.#lexicon = lexicon;
    this.#stage1 = new WeightTable(stage1);
    this.#stage2 = stage2 ? new WeightTable(stage2) : null;
    this.#bos = this.#vectorOf(BOS_ATOMS);
    this.#eos = this.#vectorOf(EOS_ATOMS);
    const known = new Map<string, WordEntry>();
    for (const w of stage1.vocabulary) {
      const atoms = wordAtoms(w, w.toLowerCase(), lexicon);
      known.set(w, { atoms, vec: this.#vectorOf(atoms) });
    }
    this.#known = known;
    Object.freeze(this);
  }

  #vectorOf(atoms: WordAtoms): Float32Array {
    const L = N_LABELS;
    const v = new Float64Array(ROLES * L);
    for (let role = 0; role < ROLES; role++) wordFeatures(atoms, role, (h) => this.#stage1.add(h, v, role * L));
    return Float32Array.from(v);
  }

  /** The label of every token: the last stage's decision. */
  labels(doc: Doc): Uint8Array {
    return this.#run(doc, true).labels;
  }

  /**
   * The first stage's label of every token, with its margin: how far the
   * token's own score for that label is above its best other label (what the
   * second stage is trained on).
   */
  firstStage(doc: Doc): { labels: Uint8Array; margins: Float32Array } {
    return this.#run(doc, false);
  }

  #run(doc: Doc, second: boolean): { labels: Uint8Array; margins: Float32Array } {
    const L = N_LABELS;
    const feats = extractFeatures(doc, this.#lexicon, false, this.#known);
    const cache = new Map<string, Float32Array>();
    const vecs: Float32Array[] = new Array(doc.tokens.length);
    for (let i = 0; i < vecs.length; i++) {
      const text = doc.tokens[i]!.text;
      let v = this.#known.get(text)?.vec ?? cache.get(text);
      if (!v) cache.set(text, (v = this.#vectorOf(feats.atoms[i]!)));
      vecs[i] = v;
    }
    const labels = new Uint8Array(doc.tokens.length);
    const margins = new Float32Array(doc.tokens.length);
    let longest = 0;
    for (const u of feats.units) longest = Math.max(longest, u.end - u.start);
    const em = new Float64Array(longest * L);
    const scratch = { score: new Float64Array(longest * L), back: new Uint8Array(longest * L) };
    for (const u of feats.units) {
      em.fill(0, 0, (u.end - u.start) * L);
      this.#stage1.addAll(feats.hashes, feats.offsets, u.start, u.end, em);
      for (let i = u.start; i < u.end; i++) {
        const o = (i - u.start) * L;
        const self = vecs[i]!;
        const m1 = i > u.start ? vecs[i - 1]! : this.#bos;
        const p1 = i + 1 < u.end ? vecs[i + 1]! : this.#eos;
        const m2 = i - 2 >= u.start ? vecs[i - 2]! : this.#bos;
        const p2 = i + 2 < u.end ? vecs[i + 2]! : this.#eos;
        for (let l = 0; l < L; l++) {
          em[o + l]! += self[Role.Self * L + l]! + m1[Role.Left1 * L + l]! + p1[Role.Right1 * L + l]!
            + m2[Role.Left2 * L + l]! + p2[Role.Right2 * L + l]!;
        }
      }
      viterbi(em, u.end - u.start, this.#stage1.trans, labels.subarray(u.start, u.end), L, 0, scratch);
      for (let i = u.start; i < u.end; i++) {
        const o = (i - u.start) * L;
        const own = labels[i]!;
        let other = -Infinity;
        for (let l = 0; l < L; l++) if (l !== own && em[o + l]! > other) other = em[o + l]!;
        margins[i] = em[o + own]! - other;
      }
    }
    const stage2 = this.#stage2;
    if (stage2 && second) {
      const second = documentFeatures(doc, feats, labels, margins);
      for (const u of feats.units) {
        em.fill(0, 0, (u.end - u.start) * L);
        stage2.addAll(second.hashes, second.offsets, u.start, u.end, em);
        viterbi(em, u.end - u.start, stage2.trans, labels.subarray(u.start, u.end), L, 0, scratch);
      }
    }
    return { labels, margins };
  }

  /**
   * Entity spans over token indices of `doc.tokens`, with the tag type index
   * (see TAG_TYPES). Each paragraph is decoded to a well-formed sequence, so
   * no span crosses a paragraph.
   */
  tag(doc: Doc): LabelSpan[] {
    return labelsToSpans(this.labels(doc));
  }
}
