import type { ConllType } from '../conll/read.js';

/**
 * BILOU labels over the four CoNLL types: O, then B I L U for PER, ORG, LOC,
 * MISC. Label l > 0 has type (l - 1) >> 2 and part (l - 1) & 3.
 */
export const TAG_TYPES: readonly ConllType[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const N_LABELS = 1 + 4 * TAG_TYPES.length;
const B = 0, I = 1, L = 2, U = 3;

export const labelName = (l: number): string => (l === 0 ? 'O' : `${'BILU'[(l - 1) & 3]}-${TAG_TYPES[(l - 1) >> 2]}`);
const label = (type: number, part: number) => 1 + 4 * type + part;

/** Whether label `b` may follow label `a` (a = -1 for the start, b = -1 for the end). */
export function allowed(a: number, b: number): boolean {
  const aOpen = a > 0 && ((a - 1) & 3) <= I; // B or I: the entity goes on
  if (b === -1) return !aOpen;
  const bPart = b === 0 ? -1 : (b - 1) & 3;
  const bCont = bPart === I || bPart === L;
  if (!aOpen) return !bCont;
  return bCont && (a - 1) >> 2 === (b - 1) >> 2;
}

/** An entity over label positions [start, end). */
export interface LabelSpan {
  readonly type: number;
  readonly start: number;
  readonly end: number;
}

export function spansToLabels(n: number, spans: readonly LabelSpan[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) { out[s.start] = label(s.type, U); continue; }
    out[s.start] = label(s.type, B);
    for (let k = s.start + 1; k < s.end - 1; k++) out[k] = label(s.type, I);
    out[s.end - 1] = label(s.type, L);
  }
  return out;
}

/** Spans from a label sequence (well-formed or not: a stray I or L opens a span, as in IOB1). */
export function labelsToSpans(labels: ArrayLike<number>): LabelSpan[] {
  const out: LabelSpan[] = [];
  let open = -1;
  let type = -1;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k]!;
    if (l === 0) { if (open >= 0) out.push({ type, start: open, end: k }); open = -1; continue; }
    const t = (l - 1) >> 2;
    const part = (l - 1) & 3;
    if (open >= 0 && (t !== type || part === B || part === U)) { out.push({ type, start: open, end: k }); open = -1; }
    if (open < 0) { open = k; type = t; }
    if (part === L || part === U) { out.push({ type, start: open, end: k + 1 }); open = -1; }
  }
  if (open >= 0) out.push({ type, start: open, end: labels.length });
  return out;
}
