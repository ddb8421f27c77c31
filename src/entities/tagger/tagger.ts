import type { Doc } from '../../doc/types.js';
import { activeTokens } from './active.js';
import { ContextScores } from './context-scores.js';
import { labelCounts } from './document-features.js';
import { DocumentScores } from './document-scores.js';
import { labelsToSpans, N_LABELS, type LabelSpan } from './labels.js';
import type { TokenLexicon } from './lexicon.js';
import type { TaggerModel } from './model.js';
import { tokenContext } from './token-context.js';
import { viterbi } from './viterbi.js';
import { WeightTable } from './weights.js';
import { BOS_ATOMS, EOS_ATOMS, MAX_WORD_FEATURES, Role, ROLES, wordAtoms, wordFeatures, type WordAtoms } from './words.js';

const L = N_LABELS;

/** A word's atoms and the summed weights of its word features (ROLES x N_LABELS), summed when first needed. */
interface WordEntry {
  readonly atoms: WordAtoms;
  vec: Float32Array | null;
}

/** The first stage's labels with their margins, and which tokens were scored. */
interface FirstStage {
  readonly labels: Uint8Array;
  readonly margins: Float32Array;
}

/**
 * The tagger at run time. The first stage scores the tokens near a
 * capitalised word (see active.ts; the others are O) from the word weights
 * of the token and its neighbours, summed per word and position (when the
 * tagger is built for the frequent training words, once per document for
 * the others), and its context features (context-scores.ts), and decodes
 * each run of scored tokens. The second stage, when there is one, decodes
 * the same runs again from document-level features of the first stage's
 * labels (document-scores.ts), those with evidence to act on (hasEvidence).
 * Built once, then read-only.
 */
export class Tagger {
  readonly #lexicon: TokenLexicon;
  readonly #stage1: WeightTable;
  readonly #context: ContextScores;
  readonly #stage2: { readonly weights: WeightTable; readonly scores: DocumentScores } | null;
  readonly #known: ReadonlyMap<string, WordEntry>;
  readonly #bos: Float32Array;
  readonly #eos: Float32Array;

  constructor(stage1: TaggerModel, stage2: TaggerModel | null, lexicon: TokenLexicon) {
    this.#lexicon = lexicon;
    this.#stage1 = new WeightTable(stage1);
    this.#context = new ContextScores(this.#stage1);
    if (stage2) {
      const weights = new WeightTable(stage2);
      this.#stage2 = { weights, scores: new DocumentScores(weights) };
    } else {
      this.#stage2 = null;
    }
    this.#bos = this.#vectorOf(BOS_ATOMS);
    this.#eos = this.#vectorOf(EOS_ATOMS);
    const known = new Map<string, WordEntry>();
    for (const w of stage1.vocabulary) {
      const atoms = wordAtoms(w, w.toLowerCase(), lexicon);
      known.set(w, Object.freeze({ atoms, vec: this.#vectorOf(atoms) }));
    }
    this.#known = known;
    Object.freeze(this);
  }

  /** The summed word feature weights of a word from each position; `sum` and `hashes` are scratch space. */
  #vectorOf(atoms: WordAtoms, sum = new Float64Array(ROLES * L), hashes = new Uint32Array(MAX_WORD_FEATURES)): Float32Array {
    sum.fill(0);
    for (let role = 0; role < ROLES; role++) {
      const k = wordFeatures(atoms, role, hashes, 0);
      for (let j = 0; j < k; j++) this.#stage1.add(hashes[j]!, sum, role * L);
    }
    return new Float32Array(sum);
  }

  /** The label of every token: the last stage's decision. */
  labels(doc: Doc): Uint8Array {
    return this.#run(doc, true).labels;
  }

  /**
   * The first stage's label of every token, with its margin: how far the
   * token's own score for that label is above its best other label (what the
   * second stage is trained on); Infinity for a token labelled O unscored.
   */
  firstStage(doc: Doc): FirstStage {
    return this.#run(doc, false);
  }

  #run(doc: Doc, second: boolean): FirstStage {
    const toks = doc.tokens;
    const n = toks.length;
    const known = this.#known;
    // The word of every token: the engine's entry for a frequent training word, else one made for this document.
    const entries: WordEntry[] = new Array(n);
    const atoms: WordAtoms[] = new Array(n);
    const local = new Map<string, WordEntry>();
    for (let i = 0; i < n; i++) {
      const text = toks[i]!.text;
      let e = known.get(text) ?? local.get(text);
      if (!e) local.set(text, (e = { atoms: wordAtoms(text, toks[i]!.lower, this.#lexicon), vec: null }));
      entries[i] = e;
      atoms[i] = e.atoms;
    }
    const sum = new Float64Array(ROLES * L);
    const hashes = new Uint32Array(MAX_WORD_FEATURES);
    const vec = (i: number): Float32Array => {
      const e = entries[i]!;
      return e.vec ?? (e.vec = this.#vectorOf(e.atoms, sum, hashes));
    };
    const ctx = tokenContext(doc, this.#lexicon, atoms);
    const active = activeTokens(atoms, ctx.units, n);
    const labels = new Uint8Array(n);
    const margins = new Float32Array(n).fill(Infinity);
    let longest = 0;
    for (const u of ctx.units) longest = Math.max(longest, u.end - u.start);
    const em = new Float64Array(longest * L);
    const scratch = { score: new Float64Array(longest * L), back: new Uint8Array(longest * L) };
    const trans1 = this.#stage1.trans;
    const context = this.#context;
    for (const u of ctx.units) {
      for (let s = u.start; s < u.end; s++) {
        if (!active[s]) continue;
        let e = s + 1;
        while (e < u.end && active[e]) e++;
        em.fill(0, 0, (e - s) * L);
        for (let i = s; i < e; i++) {
          const o = (i - s) * L;
          context.add(ctx, toks, u.start, u.end, i, em, o);
          const self = vec(i);
          const m1 = i > u.start ? vec(i - 1) : this.#bos;
          const p1 = i + 1 < u.end ? vec(i + 1) : this.#eos;
          const m2 = i - 2 >= u.start ? vec(i - 2) : this.#bos;
          const p2 = i + 2 < u.end ? vec(i + 2) : this.#eos;
          for (let l = 0; l < L; l++) {
            em[o + l]! += self[Role.Self * L + l]! + m1[Role.Left1 * L + l]! + p1[Role.Right1 * L + l]!
              + m2[Role.Left2 * L + l]! + p2[Role.Right2 * L + l]!;
          }
        }
        viterbi(em, e - s, trans1, labels.subarray(s, e), L, 0, scratch, s === u.start ? L : 0, e === u.end ? -1 : 0);
        for (let i = s; i < e; i++) margins[i] = marginOf(em, (i - s) * L, labels[i]!);
        s = e;
      }
    }
    const stage2 = this.#stage2;
    if (!stage2 || !second) return { labels, margins };
    const counts = labelCounts((i) => atoms[i]!.lower, (i) => atoms[i]!.wcase, n, labels);
    const first = labels.slice();
    for (const u of ctx.units) {
      for (let s = u.start; s < u.end; s++) {
        if (!active[s]) continue;
        let e = s + 1;
        while (e < u.end && active[e]) e++;
        if (!hasEvidence(first, atoms, counts, s, e)) { s = e; continue; }
        em.fill(0, 0, (e - s) * L);
        for (let i = s; i < e; i++) {
          const a = atoms[i]!;
          stage2.scores.add(
            a, first[i]!, i > u.start ? first[i - 1]! : L, i + 1 < u.end ? first[i + 1]! : L, margins[i]!,
            a.wcase >= 2 ? counts.get(a.lower) : undefined, em, (i - s) * L,
          );
        }
        viterbi(em, e - s, stage2.weights.trans, labels.subarray(s, e), L, 0, scratch, s === u.start ? L : 0, e === u.end ? -1 : 0);
        s = e;
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

/**
 * Whether the second stage has anything to go on in tokens [s, e): a
 * first-stage entity label, or a capitalised word the first stage tagged as
 * (part of) an entity somewhere in the document. Without either the run stays O.
 */
function hasEvidence(first: Uint8Array, atoms: readonly WordAtoms[], counts: ReadonlyMap<string, Uint16Array>, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    if (first[i]) return true;
    if (atoms[i]!.wcase < 2) continue;
    const c = counts.get(atoms[i]!.lower);
    if (c) for (let l = 1; l < L; l++) if (c[l]) return true;
  }
  return false;
}

/** How far the score of label `own` is above the best other label's, in em[o .. o + N_LABELS). */
function marginOf(em: Float64Array, o: number, own: number): number {
  let other = -Infinity;
  for (let l = 0; l < L; l++) if (l !== own && em[o + l]! > other) other = em[o + l]!;
  return em[o + own]! - other;
}
