import type { Doc } from '../../doc/types.js';
import type { DocumentBuilder } from '../../doc/build.js';
import type { ConllDocument } from '../conll/read.js';
import { rebuildText, type CharEntity } from '../conll/rebuild.js';
import { TAG_TYPES, spansToLabels, type LabelSpan } from '../tagger/labels.js';

/** One CoNLL document as the engine sees it: rebuilt text, our tokens, and gold labels projected onto them. */
export interface LabelledDoc {
  readonly doc: Doc;
  readonly gold: readonly CharEntity[];
  /** Gold BILOU label per token of `doc`. */
  readonly labels: Uint8Array;
  /** Gold entities whose boundaries fall inside one of our tokens (they cannot be found exactly). */
  readonly unreachable: number;
}

/** Token spans of character entities: an entity maps to the tokens it covers when it starts and ends at token edges. */
export function projectEntities(doc: Doc, entities: readonly CharEntity[]): { spans: LabelSpan[]; unreachable: number } {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  doc.tokens.forEach((t, i) => { byStart.set(t.start, i); byEnd.set(t.end, i); });
  const spans: LabelSpan[] = [];
  let unreachable = 0;
  for (const e of entities) {
    const a = byStart.get(e.start);
    const b = byEnd.get(e.end);
    if (a === undefined || b === undefined || b < a) { unreachable++; continue; }
    spans.push({ type: TAG_TYPES.indexOf(e.type), start: a, end: b + 1 });
  }
  return { spans, unreachable };
}

export function labelDocuments(docs: readonly ConllDocument[], builder: DocumentBuilder, prefix: string): LabelledDoc[] {
  return docs.map((d, k) => {
    const r = rebuildText(d);
    const doc = builder.build({ id: `${prefix}-${k}`, text: r.text });
    const { spans, unreachable } = projectEntities(doc, r.entities);
    return { doc, gold: r.entities, labels: spansToLabels(doc.tokens.length, spans), unreachable };
  });
}
