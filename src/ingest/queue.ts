import pg from 'pg';
import PgBoss from 'pg-boss';
import { errorMessage } from '../errors.js';
import { contentHash, urlKey, versionsKey } from '../store/keys.js';
import { parsePostgresUrl, PostgresStore } from '../store/postgres/store.js';
import { IngestCounts, type IngestListener } from './ingest.js';
import { InputProgress } from './item.js';
import { createPool } from './pool.js';
import type { Analysable } from './process.js';
import { readInputs } from './sources/inputs.js';

/**
 * Scale-out through PostgreSQL: `ingest --queue` reads the inputs and puts
 * each new article on a pg-boss queue; any number of `worker` processes, on
 * any number of machines, take jobs, analyse and store. A job whose worker
 * dies stays active until it expires, then pg-boss hands it out again; the
 * store's unique keys make a job done twice store its article once.
 */

export const QUEUE = 'newsgraph-analyze';

/** pg-boss's schema beside the store's: pgboss for the public schema, <schema>_queue otherwise. */
export function queueSchema(storeSchema: string): string {
  return storeSchema === 'public' ? 'pgboss' : `${storeSchema}_queue`;
}

async function startBoss(db: string, storeSchema: string, extra: Partial<PgBoss.ConstructorOptions> = {}): Promise<PgBoss> {
  const { connectionString } = parsePostgresUrl(db);
  const boss = new PgBoss({ connectionString, schema: queueSchema(storeSchema), ...extra });
  boss.on('error', () => { /* reported through failed jobs; a lost connection is retried by pg-boss */ });
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 5, retryDelay: 5, retentionMinutes: 60 * 24 * 14 });
  return boss;
}

/** Jobs of the queue by state (created, retry, active, completed, failed...); empty when no queue was ever made. */
export async function queueCounts(db: string): Promise<Record<string, number>> {
  const { connectionString, schema } = parsePostgresUrl(db);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const table = `${queueSchema(schema ?? 'public')}.job`;
    const exists = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [table]);
    if (!exists.rows[0]?.t) return {};
    const { rows } = await client.query<{ state: string; n: string }>(`SELECT state, COUNT(*) AS n FROM ${table} WHERE name = $1 GROUP BY state ORDER BY state`, [QUEUE]);
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  } finally {
    await client.end();
  }
}

export interface EnqueueOptions {
  readonly maxBytes: number;
  readonly publishedAt: string | null;
  readonly fetch: boolean;
  /** A job not finished this long after a worker took it is given to another worker. */
  readonly jobTimeoutSeconds: number;
}

export interface EnqueueCounts {
  queued: number;
  known: number;
  skipped: number;
}

/** Read the inputs and queue every article the store does not hold; skips are recorded in the store at once. */
export async function enqueue(db: string, inputs: readonly string[], o: EnqueueOptions, listener: IngestListener): Promise<EnqueueCounts> {
  const store = await PostgresStore.open(db);
  const boss = await startBoss(db, store.schema);
  const out: EnqueueCounts = { queued: 0, known: 0, skipped: 0 };
  const counts = new IngestCounts();
  const progress = new InputProgress();
  // Versions are those of the workers' engines; the queue side only needs to know what is stored.
  const vk = '';
  let batch: PgBoss.JobInsert[] = [];
  const flush = async () => {
    if (batch.length) await boss.insert(batch);
    out.queued += batch.length;
    counts.stored += batch.length;
    batch = [];
    listener.update(counts, progress);
  };
  try {
    for await (const item of readInputs(inputs, {
      maxBytes: o.maxBytes, publishedAt: o.publishedAt, fetch: o.fetch, progress,
      isKnown: async (origin) => (await store.lookup({ origin, versionsKey: vk })).state === 'stored',
    })) {
      counts.read++;
      if (item.kind === 'known') { out.known++; counts.existing++; continue; }
      if (item.kind === 'skip') {
        await store.skip({ origin: item.origin, reason: item.reason, message: item.message });
        out.skipped++;
        counts.skip(item.reason);
        continue;
      }
      const found = await store.lookup({
        origin: item.origin, urlKey: urlKey(item.url), contentHash: item.kind === 'text' ? contentHash(item.text) : null, versionsKey: vk,
      });
      if (found.state === 'stored') { out.known++; counts.existing++; continue; }
      if (found.state === 'duplicate') {
        await store.skip({ origin: item.origin, reason: `duplicate-${found.by}`, message: `same ${found.by === 'url' ? 'URL' : 'text'} as article ${found.id}` });
        out.skipped++;
        counts.skip(`duplicate-${found.by}`);
        continue;
      }
      batch.push({ name: QUEUE, data: { item }, singletonKey: item.origin, expireInSeconds: o.jobTimeoutSeconds, retryLimit: 5, retryDelay: 5 });
      if (batch.length >= 200) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
  return out;
}

export interface WorkOptions {
  /** Analysis threads. */
  readonly workers: number;
  /** Stop when no job is queued, waiting or running (instead of waiting for more). */
  readonly untilEmpty: boolean;
  readonly pollSeconds: number;
  /** How often expired jobs (of killed workers) are put back on the queue. */
  readonly maintenanceSeconds: number;
  /** Called when the worker is ready to take jobs. */
  readonly onReady?: () => void;
}

/** Take jobs from the queue until stopped (SIGINT/SIGTERM) or, with untilEmpty, until none are left. */
export async function work(db: string, o: WorkOptions, listener: IngestListener): Promise<IngestCounts> {
  const store = await PostgresStore.open(db);
  const pool = await createPool({ workers: o.workers });
  const counts = new IngestCounts();
  const progress = new InputProgress();
  progress.sized = false;
  const vk = versionsKey(pool.versions);
  const boss = await startBoss(db, store.schema, {
    maintenanceIntervalSeconds: o.maintenanceSeconds, monitorStateIntervalSeconds: Math.max(1, o.maintenanceSeconds),
  });
  const stopped = new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (o.untilEmpty) {
      const timer = setInterval(() => {
        void boss.getQueueSize(QUEUE, { before: 'completed' }).then((n) => { if (n === 0) { clearInterval(timer); stop(); } }, () => undefined);
      }, Math.max(250, o.pollSeconds * 1000));
    }
  });
  let workerId: string | null = null;
  const batchSize = pool.capacity * 2;
  try {
    workerId = await boss.work<{ item: Analysable }>(QUEUE, { batchSize, pollingIntervalSeconds: o.pollSeconds }, async (jobs) => {
      await Promise.all(jobs.map(async (job) => {
        const item = job.data.item;
        const found = await store.lookup({ origin: item.origin, versionsKey: vk });
        if (found.state === 'stored' && !found.stale) { counts.existing++; return; }
        const r = await pool.process(item);
        if (!r.ok) {
          await store.skip({ origin: r.origin, reason: r.reason, message: r.message });
          counts.skip(r.reason);
        } else if (found.state === 'stored') {
          await store.replaceAnalysis(found.id, r.record);
          counts.reanalysed++;
        } else {
          const saved = await store.save(r.article, r.record);
          if (saved.status === 'stored') counts.stored++;
          else if (saved.status === 'existing') counts.existing++;
          else counts.duplicates++;
        }
      })).catch((err) => {
        listener.warn(`a batch of ${jobs.length} jobs failed and will be retried: ${errorMessage(err)}`);
        throw err;
      });
      listener.update(counts, progress);
      // A full batch means more are waiting: fetch again at once rather than after the polling interval.
      if (jobs.length >= batchSize && workerId) boss.notifyWorker(workerId);
    });
    o.onReady?.();
    await stopped;
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    await pool.close();
    await store.close();
  }
  return counts;
}
