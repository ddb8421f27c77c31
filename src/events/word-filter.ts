/**
 * A cheap first test for membership in a fixed set of lower-case words: the
 * word's length, first and last character codes, looked up in a small table.
 * `mayHave` is false only for words that are surely not in the set, so a
 * Set lookup (hashing the word) is needed only for the few that pass. Built
 * once per engine with the lexicon.
 */
export class WordFilter {
  readonly #table: Uint8Array;
  readonly #words: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    this.#table = new Uint8Array(32 * 64 * 64);
    for (const w of this.#words) if (w.length) this.#table[slot(w)] = 1;
  }

  /** False: the word is not in the set. True: it may be (ask `has`). */
  mayHave(w: string): boolean {
    return w.length > 0 && this.#table[slot(w)] === 1;
  }

  has(w: string): boolean {
    return this.mayHave(w) && this.#words.has(w);
  }
}

/** Length (capped), first and last character (folded to 64 values). */
function slot(w: string): number {
  return (Math.min(w.length, 31) << 12) | ((w.charCodeAt(0) & 63) << 6) | (w.charCodeAt(w.length - 1) & 63);
}
