import { describe, expect, it } from 'vitest';
import { Resources } from '../engine/resources.js';
import { alpha3Of, featureTypeOf, KIND, loadGazetteer } from './gazetteer.js';

const g = loadGazetteer(new Resources().path('places'));
/** The first (most general, most populous) entry of a name. */
const first = (name: string, map = g.names) => map.get(name)?.[0] ?? -1;

describe('gazetteer', () => {
  it('holds every country with an ISO alpha-3 code and a point', () => {
    expect(g.countries.length).toBeGreaterThan(240);
    for (const c of g.countries) {
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(Number.isFinite(g.lat[c.entry]!) && Number.isFinite(g.lon[c.entry]!)).toBe(true);
    }
  });

  it.each([
    // name, kind, country, lat, lon (within about a degree)
    ['ukraine', KIND.country, 'UKR', 49, 32],
    ['russia', KIND.country, 'RUS', 60, 98],
    ['united states', KIND.country, 'USA', 39, -98],
    ['kyiv', KIND.city, 'UKR', 50.45, 30.52],
    ['saint petersburg', KIND.city, 'RUS', 59.94, 30.31],
    ['st. petersburg', KIND.city, 'RUS', 59.94, 30.31],
    ['kiev', KIND.city, 'UKR', 50.45, 30.52],
    ['texas', KIND.admin1, 'USA', 31, -100],
    ['donbas', KIND.region, 'UKR', 48, 38],
  ] as const)('%s', (name, kind, alpha3, lat, lon) => {
    // The most populous entry of that kind under the name.
    const e = g.names.get(name)?.find((x) => g.kind[x] === kind) ?? -1;
    expect(e).toBeGreaterThanOrEqual(0);
    expect(alpha3Of(g, e)).toBe(alpha3);
    expect(Math.abs(g.lat[e]! - lat)).toBeLessThan(1.5);
    expect(Math.abs(g.lon[e]! - lon)).toBeLessThan(2);
  });

  it('links places to their country and first-level region', () => {
    const austin = g.names.get('austin')!.find((e) => g.kind[e] === KIND.city && alpha3Of(g, e) === 'USA' && g.population[e]! > 500_000)!;
    expect(g.name[g.admin1[austin]!]).toBe('Texas');
    expect(featureTypeOf(g, austin)).toBe('city');
  });

  it('keeps state abbreviations for use after a comma only, and nationality words apart', () => {
    expect(g.name[first('ill.', g.afterComma)]).toBe('Illinois');
    expect(g.names.has('ill.')).toBe(false);
    expect(g.name[first('russians', g.demonyms)]).toBe('Russia');
    expect(g.name[first('texans', g.demonyms)]).toBe('Texas');
  });

  it('does not give a famous town the name of another ("Augusta" is not Augsburg)', () => {
    for (const e of g.names.get('augusta') ?? []) expect(g.name[e]).not.toBe('Augsburg');
  });
});
