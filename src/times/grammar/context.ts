import type { Token } from '../../doc/types.js';
import type { TimeLexicon } from '../lexicon.js';
import { digitValue, ordinalValue } from '../numbers.js';

/** One sentence as the grammar sees it: its token range and the document's normalized words. */
export interface Ctx {
  readonly lex: TimeLexicon;
  readonly tokens: readonly Token[];
  /** Lower-case token text with curly apostrophes made straight, for every token of the document. */
  readonly words: readonly string[];
  /** Token range of the sentence: [lo, hi). */
  readonly lo: number;
  readonly hi: number;
}

/** The normalized word of a token ('' outside the sentence, so that lookups there fail quietly). */
export const word = (c: Ctx, i: number): string => (i >= c.lo && i < c.hi ? c.words[i]! : '');

export const isCapitalized = (c: Ctx, i: number): boolean => {
  const ch = c.tokens[i]?.text.charCodeAt(0) ?? 0;
  return ch >= 65 && ch <= 90;
};

/** True when token i follows token i-1 with no space between ("24" "-" "hour"). */
export const joined = (c: Ctx, i: number): boolean => i > c.lo && i < c.hi && !c.tokens[i]!.spaceBefore;

const PUNCT_END = new Set(['.', ',', ';', ':', '!', '?', ')', '"', "'", '”', '’', '—', '–', '']);

/** True when token i ends a phrase: punctuation, a conjunction, or the sentence end. */
export const endsPhrase = (c: Ctx, i: number): boolean =>
  i >= c.hi || PUNCT_END.has(word(c, i)) || c.tokens[i]!.pos === 'CCONJ';

/** A day of the month at token i: "21", "21st", "first" (only with `words`), or null. */
export function dayAt(c: Ctx, i: number, allowWords = false): number | null {
  const w = word(c, i);
  if (!w) return null;
  let d: number | null = null;
  if (/^\d{1,2}$/.test(w)) d = Number(w);
  else if (/^\d{1,2}(st|nd|rd|th)$/.test(w)) d = Number(w.slice(0, -2));
  else if (allowWords) d = ordinalValue(c.lex, w);
  return d !== null && d >= 1 && d <= 31 ? d : null;
}

/** A four-digit year token 1000..2199, or null. */
export function yearTokenAt(c: Ctx, i: number): number | null {
  const w = word(c, i);
  if (w.length !== 4 || !/^[12]\d{3}$/.test(w)) return null;
  const y = Number(w);
  return y >= 1000 && y < 2200 ? y : null;
}

/** Relative year words right after a date: "this year" 0, "last year" -1, "next year" 1; [shift, end] or null. */
export function relativeYearAt(c: Ctx, i: number): [number, number] | null {
  if (word(c, i + 1) !== 'year') return null;
  const r = c.lex.relative.get(word(c, i));
  return r === undefined || word(c, i) === 'past' || word(c, i) === 'current' ? null : [r, i + 2];
}

/** True for a number token or number word at i. */
export const isNumberAt = (c: Ctx, i: number): boolean => {
  const w = word(c, i);
  return digitValue(w) !== null || c.lex.numberWords.has(w);
};
