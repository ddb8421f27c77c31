import { createActorExtractor } from '../actors/extract.js';
import { createEntityExtractor } from '../entities/extractor.js';
import { createEventExtractor } from '../events/extractor.js';
import { createFigureExtractor } from '../figures/extractor.js';
import type { AnyExtractor } from '../pipeline/extractor.js';
import { createPlaceExtractor } from '../places/extractor.js';
import { createQuoteExtractor } from '../quotes/extractor.js';
import { createTimeExtractor } from '../times/extractor.js';
import { createToneExtractor } from '../tone/extract.js';
import type { Resources } from './resources.js';

/** The default extractors, each created with its resources. Order does not matter: the pipeline orders by requires/assigns. */
export function defaultExtractors(resources: Resources): AnyExtractor[] {
  const extractors: AnyExtractor[] = [
    createEntityExtractor(resources),
    createActorExtractor(resources),
    createFigureExtractor(resources),
    createTimeExtractor(resources),
    createPlaceExtractor(resources),
    createToneExtractor(resources),
    createQuoteExtractor(resources),
  ];
  const assigned = (layer: string) => extractors.some((e) => (e.assigns as readonly string[]).includes(layer));
  // events require entities, actors, times, places and quotes: they join once all are in the list.
  if (['entities', 'actors', 'times', 'places', 'quotes'].every(assigned)) {
    extractors.push(createEventExtractor(resources));
  }
  return extractors;
}
