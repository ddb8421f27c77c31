import type { Diagnostic, Figure } from '../analysis/format.js';
import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import { readFigure } from './figure.js';
import { loadFigureLexicon } from './lexicon.js';
import { mayStartNumber } from './number.js';

/**
 * Figures: how many, how much. "over 1,200 arrests" -> 1200, ">", ARREST;
 * "$3.2 billion" -> MONEY USD; "between 10 and 20 km" -> [10, 20] km.
 * Years, dates, times of day and durations are left to the times extractor.
 */
export function createFigureExtractor(resources: Resources) {
  const lex = resources.get('figures/lexicon', loadFigureLexicon);
  return defineExtractor({
    name: 'figures',
    version: '1.0.0',
    requires: [],
    assigns: ['figures'],
    run(doc) {
      const figures: Figure[] = [];
      const diagnostics: Diagnostic[] = [];
      const toks = doc.tokens;
      for (const s of doc.sentences) {
        const bounds = { start: s.tokenStart, end: s.tokenEnd };
        let floor = s.tokenStart;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          if (!mayStartNumber(toks[i]!, lex)) continue;
          const read = readFigure(doc, bounds, i, floor, lex);
          if (!read) continue;
          if (read.figure) figures.push(read.figure);
          if (read.diagnostic) diagnostics.push(read.diagnostic);
          floor = read.end;
          i = read.end - 1;
        }
      }
      return { output: { figures }, diagnostics };
    },
  });
}
