import type { Direction } from '../spec.js';
import { type Ctx, word } from './context.js';

/** Start of the span once date modifiers before `s` are taken in: "early", "the end of", "later this". */
export function withDateModifiers(c: Ctx, s: number): number {
  const m = c.lex.dateModifiers.matchBefore(c.words, s, c.lo);
  return m ? m.at : s;
}

/** A relative word just before `s` ("last", "next", "this"): its direction and the new start, or null. */
export function relativeBefore(c: Ctx, s: number): { dir: Direction; start: number } | null {
  const r = c.lex.relative.get(word(c, s - 1));
  if (r === undefined) return null;
  // "the last Friday" reads as the previous one; "the past Friday" likewise; "the next Monday" as the coming one.
  const start = word(c, s - 2) === 'the' && r !== 0 ? s - 2 : s - 1;
  return { dir: r as Direction, start };
}

/** An anchored word before `s` ("the following", "that", "the same", "the next"), counted from the last date in the text. */
export function anchoredBefore(c: Ctx, s: number): { n: number; start: number } | null {
  const w = word(c, s - 1);
  const r = c.lex.anchoredRelative.get(w);
  if (r !== undefined) {
    if (w === 'that') return { n: 0, start: s - 1 };
    if (w === 'same' && word(c, s - 2) === 'that') return { n: 0, start: s - 2 };
    if (word(c, s - 2) === 'the') return { n: r, start: s - 2 };
    return null;
  }
  if ((w === 'next' || w === 'previous') && word(c, s - 2) === 'the') return { n: w === 'next' ? 1 : -1, start: s - 2 };
  return null;
}
