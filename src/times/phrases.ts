/**
 * Multi-word phrases ("at the moment", "New Year's Day", "more than") as a
 * token trie, matched forwards from a token or backwards from one, over the
 * document's normalized lower-case words.
 */

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  value: T | undefined;
}

export interface PhraseMatch<T> {
  /** Token index where the phrase starts (backward match) or ends, exclusive (forward match). */
  readonly at: number;
  readonly value: T;
}

/** The words of a lexicon phrase as the tokenizer splits them: "New Year's Day" -> new year 's day. */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").match(/'s\b|[a-z0-9.]+(?:'(?!s\b)[a-z]+)?|[^\sa-z0-9]/g) ?? [];
}

export class PhraseTrie<T> {
  readonly #root: Node<T> = { next: new Map(), value: undefined };
  readonly #reversed: Node<T> = { next: new Map(), value: undefined };

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      PhraseTrie.#insert(this.#root, words, value);
      PhraseTrie.#insert(this.#reversed, [...words].reverse(), value);
    }
  }

  static #insert<T>(root: Node<T>, words: readonly string[], value: T): void {
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), value: undefined }));
      node = child;
    }
    node.value = value;
  }

  /** The words that some phrase starts with. */
  firstWords(): Iterable<string> {
    return this.#root.next.keys();
  }

  /** The longest phrase starting at token `i` and ending before `hi`; `at` is its end (exclusive). */
  matchAt(words: readonly string[], i: number, hi: number): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.#root;
    let best: PhraseMatch<T> | null = null;
    for (let k = i; k < hi; k++) {
      node = node.next.get(words[k]!);
      if (!node) break;
      if (node.value !== undefined) best = { at: k + 1, value: node.value };
    }
    return best;
  }

  /** The longest phrase ending just before token `end` and starting at or after `lo`; `at` is its start. */
  matchBefore(words: readonly string[], end: number, lo: number): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.#reversed;
    let best: PhraseMatch<T> | null = null;
    for (let k = end - 1; k >= lo; k--) {
      node = node.next.get(words[k]!);
      if (!node) break;
      if (node.value !== undefined) best = { at: k, value: node.value };
    }
    return best;
  }
}
