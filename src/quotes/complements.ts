import type { QuoteContext } from './context.js';
import { npAfter } from './phrases.js';
import { isVerb, WH_WORDS } from './words.js';

/**
 * The clause-like complements a verb can take that make it an attribution,
 * read from tags alone:
 * - `that`: "warned that the dam would break" (the content starts after "that");
 * - `to`: an infinitive, "vowed to rebuild the town", "refused to testify";
 * - `wh`: an embedded question, "questioned whether the vote was fair";
 * - `obj-to`: an object and an infinitive, "urged voters to stay home",
 *   "called on the army to withdraw" (with a preposition: the cue is two words);
 * - `raise`: a subject raised past the cue, "The bill is expected to pass",
 *   "The talks seemed to stall": the content is the subject and the infinitive
 *   (told apart from `to` by the lexicon, not by the text).
 */
export type ComplementKind = 'that' | 'to' | 'wh' | 'obj-to' | 'raise';
export const COMPLEMENT_KINDS: readonly ComplementKind[] = ['that', 'to', 'wh', 'obj-to', 'raise'];

/** What follows a verb: the kind, where the content starts, and the preposition of "called on X to" (or -1). */
export interface ComplementHit {
  readonly kind: 'that' | 'to' | 'wh' | 'obj-to';
  readonly at: number;
  readonly prep: number;
}

/** Prepositions between a verb and the object of an `obj-to` complement: "called on", "called for", "appealed to". */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'upon']);

/** Most adverbs skipped between a verb and its complement ("vowed again to", "said repeatedly that"). */
const MAX_ADVERBS = 2;
/** Longest object of an `obj-to` complement, in tokens. */
const MAX_OBJECT = 10;

/**
 * The complement after the verb ending at token `k` (not past `end`,
 * exclusive), or null. Quotation marks may open the content (`to “fight on”`).
 */
export function complementAfter(ctx: QuoteContext, k: number, end: number): ComplementHit | null {
  const toks = ctx.toks;
  let j = k + 1;
  for (let n = 0; n < MAX_ADVERBS && j < end && toks[j]!.pos === 'ADV' && !WH_WORDS.has(toks[j]!.lower); n++) j++;
  if (j >= end) return null;
  const t = toks[j]!;
  if (t.lower === 'that') {
    const next = toks[j + 1];
    return next && j + 1 < end && !isVerb(next) ? { kind: 'that', at: j + 1, prep: -1 } : null;
  }
  if (t.lower === 'to') return infinitiveAt(ctx, j, end) ? { kind: 'to', at: j, prep: -1 } : null;
  if (WH_WORDS.has(t.lower)) return { kind: 'wh', at: j, prep: -1 };
  const prep = OBJECT_PREPOSITIONS.has(t.lower) ? j : -1;
  const from = prep >= 0 ? j + 1 : j;
  const e = npAfter(ctx, from, Math.min(end - 1, from + MAX_OBJECT));
  if (e < 0 || e + 1 >= end || toks[e + 1]!.lower !== 'to' || !infinitiveAt(ctx, e + 1, end)) return null;
  return { kind: 'obj-to', at: from, prep };
}

/** True when token `k` is "to" before a verb (adverbs and quotation marks between): "to quickly act", `to “fight”`. */
export function infinitiveAt(ctx: QuoteContext, k: number, end: number): boolean {
  const toks = ctx.toks;
  if (toks[k]?.lower !== 'to') return false;
  let v = k + 1;
  while (v < end && (toks[v]!.pos === 'ADV' || (toks[v]!.pos === 'PUNCT' && ctx.marks.regionOf[v]! >= 0))) v++;
  return v < end && isVerb(toks[v]!) && !toks[v]!.lower.endsWith('ing');
}
