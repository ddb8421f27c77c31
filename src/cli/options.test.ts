import { describe, expect, it } from 'vitest';
import { checkDayRange, countryCode, day, eventType, figureCategory, isDay } from './options.js';

describe('option values', () => {
  it.each([
    ['2022-09-21', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-02-30', false],
    ['2022-13-01', false],
    ['2022-04-31', false],
    ['2022-9-21', false],
    ['yesterday', false],
  ])('isDay(%s) is %s', (v, ok) => expect(isDay(v)).toBe(ok));

  it('--from 2022-02-30 is refused, not read as 2 March', () => {
    expect(() => day('--from')('2022-02-30')).toThrow(/--from must be a day \(YYYY-MM-DD\), not "2022-02-30"/);
  });

  it.each([
    [{ from: '2022-09-30', to: '2022-09-01' }, /--from 2022-09-30 is after --to 2022-09-01/],
    [{ from: '2022-09-01', to: '2022-09-01' }, null],
    [{ from: '2022-09-01' }, null],
    [{}, null],
  ])('checkDayRange(%j)', (o, message) => {
    if (message) expect(() => checkDayRange(o)).toThrow(message);
    else expect(() => checkDayRange(o)).not.toThrow();
  });

  it.each([
    [eventType, 'protest', 'PROTEST'],
    [eventType, 'natural_disaster', 'NATURAL_DISASTER'],
    [figureCategory, 'arrest', 'ARREST'],
    [countryCode, 'rus', 'RUS'],
  ])('%o takes %s as %s', (parse, v, want) => expect(parse(v)).toBe(want));

  it.each([
    [eventType, 'PROTESTS', /--type must be a PLOVER type \(AGREE, .*\) or an event category/],
    [figureCategory, 'DEATHS', /--category must be one of ARREST, /],
    [countryCode, 'Russia', /--country must be an ISO 3166-1 alpha-3 code/],
  ])('%o refuses %s', (parse, v, message) => expect(() => parse(v)).toThrow(message));
});
