import { createFigureExtractor } from '../figures/extractor.js';
import type { AnyExtractor } from '../pipeline/extractor.js';
import { createPlaceExtractor } from '../places/extractor.js';
import { createToneExtractor } from '../tone/extract.js';
import type { Resources } from './resources.js';

/** The default extractors, each created with its resources. Order does not matter: the pipeline orders by requires/assigns. */
export function defaultExtractors(resources: Resources): AnyExtractor[] {
  const list: AnyExtractor[] = [
    createFigureExtractor(resources),
    createToneExtractor(resources),
  ];
  // Places read the entities layer: registered once an entity extractor is (until then the engine runs without places).
  if (list.some((e) => (e.assigns as readonly string[]).includes('entities'))) list.push(createPlaceExtractor(resources));
  return list;
}
