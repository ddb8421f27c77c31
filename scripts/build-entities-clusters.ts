/**
 * Build data/entities/clusters.tsv: for each frequent word of the local
 * unlabelled news text, a distributional word cluster at three granularities
 * and a case profile (how often it is capitalised mid-sentence).
 *
 *   npx tsx scripts/build-entities-clusters.ts --data ../shared/data
 *
 * Text read (the labels are not): conll2003/train.txt tokens (never valid.txt),
 * polnear/{train,dev}/text, timeml/**.tml, geo/lgl.xml. Clusters: counts of
 * left and right neighbour words, positive PMI, a seeded random projection to
 * 96 dimensions, spherical k-means (1024 clusters, seeded by frequency), then
 * k-means over the centroids for 256 and 64. Same inputs give the same file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { DocumentBuilder } from '../src/doc/build.js';
import { parseConll } from '../src/entities/conll/read.js';
import { rebuildText } from '../src/entities/conll/rebuild.js';
import { rng } from '../src/seeded-random.js';
import { caseOf } from '../src/entities/tagger/shape.js';

const opts = new Command()
  .option('--data <dir>', 'the shared data folder', '../shared/data')
  .option('--out <file>', 'file to write', 'data/entities/clusters.tsv')
  .option('--min-count <n>', 'least occurrences of a word', (v) => Number(v), 3)
  .parse()
  .opts<{ data: string; out: string; minCount: number }>();
const data = resolve(opts.data);

// 1. Texts.
const texts: string[] = [];
const files = (dir: string, ext: string): string[] => {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
};
const conll = join(data, 'conll2003', 'train.txt');
if (existsSync(conll)) for (const d of parseConll(readFileSync(conll, 'utf8'))) texts.push(rebuildText(d).text);
const seen = new Set<string>();
for (const split of ['train', 'dev']) {
  for (const f of files(join(data, 'polnear', split, 'text'), '.txt')) {
    const t = readFileSync(f, 'utf8');
    if (!seen.has(t)) { seen.add(t); texts.push(t); }
  }
}
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
for (const f of files(join(data, 'timeml'), '.tml')) {
  const m = /<TEXT>([\s\S]*?)<\/TEXT>/i.exec(readFileSync(f, 'utf8'));
  if (m) texts.push(unescape(m[1]!.replace(/<[^>]+>/g, '')));
}
const lgl = join(data, 'geo', 'lgl.xml');
if (existsSync(lgl)) {
  for (const m of readFileSync(lgl, 'utf8').matchAll(/<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/g)) texts.push(m[1]!);
}

// 2. Tokens (as the engine tokenizes), word counts and mid-sentence case counts.
const builder = new DocumentBuilder();
const sentences: string[][] = [];
const count = new Map<string, number>();
const capMid = new Map<string, number>();
const lowMid = new Map<string, number>();
let tokens = 0;
for (const [k, text] of texts.entries()) {
  const doc = builder.build({ id: `u${k}`, text });
  for (const s of doc.sentences) {
    const words: string[] = [];
    let letters = 0;
    let caps = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const c = caseOf(doc.tokens[i]!.text);
      if (c) letters++;
      if (c === 3) caps++;
    }
    const capsLine = letters >= 3 && caps / letters >= 0.8;
    let first = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i]!;
      words.push(t.lower);
      count.set(t.lower, (count.get(t.lower) ?? 0) + 1);
      const c = caseOf(t.text);
      if (c === 0) continue;
      if (!first && !capsLine) {
        if (c === 1) lowMid.set(t.lower, (lowMid.get(t.lower) ?? 0) + 1);
        else if (c === 2 || c === 4) capMid.set(t.lower, (capMid.get(t.lower) ?? 0) + 1);
      }
      first = false;
    }
    tokens += words.length;
    sentences.push(words);
  }
}
const vocab = [...count].filter(([w, c]) => c >= opts.minCount && /[\p{L}]/u.test(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
const wid = new Map(vocab.map((w, i) => [w, i]));
console.log(`${texts.length} texts, ${tokens} tokens, ${vocab.length} words seen ${opts.minCount}+ times`);

// 3. Context counts: left and right neighbours among the most frequent words.
const C = 1500;
const ctxOf = (w: string | undefined) => {
  if (w === undefined) return C; // sentence edge
  const i = count.has(w) ? (wid.get(w) ?? -1) : -1;
  return i >= 0 && i < C ? i : C + 1; // C + 1: any other word
};
const dimsPerSide = C + 2;
const ctx = vocab.map(() => new Map<number, number>());
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const id = wid.get(s[i]!);
    if (id === undefined) continue;
    const m = ctx[id]!;
    const l = ctxOf(s[i - 1]);
    const r = dimsPerSide + ctxOf(s[i + 1]);
    m.set(l, (m.get(l) ?? 0) + 1);
    m.set(r, (m.get(r) ?? 0) + 1);
  }
}
const colSum = new Float64Array(2 * dimsPerSide);
let total = 0;
for (const m of ctx) for (const [j, v] of m) { colSum[j]! += v; total += v; }

// 4. PPMI, seeded random projection, unit length.
const D = 96;
const random = rng(7);
const proj = Float64Array.from({ length: 2 * dimsPerSide * D }, () => (random() < 0.5 ? -1 : 1));
const vecs = ctx.map((m) => {
  let rowSum = 0;
  for (const v of m.values()) rowSum += v;
  const out = new Float64Array(D);
  for (const [j, v] of m) {
    const pmi = Math.log((v * total) / (rowSum * colSum[j]!));
    if (pmi <= 0) continue;
    for (let d = 0; d < D; d++) out[d]! += pmi * proj[j * D + d]!;
  }
  let norm = 0;
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) out[d]! /= norm;
  return out;
});

// 5. Spherical k-means, centres seeded with the most frequent words (deterministic).
function kmeans(points: Float64Array[], k: number, iterations: number, weights?: readonly number[]): Int32Array {
  k = Math.min(k, points.length);
  const centres = points.slice(0, k).map((p) => Float64Array.from(p));
  const assign = new Int32Array(points.length);
  for (let it = 0; it < iterations; it++) {
    for (let p = 0; p < points.length; p++) {
      const x = points[p]!;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const y = centres[c]!;
        let dot = 0;
        for (let d = 0; d < D; d++) dot += x[d]! * y[d]!;
        if (dot > best) { best = dot; arg = c; }
      }
      assign[p] = arg;
    }
    for (const c of centres) c.fill(0);
    for (let p = 0; p < points.length; p++) {
      const c = centres[assign[p]!]!;
      const wgt = weights ? weights[p]! : 1;
      for (let d = 0; d < D; d++) c[d]! += wgt * points[p]![d]!;
    }
    for (const c of centres) {
      let norm = 0;
      for (const x of c) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) c[d]! /= norm;
    }
  }
  return assign;
}
const fine = kmeans(vecs, 1024, 12);
const centroid = (assign: Int32Array, k: number, points: Float64Array[]) => {
  const cs = Array.from({ length: k }, () => new Float64Array(D));
  const sizes = new Array<number>(k).fill(0);
  points.forEach((p, i) => { sizes[assign[i]!]!++; for (let d = 0; d < D; d++) cs[assign[i]!]![d]! += p[d]!; });
  for (const c of cs) { let n = 0; for (const x of c) n += x * x; n = Math.sqrt(n) || 1; for (let d = 0; d < D; d++) c[d]! /= n; }
  return { cs, sizes };
};
const f = centroid(fine, 1024, vecs);
const mid = kmeans(f.cs, 256, 20, f.sizes);
const m = centroid(mid, 256, f.cs);
const coarse = kmeans(m.cs, 64, 20, m.sizes);

// 6. Write: word, cluster code (fine | mid << 10 | coarse << 18, plus one so that 0 means unknown), case profile.
const profile = (w: string) => {
  const cap = capMid.get(w) ?? 0;
  const low = lowMid.get(w) ?? 0;
  if (cap + low < 2) return 0;
  return 1 + Math.round((10 * cap) / (cap + low));
};
const lines = vocab.map((w, i) => {
  const code = 1 + fine[i]! + (mid[fine[i]!]! << 10) + (coarse[mid[fine[i]!]!]! << 18);
  return `${w}\t${code}\t${profile(w)}`;
}).sort();
writeFileSync(opts.out, [
  '# Generated by scripts/build-entities-clusters.ts from unlabelled local news text (see the script); do not edit.',
  '# word<TAB>cluster code (1 + fine + mid << 10 + coarse << 18)<TAB>case profile (0 unknown, 1 always lower .. 11 always capitalised mid-sentence)',
  ...lines, '',
].join('\n'));
console.log(`wrote ${opts.out}: ${lines.length} words`);
