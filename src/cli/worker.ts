import { UsageError } from '../errors.js';
import { ProgressReporter, summary } from '../ingest/progress.js';
import { work } from '../ingest/queue.js';
import { isPostgresUrl } from '../store/open.js';
import { EXIT } from './exit.js';
import type { CommandIo } from './io.js';

export interface WorkerCommandOptions {
  readonly db: string;
  readonly workers: number;
  readonly untilEmpty: boolean;
  readonly poll: number;
  readonly maintenance: number;
  readonly json: boolean;
  readonly progressEvery: number;
}

/** `newsgraph worker`: analyse and store queued articles from PostgreSQL until stopped. */
export async function workerCommand(o: WorkerCommandOptions, io: CommandIo): Promise<number> {
  if (!isPostgresUrl(o.db)) throw new UsageError('worker needs --db postgres://...: the queue lives in PostgreSQL');
  const reporter = new ProgressReporter(io.stderr, io.stderrIsTTY, o.progressEvery);
  let counts;
  try {
    counts = await work(o.db, {
      workers: o.workers, untilEmpty: o.untilEmpty, pollSeconds: o.poll, maintenanceSeconds: o.maintenance,
      onReady: () => io.stderr.write(`newsgraph worker: taking jobs (${o.workers} analysis thread${o.workers === 1 ? '' : 's'})\n`),
    }, reporter);
  } finally {
    reporter.finish();
  }
  io.stdout.write(o.json
    ? `${JSON.stringify({ stored: counts.stored, existing: counts.existing, reanalysed: counts.reanalysed, duplicates: counts.duplicates, skipped: counts.skipped, reasons: Object.fromEntries(counts.reasons) })}\n`
    : `${summary(counts).replace(/^ingested \d+ inputs/, 'worked')}\n`);
  return EXIT.ok;
}
