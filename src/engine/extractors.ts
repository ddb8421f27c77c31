import { createFigureExtractor } from '../figures/extractor.js';
import type { AnyExtractor } from '../pipeline/extractor.js';
import { createToneExtractor } from '../tone/extract.js';
import type { Resources } from './resources.js';

/** The default extractors, each created with its resources. Order does not matter: the pipeline orders by requires/assigns. */
export function defaultExtractors(resources: Resources): AnyExtractor[] {
  return [
    createFigureExtractor(resources),
    createToneExtractor(resources),
  ];
}
