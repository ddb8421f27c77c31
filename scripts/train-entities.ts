/**
 * Train the entity tagger on CoNLL-2003 train.txt and write data/entities/model.bin.gz.
 *
 *   npm run train:entities -- --data ../shared/data/conll2003 [--epochs N] [--seed N] [--out FILE]
 *
 * With valid.txt beside train.txt, prints exact-span F1 on it after each epoch
 * (valid.txt is never trained on). Same data and options give the same file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { DocumentBuilder } from '../src/doc/build.js';
import { parseConll } from '../src/entities/conll/read.js';
import { f1 } from '../src/entities/conll/score.js';
import { loadTokenLexicon } from '../src/entities/lexicon/load.js';
import { labelName, N_LABELS } from '../src/entities/tagger/labels.js';
import { TaggerModel, type ModelMeta } from '../src/entities/tagger/model.js';
import { labelDocuments } from '../src/entities/train/dataset.js';
import { evaluateTagger } from '../src/entities/train/evaluate.js';
import { trainPerceptron, type TrainedWeights } from '../src/entities/train/perceptron.js';

const opts = new Command()
  .name('npm run train:entities --')
  .option('--data <dir>', 'the CoNLL-2003 folder (train.txt, and valid.txt for scores)', '../shared/data/conll2003')
  .option('--lexicon <dir>', 'folder of the word lexicons (gazetteer, clusters)', 'data/entities')
  .option('--out <file>', 'model file to write', 'data/entities/model.bin.gz')
  .option('--epochs <n>', 'training epochs', (v) => Number(v), 12)
  .option('--seed <n>', 'shuffling seed', (v) => Number(v), 20240601)
  .option('--min-count <n>', 'drop features seen fewer times in training', (v) => Number(v), 1)
  .option('--no-dev', 'skip scoring on valid.txt after each epoch')
  .parse()
  .opts<{ data: string; lexicon: string; out: string; epochs: number; seed: number; minCount: number; dev: boolean }>();

const dataDir = resolve(opts.data);
const trainFile = join(dataDir, 'train.txt');
if (!existsSync(trainFile)) {
  console.error(`train:entities: ${trainFile} not found (pass --data DIR)`);
  process.exit(2);
}
const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(1);
const builder = new DocumentBuilder();
const lexicon = loadTokenLexicon(resolve(opts.lexicon));
const train = labelDocuments(parseConll(readFileSync(trainFile, 'utf8')), builder, 'train');
const validFile = join(dataDir, 'valid.txt');
const dev = opts.dev && existsSync(validFile) ? labelDocuments(parseConll(readFileSync(validFile, 'utf8')), builder, 'valid') : [];
const tokens = train.reduce((s, d) => s + d.doc.tokens.length, 0);
console.log(`train: ${train.length} documents, ${tokens} tokens (${train.reduce((s, d) => s + d.unreachable, 0)} gold entities cut by our tokens); ${secs()} s`);

const meta = (w: TrainedWeights, extra: Record<string, unknown> = {}): ModelMeta => ({
  format: 1,
  labels: Array.from({ length: N_LABELS }, (_, l) => labelName(l)),
  trainedBy: {
    script: 'scripts/train-entities.ts', data: 'conll2003/train.txt', epochs: opts.epochs, seed: opts.seed,
    minCount: opts.minCount, features: w.keys.length, ...extra,
  },
});
const devScore = (w: TrainedWeights) => {
  const model = new TaggerModel(meta(w), w.keys, w.weights, w.trans);
  return evaluateTagger(model, lexicon, dev);
};
const weights = trainPerceptron(train, lexicon, {
  epochs: opts.epochs,
  seed: opts.seed,
  minCount: opts.minCount,
  onEpoch: (epoch, w) => {
    if (!dev.length) { console.log(`epoch ${epoch}: ${secs()} s`); return; }
    const r = devScore(w);
    console.log(`epoch ${epoch}: valid F1 ${(100 * f1(r.counts.get('')!).f1).toFixed(2)}; ${secs()} s`);
  },
});
const file = TaggerModel.encode(meta(weights), weights.keys, weights.weights, weights.trans);
writeFileSync(opts.out, file);
console.log(`wrote ${opts.out}: ${(file.length / 1e6).toFixed(2)} MB, ${weights.keys.length} features trained; ${secs()} s`);
if (dev.length) {
  const r = evaluateTagger(TaggerModel.decode(file), lexicon, dev);
  for (const [k, c] of [...r.counts].sort()) {
    const s = f1(c);
    console.log(`valid ${k || 'ALL'}: P ${(100 * s.p).toFixed(2)} R ${(100 * s.r).toFixed(2)} F1 ${(100 * s.f1).toFixed(2)}`);
  }
  console.log(`tagger alone: ${Math.round(r.tokens / (r.ms / 1000))} tokens/s`);
}
