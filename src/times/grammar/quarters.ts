/**
 * Quarters and halves as business news writes them: "the third quarter",
 * "third-quarter", "the quarter" (the latest one), "the year-ago quarter",
 * "the first half of 2022", "Q3 2022", "H1".
 */
import { ordinalValue } from '../numbers.js';
import type { Candidate } from '../spec.js';
import { type Ctx, joined, relativeYearAt, word, yearTokenAt } from './context.js';

interface YearContext {
  start: number;
  end: number;
  year: number | null;
  yearShift: number;
  /** A year named relative to the publication date: "next year's", "of last year". */
  relYear?: number;
}

/** Year words around a quarter: "fiscal", "1998's", "this year's", "the year-ago" before; "of 1998", "of the year", "2022" after. */
function yearAround(c: Ctx, s: number, e: number): YearContext {
  let year: number | null = null;
  let yearShift = 0;
  let relYear: number | undefined;
  const fiscal = c.lex.fiscal.matchBefore(c.words, s, c.lo);
  if (fiscal) s = fiscal.at;
  const ago = c.lex.yearAgo.matchBefore(c.words, s, c.lo);
  if (ago) {
    s = ago.at;
    yearShift = -1;
    // "the comparable year-ago quarter"
    const like = c.lex.latestQuarter.matchBefore(c.words, s, c.lo);
    if (like) s = like.at;
  }
  if (word(c, s - 1) === "'s") {
    const y = yearTokenAt(c, s - 2);
    if (y !== null) { year = y; s -= 2; }
    else if (word(c, s - 2) === 'year' && c.lex.relative.has(word(c, s - 3))) { relYear = c.lex.relative.get(word(c, s - 3))!; s -= 3; }
  }
  if (year === null && yearTokenAt(c, s - 1) !== null) { year = yearTokenAt(c, s - 1); s--; }
  const fiscal2 = c.lex.fiscal.matchBefore(c.words, s, c.lo);
  if (fiscal2) s = fiscal2.at;
  if (word(c, s - 1) === 'the') s--;
  if (year === null) {
    let k = e;
    if (word(c, k) === 'of') {
      k++;
      const f = c.lex.fiscal.matchAt(c.words, k, c.hi);
      if (f) k = f.at;
      if (yearTokenAt(c, k) !== null) { year = yearTokenAt(c, k); e = k + 1; }
      else if (word(c, k) === 'the' && word(c, k + 1) === 'year') e = k + 2;
      else {
        const r = relativeYearAt(c, k);
        if (r) { relYear = r[0]; e = r[1]; }
      }
    } else if (yearTokenAt(c, k) !== null) { year = yearTokenAt(c, k); e = k + 1; }
  }
  return { start: s, end: e, year, yearShift, ...(relYear !== undefined ? { relYear } : {}) };
}

/** "the latest period", "the year-ago period": the reporting period of business news, read as the latest quarter. */
export function periodExpr(c: Ctx, i: number): Candidate | null {
  const latest = c.lex.latestQuarter.matchBefore(c.words, i, c.lo);
  const ago = c.lex.yearAgo.matchBefore(c.words, latest?.at ?? i, c.lo);
  // "the 1988 period": the reporting period of that year
  const yearBefore = word(c, i - 2) === 'the' && yearTokenAt(c, i - 1) !== null;
  if (!latest && !ago && !yearBefore) return null;
  const y = yearAround(c, latest?.at ?? i, i + 1);
  if (word(c, y.start) !== 'the') return null;
  return { start: y.start, end: y.end, spec: { kind: 'quarter', q: null, half: false, year: y.year, yearShift: y.yearShift, ...(y.relYear !== undefined ? { relYear: y.relYear } : {}), dir: null } };
}

/** A quarter headed by the word "quarter" at i. */
export function quarterExpr(c: Ctx, i: number): Candidate | null {
  if (word(c, i) !== 'quarter') return null;
  let k = i - 1;
  if (word(c, k) === '-' && joined(c, i)) k--;
  const ord = ordinalValue(c.lex, word(c, k));
  if (ord !== null && ord >= 1 && ord <= 4) {
    const y = yearAround(c, k, i + 1);
    return { start: y.start, end: y.end, spec: { kind: 'quarter', q: ord, half: false, year: y.year, yearShift: y.yearShift, ...(y.relYear !== undefined ? { relYear: y.relYear } : {}), dir: null } };
  }
  const next = word(c, i + 1);
  const prev = word(c, i - 1);
  if (next === 'of' && yearTokenAt(c, i + 2) === null && word(c, i + 2) !== 'the') return null;
  if (prev === 'this' || prev === 'current' || prev === 'next' || prev === 'coming' || (prev === 'last' && word(c, i - 2) !== 'the')) {
    const n = prev === 'next' || prev === 'coming' ? 1 : prev === 'last' ? -1 : 0;
    const s = word(c, i - 2) === 'the' ? i - 2 : i - 1;
    return { start: s, end: i + 1, spec: { kind: 'offset', unit: 'quarter', n, anchor: 'dct' } };
  }
  let s = i;
  const latest = c.lex.latestQuarter.matchBefore(c.words, s, c.lo);
  if (latest) s = latest.at;
  const y = yearAround(c, s, i + 1);
  if (y.start === s || word(c, y.start) !== 'the' && y.year === null && y.relYear === undefined) return null;
  return { start: y.start, end: y.end, spec: { kind: 'quarter', q: null, half: false, year: y.year, yearShift: y.yearShift, ...(y.relYear !== undefined ? { relYear: y.relYear } : {}), dir: null } };
}

const HALF_ORDINALS: Record<string, number> = { first: 1, second: 2, last: 2, latter: 2, '1st': 1, '2nd': 2 };

/** "the first half (of 2022)", "first-half", "the second half of the year". */
export function halfExpr(c: Ctx, i: number): Candidate | null {
  if (word(c, i) !== 'half') return null;
  let k = i - 1;
  if (word(c, k) === '-' && joined(c, i)) k--;
  const h = HALF_ORDINALS[word(c, k)];
  if (h === undefined) return null;
  if (word(c, k - 1) !== 'the' && !(k < i - 1) && !c.lex.fiscal.matchBefore(c.words, k, c.lo)) return null;
  if (word(c, i + 1) === 'of' && yearTokenAt(c, i + 2) === null && !(word(c, i + 2) === 'the' && word(c, i + 3) === 'year')
    && !relativeYearAt(c, i + 2)) return null;
  const y = yearAround(c, k, i + 1);
  return { start: y.start, end: y.end, spec: { kind: 'quarter', q: h, half: true, year: y.year, yearShift: y.yearShift, ...(y.relYear !== undefined ? { relYear: y.relYear } : {}), dir: null } };
}

/** "the first two quarters of 1990" (the first half), "the last two quarters of the year" (the second); a year must follow. */
export function twoQuartersExpr(c: Ctx, i: number): Candidate | null {
  if (word(c, i) !== 'quarters' || word(c, i - 1) !== 'two' || word(c, i + 1) !== 'of') return null;
  const h = word(c, i - 2) === 'first' ? 1 : word(c, i - 2) === 'last' ? 2 : 0;
  if (h === 0 || (yearTokenAt(c, i + 2) === null && !relativeYearAt(c, i + 2) && !(word(c, i + 2) === 'the' && word(c, i + 3) === 'year'))) return null;
  const y = yearAround(c, i - 2, i + 1);
  return { start: y.start, end: y.end, spec: { kind: 'quarter', q: h, half: true, year: y.year, yearShift: y.yearShift, ...(y.relYear !== undefined ? { relYear: y.relYear } : {}), dir: null } };
}

/** "Q3", "Q3 2022", "H1 2022", "FY2022". */
export function quarterWord(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  const fy = /^fy(\d{4}|\d{2})$/.exec(w);
  if (fy) {
    const y = fy[1]!.length === 4 ? Number(fy[1]) : 2000 + Number(fy[1]);
    return { start: i, end: i + 1, spec: { kind: 'date', year: y, month: null, day: null, dir: null } };
  }
  const q = c.lex.quarterWords.get(w);
  const h = c.lex.halfWords.get(w);
  if (q === undefined && h === undefined) return null;
  if (c.tokens[i]!.text !== c.tokens[i]!.text.toUpperCase()) return null;
  const y = yearAround(c, i, i + 1);
  return { start: y.start, end: y.end, spec: { kind: 'quarter', q: q ?? h!, half: h !== undefined, year: y.year, yearShift: y.yearShift, ...(y.relYear !== undefined ? { relYear: y.relYear } : {}), dir: null } };
}
