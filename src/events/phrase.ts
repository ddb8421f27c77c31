/**
 * Phrase-level tests on a sentence's words that need no actors: which
 * preposition governs a noun phrase ("more than 100 people" is none), the
 * parts of hyphenated words, the verb a noun is the object of ("launched an
 * invasion"), and "came under attack".
 */
import type { SentenceView } from './sentence.js';
import { wordClass, type Trigger } from './triggers.js';

const HYPHENS = new Set(['-', '–']);
/** "more than", "fewer than": a quantifier, not a comparison ("arrested more than 100 people"). */
const QUANTIFIER_THAN = new Set(['more', 'less', 'fewer', 'other', 'rather']);
/** Prepositions through which a verb's subject does a noun's event ("arrived on a visit", "gathered for a rally"). */
const VIA_PREPS = new Set(['on', 'for', 'in']);
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'over']);
const LOCATIVE = new Set(['in', 'inside', 'near', 'outside', 'around']);

/**
 * The preposition that governs the noun phrase starting at token `first`
 * (determiners, adjectives, numbers and quantifiers between: "more than 100
 * Palestinians" is no "than" phrase), if it is one of `set`.
 */
export function prepBefore(v: SentenceView, first: number, set: ReadonlySet<string>): string | null {
  let k = first - 1;
  for (;;) {
  while (k >= v.start && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || HYPHENS.has(v.lower(k)))) k--;
    const w = v.lower(k);
    if (w === 'than' && QUANTIFIER_THAN.has(v.lower(k - 1))) { k -= 2; continue; }
    if ((w === 'to' && v.lower(k - 1) === 'up') || ((w === 'least' || w === 'most') && v.lower(k - 1) === 'at')) { k -= 2; continue; }
    break;
  }
  return v.pos(k) === 'ADP' && set.has(v.lower(k)) ? v.lower(k) : null;
}

/** A part of a hyphenated word ("war-torn", "Russian-backed"): a modifier, never a head. */
export function inCompound(v: SentenceView, k: number): boolean {
  if (HYPHENS.has(v.lower(k))) return true;
  const next = v.tok(k + 1);
  if (next && HYPHENS.has(next.lower) && !next.spaceBefore) return true;
  return HYPHENS.has(v.lower(k - 1)) && !v.tok(k)!.spaceBefore;
}

/**
 * The verb a noun is the object of ("launched an invasion", "staged
 * protests"), or that it follows in a prepositional phrase ("arrived ... on
 * a visit", "converged for a rally"): its token, or -1.
 */
export function governingVerb(v: SentenceView, timeTokens: ReadonlySet<number>, t: Trigger): number {
  let viaPrep = false;
  // "launched artillery, mortar and rocket fire": the nouns of a list share its verb
  let list = false;
  for (let k = t.first - 1; k >= v.start && k >= t.first - 12; k--) {
  const p = v.pos(k);
    if (inCompound(v, k)) continue;
    if (p === 'VERB' && wordClass(v, k) === 'verb') return k;
    if (p === 'ADP' && !viaPrep && VIA_PREPS.has(v.lower(k))) { viaPrep = true; continue; }
    // a verb's particle: "speeded up the withdrawal", "called off the strike"
    if (p === 'ADP' && PARTICLES.has(v.lower(k)) && v.pos(k - 1) === 'VERB') continue;
    if (viaPrep && (p === 'PROPN' || p === 'NOUN' || (p === 'ADP' && LOCATIVE.has(v.lower(k))))) continue;
    if (p === 'CCONJ' && (v.lower(k - 1) === ',' || v.lower(k - 2) === ',' || v.lower(k - 3) === ',')) list = true;
    if (list && (p === 'NOUN' || p === 'CCONJ')) continue;
    // a noun modifying the trigger's head: "rocket fire", "air strikes"
    if ((p === 'NOUN' || p === 'PROPN') && k === t.first - 1) continue;
    if (!(p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'ADV' || v.isPossessive(k) || v.lower(k) === ',' || v.lower(k) === '-' || timeTokens.has(k) || (p === 'SCONJ' && v.lower(k) === 'that'))) return -1;
  }
  return -1;
}

/**
 * "came under attack", "was placed under arrest", "put under investigation":
 * the subject of the verb before "under" suffers the noun's event. Its
 * token, or -1.
 */
export function underVerb(v: SentenceView, t: Trigger): number {
  let k = t.first - 1;
  while (k >= v.start && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || inCompound(v, k))) k--;
  if (v.lower(k) !== 'under') return -1;
  k--;
  while (k >= v.start && v.pos(k) === 'ADV') k--;
  return v.pos(k) === 'VERB' ? k : -1;
}
