import type { ConllType } from './read.js';

/** Exact-span counts, conlleval-style: an entity counts only if both its boundaries and its type match. */
export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface TypedSpan {
  readonly type: ConllType;
  readonly start: number;
  readonly end: number;
}

/** Add the comparison of one document's predicted and gold spans to per-type counts (key '' is the overall count). */
export function countSpans(gold: readonly TypedSpan[], predicted: readonly TypedSpan[], into: Map<string, SpanCounts>): void {
  const get = (k: string) => {
    let c = into.get(k);
    if (!c) into.set(k, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  for (const s of predicted) {
    const hit = goldKeys.has(key(s));
    get('').tp += hit ? 1 : 0; get('').fp += hit ? 0 : 1;
    get(s.type).tp += hit ? 1 : 0; get(s.type).fp += hit ? 0 : 1;
  }
  for (const s of gold) {
    if (predKeys.has(key(s))) continue;
    get('').fn++;
    get(s.type).fn++;
  }
}

export function f1(c: SpanCounts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
