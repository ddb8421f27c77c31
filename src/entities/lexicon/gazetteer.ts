import type { Token } from '../../doc/types.js';

/** The classes of data/entities/gazetteer.tsv, in bit order (a name's classes are a bit mask). */
export const GAZ_CLASSES = [
  'country', 'region', 'bigcity', 'city', 'town', 'place', 'first', 'last', 'org', 'orgword',
  'norp', 'title', 'fac', 'building', 'event', 'loc', 'time', 'seat',
] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];
export const gazBit = (c: GazClass): number => 1 << GAZ_CLASSES.indexOf(c);

/** Most matches a token keeps (longest first). */
export const MAX_CODES = 6;

/**
 * Names (lower-cased tokens joined by one space) with their class masks,
 * matched over a token sequence. Built once, then read-only.
 */
export class Gazetteer {
  readonly #names = new Map<string, number>();
  /** First token of a name -> the most tokens a name starting with it has. */
  readonly #firsts = new Map<string, number>();

  constructor(text: string) {
    const masks = new Map<string, number>(); // class list as written -> mask (few distinct lists)
    let p = 0;
    while (p < text.length) {
      let nl = text.indexOf('\n', p);
      if (nl < 0) nl = text.length;
      const tab = text.indexOf('\t', p);
      if (text.charCodeAt(p) !== 35 /* # */ && tab > p && tab < nl) {
        const key = text.slice(p, tab);
        const list = text.slice(tab + 1, nl);
        let mask = masks.get(list);
        if (mask === undefined) {
          mask = 0;
          for (const c of list.split(',')) {
            const bit = GAZ_CLASSES.indexOf(c as GazClass);
            if (bit >= 0) mask |= 1 << bit;
          }
          masks.set(list, mask);
        }
        if (mask) {
          this.#names.set(key, mask);
          const sp = key.indexOf(' ');
          const first = sp < 0 ? key : key.slice(0, sp);
          let len = 1;
          for (let k = sp; k >= 0; k = key.indexOf(' ', k + 1)) len++;
          const had = this.#firsts.get(first);
          if (had === undefined || had < len) this.#firsts.set(first, len);
        }
      }
      p = nl + 1;
    }
    Object.freeze(this);
  }

  /** Class mask of a name given as lower-cased tokens joined by spaces (0 if absent). */
  classesOf(key: string): number {
    return this.#names.get(key) ?? 0;
  }

  /**
   * Every name matched in tokens [start, end), starting at a word that is not
   * in lower case: for each token, up to MAX_CODES
   * codes (1 + 4 * class bit + position, position 0 B, 1 I, 2 L, 3 U), into
   * `codes` (MAX_CODES per token, 0 = none).
   */
  match(tokens: readonly Token[], start: number, end: number, codes: Uint8Array): void {
    for (let i = start; i < end; i++) {
      // Names start with a capital or a digit in running text; lower-case words are not looked up.
      const c = tokens[i]!.text.charCodeAt(0);
      if (c >= 97 && c <= 122) continue;
      if (c < 48) continue;
      const maxLen = this.#firsts.get(tokens[i]!.lower);
      if (!maxLen) continue;
      let key = '';
      for (let len = 1; len <= maxLen && i + len <= end; len++) {
        key = len === 1 ? tokens[i]!.lower : `${key} ${tokens[i + len - 1]!.lower}`;
        const mask = this.#names.get(key);
        if (!mask) continue;
        for (let b = 0; b < GAZ_CLASSES.length; b++) {
          if (!(mask & (1 << b))) continue;
          for (let j = i; j < i + len; j++) {
            const pos = len === 1 ? 3 : j === i ? 0 : j === i + len - 1 ? 2 : 1;
            put(codes, j, 1 + 4 * b + pos);
          }
        }
      }
    }
  }
}

function put(codes: Uint8Array, token: number, code: number): void {
  const base = token * MAX_CODES;
  for (let k = 0; k < MAX_CODES; k++) {
    const c = codes[base + k]!;
    if (c === code) return;
    if (c === 0) { codes[base + k] = code; return; }
  }
}
