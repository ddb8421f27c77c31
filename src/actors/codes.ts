import { countryOf } from './phoenix/role.js';

/** Sectors an actor can carry (CAMEO role codes), in the order they are looked for in a code. */
export const SECTORS: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'COP', 'REB', 'OPP', 'CVL', 'BUS', 'MED', 'JUD', 'LEG', 'EDU', 'REL', 'HLH', 'ELI', 'SPY',
  'UAF', 'AGR', 'LAB', 'ENV', 'HRI', 'REF', 'CRM', 'DEV', 'PTY', 'RAD', 'MOD', 'INS', 'SEP',
]);

export interface CodeParts {
  readonly country: string | null;
  readonly sector: string | null;
  /** Country + sector (USAGOV), or the first two segments of an international code (IGOUNO); null without a country. */
  code: string | null;
}

/**
 * Split a CAMEO code into the actor's country, sector and code. A
 * multinational company (MNCUSA) is its home country's business; an
 * international body keeps its CAMEO international code as country.
 */
export function splitCode(raw: string): CodeParts {
  const segs = raw.match(/.{3}/g) ?? [];
  let country = countryOf(raw);
  const rest = country ? segs.slice(1) : segs;
  if (country === 'MNC') {
    const home = rest[0] && countryOf(rest[0]) !== null && !SECTORS.has(rest[0]) ? rest[0] : null;
    return { country: home ?? 'MNC', sector: 'BUS', code: (home ?? 'MNC') + 'BUS' };
  }
  const sector = rest.find((s) => SECTORS.has(s)) ?? null;
  if (!country) return { country: null, sector, code: null };
  if (sector) return { country, sector, code: country + sector };
  return { country, sector: null, code: country + (rest[0] ?? '') };
}

/** The code of an actor of `country` and `sector`: USAGOV; the country alone without a sector; null without a country. */
export function joinCode(country: string | null, sector: string | null): string | null {
  if (!country) return null;
  return sector ? country + sector : country;
}
