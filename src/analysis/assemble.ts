import type { Doc } from '../doc/types.js';
import type { PipelineRun } from '../pipeline/pipeline.js';
import { FORMAT_VERSION, type AnalysisJSON, type Entity } from './format.js';

const NO_TONE = { score: 0, positive: 0, negative: 0 } as const;

/** Join the document and the pipeline's layers into the analysis format. The only place results are assembled. */
export function assemble(doc: Doc, run: PipelineRun, versions: Readonly<Record<string, string>>): AnalysisJSON {
  const L = run.layers;
  const links = L.actors?.entityActors ?? [];
  const entities: Entity[] = (L.entities ?? []).map((e, i) => ({ ...e, actor: links[i] ?? null }));
  const diagnostics = [...run.diagnostics].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: AnalysisJSON = {
    id: doc.id,
    publishedAt: doc.publishedAt,
    language: doc.language,
    ...(doc.title !== null ? { title: doc.title } : {}),
    ...(doc.url !== null ? { url: doc.url } : {}),
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities,
    actors: L.actors?.actors ?? [],
    quotes: L.quotes ?? [],
    figures: L.figures ?? [],
    times: L.times ?? [],
    places: L.places ?? [],
    events: L.events ?? [],
    tone: L.tone ?? NO_TONE,
    diagnostics,
    versions,
    formatVersion: FORMAT_VERSION,
  };
  return deepFreeze(out);
}

/** Freeze an analysis and everything in it (plain objects and arrays), skipping what is frozen already. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Indexed and keyed loops rather than Object.values: no array is made per object.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      const o = value as Record<string, unknown>;
      for (const k in o) deepFreeze(o[k]);
    }
  }
  return value;
}
