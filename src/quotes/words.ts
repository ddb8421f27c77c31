import type { Token } from '../doc/types.js';

/**
 * Closed classes of English grammar the quote rules test tokens against.
 * These are grammar, not lexicon: the open-class word lists (cues, speaker
 * nouns, adjuncts) are data files under data/quotes/.
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'that']);
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words naming a part of a group before "of": "most of the voters", "half of them". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'some', 'many', 'half', 'all', 'none', 'both', 'each', 'several', 'few', 'any', 'much', 'majority', 'minority', 'third', 'quarter', 'rest']);
/** Words opening an embedded question: "asked whether ...", "explained how ...". */
export const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** Conjunctions opening a clause that cannot stand alone: "Though the talks failed, ...", "If it passes, ...". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'though', 'although', 'while', 'whereas', 'if', 'unless', 'because', 'since', 'when', 'once', 'as', 'before', 'after', 'until',
]);
/** Prepositions that do not open an adjunct phrase between a cue and its content. */
export const NON_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['as', 'like', 'than', 'that', 'for']);

/** Punctuation that ends a clause inside a sentence. */
export function isClauseBreak(t: Token): boolean {
  return t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || t.text === '(' || t.text === ')';
}

/** Punctuation, or the line-break token wink keeps inside a paragraph. */
export function isPunct(t: Token): boolean {
  return t.pos === 'PUNCT' || t.pos === 'SPACE';
}

export function isComma(t: Token): boolean {
  return t.text === ',';
}

/** A dash used as a comma: "X – the minister – said" (a hyphen only with a space before it: not "African-American"). */
export function isDash(t: Token): boolean {
  return t.text === '—' || t.text === '–' || t.text === '--' || t.text === '―' || (t.text === '-' && t.spaceBefore);
}

/** Any verb form, finite or not (UPOS VERB or AUX). */
export function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** Counts tokens with a letter or digit (words, not punctuation). */
export function wordCount(toks: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (/[\p{L}\p{N}]/u.test(toks[k]!.text)) n++;
  return n;
}
