/**
 * Dated role codes of the PETRARCH2/Phoenix actor dictionaries, such as
 * `[RUSGOV >080508]`, `[USAGOV 450703-470121]`, `[AFGELI]`, and the choice
 * of the role a reader of today's news needs.
 */

export interface DatedRole {
  /** The CAMEO code, e.g. RUSGOV, IGOUNOKID; "---" is the null code. */
  readonly code: string;
  /** First day the role holds (YYYYMMDD), or null when open to the past. */
  readonly from: number | null;
  /** Last day the role holds (YYYYMMDD), or null when open to the future. */
  readonly to: number | null;
  /** True for a bare `[CODE]`: the default role outside every dated one. */
  readonly isDefault: boolean;
}

/** Role segments of CAMEO codes (three letters each) that are not countries. */
export const ROLE_SEGMENTS: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'COP', 'REB', 'OPP', 'CVL', 'BUS', 'MED', 'JUD', 'LEG', 'EDU', 'REL', 'HLH', 'ELI', 'SPY',
  'UAF', 'AGR', 'LAB', 'ENV', 'HRI', 'REF', 'CRM', 'DEV', 'PTY', 'MOD', 'RAD', 'PPL', 'INS', 'NGM', 'SEP',
  'CHR', 'JEW', 'BUD', 'HIN', 'CTH', 'PRO', 'SHI', 'ORT',
]);

/** A date of the dictionaries (YYMMDD or YYYYMMDD) as YYYYMMDD; two-digit years below 30 are 20xx. */
export function parseDictDate(s: string): number | null {
  if (/^\d{8}$/.test(s)) return Number(s);
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    return (yy < 30 ? 2000 + yy : 1900 + yy) * 10000 + Number(s.slice(2));
  }
  return null;
}

/** One bracketed role, without its brackets: "RUSGOV >080508", "USAGOV 450703-470121", "AFGELI". Null when malformed. */
export function parseRole(inner: string): DatedRole | null {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0] ?? '';
  if (!/^([A-Z]{3})+$|^---$/.test(code)) return null;
  const restriction = parts.slice(1).join('');
  if (restriction === '') return { code, from: null, to: null, isDefault: true };
  if (restriction.startsWith('>')) {
    const from = parseDictDate(restriction.slice(1));
    return from === null ? null : { code, from, to: null, isDefault: false };
  }
  if (restriction.startsWith('<')) {
    const to = parseDictDate(restriction.slice(1));
    return to === null ? null : { code, from: null, to, isDefault: false };
  }
  const m = /^(\d+)-(\d+)$/.exec(restriction);
  if (!m) return null;
  const from = parseDictDate(m[1]!);
  const to = parseDictDate(m[2]!);
  return from === null || to === null ? null : { code, from, to, isDefault: false };
}

/** The country segment of a code (RUS of RUSGOV, IGO of IGOUNO), or null when it starts with a role (ELI). */
export function countryOf(code: string): string | null {
  const first = code.slice(0, 3);
  return first.length === 3 && !ROLE_SEGMENTS.has(first) && first !== '---' ? first : null;
}

/**
 * The role that holds today: an open-ended role (`>date`, the latest
 * started), else the default role, else the dated role that ended last.
 * A role without a country (`[ELI]` after `[IGOUNO 970101-061231]`) takes
 * the country of the latest dated role. Null when there is no role, or when
 * today's role is the null code `---`.
 */
export function modernRole(roles: readonly DatedRole[]): string | null {
  if (roles.length === 0) return null;
  const dated = roles.filter((r) => !r.isDefault);
  const open = dated.filter((r) => r.to === null);
  let chosen: DatedRole | undefined;
  if (open.length > 0) chosen = open.reduce((a, b) => ((b.from ?? 0) >= (a.from ?? 0) ? b : a));
  else chosen = roles.filter((r) => r.isDefault).at(-1);
  const lastDated = dated.length > 0 ? dated.reduce((a, b) => ((b.to ?? 99999999) >= (a.to ?? 99999999) ? b : a)) : undefined;
  chosen ??= lastDated;
  if (!chosen || chosen.code === '---') return null;
  if (countryOf(chosen.code) === null) {
    const withCountry = [...dated].reverse().find((r) => countryOf(r.code) !== null);
    const byEnd = lastDated && countryOf(lastDated.code) !== null ? lastDated : withCountry;
    if (byEnd) return countryOf(byEnd.code)! + chosen.code;
  }
  return chosen.code;
}
