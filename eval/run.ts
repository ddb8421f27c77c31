import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { createEngine } from '../src/engine/engine.js';
import { formatTable, type EvalRow } from './metrics.js';
import { TASKS } from './tasks.js';

const program = new Command()
  .name('npm run eval --')
  .description('Precision, recall and F1 per task on the development splits (see ../shared/data/README.md).')
  .option('--data <dir>', 'the development data folder', '../shared/data')
  .option('--task <names>', `comma-separated tasks to run (${TASKS.map((t) => t.name).join(', ')})`)
  .option('--limit <n>', 'at most n documents per corpus (quick runs)', (v) => Number(v))
  .option('--json', 'print the rows as JSON too', false)
  .parse();
const opts = program.opts<{ data: string; task?: string; limit?: number; json: boolean }>();
const dataDir = resolve(opts.data);
if (!existsSync(dataDir)) {
  console.error(`eval: data folder ${dataDir} not found (pass --data DIR)`);
  process.exit(2);
}
const wanted = opts.task ? new Set(opts.task.split(',')) : null;
const unknown = wanted ? [...wanted].filter((w) => !TASKS.some((t) => t.name === w)) : [];
if (unknown.length) {
  console.error(`eval: unknown task(s) ${unknown.join(', ')}; tasks: ${TASKS.map((t) => t.name).join(', ')}`);
  process.exit(2);
}
const engine = createEngine();
const rows: EvalRow[] = [];
const t0 = performance.now();
for (const task of TASKS) {
  if (wanted && !wanted.has(task.name)) continue;
  const t = performance.now();
  process.stderr.write(`eval: ${task.name}…\n`);
  rows.push(...(await task.run(engine, dataDir, opts.limit ? { limit: opts.limit } : {})));
  process.stderr.write(`eval: ${task.name} done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}
console.log(formatTable(rows));
console.log(`\n${rows.length} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (opts.json) console.log(JSON.stringify(rows));
