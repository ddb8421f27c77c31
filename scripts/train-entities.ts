/**
 * Train the entity tagger on CoNLL-2003 train.txt and write data/entities/model.bin.
 *
 *   npm run train:entities -- --data ../shared/data/conll2003 [--epochs N] [--folds N] [--seed N] [--out FILE]
 *
 * The lexicons it reads (data/entities/gazetteer.tsv, clusters.tsv) must be
 * built first. With valid.txt beside train.txt, prints exact-span F1 on it
 * (valid.txt is never trained on). Same data and options give the same file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { DocumentBuilder } from '../src/doc/build.js';
import { parseConll } from '../src/entities/conll/read.js';
import { f1 } from '../src/entities/conll/score.js';
import { loadTokenLexicon } from '../src/entities/lexicon/load.js';
import { decodeEntityModel, encodeEntityModel } from '../src/entities/tagger/bundle.js';
import { labelName, N_LABELS } from '../src/entities/tagger/labels.js';
import type { ModelMeta, TaggerModel } from '../src/entities/tagger/model.js';
import { labelDocuments } from '../src/entities/train/dataset.js';
import { evaluateTagger } from '../src/entities/train/evaluate.js';
import { Tagger } from '../src/entities/tagger/tagger.js';
import type { TrainedWeights } from '../src/entities/train/perceptron.js';
import { trainTwoStage } from '../src/entities/train/two-stage.js';

const opts = new Command()
  .name('npm run train:entities --')
  .option('--data <dir>', 'the CoNLL-2003 folder (train.txt, and valid.txt for scores)', '../shared/data/conll2003')
  .option('--lexicon <dir>', 'folder of the word lexicons (gazetteer, clusters)', 'data/entities')
  .option('--out <file>', 'model file to write', 'data/entities/model.bin')
  .option('--epochs <n>', 'training epochs of each model', (v) => Number(v), 10)
  .option('--folds <n>', 'folds for the second stage (0: one stage only)', (v) => Number(v), 5)
  .option('--seed <n>', 'shuffling seed', (v) => Number(v), 20240601)
  .option('--min-count <n>', 'drop features seen fewer times in training', (v) => Number(v), 1)
  .option('--vocabulary-count <n>', 'least occurrences of a training word to have its weights summed at load', (v) => Number(v), 2)
  .option('--dev-every-epoch', 'score on valid.txt after every epoch (slower)', false)
  .parse()
  .opts<{
    data: string; lexicon: string; out: string; epochs: number; folds: number; seed: number; minCount: number;
    vocabularyCount: number; devEveryEpoch: boolean;
  }>();

const dataDir = resolve(opts.data);
const trainFile = join(dataDir, 'train.txt');
if (!existsSync(trainFile)) {
  console.error(`train:entities: ${trainFile} not found (pass --data DIR)`);
  process.exit(2);
}
const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(1);
const log = (m: string) => console.log(`${m}; ${secs()} s`);
const builder = new DocumentBuilder();
const lexicon = loadTokenLexicon(resolve(opts.lexicon));
const train = labelDocuments(parseConll(readFileSync(trainFile, 'utf8')), builder, 'train');
const validFile = join(dataDir, 'valid.txt');
const dev = existsSync(validFile) ? labelDocuments(parseConll(readFileSync(validFile, 'utf8')), builder, 'valid') : [];
const tokens = train.reduce((s, d) => s + d.doc.tokens.length, 0);
log(`train: ${train.length} documents, ${tokens} tokens (${train.reduce((s, d) => s + d.unreachable, 0)} gold entities cut by our tokens)`);

// Frequent words of the training text: the tagger sums their word feature weights once, when loaded.
const wordCount = new Map<string, number>();
for (const d of train) for (const t of d.doc.tokens) wordCount.set(t.text, (wordCount.get(t.text) ?? 0) + 1);
const vocabulary = [...wordCount].filter(([, c]) => c >= opts.vocabularyCount).map(([w]) => w).sort();

const meta = (stage: string, w: TrainedWeights): ModelMeta => ({
  format: 1,
  labels: Array.from({ length: N_LABELS }, (_, l) => labelName(l)),
  trainedBy: {
    script: 'scripts/train-entities.ts', data: 'conll2003/train.txt', stage, epochs: opts.epochs, folds: opts.folds,
    seed: opts.seed, minCount: opts.minCount, features: w.keys.length,
  },
});
const { stage1, stage2 } = trainTwoStage(train, lexicon, {
  epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount, folds: opts.folds, vocabulary, meta, log,
  ...(opts.devEveryEpoch && dev.length ? {
    onEpoch: (stage: string, epoch: number, model: TaggerModel) => {
      if (stage !== 'stage1') return;
      const r = evaluateTagger(new Tagger(model, null, lexicon), dev);
      log(`${stage} epoch ${epoch}: valid F1 ${(100 * f1(r.counts.get('')!).f1).toFixed(2)}`);
    },
  } : {}),
});
const file = encodeEntityModel({ stage1, stage2 });
writeFileSync(opts.out, file);
log(`wrote ${opts.out}: ${(file.length / 1e6).toFixed(2)} MB`);
if (dev.length) {
  const m = decodeEntityModel(file);
  const runs: [string, ReturnType<typeof evaluateTagger>][] = [['stage 1', evaluateTagger(new Tagger(m.stage1, null, lexicon), dev)]];
  if (m.stage2) runs.push(['stages 1+2', evaluateTagger(new Tagger(m.stage1, m.stage2, lexicon), dev)]);
  for (const [name, r] of runs) {
    for (const [k, c] of [...r.counts].sort()) {
      const s = f1(c);
      console.log(`valid ${name} ${k || 'ALL'}: P ${(100 * s.p).toFixed(2)} R ${(100 * s.r).toFixed(2)} F1 ${(100 * s.f1).toFixed(2)}`);
    }
    console.log(`${name}: ${Math.round(r.tokens / (r.ms / 1000))} tokens/s`);
  }
}
