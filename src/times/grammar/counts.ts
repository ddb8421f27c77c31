import { type Count, isNumberWord, parseNumber } from '../numbers.js';
import { type Ctx, joined, word } from './context.js';

/** A count just before a unit word: "seven" (months), "24-" (hour), "two and a half" (years), "several" (days). */
export interface CountMatch {
  readonly start: number;
  readonly n: Count;
}

/** The count ending just before token `i` (a hyphen between them is allowed: "24-hour"), or null. */
export function countBefore(c: Ctx, i: number): CountMatch | null {
  let end = i;
  if (word(c, i - 1) === '-' && joined(c, i) && joined(c, i - 1)) end = i - 1;
  else if (c.lex.unitAdjectives.has(word(c, i - 1))) end = i - 1;
  let best: CountMatch | null = null;
  const fuzzy = c.lex.fuzzyCounts.matchBefore(c.words, end, c.lo);
  if (fuzzy) {
    let couple = false;
    for (let k = fuzzy.at; k < end; k++) if (c.words[k] === 'couple') couple = true;
    best = { start: fuzzy.at, n: couple ? 2 : 'X' };
  }
  let s0 = end;
  while (s0 > c.lo && end - s0 < 8 && isNumberWord(c.lex, c.words[s0 - 1]!)) s0--;
  for (let s = s0; s < end; s++) {
    const v = parseNumber(c.lex, c.words, s, end);
    if (v === null) continue;
    if (!best || s < best.start) best = { start: s, n: v };
    break;
  }
  return best;
}

/** The start of the span once quantity modifiers and duration determiners are taken in: "nearly", "the past", "more than". */
export function withQuantityModifiers(c: Ctx, s: number): number {
  const mod = c.lex.quantityModifiers.matchBefore(c.words, s, c.lo);
  if (mod) s = mod.at;
  const det = c.lex.durationDeterminers.matchBefore(c.words, s, c.lo);
  // Before a modifier only "the ..." belongs to the span: "the first nearly two years", not "(to) last over a week".
  return det && (!mod || c.words[det.at] === 'the') ? det.at : s;
}

const RATE_WORDS = new Set(['%', 'percent', 'per', 'cent']);

/** True when "a"/"an" at `k` reads as "per": "twice a week", "$5 million a year", "10,000 barrels a day". */
export function isRateArticle(c: Ctx, k: number): boolean {
  const prev = word(c, k - 1);
  if (!prev) return false;
  if (c.lex.setCounts.has(prev) || RATE_WORDS.has(prev)) return true;
  const t = c.tokens[k - 1]!;
  if (t.pos === 'NUM') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'SYM') return false;
  for (let j = k - 2; j >= Math.max(c.lo, k - 4); j--) {
    const p = c.tokens[j]!;
    if (p.pos === 'NUM' || /^[$€£¥]/.test(p.text)) return true;
  }
  return false;
}
