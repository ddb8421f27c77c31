import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Place } from '../analysis/format.js';
import { createEngine } from '../engine/engine.js';
import { defineExtractor } from '../pipeline/extractor.js';
import { createPlaceExtractor } from './extractor.js';

const EXAMPLE = fileURLToPath(new URL('../../../shared/examples/mobilization.txt', import.meta.url));
const present = existsSync(EXAMPLE);
if (!present) console.warn(`skipping the mobilization place checklist: ${EXAMPLE} is absent`);

/** The default engine's places; while no entity tagger is registered, the places extractor over an empty entities layer. */
function analysePlaces(text: string): readonly Place[] {
  const engine = createEngine();
  if ('places' in engine.versions) return engine.analyze({ id: 'mobilization', text, publishedAt: '2022-09-22' }).places();
  const noEntities = defineExtractor({
    name: 'no-entities', version: '0.0.0', requires: [], assigns: ['entities'], run: () => ({ output: { entities: [] } }),
  });
  return createEngine({ extractors: (r) => [noEntities, createPlaceExtractor(r)] })
    .analyze({ id: 'mobilization', text, publishedAt: '2022-09-22' }).places();
}

describe.skipIf(!present)('mobilization.expected.md, place lines', () => {
  const places = present ? analysePlaces(readFileSync(EXAMPLE, 'utf8')) : [];
  const named = (text: string) => places.filter((p) => p.text === text);

  it.each([
    ['Ukraine', 'UKR'],
    ['Russia', 'RUS'],
    ['United States', 'USA'],
  ])('%s is the country %s', (text, alpha3) => {
    expect(named(text).length).toBeGreaterThan(0);
    for (const p of named(text)) expect(p).toMatchObject({ country: alpha3, featureType: 'country' });
  });

  it('places "Isakiivskiy Cathedral" in Saint Petersburg or at least Russia', () => {
    const [cathedral] = named('Isakiivskiy Cathedral');
    expect(cathedral).toBeDefined();
    expect(cathedral!.country).toBe('RUS');
    expect(cathedral!.lat).not.toBeNull();
    expect(['landmark', 'city']).toContain(cathedral!.featureType);
  });

  it('finds no place in "World War II", "Wednesday", "February" or "Western backers"', () => {
    for (const p of places) expect(['II', 'World War II', 'Wednesday', 'February', 'Western']).not.toContain(p.text);
  });
});
