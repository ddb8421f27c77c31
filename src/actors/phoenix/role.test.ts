import { describe, expect, it } from 'vitest';
import { countryOf, modernRole, parseDictDate, parseRole, type DatedRole } from './role.js';

const roles = (...inner: string[]): DatedRole[] => inner.map((s) => parseRole(s)!);

describe('dated roles of the Phoenix dictionaries', () => {
  const dates: [string, number | null][] = [
    ['080508', 20080508], ['991231', 19991231], ['19270101', 19270101], ['2004017', null], ['abc', null],
  ];
  it.each(dates)('reads the date %s', (s, want) => expect(parseDictDate(s)).toBe(want));

  const parsed: [string, DatedRole | null][] = [
    ['XYZGOV >080508', { code: 'XYZGOV', from: 20080508, to: null, isDefault: false }],
    ['XYZMIL 450703-470121', { code: 'XYZMIL', from: 19450703, to: 19470121, isDefault: false }],
    ['XYZELI <061231', { code: 'XYZELI', from: null, to: 20061231, isDefault: false }],
    ['XYZELI', { code: 'XYZELI', from: null, to: null, isDefault: true }],
    ['---', { code: '---', from: null, to: null, isDefault: true }],
    ['xyz gov', null],
    ['XYZGOV 12-', null],
  ];
  it.each(parsed)('parses [%s]', (inner, want) => expect(parseRole(inner)).toEqual(want));

  const modern: [string, DatedRole[], string | null][] = [
    ['an open-ended role wins over the default', roles('ABCELI 700101-990809', 'ABCGOV 991231-080507', 'ABCGOV >080508', 'ABCELI'), 'ABCGOV'],
    ['the latest started of two open roles', roles('ABCMIL >900101', 'ABCGOV >100101'), 'ABCGOV'],
    ['the default once every dated role has ended', roles('ABCGOV 910710-991231', 'ABCELI'), 'ABCELI'],
    ['the role that ended last when there is no default', roles('ABCGOV 700101-751231', 'ABCLEG 800101-851231'), 'ABCLEG'],
    ['a default without a country takes the last dated country', roles('IGOUNO 970101-061231', 'ELI'), 'IGOELI'],
    ['the null code means no role today', roles('ABCGOV 000101-080801', '---'), null],
    ['no roles', [], null],
  ];
  it.each(modern)('today: %s', (_, rs, want) => expect(modernRole(rs)).toBe(want));

  it('knows a country segment from a role segment', () => {
    expect(countryOf('RUSGOV')).toBe('RUS');
    expect(countryOf('IGOUNO')).toBe('IGO');
    expect(countryOf('MUSGOV')).toBe('MUS');
    expect(countryOf('ELI')).toBeNull();
    expect(countryOf('MED')).toBeNull();
  });
});
