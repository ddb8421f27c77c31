import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public exports', () => {
  it('are exactly these (change on purpose, with the README)', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ACLED_TYPES",
        "ACTOR_KINDS",
        "APPROX",
        "Analysis",
        "ENTITY_TYPES",
        "EVENT_CATEGORIES",
        "FEATURE_TYPES",
        "FIGURE_CATEGORIES",
        "FORMAT_VERSION",
        "InputError",
        "NewsgraphError",
        "PLOVER_TYPES",
        "PipelineError",
        "QUOTE_KINDS",
        "StoreError",
        "TIME_TYPES",
        "UsageError",
        "createEngine",
        "defineExtractor",
        "errorCode",
        "extractHtml",
        "parseJsonLine",
        "readArticleFile",
        "validateAnalysis",
      ]
    `);
  });
});
