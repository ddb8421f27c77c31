import type { Engine } from '../src/engine/engine.js';
import { eventsTask } from './events.js';
import { entitiesTask } from './entities.js';
import type { EvalRow } from './metrics.js';
import { placesTask } from './places.js';
import { quotesTask } from './quotes.js';
import { timesTask } from './times.js';

export interface EvalTask {
  readonly name: string;
  /** Evaluate on the development data under `dataDir` (../shared/data); `limit` caps documents for a quick run. */
  run(engine: Engine, dataDir: string, opts: { limit?: number }): Promise<EvalRow[]>;
}

/** Every evaluation task, in the order the table prints them. Each lives in its own file beside this one. */
export const TASKS: readonly EvalTask[] = [
  entitiesTask,
  quotesTask,
  timesTask,
  placesTask,
  eventsTask,
];
