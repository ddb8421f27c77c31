import type { Token } from '../doc/types.js';
import type { TenseLexicon } from './lexicon.js';

export type Tense = 'PAST' | 'PRESENT' | 'FUTURE';

const isVerbal = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
const inGroup = (t: Token): boolean => isVerbal(t) || t.pos === 'PART' || t.pos === 'ADV';

/** True for a past-tense or past-participle form: irregular ("said", "met") or regular ("called", not "need"). */
export function isPastForm(lex: TenseLexicon, w: string): boolean {
  if (lex.irregularPast.has(w)) return true;
  return w.length > 3 && w.endsWith('ed') && !lex.notPastEd.has(w);
}

/**
 * The tense of the verb group around token k (auxiliaries, "not", "to" and adverbs
 * included): "will meet" FUTURE, "planned to leave" FUTURE, "has been" PAST (the
 * present perfect points to the past), "called" PAST, "meets" PRESENT; null for a
 * group with no tense of its own (a bare infinitive or gerund).
 */
export function groupTense(lex: TenseLexicon, tokens: readonly Token[], words: readonly string[], k: number, lo: number, hi: number): Tense | null {
  let s = k;
  while (s > lo && k - s < 4 && inGroup(tokens[s - 1]!)) s--;
  let e = k + 1;
  while (e < hi && e - k < 3 && inGroup(tokens[e]!)) e++;
  // "plan to meet" where the tagger took "plan" for a noun: the intent word sits just before the group.
  if (words[s] === 'to' && s > lo && lex.intentBeforeTo.has(words[s - 1]!)) return 'FUTURE';
  let first = -1;
  for (let j = s; j < e; j++) {
    const w = words[j]!;
    if (lex.future.has(w)) return 'FUTURE';
    if (w === 'to' && j > s && lex.intentBeforeTo.has(words[j - 1]!) && j + 1 < e && isVerbal(tokens[j + 1]!)) return 'FUTURE';
    if (first < 0 && isVerbal(tokens[j]!) && w !== "'d") first = j;
  }
  if (first < 0) return null;
  const w = words[first]!;
  if (first > s && words[first - 1] === 'to') return null;
  if (lex.modal.has(w)) {
    for (let j = first + 1; j < e; j++) if (lex.perfectAux.has(words[j]!)) return 'PAST';
    return 'FUTURE';
  }
  if (lex.pastAux.has(w) || lex.perfectAux.has(w)) return 'PAST';
  if (lex.presentAux.has(w)) return 'PRESENT';
  if (isPastForm(lex, w)) return 'PAST';
  if (w.endsWith('ing')) return null;
  return 'PRESENT';
}

/**
 * The tense governing tokens [start, end) of a sentence [lo, hi): the one a
 * preposition before it implies ("until Friday" future, "since May" past), else that of the
 * nearest verb group, searching outwards on both sides (the left side first at
 * equal distance); null when that group has no tense of its own ("to leave",
 * "arriving") or the sentence has no verb.
 */
export function clauseTense(
  lex: TenseLexicon, tokens: readonly Token[], words: readonly string[],
  lo: number, hi: number, start: number, end: number,
): Tense | null {
  const prep = lex.prepositions.matchBefore(words, start, lo);
  if (prep) return prep.value;
  for (let d = 1; d <= 40 && (start - d >= lo || end - 1 + d < hi); d++) {
    const left = start - d;
    if (left >= lo && isVerbal(tokens[left]!)) return groupTense(lex, tokens, words, left, lo, hi);
    const right = end - 1 + d;
    if (right < hi && isVerbal(tokens[right]!)) return groupTense(lex, tokens, words, right, lo, hi);
  }
  return null;
}
