/** newsgraph's public library API. Locked by index.test.ts: change it on purpose. */
export { createEngine } from './engine/engine.js';
export type { Engine, EngineOptions } from './engine/engine.js';
export { Analysis } from './analysis/analysis.js';
export { validateAnalysis } from './analysis/validate.js';
export type { ArticleInput } from './input/article.js';
export { readArticleFile, parseJsonLine } from './input/read.js';
export type { InputRecord } from './input/read.js';
export { extractHtml } from './input/html.js';
export {
  NewsgraphError, InputError, UsageError, PipelineError, StoreError, errorCode,
} from './errors.js';
export type { ErrorCode } from './errors.js';
export * from './analysis/format.js';
export { defineExtractor } from './pipeline/extractor.js';
export type { Extractor, ExtractorResult } from './pipeline/extractor.js';
export type { Layers, LayerName, EntityMention, ActorsLayer } from './pipeline/layers.js';
export type { Doc, Token, Sentence, Paragraph } from './doc/types.js';
