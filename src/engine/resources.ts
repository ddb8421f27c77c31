import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The folder of committed data files (lexicons, gazetteers, trained models), beside src/ and dist/. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/**
 * Loads each named resource once per engine, so that extractors sharing a
 * lexicon or gazetteer share one copy. Filled while the engine is built,
 * then only read.
 */
export class Resources {
  readonly dataDir: string;
  readonly #cache = new Map<string, unknown>();
  readonly #timings: { name: string; ms: number }[] = [];

  constructor(dataDir: string = DEFAULT_DATA_DIR) {
    this.dataDir = dataDir;
  }

  /** Absolute path of a file under the data folder. */
  path(...parts: string[]): string {
    return join(this.dataDir, ...parts);
  }

  /** The resource `name`, loaded by `load` the first time it is asked for. */
  get<T>(name: string, load: (r: Resources) => T): T {
    if (this.#cache.has(name)) return this.#cache.get(name) as T;
    const t0 = performance.now();
    const value = load(this);
    this.#timings.push({ name, ms: performance.now() - t0 });
    this.#cache.set(name, value);
    return value;
  }

  /** How long each resource took to load, in ms (printed by the bench). */
  timings(): readonly { name: string; ms: number }[] {
    return this.#timings;
  }
}
