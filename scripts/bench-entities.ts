/**
 * The entity tagger's own speed, in CPU time (process.cpuUsage, so that other
 * work on a shared machine does not count) and wall time, best of several
 * passes with compiled code, on the generated bench corpus and on CoNLL-2003
 * valid.txt (the tagger keeps nothing between documents, so a pass over
 * documents it has read before costs what the first did, compiled code apart).
 *
 *   npx tsx scripts/bench-entities.ts --data ../shared/data/conll2003 [--mb 1] [--passes 3]
 *   npx tsx scripts/bench-entities.ts --data ../shared/data/conll2003 --save /tmp/labels.bin   # the labels, to compare
 *   npx tsx scripts/bench-entities.ts --data ../shared/data/conll2003 --compare /tmp/labels.bin
 *
 * --save/--compare write or compare the tagger's labels over both corpora, so
 * that a change meant to be exact (a faster path to the same scores) can be
 * checked token by token.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Command } from 'commander';
import { generateCorpus } from '../bench/corpus.js';
import { DocumentBuilder } from '../src/doc/build.js';
import type { Doc } from '../src/doc/types.js';
import { Resources } from '../src/engine/resources.js';
import { parseConll } from '../src/entities/conll/read.js';
import { rebuildText } from '../src/entities/conll/rebuild.js';
import { findEntities, loadEntityTagger } from '../src/entities/extractor.js';

const opts = new Command()
  .name('npx tsx scripts/bench-entities.ts')
  .option('--data <dir>', 'the CoNLL-2003 folder (valid.txt)', '../shared/data/conll2003')
  .option('--mb <n>', 'size of the generated corpus, in millions of characters', (v) => Number(v), 1)
  .option('--passes <n>', 'timed passes (the best is kept)', (v) => Number(v), 3)
  .option('--save <file>', 'write the labels of every token of both corpora')
  .option('--compare <file>', 'compare the labels with a file written by --save')
  .parse()
  .opts<{ data: string; mb: number; passes: number; save?: string; compare?: string }>();

// A collection before each timed pass, so that the garbage of what came before is not timed.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const builder = new DocumentBuilder();
const t0 = performance.now();
const tagger = loadEntityTagger(new Resources());
console.log(`load: ${(performance.now() - t0).toFixed(0)} ms`);

const corpora: [string, Doc[]][] = [
  ['generated', generateCorpus(opts.mb * 1_000_000).map((a) => builder.build({ id: a.id, text: a.text }))],
];
const valid = join(resolve(opts.data), 'valid.txt');
if (existsSync(valid)) {
  corpora.push(['conll valid', parseConll(readFileSync(valid, 'utf8')).map(rebuildText).map((d, k) => builder.build({ id: `v${k}`, text: d.text }))]);
}

const all: Uint8Array[] = [];
for (const [name, docs] of corpora) {
  const tokens = docs.reduce((s, d) => s + d.tokens.length, 0);
  for (const d of docs) findEntities(d, tagger); // warm-up: the timed passes run compiled code
  for (const [what, run] of [
    ['labels', (d: Doc) => tagger.tagger.labels(d)],
    ['entities', (d: Doc) => findEntities(d, tagger)],
  ] as const) {
    let bestCpu = 0;
    let bestWall = 0;
    for (let p = 0; p < opts.passes; p++) {
      gc();
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      for (const d of docs) run(d);
      const cpu = process.cpuUsage(c0);
      bestWall = Math.max(bestWall, tokens / ((performance.now() - w0) / 1000));
      bestCpu = Math.max(bestCpu, tokens / ((cpu.user + cpu.system) / 1e6));
    }
    console.log(`${name} (${docs.length} docs, ${tokens} tokens) ${what}: ${Math.round(bestCpu).toLocaleString('en-US')} tokens/s CPU, ${Math.round(bestWall).toLocaleString('en-US')} tokens/s wall`);
  }
  for (const d of docs) all.push(tagger.tagger.labels(d));
}

const labels = Buffer.concat(all);
if (opts.save) writeFileSync(opts.save, labels);
if (opts.compare) {
  const ref = readFileSync(opts.compare);
  let diff = 0;
  for (let i = 0; i < Math.max(ref.length, labels.length); i++) if (ref[i] !== labels[i]) diff++;
  console.log(`labels: ${diff} of ${labels.length} differ from ${opts.compare}`);
}
