/**
 * The time grammar: which rules a word can start or head (compiled once per
 * engine from the lexicon), candidates from every rule, the longest
 * non-overlapping ones kept, then adjacent pieces joined ("10 a.m." +
 * "Wednesday", "two days" + "after" + "May 3").
 */
import type { TimeLexicon } from '../lexicon.js';
import type { Candidate, TimeSpec } from '../spec.js';
import type { Ctx } from './context.js';
import { word } from './context.js';
import { coordinatedDay, decade, monthDate, numericDate, spokenYear, yearDate } from './dates.js';
import { deicticExpr, holidayExpr, partOfDayExpr, weekdayExpr } from './days.js';
import { halfExpr, periodExpr, quarterWord, twoQuartersExpr } from './quarters.js';
import { unitExpr } from './units.js';
import { clockExpr, frequencyExpr, referenceExpr, seasonExpr } from './words.js';

export type Rule = (c: Ctx, i: number) => Candidate | null;

export interface Grammar {
  /** The rules to try at a word, or undefined (most words: nothing to do). */
  rulesFor(w: string): readonly Rule[] | undefined;
}

const DIGIT_RULES: readonly Rule[] = [numericDate, yearDate, decade, clockExpr, coordinatedDay];
const MID_RULES: readonly Rule[] = [monthDate, decade, yearDate];
const PREFIX_YEAR_RULES: readonly Rule[] = [yearDate];
const APOSTROPHE_RULES: readonly Rule[] = [decade];
const FY_RULES: readonly Rule[] = [quarterWord];

export function compileGrammar(lex: TimeLexicon): Grammar {
  const table = new Map<string, Rule[]>();
  const add = (words: Iterable<string>, rule: Rule) => {
    for (const w of words) {
      const list = table.get(w) ?? [];
      if (!list.includes(rule)) list.push(rule);
      table.set(w, list);
    }
  };
  add(lex.months.keys(), monthDate);
  add(lex.weekdays.keys(), weekdayExpr);
  add(lex.weekdaysPlural.keys(), weekdayExpr);
  add(lex.units.keys(), unitExpr);
  add(['half'], halfExpr);
  add(['quarters'], twoQuartersExpr);
  add(['period'], periodExpr);
  add(lex.quarterWords.keys(), quarterWord);
  add(lex.halfWords.keys(), quarterWord);
  add(lex.deictic.keys(), deicticExpr);
  add(lex.deicticParts.keys(), deicticExpr);
  add(lex.anchoredParts.keys(), deicticExpr);
  add(lex.partsOfDay.keys(), partOfDayExpr);
  add(lex.holidays.firstWords(), holidayExpr);
  add(lex.references.firstWords(), referenceExpr);
  add(lex.frequencies.firstWords(), frequencyExpr);
  add(lex.seasons.keys(), seasonExpr);
  add(lex.decadeWords.keys(), decade);
  add(lex.clockWords.keys(), clockExpr);
  add(['eighteen', 'nineteen', 'twenty', 'two'], spokenYear);
  return {
    rulesFor(w: string) {
      const r = table.get(w);
      if (r) return r;
      const c0 = w.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57) return DIGIT_RULES;
      if (c0 === 109 && w.startsWith('mid-')) return MID_RULES;
      if (c0 === 112 && (w.startsWith('post-') || w.startsWith('pre-'))) return PREFIX_YEAR_RULES;
      if (c0 === 39 && w.length > 2) return APOSTROPHE_RULES;
      if (c0 === 102 && w.startsWith('fy')) return FY_RULES;
      return undefined;
    },
  };
}

/** Every candidate in the sentence `c`, then the longest that do not overlap, in text order. */
export function recognize(g: Grammar, c: Ctx): Candidate[] {
  let found: Candidate[] | null = null;
  for (let i = c.lo; i < c.hi; i++) {
    const rules = g.rulesFor(c.words[i]!);
    if (!rules) continue;
    for (const rule of rules) {
      const cand = rule(c, i);
      if (cand) (found ??= []).push(cand);
    }
  }
  if (!found) return [];
  return combine(c, select(found));
}

/** Longest first (earlier first among equals), keeping those that do not overlap a kept one; in text order. */
function select(cands: Candidate[]): Candidate[] {
  if (cands.length === 1) return cands;
  const order = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of order) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const isDayLevel = (s: TimeSpec): boolean =>
  (s.kind === 'date' && s.day !== null) || s.kind === 'weekday' || s.kind === 'holiday'
  || (s.kind === 'offset' && s.unit === 'day');

const isYearOnly = (s: TimeSpec): boolean => s.kind === 'date' && s.year !== null && s.month === null;

const CLOCK_GLUE = new Set([',', 'on', 'at']);

/** Join a clock time to its day and a counted duration to the date it counts from. */
function combine(c: Ctx, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    const cur = list[k]!;
    const next = list[k + 1];
    const gap = next ? gapWords(c, cur.end, next.start) : null;
    if (next && gap) {
      const glued = gap.length === 0 || (gap.length === 1 && CLOCK_GLUE.has(gap[0]!));
      if (glued && cur.spec.kind === 'clock' && cur.spec.date === null && isDayLevel(next.spec)) {
        out.push({ start: cur.start, end: next.end, spec: { kind: 'clock', clock: cur.spec.clock, date: next.spec } });
        k++;
        continue;
      }
      if (glued && next.spec.kind === 'clock' && next.spec.date === null && isDayLevel(cur.spec)) {
        out.push({ start: cur.start, end: next.end, spec: { kind: 'clock', clock: next.spec.clock, date: cur.spec } });
        k++;
        continue;
      }
      // "the quarter a year ago", "the corresponding period last year", "the third quarter last year"
      if (gap.length === 0 && cur.spec.kind === 'quarter' && cur.spec.year === null && cur.spec.relYear === undefined
        && next.spec.kind === 'offset' && next.spec.unit === 'year' && next.spec.n === -1) {
        const spec = cur.spec.q === null ? { ...cur.spec, yearShift: cur.spec.yearShift - 1 } : { ...cur.spec, relYear: -1 };
        out.push({ start: cur.start, end: next.end, spec });
        k++;
        continue;
      }
      // "the winter of nineteen ninety-four", "March of two thousand and one": a season or month and its spoken year
      if (gap.length === 1 && gap[0] === 'of' && isYearOnly(next.spec)
        && ((cur.spec.kind === 'season' && cur.spec.year === null && cur.spec.dir === null)
          || (cur.spec.kind === 'date' && cur.spec.year === null && cur.spec.month !== null && cur.spec.dir === null))) {
        out.push({ start: cur.start, end: next.end, spec: { ...cur.spec, year: (next.spec as { year: number }).year } });
        k++;
        continue;
      }
      if (cur.spec.kind === 'link' && gap.length === 0 && isDayLevel(next.spec)) {
        const week = cur.spec.unit === 'week';
        out.push({ start: cur.start, end: next.end, spec: { kind: 'shifted', base: next.spec, unit: 'day', n: cur.spec.n, ...(week ? { week } : {}) } });
        k++;
        continue;
      }
      if (cur.spec.kind === 'duration' && cur.spec.unit && cur.spec.n !== undefined && gap.length === 1
        && (gap[0] === 'after' || gap[0] === 'before') && next.spec.kind !== 'duration' && next.spec.kind !== 'set'
        && next.spec.kind !== 'ref') {
        const n = gap[0] === 'after' ? cur.spec.n : -cur.spec.n;
        out.push({ start: cur.start, end: next.end, spec: { kind: 'shifted', base: next.spec, unit: cur.spec.unit, n } });
        k++;
        continue;
      }
    }
    if (cur.spec.kind !== 'link') out.push(cur);
  }
  return out;
}

/** The words between two candidates, or null when there are more than two. */
function gapWords(c: Ctx, from: number, to: number): string[] | null {
  if (to - from > 2) return null;
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(word(c, k));
  return out;
}
