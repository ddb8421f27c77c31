import { UsageError } from '../errors.js';
import { ingest } from '../ingest/ingest.js';
import { createPool } from '../ingest/pool.js';
import { ProgressReporter, summary } from '../ingest/progress.js';
import { enqueue } from '../ingest/queue.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import { checkDbName } from './db.js';
import { EXIT } from './exit.js';
import type { CommandIo } from './io.js';

export interface IngestCommandOptions {
  readonly db: string;
  readonly workers: number;
  readonly published?: string;
  readonly maxBytes: number;
  readonly fetch: boolean;
  readonly queue: boolean;
  readonly reanalyze: boolean;
  readonly json: boolean;
  readonly jobTimeout: number;
  readonly progressEvery: number;
}

/** `newsgraph ingest`: read, analyse and store articles (or, with --queue, only enqueue them for workers). */
export async function ingestCommand(inputs: string[], o: IngestCommandOptions, io: CommandIo): Promise<number> {
  if (inputs.length === 0 && !o.reanalyze) throw new UsageError('give one or more files, folders or URLs to ingest (or --reanalyze)');
  checkDbName(o.db);
  if (o.queue) {
    if (!isPostgresUrl(o.db)) throw new UsageError('--queue needs --db postgres://...: the queue lives in PostgreSQL');
    const reporter = new ProgressReporter(io.stderr, io.stderrIsTTY, o.progressEvery);
    const counts = await enqueue(o.db, inputs, {
      maxBytes: o.maxBytes, publishedAt: o.published ?? null, fetch: o.fetch, jobTimeoutSeconds: o.jobTimeout,
    }, reporter);
    reporter.finish();
    io.stdout.write(o.json ? `${JSON.stringify(counts)}\n` : `queued ${counts.queued} articles (${counts.known} already stored, ${counts.skipped} skipped) for \`newsgraph worker --db ...\`\n`);
    return EXIT.ok;
  }
  const store = await openStore(o.db);
  const reporter = new ProgressReporter(io.stderr, io.stderrIsTTY, o.progressEvery);
  let counts;
  try {
    const pool = await createPool({ workers: o.workers, deflateJson: store.dialect === 'sqlite' });
    try {
      counts = await ingest(store, pool, {
        inputs, maxBytes: o.maxBytes, publishedAt: o.published ?? null, fetch: o.fetch, reanalyzeAll: o.reanalyze,
      }, reporter);
    } finally {
      reporter.finish();
      await pool.close();
    }
  } finally {
    await store.close();
  }
  if (o.json) {
    io.stdout.write(`${JSON.stringify({
      read: counts.read, stored: counts.stored, existing: counts.existing, reanalysed: counts.reanalysed, duplicates: counts.duplicates,
      skipped: counts.skipped, reasons: Object.fromEntries(counts.reasons), seconds: Number(counts.seconds.toFixed(3)),
    })}\n`);
  } else {
    io.stdout.write(`${summary(counts)}\n`);
  }
  if (counts.read === 0 && inputs.length > 0) {
    io.stderr.write('newsgraph ingest: the inputs held nothing to read (files .txt, .html, .htm, .jsonl, feeds .rss .atom .xml, .warc, .warc.gz, or URLs)\n');
    return EXIT.input;
  }
  const useful = counts.stored + counts.existing + counts.reanalysed + counts.duplicates;
  return counts.read > 0 && useful === 0 ? EXIT.input : EXIT.ok;
}
