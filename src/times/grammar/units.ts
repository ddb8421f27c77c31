/**
 * Expressions headed by a unit word (day, week, month, year, ...): durations
 * ("nearly seven months", "24-hour"), counted offsets ("two weeks ago", "three
 * days later"), relative dates ("last month", "earlier this year", "the
 * following day"), sets ("every week", "twice a year") and centuries.
 */
import { durationValue } from '../numbers.js';
import type { Candidate, Unit } from '../spec.js';
import { countBefore, isRateArticle, withQuantityModifiers } from './counts.js';
import { type Ctx, endsPhrase, isCapitalized, isNumberAt, joined, word } from './context.js';
import { anchoredBefore, withDateModifiers } from './modifiers.js';
import { quarterExpr } from './quarters.js';

const PLURAL_IRREGULAR = new Set(['centuries', 'millennia']);
/** Prepositions before a bare plural unit that make it a vague duration: "for years", "within days". */
const VAGUE_BEFORE = new Set(['for', 'over', 'within', 'in', 'after', 'recent', 'coming', 'past', 'previous', 'last', 'next', 'following']);
/** Relative words before a bare plural that belong to the span: "recent years", "the coming weeks". */
const VAGUE_DETERMINERS = new Set(['recent', 'coming', 'past', 'previous', 'last', 'next', 'following']);
/** Prepositions before "the" + a bare plural unit that make it a vague duration: "over the years". */
const THE_PLURAL_BEFORE = new Set(['over', 'in', 'during', 'throughout', 'for', 'within']);
/** Words before "of the year" that name a part of it: "the first nine months of the year". */
const PART_OF_YEAR = new Set(['months', 'weeks', 'days', 'quarter', 'quarters', 'half', 'part', 'rest', 'remainder', 'balance']);
/** Words after "the weeks" that anchor it on an event: "in the weeks before the vote". */
const EVENT_ANCHORS = new Set(['before', 'after', 'since', 'leading', 'preceding', 'prior', 'following', 'ahead']);
/** Words after a counted unit that anchor it as a date: "a year ago", "two days later". */
const ANCHOR_WORDS = new Set(['ago', 'earlier', 'later', 'before', 'after']);

export function unitExpr(c: Ctx, i: number): Candidate | null {
  const w = word(c, i);
  const unit = c.lex.units.get(w);
  if (!unit) return null;
  // "quarter-to-quarter", "day-to-day": a kind of comparison, not a time
  if (word(c, i + 1) === '-' && word(c, i + 2) === 'to' && joined(c, i + 1)) return null;
  if (unit === 'quarter') {
    const q = quarterExpr(c, i);
    if (q) return q;
  }
  const plural = w.endsWith('s') || PLURAL_IRREGULAR.has(w);
  // "60 Minutes" (a title), "a second group" (an ordinal), "three-quarters of" (a fraction).
  if (i > c.lo && isCapitalized(c, i) && c.tokens[i]!.text !== c.tokens[i]!.text.toUpperCase()) return null;
  if (w === 'second' && c.tokens[i + 1] && i + 1 < c.hi && /^(NOUN|ADJ|PROPN|NUM)$/.test(c.tokens[i + 1]!.pos)) return null;
  const count = countBefore(c, i);
  // "three-quarters of", "two quarters of the vote" are fractions; "several quarters of losses" is a time.
  if (unit === 'quarter' && ((word(c, i + 1) === 'of' && count?.n !== 'X') || (plural && joined(c, i)))) return null;
  const special = yearCompound(c, i, unit) ?? century(c, i, unit);
  if (special) return special;
  // "the 1988 quarter": a year, not 1988 quarters; "the second quarter": an ordinal, not a unit.
  if (count && typeof count.n === 'number' && count.n >= 1000 && /^\d{4}$/.test(word(c, i - 1))) return null;
  // "a day-long meeting", "a year-long strike": one unit (the article stays out, as in "a 48-hour truce")
  if (!plural && word(c, i + 1) === '-' && word(c, i + 2) === 'long' && joined(c, i + 1) && joined(c, i + 2)
    && (!count || (count.start === i - 1 && (word(c, i - 1) === 'a' || word(c, i - 1) === 'an')))) {
    return { start: i, end: i + 3, spec: { kind: 'duration', value: durationValue(1, unit), unit, n: 1 } };
  }
  if (count) return counted(c, i, unit, count.start, count.n);
  const q = word(c, i - 1);
  if (c.lex.setQuantifiers.has(q) && !plural) {
    return { start: i - 1, end: i + 1, spec: { kind: 'set', value: durationValue(1, unit) } };
  }
  const cand = plural ? vaguePlural(c, i, unit) : singular(c, i, unit);
  // "the next year or so"
  return cand && cand.end === i + 1 && word(c, i + 1) === 'or' && word(c, i + 2) === 'so' ? { ...cand, end: i + 3 } : cand;
}

/** "year-end", "year end", "year's end" (this year), "year-ago"/"year-earlier" (a year before the last date). */
function yearCompound(c: Ctx, i: number, unit: Unit): Candidate | null {
  if (unit !== 'year') return null;
  if (word(c, i + 1) === 'end' || (word(c, i + 1) === "'s" && word(c, i + 2) === 'end')) {
    const s = word(c, i - 1) === 'the' ? i - 1 : i;
    if (!c.lex.datePrepositions.has(word(c, s - 1))) return null;
    return { start: s, end: word(c, i + 1) === 'end' ? i + 2 : i + 3, spec: { kind: 'offset', unit: 'year', n: 0, anchor: 'dct' } };
  }
  if (word(c, i + 1) !== '-' || !joined(c, i + 1) || !joined(c, i + 2)) return null;
  const next = word(c, i + 2);
  if (next === 'end') return { start: i, end: i + 3, spec: { kind: 'offset', unit: 'year', n: 0, anchor: 'dct' } };
  if (next === 'ago' || next === 'earlier') {
    // "the year-ago period" is a reporting period (see quarters.ts); "the year-ago results" a year before the last date;
    // "the year-earlier nine months" is that period (see counted).
    if (word(c, i + 3) === 'period' || (isNumberAt(c, i + 3) && c.lex.units.has(word(c, i + 4)))) return null;
    const s = word(c, i - 1) === 'the' ? i - 1 : i;
    return { start: s, end: i + 3, spec: { kind: 'offset', unit: 'year', n: -1, anchor: 'ref' } };
  }
  return null;
}

/** "the 20th century" (19), "the twenty-first century" (20). */
function century(c: Ctx, i: number, unit: Unit): Candidate | null {
  if (unit !== 'century') return null;
  let s = i - 1;
  let n: number | null = null;
  const w = word(c, s);
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  if (m) n = Number(m[1]);
  else if (c.lex.ordinals.has(w)) {
    n = c.lex.ordinals.get(w)!;
    if (word(c, s - 1) === '-' && c.lex.numberWords.has(word(c, s - 2))) { n += c.lex.numberWords.get(word(c, s - 2))!; s -= 2; }
  }
  if (n === null || n < 1 || n > 30) return null;
  s = withDateModifiers(c, s);
  if (word(c, s - 1) === 'the') s--;
  return { start: s, end: i + 1, spec: { kind: 'century', century: n - 1 } };
}

/** A unit with a count: a duration, or a date when "ago", "earlier", "later" follows, or a set after "every". */
function counted(c: Ctx, i: number, unit: Unit, countStart: number, n: number | 'X'): Candidate | null {
  const before = word(c, countStart - 1);
  if ((before === 'every' || before === 'each' || before === 'per') && n !== 'X') {
    return { start: countStart - 1, end: i + 1, spec: { kind: 'set', value: durationValue(n, unit) } };
  }
  // "a week or so (ago)": the approximation belongs to the span; `u` is the last token of the unit phrase.
  const u = word(c, i + 1) === 'or' && word(c, i + 2) === 'so' ? i + 2 : i;
  const r = word(c, u + 1);
  const article = word(c, countStart);
  // "a quarter", "more than a quarter": a fraction unless it is a time ago or later.
  if (unit === 'quarter' && (article === 'a' || article === 'an') && !ANCHOR_WORDS.has(r)) return null;
  if ((article === 'a' || article === 'an') && countStart === i - 1 && u === i && !ANCHOR_WORDS.has(r) && isRateArticle(c, countStart)) {
    return { start: countStart, end: i + 1, spec: { kind: 'set', value: durationValue(1, unit) } };
  }
  const s = withQuantityModifiers(c, countStart);
  const sMod = c.lex.quantityModifiers.matchBefore(c.words, countStart, c.lo)?.at ?? countStart;
  if (r === 'ago') {
    if (n === 'X') return { start: sMod, end: u + 2, spec: { kind: 'vague-offset', sign: -1 } };
    return { start: sMod, end: u + 2, spec: { kind: 'offset', unit, n: -n, anchor: 'dct' } };
  }
  if (n !== 'X') {
    const sign = r === 'earlier' || r === 'before' ? -1 : r === 'later' || r === 'after' ? 1 : 0;
    if (sign !== 0 && (r === 'earlier' || r === 'later' || endsPhrase(c, u + 2))) {
      return { start: sMod, end: u + 2, spec: { kind: 'offset', unit, n: sign * n, anchor: 'ref' } };
    }
    if (r === 'from' && word(c, u + 2) === 'now') {
      return { start: sMod, end: u + 3, spec: { kind: 'offset', unit, n, anchor: 'dct' } };
    }
  }
  // "will one day be", "may one day return": some time to come, not a day's length
  if (article === 'one' && unit === 'day' && countStart === i - 1 && u === i
    && (c.lex.tense.future.has(word(c, i - 2)) || c.lex.tense.modal.has(word(c, i - 2)) || c.lex.tense.openModal.has(word(c, i - 2)))) {
    return { start: countStart, end: i + 1, spec: { kind: 'ref', value: 'FUTURE_REF' } };
  }
  let e = u + 1;
  // An age ("a 6-year-old", "52 years old") describes a person, not a time.
  if (r === 'old' || (r === '-' && word(c, e + 1) === 'old')) return null;
  if (r === '-' && word(c, e + 1) === 'long' && joined(c, e)) e += 2;
  else if (r === 'and' && word(c, e + 1) === 'a' && word(c, e + 2) === 'half' && typeof n === 'number') {
    return { start: s, end: e + 3, spec: { kind: 'duration', value: durationValue(n + 0.5, unit) } };
  }
  return { start: yearAgoBefore(c, s), end: e, spec: { kind: 'duration', value: durationValue(n, unit), ...(n === 'X' ? {} : { unit, n }) } };
}

/** The start of "the year-earlier" or "the year-ago" just before token s ("the year-earlier nine months"), else s. */
function yearAgoBefore(c: Ctx, s: number): number {
  const w = word(c, s - 1);
  if ((w !== 'earlier' && w !== 'ago') || word(c, s - 2) !== '-' || word(c, s - 3) !== 'year' || !joined(c, s - 1) || !joined(c, s - 2)) return s;
  return word(c, s - 4) === 'the' ? s - 4 : s - 3;
}

/** A plural unit with no count: "for years" (PXY), "in recent weeks", "years ago" (the past). */
function vaguePlural(c: Ctx, i: number, unit: Unit): Candidate | null {
  const prev = word(c, i - 1);
  if (word(c, i + 1) === 'ago') return { start: i, end: i + 2, spec: { kind: 'vague-offset', sign: -1 } };
  if (word(c, i + 1) === '-' && word(c, i + 2) === 'long' && joined(c, i + 1)) {
    return { start: i, end: i + 3, spec: { kind: 'duration', value: durationValue('X', unit) } };
  }
  if (unit === 'weekend') return null;
  const vague = { kind: 'duration', value: durationValue('X', unit) } as const;
  // "over the years", "in the weeks that followed" (not "in the weeks before the vote": a time before an event)
  if (prev === 'the' && THE_PLURAL_BEFORE.has(word(c, i - 2))) {
    return EVENT_ANCHORS.has(word(c, i + 1)) ? null : { start: i - 1, end: i + 1, spec: vague };
  }
  // "months of talks", "after weeks of fighting" (not "the early hours of Monday")
  if (!VAGUE_BEFORE.has(prev)) {
    const p = c.tokens[i - 1];
    const modified = i > c.lo && p !== undefined && (p.pos === 'ADJ' || p.pos === 'DET' || p.pos === 'PRON' || p.pos === 'NUM');
    return word(c, i + 1) === 'of' && !modified && prev !== 'of' ? { start: i, end: i + 1, spec: vague } : null;
  }
  let s = i;
  if (VAGUE_DETERMINERS.has(prev)) { s = i - 1; if (word(c, s - 1) === 'the') s--; }
  return { start: s, end: i + 1, spec: vague };
}

/** A singular unit with no count: "last month", "this year", "the following day", "the end of the year", "the weekend". */
function singular(c: Ctx, i: number, unit: Unit): Candidate | null {
  const prev = word(c, i - 1);
  const rel = c.lex.relative.get(prev);
  if (unit === 'weekend') {
    if (rel !== undefined && prev !== 'past') return { start: withDateModifiers(c, i - 1), end: i + 1, spec: { kind: 'weekend', dir: rel as -1 | 0 | 1 } };
    if (prev === 'the' || prev === 'that') return { start: i - 1, end: i + 1, spec: { kind: 'weekend', dir: null } };
    return null;
  }
  if (unit === 'day' && prev === 'the' && (word(c, i + 1) === 'before' || word(c, i + 1) === 'after')) {
    const n = word(c, i + 1) === 'before' ? -1 : 1;
    // "the day before", "the day after" (the last date named); "the day before last Tuesday" (joined to it)
    if (endsPhrase(c, i + 2)) return { start: i - 1, end: i + 2, spec: { kind: 'offset', unit, n, anchor: 'ref' } };
    return { start: i - 1, end: i + 2, spec: { kind: 'link', unit, n } };
  }
  if (unit === 'week' && prev === 'the' && word(c, i + 1) === 'of') return { start: i - 1, end: i + 2, spec: { kind: 'link', unit, n: 0 } };
  if (rel !== undefined) {
    const withThe = word(c, i - 2) === 'the';
    if (withThe && (prev === 'past' || prev === 'last' || prev === 'next' || prev === 'coming')) {
      if (unit !== 'day') return { start: i - 2, end: i + 1, spec: { kind: 'duration', value: durationValue(1, unit) } };
    } else if (prev === 'past') {
      return { start: i - 1, end: i + 1, spec: { kind: 'duration', value: durationValue(1, unit) } };
    } else if (prev !== 'previous' || !withThe) {
      const s = withDateModifiers(c, withThe ? i - 2 : i - 1);
      return { start: s, end: i + 1, spec: { kind: 'offset', unit, n: rel, anchor: 'dct', calendar: true } };
    }
  }
  const anchored = anchoredBefore(c, i);
  if (anchored) return { start: withDateModifiers(c, anchored.start), end: i + 1, spec: { kind: 'offset', unit, n: anchored.n, anchor: 'ref' } };
  // "the fiscal year", "the current fiscal year", "the latest fiscal year", "the full year"
  // "for the year ended Sept. 30", "the fiscal year ending in June": a reporting year, given as a duration
  if (unit === 'year' && (word(c, i + 1) === 'ended' || word(c, i + 1) === 'ending')) {
    const s = prev === 'fiscal' || prev === 'financial' ? i - 1 : i;
    if (word(c, s - 1) === 'the') return { start: s - 1, end: i + 1, spec: { kind: 'duration', value: 'P1Y', unit: 'year', n: 1 } };
  }
  // "a high for the year", "For the year, volume was flat", "the first nine months of the year": this year
  if (unit === 'year' && prev === 'the' && (endsPhrase(c, i + 1) || c.tokens[i + 1]?.pos === 'ADP')
    && (word(c, i - 2) === 'for' || (word(c, i - 2) === 'of' && PART_OF_YEAR.has(word(c, i - 3))))) {
    return { start: i - 1, end: i + 1, spec: { kind: 'offset', unit, n: 0, anchor: 'dct' } };
  }
  if (unit === 'year' && (prev === 'fiscal' || prev === 'full')) {
    let s = i - 1;
    const r = c.lex.relative.get(word(c, s - 1)) ?? (word(c, s - 1) === 'latest' ? -1 : undefined);
    if (r !== undefined) s--;
    if (word(c, s - 1) === 'the') return { start: withDateModifiers(c, s - 1), end: i + 1, spec: { kind: 'offset', unit, n: r ?? 0, anchor: 'dct' } };
  }
  // "the end of the year", "later in the month", "the rest of the week"; "later in the day" (the day last named)
  if (prev === 'the') {
    const k = word(c, i - 2) === 'in' ? i - 2 : i - 1;
    const s = withDateModifiers(c, k);
    if (s < k) return { start: s, end: i + 1, spec: { kind: 'offset', unit, n: 0, anchor: unit === 'day' ? 'ref' : 'dct' } };
  }
  return null;
}
