import { isNominal, type QuoteContext } from './context.js';
import { hasName, npAfter, npBefore, opensClause, openingParenthesis } from './phrases.js';
import type { SpeakerRange } from './speaker.js';
import { isClauseBreak, isComma, isDash, isPunct, isVerb, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS } from './words.js';

/**
 * The subject phrase ending at or before token `j` (not before `lo`), as in
 * "X said", "X, the minister, said", "X, who ..., said", "officials who spoke
 * on condition of anonymity said", "a poll released Monday found".
 */
export function subjectBefore(ctx: QuoteContext, j: number, lo: number): SpeakerRange | null {
  const toks = ctx.toks;
  if (j < lo) return null;
  const t = toks[j]!;
  if (isComma(t) || isDash(t)) return appositionSubject(ctx, j, lo);
  if (isRelative(t)) return antecedent(ctx, j - 1, lo);
  const s = npBefore(ctx, j, lo);
  if (s >= 0 && !(s === j && ctx.lex.adjuncts.has(toks[s]!.lower))) {
    if (opensClause(ctx, s, lo)) return { first: s, last: j };
    // "Officials who spoke on condition of anonymity said": the subject is before the relative pronoun.
    for (let k = s - 1; k >= lo; k--) {
      const w = toks[k]!;
      if (isClauseBreak(w) || isPunct(w) || ctx.marks.regionOf[k]! >= 0) break;
      if ((w.lower === 'who' || w.lower === 'which') && w.pos === 'PRON') return antecedent(ctx, k - 1, lo);
    }
    // "In a Bloomberg interview Trump said": the name at the end of the phrase.
    const name = trailingName(ctx, s, j);
    if (name) return name;
  }
  return clauseInitialSubject(ctx, j, lo);
}

function isRelative(t: { lower: string; pos: string }): boolean {
  return RELATIVE_PRONOUNS.has(t.lower) && t.pos !== 'SCONJ';
}

function antecedent(ctx: QuoteContext, j: number, lo: number): SpeakerRange | null {
  if (j >= lo && isComma(ctx.toks[j]!)) j--;
  const s = npBefore(ctx, j, lo);
  return s >= 0 ? { first: s, last: j } : null;
}

/** The run of name tokens ending at `j`, when a common noun stands before it inside the phrase [s, j]. */
function trailingName(ctx: QuoteContext, s: number, j: number): SpeakerRange | null {
  const toks = ctx.toks;
  const isName = (k: number) => toks[k]!.pos === 'PROPN' || ctx.inEntity[k] === 1;
  if (!isName(j)) return null;
  let r = j;
  while (r - 1 > s && (isName(r - 1) || (toks[r - 1]!.text === '.' && !toks[r - 1]!.spaceBefore))) r--;
  return r > s && toks[r - 1]!.pos === 'NOUN' ? { first: r, last: j } : null;
}

/**
 * The noun phrase opening the clause that ends at `j`, when only modifiers
 * without a finite verb stand between it and the cue: "a poll released last
 * week found", "advisers to the president say".
 */
function clauseInitialSubject(ctx: QuoteContext, j: number, lo: number): SpeakerRange | null {
  const toks = ctx.toks;
  let c = j;
  while (c > lo) {
    const p = toks[c - 1]!;
    if (isPunct(p) || p.pos === 'SCONJ' || p.lower === 'that' || ctx.marks.regionOf[c - 1]! >= 0) break;
    c--;
  }
  if (c >= j) return null;
  const e = npAfter(ctx, c, j);
  if (e < 0 || e >= j) return null;
  for (let k = e + 1; k <= j; k++) {
    const w = toks[k]!;
    if (w.pos === 'AUX' || w.pos === 'PRON' || (w.pos === 'VERB' && !isParticiple(w.lower))) return null;
  }
  return { first: c, last: e };
}

const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'written', 'made', 'taken', 'given', 'held', 'known', 'led', 'run', 'done', 'shown', 'put', 'set']);

function isParticiple(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('ing') || IRREGULAR_PARTICIPLES.has(lower);
}

/**
 * "X, the party's leader, said": walk back over comma-separated segments (noun
 * phrases in apposition, relative and participle clauses, parentheticals such
 * as "in a statement") and take the first phrase that holds a name, else the
 * first phrase.
 */
function appositionSubject(ctx: QuoteContext, comma: number, lo: number): SpeakerRange | null {
  const toks = ctx.toks;
  const found: SpeakerRange[] = [];
  let pos = comma;
  for (let guard = 0; guard < 8; guard++) {
    let b = pos - 1;
    while (b >= lo && !isComma(toks[b]!) && !isDash(toks[b]!) && !isBreak(ctx, b)) {
      if (toks[b]!.text === ')') {
        const o = openingParenthesis(ctx, b, lo);
        if (o >= 0) { b = o - 1; continue; }
      }
      b--;
    }
    const segStart = b + 1;
    const segEnd = pos - 1;
    if (segStart > segEnd) break;
    const first = toks[segStart]!;
    if (isRelative(first) || (first.pos === 'VERB' && isParticiple(first.lower)) || first.pos === 'ADP' || first.pos === 'ADV') {
      // a relative or participle clause, or a parenthetical: skip it
    } else {
      const phrase = appositionPhrase(ctx, segStart, segEnd);
      if (!phrase) break;
      found.push(phrase);
    }
    if (b < lo || !(isComma(toks[b]!) || isDash(toks[b]!))) break;
    pos = b;
  }
  if (found.length === 0) return null;
  for (let i = found.length - 1; i >= 0; i--) if (hasName(ctx, found[i]!.first, found[i]!.last)) return found[i]!;
  return found[found.length - 1]!;
}

/** A segment between commas that is a noun phrase (with a relative clause after it, maybe), as a range; null otherwise. */
function appositionPhrase(ctx: QuoteContext, from: number, to: number): SpeakerRange | null {
  const toks = ctx.toks;
  const first = toks[from]!;
  const opensPhrase = first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'ADJ' || first.pos === 'NUM'
    || POSSESSIVE_DETERMINERS.has(first.lower) || isNominal(ctx, from);
  if (!opensPhrase) return null;
  let end = to;
  for (let k = from; k <= to; k++) {
    if (isRelative(toks[k]!) && k > from) { end = k - 1; break; }
    // a verb ends the phrase, unless it is its last word after a modifier: "the country's only ally" (tagged VERB)
    const head = k === to && k > from && /^(DET|ADJ|ADV|PART)$/.test(toks[k - 1]!.pos);
    if (isVerb(toks[k]!) && !head) return null;
  }
  return npAfter(ctx, from, end) >= 0 || end > from ? { first: from, last: end } : null;
}

function isBreak(ctx: QuoteContext, k: number): boolean {
  const t = ctx.toks[k]!;
  return (isClauseBreak(t) && t.text !== ')' && t.text !== '(') || t.pos === 'SPACE' || ctx.marks.regionOf[k]! >= 0;
}
