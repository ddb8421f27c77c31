import type { Token } from '../doc/types.js';
import type { FigureLexicon } from './lexicon.js';
import { isPlural } from './number.js';
import type { Quantity } from './quantity.js';

/** Why a number is not a figure: it is a time expression, an age, a label or a code. */
export type NotFigure = 'duration' | 'clock' | 'date' | 'year' | 'age' | 'list' | 'code' | 'identifier' | 'score';

/** Tokens of one sentence: [start, end). */
export interface Bounds {
  readonly start: number;
  readonly end: number;
}

/**
 * The reason the quantity is not a figure, or null when it may be one.
 * Years, dates, times of day, durations, ages, list numbering, phone numbers
 * and labels ("No. 10") are not figures; times are the times extractor's.
 */
export function notFigure(q: Quantity, toks: readonly Token[], s: Bounds, lex: FigureLexicon): NotFigure | null {
  if (q.duration) return 'duration';
  const f = q.first;
  if (f.spokenYear) return 'year';
  const measured = q.currency !== null || q.unit !== null;
  if (f.low !== null && f.low >= f.value) return 'score';
  if (!measured && isClock(q, toks, s, lex)) return 'clock';
  if (f.digits !== null && !measured && !f.scaled) {
    if (isCode(q, toks, s)) return 'code';
    if (isYear(f.digits) && !countedYearLike(q, toks, s, lex)) return 'year';
    if (f.low !== null && isYear(f.digits.split(/[-–]/)[0]!)) return 'year';
    if (nextToMonth(q, toks, s, lex)) return 'date';
    if (isAge(q, toks, s, lex)) return 'age';
    if (isListMarker(q, toks, s)) return 'list';
  }
  const before = q.start > s.start ? toks[q.start - 1]! : null;
  if (before && !q.cue && lex.context.get(before.lower)?.has('id-prefix')) return 'identifier';
  // "Boeing 737 jets", "Windows 10 users", "Soyuz 36": a name then digits labels a thing
  if (before && !q.cue && q.start === f.start && f.digits !== null && !f.digits.includes(',') && !f.scaled
    && before.pos === 'PROPN' && /^[A-Z]/.test(before.text) && !lex.context.get(before.lower)?.has('weekday')) return 'identifier';
  return null;
}

/**
 * "more than 2000 people": a year-like number written without a comma is a
 * count only after a cue of quantity and before a plural noun ("below 2005
 * levels" stays a year).
 */
function countedYearLike(q: Quantity, toks: readonly Token[], s: Bounds, lex: FigureLexicon): boolean {
  if (!q.cue || q.start >= q.first.start || q.end >= s.end || !isPlural(toks[q.end]!, lex)) return false;
  return !YEAR_CUES.has(toks[q.start]!.lower) && toks[q.end]!.lower !== 'levels';
}

/** Cues that also compare years ("below 2005 levels", "above 1990 levels", "under 2010 rules"). */
const YEAR_CUES = new Set(['below', 'above', 'under']);

/** A four-digit year 1000-2199 without a comma ("2022"; "2,022" is a count). */
function isYear(digits: string): boolean {
  if (!/^\d{4}$/.test(digits)) return false;
  const v = Number(digits);
  return v >= 1000 && v <= 2199;
}

/** "at 10 a.m.", "1500 GMT", "10.30am" (wink splits the last one as "10.3" + "0am"). */
function isClock(q: Quantity, toks: readonly Token[], s: Bounds, lex: FigureLexicon): boolean {
  const k = q.numEnd;
  if (k >= s.end) return false;
  if (lex.clock.at(toks, k, s.end)) return true;
  const t = toks[k]!;
  return !t.spaceBefore && /^\d*(?:am|pm|a\.m\.?|p\.m\.?)$/i.test(t.text);
}

/** "21 September", "September 21", "the 3 of May", "May 2022". */
function nextToMonth(q: Quantity, toks: readonly Token[], s: Bounds, lex: FigureLexicon): boolean {
  const isMonth = (t: Token | undefined) => t !== undefined && /^[A-Z]/.test(t.text) && (lex.context.get(t.lower)?.has('month') ?? false);
  const i = q.first.start;
  const k = q.numEnd;
  if (i > s.start && isMonth(toks[i - 1])) return true;
  if (k < s.end && isMonth(toks[k])) return true;
  return k + 1 < s.end && toks[k]!.lower === 'of' && isMonth(toks[k + 1]);
}

/** "aged 19", "John Smith, 45, said", "Jane Doe (38)". */
function isAge(q: Quantity, toks: readonly Token[], s: Bounds, lex: FigureLexicon): boolean {
  const i = q.first.start;
  if (i > s.start && lex.context.get(toks[i - 1]!.lower)?.has('age-prefix')) return true;
  if (q.first.value > 120 || !Number.isInteger(q.first.value) || q.second) return false;
  if (i - 2 < s.start || q.end >= s.end) return false;
  const open = toks[i - 1]!.text;
  const close = toks[q.end]!.text;
  return toks[i - 2]!.pos === 'PROPN' && ((open === ',' && (close === ',' || close === '.')) || (open === '(' && close === ')'));
}

/** "1." or "2)" opening a sentence, "(3)" at its start. */
function isListMarker(q: Quantity, toks: readonly Token[], s: Bounds): boolean {
  const i = q.first.start;
  if (q.end >= s.end || q.second) return false;
  const close = toks[q.end]!;
  if (close.spaceBefore) return false;
  if (i === s.start) return close.text === '.' || close.text === ')';
  return i === s.start + 1 && toks[s.start]!.text === '(' && close.text === ')';
}

/** Phone numbers and codes: "0958", "+44 20 7946 0958", digit groups in a row, "555-1234", "1990-1995". */
function isCode(q: Quantity, toks: readonly Token[], s: Bounds): boolean {
  const f = q.first;
  const digits = f.digits!;
  if (/^0\d/.test(digits)) return true;
  if (f.low !== null && !digits.includes(',') && digits.split(/[-–]/).some((p) => p.replace(/\..*/, '').length >= 4)) return true;
  const prev = f.start > s.start ? toks[f.start - 1]! : null;
  if (prev && (/^\+?\d/.test(prev.text))) return true;
  const next = q.numEnd < s.end ? toks[q.numEnd]! : null;
  return next !== null && !q.second && /^\d/.test(next.text);
}
