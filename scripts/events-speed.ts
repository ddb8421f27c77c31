/**
 * Throughput of the events extractor alone (development aid): the other
 * extractors run once over the bench corpus (bench/corpus.ts, generated, seed
 * 42) to make the events extractor's input layers; then only the events
 * extractor is timed (CPU time, so other load on the machine counts less),
 * over several rounds.
 *
 *   npx tsx scripts/events-speed.ts [--mb 1] [--rounds 5]
 */
import { generateCorpus } from '../bench/corpus.js';
import { createEngine } from '../src/engine/engine.js';
import { defaultExtractors } from '../src/engine/extractors.js';
import type { AnyExtractor } from '../src/pipeline/extractor.js';

const args = process.argv.slice(2);
const arg = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const mb = arg('--mb', 1);
const rounds = arg('--rounds', 5);

const captured: { doc: unknown; input: unknown }[] = [];
let events: AnyExtractor | undefined;
const engine = createEngine({
  extractors: (r) => defaultExtractors(r).map((e) => {
    if (e.name !== 'events') return e;
    events = e;
    return { ...e, run(doc: never, input: never) { captured.push({ doc, input: { ...(input as object) } }); return e.run(doc, input); } };
  }),
});
const corpus = generateCorpus(mb * 1_000_000);
for (const a of corpus) engine.analyze(a);
const tokens = captured.reduce((s, c) => s + (c.doc as { tokens: unknown[] }).tokens.length, 0);
const run = events!.run.bind(events);
for (const c of captured.slice(0, 50)) run(c.doc as never, c.input as never); // warm-up
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t0 = process.cpuUsage();
  for (const c of captured) run(c.doc as never, c.input as never);
  const d = process.cpuUsage(t0);
  times.push((d.user + d.system) / 1e6);
}
const best = Math.min(...times);
console.log(`events extractor: ${captured.length} articles, ${tokens.toLocaleString('en-US')} tokens; best of ${rounds} rounds ${best.toFixed(3)} s = ${Math.round(tokens / best).toLocaleString('en-US')} tokens/s (median ${Math.round(tokens / times.sort()[Math.floor(rounds / 2)]!).toLocaleString('en-US')})`);
