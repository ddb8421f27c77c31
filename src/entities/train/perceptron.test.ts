import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../doc/build.js';
import { parseConll } from '../conll/read.js';
import { f1 } from '../conll/score.js';
import { encodeEntityModel, decodeEntityModel } from '../tagger/bundle.js';
import { labelName, N_LABELS } from '../tagger/labels.js';
import { EMPTY_LEXICON } from '../tagger/lexicon.js';
import { Tagger } from '../tagger/tagger.js';
import { labelDocuments } from './dataset.js';
import { evaluateTagger } from './evaluate.js';
import { trainTwoStage } from './two-stage.js';

// A toy corpus written for the test: invented people (PER) go to invented towns (LOC) or join firms (ORG).
const people = ['Arlo Venn', 'Mira Tosk', 'Bela Quon', 'Oskar Dray', 'Ines Marl', 'Tavi Roon'];
const towns = ['Pellow', 'Karsk', 'Umbridge', 'Felto', 'Dunmarsh', 'Lisk'];
const firms = ['Norvane Group', 'Tessary Ltd', 'Quill Bank'];
const conll = () => {
  const lines: string[] = [];
  for (let d = 0; d < 12; d++) {
    lines.push('-DOCSTART- -X- -X- O', '');
    for (let s = 0; s < 4; s++) {
      const p = people[(d + s) % people.length]!.split(' ');
      const t = towns[(d * 3 + s) % towns.length]!;
      const f = firms[(d + 2 * s) % firms.length]!.split(' ');
      lines.push(`${p[0]} X X B-PER`, `${p[1]} X X I-PER`, 'travelled X X O', 'to X X O', `${t} X X B-LOC`, 'and X X O', 'joined X X O',
        `${f[0]} X X B-ORG`, `${f[1]} X X I-ORG`, '. X X O', '');
    }
  }
  return lines.join('\n');
};

describe('two-stage perceptron training', () => {
  const builder = new DocumentBuilder();
  const docs = labelDocuments(parseConll(conll()), builder, 'toy');
  const train = () => trainTwoStage(docs, EMPTY_LEXICON, {
    epochs: 3, seed: 7, minCount: 1, folds: 2, vocabulary: ['travelled', 'to', 'and', 'joined'],
    meta: (stage, w) => ({ format: 1, labels: Array.from({ length: N_LABELS }, (_, l) => labelName(l)), trainedBy: { stage, features: w.keys.length } }),
    log: () => {},
  });

  it('gives the same model file for the same data and seed', () => {
    expect(encodeEntityModel(train()).equals(encodeEntityModel(train()))).toBe(true);
  });

  it('learns the toy corpus, and the model file reads back to the same tagger', () => {
    const file = encodeEntityModel(train());
    const m = decodeEntityModel(file);
    expect(m.stage2).not.toBeNull();
    const r = evaluateTagger(new Tagger(m.stage1, m.stage2, EMPTY_LEXICON), docs);
    expect(f1(r.counts.get('')!).f1).toBeGreaterThan(0.95);
    // A sentence of the same pattern with names it has not seen.
    const doc = builder.build({ id: 'new', text: 'Zeno Harp travelled to Brill and joined Corvex Group.' });
    const spans = new Tagger(m.stage1, m.stage2, EMPTY_LEXICON).tag(doc).map((s) => doc.text.slice(doc.tokens[s.start]!.start, doc.tokens[s.end - 1]!.end));
    expect(spans).toContain('Zeno Harp');
  });
});
