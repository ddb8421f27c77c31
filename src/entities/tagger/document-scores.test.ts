import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../doc/build.js';
import { DEFAULT_DATA_DIR } from '../../engine/resources.js';
import { loadTokenLexicon } from '../lexicon/load.js';
import { decodeEntityModel } from './bundle.js';
import { documentFeatures, labelCounts } from './document-features.js';
import { DocumentScores } from './document-scores.js';
import { extractFeatures } from './features.js';
import { N_LABELS } from './labels.js';
import { Tagger } from './tagger.js';
import { WeightTable } from './weights.js';

const L = N_LABELS;
const lexicon = loadTokenLexicon(`${DEFAULT_DATA_DIR}entities`);
const model = decodeEntityModel(readFileSync(`${DEFAULT_DATA_DIR}entities/model.bin`));
const tagger = new Tagger(model.stage1, null, lexicon);
const weights = new WeightTable(model.stage2!);
const scores = new DocumentScores(weights);
const builder = new DocumentBuilder();

// Texts written for this test: names repeated in the document, with and without their first names,
// in different roles, so that the votes of other occurrences vary.
const texts = [
  'Marta Kowalczyk won the vote. Kowalczyk thanked Gdansk voters, and Kowalczyk Holdings shares rose in Gdansk.',
  'Orvell beat Lindqvist 6-3 6-2. ORVELL: "Lindqvist played well." Orvell meets Tanaka next; Tanaka Motors sponsors the event.',
  'Brazil and Argentina drew 1-1 in Brazil. Argentina coach Ramon Diaz said Brazil deserved to win.',
];

describe('DocumentScores', () => {
  it.each(texts)('adds what the document feature hashes of each token weigh: %s', (text) => {
    const doc = builder.build({ id: 't', text });
    const base = extractFeatures(doc, lexicon, false);
    const first = tagger.firstStage(doc);
    const feats = documentFeatures(doc, base, first.labels, first.margins);
    const counts = labelCounts((i) => doc.tokens[i]!.lower, (i) => base.atoms[i]!.wcase, doc.tokens.length, first.labels);
    let voted = 0;
    for (const u of feats.units) {
      for (let i = u.start; i < u.end; i++) {
        const want = new Float64Array(L);
        for (let k = feats.offsets[i]!; k < feats.offsets[i + 1]!; k++) weights.add(feats.hashes[k]!, want, 0);
        const got = new Float64Array(L);
        const a = base.atoms[i]!;
        const c = a.wcase >= 2 ? counts.get(a.lower) : undefined;
        if (c) voted++;
        const prev = i > u.start ? first.labels[i - 1]! : L;
        const next = i + 1 < u.end ? first.labels[i + 1]! : L;
        scores.add(a, first.labels[i]!, prev, next, first.margins[i]!, c, got, 0);
        for (let l = 0; l < L; l++) expect(got[l]).toBeCloseTo(want[l]!, 6);
      }
    }
    expect(voted).toBeGreaterThan(3);
  });
});
