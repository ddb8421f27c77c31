/**
 * Event triggers in one sentence: verbs and nouns of the lexicon, each coded
 * by its most specific matching pattern (or its default code). Work is per
 * token: one Map lookup, and pattern matching only for tokens that are in the
 * lexicon.
 */
import { isCue, type Cues } from './cues.js';
import type { LexEntry, EventLexicon } from './lexicon.js';
import { matchPattern, type Window } from './patterns.js';
import type { WordFilter } from './word-filter.js';
import type { SentenceView } from './sentence.js';

export interface Trigger {
  readonly kind: 'verb' | 'noun';
  readonly entry: LexEntry;
  /** Token range of the trigger words [first, last). */
  readonly first: number;
  readonly last: number;
  /** The inflected verb or the noun's head. */
  readonly head: number;
  /** CAMEO code or category name. */
  readonly code: string;
  readonly reversed: boolean;
  /** Tokens matched by the pattern after the trigger (objects the pattern read). */
  readonly consumed: readonly number[];
}

/** Words a pattern reads after and before its trigger. */
const AFTER_WORDS = 12;
const BEFORE_WORDS = 6;
const EMPTY_WINDOW: Window = { words: [], index: [], noun: [], prep: [] };

/** Nouns that are adverbs of time: "signed an agreement today" (today does not make "agreement" a modifier). */
const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
const SKIP_IN_WINDOW = new Set(['-', '–', '"', '“', '”', "'", '‘']);
const NOMINAL_LEFT = new Set(['DET', 'ADJ', 'NUM']);
const PREPOSITIONAL = new Set(['following', 'including', 'regarding', 'concerning', 'excluding', 'notwithstanding', 'pending']);
const PARTITIVE = new Set(['part', 'parts', 'much', 'most', 'all', 'some', 'many', 'half']);
const PREP_BEFORE_NOUN = new Set(['of', 'in', 'for', 'against', 'amid', 'after', 'before', 'during', 'despite', 'over', 'with', 'by', 'following', 'to']);

/** 'verb', 'noun' or null: how the token at i is used, correcting the tagger where the left context is clear. */
export function wordClass(v: SentenceView, i: number): 'verb' | 'noun' | null {
  const t = v.tok(i)!;
  const prev = v.tok(i - 1);
  const prevPos = prev?.pos ?? '';
  const prevLower = prev?.lower ?? '';
  if (t.pos === 'VERB') {
    // "following the deal", "including two children": a participle used as a preposition
    if (PREPOSITIONAL.has(t.lower)) return null;
    // "Israeli-occupied", "rebel-held": a hyphenated adjective
    if (prevLower === '-' && !t.spaceBefore && v.isPastForm(i)) return null;
    if (NOMINAL_LEFT.has(prevPos) || v.isPossessive(i - 1)) {
      // an attributive participle ("armed men", "the wounded") is neither
      if (v.isPastForm(i) || t.lower.endsWith('ing')) return null;
      return 'noun';
    }
    if (prevPos === 'ADP' && PREP_BEFORE_NOUN.has(prevLower) && !t.lower.endsWith('ing')) return 'noun';
    if (prevLower === 'to' && /[^s]s$/.test(t.lower)) return 'noun';
    // "rejected calls by", "ignored demands": an -s form right after a verb is its object
    if (prevPos === 'VERB' && /[^s]s$/.test(t.lower)) return 'noun';
    return 'verb';
  }
  if (t.pos === 'NOUN') {
    if (v.isAux(i - 1) && !v.isPossessive(i - 1) && prevLower !== "'s" && prevLower !== '’s' && !BE_NOUN.has(prevLower)) return 'verb';
    if (prevLower === 'to' && prevPos === 'PART') return 'verb';
    return 'noun';
  }
  if (t.pos === 'PROPN' && i === v.start) return 'noun';
  return null;
}
const BE_NOUN = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The window of lower-case words after (or before, nearest first) a trigger,
 * inside its clause; after the trigger it ends at the next verb, since a
 * pattern reads the trigger's own objects, not an embedded clause's.
 */
function windowOf(v: SentenceView, cues: Cues, from: number, to: number, step: 1 | -1, max: number): Window {
  const words: string[] = [];
  const index: number[] = [];
  const noun: boolean[] = [];
  const prep: boolean[] = [];
  for (let k = from; step > 0 ? k < to : k >= to; k += step) {
    const w = v.lower(k);
    if (SKIP_IN_WINDOW.has(w)) continue;
    // "up to 4,000 troops", "more than 100 people": a quantity is part of the noun phrase
    if (step > 0 && isQuantifier(v, k)) { k++; continue; }
    if (step > 0) {
      // a comma ends the objects of a verb, unless adjectives are being listed ("consistent, significant support")
      if (w === ',' && v.pos(k + 1) !== 'ADJ') break;
      if (k > from && (v.isAux(k) || (v.pos(k) === 'SCONJ') || (v.pos(k) === 'VERB' && wordClass(v, k) === 'verb' && !/(ing|ed)$/.test(w)))) break;
    }
    words.push(w);
    index.push(k);
    noun.push((v.pos(k) === 'NOUN' || v.pos(k) === 'PROPN') && !isCue(cues, w, 'light-head') && !TIME_WORDS.has(w));
    prep.push(v.pos(k) === 'ADP' && w !== 'of');
    if (words.length >= max) break;
  }
  return { words, index, noun, prep };
}

/** Tokens k, k+1 read "up to", "more than", "less than", "at least"...: a quantity before a noun. */
function isQuantifier(v: SentenceView, k: number): boolean {
  const w = v.lower(k);
  const n = v.lower(k + 1);
  return (w === 'up' && n === 'to') || ((w === 'more' || w === 'less' || w === 'fewer') && n === 'than')
    || (w === 'at' && (n === 'least' || n === 'most'));
}

/** Do the words of a multi-word entry stand around the head at token i? Returns [first, last) or null. */
function entrySpan(v: SentenceView, e: LexEntry, i: number): [number, number] | null {
  let first = i;
  for (let k = e.head - 1; k >= 0; k--) {
    let j = first - 1;
    while (SKIP_IN_WINDOW.has(v.lower(j)) && j > v.start) j--;
    if (v.lower(j) !== e.words[k]) return null;
    first = j;
  }
  let last = i + 1;
  for (let k = e.head + 1; k < e.words.length; k++) {
    let j = last;
    while (SKIP_IN_WINDOW.has(v.lower(j)) && j < v.end - 1) j++;
    if (v.lower(j) !== e.words[k]) return null;
    last = j + 1;
  }
  return [first, last];
}

/** True when a direct object follows the verb (a noun phrase, not a preposition or clause). */
function hasObject(v: SentenceView, last: number): boolean {
  let k = last;
  while (v.pos(k) === 'ADV') k++;
  // "captured part of the town", "destroyed much of the city": a quantity of something
  if (k > last && v.lower(k) === 'of' && PARTITIVE.has(v.lower(k - 1))) return true;
  const p = v.pos(k);
  return p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'NUM' || (p === 'ADJ' && v.pos(k + 1) !== 'ADP') || p === 'PRON';
}

function hasComplement(v: SentenceView, last: number): boolean {
  for (let k = last; k < Math.min(v.end, last + 10); k++) {
    const w = v.lower(k);
    if (w === 'to' || w === 'for' || w === 'that' || w === 'on') return true;
    if (w === ',' || w === ';' || w === '.' || w === ':') return false;
  }
  return false;
}

/** Nothing but a preposition, punctuation or the clause's end follows: the verb is used without an object. */
function isIntransitive(v: SentenceView, last: number): boolean {
  let k = last;
  while (v.pos(k) === 'ADV') k++;
  const p = v.pos(k);
  return k >= v.end || p === 'ADP' || p === 'PUNCT' || p === 'CCONJ' || p === 'SCONJ' || p === 'PART';
}

/** The direct object (determiners, adjectives and numbers first) is an actor: "released [the prisoners]", not "released a report". */
function hasActorObject(v: SentenceView, last: number, isMention: (k: number) => boolean): boolean {
  let k = last;
  while (k < v.end && (v.pos(k) === 'ADV' || v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || isQuantifier(v, k))) k += isQuantifier(v, k) ? 2 : 1;
  return k < v.end && isMention(k);
}

function flagsAllow(v: SentenceView, e: LexEntry, head: number, last: number, isMention: (k: number) => boolean): boolean {
  if (e.flags.has('intr') && !isIntransitive(v, last)) return false;
  if (e.flags.has('actor') && !hasActorObject(v, last, isMention) && !v.isPassive(head)) return false;
  if (e.flags.has('tr') && !hasObject(v, last) && !v.isPassive(head)) return false;
  if (e.flags.has('comp') && !hasComplement(v, last)) return false;
  if (e.flags.has('nothat') && v.lower(last) === 'that') return false;
  if (e.flags.has('lc') && v.tok(head)!.text !== v.tok(head)!.lower) return false;
  return true;
}

/**
 * Could a pattern of the entry match here? A cheap look for a key word in the
 * tokens the windows are drawn from (a superset of the windows), so that the
 * windows are built only around the few triggers where a pattern may apply.
 */
function mayMatch(v: SentenceView, keys: WordFilter, e: LexEntry, first: number, last: number): boolean {
  const ps = e.patterns;
  if (ps.hasUnkeyed) return true;
  const toks = v.doc.tokens;
  // the sentence bounds the windows as well as the clause does, and costs nothing to know
  const end = Math.min(v.end, last + 2 * AFTER_WORDS);
  for (let k = last; k < end; k++) {
    const w = toks[k]!.lower;
    // the window after a trigger ends at a comma (unless adjectives are listed), as windowOf has it
    if (w === ',' && v.pos(k + 1) !== 'ADJ') break;
    if (keys.mayHave(w) && ps.isKey(w)) return true;
  }
  if (ps.hasPre) {
    const start = Math.max(v.start, first - 2 * BEFORE_WORDS);
    for (let k = first - 1; k >= start; k--) if (keys.mayHave(toks[k]!.lower) && ps.isKey(toks[k]!.lower)) return true;
  }
  return false;
}

/** The code for an entry at [first, last): the most specific matching pattern, else the default (flags permitting). */
function codeFor(
  v: SentenceView, lex: EventLexicon, e: LexEntry, first: number, last: number, head: number, isMention: (k: number) => boolean,
): Omit<Trigger, 'kind' | 'entry' | 'first' | 'last' | 'head'> | null {
  const cues = lex.cues;
  if (e.patterns.size && mayMatch(v, lex.patternKeys, e, first, last)) {
    const after = windowOf(v, cues, last, v.clauseEnd(head), 1, AFTER_WORDS);
    const before = e.patterns.hasPre ? windowOf(v, cues, first - 1, v.clauseStart(first), -1, BEFORE_WORDS) : EMPTY_WINDOW;
    let prev = -1;
    for (const idx of e.patterns.candidates(before, after)) {
      if (idx === prev) continue;
      prev = idx;
      const p = e.patterns.patterns[idx]!;
      const m = matchPattern(p, before, after);
      if (!m) continue;
      if (p.code === null) return null;
      const consumed: number[] = [];
      for (const [a, b] of m.after) for (let k = a; k < b; k++) consumed.push(after.index[k]!);
      return { code: p.code, reversed: p.reversed, consumed };
    }
  }
  if (e.code === null || !flagsAllow(v, e, head, last, isMention)) return null;
  return { code: e.code, reversed: false, consumed: [] };
}

/** Every trigger of the sentence, left to right. */
export function findTriggers(
  v: SentenceView, lex: EventLexicon, candidates: readonly number[], isMention: (k: number) => boolean = () => false,
): Trigger[] {
  const out: Trigger[] = [];
  for (const i of candidates) {
    const t = v.tok(i)!;
    const cls = wordClass(v, i);
    let found: Trigger | null = null;
    const verbEntries = cls === 'verb' ? lex.verbs.get(t.lower) : undefined;
    const nounEntries = lex.nouns.get(t.lower);
    for (const e of verbEntries ?? []) {
      const span = entrySpan(v, e, i);
      if (!span) continue;
      const c = codeFor(v, lex, e, span[0], span[1], i, isMention);
      if (c) { found = { kind: 'verb', entry: e, first: span[0], last: span[1], head: i, ...c }; break; }
    }
    if (!found && nounEntries && cls !== 'verb') {
      for (const e of nounEntries) {
        if (e.words.length === 1 && cls !== 'noun') continue;
        const span = entrySpan(v, e, i);
        if (!span) continue;
        if (isModifier(v, lex.cues, span[1])) break;
        const c = codeFor(v, lex, e, span[0], span[1], i, isMention);
        if (c) found = { kind: 'noun', entry: e, first: span[0], last: span[1], head: i, ...c };
        break;
      }
    }
    if (found) {
      // a multi-word noun found at its head replaces triggers it covers ("hunger" was none; "counter" might be)
      while (out.length && out.at(-1)!.first >= found.first) out.pop();
      out.push(found);
    }
  }
  return out;
}

/** A noun directly followed by another noun modifies it ("protest areas", "attack helicopters"). */
function isModifier(v: SentenceView, cues: Cues, last: number): boolean {
  const p = v.pos(last);
  return p === 'NOUN' && !v.isAux(last) && !isCue(cues, v.lower(last), 'light-head') && !TIME_WORDS.has(v.lower(last));
}
