/**
 * Days and parts of days: weekdays ("Wednesday", "last Friday", "Monday night",
 * "on Mondays"), "today"/"yesterday"/"tomorrow"/"tonight", "this morning",
 * "last night", holidays ("Christmas Day", "Thanksgiving 2021").
 */
import type { Anchor, Candidate, Direction, TimeSpec } from '../spec.js';
import { type Ctx, isCapitalized, word, yearTokenAt } from './context.js';
import { MONTH_RELATIVE } from './dates.js';
import { anchoredBefore, withDateModifiers } from './modifiers.js';

/** A part of day right after token e-1 ("morning", "night"): the TIMEX3 suffix and the new end, or null. */
function partAfter(c: Ctx, e: number): { clock: string; end: number } | null {
  const p = c.lex.partsOfDay.get(word(c, e));
  return p ? { clock: `T${p}`, end: e + 1 } : null;
}

export function weekdayExpr(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  if (!isCapitalized(c, i)) return null;
  const plural = c.lex.weekdaysPlural.get(w);
  const wd = plural ?? c.lex.weekdays.get(w);
  if (wd === undefined) return null;
  const q = word(c, i - 1);
  const next = word(c, i + 1);
  const pluralPart = next.endsWith('s') ? c.lex.partsOfDay.get(next.slice(0, -1)) : undefined;
  if (plural !== undefined || q === 'every' || q === 'each' || pluralPart) {
    const part = pluralPart ?? c.lex.partsOfDay.get(next);
    const start = q === 'every' || q === 'each' ? i - 1 : i;
    return { start, end: part ? i + 2 : i + 1, spec: { kind: 'set', value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}` } };
  }
  let s = i;
  let dir: Direction = null;
  let anchor: Anchor = 'dct';
  const anchored = anchoredBefore(c, i);
  if (anchored) { s = anchored.start; anchor = 'ref'; dir = anchored.n === 0 ? null : (anchored.n as -1 | 1); }
  else if (MONTH_RELATIVE.has(q)) { s = i - 1; dir = c.lex.relative.get(q) as Direction; }
  // "Wednesday's ruling" names a day by what happened on it: the clause's verb is not its tense.
  const untensed = next === "'s" && dir === null;
  let spec: TimeSpec = { kind: 'weekday', weekday: wd, dir, anchor, ...(untensed ? { untensed } : {}) };
  let e = i + 1;
  const part = partAfter(c, e);
  if (part) { spec = { kind: 'clock', clock: part.clock, date: spec }; e = part.end; }
  return { start: withDateModifiers(c, s), end: e, spec };
}

/** "today", "yesterday", "tomorrow" (with a part of day: "yesterday morning"), "tonight", "the day before yesterday". */
export function deicticExpr(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  const part0 = c.lex.deicticParts.get(w) ?? c.lex.anchoredParts.get(w);
  if (part0) {
    const anchor = c.lex.anchoredParts.has(w) ? 'ref' : 'dct';
    return { start: withDateModifiers(c, i), end: i + 1, spec: { kind: 'clock', clock: `T${part0}`, date: { kind: 'offset', unit: 'day', n: 0, anchor } } };
  }
  let n = c.lex.deictic.get(w);
  if (n === undefined) return null;
  let s = i;
  if (word(c, i - 1) === 'before' && word(c, i - 2) === 'day' && word(c, i - 3) === 'the') { n -= 1; s = i - 3; }
  else if (word(c, i - 1) === 'after' && word(c, i - 2) === 'day' && word(c, i - 3) === 'the') { n += 1; s = i - 3; }
  let spec: TimeSpec = { kind: 'offset', unit: 'day', n, anchor: 'dct' };
  let e = i + 1;
  const part = partAfter(c, e);
  if (part) { spec = { kind: 'clock', clock: part.clock, date: spec }; e = part.end; }
  return { start: withDateModifiers(c, s), end: e, spec };
}

const PART_PREPOSITIONS = new Set(['in', 'during', 'by', 'until', 'till']);

/** "this morning", "last night", "that evening", "the next morning" (parts of a day named by the word before). */
export function partOfDayExpr(c: Ctx, i: number): Candidate | null {
  const p = c.lex.partsOfDay.get(word(c, i));
  if (!p) return null;
  const prev = word(c, i - 1);
  // "mid-afternoon yesterday", "late morning Friday": joined to the day that follows by the grammar
  const next = word(c, i + 1);
  if (c.lex.deictic.has(next) || (c.lex.weekdays.has(next) && isCapitalized(c, i + 1))) {
    return { start: withDateModifiers(c, i), end: i + 1, spec: { kind: 'clock', clock: `T${p}`, date: null } };
  }
  let date: TimeSpec;
  let s: number;
  let k = withDateModifiers(c, i);
  if (word(c, k - 1) === 'the') k--;
  if (prev === 'this') { date = { kind: 'offset', unit: 'day', n: 0, anchor: 'dct' }; s = i - 1; }
  // "in the morning", "by mid-afternoon", "during the night": of the day last named ("4 in the morning" is a
  // clock time; "by night" a manner)
  else if (PART_PREPOSITIONS.has(word(c, k - 1)) && !(k === i && p === 'NI') && !/^\d/.test(word(c, k - 2))) {
    date = { kind: 'offset', unit: 'day', n: 0, anchor: 'ref' };
    s = k;
  }
  else if (prev === 'last' && (p === 'NI' || p === 'EV')) { date = { kind: 'offset', unit: 'day', n: -1, anchor: 'dct' }; s = i - 1; }
  else {
    const a = anchoredBefore(c, i);
    if (!a) return null;
    date = { kind: 'offset', unit: 'day', n: a.n, anchor: 'ref' };
    s = a.start;
  }
  return { start: withDateModifiers(c, s), end: i + 1, spec: { kind: 'clock', clock: `T${p}`, date } };
}

/** A named holiday ("Christmas Day", "Thanksgiving", "Easter 2023", "last Christmas"). */
export function holidayExpr(c: Ctx, i: number): Candidate | null {
  if (!isCapitalized(c, i)) return null;
  const m = c.lex.holidays.matchAt(c.words, i, c.hi);
  if (!m) return null;
  let e = m.at;
  let year: number | null = null;
  if (yearTokenAt(c, e) !== null) { year = yearTokenAt(c, e); e++; }
  let s = i;
  let dir: Direction = null;
  const q = word(c, i - 1);
  if (year === null && MONTH_RELATIVE.has(q)) { dir = c.lex.relative.get(q) as Direction; s = i - 1; }
  return { start: withDateModifiers(c, s), end: e, spec: { kind: 'holiday', holiday: m.value, year, dir } };
}
