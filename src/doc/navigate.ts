import type { Doc, Sentence, Token } from './types.js';

/** Index of the token whose range contains `offset`, or of the first token after it; tokens.length if none. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens that overlap [start, end). */
export function tokensIn(doc: Doc, start: number, end: number): readonly Token[] {
  const first = tokenIndexAt(doc, start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.start < end) last++;
  return doc.tokens.slice(first, last);
}

/** The sentence that contains `offset` (or the last one before it). */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  const sents = doc.sentences;
  let lo = 0;
  let hi = sents.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sents[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sents[lo];
}

/** The tokens of one sentence. */
export function sentenceTokens(doc: Doc, s: Sentence): readonly Token[] {
  return doc.tokens.slice(s.tokenStart, s.tokenEnd);
}

/** A span object for [start, end) of the document text. */
export function span(doc: Doc, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: doc.text.slice(start, end) };
}
