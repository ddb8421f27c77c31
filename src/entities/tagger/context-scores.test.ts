import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../doc/build.js';
import { DEFAULT_DATA_DIR } from '../../engine/resources.js';
import { loadTokenLexicon } from '../lexicon/load.js';
import { decodeEntityModel } from './bundle.js';
import { ContextScores } from './context-scores.js';
import { extractFeatures } from './features.js';
import { N_LABELS } from './labels.js';
import { tokenContext } from './token-context.js';
import { WeightTable } from './weights.js';

const L = N_LABELS;
const lexicon = loadTokenLexicon(`${DEFAULT_DATA_DIR}entities`);
const weights = new WeightTable(decodeEntityModel(readFileSync(`${DEFAULT_DATA_DIR}entities/model.bin`)).stage1);
const scores = new ContextScores(weights);
const builder = new DocumentBuilder();

// Texts written for this test: headlines in capitals, datelines, gazetteer names, glued tokens,
// sentence-initial words, a word both capitalised and in lower case, odd tokens.
const texts = [
  'KENYA AND UGANDA SIGN RAIL DEAL\nNAIROBI (Reuters) - Kenya and Uganda signed a rail agreement on Monday in Nairobi.',
  "The New York Times said Jean-Pierre Dumas, a U.S.-based analyst, met Putin's envoy at the Red Cross office.",
  'Banks raised rates. The Bank of England kept its rate at 5.25%, while the bank in Lagos did not.',
  'iPhone sales fell 12 % in Q3 -- McDonald’s and eBay shares rose; “Yes,” said Mr. O’Neill.',
  'protesters gathered outside the town hall in the rain until late at night.',
];

describe('ContextScores', () => {
  it.each(texts)('adds what the context feature hashes of each token weigh: %s', (text) => {
    const doc = builder.build({ id: 't', text });
    const feats = extractFeatures(doc, lexicon, false);
    const ctx = tokenContext(doc, lexicon, feats.atoms);
    expect(feats.units.length).toBeGreaterThan(0);
    for (const u of feats.units) {
      for (let i = u.start; i < u.end; i++) {
        const want = new Float64Array(L);
        for (let k = feats.offsets[i]!; k < feats.offsets[i + 1]!; k++) weights.add(feats.hashes[k]!, want, 0);
        const got = new Float64Array(L);
        scores.add(ctx, doc.tokens, u.start, u.end, i, got, 0);
        for (let l = 0; l < L; l++) expect(got[l]).toBeCloseTo(want[l]!, 6);
        expect(want.some((v) => v !== 0)).toBe(true);
      }
    }
  });
});
