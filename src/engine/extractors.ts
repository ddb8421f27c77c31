import type { AnyExtractor } from '../pipeline/extractor.js';
import { createEntityExtractor } from '../entities/extractor.js';
import type { Resources } from './resources.js';

/** The default extractors, each created with its resources. Order does not matter: the pipeline orders by requires/assigns. */
export function defaultExtractors(resources: Resources): AnyExtractor[] {
  return [
    createEntityExtractor(resources),
  ];
}
