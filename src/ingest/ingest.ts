import { errorMessage } from '../errors.js';
import { contentHash, urlKey, versionsKey } from '../store/keys.js';
import type { Store } from '../store/types.js';
import { InputProgress, type RawItem } from './item.js';
import type { AnalysisPool } from './pool.js';
import type { Analysable, Processed } from './process.js';
import { readInputs } from './sources/inputs.js';

export interface IngestOptions {
  readonly inputs: readonly string[];
  /** Largest page, file or line, in bytes. */
  readonly maxBytes: number;
  /** publishedAt for articles that state none. */
  readonly publishedAt: string | null;
  /** Fetch the pages of feed items that carry only a summary. */
  readonly fetch: boolean;
  /** After the inputs, analyse again every stored article made by other extractor versions. */
  readonly reanalyzeAll: boolean;
}

/** What an ingest did, item by item. */
export class IngestCounts {
  /** Items read from the inputs. */
  read = 0;
  stored = 0;
  /** Already in the store (a rerun): nothing to do. */
  existing = 0;
  /** Stored articles analysed again because the extractors changed. */
  reanalysed = 0;
  duplicates = 0;
  /** Not stored, with a reason (not-english, input-too-large, warc-broken...). */
  skipped = 0;
  readonly reasons = new Map<string, number>();
  readonly startedAt = performance.now();

  skip(reason: string): void {
    this.skipped++;
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  /** Items finished, whatever became of them. */
  get done(): number {
    return this.stored + this.existing + this.reanalysed + this.duplicates + this.skipped;
  }

  get seconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }
}

export interface IngestListener {
  /** After every finished item (the listener throttles its own output). */
  update(counts: IngestCounts, progress: InputProgress): void;
  warn(message: string): void;
}

/**
 * Read the inputs, analyse what is new on the pool's workers, store each
 * article in its own transaction. What the store holds already (same
 * origin) is passed over before analysis, so a rerun after a crash does only
 * the rest and stores every article exactly once; what the store holds
 * under another origin (same URL or text) is a duplicate, recorded as
 * skipped with its reason.
 */
export async function ingest(store: Store, pool: AnalysisPool, o: IngestOptions, listener: IngestListener): Promise<IngestCounts> {
  const counts = new IngestCounts();
  const progress = new InputProgress();
  const vk = versionsKey(pool.versions);
  // Items on the pool: enough that the workers stay busy while this thread commits a group of saves.
  const analysing = new TaskLimit(pool.capacity + GROUP);
  // Items on the pool or waiting for their group commit.
  const tasks = new TaskLimit(pool.capacity + 2 * GROUP);
  const note = () => listener.update(counts, progress);

  const analyseAndSave = async (item: Analysable) => {
    const analysed = processSafely(pool, item);
    await tasks.add(analysed.then(save));
    await analysing.add(analysed.then(() => undefined));
  };

  const save = async (r: Processed) => {
    if (!r.ok) {
      await store.skip({ origin: r.origin, reason: r.reason, message: r.message });
      counts.skip(r.reason);
    } else {
      const saved = await store.save(r.article, r.record);
      if (saved.status === 'stored') counts.stored++;
      else if (saved.status === 'existing') counts.existing++;
      else counts.duplicates++;
    }
    note();
  };

  const reanalyse = async (id: number, origin: string) => {
    const a = await store.article(id);
    if (!a) return;
    const r = await processSafely(pool, { kind: 'text', origin, text: a.text, title: a.title, url: a.url, publishedAt: a.publishedAt, source: a.source });
    if (r.ok) {
      await store.replaceAnalysis(id, r.record);
      counts.reanalysed++;
    } else {
      listener.warn(`article ${id} (${origin}) kept its old analysis: ${r.message}`);
      counts.existing++;
    }
    note();
  };

  const items = readInputs(o.inputs, {
    maxBytes: o.maxBytes, publishedAt: o.publishedAt, fetch: o.fetch, progress,
    isKnown: async (origin) => (await store.lookup({ origin, versionsKey: vk })).state === 'stored',
    onIgnored: (dir, n) => listener.warn(`${dir}: ${n} file(s) of other kinds passed over`),
  });
  for await (const item of items) {
    counts.read++;
    await handle(item);
  }
  if (o.reanalyzeAll) {
    let after = 0;
    for (;;) {
      const stale = await store.staleArticles(vk, 200, after);
      if (stale.length === 0) break;
      for (const a of stale) await tasks.add(reanalyse(a.id, `article:${a.id}`));
      after = stale[stale.length - 1]!.id;
    }
  }
  await tasks.drain();
  note();
  return counts;

  async function handle(item: RawItem): Promise<void> {
    if (item.kind === 'known') {
      counts.existing++;
      note();
      return;
    }
    if (item.kind === 'skip') {
      await store.skip({ origin: item.origin, reason: item.reason, message: item.message });
      counts.skip(item.reason);
      note();
      return;
    }
    const found = await store.lookup({
      origin: item.origin, urlKey: urlKey(item.url), contentHash: item.kind === 'text' ? contentHash(item.text) : null, versionsKey: vk,
    });
    switch (found.state) {
      case 'stored':
        if (found.stale) await tasks.add(reanalyse(found.id, item.origin));
        else { counts.existing++; note(); }
        return;
      case 'skipped':
        if (RETRIED.has(found.reason)) {
          await analyseAndSave(item);
          return;
        }
        counts.skip(found.reason);
        note();
        return;
      case 'duplicate':
        await store.skip({ origin: item.origin, reason: `duplicate-${found.by}`, message: `same ${found.by === 'url' ? 'URL' : 'text'} as article ${found.id}` });
        counts.duplicates++;
        note();
        return;
      case 'new':
        await analyseAndSave(item);
    }
  }
}

/** Saves that share a commit (SQLite's group commit holds up to 256). */
const GROUP = 256;

/** Skip reasons that may not hold next time: such inputs are tried again by a rerun. */
const RETRIED = new Set(['internal-error', 'fetch-failed']);

/** The pool's answer; a worker that died on the item makes it an internal-error skip, not a failed ingest. */
async function processSafely(pool: AnalysisPool, item: Analysable): Promise<Processed> {
  try {
    return await pool.process(item);
  } catch (err) {
    return { ok: false, origin: item.origin, reason: 'internal-error', message: `the analysis worker failed: ${errorMessage(err)}` };
  }
}

/** At most `limit` tasks in flight; the first failure (a store fault) stops the ingest. */
class TaskLimit {
  readonly #limit: number;
  readonly #running = new Set<Promise<void>>();
  #error: unknown = null;

  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  async add(task: Promise<void>): Promise<void> {
    const p: Promise<void> = task.catch((err) => { this.#error ??= err; }).finally(() => this.#running.delete(p));
    this.#running.add(p);
    if (this.#running.size >= this.#limit) await Promise.race(this.#running);
    if (this.#error) throw this.#error;
  }

  async drain(): Promise<void> {
    await Promise.all(this.#running);
    if (this.#error) throw this.#error;
  }
}
