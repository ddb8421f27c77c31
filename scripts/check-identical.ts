/**
 * Checks that a change leaves every analysis byte for byte the same (speed
 * work must not change output). Runs the engine (src/, through tsx) over a
 * fixed set of inputs: the generated bench corpus (seed 42), the founding
 * example, the demo articles and, with --data, the PolNeAR article texts.
 *
 *   tsx scripts/check-identical.ts --write /tmp/perf3-baseline.jsonl [--data ../shared/data]
 *   tsx scripts/check-identical.ts --check /tmp/perf3-baseline.jsonl [--data ../shared/data]
 *
 * The baseline (one JSON analysis a line) is written outside the repo. The
 * check prints the first differing article and field, and exits 1 on a
 * difference.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus.js';
import { createEngine } from '../src/engine/engine.js';
import type { ArticleInput } from '../src/input/article.js';

const args = process.argv.slice(2);
const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const writeTo = arg('--write');
const checkAgainst = arg('--check');
const dataDir = arg('--data');
const mb = Number(arg('--mb') ?? 5);
if (!writeTo === !checkAgainst) {
  console.error('usage: check-identical.ts (--write FILE | --check FILE) [--data DIR] [--mb 5]');
  process.exit(2);
}

const root = new URL('..', import.meta.url).pathname;
const inputs: ArticleInput[] = [];
inputs.push({ id: 'mobilization', text: readFileSync(join(root, '../shared/examples/mobilization.txt'), 'utf8'), publishedAt: '2022-09-21' });
for (const line of readFileSync(join(root, 'demo/articles.jsonl'), 'utf8').split('\n')) {
  if (line.trim()) inputs.push(JSON.parse(line) as ArticleInput);
}
inputs.push(...generateCorpus(mb * 1_000_000));
if (dataDir) {
  for (const split of ['train', 'dev']) {
    const d = join(dataDir, 'polnear', split, 'text');
    for (const f of readdirSync(d).sort()) {
      const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? '2016-10-01';
      inputs.push({ id: `polnear/${split}/${f}`, text: readFileSync(join(d, f), 'utf8'), publishedAt: date });
    }
  }
}

const engine = createEngine();
const t0 = performance.now();
const lines = inputs.map((a) => JSON.stringify(engine.analyze(a).toJSON()));
const seconds = (performance.now() - t0) / 1000;

if (writeTo) {
  writeFileSync(writeTo, lines.join('\n') + '\n');
  console.log(`check-identical: baseline of ${lines.length} articles written to ${writeTo} (${seconds.toFixed(1)} s)`);
} else {
  const base = readFileSync(checkAgainst!, 'utf8').split('\n').filter((l) => l !== '');
  if (base.length !== lines.length) {
    console.error(`check-identical: ${lines.length} articles, baseline has ${base.length}`);
    process.exit(1);
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === base[i]) continue;
    const where = firstDifference(JSON.parse(base[i]!), JSON.parse(lines[i]!), '');
    console.error(`check-identical: article ${i} (${inputs[i]!.id}) differs at ${where.path || '(root)'}`);
    console.error(`  baseline: ${JSON.stringify(where.a)?.slice(0, 400)}`);
    console.error(`  now:      ${JSON.stringify(where.b)?.slice(0, 400)}`);
    process.exit(1);
  }
  console.log(`check-identical: output identical (${lines.length} articles, ${seconds.toFixed(1)} s)`);
}

/** The first path where two JSON values differ, depth first, keys in order. */
function firstDifference(a: unknown, b: unknown, path: string): { path: string; a: unknown; b: unknown } {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      if (ka[i] !== kb[i]) return { path: `${path} (keys: ${ka.join(',')} vs ${kb.join(',')})`, a, b };
      const k = ka[i]!;
      const va = (a as Record<string, unknown>)[k];
      const vb = (b as Record<string, unknown>)[k];
      if (JSON.stringify(va) !== JSON.stringify(vb)) return firstDifference(va, vb, Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    }
  }
  return { path, a, b };
}
