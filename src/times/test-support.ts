/** Helpers for the times tests: one document builder and one extractor, shared by the test files. */
import type { TimeExpr } from '../analysis/format.js';
import { DocumentBuilder } from '../doc/build.js';
import type { Doc } from '../doc/types.js';
import { Resources } from '../engine/resources.js';
import type { Diagnostic } from '../pipeline/layers.js';
import { createTimeExtractor } from './extractor.js';

let builder: DocumentBuilder | null = null;
let extractor: ReturnType<typeof createTimeExtractor> | null = null;

export function buildDoc(text: string, publishedAt: string | null): Doc {
  builder ??= new DocumentBuilder();
  return builder.build({ id: 'test', text, publishedAt });
}

export function extractTimes(text: string, publishedAt: string | null): { doc: Doc; times: readonly TimeExpr[]; diagnostics: readonly Diagnostic[] } {
  extractor ??= createTimeExtractor(new Resources());
  const doc = buildDoc(text, publishedAt);
  const r = extractor.run(doc, {});
  return { doc, times: r.output.times, diagnostics: r.diagnostics ?? [] };
}

/** "text|TYPE|value" for each time, for compact table expectations. */
export const brief = (times: readonly TimeExpr[]): string[] => times.map((t) => `${t.text}|${t.type}|${t.value}`);
