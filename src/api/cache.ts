/**
 * A small time-limited cache of answers that are costly to compute (counts,
 * the network, actor pages): at most `max` entries, each kept `ttlMs`. The
 * promise is kept, so that concurrent requests for the same key share one
 * computation; a failed computation is not kept.
 */
export class TtlCache {
  readonly #ttl: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(ttlMs: number, max: number, now: () => number = () => performance.now()) {
    this.#ttl = ttlMs;
    this.#max = max;
    this.#now = now;
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.#now();
    const hit = this.#entries.get(key);
    if (hit && now - hit.at < this.#ttl) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    this.#entries.delete(key);
    this.#entries.set(key, { at: now, value });
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }

  /** Forget everything (after a write). */
  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
