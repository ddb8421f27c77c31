import type { Doc } from '../doc/types.js';
import type { Diagnostic, LayerName, Layers } from './layers.js';

/** What one extractor returns for one document: its layers and positioned diagnostics. */
export interface ExtractorResult<A extends LayerName> {
  readonly output: Pick<Layers, A>;
  readonly diagnostics?: readonly Diagnostic[];
}

/**
 * A pure function over the document and the layers it requires (style rules
 * 2 and 3). It is configured with its resources when created (lexicons,
 * models) and then only read: `run` must not keep state between calls.
 */
export interface Extractor<R extends LayerName = LayerName, A extends LayerName = LayerName> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly R[];
  readonly assigns: readonly A[];
  run(doc: Doc, input: Pick<Layers, R>): ExtractorResult<A>;
}

/** Helper that keeps the literal types of `requires`/`assigns` when defining an extractor. */
export function defineExtractor<R extends LayerName, A extends LayerName>(e: Extractor<R, A>): Extractor<R, A> {
  return Object.freeze(e);
}

// An extractor of any requires/assigns, as the pipeline holds them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExtractor = Extractor<any, any>;
