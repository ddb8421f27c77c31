import { Worker } from 'node:worker_threads';
import { createEngine, type EngineOptions } from '../engine/engine.js';
import { processItem, type Analysable, type Processed } from './process.js';

export interface PoolOptions {
  /** Worker threads; 0 analyses in the calling thread (tests, or a machine with one core). */
  readonly workers: number;
  readonly dataDir?: string;
  readonly maxChars?: number;
  /** Other extractors (in-thread pools only: functions do not cross threads). */
  readonly extractors?: EngineOptions['extractors'];
  /** Deflate each analysis's stored JSON in the worker, as the SQLite store keeps it (see toStorable). */
  readonly deflateJson?: boolean;
}

/** Analyses items: an engine per worker thread, or one in the calling thread. */
export interface AnalysisPool {
  /** Items worth keeping in flight to keep every worker busy. */
  readonly capacity: number;
  /** The extractor versions of the engines. */
  readonly versions: Readonly<Record<string, string>>;
  process(item: Analysable): Promise<Processed>;
  close(): Promise<void>;
}

/** Items in flight per worker: enough that a worker never waits for the main thread. */
const DEPTH = 4;

export async function createPool(o: PoolOptions): Promise<AnalysisPool> {
  const engineOptions = { ...(o.dataDir ? { dataDir: o.dataDir } : {}), ...(o.maxChars ? { maxChars: o.maxChars } : {}) };
  if (o.workers <= 0) {
    const engine = createEngine({ ...engineOptions, ...(o.extractors ? { extractors: o.extractors } : {}) });
    return {
      capacity: 1,
      versions: engine.versions,
      process: async (item) => processItem(engine, item, { deflate: o.deflateJson === true }),
      close: async () => undefined,
    };
  }
  const pool = new WorkerPool(o.workers, { ...engineOptions, deflateJson: o.deflateJson === true });
  await pool.ready;
  return pool;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { item: Analysable; resolve: (p: Processed) => void; reject: (e: Error) => void }>;
}

/**
 * A worker thread running analysis-worker: the built .js file, or, when
 * running from source under tsx, a small module that registers tsx in the
 * thread first (Node 20 does not pass loader hooks on to worker threads).
 */
function startWorker(workerData: object): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis-worker.js', import.meta.url), { workerData });
  const file = new URL('./analysis-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); });`;
  return new Worker(code, { eval: true, workerData });
}

class WorkerPool implements AnalysisPool {
  readonly capacity: number;
  versions: Readonly<Record<string, string>> = {};
  readonly ready: Promise<void>;
  readonly #slots: Slot[] = [];
  readonly #engineOptions: object;
  #next = 0;
  #closing = false;

  constructor(n: number, engineOptions: object) {
    this.capacity = n * DEPTH;
    this.#engineOptions = engineOptions;
    const readies: Promise<void>[] = [];
    for (let i = 0; i < n; i++) readies.push(this.#spawn(i));
    this.ready = Promise.all(readies).then(() => undefined);
  }

  #spawn(i: number): Promise<void> {
    const worker = startWorker(this.#engineOptions);
    const slot: Slot = { worker, pending: new Map() };
    this.#slots[i] = slot;
    return new Promise((resolve, reject) => {
      let started = false;
      worker.on('message', (m: { type: 'ready'; versions: Record<string, string> } | { type: 'result'; id: number; result: Processed }) => {
        if (m.type === 'ready') {
          this.versions = m.versions;
          started = true;
          resolve();
          return;
        }
        const p = slot.pending.get(m.id);
        slot.pending.delete(m.id);
        p?.resolve(m.result);
      });
      const fail = (err: Error) => {
        if (!started) { reject(err); return; }
        for (const p of slot.pending.values()) p.reject(err);
        slot.pending.clear();
        if (!this.#closing && this.#slots[i] === slot) void this.#spawn(i).catch(() => undefined);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => { if (!this.#closing) fail(new Error(`analysis worker stopped (exit code ${code})`)); });
    });
  }

  process(item: Analysable): Promise<Processed> {
    let best = this.#slots[0]!;
    for (const s of this.#slots) if (s.pending.size < best.pending.size) best = s;
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      best.pending.set(id, { item, resolve, reject });
      best.worker.postMessage({ id, item });
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
