/**
 * Single words and set phrases: seasons ("last fall", "the summer of 1998"),
 * references ("now", "recently", "the future"), frequencies ("daily",
 * "every day"), and clock times ("3:30 p.m.", "noon", "10am EST").
 */
import type { Candidate, Direction } from '../spec.js';
import { type Ctx, isCapitalized, word, yearTokenAt } from './context.js';
import { MONTH_RELATIVE } from './dates.js';
import { withDateModifiers } from './modifiers.js';

/** Words after "fall" that make it the verb or the noun "a fall" rather than the season. */
const NOT_SEASON_AFTER = new Set(['of', 'in', 'from', 'to', 'by', 'on', 'for', 'was', 'is', 'has']);

export function seasonExpr(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  const season = c.lex.seasons.get(w);
  if (!season) return null;
  let e = i + 1;
  let year: number | null = null;
  if (yearTokenAt(c, e) !== null) { year = yearTokenAt(c, e); e++; }
  else if (word(c, e) === 'of' && yearTokenAt(c, e + 1) !== null) { year = yearTokenAt(c, e + 1); e += 2; }
  let s = i;
  let dir: Direction = null;
  const q = word(c, i - 1);
  if (year === null && q === 'past' && word(c, i - 2) === 'this') { dir = -1; s = i - 2; }
  else if (year === null && MONTH_RELATIVE.has(q)) { dir = c.lex.relative.get(q) as Direction; s = i - 1; }
  else if (q === 'the') s = i - 1;
  const mods = withDateModifiers(c, s);
  if (year === null && dir === null) {
    const before = word(c, mods - 1);
    if (!c.lex.seasonPrepositions.has(before) && mods === s) return null;
    if (w === 'fall' && NOT_SEASON_AFTER.has(word(c, e))) return null;
  }
  return { start: mods, end: e, spec: { kind: 'season', season, year, dir } };
}

/** "now", "currently", "recently", "the past", "the future", "soon"... */
export function referenceExpr(c: Ctx, i: number): Candidate | null {
  const m = c.lex.references.matchAt(c.words, i, c.hi);
  if (!m) return null;
  const w = word(c, i);
  if (w === 'soon' && (word(c, i - 1) === 'as' || word(c, i + 1) === 'after')) return null;
  return { start: i, end: m.at, spec: { kind: 'ref', value: m.value } };
}

/** "daily", "weekly", "every day", "annually" (a set; "Daily" as in a newspaper's name is left alone). */
export function frequencyExpr(c: Ctx, i: number): Candidate | null {
  const m = c.lex.frequencies.matchAt(c.words, i, c.hi);
  if (!m) return null;
  if (isCapitalized(c, i) && i > c.lo) return null;
  // "quarterly dividend", "daily volume": a kind of thing, not when it happens.
  if (m.at === i + 1 && c.tokens[i]!.pos === 'ADJ' && c.tokens[m.at]?.pos === 'NOUN') return null;
  return { start: i, end: m.at, spec: { kind: 'set', value: m.value } };
}

const HM = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?$/;
const HM_MERIDIEM = /^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)$/;
const CLOCK_APPROX = new Set(['about', 'around', 'approximately', 'roughly', 'shortly', 'nearly', 'almost', 'just']);
const PART_MERIDIEM: Record<string, 'am' | 'pm'> = { morning: 'am', afternoon: 'pm', evening: 'pm', night: 'pm' };

/** A clock time: "3:30 p.m.", "10am", "15:00 GMT", "noon", "4 in the morning", "7 o'clock". The date is attached later. */
export function clockExpr(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  let e = i + 1;
  let h: number;
  let min = 0;
  let mer: 'am' | 'pm' | null = null;
  const named = c.lex.clockWords.get(w);
  // "High Noon" (a title, an idiom) is no clock time
  if (named && word(c, i - 1) === 'high') return null;
  if (named) {
    return { start: i, end: i + 1, spec: { kind: 'clock', clock: named, date: null } };
  }
  const single = HM_MERIDIEM.exec(w);
  if (single) {
    h = Number(single[1]); min = Number(single[2] ?? 0); mer = single[3]!.startsWith('a') ? 'am' : 'pm';
  } else {
    const m = HM.exec(w);
    if (!m) return null;
    h = Number(m[1]); min = Number(m[2] ?? 0);
    const hasMinutes = m[2] !== undefined;
    mer = c.lex.meridiem.get(word(c, e)) ?? null;
    if (mer) e++;
    else if (word(c, e) === "o'clock") e++;
    else if (word(c, e) === 'in' && word(c, e + 1) === 'the' && PART_MERIDIEM[word(c, e + 2)]) { mer = PART_MERIDIEM[word(c, e + 2)]!; e += 3; }
    else if (!hasMinutes) return null;
    else if (!(word(c, i - 1) === 'at' || word(c, i - 1) === 'by' || word(c, i - 1) === 'until' || c.lex.timeZones.matchAt(c.words, e, c.hi))) return null;
  }
  if (h > 24 || min > 59 || (mer && (h < 1 || h > 12))) return null;
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  const zone = c.lex.timeZones.matchAt(c.words, e, c.hi);
  if (zone && (zone.at - e > 1 || c.tokens[e]!.text === c.tokens[e]!.text.toUpperCase())) e = zone.at;
  let s = i;
  if (CLOCK_APPROX.has(word(c, i - 1))) s = i - 1;
  const clock = `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  return { start: s, end: e, spec: { kind: 'clock', clock, date: null } };
}
