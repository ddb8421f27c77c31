import type { Doc } from '../doc/types.js';
import type { Tone } from '../analysis/format.js';
import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import { loadToneLexicon, type ToneLexicon } from './lexicon.js';

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nor']);

/**
 * GDELT-style tone: the share of positive and of negative words among all
 * words, in percent, and their difference. A polar word within three words
 * after a negator counts for the other side ("not good" is negative).
 */
export function measureTone(doc: Doc, lexicon: ToneLexicon): Tone {
  let words = 0;
  let pos = 0;
  let neg = 0;
  let negatedUntil = -1;
  for (const t of doc.tokens) {
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'SPACE') {
      negatedUntil = -1;
      continue;
    }
    words++;
    if (NEGATORS.has(t.lower)) {
      negatedUntil = t.i + 3;
      continue;
    }
    const p = lexicon.get(t.lower);
    if (p === undefined) continue;
    const sign = t.i <= negatedUntil ? -p : p;
    if (sign > 0) pos++;
    else neg++;
  }
  if (words === 0) return { score: 0, positive: 0, negative: 0 };
  const round = (x: number) => Math.round(x * 100) / 100;
  const positive = round((100 * pos) / words);
  const negative = round((100 * neg) / words);
  return { score: round(positive - negative), positive, negative };
}

export function createToneExtractor(resources: Resources) {
  const lexicon = resources.get('tone/lexicon', loadToneLexicon);
  return defineExtractor({
    name: 'tone',
    version: '1.0.0',
    requires: [],
    assigns: ['tone'],
    run(doc) {
      return { output: { tone: measureTone(doc, lexicon) } };
    },
  });
}
