/**
 * The base layer of one article: text, paragraphs, sentences and tokens.
 * Built once by `buildDocument`, then only read (style rule 1).
 */

/** Universal POS tags as wink-nlp gives them (ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X SPACE). */
export type Pos = string;

export interface Token {
  /** Index in `doc.tokens`. */
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly pos: Pos;
  /** Index of the sentence that holds this token. */
  readonly sentence: number;
  /** True when whitespace (or the start of a paragraph) precedes the token. */
  readonly spaceBefore: boolean;
}

export interface Sentence {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  /** Token range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly paragraph: number;
}

export interface Paragraph {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  /** Sentence range [sentenceStart, sentenceEnd). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  /** ISO date or date-time the article was published, or null when unknown. */
  readonly publishedAt: string | null;
  readonly language: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}
