/**
 * npm run bench: full analysis throughput (the compiled engine in dist/, as users run it; the script builds it first) against wink-nlp's bare tokenize +
 * sentences + POS pipeline over the same corpus, each in its own child
 * process (one core each, run one after the other) so peak memory is its own.
 *
 *   npm run bench                          # generated corpus, 5 MB
 *   npm run bench -- --mb 10               # larger generated corpus
 *   npm run bench -- --real ../shared/data # real news: PolNeAR article texts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type GeneratedArticle } from './corpus.js';

interface Result {
  mode: string;
  articles: number;
  tokens: number;
  chars: number;
  seconds: number;
  peakRssMb: number;
  loadMs: number;
  loadTimings?: readonly { name: string; ms: number }[];
  extractorSeconds?: Record<string, number>;
}

const args = process.argv.slice(2);
const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

if (arg('--child')) {
  const mode = arg('--child')!;
  const corpus = JSON.parse(readFileSync(arg('--corpus')!, 'utf8')) as GeneratedArticle[];
  const result = mode === 'wink' ? await runWink(corpus) : await runNewsgraph(corpus);
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const mb = Number(arg('--mb') ?? 5);
const real = arg('--real');
const corpus = real ? realCorpus(real, mb) : generateCorpus(mb * 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
const corpusFile = join(dir, 'corpus.json');
writeFileSync(corpusFile, JSON.stringify(corpus));
const chars = corpus.reduce((s, a) => s + a.text.length, 0);
console.log(`corpus: ${corpus.length} articles, ${(chars / 1e6).toFixed(1)} M chars (${real ? `PolNeAR texts from ${real}` : 'generated, seed 42'})`);

const self = fileURLToPath(import.meta.url);
const results: Result[] = [];
for (const mode of ['wink', 'newsgraph']) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', mode, '--corpus', corpusFile], {
    encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) {
    console.error(`bench: ${mode} run failed (exit ${child.status})`);
    process.exit(1);
  }
  results.push(JSON.parse(child.stdout) as Result);
}

const row = (r: Result) => [
  r.mode.padEnd(34),
  (r.articles / r.seconds).toFixed(1).padStart(10),
  Math.round(r.tokens / r.seconds).toLocaleString('en-US').padStart(12),
  r.peakRssMb.toFixed(0).padStart(10),
  r.loadMs.toFixed(0).padStart(9),
].join(' ');
console.log(['pipeline'.padEnd(34), 'articles/s'.padStart(10), 'tokens/s'.padStart(12), 'peak RSS MB'.padStart(10), 'load ms'.padStart(9)].join(' '));
const [wink, ngRaw] = results as [Result, Result];
const ng = { ...ngRaw, tokens: wink.tokens };
console.log(row({ ...wink, mode: 'wink-nlp tokens+sentences+POS' }));
console.log(row({ ...ng, mode: 'newsgraph full analysis' }));
console.log(`ratio newsgraph/wink-nlp: ${((ng.tokens / ng.seconds) / (wink.tokens / wink.seconds)).toFixed(2)} (tokens/s)`);
const ex = Object.entries(ng.extractorSeconds ?? {}).sort((a, b) => b[1] - a[1]);
const inExtractors = ex.reduce((s, [, v]) => s + v, 0);
console.log(`time per extractor (share of the full run): ${ex.map(([k, v]) => `${k} ${(100 * v / ng.seconds).toFixed(0)}% (${Math.round(wink.tokens / v).toLocaleString('en-US')} tok/s)`).join(', ')}; document building and assembly ${(100 * (1 - inExtractors / ng.seconds)).toFixed(0)}%`);
console.log(`resource load times: ${(ng.loadTimings ?? []).map((t) => `${t.name} ${t.ms.toFixed(0)} ms`).join(', ')}`);

function realCorpus(dataDir: string, mbWanted: number): GeneratedArticle[] {
  const textDir = join(dataDir, 'polnear');
  const out: GeneratedArticle[] = [];
  let total = 0;
  for (const split of ['train', 'dev']) {
    const d = join(textDir, split, 'text');
    for (const f of readdirSync(d).sort()) {
      const text = readFileSync(join(d, f), 'utf8');
      const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null;
      out.push({ id: f, text, publishedAt: date ?? '2016-10-01' });
      total += text.length;
    }
  }
  // Repeat the corpus if it is smaller than asked for.
  const base = out.slice();
  while (total < mbWanted * 1_000_000 && base.length) {
    for (const a of base) { out.push({ ...a, id: `${a.id}#${out.length}` }); total += a.text.length; }
  }
  return out;
}

function measure(fn: () => number): { seconds: number; tokens: number } {
  const t0 = performance.now();
  const tokens = fn();
  return { seconds: (performance.now() - t0) / 1000, tokens };
}

async function runWink(corpus: GeneratedArticle[]): Promise<Result> {
  const t0 = performance.now();
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const loadMs = performance.now() - t0;
  const once = (a: GeneratedArticle) => {
    const doc = nlp.readDoc(a.text);
    doc.tokens().out(its.pos);
    doc.tokens().out(its.value);
    doc.sentences().out(its.span);
    return doc.tokens().length();
  };
  for (const a of corpus.slice(0, Math.ceil(corpus.length / 10))) once(a); // warm-up
  const m = measure(() => corpus.reduce((s, a) => s + once(a), 0));
  return { mode: 'wink', articles: corpus.length, chars: 0, ...m, peakRssMb: process.resourceUsage().maxRSS / 1024, loadMs };
}

async function runNewsgraph(corpus: GeneratedArticle[]): Promise<Result> {
  const t0 = performance.now();
  // The compiled engine, as users run it (typed by its source; `npm run bench` builds dist/ first).
  const dist = (file: string) => new URL(`../dist/engine/${file}`, import.meta.url).href;
  const { createEngine } = (await import(dist('engine.js'))) as typeof import('../src/engine/engine.js');
  const { defaultExtractors } = (await import(dist('extractors.js'))) as typeof import('../src/engine/extractors.js');
  // Each extractor's run is wrapped to time it; the wrapper adds two performance.now() calls per run.
  const spent = new Map<string, number>();
  const engine = createEngine({
    extractors: (r) => defaultExtractors(r).map((e) => ({
      ...e,
      run(doc: never, input: never) {
        const t = performance.now();
        const out = e.run(doc, input);
        spent.set(e.name, (spent.get(e.name) ?? 0) + performance.now() - t);
        return out;
      },
    })),
  });
  const loadMs = performance.now() - t0;
  for (const a of corpus.slice(0, Math.ceil(corpus.length / 10))) engine.analyze(a); // warm-up
  spent.clear();
  const m = measure(() => { for (const a of corpus) engine.analyze(a); return 0; });
  const extractorSeconds = Object.fromEntries([...spent].map(([k, v]) => [k, v / 1000]));
  // Tokens are counted by the wink-nlp run over the same texts, so both rows divide by one count.
  return { mode: 'newsgraph', articles: corpus.length, chars: 0, ...m, peakRssMb: process.resourceUsage().maxRSS / 1024, loadMs, loadTimings: engine.loadTimings, extractorSeconds };
}
