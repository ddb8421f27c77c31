import type { Doc } from '../doc/types.js';
import { PipelineError } from '../errors.js';
import type { AnyExtractor } from './extractor.js';
import type { Diagnostic, LayerName, Layers } from './layers.js';

export interface PipelineRun {
  readonly layers: Partial<Layers>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * An ordered, checked list of extractors. The graph is checked once, when
 * the pipeline is built: every required layer is assigned by an earlier
 * extractor, no layer is assigned twice, names are unique.
 */
export class Pipeline {
  readonly extractors: readonly AnyExtractor[];
  readonly versions: Readonly<Record<string, string>>;
  readonly assigned: ReadonlySet<LayerName>;

  constructor(extractors: readonly AnyExtractor[]) {
    const ordered = order(extractors);
    this.extractors = Object.freeze(ordered);
    this.versions = Object.freeze(Object.fromEntries(ordered.map((e) => [e.name, e.version])));
    this.assigned = new Set(ordered.flatMap((e) => e.assigns as LayerName[]));
    Object.freeze(this);
  }

  run(doc: Doc): PipelineRun {
    const layers: Partial<Record<LayerName, unknown>> = {};
    const diagnostics: Diagnostic[] = [];
    for (const ex of this.extractors) {
      const result = ex.run(doc, layers as never);
      for (const name of ex.assigns as LayerName[]) {
        const value = (result.output as Record<string, unknown>)[name];
        if (value === undefined) {
          throw new PipelineError(`extractor "${ex.name}" did not assign its layer "${name}"`);
        }
        layers[name] = value;
      }
      if (result.diagnostics) diagnostics.push(...result.diagnostics);
    }
    return { layers: layers as Partial<Layers>, diagnostics };
  }
}

/** Order extractors so that each runs after the extractors assigning what it requires (stable otherwise). */
function order(extractors: readonly AnyExtractor[]): AnyExtractor[] {
  const byLayer = new Map<LayerName, AnyExtractor>();
  const names = new Set<string>();
  for (const ex of extractors) {
    if (names.has(ex.name)) throw new PipelineError(`two extractors are named "${ex.name}"`);
    names.add(ex.name);
    if (!/^\d+\.\d+\.\d+$/.test(ex.version)) {
      throw new PipelineError(`extractor "${ex.name}" has version "${ex.version}", expected MAJOR.MINOR.PATCH`);
    }
    for (const layer of ex.assigns as LayerName[]) {
      const other = byLayer.get(layer);
      if (other) throw new PipelineError(`layer "${layer}" is assigned by both "${other.name}" and "${ex.name}"`);
      byLayer.set(layer, ex);
    }
  }
  for (const ex of extractors) {
    for (const layer of ex.requires as LayerName[]) {
      if (!byLayer.has(layer)) {
        throw new PipelineError(`extractor "${ex.name}" requires layer "${layer}", which no extractor assigns`);
      }
    }
  }
  const out: AnyExtractor[] = [];
  const state = new Map<AnyExtractor, 'visiting' | 'done'>();
  const visit = (ex: AnyExtractor, path: string[]) => {
    const s = state.get(ex);
    if (s === 'done') return;
    if (s === 'visiting') throw new PipelineError(`extractors depend on each other in a cycle: ${[...path, ex.name].join(' -> ')}`);
    state.set(ex, 'visiting');
    for (const layer of ex.requires as LayerName[]) visit(byLayer.get(layer)!, [...path, ex.name]);
    state.set(ex, 'done');
    out.push(ex);
  };
  for (const ex of extractors) visit(ex, []);
  return out;
}
