/**
 * The date that governs an event: the nearest date or time expression in the
 * event's clause, else in its sentence, else the publication date. For the
 * events extractor: `governingDate(doc, times, event.trigger)`.
 */
import type { TimeExpr } from '../analysis/format.js';
import { sentenceAt, tokenIndexAt } from '../doc/navigate.js';
import type { Doc, Sentence } from '../doc/types.js';

export interface GoverningDate {
  /** A TIMEX3 date value (2022-09-21, 2022-09, 2022-W38, 2022-09-21T15:30, XXXX-09 without a publication date), or null. */
  readonly value: string | null;
  /** The time expression the value comes from; null when it is the publication date (or nothing). */
  readonly time: TimeExpr | null;
  readonly source: 'clause' | 'sentence' | 'publication' | 'none';
}

/** Words that open a new clause after a comma ("..., which", "..., but"). */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'but', 'and', 'or', 'yet', 'although', 'though', 'because']);
const HARD_BOUNDARIES = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** Token range [from, to) of the clause holding token k of sentence s. */
export function clauseRange(doc: Doc, s: Sentence, k: number): [number, number] {
  const toks = doc.tokens;
  const isBoundary = (j: number): boolean => {
    const t = toks[j]!;
    if (HARD_BOUNDARIES.has(t.text)) return true;
    if (t.pos === 'SCONJ') return true;
    if (t.text === ',' && j + 1 < s.tokenEnd) {
      const n = toks[j + 1]!;
      return n.pos === 'SCONJ' || n.pos === 'CCONJ' || CLAUSE_OPENERS.has(n.lower);
    }
    return false;
  };
  let from = k;
  while (from > s.tokenStart && !isBoundary(from - 1)) from--;
  let to = k + 1;
  while (to < s.tokenEnd && !isBoundary(to)) to++;
  return [from, to];
}

/** A value an event can take as its date: a calendar date or time (resolved or XXXX-underspecified). */
const isDateValue = (t: TimeExpr): boolean => (t.type === 'DATE' || t.type === 'TIME') && /^[\dX]{4}/.test(t.value);

function nearest(times: readonly TimeExpr[], start: number, end: number, from: number, to: number): TimeExpr | null {
  let best: TimeExpr | null = null;
  let bestDist = Infinity;
  for (const t of times) {
    if (t.end <= from || t.start >= to) continue;
    const d = t.end <= start ? start - t.end : t.start >= end ? t.start - end : 0;
    if (d < bestDist) { best = t; bestDist = d; }
  }
  return best;
}

/**
 * The date governing the span [start, end) (an event's trigger or clause): the nearest
 * DATE/TIME expression in its clause, else in its sentence ("now" counts as the
 * publication date), else the publication date; `source` says which.
 */
export function governingDate(doc: Doc, times: readonly TimeExpr[], at: { readonly start: number; readonly end?: number }): GoverningDate {
  const start = at.start;
  const end = at.end ?? at.start;
  const published = /^\d{4}-\d{2}-\d{2}/.exec(doc.publishedAt ?? '')?.[0] ?? null;
  const sentence = sentenceAt(doc, start);
  if (sentence) {
    const usable = times.filter((t) => isDateValue(t) || (t.value === 'PRESENT_REF' && published !== null));
    const k = Math.min(tokenIndexAt(doc, start), sentence.tokenEnd - 1);
    const [a, b] = clauseRange(doc, sentence, Math.max(k, sentence.tokenStart));
    const inClause = nearest(usable, start, end, doc.tokens[a]!.start, doc.tokens[b - 1]!.end);
    const found = inClause ?? nearest(usable, start, end, sentence.start, sentence.end);
    if (found) {
      return { value: found.value === 'PRESENT_REF' ? published : found.value, time: found, source: inClause ? 'clause' : 'sentence' };
    }
  }
  return published ? { value: published, time: null, source: 'publication' } : { value: null, time: null, source: 'none' };
}
