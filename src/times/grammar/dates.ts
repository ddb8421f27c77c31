/**
 * Calendar dates: "Sept. 21, 2022", "21 September", "September 2022", "September",
 * "Wednesday, Sept. 21", "2022-09-21", "9/21/2022", years ("in 1998", "fiscal 1998"),
 * decades ("the 1990s", "the '90s").
 */
import { daysInMonth } from '../calendar.js';
import type { Candidate, Direction } from '../spec.js';
import { type Ctx, dayAt, isCapitalized, relativeYearAt, word, yearTokenAt } from './context.js';
import { relativeBefore, withDateModifiers } from './modifiers.js';

/** Words between two days of one month: "April 24 and 25". */
const DAY_JOINERS = new Set(['and', 'or', 'to', 'through', '-', '–']);

/** Relative words that pick which occurrence of a month or weekday: "last May", "next Friday". */
export const MONTH_RELATIVE = new Set(['last', 'next', 'this', 'coming']);

/** A month name at i, with what follows and precedes it. */
export function monthDate(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  const mid = w.startsWith('mid-');
  const name = mid ? w.slice(4) : w;
  const month = c.lex.months.get(name);
  if (month === undefined) return null;
  const text = c.tokens[i]!.text;
  if (!/^[A-Z]/.test(mid ? text.slice(4) : text)) return null;
  let e = i + 1;
  let day: number | null = null;
  let year: number | null = null;
  let yearShift: number | undefined;
  if (!mid) {
    const d = dayAt(c, e);
    if (d !== null && !c.lex.units.has(word(c, e + 1))) {
      day = d;
      e++;
      if (word(c, e) === ',' && yearTokenAt(c, e + 1) !== null) { year = yearTokenAt(c, e + 1); e += 2; }
      // "May 8 and 9, 2021": the year after the second day is the first's too
      else if (DAY_JOINERS.has(word(c, e)) && /^\d/.test(word(c, e + 1)) && dayAt(c, e + 1) !== null && word(c, e + 2) === ',') year = yearTokenAt(c, e + 3);
    }
  }
  if (year === null) {
    const spoken = spokenYear(c, e);
    if (yearTokenAt(c, e) !== null) { year = yearTokenAt(c, e); e++; }
    else if (spoken && spoken.spec.kind === 'date') { year = spoken.spec.year; e = spoken.end; }
    else if (word(c, e) === 'of' && yearTokenAt(c, e + 1) !== null) { year = yearTokenAt(c, e + 1); e += 2; }
    else {
      const r = relativeYearAt(c, e);
      if (r) { yearShift = r[0]; e = r[1]; }
    }
  }
  let s = i;
  if (day === null && !mid) {
    const before = dayAt(c, s - 1);
    if (before !== null && /^\d/.test(word(c, s - 1))) { day = before; s--; }
    else if (word(c, s - 1) === 'of' && dayAt(c, s - 2, true) !== null && !/^\d+$/.test(word(c, s - 2))) {
      day = dayAt(c, s - 2, true);
      s -= word(c, s - 3) === 'the' ? 3 : 2;
    }
  }
  // A day the month does not have ("February 30") is kept: resolving it reports a diagnostic.
  // A bare month name must look like one: "in May", not "May said"; abbreviations need a day or a year.
  if (day === null && year === null && yearShift === undefined && !mid) {
    const prev = word(c, s - 1);
    const isAbbrev = name.length <= 4 && name !== 'may' && name !== 'june' && name !== 'july';
    const afterPrep = c.lex.datePrepositions.has(prev) || c.lex.relative.has(prev);
    const strong = afterPrep && !c.lex.weakPrepositions.has(prev);
    if (isAbbrev && !strong) return null;
    // "the March accession" (a month before a noun), not "May I" or "the march".
    const modifier = (prev === 'the' || prev === "'s") && c.tokens[e]?.pos === 'NOUN' && !isCapitalized(c, e);
    if (c.lex.ambiguousMonths.has(name) && !afterPrep && !modifier) return null;
    // "Jan Kavan", "April Ryan": a first name before a surname.
    const next = c.tokens[e];
    if (!strong && next && next.pos === 'PROPN' && isCapitalized(c, e) && !c.lex.weekdays.has(word(c, e))) return null;
  }
  if (day === null && year === null && yearShift === undefined && (word(c, s - 1) === 'every' || word(c, s - 1) === 'each')) {
    return { start: s - 1, end: e, spec: { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}` } };
  }
  let dir: Direction = null;
  if (year === null && yearShift === undefined) {
    const rel = relativeBefore(c, s);
    if (rel && MONTH_RELATIVE.has(word(c, s - 1))) { dir = rel.dir; s--; }
  }
  // "Wednesday, Sept. 21": the weekday is part of the expression.
  const k = word(c, s - 1) === ',' ? s - 2 : s - 1;
  if (day !== null && c.lex.weekdays.has(word(c, k)) && isCapitalized(c, k)) s = k;
  s = withDateModifiers(c, s);
  return { start: s, end: e, spec: { kind: 'date', year, month, day, dir, ...(yearShift !== undefined ? { yearShift } : {}) } };
}

/** A four-digit year ("in 1998", "the 2022 elections", "fiscal 1998", "the end of 2022"), not a count ("2000 people"). */
export function yearDate(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  if (w.startsWith('mid-') || w.startsWith('post-') || w.startsWith('pre-')) {
    const y = /^(?:mid|post|pre)-([12]\d{3})$/.exec(w);
    return y ? { start: withDateModifiers(c, i), end: i + 1, spec: { kind: 'date', year: Number(y[1]), month: null, day: null, dir: null } } : null;
  }
  const year = yearTokenAt(c, i);
  if (year === null) return null;
  const prev = word(c, i - 1);
  const next = c.tokens[i + 1];
  if (prev === '$' || prev === '#' || prev === 'no.' || prev === 'number') return null;
  // "Windows 2000", "Orion 1980": a name that ends in a number (a month, season or holiday before it is a date)
  if (i > c.lo && c.tokens[i - 1]!.pos === 'PROPN' && isCapitalized(c, i - 1) && !c.lex.months.has(prev) && !c.lex.seasons.has(prev)
    && !c.lex.weekdays.has(prev) && !c.lex.yearDeterminers.has(prev) && !c.lex.fiscal.matchBefore(c.words, i, c.lo)
    && !c.lex.holidays.matchBefore(c.words, i, c.lo)) return null;
  if (next && i + 1 < c.hi) {
    const nw = word(c, i + 1);
    if (nw === '%' || nw === 'percent' || nw === ':' || nw === '/') return null;
    // "2000 troops", "2000 people" count; "the 2022 elections", "a 1996 law", "his unsuccessful 1998 campaign" name a year.
    const plural = next.pos === 'NOUN' && ((nw.length > 3 && nw.endsWith('s') && !nw.endsWith('ss')) || c.lex.irregularPlurals.has(nw));
    const determined = i > c.lo && (c.lex.yearDeterminers.has(prev) || c.tokens[i - 1]!.pos === 'ADJ');
    if (plural && !c.lex.units.has(nw) && !determined) return null;
  }
  const afterPrep = c.lex.datePrepositions.has(prev) || c.lex.yearDeterminers.has(prev) || c.lex.months.has(prev) || c.lex.seasons.has(prev);
  if (!afterPrep && year < 1900) return null;
  let s = i;
  const fiscal = c.lex.fiscal.matchBefore(c.words, s, c.lo);
  if (fiscal) s = fiscal.at;
  if (word(c, s - 1) === 'year' && word(c, s - 2) === 'the') s -= 2;
  s = withDateModifiers(c, s);
  return { start: s, end: i + 1, spec: { kind: 'date', year, month: null, day: null, dir: null } };
}

/** The second day of "April 24 and 25", "May 3-4, 2022": a date in the month named before the first. */
export function coordinatedDay(c: Ctx, i: number): Candidate | null {
  const day = /^\d/.test(word(c, i)) ? dayAt(c, i) : null;
  if (day === null || !DAY_JOINERS.has(word(c, i - 1)) || dayAt(c, i - 2) === null || !/^\d/.test(word(c, i - 2))) return null;
  const month = c.lex.months.get(word(c, i - 3));
  if (month === undefined || !isCapitalized(c, i - 3) || c.lex.units.has(word(c, i + 1))) return null;
  let e = i + 1;
  let year: number | null = null;
  if (word(c, e) === ',' && yearTokenAt(c, e + 1) !== null) { year = yearTokenAt(c, e + 1); e += 2; }
  return { start: i, end: e, spec: { kind: 'date', year, month, day, dir: null } };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:t[\d:.]+z?)?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/;

/** A date written in digits in one token: 2022-09-21, 2022/09/21, 9/21/2022, 21/09/2022, 21.09.2022. */
export function numericDate(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  let y: number, m: number, d: number;
  let mm = ISO.exec(w) ?? YMD_SLASH.exec(w);
  if (mm) { y = Number(mm[1]); m = Number(mm[2]); d = Number(mm[3]); }
  else {
    mm = SLASHED.exec(w);
    if (!mm) return null;
    const a = Number(mm[1]), b = Number(mm[2]);
    y = Number(mm[3]);
    if (y < 100) y += y < 50 ? 2000 : 1900;
    // Month first as US news writes it, unless the first number cannot be a month.
    [m, d] = a > 12 ? [b, a] : [a, b];
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { start: i, end: i + 1, spec: { kind: 'date', year: y, month: m, day: d, dir: null } };
}

const DECADE = /^(?:mid-)?(\d{3})0'?s$/;
const SHORT_DECADE = /^(?:mid-)?'?(\d)0'?s$/;

/** A decade: "the 1990s", "mid-1990s", "the '90s", "the nineties". */
export function decade(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  let spec: Candidate['spec'] | null = null;
  const full = DECADE.exec(w);
  if (full) spec = { kind: 'decade', decade: Number(full[1]) };
  else {
    const short = SHORT_DECADE.exec(w);
    const named = c.lex.decadeWords.get(w);
    if (short && (w.includes("'") || word(c, i - 1) === 'the' || word(c, i - 2) === 'the')) spec = { kind: 'decade', decade: null, digit: Number(short[1]) };
    else if (named !== undefined && (word(c, i - 1) === 'the' || word(c, i - 2) === 'the')) spec = { kind: 'decade', decade: null, digit: named };
  }
  if (!spec) return null;
  let s = withDateModifiers(c, i);
  if (s === i && word(c, i - 1) === 'the') s = i - 1;
  return { start: s, end: i + 1, spec };
}

const CENTURY_WORDS: Record<string, number> = { eighteen: 18, nineteen: 19, twenty: 20 };

/** A year said in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand and one". */
export function spokenYear(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  let year: number | null = null;
  let e = i + 1;
  const century = CENTURY_WORDS[w];
  if (century !== undefined) {
    const next = word(c, e);
    const n = c.lex.numberWords.get(next);
    if (next === 'hundred') { year = century * 100; e++; }
    else if (next === 'oh' && (c.lex.numberWords.get(word(c, e + 1)) ?? 10) < 10) { year = century * 100 + c.lex.numberWords.get(word(c, e + 1))!; e += 2; }
    else if (n !== undefined && n >= 10) {
      year = century * 100 + n;
      e++;
      if (n >= 20 && n % 10 === 0 && word(c, e) === '-' && (c.lex.numberWords.get(word(c, e + 1)) ?? 10) < 10) { year += c.lex.numberWords.get(word(c, e + 1))!; e += 2; }
    }
  } else if (w === 'two' && word(c, i + 1) === 'thousand') {
    const prev = word(c, i - 1);
    if (!c.lex.datePrepositions.has(prev) && !(prev === 'year' && word(c, i - 2) === 'the')) return null;
    year = 2000;
    e = i + 2;
    const k = word(c, e) === 'and' ? e + 1 : e;
    const n = c.lex.numberWords.get(word(c, k));
    if (n !== undefined && n < 100 && !c.lex.units.has(word(c, k + 1))) { year += n; e = k + 1; }
    if (c.tokens[e]?.pos === 'NOUN' && !c.lex.units.has(word(c, e))) return null;
  }
  if (year === null) return null;
  let s = i;
  if (word(c, s - 1) === 'year' && word(c, s - 2) === 'the') s -= 2;
  return { start: withDateModifiers(c, s), end: e, spec: { kind: 'date', year, month: null, day: null, dir: null } };
}
