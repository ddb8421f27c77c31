import type { Token } from '../doc/types.js';
import type { Bounds } from './exclude.js';
import type { FigureLexicon } from './lexicon.js';
import { isPlural } from './number.js';
import type { Quantity } from './quantity.js';

/** What a quantity counts: the head noun of the phrase after it ("13 million Ukrainian civilians"). */
export interface Subject {
  /** Index of the head token. */
  readonly head: number;
  /** Token after the phrase. */
  readonly end: number;
  /** The phrase is part of the figure's span ("over 1,200 arrests"); for money it is not ("$5m in aid"). */
  readonly inSpan: boolean;
}

const POSSESSIVES = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those', 'my', 'your']);
const MAX_PHRASE = 5;

/**
 * The counted noun after the quantity: directly ("1,200 arrests"), after "of"
 * ("thousands of civilians", "3 tonnes of cocaine"); for money after "in" or
 * "worth of" too ("$400 million in aid"), outside the span.
 */
export function findSubject(q: Quantity, toks: readonly Token[], s: Bounds, lex: FigureLexicon): Subject | null {
  let k = q.end;
  if (k >= s.end) return null;
  const isPercent = q.unit === '%' || q.unit === 'pp';
  const money = q.currency !== null;
  const w = toks[k]!.lower;
  if (money || isPercent) {
    if (w === 'worth' && k + 1 < s.end && toks[k + 1]!.lower === 'of') k += 2;
    else if (w === 'of' || (money && w === 'in')) k++;
    else if (!q.ratio) return null;
    const np = readNounPhrase(toks, skipDeterminer(toks, k, s), s, lex, true);
    return np ? { ...np, inSpan: false } : null;
  }
  // a measure counts what follows "of" ("3 tonnes of cocaine"); "a 10-km stretch" measures, it does not count
  if (q.unit !== null && w !== 'of') return null;
  const partitive = w === 'of';
  if (partitive) {
    if (q.first.isOne && !q.first.scaled) return null;
    k = skipDeterminer(toks, k + 1, s);
  }
  const np = readNounPhrase(toks, k, s, lex, partitive);
  return np ? { ...np, inSpan: true } : null;
}

function skipDeterminer(toks: readonly Token[], k: number, s: Bounds): number {
  return k < s.end && POSSESSIVES.has(toks[k]!.lower) ? k + 1 : k;
}

/**
 * Adjectives then nouns, up to five tokens; the head is the last noun. With
 * no noun, an adjective that names the category ("12 dead", "30 wounded") is
 * the head. Months, weekdays and time units end the phrase. After "of", a
 * possessor is stepped over ("eight of the president's palaces").
 */
function readNounPhrase(
  toks: readonly Token[], k: number, s: Bounds, lex: FigureLexicon, partitive: boolean,
): { head: number; end: number } | null {
  let head = -1;
  let limitEnd = Math.min(s.end, k + MAX_PHRASE);
  for (let j = k; j < limitEnd; j++) {
    const t = toks[j]!;
    const ctx = lex.context.get(t.lower);
    if (ctx && (ctx.has('duration') || ((ctx.has('month') || ctx.has('weekday')) && /^[A-Z]/.test(t.text)))) break;
    if (/^\d/.test(t.text)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // "hospitals work": a singular noun after a plural head is a verb tagged as a noun
      if (head >= 0 && isPlural(toks[head]!, lex) && !isPlural(t, lex)) break;
      head = j;
      continue;
    }
    // "eight of the president's palaces": the possessor, then the counted noun
    if (partitive && head >= 0 && (t.lower === "'s" || t.lower === '’s') && j + 1 < s.end && !t.spaceBefore) {
      limitEnd = Math.min(s.end, j + 1 + MAX_PHRASE);
      head = -1;
      continue;
    }
    if (head >= 0) break;
    const next = j + 1 < s.end ? toks[j + 1]! : null;
    const modifies = next !== null && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
    // "newly created shares", "most significant events"
    const adverb = t.pos === 'ADV' && next !== null && (next.pos === 'ADJ' || (next.pos === 'VERB' && /ed$/.test(next.lower)));
    const adjective = t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && modifies);
    if (!adjective && !adverb) break;
  }
  if (head >= 0) return { head, end: head + 1 };
  const t = k < s.end ? toks[k] : undefined;
  if (t && lex.subjectCues.has(t.lower) && (t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NOUN')) return { head: k, end: k + 1 };
  return null;
}
