/**
 * A read-only view of one sentence for the event rules: lower-case words,
 * parts of speech, and the small syntax tests they share (verb group,
 * clause edges, noun phrases). Indices are document token indices.
 */
import type { Doc, Sentence, Token } from '../doc/types.js';

export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', 'am', 'get', 'got', 'gets', 'getting']);
const AUX_WORDS = new Set([
  ...BE, 'has', 'have', 'had', 'having', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'do', 'does', 'did', "'ll", '’ll', "'d", '’d', "'ve", '’ve',
]);
const NEG_WORDS = new Set(['not', "n't", 'n’t', 'never', 'no']);
/** Words that open a subordinate or relative clause. */
export const CLAUSE_OPENERS = new Set([
  'that', 'who', 'whom', 'whose', 'which', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless',
  'when', 'whenever', 'where', 'after', 'before', 'since', 'until', 'as', 'once', 'so',
]);
export const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Prepositions that also open clauses ("after they invaded"). */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'once', 'although', 'though', 'unless', 'if', 'whether', 'whereas']);
const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
const STOP_PUNCT = new Set([';', ':', '“', '”', '"', '—', '–']);
const REPORTING = new Set(['said', 'says', 'saying', 'added', 'adding', 'according', 'told', 'noted', 'stated']);
/** Punctuation inside a name: "Saint-Denis", "U.S.", "SPLM/A", "AT&T". */
const NOMINAL_PUNCT = new Set(['-', '.', '/', '&']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const POSSESSIVE_PRON = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Where reported speech begins and ends, by document token: a clause opens at
 * the first word of a quote's content and ends after its last, so that "X said
 * Y attacked Z" gives the attack to Y and Z, and "Y attacked Z, X said" keeps
 * X out of the attack.
 */
export interface QuoteEdges {
  /** 1: the token opens a quote's content; 2: the token is the first one after it (both: 3). */
  readonly flags: Uint8Array;
}

export const OPENS_QUOTE = 1;
export const ENDS_QUOTE = 2;

export class SentenceView {
  readonly doc: Doc;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
  readonly #edges: QuoteEdges | null;
  readonly #toks: readonly Token[];

  constructor(doc: Doc, sentence: Sentence, edges: QuoteEdges | null = null) {
    this.doc = doc;
    this.sentence = sentence;
    this.start = sentence.tokenStart;
    this.end = sentence.tokenEnd;
    this.#edges = edges;
    this.#toks = doc.tokens;
  }

  #words: string[] | null = null;

  /** Lower-case words of the sentence (index 0 is the sentence's first token). */
  get words(): readonly string[] {
    if (!this.#words) {
      const w: string[] = [];
      for (let k = this.start; k < this.end; k++) w.push(this.doc.tokens[k]!.lower);
      this.#words = w;
    }
    return this.#words;
  }

  tok(i: number): Token | undefined {
    return i >= this.start && i < this.end ? this.#toks[i] : undefined;
  }

  lower(i: number): string {
    return i >= this.start && i < this.end ? this.#toks[i]!.lower : '';
  }

  pos(i: number): string {
    return i >= this.start && i < this.end ? this.#toks[i]!.pos : '';
  }

  isAux(i: number): boolean {
    const t = this.tok(i);
    return !!t && (t.pos === 'AUX' || (AUX_WORDS.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'PROPN'));
  }

  isNeg(i: number): boolean {
    return NEG_WORDS.has(this.lower(i));
  }

  isPossessive(i: number): boolean {
    return POSSESSIVE.has(this.lower(i)) || POSSESSIVE_PRON.has(this.lower(i));
  }

  isPunct(i: number): boolean {
    return this.pos(i) === 'PUNCT';
  }

  /** True for tokens that can be part of a noun phrase. */
  isNominalPart(i: number): boolean {
    const p = this.pos(i);
    if (p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'DET' || p === 'NUM' || p === 'PRON') return !RELATIVE.has(this.lower(i)) || p === 'DET';
    if (p === 'PART' || p === 'PUNCT' || p === 'SYM') return POSSESSIVE.has(this.lower(i)) || NOMINAL_PUNCT.has(this.lower(i));
    return false;
  }

  /** Start of the verb group ending at `i`: auxiliaries, negation, adverbs and infinitival "to" to the left. */
  verbGroupStart(i: number): number {
    let k = i;
    while (k - 1 >= this.start) {
      const j = k - 1;
      const p = this.pos(j);
      if (this.isAux(j) || this.isNeg(j) || p === 'ADV' || (p === 'PART' && this.lower(j) !== 'to')) k = j;
      else break;
    }
    return k;
  }

  // plain arrays: a typed array costs more to allocate than a sentence's few dozen numbers are worth
  #starts: number[] | null = null;
  #ends: number[] | null = null;

  /** First token of the clause holding `i`: after the nearest clause opener or hard punctuation on the left. */
  clauseStart(i: number): number {
    if (!this.#starts) this.#computeClauses();
    return this.#starts![Math.min(Math.max(i, this.start), this.end - 1) - this.start]!;
  }

  /**
   * End (exclusive) of the clause holding `i`: the next hard punctuation, or a
   * comma followed by a new clause (a clause opener, "but", a reporting verb,
   * an -ing participle), or the sentence end.
   */
  clauseEnd(i: number): number {
    if (!this.#ends) this.#computeClauses();
    return this.#ends![Math.min(Math.max(i, this.start), this.end - 1) - this.start]!;
  }

  /** Token k opens a clause: the clause of anything after it starts at k + 1. */
  #opensLeft(k: number): boolean {
    if (this.#edges && k + 1 < this.end && (this.#edges.flags[k + 1]! & OPENS_QUOTE)) return true;
    const t = this.doc.tokens[k]!;
    const w = t.lower;
    const p = t.pos;
    if (STOP_PUNCT.has(w)) return true;
    if (p === 'SCONJ' || (p === 'PRON' && RELATIVE.has(w))) return true;
    if (p === 'ADP' && SUBORDINATORS.has(w)) return true;
    // ", and we will": a new clause after a conjunction
    return p === 'CCONJ' && (this.lower(k - 1) === ',' || PERSONAL.has(this.lower(k + 1)));
  }

  /** Token k ends the clause of anything before it. */
  #endsRight(k: number): boolean {
    if (this.#edges && (this.#edges.flags[k]! & ENDS_QUOTE)) return true;
    const t = this.doc.tokens[k]!;
    const w = t.lower;
    if (t.pos === 'PUNCT') {
      if (STOP_PUNCT.has(w) || w === '.' || w === '!' || w === '?') return true;
      if (w !== ',') return false;
      const n = this.lower(k + 1);
      if (CLAUSE_OPENERS.has(n) || n === 'but' || REPORTING.has(n) || (this.pos(k + 1) === 'VERB' && n.endsWith('ing'))) return true;
      return REPORTING.has(this.lower(k + 2)) || REPORTING.has(this.lower(k + 3));
    }
    if (STOP_PUNCT.has(w)) return true;
    const p = t.pos;
    if (p === 'SCONJ' && w !== 'that') return true;
    return p === 'PRON' && RELATIVE.has(w);
  }

  #computeClauses(): void {
    const n = this.end - this.start;
    const starts: number[] = new Array<number>(Math.max(n, 1)).fill(this.start);
    const ends: number[] = new Array<number>(Math.max(n, 1)).fill(this.end);
    let cs = this.start;
    for (let i = this.start; i < this.end; i++) {
      starts[i - this.start] = cs;
      if (this.#opensLeft(i)) cs = i + 1;
    }
    let ce = this.end;
    for (let i = this.end - 1; i >= this.start; i--) {
      ends[i - this.start] = ce;
      if (this.#endsRight(i)) ce = i;
    }
    this.#starts = starts;
    this.#ends = ends;
  }

  /** True when the token reads as a past participle or past tense form. */
  isPastForm(i: number): boolean {
    const w = this.lower(i);
    return /(ed|en|wn|ne)$/.test(w) || IRREGULAR_PAST.has(w);
  }

  /** A passive: a participle right after a form of "be"/"get" (adverbs and negation between). */
  isPassive(i: number): boolean {
    if (!this.isPastForm(i)) return false;
    for (let k = i - 1; k >= this.start && k >= i - 4; k--) {
      const w = this.lower(k);
      if (BE.has(w) && this.pos(k) !== 'PROPN') return !(w === "'s" || w === '’s') || this.pos(k) === 'AUX';
      if (!(this.pos(k) === 'ADV' || this.isNeg(k))) return false;
    }
    return false;
  }
}

const IRREGULAR_PAST = new Set([
  'shot', 'fought', 'struck', 'held', 'taken', 'seized', 'hit', 'beaten', 'slain', 'led', 'sent', 'met', 'fled',
  'hung', 'bound', 'caught', 'brought', 'built', 'cut', 'put', 'set', 'hurt', 'won', 'lost', 'sold', 'told', 'kept',
  'left', 'paid', 'made', 'given', 'thrown', 'overthrown', 'overrun', 'withdrawn', 'forbidden', 'stolen', 'sworn',
]);
