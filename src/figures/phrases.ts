import type { Token } from '../doc/types.js';

/** A phrase found in the token stream: tokens [start, end) and the value it carries. */
export interface PhraseMatch<V> {
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

interface Entry<V> {
  readonly words: readonly string[];
  readonly value: V;
}

/**
 * Multi-token phrases ("more than", "per cent", "km / h") compiled once into
 * maps keyed by their first and by their last lower-cased token, so that a
 * lookup at one position costs one Map read plus the few phrases sharing it.
 */
export class PhraseMatcher<V> {
  readonly #byFirst = new Map<string, Entry<V>[]>();
  readonly #byLast = new Map<string, Entry<V>[]>();

  /** `phrase` is written with its tokens separated by single spaces; the first entry of a phrase wins. */
  add(phrase: string, value: V): this {
    const words = phrase.toLowerCase().split(' ').filter((w) => w.length > 0);
    if (words.length === 0) return this;
    const key = words.join(' ');
    const first = this.#byFirst.get(words[0]!) ?? [];
    if (first.some((e) => e.words.join(' ') === key)) return this;
    const entry = { words, value };
    first.push(entry);
    first.sort((a, b) => b.words.length - a.words.length);
    this.#byFirst.set(words[0]!, first);
    const last = this.#byLast.get(words[words.length - 1]!) ?? [];
    last.push(entry);
    last.sort((a, b) => b.words.length - a.words.length);
    this.#byLast.set(words[words.length - 1]!, last);
    return this;
  }

  /** True when some phrase begins with this lower-cased token. */
  starts(word: string): boolean {
    return this.#byFirst.has(word);
  }

  /** The longest phrase that starts at token `i` and ends before `limit`. */
  at(tokens: readonly Token[], i: number, limit: number): PhraseMatch<V> | null {
    if (i >= limit) return null;
    const entries = this.#byFirst.get(tokens[i]!.lower);
    if (!entries) return null;
    for (const e of entries) {
      const end = i + e.words.length;
      if (end > limit) continue;
      let ok = true;
      for (let k = 1; k < e.words.length; k++) {
        if (tokens[i + k]!.lower !== e.words[k]) { ok = false; break; }
      }
      if (ok) return { start: i, end, value: e.value };
    }
    return null;
  }

  /** The longest phrase that ends just before token `end` and starts at or after `floor`. */
  before(tokens: readonly Token[], end: number, floor: number): PhraseMatch<V> | null {
    if (end - 1 < floor) return null;
    const entries = this.#byLast.get(tokens[end - 1]!.lower);
    if (!entries) return null;
    for (const e of entries) {
      const start = end - e.words.length;
      if (start < floor) continue;
      let ok = true;
      for (let k = 0; k < e.words.length - 1; k++) {
        if (tokens[start + k]!.lower !== e.words[k]) { ok = false; break; }
      }
      if (ok) return { start, end, value: e.value };
    }
    return null;
  }
}
