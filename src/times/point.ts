/**
 * A resolved calendar point: a date and the granularity the text gave it
 * (the day, its week, its month, quarter, season, year, decade, century).
 * The last point the text named anchors "three days later", "a year earlier".
 */
import {
  addDays, addMonths, type CalDate, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, quarterOf,
} from './calendar.js';
import type { Unit } from './spec.js';

export type Granularity = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

export interface Point {
  readonly date: CalDate;
  readonly gran: Granularity;
  /** Season code (SP SU FA WI) for gran 'season'. */
  readonly season?: string;
  /** A reporting period of several months that is not a quarter ("the first nine months"), named at year granularity. */
  readonly period?: boolean;
}

/** The TIMEX3 value of a point: 2022-09-21, 2022-W38, 2022-W38-WE, 2022-09, 2022-Q3, 2022-H2, 2022-SU, 2022, 202, 20. */
export function pointValue(p: Point): string {
  const { y, m } = p.date;
  switch (p.gran) {
    case 'day': return fmtDay(p.date);
    case 'week': return fmtWeek(p.date);
    case 'weekend': return `${fmtWeek(p.date)}-WE`;
    case 'month': return fmtMonth(y, m);
    case 'quarter': return fmtQuarter(y, quarterOf(m));
    case 'half': return `${fmtYear(y)}-H${m <= 6 ? 1 : 2}`;
    case 'season': return `${fmtYear(y)}-${p.season ?? 'XX'}`;
    case 'year': return fmtYear(y);
    case 'decade': return String(Math.floor(y / 10)).padStart(3, '0');
    case 'century': return String(Math.floor(y / 100)).padStart(2, '0');
  }
}

/** The granularity a unit gives a counted offset ("two weeks ago" is a week). */
export function unitGranularity(unit: Unit): Granularity {
  switch (unit) {
    case 'second': case 'minute': case 'hour': case 'day': return 'day';
    case 'week': case 'fortnight': return 'week';
    case 'weekend': return 'weekend';
    case 'month': return 'month';
    case 'quarter': return 'quarter';
    case 'year': return 'year';
    case 'decade': return 'decade';
    case 'century': case 'millennium': return 'century';
  }
}

/** An underspecified value of a granularity, for relative expressions with no anchor (no publication date). */
export function unknownValue(gran: Granularity): string {
  switch (gran) {
    case 'day': return 'XXXX-XX-XX';
    case 'week': return 'XXXX-WXX';
    case 'weekend': return 'XXXX-WXX-WE';
    case 'month': return 'XXXX-XX';
    case 'quarter': return 'XXXX-QX';
    case 'half': return 'XXXX-HX';
    case 'season': return 'XXXX-XX';
    case 'year': return 'XXXX';
    case 'decade': return 'XXX';
    case 'century': return 'XX';
  }
}

/** A date moved by n units (fractions of months and years become whole months; hours and less round to days). */
export function shiftDate(d: CalDate, unit: Unit, n: number): CalDate {
  switch (unit) {
    case 'second': case 'minute': return d;
    case 'hour': return addDays(d, Math.trunc(n / 24));
    case 'day': return addDays(d, Math.round(n));
    case 'week': case 'weekend': return addDays(d, Math.round(7 * n));
    case 'fortnight': return addDays(d, Math.round(14 * n));
    case 'month': return addMonths(d, Math.round(n));
    case 'quarter': return addMonths(d, Math.round(3 * n));
    case 'year': return addMonths(d, Math.round(12 * n));
    case 'decade': return addMonths(d, Math.round(120 * n));
    case 'century': return addMonths(d, Math.round(1200 * n));
    case 'millennium': return addMonths(d, Math.round(12000 * n));
  }
}

const ORDER: readonly Granularity[] = ['day', 'week', 'weekend', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'];

/** True when granularity a is at least as fine as b. */
export const finerOrEqual = (a: Granularity, b: Granularity): boolean => ORDER.indexOf(a) <= ORDER.indexOf(b);
