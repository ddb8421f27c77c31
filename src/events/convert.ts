/**
 * CAMEO codes for events that are intended, threatened, refused or asked for
 * rather than done (data/events/intent-codes.tsv): "agreed to withdraw" ->
 * 0356, "threatened to impose sanctions" -> 1312, "refused to release" ->
 * 1243, "demanded the release" -> 1053, "urged ... to release" -> 0253.
 */
import { readTsv } from './tsv.js';

export type Conversion = 'agree' | 'threaten' | 'reject' | 'request';
const COLUMNS: readonly Conversion[] = ['agree', 'threaten', 'reject', 'request'];

export class IntentTable {
  readonly #rows = new Map<string, Partial<Record<Conversion, string>>>();

  constructor(file: string) {
    for (const [prefix, ...cells] of readTsv(file)) {
      const row: Partial<Record<Conversion, string>> = {};
      COLUMNS.forEach((c, i) => { if (cells[i]) row[c] = cells[i]; });
      this.#rows.set(prefix!, row);
    }
  }

  /** The converted code (longest matching prefix of `code` that has one), or null. */
  convert(code: string, how: Conversion): string | null {
    for (let n = code.length; n >= 2; n--) {
      const c = this.#rows.get(code.slice(0, n))?.[how];
      if (c) return c;
    }
    return null;
  }
}

/** CAMEO's appeals (02x) mirror its demands (10x): 100 -> 020, 1053 -> 0253. */
export function demandToAppeal(code: string): string {
  return code.startsWith('10') ? `02${code.slice(2)}` : code;
}
