import { nameKey } from './names.js';

/** What the finder asks of a name table: the entries under a normalised name. */
export interface NameLookup {
  get(key: string): readonly number[] | undefined;
  has(key: string): boolean;
  readonly size: number;
}

/**
 * The gazetteer's name index as loaded from its file: key -> key number in a
 * Map, each key's entries a slice of one Int32Array (no array per name), plus
 * a small map of hand-made names (regions, aliases) merged in. Read-only once built.
 */
export class NameIndex implements NameLookup {
  readonly #keys: readonly string[];
  readonly #start: Int32Array;
  readonly #entries: Int32Array;
  readonly #extra = new Map<string, number[]>();
  readonly #order: (a: number, b: number) => number;
  readonly #number = new Map<string, number>();

  /** `order` sorts merged entries (most general, most populous first). */
  constructor(keys: readonly string[], start: Int32Array, entries: Int32Array, order: (a: number, b: number) => number) {
    this.#keys = keys;
    this.#start = start;
    this.#entries = entries;
    this.#order = order;
    keys.forEach((key, k) => this.#number.set(key, k));
  }

  /** Add a hand-made name (while the gazetteer is built). */
  add(name: string, entry: number): string {
    const key = nameKey(name);
    const list = this.#extra.get(key);
    if (!list) this.#extra.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
    return key;
  }

  /** Keys in the file plus hand-made keys (a name in both counts twice). */
  get size(): number {
    return this.#keys.length + this.#extra.size;
  }

  #find(key: string): number {
    return this.#number.get(key) ?? -1;
  }

  has(key: string): boolean {
    return this.#extra.has(key) || this.#find(key) >= 0;
  }

  get(key: string): readonly number[] | undefined {
    const k = this.#find(key);
    const extra = this.#extra.get(key);
    if (k < 0) return extra;
    const from = this.#start[k]!;
    const to = this.#start[k + 1]!;
    const own: number[] = new Array(to - from);
    for (let i = from; i < to; i++) own[i - from] = this.#entries[i]!;
    if (!extra) return own;
    for (const e of extra) if (!own.includes(e)) own.push(e);
    return own.sort(this.#order);
  }

  /** Every key (file keys, then hand-made ones). */
  *keys(): Iterable<string> {
    yield* this.#keys;
    yield* this.#extra.keys();
  }
}
