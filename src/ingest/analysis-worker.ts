import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../engine/engine.js';
import { errorMessage } from '../errors.js';
import { processItem, type Analysable, type Processed } from './process.js';

/** An analysis worker thread: one engine, built once, analysing the items the pool sends. */
const engine = createEngine(workerData as { dataDir?: string; maxChars?: number });
const port = parentPort!;
port.postMessage({ type: 'ready', versions: engine.versions });
port.on('message', (m: { id: number; item: Analysable }) => {
  let result: Processed;
  try {
    result = processItem(engine, m.item);
  } catch (err) {
    result = { ok: false, origin: m.item.origin, reason: 'internal-error', message: errorMessage(err) };
  }
  port.postMessage({ type: 'result', id: m.id, result });
});
