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
  // "plan to meet" where the tagger took "plan" for a noun, "had been due to expire" where "due" is an adjective:
  // the intent word sits just before the group, its auxiliary before that.
  if (words[s] === 'to' && s > lo && lex.intentBeforeTo.has(words[s - 1]!)) {
    for (let j = s - 2; j >= Math.max(lo, s - 4); j--) {
      if (words[j] === 'had') return 'PAST';
      if (lex.pastAux.has(words[j]!)) return null;
    }
    return 'FUTURE';
  }
  let first = -1;
  let intent = false;
  let plan = false;
  let last = -1;
  for (let j = s; j < e; j++) {
    const w = words[j]!;
    if (lex.future.has(w)) return 'FUTURE';
    if (w === 'to' && j > s && lex.intentBeforeTo.has(words[j - 1]!) && j + 1 < e && isVerbal(tokens[j + 1]!)) {
      intent = true;
      plan = lex.planBeforeTo.has(words[j - 1]!);
    }
    if (isVerbal(tokens[j]!) && w !== "'d") { if (first < 0) first = j; last = j; }
  }
  if (first < 0) return null;
  const w = words[first]!;
  // "a summit set for April", "talks scheduled for Monday": a schedule, whatever the form of the verb.
  if (words[e] === 'for' && lex.scheduledFor.has(words[last]!) && w !== 'had') return 'FUTURE';
  // A plan ("is set to resume", "scheduled a hearing", "were planning to leave", "did not plan to act") points to
  // later, unless it was made in the past perfect ("had been due to expire"); "was expected to end" leaves it open.
  if (intent || lex.planVerbs.has(words[last]!)) {
    if (w === 'had') return 'PAST';
    if (lex.pastAux.has(w) && intent && !plan) return null;
    return 'FUTURE';
  }
  if (first > s && words[first - 1] === 'to') return null;
  if (lex.openModal.has(w)) {
    for (let j = first + 1; j < e; j++) if (lex.perfectAux.has(words[j]!)) return 'PAST';
    return null;
  }
  if (lex.modal.has(w)) {
    for (let j = first + 1; j < e; j++) if (lex.perfectAux.has(words[j]!)) return 'PAST';
    return 'FUTURE';
  }
  if (lex.pastAux.has(w) || lex.perfectAux.has(w)) return 'PAST';
  if (lex.presentAux.has(w)) return 'PRESENT';
  if (isPastForm(lex, w) || lex.sameFormPast.has(w)) return 'PAST';
  if (w.endsWith('ing')) return null;
  return 'PRESENT';
}

/**
 * The tense governing tokens [start, end) of a sentence [lo, hi): the one a
 * preposition before it implies ("until Friday" future, "since May" past), else that of the
 * nearest verb group on either side (a comma between counts as a long way; the left side
 * wins at equal distance); null when that group has no tense of its own ("to leave",
 * "arriving") or the sentence has no verb.
 */
export function clauseTense(
  lex: TenseLexicon, tokens: readonly Token[], words: readonly string[],
  lo: number, hi: number, start: number, end: number,
): Tense | null {
  const prep = lex.prepositions.matchBefore(words, start, lo);
  if (prep && !lex.untilWords.has(words[prep.at]!)) return prep.value;
  const left = nearestVerb(lex, tokens, words, start - 1, lo - 1, -1, lo);
  const right = nearestVerb(lex, tokens, words, end, hi, 1, lo);
  const [near, far] = left.cost <= right.cost ? [left, right] : [right, left];
  // "until Friday" points forward, unless the clause looks back from a past time: "Until Monday, they had not...".
  if (prep) return near.at >= 0 && isPastPerfect(lex, tokens, words, near.at, lo, hi) ? 'PAST' : prep.value;
  if (near.at < 0) return null;
  // A tenseless group ("Thursday to announce", "Arriving on Tuesday, ...") leaves the choice to the other side.
  return groupTense(lex, tokens, words, near.at, lo, hi) ?? (far.at < 0 ? null : groupTense(lex, tokens, words, far.at, lo, hi));
}

/** True when the verb group around token k is in the past perfect: "had not called", "had been seen". */
function isPastPerfect(lex: TenseLexicon, tokens: readonly Token[], words: readonly string[], k: number, lo: number, hi: number): boolean {
  let s = k;
  while (s > lo && k - s < 4 && inGroup(tokens[s - 1]!)) s--;
  let e = k + 1;
  while (e < hi && e - k < 3 && inGroup(tokens[e]!)) e++;
  for (let j = s; j < e; j++) {
    if (words[j] !== 'had') continue;
    for (let x = j + 1; x < e; x++) if (isVerbal(tokens[x]!) && isPastForm(lex, words[x]!)) return true;
    return false;
  }
  return false;
}

/** A comma between a time and a verb weighs like this many words: "in March, an official said" is not said in March. */
const COMMA_COST = 10;

/** A capitalized word inside a sentence the tagger took for a verb: part of a name ("Roe v. Wade", "Will Smith"). */
const isNameWord = (tokens: readonly Token[], k: number, lo: number): boolean => {
  if (k <= lo) return false;
  const t = tokens[k]!;
  const ch = t.text.charCodeAt(0);
  if (ch < 65 || ch > 90 || t.text === 'I') return false;
  return !/^["“'‘(\[—-]/.test(tokens[k - 1]!.text);
};

/** "as planned", "as previously scheduled": a comparison with the plan, which says nothing of the clause's time. */
function isAsPlanned(lex: TenseLexicon, tokens: readonly Token[], words: readonly string[], k: number, lo: number): boolean {
  const w = words[k]!;
  if (!lex.planVerbs.has(w) && !lex.scheduledFor.has(w)) return false;
  return (k - 1 >= lo && words[k - 1] === 'as') || (k - 2 >= lo && words[k - 2] === 'as' && tokens[k - 1]!.pos === 'ADV');
}

const isNominal = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');

/** The first verb or auxiliary from `from` towards `to` (exclusive), and how far it is; a comma inside a list of names weighs one word. */
function nearestVerb(
  lex: TenseLexicon, tokens: readonly Token[], words: readonly string[], from: number, to: number, step: 1 | -1, lo: number,
): { at: number; cost: number } {
  let cost = 0;
  for (let k = from; k !== to && cost <= 40; k += step) {
    cost += words[k] !== ',' ? 1 : isNominal(tokens[k - 1]) && isNominal(tokens[k + 1]) ? 1 : COMMA_COST;
    if (isVerbal(tokens[k]!) && !isNameWord(tokens, k, lo) && !isAsPlanned(lex, tokens, words, k, lo)) return { at: k, cost };
  }
  return { at: -1, cost: Infinity };
}
