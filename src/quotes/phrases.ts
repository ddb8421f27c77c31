import { isNominal, type QuoteContext } from './context.js';
import { isPunct, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from './words.js';

/*
 * Noun phrases found from UPOS tags alone, cheaply: a run of determiners,
 * adjectives, numbers and nouns or names, with possessives ("the ministry's
 * spokesman"), "of" chains ("Secretary of State", "head of the agency") and
 * names joined by "and". Entity mentions count as nominal whatever their tags.
 */

/** Longest parenthesis kept inside a noun phrase, in tokens: "(D-Ohio)". */
const MAX_PARENTHESIS = 8;

/** Prepositions whose phrase stays inside a speaker's noun phrase: "a spokesman for X", "officials in X". */
const ATTACHED_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'with', 'from', 'in']);

const isPossessive = (text: string) => text === '\'s' || text === '’s' || text === '\'' || text === '’';
const isJoiner = (ctx: QuoteContext, k: number) => {
  const t = ctx.toks[k]!;
  return (t.text === '-' || t.text === '&' || t.text === '.') && !t.spaceBefore;
};

/** Start of the noun phrase ending at token `j` (not before `lo`), or -1 when `j` cannot end one. */
export function npBefore(ctx: QuoteContext, j: number, lo: number): number {
  const toks = ctx.toks;
  if (j < lo) return -1;
  const last = toks[j]!;
  if (last.text === ')') {
    const o = openingParenthesis(ctx, j, lo);
    return o > lo && isNominal(ctx, o - 1) ? npBefore(ctx, o - 1, lo) : -1;
  }
  if (last.pos === 'PRON') return SUBJECT_PRONOUNS.has(last.lower) || OBJECT_PRONOUNS.has(last.lower) ? j : -1;
  // An adjective after a determiner heads its phrase when the tagger missed the noun: "the rival".
  const adjectiveHead = last.pos === 'ADJ' && j - 1 >= lo && isDeterminer(toks[j - 1]!);
  if (!isNominal(ctx, j) && !adjectiveHead) return -1;
  let s = j;
  let k = j - 1;
  while (k >= lo) {
    const t = toks[k]!;
    if (isNominal(ctx, k) && t.pos !== 'PRON') { s = k; k--; continue; }
    if (t.pos === 'ADJ' || isPossessive(t.text) || isJoiner(ctx, k)) { s = k; k--; continue; }
    if (t.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.lower)) {
      s = k;
      const p = toks[k - 1];
      if (k - 2 >= lo && p && (p.lower === 'of' || ATTACHED_PREPOSITIONS.has(p.lower)) && isNominal(ctx, k - 2) && toks[k - 2]!.pos !== 'PRON') { k -= 2; continue; }
      break;
    }
    // "Sen. Jane Doe (D-Ohio)": a parenthesis after a name belongs to it.
    if (t.text === ')') {
      const o = openingParenthesis(ctx, k, lo);
      if (o > lo && isNominal(ctx, o - 1)) { s = o; k = o - 1; continue; }
      break;
    }
    if (t.lower === 'of' && k - 1 >= lo && isNominal(ctx, k - 1) && toks[k - 1]!.pos !== 'PRON') { k--; continue; }
    // "a spokesman for the ministry", "officials in Kyiv", "a professor at the university"
    if (ATTACHED_PREPOSITIONS.has(t.lower) && k - 1 >= lo && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN')) { k--; continue; }
    if (t.lower === 'and' && k - 1 >= lo && toks[k - 1]!.pos === 'PROPN' && toks[k + 1]!.pos === 'PROPN') { k--; continue; }
    break;
  }
  // A phrase may not start with a possessive mark or a joiner.
  while (s < j && (isPossessive(toks[s]!.text) || isJoiner(ctx, s))) s++;
  return s;
}

/** Last token of the noun phrase starting at token `i` (not after `hi`), or -1 when none starts there. */
export function npAfter(ctx: QuoteContext, i: number, hi: number): number {
  const toks = ctx.toks;
  if (i > hi) return -1;
  const first = toks[i]!;
  if (first.pos === 'PRON') {
    // "his", "their", and "her" before a noun are determiners; "her" alone is an object.
    const next = i + 1 <= hi ? toks[i + 1]! : undefined;
    const determiner = POSSESSIVE_DETERMINERS.has(first.lower) && next !== undefined && (next.pos === 'ADJ' || isNominal(ctx, i + 1)) && next.pos !== 'PRON';
    if (!determiner) return SUBJECT_PRONOUNS.has(first.lower) || OBJECT_PRONOUNS.has(first.lower) ? i : -1;
  }
  let k = i;
  let e = -1;
  if (first.pos === 'DET' || POSSESSIVE_DETERMINERS.has(first.lower)) k++;
  const afterDeterminer = k;
  while (k <= hi) {
    const t = toks[k]!;
    if (isNominal(ctx, k) && t.pos !== 'PRON') { e = k; k++; continue; }
    // a participle the tagger read as a verb, modifying the noun after it: "the suing states"
    if (t.pos === 'VERB' && e < 0 && k + 1 <= hi && isNominal(ctx, k + 1) && toks[k + 1]!.pos !== 'PRON' && (t.lower.endsWith('ing') || t.lower.endsWith('ed'))) { k++; continue; }
    if (t.pos === 'ADJ' && e < 0 && k > afterDeterminer - 1 && afterDeterminer > i && !(k + 1 <= hi && (toks[k + 1]!.pos === 'ADJ' || isNominal(ctx, k + 1)))) {
      e = k; // "the rival has": the tagger's adjective is the head
      k++;
      continue;
    }
    if (t.pos === 'ADJ' || isPossessive(t.text) || isJoiner(ctx, k)) { k++; continue; }
    if (e >= 0 && (t.lower === 'of' || (t.lower === 'and' && toks[k - 1]!.pos === 'PROPN' && toks[k + 1]?.pos === 'PROPN'))) {
      const d = k + 1 <= hi && (toks[k + 1]!.pos === 'DET' || POSSESSIVE_DETERMINERS.has(toks[k + 1]!.lower)) ? k + 2 : k + 1;
      if (d <= hi && isNominal(ctx, d) && toks[d]!.pos !== 'PRON') { k = d; continue; }
    }
    break;
  }
  return e;
}

/** The "(" matching the ")" at `k`, a few tokens back, or -1. */
export function openingParenthesis(ctx: QuoteContext, k: number, lo: number): number {
  for (let o = k - 1; o >= lo && o > k - MAX_PARENTHESIS; o--) {
    const t = ctx.toks[o]!.text;
    if (t === '(') return o;
    if (t === ')') return -1;
  }
  return -1;
}

function isDeterminer(t: { pos: string; lower: string }): boolean {
  return t.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.lower);
}

/** True when a phrase starting at `s` can be a clause's subject: nothing but punctuation, a conjunction or an adverb before it. */
export function opensClause(ctx: QuoteContext, s: number, sentenceStart: number): boolean {
  if (s <= sentenceStart) return true;
  const prev = ctx.toks[s - 1]!;
  return isPunct(prev) || prev.pos === 'SCONJ' || prev.pos === 'CCONJ' || prev.pos === 'ADV' || prev.lower === 'that'
    // a clause reported without "that": "said Obama hopes ..."
    || (prev.pos === 'VERB' && ctx.lex.cuesByFirst.has(prev.lower));
}

/** True when tokens [from, to] hold a proper name, a personal pronoun or an entity mention. */
export function hasName(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = ctx.toks[k]!;
    if (t.pos === 'PROPN' || ctx.inEntity[k] === 1 || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower))) return true;
  }
  return false;
}
