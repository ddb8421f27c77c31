import { nameKey } from '../key.js';

/** The entry kinds of data/actors/curated.tsv (its header explains each). */
export const CURATED_KINDS = [
  'country', 'demonym', 'capital', 'alternative', 'institution', 'title', 'titlemod', 'group', 'org', 'person', 'notperson', 'media', 'facility',
  'notactor',
] as const;
export type CuratedKind = (typeof CURATED_KINDS)[number];

export interface CuratedEntry {
  readonly kind: CuratedKind;
  /** The phrase as a lookup key (`nameKey`). */
  readonly key: string;
  readonly value: string;
  readonly flags: readonly string[];
  /** The columns after the value as written (a demonym's plurals, one a column: "greek cypriots"). */
  readonly columns: readonly string[];
}

/** Parse curated.tsv; a malformed line is a fault of the data file, so it throws. */
export function parseCurated(tsv: string): CuratedEntry[] {
  const out: CuratedEntry[] = [];
  for (const [n, line] of tsv.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [kind, phrase, value, ...flags] = line.split('\t');
    if (!kind || !phrase || !value || !(CURATED_KINDS as readonly string[]).includes(kind)) {
      throw new Error(`actors/curated.tsv line ${n + 1}: expected kind<TAB>phrase<TAB>value, got "${line}"`);
    }
    out.push({
      kind: kind as CuratedKind, key: nameKey(phrase), value, flags: flags.flatMap((f) => f.split(/\s+/)).filter(Boolean),
      columns: flags.map((f) => f.trim()).filter(Boolean),
    });
  }
  return out;
}
