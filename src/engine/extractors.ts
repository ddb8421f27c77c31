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
  return [
    createEntityExtractor(resources),
    createActorExtractor(resources),
    createFigureExtractor(resources),
    createTimeExtractor(resources),
    createPlaceExtractor(resources),
    createQuoteExtractor(resources),
    createEventExtractor(resources),
    createToneExtractor(resources),
  ];
}
