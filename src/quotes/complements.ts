import type { QuoteContext } from './context.js';
import { npAfter } from './phrases.js';
import { isVerb, WH_WORDS } from './words.js';

/**
 * The clause-like complements after a verb that make it an attribution, read
 * from tags alone (the shape of the text: `ComplementShape`):
 * - `that`: "warned that the dam would break" (the content starts after "that");
 * - `to`: an infinitive, "vowed to rebuild the town", "refused to testify";
 * - `wh`: an embedded question, "questioned whether the vote was fair";
 * - `ing`: "of"/"for" and a gerund, "is accused of taking bribes";
 * - `as`: "as" and a predicate, "is seen as the favourite";
 * - `quote`: a quotation, `called “an absolute disgrace”`;
 * - `obj-to`, `obj-ing`, `obj-as`, `obj-quote`: an object first, "urged voters
 *   to stay home", "called on the army to withdraw" (with a preposition: the
 *   cue is two words), "accused the mayor of lying", "described the plan as
 *   reckless", `called the plan “a disaster”`.
 * Which verbs take which complement as attributions is data
 * (data/quotes/complements.derived.tsv); there a kind says, too, whether the
 * subject before the verb belongs to the content: `raise-to` ("The bill is
 * expected to pass", "The talks seemed to stall"), `raise-ing` ("The mayor
 * is accused of lying"), `raise-as` ("The senator is seen as the favourite").
 */
export type ComplementShape = 'that' | 'to' | 'wh' | 'ing' | 'as' | 'quote' | 'obj-to' | 'obj-ing' | 'obj-as' | 'obj-quote';
export type ComplementKind = ComplementShape | 'raise-to' | 'raise-ing' | 'raise-as';
export const COMPLEMENT_KINDS: readonly ComplementKind[] = [
  'that', 'to', 'wh', 'ing', 'as', 'quote', 'obj-to', 'obj-ing', 'obj-as', 'obj-quote', 'raise-to', 'raise-ing', 'raise-as',
];

/** The word class of a cue's head: "warned that", "the claim that", "confident that". */
export type HeadClass = 'verb' | 'noun' | 'adj';
export const HEAD_CLASSES: readonly HeadClass[] = ['verb', 'noun', 'adj'];

/** The head class of a token's POS tag, or null. */
export function headClass(pos: string): HeadClass | null {
  return pos === 'VERB' || pos === 'AUX' ? 'verb' : pos === 'NOUN' ? 'noun' : pos === 'ADJ' ? 'adj' : null;
}

/** The raised kind of a shape (its subject is part of the content), or null when it has none. */
export function raisedKind(shape: ComplementShape): ComplementKind | null {
  return shape === 'to' ? 'raise-to' : shape === 'ing' ? 'raise-ing' : shape === 'as' ? 'raise-as' : null;
}

/** What follows a verb: its shape, where the content starts, and the preposition of "called on X to" (or -1). */
export interface ComplementHit {
  readonly shape: ComplementShape;
  /** First token of the content: "to", "of", "as", the wh-word, the object, the word after "that"; a "not" before them. */
  readonly at: number;
  readonly prep: number;
}

/** Prepositions between a verb and the object of an `obj-to` complement: "called on", "called for". */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'upon']);

/** Most adverbs skipped between a verb and its complement ("vowed again to", "said repeatedly that"). */
const MAX_ADVERBS = 2;
/** Longest object of an object complement, in tokens. */
const MAX_OBJECT = 10;

/**
 * The complement after the verb ending at token `k` (not past `end`,
 * exclusive), or null. Quotation marks may open the content (`to “fight on”`).
 */
export function complementAfter(ctx: QuoteContext, k: number, end: number): ComplementHit | null {
  const toks = ctx.toks;
  let j = k + 1;
  let negation = -1;
  for (let n = 0; n < MAX_ADVERBS && j < end && isAdverb(toks[j]!); n++, j++) if (isNegation(toks[j]!.lower)) negation = j;
  if (j >= end) return null;
  const t = toks[j]!;
  const at = negation >= 0 ? negation : j;
  if (t.lower === 'that') {
    const next = toks[j + 1];
    return next && j + 1 < end && !isVerb(next) ? { shape: 'that', at: j + 1, prep: -1 } : null;
  }
  if (t.lower === 'to') return infinitiveAt(ctx, j, end) ? { shape: 'to', at, prep: -1 } : null;
  if (WH_WORDS.has(t.lower)) return { shape: 'wh', at: j, prep: -1 };
  if (gerundAt(ctx, j, end)) return { shape: 'ing', at, prep: -1 };
  if (predicateAt(ctx, j, end)) return { shape: 'as', at: j, prep: -1 };
  if (quotationAt(ctx, j)) return { shape: 'quote', at: j, prep: -1 };
  const prep = OBJECT_PREPOSITIONS.has(t.lower) ? j : -1;
  const from = prep >= 0 ? j + 1 : j;
  const e = npAfter(ctx, from, Math.min(end - 1, from + MAX_OBJECT));
  if (e < 0) return null;
  // a gerund the tagger read as a noun joins the object's "of" chain: "the mayor of hiding the report"
  for (let g = from + 1; g <= e; g++) if (gerundAt(ctx, g, end)) return prep >= 0 ? null : { shape: 'obj-ing', at: from, prep };
  if (e + 1 >= end) return null;
  if (infinitiveAt(ctx, e + 1, end)) return { shape: 'obj-to', at: from, prep };
  if (prep >= 0) return null;
  if (gerundAt(ctx, e + 1, end)) return { shape: 'obj-ing', at: from, prep };
  if (predicateAt(ctx, e + 1, end)) return { shape: 'obj-as', at: from, prep };
  if (quotationAt(ctx, e + 1)) return { shape: 'obj-quote', at: from, prep };
  return null;
}

/** True when a quotation opens at token `k`. */
function quotationAt(ctx: QuoteContext, k: number): boolean {
  const r = ctx.marks.regionOf[k];
  return r !== undefined && r >= 0 && ctx.marks.regions[r]!.openFirst === k;
}

/** True when token `k` is "to" before a verb (adverbs and quotation marks between): "to quickly act", `to “fight”`. */
export function infinitiveAt(ctx: QuoteContext, k: number, end: number): boolean {
  const toks = ctx.toks;
  if (toks[k]?.lower !== 'to') return false;
  let v = k + 1;
  while (v < end && (isAdverb(toks[v]!) || (toks[v]!.pos === 'PUNCT' && ctx.marks.regionOf[v]! >= 0))) v++;
  return v < end && isVerb(toks[v]!) && !toks[v]!.lower.endsWith('ing');
}

/** "of" or "for" before a gerund: "of taking", "for not doing", "of being". */
function gerundAt(ctx: QuoteContext, k: number, end: number): boolean {
  const toks = ctx.toks;
  const p = toks[k]?.lower;
  if (p !== 'of' && p !== 'for') return false;
  let v = k + 1;
  while (v < end && isAdverb(toks[v]!)) v++;
  if (v >= end || !toks[v]!.lower.endsWith('ing')) return false;
  // the tagger reads some gerunds as nouns ("of hiding"); short ones are nouns indeed ("of things")
  return isVerb(toks[v]!) || (toks[v]!.pos === 'NOUN' && toks[v]!.lower.length >= 6);
}

/** "as" before a predicate: "as reckless", "as a threat", "as “a disaster”". */
function predicateAt(ctx: QuoteContext, k: number, end: number): boolean {
  const toks = ctx.toks;
  if (toks[k]?.lower !== 'as' || k + 1 >= end) return false;
  let v = k + 1;
  while (v < end && (isAdverb(toks[v]!) || (toks[v]!.pos === 'PUNCT' && ctx.marks.regionOf[v]! >= 0))) v++;
  if (v >= end) return false;
  const w = toks[v]!;
  return w.pos === 'ADJ' || w.pos === 'DET' || w.pos === 'NOUN' || w.pos === 'PROPN' || (w.pos === 'VERB' && w.lower.endsWith('ing') && v === k + 1);
}

function isAdverb(t: { pos: string; lower: string }): boolean {
  return (t.pos === 'ADV' && !WH_WORDS.has(t.lower)) || (t.pos === 'PART' && isNegation(t.lower));
}

function isNegation(lower: string): boolean {
  return lower === 'not' || lower === 'never' || lower === 'n\'t' || lower === 'n’t';
}
