/**
 * A TimeSpec to a TIMEX3 type and value, anchored on the publication date
 * (deictic expressions: "yesterday", "last week", "two weeks ago") or on the
 * last date the text named ("three days later", "the following Monday"), with
 * the clause's tense choosing past or future for yearless dates and weekdays.
 * Without a publication date, relative expressions get underspecified values
 * (XXXX-XX-XX, XXXX-WXX-3, XXXX-09) and references stay references.
 */
import type { TimeType } from '../analysis/format.js';
import {
  addDays, type CalDate, dayNumber, daysInMonth, easter, fmtDay, isValidDate, nthWeekday, quarterOf, weekday,
} from './calendar.js';
import { choiceFor, pick } from './infer.js';
import { type Granularity, type Point, pointValue, shiftDate, unitGranularity, unknownValue } from './point.js';
import type { Holiday, TimeSpec } from './spec.js';
import type { Tense } from './tense.js';

export interface ResolveContext {
  /** The publication date, or null. */
  readonly dct: CalDate | null;
  /** The last date the text named (or null). */
  readonly ref: Point | null;
  /** True when `ref` was named in this sentence or the one before. */
  readonly refIsRecent: boolean;
  /** The tense of the expression's clause (computed on demand). */
  tense(): Tense | null;
}

export interface Resolved {
  readonly type: TimeType;
  readonly value: string;
  /** The calendar point named, for anchoring later expressions; null for durations, sets, references. */
  readonly point: Point | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const date = (value: string, point: Point | null): Resolved => ({ type: 'DATE', value, point });

export function resolve(spec: TimeSpec, cx: ResolveContext): Resolved | null {
  switch (spec.kind) {
    case 'ref': return date(spec.value, null);
    case 'vague-offset': return date(spec.sign < 0 ? 'PAST_REF' : 'FUTURE_REF', null);
    case 'duration': return { type: 'DURATION', value: spec.value, point: null };
    case 'set': return { type: 'SET', value: spec.value, point: null };
    case 'date': return calendarDate(spec, cx);
    case 'weekday': {
      const base = spec.anchor === 'ref' && cx.ref?.gran === 'day' ? cx.ref.date : cx.dct;
      if (!base) return date(`XXXX-WXX-${spec.weekday}`, null);
      const cur = weekday(base);
      let delta: number;
      if (spec.dir === -1) delta = -((cur - spec.weekday + 7) % 7 || 7);
      else if (spec.dir === 1) delta = (spec.weekday - cur + 7) % 7 || 7;
      else if (spec.dir === 0) delta = spec.weekday - cur;
      else if (spec.weekday === cur && spec.anchor === 'dct') delta = 0;
      // "will meet on Friday", "meets Friday" (the present of a plan): the next one; otherwise the last one.
      else if (!spec.untensed && (cx.tense() === 'FUTURE' || cx.tense() === 'PRESENT')) delta = (spec.weekday - cur + 7) % 7 || 7;
      else delta = -((cur - spec.weekday + 7) % 7 || 7);
      const d = addDays(base, delta);
      return date(fmtDay(d), { date: d, gran: 'day' });
    }
    case 'weekend': {
      if (!cx.dct) return date(unknownValue('weekend'), null);
      const inWeekend = weekday(cx.dct) >= 6;
      let weeks: number;
      if (spec.dir === -1) weeks = -1;
      else if (spec.dir === 0) weeks = 0;
      else if (spec.dir === 1) weeks = inWeekend ? 1 : 0;
      else weeks = inWeekend || cx.tense() === 'FUTURE' ? 0 : -1;
      const p: Point = { date: addDays(cx.dct, 7 * weeks), gran: 'weekend' };
      return date(pointValue(p), p);
    }
    case 'offset': return offset(spec.unit, spec.n, spec.anchor, cx, spec.calendar === true);
    case 'season': return season(spec.season, spec.year, spec.dir, cx);
    case 'quarter': return quarter(spec, cx);
    case 'decade': {
      if (spec.decade !== null) return date(String(spec.decade).padStart(3, '0'), { date: { y: spec.decade * 10, m: 1, d: 1 }, gran: 'decade' });
      const digit = spec.digit ?? 0;
      const y = cx.dct?.y;
      const century = y !== undefined ? (digit * 10 <= y % 100 ? Math.floor(y / 100) : Math.floor(y / 100) - 1) : digit >= 3 ? 19 : 20;
      return date(`${century}${digit}`, { date: { y: century * 100 + digit * 10, m: 1, d: 1 }, gran: 'decade' });
    }
    case 'century': return date(pad2(spec.century ?? 0), { date: { y: (spec.century ?? 0) * 100, m: 1, d: 1 }, gran: 'century' });
    case 'holiday': return holiday(spec.holiday, spec.year, spec.dir, cx);
    case 'clock': {
      let day: string;
      let point: Point | null = null;
      if (spec.date) {
        const r = resolve(spec.date, cx);
        if (!r) return null;
        day = r.value;
        point = r.point?.gran === 'day' ? r.point : null;
        if (r.point && r.point.gran !== 'day') day = unknownValue('day');
      } else {
        const base = cx.ref?.gran === 'day' ? cx.ref.date : cx.dct;
        day = base ? fmtDay(base) : unknownValue('day');
        point = base ? { date: base, gran: 'day' } : null;
      }
      return { type: 'TIME', value: `${day}${spec.clock}`, point };
    }
    case 'shifted': {
      const base = resolve(spec.base, cx);
      if (!base?.point) return base ? date(spec.week ? unknownValue('week') : base.value, null) : null;
      const p: Point = { ...base.point, date: shiftDate(base.point.date, spec.unit, spec.n), ...(spec.week ? { gran: 'week' } : {}) };
      return date(pointValue(p), p);
    }
    // never left alone by the grammar
    case 'link': return null;
  }
}

function calendarDate(spec: Extract<TimeSpec, { kind: 'date' }>, cx: ResolveContext): Resolved | null {
  const { month, day } = spec;
  let year = spec.year;
  if (year === null && month === null) return null;
  if (year === null) {
    const mm = pad2(month!);
    if (day !== null && day > daysInMonth(2000, month!)) return null;
    if (!cx.dct) return date(day !== null ? `XXXX-${mm}-${pad2(day)}` : `XXXX-${mm}`, null);
    if (spec.yearShift !== undefined) year = cx.dct.y + spec.yearShift;
    else {
      const ys = [cx.dct.y - 1, cx.dct.y, cx.dct.y + 1];
      const pos = day !== null
        ? ys.map((y) => dayNumber(y, month!, Math.min(day, 28)) + (day > 28 ? day - 28 : 0))
        : ys.map((y) => y * 12 + month!);
      const anchor = day !== null ? dayNumber(cx.dct.y, cx.dct.m, cx.dct.d) : cx.dct.y * 12 + cx.dct.m;
      // A month alone is chosen by the clause's tense ("in February" in a past clause: the last February).
      // A day is the nearest one (news gives the year for dates further away), unless the tense says
      // otherwise and the nearest is more than a month away ("the year ended March 31" in October).
      let k = pick(pos, anchor, choiceFor(spec.dir, spec.dir === null ? cx.tense() : null), 1);
      if (day !== null && spec.dir === null) {
        const near = pick(pos, anchor, 'nearest', 1);
        if (Math.abs(pos[near]! - anchor) <= 31) k = near;
      }
      year = ys[k]!;
    }
  }
  if (month === null) return date(String(year).padStart(4, '0'), { date: { y: year, m: 1, d: 1 }, gran: 'year' });
  if (day === null) {
    const p: Point = { date: { y: year, m: month, d: 1 }, gran: 'month' };
    return date(pointValue(p), p);
  }
  if (!isValidDate(year, month, day)) return null;
  const p: Point = { date: { y: year, m: month, d: day }, gran: 'day' };
  return date(pointValue(p), p);
}

function offset(unit: Extract<TimeSpec, { kind: 'offset' }>['unit'], n: number, anchor: 'dct' | 'ref', cx: ResolveContext, calendar: boolean): Resolved {
  let gran: Granularity = unitGranularity(unit);
  let base = cx.dct;
  // "sales rose from a year ago" just after "in the third quarter": the same quarter a year before
  // ("last year" names the calendar year).
  if (anchor === 'dct' && unit === 'year' && n === -1 && !calendar && cx.refIsRecent && cx.ref
    && (cx.ref.gran === 'quarter' || cx.ref.gran === 'half')) anchor = 'ref';
  if (anchor === 'ref' && cx.ref) {
    const refGran = cx.ref.gran;
    const usable = unit === 'year' || unit === 'decade' || unit === 'century' ? true
      : unit === 'month' || unit === 'quarter' ? refGran === 'day' || refGran === 'month' || refGran === 'quarter'
        : refGran === 'day';
    if (usable) {
      base = cx.ref.date;
      // "a year earlier" after "the third quarter" is that quarter a year before; "that year" is a year.
      if (unit === 'year' && n !== 0 && (refGran === 'quarter' || refGran === 'half' || refGran === 'month' || refGran === 'season')) gran = refGran;
    }
  }
  if (!base) return date(unknownValue(gran), null);
  if (unit === 'year' && !Number.isInteger(n)) gran = 'month';
  const p: Point = { date: shiftDate(base, unit, n), gran, ...(gran === 'season' && cx.ref?.season ? { season: cx.ref.season } : {}) };
  return { type: unit === 'hour' || unit === 'minute' || unit === 'second' ? 'TIME' : 'DATE', value: pointValue(p), point: p };
}

function season(code: string, year: number | null, dir: -1 | 0 | 1 | null, cx: ResolveContext): Resolved {
  if (year === null && !cx.dct) return date(`XXXX-${code}`, null);
  let y = year;
  if (y === null) {
    const dct = cx.dct!;
    // Seasons numbered along the years; winter belongs to the year it starts in (December).
    const curYear = dct.m <= 2 ? dct.y - 1 : dct.y;
    const cur = curYear * 4 + (dct.m <= 2 ? 3 : Math.floor((dct.m - 3) / 3));
    const k = SEASON_ORDER.indexOf(code);
    const ys = [dct.y - 1, dct.y, dct.y + 1];
    const pos = ys.map((yy) => yy * 4 + k);
    const same = k === cur % 4 ? ys.indexOf(curYear) : 1;
    y = ys[pick(pos, cur, choiceFor(dir, dir === null ? cx.tense() : null), same < 0 ? 1 : same)]!;
  }
  const p: Point = { date: { y, m: SEASON_START[code] ?? 1, d: 1 }, gran: 'season', season: code };
  return date(pointValue(p), p);
}

function quarter(spec: Extract<TimeSpec, { kind: 'quarter' }>, cx: ResolveContext): Resolved {
  const per = spec.half ? 2 : 4;
  const letter = spec.half ? 'H' : 'Q';
  const months = 12 / per;
  const gran: Granularity = spec.half ? 'half' : 'quarter';
  const mk = (y: number, q: number): Resolved => {
    const p: Point = { date: { y, m: (q - 1) * months + 1, d: 1 }, gran };
    return date(pointValue(p), p);
  };
  if (spec.year !== null && spec.q !== null) return mk(spec.year + spec.yearShift, spec.q);
  // "the 1988 period", "the year-ago period" just after "the first nine months": that period, known to the year
  if (spec.q === null && !spec.half && spec.relYear === undefined && cx.ref?.period && cx.refIsRecent) {
    const p: Point = { date: { y: (spec.year ?? cx.ref.date.y) + spec.yearShift, m: 1, d: 1 }, gran: 'year', period: true };
    return date(pointValue(p), p);
  }
  if (!cx.dct) return date(`${spec.year === null ? 'XXXX' : spec.year + spec.yearShift}-${letter}${spec.q ?? 'X'}`, null);
  const cq = spec.half ? (cx.dct.m <= 6 ? 1 : 2) : quarterOf(cx.dct.m);
  let y = cx.dct.y;
  let q: number;
  if (spec.q === null) {
    // The latest complete one; with a year ("the 1988 period"), the same one of that year.
    q = cq - 1;
    if (q === 0) { q = per; y--; }
    if (spec.year !== null) y = spec.year;
    else if (spec.relYear !== undefined) y += spec.relYear;
  } else if (spec.relYear !== undefined) {
    q = spec.q;
    y += spec.relYear;
  } else {
    q = spec.q;
    // A quarter named in business news is this year's, unless it is yet to come and the clause is past
    // ("the fourth quarter" in October: this one), or long gone and the clause future.
    const t = cx.tense();
    if (t === 'PAST' && q > cq) y--;
    else if (t === 'FUTURE' && q < cq - 1) y++;
  }
  return mk(y + spec.yearShift, q);
}

function holidayDate(h: Holiday, y: number): CalDate {
  if ('easter' in h) return addDays(easter(y), h.easter);
  if ('nth' in h) return nthWeekday(y, h.month, h.weekday, h.nth);
  return { y, m: h.month, d: h.day };
}

function holiday(h: Holiday, year: number | null, dir: -1 | 0 | 1 | null, cx: ResolveContext): Resolved {
  let y = year;
  if (y === null) {
    if (!cx.dct) return date('day' in h ? `XXXX-${pad2(h.month)}-${pad2(h.day)}` : unknownValue('day'), null);
    const ys = [cx.dct.y - 1, cx.dct.y, cx.dct.y + 1];
    const pos = ys.map((yy) => { const d = holidayDate(h, yy); return dayNumber(d.y, d.m, d.d); });
    y = ys[pick(pos, dayNumber(cx.dct.y, cx.dct.m, cx.dct.d), choiceFor(dir, dir === null ? cx.tense() : null), 1)]!;
  }
  const d = holidayDate(h, y);
  return date(fmtDay(d), { date: d, gran: 'day' });
}
