import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import { extractEvents } from './extract.js';
import { getEventLexicon } from './lexicon.js';
import { loadToneLexicon } from '../tone/lexicon.js';

/**
 * Event coding: PLOVER type and mode, CAMEO code, quad class, Goldstein,
 * ACLED type, actor -> target, date, place and modality, from the verb and
 * noun lexicon of data/events/.
 */
export function createEventExtractor(resources: Resources) {
  const lex = getEventLexicon(resources);
  const tone = resources.get('tone/lexicon', loadToneLexicon);
  return defineExtractor({
    name: 'events',
    version: '1.2.0',
    requires: ['entities', 'actors', 'times', 'places', 'quotes'],
    assigns: ['events'],
    run(doc, input) {
      return { output: { events: extractEvents(doc, input, lex, tone) } };
    },
  });
}
