import { createActorExtractor } from '../actors/extract.js';
import { createFigureExtractor } from '../figures/extractor.js';
import type { AnyExtractor } from '../pipeline/extractor.js';
import { createTimeExtractor } from '../times/extractor.js';
import { createToneExtractor } from '../tone/extract.js';
import type { Resources } from './resources.js';

/** The default extractors, each created with its resources. Order does not matter: the pipeline orders by requires/assigns. */
export function defaultExtractors(resources: Resources): AnyExtractor[] {
  const extractors: AnyExtractor[] = [
    createFigureExtractor(resources),
    createTimeExtractor(resources),
    createToneExtractor(resources),
  ];
  // actors requires the entities layer: it joins as soon as an entity extractor is in the list
  // (then this guard can go, and the line becomes a plain entry above).
  if (extractors.some((e) => (e.assigns as readonly string[]).includes('entities'))) {
    extractors.push(createActorExtractor(resources));
  }
  return extractors;
}
