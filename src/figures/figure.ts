import type { Diagnostic, Figure } from '../analysis/format.js';
import type { Doc, Token } from '../doc/types.js';
import { findCategory } from './category.js';
import { notFigure, type Bounds } from './exclude.js';
import type { FigureLexicon } from './lexicon.js';
import { readQuantity, type Quantity } from './quantity.js';
import { findSubject } from './subject.js';

/** The result of reading at one token: a figure or nothing, and the token to go on from. */
export interface FigureRead {
  readonly figure: Figure | null;
  /** Token after everything read (the next search starts there). */
  readonly end: number;
  readonly diagnostic: Diagnostic | null;
}

/** Words before a bare "one" that make it a pronoun ("no one", "the one who"). */
const ONE_PRONOUN = new Set(['no', 'the', 'any', 'every', 'each', 'this', 'that', 'which', 'another', 'someone', 'anyone']);

/**
 * Read the figure whose number begins at token `i` of sentence `s`; cues are
 * looked for back to token `floor` (the end of the previous figure). Null
 * when no number begins at `i`.
 */
export function readFigure(doc: Doc, s: Bounds, i: number, floor: number, lex: FigureLexicon): FigureRead | null {
  const toks = doc.tokens;
  const q = readQuantity(toks, i, floor, s.end, lex);
  if (!q) return null;
  const none: FigureRead = { figure: null, end: Math.max(q.end, i + 1), diagnostic: null };
  if (notFigure(q, toks, s, lex)) return none;
  const measured = q.currency !== null || q.unit !== null;
  const bareOne = q.first.isOne && !q.second && !measured;
  if (bareOne) {
    if (q.end < s.end && toks[q.end]!.lower === 'of') return none;
    if (q.start > s.start && ONE_PRONOUN.has(toks[q.start - 1]!.lower)) return none;
  }
  const subject = findSubject(q, toks, s, lex);
  if (subject) {
    // "10 Downing Street" is an address; "arrested a dozen times" a frequency; "eight trading days" a duration
    const kinds = lex.context.get(toks[subject.head]!.lower);
    if (kinds && (kinds.has('address') || kinds.has('frequency'))) return none;
    if (subject.end < s.end && lex.context.get(toks[subject.end]!.lower)?.has('duration')) return none;
  }
  const category = findCategory(q, subject, toks, s, lex);
  const counted = subject !== null && subject.inSpan;
  if (bareOne && category === 'OTHER') return none;
  if (!counted && !measured && category === 'OTHER') {
    // a bare number ("about three", "under 30") is a figure only when large by its words ("thousands", "1.9 million")
    if (!(q.first.vague || q.first.scaled)) return none;
  }
  const start = toks[q.start]!.start;
  const endTok = counted ? Math.max(q.end, subject.end) : q.end;
  const end = spanEnd(toks[endTok - 1]!, endTok === s.end);
  const figure: Figure = {
    start, end, text: doc.text.slice(start, end),
    value: typeof q.value === 'number' ? clean(q.value) : [clean(q.value[0]), clean(q.value[1])],
    approx: q.approx,
    unit: q.currency ?? q.unit,
    category,
    subject: subject ? toks[subject.head]!.text : null,
  };
  const diagnostic = q.reversed ? reversedRange(figure, q) : null;
  return { figure, end: endTok, diagnostic };
}

/** The end offset of the span's last token, without a sentence period wink left on it ("€500m."), but keeping abbreviations ("a.m."). */
function spanEnd(last: Token, sentenceEnd: boolean): number {
  const t = last.text;
  if (sentenceEnd && t.length > 1 && t.endsWith('.') && !/\.[^.]+\.$/.test(t)) return last.end - 1;
  return last.end;
}

/** Values computed from scales ("3.2 billion") without floating-point noise. */
function clean(v: number): number {
  return Number(v.toPrecision(12));
}

function reversedRange(f: Figure, q: Quantity): Diagnostic {
  const [low, high] = q.value as readonly [number, number];
  return {
    start: f.start, end: f.end, code: 'figure-range-reversed',
    message: `range written from ${high} down to ${low}; read as [${low}, ${high}]`,
  };
}
