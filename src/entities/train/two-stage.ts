import { documentFeatures } from '../tagger/document-features.js';
import { extractFeatures, type DocFeatures } from '../tagger/features.js';
import type { TokenLexicon } from '../tagger/lexicon.js';
import { TaggerModel, type ModelMeta } from '../tagger/model.js';
import { Tagger } from '../tagger/tagger.js';
import type { LabelledDoc } from './dataset.js';
import { trainPerceptron, type TrainedWeights } from './perceptron.js';

export interface TwoStageOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  /** Folds for the first stage's held-out labels on the training documents (0: one stage only). */
  readonly folds: number;
  readonly vocabulary: readonly string[];
  readonly meta: (stage: string, w: TrainedWeights) => ModelMeta;
  readonly log: (message: string) => void;
  readonly onEpoch?: (stage: string, epoch: number, model: TaggerModel) => void;
}

/**
 * Train both stages. The second stage learns from document-level features of
 * first-stage labels only (a light corrector, cheap to run); on the training documents those labels come from
 * first-stage models trained on the other folds (jackknifing), so that they
 * are as wrong as the first stage is on unseen text.
 */
export function trainTwoStage(train: readonly LabelledDoc[], lexicon: TokenLexicon, opts: TwoStageOptions): {
  stage1: TaggerModel; stage2: TaggerModel | null;
} {
  const full = train.map((d) => extractFeatures(d.doc, lexicon, true));
  const model = (stage: string, w: TrainedWeights) => new TaggerModel(opts.meta(stage, w), w.keys, w.weights, w.trans, opts.vocabulary);
  const train1 = (docs: number[], seed: number, report: boolean) => trainPerceptron(
    docs.map((k) => ({ feats: full[k]!, labels: train[k]!.labels })),
    {
      epochs: opts.epochs, seed, minCount: opts.minCount,
      ...(report && opts.onEpoch ? { onEpoch: (e: number, w: TrainedWeights) => opts.onEpoch!('stage1', e, model('stage1', w)) } : {}),
    },
  );
  const all = train.map((_, k) => k);
  const stage1 = model('stage1', train1(all, opts.seed, true));
  opts.log(`stage 1: ${stage1.keys.length} features`);
  if (opts.folds < 2) return { stage1, stage2: null };

  const context = train.map((d) => extractFeatures(d.doc, lexicon, false));
  const heldOut: { labels: Uint8Array; margins: Float32Array }[] = new Array(train.length);
  for (let fold = 0; fold < opts.folds; fold++) {
    const w = train1(all.filter((k) => k % opts.folds !== fold), opts.seed + 1 + fold, false);
    const tagger = new Tagger(new TaggerModel(opts.meta('fold', w), w.keys, w.weights, w.trans), null, lexicon);
    for (const k of all) if (k % opts.folds === fold) heldOut[k] = tagger.firstStage(train[k]!.doc);
    opts.log(`fold ${fold + 1}/${opts.folds} labelled`);
  }
  const second: DocFeatures[] = train.map((d, k) => documentFeatures(d.doc, context[k]!, heldOut[k]!.labels, heldOut[k]!.margins));
  const w2 = trainPerceptron(second.map((feats, k) => ({ feats, labels: train[k]!.labels })), {
    epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount,
    ...(opts.onEpoch ? { onEpoch: (e: number, w: TrainedWeights) => opts.onEpoch!('stage2', e, model('stage2', w)) } : {}),
  });
  const stage2 = model('stage2', w2);
  opts.log(`stage 2: ${stage2.keys.length} features`);
  return { stage1, stage2 };
}
