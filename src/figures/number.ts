import type { Token } from '../doc/types.js';
import type { FigureLexicon } from './lexicon.js';

/** One number read from the tokens: "1,200", "13 million", "two hundred and fifty", "thousands", "10-20". */
export interface NumberRead {
  /** Tokens [start, end). */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** For a range written as one token ("10-20"): its low bound (`value` is the high one). */
  readonly low: number | null;
  /** The value before a scale word was applied ("2" in "2 million"), for ranges such as "between 2 and 3 million". */
  readonly bare: number;
  /** A vague plural or quantifier ("thousands", "several hundred"): the value is a lower bound. */
  readonly vague: boolean;
  /** A scale word or suffix was applied (million, bn, m, k, dozen). */
  readonly scaled: boolean;
  /** Written in digits, and then its digit text ("1,200", "2022", "0958"), else null. */
  readonly digits: string | null;
  /** The bare word "one" (a pronoun as often as a number). */
  readonly isOne: boolean;
  /** A glued "m" that reads as metres here ("a 30m wall"), not million. */
  readonly metres: boolean;
  /** A year read aloud ("nineteen ninety-seven"). */
  readonly spokenYear?: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_RANGE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

/** The value of a digit string ("1,200.5"), or null when it is not one. */
export function parseDigits(text: string): number | null {
  if (!DIGITS.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

function isDigitStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Whether token `i` can begin a number at all (cheap test run on every token). */
export function mayStartNumber(tok: Token, lex: FigureLexicon): boolean {
  return isDigitStart(tok.text) || lex.numberStarts.has(tok.lower);
}

/**
 * Read the number that begins at token `i` (tokens before `limit`), or null.
 * `currency` says whether a currency sign precedes it (a glued "m" is then million, never metres).
 */
export function readNumber(toks: readonly Token[], i: number, limit: number, lex: FigureLexicon, currency: boolean): NumberRead | null {
  if (i >= limit) return null;
  const t = toks[i]!;
  if (isDigitStart(t.text)) return readDigits(toks, i, limit, lex, currency);
  return readVague(toks, i, limit, lex) ?? readFraction(toks, i, limit, lex) ?? readWords(toks, i, limit, lex);
}

function readDigits(toks: readonly Token[], i: number, limit: number, lex: FigureLexicon, currency: boolean): NumberRead | null {
  const text = toks[i]!.text;
  let value = parseDigits(text);
  let low: number | null = null;
  if (value === null) {
    const m = DIGIT_RANGE.exec(text);
    if (!m) return null;
    low = parseDigits(m[1]!)!;
    value = parseDigits(m[2]!)!;
  }
  const bare = value;
  const scale = readScale(toks, i + 1, limit, lex, currency);
  if (!scale) return { start: i, end: i + 1, value, low, bare, vague: false, scaled: false, digits: text, isOne: false, metres: scale === false };
  return {
    start: i, end: scale.end, value: value * scale.factor, low: low === null ? null : low * scale.factor, bare,
    vague: false, scaled: true, digits: text, isOne: false, metres: false,
  };
}

/** A scale word or suffix after digits, or false when a glued "m" means metres, or null when there is none. */
function readScale(
  toks: readonly Token[], j: number, limit: number, lex: FigureLexicon, currency: boolean,
): { end: number; factor: number } | false | null {
  if (j >= limit) return null;
  // "a $400-million-a-year business"
  if (toks[j]!.text === '-' && !toks[j]!.spaceBefore && j + 1 < limit && !toks[j + 1]!.spaceBefore) {
    const w = lex.words.get(toks[j + 1]!.lower);
    if (w && (w.kind === 'scale' || w.kind === 'suffix') && w.value >= 1000) return { end: j + 2, factor: w.value };
    return null;
  }
  const t = toks[j]!;
  // "€500m." at a sentence end: wink keeps the period on a one-letter suffix
  const w = lex.words.get(t.lower) ?? (t.lower.length > 1 && t.lower.endsWith('.') ? lex.words.get(t.lower.slice(0, -1)) : undefined);
  if (!w) return null;
  if (w.kind === 'scale' || w.kind === 'hundred' || w.kind === 'suffix') return { end: j + 1, factor: w.value };
  if (w.kind !== 'glued' || t.spaceBefore) return null;
  if (t.lower === 'b' && !currency) return null;
  if (t.lower === 'm' && !currency && readsAsMetres(toks, j, limit, lex)) return false;
  return { end: j + 1, factor: w.value };
}

/**
 * "a 30m wall", "the 100m sprint", "swam 400m": a glued m after a number is a
 * length when an article precedes the number or a singular noun follows; it is
 * million before a plural noun ("13m people"), a currency or "of".
 */
function readsAsMetres(toks: readonly Token[], j: number, limit: number, lex: FigureLexicon): boolean {
  const prev = j >= 2 ? toks[j - 2]!.lower : '';
  if (prev === 'a' || prev === 'an' || prev === 'the') return true;
  const next = j + 1 < limit ? toks[j + 1]! : null;
  if (!next || next.lower === 'of' || lex.currencyAfter.starts(next.lower)) return false;
  if (next.text === '-') return true;
  if (next.pos !== 'NOUN' && next.pos !== 'PROPN') return false;
  return !isPlural(next, lex);
}

/** A plural noun: a final s, or a plural without one (people, police, children...). */
export function isPlural(tok: Token, lex: FigureLexicon): boolean {
  const w = tok.lower;
  if (lex.context.get(w)?.has('plural')) return true;
  return w.length > 2 && w.endsWith('s') && !w.endsWith('ss');
}

/** "thousands", "tens of thousands", "hundreds of millions", "several hundred", "a few thousand". */
function readVague(toks: readonly Token[], i: number, limit: number, lex: FigureLexicon): NumberRead | null {
  const q = lex.quantifiers.at(toks, i, limit);
  if (q) {
    const s = q.end < limit ? lex.words.get(toks[q.end]!.lower) : undefined;
    if (!s || (s.kind !== 'scale' && s.kind !== 'hundred')) return null;
    const value = q.value * s.value;
    return { start: i, end: q.end + 1, value, low: null, bare: value, vague: true, scaled: true, digits: null, isOne: false, metres: false };
  }
  const w = lex.words.get(toks[i]!.lower);
  if (!w || w.kind !== 'vague') return null;
  let value = w.value;
  let end = i + 1;
  // "tens of thousands", "hundreds of thousands", "tens of millions"
  while (end + 1 < limit && toks[end]!.lower === 'of') {
    const next = lex.words.get(toks[end + 1]!.lower);
    if (!next || next.kind !== 'vague' || next.value <= value) break;
    value *= next.value;
    end += 2;
  }
  const word = toks[i]!.lower;
  // "tens" is a number only in "tens of thousands"; "scores" only in "scores of ..."
  if (word === 'tens' && end === i + 1) return null;
  if (word === 'scores' && (end >= limit || toks[end]!.lower !== 'of')) return null;
  return { start: i, end, value, low: null, bare: value, vague: true, scaled: true, digits: null, isOne: false, metres: false };
}

/** "half a million", "a quarter of a million", "half a dozen". */
function readFraction(toks: readonly Token[], i: number, limit: number, lex: FigureLexicon): NumberRead | null {
  let j = i;
  if (toks[j]!.lower === 'a') j++;
  const f = j < limit ? lex.words.get(toks[j]!.lower) : undefined;
  if (!f || f.kind !== 'fraction') return null;
  j++;
  if (j < limit && toks[j]!.lower === 'of') j++;
  if (j < limit && (toks[j]!.lower === 'a' || toks[j]!.lower === 'an')) j++;
  const s = j < limit ? lex.words.get(toks[j]!.lower) : undefined;
  if (!s || (s.kind !== 'scale' && s.kind !== 'hundred')) return null;
  const value = f.value * s.value;
  return { start: i, end: j + 1, value, low: null, bare: value, vague: false, scaled: true, digits: null, isOne: false, metres: false };
}

type WordStep = 'none' | 'article' | 'unit' | 'tens' | 'hundred' | 'scale';

/** Cardinal words: "two hundred and fifty", "twenty-five", "a million", "one and a half million", "three". */
function readWords(toks: readonly Token[], i: number, limit: number, lex: FigureLexicon): NumberRead | null {
  let total = 0;
  let cur = 0;
  let last: WordStep = 'none';
  let end = i;
  let scaled = false;
  let j = i;
  while (j < limit) {
    const t = toks[j]!;
    const w = lex.words.get(t.lower);
    if ((t.lower === 'a' || t.lower === 'an') && last === 'none') {
      const next = j + 1 < limit ? lex.words.get(toks[j + 1]!.lower) : undefined;
      if (!next || (next.kind !== 'scale' && next.kind !== 'hundred')) return null;
      cur = 1;
      last = 'article';
      j++;
      continue;
    }
    if (last === 'unit' && cur >= 10 && total === 0 && w?.kind === 'tens' && j === i + 1) {
      // "nineteen ninety-seven", "twenty twenty-two" read aloud: a year, read whole so that no part is left
      const rest = readWords(toks, j, limit, lex);
      if (!rest) break;
      return { ...rest, start: i, value: cur * 100 + rest.value, bare: cur * 100 + rest.value, spokenYear: true };
    }
    if (w?.kind === 'unit' && (last === 'none' || last === 'tens' || last === 'hundred' || last === 'scale')) {
      if (last === 'tens' && w.value >= 10) break;
      cur += w.value;
    } else if (w?.kind === 'tens' && (last === 'none' || last === 'hundred' || last === 'scale')) {
      cur += w.value;
    } else if (w?.kind === 'hundred' && (last === 'unit' || last === 'tens' || last === 'article') && cur < 100) {
      cur *= 100;
      scaled = true;
    } else if (w?.kind === 'scale' && last !== 'none' && last !== 'scale' && (total === 0 || w.value * cur < total)) {
      total += cur * w.value;
      cur = 0;
      scaled = true;
    } else if (t.text === '-' && !t.spaceBefore && last === 'tens' && j + 1 < limit && !toks[j + 1]!.spaceBefore
      && lex.words.get(toks[j + 1]!.lower)?.kind === 'unit') {
      j++;
      continue;
    } else if (t.lower === 'and' && (last === 'hundred' || last === 'scale') && j + 1 < limit
      && isSmallWord(lex, toks[j + 1]!.lower)) {
      j++;
      continue;
    } else if (t.lower === 'and' && (last === 'unit' || last === 'tens') && j + 3 < limit
      && toks[j + 1]!.lower === 'a' && toks[j + 2]!.lower === 'half' && lex.words.get(toks[j + 3]!.lower)?.kind === 'scale') {
      // "one and a half million"
      cur += 0.5;
      j += 3;
      continue;
    } else {
      break;
    }
    last = w!.kind as WordStep;
    j++;
    end = j;
  }
  if (end === i) return null;
  const value = total + cur;
  const isOne = !scaled && value === 1;
  return { start: i, end, value, low: null, bare: value, vague: false, scaled, digits: null, isOne, metres: false };
}

function isSmallWord(lex: FigureLexicon, word: string): boolean {
  const w = lex.words.get(word);
  return w !== undefined && (w.kind === 'unit' || w.kind === 'tens');
}
