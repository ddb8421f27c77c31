/**
 * Throwaway diagnostic (not part of the engine): how often the actors layer has an actor of the
 * gold source / target country (and sector) on the PLOVER gold records. Lists the misses.
 *
 *   npx tsx scripts/actor-coverage.ts --data ../shared/data [--misses source|target|all] [--sector]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engine/engine.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, misses: { type: 'string', default: '' } } });
if (!values.data) {
  console.error('usage: npx tsx scripts/actor-coverage.ts --data ../shared/data [--misses source|target|all]');
  process.exit(2);
}
const OLD: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
interface Gold { actorText?: string; code?: string; sector?: string }
const raw = JSON.parse(readFileSync(join(values.data, 'plover', 'PLOVER_GSR_CAMEO.txt'), 'utf8')) as Record<string, unknown>[];
const records = raw.filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string');
const engine = createEngine();
const score = { source: { n: 0, c: 0, cs: 0 }, target: { n: 0, c: 0, cs: 0 } };
const missLines: string[] = [];
for (const r of records) {
  const a = engine.analyze({ text: r.text as string });
  const actors = a.actors();
  for (const side of ['source', 'target'] as const) {
    const gold = (Array.isArray(r[side]) ? (r[side] as Gold[]) : []).filter((g) => typeof g.code === 'string');
    if (gold.length === 0) continue;
    const s = score[side];
    s.n++;
    const codes = gold.map((g) => OLD[g.code!] ?? g.code!);
    const hitC = actors.some((x) => x.country !== null && codes.includes(x.country));
    const hitCS = actors.some((x) => gold.some((g) => x.country === (OLD[g.code!] ?? g.code) && (!g.sector || x.sector === g.sector)));
    if (hitC) s.c++;
    if (hitCS) s.cs++;
    if ((values.misses === "sector" && hitC && !hitCS) || (!hitC && (values.misses === side || values.misses === "all"))) {
      missLines.push(`${side} ${gold.map((g) => `${g.actorText}=${g.code}${g.sector ? '/' + g.sector : ''}`).join('; ')}\n   ${r.text}\n   -> ${actors.map((x) => `${x.name}[${x.code ?? x.country ?? '-'}]`).join(', ')}`);
    }
  }
}
for (const side of ['source', 'target'] as const) {
  const s = score[side];
  console.log(`${side}: ${s.n} records; an actor of the gold country ${s.c} (${((100 * s.c) / s.n).toFixed(1)}%); of gold country+sector ${s.cs} (${((100 * s.cs) / s.n).toFixed(1)}%); missing ${s.n - s.c}`);
}
if (missLines.length) console.log(missLines.join('\n'));
