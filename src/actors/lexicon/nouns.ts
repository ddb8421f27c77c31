import { nameKey } from '../key.js';

/** The noun classes of data/actors/nouns.tsv (its header explains each). */
export const NOUN_CLASSES = ['person', 'group', 'equipment', 'relation', 'act'] as const;
export type NounClass = (typeof NOUN_CLASSES)[number];

export interface NounEntry {
  readonly cls: NounClass;
  /** Sector the noun gives (a default for person nouns), or null ("-"). */
  readonly sector: string | null;
  /** Lookup keys (`nameKey`) of the singular and the plural, null where there is none. */
  readonly singular: string | null;
  readonly plural: string | null;
  /** An actor only when the words give its country ("the Turkish side", not "the other side"). */
  readonly explicit: boolean;
}

/** Parse nouns.tsv; a malformed line is a fault of the data file, so it throws. */
export function parseNouns(tsv: string): NounEntry[] {
  const out: NounEntry[] = [];
  for (const [n, line] of tsv.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [cls, sector, singular, plural, flags, extra] = line.split('\t');
    const flagOk = flags === undefined || flags === 'explicit';
    if (!cls || !sector || !singular || !plural || !flagOk || extra !== undefined || !(NOUN_CLASSES as readonly string[]).includes(cls)) {
      throw new Error(`actors/nouns.tsv line ${n + 1}: expected class<TAB>sector<TAB>singular<TAB>plural[<TAB>explicit], got "${line}"`);
    }
    const key = (w: string) => (w === '-' ? null : nameKey(w));
    out.push({
      cls: cls as NounClass, sector: sector === '-' ? null : sector, singular: key(singular), plural: key(plural), explicit: flags === 'explicit',
    });
  }
  return out;
}
