/**
 * Proleptic Gregorian calendar arithmetic on plain integers (no Date, no
 * time zones): day numbers, ISO weeks, quarters, and TIMEX3 value strings.
 */

export interface CalDate {
  readonly y: number;
  /** 1..12 */
  readonly m: number;
  /** 1..31 */
  readonly d: number;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (civil_from_days). */
export function fromDayNumber(n: number): CalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: 1 Monday .. 7 Sunday. */
export function weekday(c: CalDate): number {
  const n = dayNumber(c.y, c.m, c.d);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function addDays(c: CalDate, days: number): CalDate {
  return fromDayNumber(dayNumber(c.y, c.m, c.d) + days);
}

/** Add months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(c: CalDate, months: number): CalDate {
  const idx = c.y * 12 + (c.m - 1) + months;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(c.d, daysInMonth(y, m)) };
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(c: CalDate): { year: number; week: number } {
  const n = dayNumber(c.y, c.m, c.d);
  const thursday = n - weekday(c) + 4;
  const t = fromDayNumber(thursday);
  const jan1 = dayNumber(t.y, 1, 1);
  return { year: t.y, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function compareDates(a: CalDate, b: CalDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Western (Gregorian) Easter Sunday of a year (anonymous Gregorian algorithm). */
export function easter(y: number): CalDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The nth (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekday(y: number, m: number, isoDay: number, nth: number): CalDate {
  if (nth > 0) {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((isoDay - first + 7) % 7) + 7 * (nth - 1) };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - isoDay + 7) % 7) };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A year as TIMEX3 writes it: four digits (years before 1000 padded). */
export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (c: CalDate): string => `${fmtYear(c.y)}-${pad(c.m)}-${pad(c.d)}`;
export function fmtWeek(c: CalDate): string {
  const w = isoWeek(c);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
}
export const fmtQuarter = (y: number, q: number): string => `${fmtYear(y)}-Q${q}`;
export const fmtClock = (h: number, min: number): string => `T${pad(h)}:${pad(min)}`;

/** Parse the date part of an ISO date or date-time ("2022-09-22", "2022-09-22T10:00:00Z"); null if it is none. */
export function parseIsoDate(s: string | null): CalDate | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const c = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(c.y, c.m, c.d) ? c : null;
}
