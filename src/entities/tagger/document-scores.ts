import { addRow, table } from './context-scores.js';
import { D, sureOf, typeOfLabel } from './document-features.js';
import { mix } from './hash.js';
import { N_LABELS } from './labels.js';
import type { WeightTable } from './weights.js';
import type { WordAtoms } from './words.js';

const L = N_LABELS;
const NE = L + 1; // a neighbour's label, or the paragraph edge (L)
const NSURE = 6;
const NTYPE = 5;

/**
 * The second stage's features (document-features.ts) as the tagger scores
 * them: everything but the label with the word and with its shape is read
 * from dense tables built with the tagger (the labels around the token, how
 * sure the first stage was, the votes of the word's other occurrences).
 * Adds to a token's emission scores what the weights of its features in
 * documentFeatures sum to, bar rounding.
 */
export class DocumentScores {
  readonly #w: WeightTable;
  /** [prev][own][next]: Own, PrevOwn, OwnNext, PrevOwnNext. */
  readonly #labels: Float64Array;
  /** [own][sure]: OwnSure. */
  readonly #sure: Float64Array;
  /** [label]: OthersLabel; row L: NoOthers. */
  readonly #others: Float64Array;
  /** [type * 2 + unanimous][ownType][sure]: OthersType, OthersTypeOwnType, OthersTypeOwnSure. */
  readonly #votes: Float64Array;
  /** [min(others, 4)][type]: OthersCount. */
  readonly #count: Float64Array;

  constructor(w: WeightTable) {
    this.#w = w;
    this.#labels = table(NE * L * NE, (r, add) => {
      const prev = Math.floor(r / (L * NE));
      const own = Math.floor(r / NE) % L;
      const next = r % NE;
      add(mix(D.Own, own)); add(mix(D.PrevOwn, prev * 32 + own)); add(mix(D.OwnNext, own * 32 + next));
      add(mix(D.PrevOwnNext, mix(prev * 32 + own, next)));
    }, w);
    this.#sure = table(L * NSURE, (r, add) => add(mix(D.OwnSure, Math.floor(r / NSURE) * 8 + (r % NSURE))), w);
    this.#others = table(L + 1, (r, add) => add(r < L ? mix(D.OthersLabel, r) : mix(D.NoOthers, 0)), w);
    this.#votes = table(2 * NTYPE * NTYPE * NSURE, (r, add) => {
      const vote = Math.floor(r / (NTYPE * NSURE));
      const ownType = Math.floor(r / NSURE) % NTYPE;
      const sure = r % NSURE;
      add(mix(D.OthersType, vote)); add(mix(D.OthersTypeOwnSure, mix(vote, ownType * 8 + sure)));
      add(mix(D.OthersTypeOwnType, mix(vote, ownType)));
    }, w);
    this.#count = table(5 * NTYPE, (r, add) => add(mix(D.OthersCount, Math.floor(r / NTYPE) * 8 + (r % NTYPE))), w);
    Object.freeze(this);
  }

  /**
   * Add the second stage's weights for a token of word `a` to em[o ..): its
   * first-stage label `own` with margin `margin`, its neighbours' labels
   * (L at the paragraph edge), and `counts`, the first-stage labels of every
   * occurrence of its word in the document when it is capitalised.
   */
  add(a: WordAtoms, own: number, prev: number, next: number, margin: number, counts: Uint16Array | undefined, em: Float64Array, o: number): void {
    const w = this.#w;
    addRow(em, o, this.#labels, ((prev * L + own) * NE + next) * L);
    const sure = sureOf(margin);
    addRow(em, o, this.#sure, (own * NSURE + sure) * L);
    w.add(mix(D.OwnShape, mix(own, a.shortH)), em, o);
    w.add(mix(D.OwnWord, mix(own, a.lowerH)), em, o);
    if (!counts) return;
    let others = 0;
    let v0 = 0, v1 = 0, v2 = 0, v3 = 0, v4 = 0;
    for (let l = 0; l < L; l++) {
      const m = counts[l]! - (l === own ? 1 : 0);
      if (m <= 0) continue;
      others += m;
      addRow(em, o, this.#others, l * L);
      const t = typeOfLabel(l);
      if (t === 0) v0 += m; else if (t === 1) v1 += m; else if (t === 2) v2 += m; else if (t === 3) v3 += m; else v4 += m;
    }
    if (!others) { addRow(em, o, this.#others, L * L); return; }
    // The majority type of the other occurrences (the first in type order on a tie), and whether they all agree.
    let best = 0;
    let top = v0;
    if (v1 > top) { best = 1; top = v1; }
    if (v2 > top) { best = 2; top = v2; }
    if (v3 > top) { best = 3; top = v3; }
    if (v4 > top) { best = 4; top = v4; }
    const vote = best * 2 + (top === others ? 1 : 0);
    addRow(em, o, this.#votes, ((vote * NTYPE + typeOfLabel(own)) * NSURE + sure) * L);
    addRow(em, o, this.#count, (Math.min(others, 4) * NTYPE + best) * L);
  }
}
