import { N_LABELS } from './labels.js';
import type { TokenLexicon } from './lexicon.js';
import type { TaggerModel } from './model.js';
import { BOS_ATOMS, EOS_ATOMS, ROLES, wordAtoms, wordFeatures, type WordAtoms } from './words.js';

/** Summed weights of a word's features from each of the five positions: ROLES x N_LABELS. */
export type WordVector = Float64Array;

/**
 * Word feature weights summed per word and position, computed when the
 * engine is built for a vocabulary of frequent words, and per document for
 * the others: one vector add replaces about twenty feature lookups per token.
 */
export class WordScores {
  readonly #model: TaggerModel;
  readonly #lexicon: TokenLexicon;
  readonly #known: ReadonlyMap<string, WordVector>;
  readonly bos: WordVector;
  readonly eos: WordVector;

  constructor(model: TaggerModel, lexicon: TokenLexicon, vocabulary: readonly string[]) {
    this.#model = model;
    this.#lexicon = lexicon;
    this.bos = this.vectorOf(BOS_ATOMS);
    this.eos = this.vectorOf(EOS_ATOMS);
    const known = new Map<string, WordVector>();
    for (const w of vocabulary) known.set(w, this.vectorOf(wordAtoms(w, w.toLowerCase(), lexicon)));
    this.#known = known;
    Object.freeze(this);
  }

  vectorOf(atoms: WordAtoms): WordVector {
    const v = new Float64Array(ROLES * N_LABELS);
    for (let role = 0; role < ROLES; role++) {
      wordFeatures(atoms, role, (h) => this.#model.addWeights(h, v, role * N_LABELS));
    }
    return v;
  }

  /** The vector of a word: precomputed, or computed into `cache` (one document's). */
  get(text: string, lower: string, cache: Map<string, WordVector>): WordVector {
    let v = this.#known.get(text) ?? cache.get(text);
    if (!v) cache.set(text, (v = this.vectorOf(wordAtoms(text, lower, this.#lexicon))));
    return v;
  }
}
