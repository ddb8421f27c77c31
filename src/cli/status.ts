import { createEngine } from '../engine/engine.js';
import { queueCounts } from '../ingest/queue.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import type { StoreStatus } from '../store/types.js';
import { versionsKey } from '../store/keys.js';
import { requireExistingStore } from './db.js';
import { EXIT } from './exit.js';
import type { CommandIo } from './io.js';

const fmt = (n: number) => n.toLocaleString('en-US');

/** `newsgraph status`: what the store holds, which analyses are stale, what was skipped and why. */
export async function statusCommand(o: { db: string; json?: boolean }, io: CommandIo): Promise<number> {
  requireExistingStore(o.db);
  const store = await openStore(o.db);
  let s: StoreStatus;
  try {
    s = await store.status();
  } finally {
    await store.close();
  }
  const current = versionsKey(createEngine().versions);
  const queue = isPostgresUrl(o.db) ? await queueCounts(o.db) : null;
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ ...s, currentVersions: current, queue }, null, 2)}\n`);
    return EXIT.ok;
  }
  const out: string[] = [];
  out.push(`store ${s.location}`);
  out.push(`articles ${fmt(s.articles)}${s.lastIngestAt ? ` (last stored ${s.lastIngestAt})` : ''}`);
  out.push(`facts: ${Object.entries(s.facts).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  out.push('analyses by extractor versions:');
  if (s.analyses.length === 0) out.push('  (none)');
  for (const a of s.analyses) {
    const key = versionsKey(a.versions);
    out.push(`  ${fmt(a.count).padStart(9)}  ${key}${key === current ? '  (current)' : '  (stale: `ingest --reanalyze` analyses them again)'}`);
  }
  const skipped = s.skipped.reduce((n, x) => n + x.count, 0);
  out.push(`skipped ${fmt(skipped)}${skipped ? ':' : ''}`);
  for (const x of s.skipped) {
    out.push(`  ${fmt(x.count).padStart(9)}  ${x.reason}`);
    for (const e of x.examples) out.push(`             e.g. ${e.origin}: ${e.message.length > 110 ? `${e.message.slice(0, 109)}…` : e.message}`);
  }
  if (queue) out.push(`queue: ${Object.entries(queue).map(([k, v]) => `${k} ${fmt(v)}`).join(', ') || 'empty'}`);
  io.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
}
