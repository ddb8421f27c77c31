import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../engine/engine.js';
import { errorMessage } from '../errors.js';
import { processItem, type Analysable, type Processed } from './process.js';

/** An analysis worker thread: one engine, built once, analysing the items the pool sends. */
const options = workerData as { dataDir?: string; maxChars?: number; deflateJson?: boolean };
const engine = createEngine({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), ...(options.maxChars ? { maxChars: options.maxChars } : {}) });
const storable = { deflate: options.deflateJson === true };
const port = parentPort!;
port.postMessage({ type: 'ready', versions: engine.versions });
port.on('message', (m: { id: number; item: Analysable }) => {
  let result: Processed;
  try {
    result = processItem(engine, m.item, storable);
  } catch (err) {
    result = { ok: false, origin: m.item.origin, reason: 'internal-error', message: errorMessage(err) };
  }
  // A deflated JSON is moved to the main thread, not copied.
  const json = result.ok ? result.record.json : null;
  port.postMessage({ type: 'result', id: m.id, result }, json instanceof Uint8Array ? [json.buffer as ArrayBuffer] : []);
});
