import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, easter, fmtWeek, fromDayNumber, isoWeek, nthWeekday, parseIsoDate, weekday } from './calendar.js';

describe('calendar arithmetic', () => {
  it.each([
    ['1970-01-01', 0], ['2000-02-29', 11016], ['2022-09-22', 19257], ['1899-12-31', -25568],
  ])('%s is day %i and back', (iso, n) => {
    const d = parseIsoDate(iso)!;
    expect(dayNumber(d.y, d.m, d.d)).toBe(n);
    expect(fromDayNumber(n)).toEqual(d);
  });

  it.each([
    ['2022-09-22', 4], ['2022-09-25', 7], ['2023-01-02', 1], ['2000-01-01', 6],
  ])('%s falls on ISO weekday %i', (iso, wd) => expect(weekday(parseIsoDate(iso)!)).toBe(wd));

  it.each([
    ['2022-09-21', '2022-W38'], ['2021-01-03', '2020-W53'], ['2024-12-30', '2025-W01'], ['2022-01-02', '2021-W52'],
  ])('%s is in ISO week %s', (iso, week) => expect(fmtWeek(parseIsoDate(iso)!)).toBe(week));

  it('adds days and months, clamping the day of month', () => {
    expect(addDays({ y: 2022, m: 2, d: 27 }, 3)).toEqual({ y: 2022, m: 3, d: 2 });
    expect(addMonths({ y: 2022, m: 1, d: 31 }, 1)).toEqual({ y: 2022, m: 2, d: 28 });
    expect(addMonths({ y: 2022, m: 9, d: 22 }, -7)).toEqual({ y: 2022, m: 2, d: 22 });
    expect(isoWeek({ y: 2022, m: 9, d: 22 })).toEqual({ year: 2022, week: 38 });
  });

  it('finds movable feasts', () => {
    expect(easter(2024)).toEqual({ y: 2024, m: 3, d: 31 });
    expect(easter(2023)).toEqual({ y: 2023, m: 4, d: 9 });
    expect(nthWeekday(2022, 11, 4, 4)).toEqual({ y: 2022, m: 11, d: 24 });
    expect(nthWeekday(2022, 5, 1, -1)).toEqual({ y: 2022, m: 5, d: 30 });
  });

  it('reads the date part of a publication date and rejects what is none', () => {
    expect(parseIsoDate('2022-09-22T10:00:00Z')).toEqual({ y: 2022, m: 9, d: 22 });
    expect(parseIsoDate('2022-02-30')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });
});
