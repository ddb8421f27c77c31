/**
 * CAMEO/PETRARCH-style trigger patterns: `pre * post`, where `*` is the
 * trigger (verb or noun) and each side is a list of elements matched in
 * order: a word (`aid`), a synonym set (`&weapon`), a noun phrase whose words
 * appear in order with small gaps (`{humanitarian aid}`), alternatives
 * (`bombing/explosion`), and prepositional phrases (`(against &military)`,
 * `(to)`). `$ + ^ %` (PETRARCH's actor markers) are ignored.
 */
import { nounForms } from './inflect.js';

/** Alternatives, each a sequence of words; a word is the set of its accepted lower-case forms. */
export interface Term {
  readonly alts: readonly (readonly ReadonlySet<string>[])[];
  /** The alternatives with their words in reverse order (matched against the words before a trigger, nearest first). */
  readonly rev: readonly (readonly ReadonlySet<string>[])[];
  /** Largest gap (in tokens) allowed between two words of one alternative. */
  readonly gap: number;
}

export type Element =
  | { readonly kind: 'term'; readonly term: Term }
  | { readonly kind: 'pp'; readonly prep: ReadonlySet<string>; readonly object: Term | null };

export interface Pattern {
  readonly pre: readonly Element[];
  readonly post: readonly Element[];
  /** CAMEO code, category name, or null for an explicit "no event" (`---`). */
  readonly code: string | null;
  /** PETRARCH `[:code]`: the event goes from the object to the subject. */
  readonly reversed: boolean;
  /** Number of words the pattern requires: the more, the more specific. */
  readonly weight: number;
}

export type Synsets = ReadonlyMap<string, readonly string[]>;

/** Parse a CAMEO code field: `042:043` -> 042, `:173` -> 173 reversed, `---` -> null. */
export function parseCode(field: string): { code: string | null; reversed: boolean } {
  const f = field.trim().replace(/!$/, '');
  if (!f || /^-+$/.test(f)) return { code: null, reversed: false };
  const [a = '', b = ''] = f.split(':').map((x) => x.trim());
  if (!a && b) return { code: /^-+$/.test(b) ? null : b, reversed: true };
  return { code: /^-+$/.test(a) ? null : a, reversed: false };
}

/** Split a pattern side into raw element strings, keeping {...} and (...) groups whole. */
function splitElements(side: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < side.length) {
    const c = side[i]!;
    if (c === ' ') { i++; continue; }
    if (c === '{' || c === '(') {
      const close = c === '{' ? '}' : ')';
      let depth = 0;
      let j = i;
      for (; j < side.length; j++) {
        if (side[j] === c) depth++;
        else if (side[j] === close && --depth === 0) break;
      }
      out.push(side.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < side.length && side[j] !== ' ') j++;
    out.push(side.slice(i, j));
    i = j;
  }
  return out;
}

const IGNORED = new Set(['$', '+', '^', '%', '*', '']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** Words of a phrase: underscores and hyphens separate words, as the tokenizer does. */
const phraseWords = (p: string) => p.split(/[_\s-]+/).filter(Boolean);

function wordSet(w: string): ReadonlySet<string> {
  return new Set(nounForms(w));
}

const makeTerm = (alts: ReadonlySet<string>[][], gap: number): Term => ({ alts, rev: alts.map((a) => [...a].reverse()), gap });

/** A term from a word, `&synset`, `a/b` alternatives or a `{noun phrase}`. */
function parseTerm(raw: string, synsets: Synsets): Term | null {
  if (raw.startsWith('{')) {
    const inner = raw.slice(1, -1).trim();
    const seqs: ReadonlySet<string>[][] = [[]];
    for (const w of inner.split(/\s+/)) {
      if (IGNORED.has(w)) continue;
      const t = parseTerm(w, synsets);
      if (!t) continue;
      // expand alternatives inside a phrase (synsets): cartesian product, kept small
      const next: ReadonlySet<string>[][] = [];
      for (const s of seqs) for (const alt of t.alts) next.push([...s, ...alt]);
      seqs.splice(0, seqs.length, ...next.slice(0, 200));
    }
    const alts = seqs.filter((s) => s.length > 0);
    return alts.length ? makeTerm(alts, 2) : null;
  }
  if (raw.startsWith('&')) {
    const phrases = synsets.get(raw) ?? synsets.get(`${raw}_`);
    if (!phrases) return null;
    return makeTerm(phrases.map((p) => phraseWords(p).map(wordSet)), 0);
  }
  if (IGNORED.has(raw)) return null;
  const alts = raw.split('/').filter(Boolean).map((a) => phraseWords(a).map(wordSet));
  return alts.length ? makeTerm(alts, 0) : null;
}

function parseElement(raw: string, synsets: Synsets): Element | null {
  if (raw.startsWith('(')) {
    const parts = splitElements(raw.slice(1, -1).trim());
    const prepRaw = parts.shift();
    if (!prepRaw || IGNORED.has(prepRaw)) return null;
    const prep = new Set(prepRaw.split('/'));
    // the object: one word, synset or {phrase}; several words make one phrase ("(to a vote)" -> {vote})
    const words = parts.filter((p) => !IGNORED.has(p) && !ARTICLES.has(p));
    const object = words.length === 0 ? null
      : parseTerm(words.length === 1 ? words[0]! : `{${words.join(' ')}}`, synsets);
    return { kind: 'pp', prep, object };
  }
  const term = parseTerm(raw, synsets);
  return term ? { kind: 'term', term } : null;
}

const termWeight = (t: Term) => Math.min(...t.alts.map((a) => a.length));
const elementWeight = (e: Element) =>
  e.kind === 'term' ? termWeight(e.term) : 1 + (e.object ? termWeight(e.object) : 0);

/** Parse `pre * post` with its code field; null when the pattern has no `*` or uses an unknown synset. */
export function parsePattern(text: string, codeField: string, synsets: Synsets): Pattern | null {
  const star = splitElements(text).indexOf('*');
  if (star < 0) return null;
  const parts = splitElements(text);
  const pre: Element[] = [];
  const post: Element[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i === star) continue;
    const raw = parts[i]!;
    if (IGNORED.has(raw)) continue;
    const el = parseElement(raw, synsets);
    if (!el) {
      if (raw.startsWith('&')) return null; // unknown synset: PETRARCH ignores the pattern too
      continue;
    }
    (i < star ? pre : post).push(el);
  }
  const { code, reversed } = parseCode(codeField);
  const weight = [...pre, ...post].reduce((n, e) => n + elementWeight(e), 0);
  return { pre, post, code, reversed, weight };
}

/**
 * Words one of which must be in a window for the pattern to match: those of
 * its most selective element (a noun rather than a preposition).
 */
export function keyWords(p: Pattern): string[] {
  const els = [...p.post, ...p.pre];
  const firstWords = (t: Term) => t.alts.flatMap((alt) => (alt[0] ? [...alt[0]] : []));
  const term = els.find((e) => e.kind === 'term');
  if (term?.kind === 'term') return firstWords(term.term);
  const pp = els.find((e) => e.kind === 'pp' && e.object);
  if (pp?.kind === 'pp' && pp.object) return firstWords(pp.object);
  const bare = els[0];
  return bare?.kind === 'pp' ? [...bare.prep] : [];
}

/** Patterns indexed by their key words, so that only patterns with a key word in the window are tried. */
export class PatternSet {
  readonly patterns: readonly Pattern[];
  /** Some pattern reads words before the trigger. */
  readonly hasPre: boolean;
  readonly #byKey = new Map<string, number[]>();
  readonly #always: number[] = [];

  /** `patterns` most specific first. */
  constructor(patterns: readonly Pattern[]) {
    this.patterns = patterns;
    this.hasPre = patterns.some((p) => p.pre.length > 0);
    patterns.forEach((p, i) => {
      const keys = keyWords(p);
      if (!keys.length) { this.#always.push(i); return; }
      for (const k of new Set(keys)) {
        let list = this.#byKey.get(k);
        if (!list) this.#byKey.set(k, (list = []));
        list.push(i);
      }
    });
  }

  get size(): number {
    return this.patterns.length;
  }

  /** Some pattern is tried whatever the words around (it has no key word). */
  get hasUnkeyed(): boolean {
    return this.#always.length > 0;
  }

  /** Every key word. */
  get keys(): Iterable<string> {
    return this.#byKey.keys();
  }

  /** Is `word` a key word of some pattern? */
  isKey(word: string): boolean {
    return this.#byKey.has(word);
  }

  /** Indices of the patterns that may match given the window words, most specific first. */
  candidates(before: Window, after: Window): number[] {
    const out = [...this.#always];
    for (const words of [after.words, before.words]) {
      for (const w of words) {
        const list = this.#byKey.get(w);
        if (list) for (const i of list) out.push(i);
      }
    }
    if (out.length > 1) out.sort((a, b) => a - b);
    return out;
  }
}

/** The tokens a pattern is matched against: lower-case words with their token indices (punctuation dashes left out). */
export interface Window {
  readonly words: readonly string[];
  readonly index: readonly number[];
  /** True where the word is a noun (a term must end on a phrase head, not on a modifier: "plane tickets"). */
  readonly noun: readonly boolean[];
  /** True where the word is a preposition other than "of". */
  readonly prep: readonly boolean[];
}

/** Match one alternative starting exactly at position p; returns the end position (exclusive) or -1. */
function matchAltAt(alt: readonly ReadonlySet<string>[], gap: number, w: Window, p: number, limit: number): number {
  let pos = p;
  for (let k = 0; k < alt.length; k++) {
    const set = alt[k]!;
    if (k === 0) {
      if (pos >= limit || !set.has(w.words[pos]!)) return -1;
      pos++;
      continue;
    }
    let found = -1;
    for (let q = pos; q <= Math.min(pos + gap, limit - 1); q++) {
      if (set.has(w.words[q]!)) { found = q; break; }
    }
    if (found < 0) return -1;
    pos = found + 1;
  }
  return pos;
}

/** An alternative matched at p whose last word is followed by another noun only modifies it. */
function matchHeadAt(alt: readonly ReadonlySet<string>[], gap: number, w: Window, p: number, limit: number): number {
  const end = matchAltAt(alt, gap, w, p, limit);
  return end > 0 && w.noun[end] ? -1 : end;
}

/**
 * First match of a term at or after `from` (before `limit`): [start, end) in
 * window positions. An object comes before any prepositional phrase
 * ("demonstrated resolve on the battlefield in support" has no object "support").
 */
function findTerm(t: Term, w: Window, from: number, limit: number, maxSkip: number, object = false): [number, number] | null {
  for (let p = from; p < limit && p <= from + maxSkip; p++) {
    for (const alt of t.alts) {
      const end = matchHeadAt(alt, t.gap, w, p, limit);
      if (end > 0) return [p, end];
    }
    if (object && w.prep[p]) return null;
  }
  return null;
}

function findElement(e: Element, w: Window, from: number, limit: number, maxSkip: number, first = false): [number, number] | null {
  if (e.kind === 'term') return findTerm(e.term, w, from, limit, maxSkip, first);
  for (let p = from; p < limit && p <= from + maxSkip; p++) {
    if (!e.prep.has(w.words[p]!)) {
      // a prepositional phrase of the trigger comes before any other one ("demonstrate resolve on the battlefield in support" is no "(in support)")
      if (w.prep[p]) return null;
      continue;
    }
    if (!e.object) return [p, p + 1];
    const obj = findTerm(e.object, w, p + 1, limit, 4);
    if (obj) return [p, obj[1]];
  }
  return null;
}

/**
 * Match the post elements in order in `after` and the pre elements (last
 * first) in `before` (nearest word first). Returns the window positions
 * matched (in `after` and `before`), or null.
 */
export function matchPattern(
  pat: Pattern, before: Window, after: Window,
): { readonly after: readonly [number, number][]; readonly before: readonly [number, number][] } | null {
  const afterHits: [number, number][] = [];
  let cursor = 0;
  for (const e of pat.post) {
    // the first element sits near the trigger: a prepositional phrase right after it, an object a few words on
    const reach = afterHits.length > 0 ? 6 : e.kind === 'pp' ? 6 : 7;
    const hit = findElement(e, after, cursor, after.words.length, reach, afterHits.length === 0);
    if (!hit) return null;
    afterHits.push(hit);
    cursor = hit[1];
  }
  const beforeHits: [number, number][] = [];
  // `before` is ordered nearest word first; pre elements are matched from the one next to the trigger
  cursor = 0;
  for (let k = pat.pre.length - 1; k >= 0; k--) {
    const e = pat.pre[k]!;
    const hit = findElementReversed(e, before, cursor);
    if (!hit) return null;
    beforeHits.push(hit);
    cursor = hit[1];
  }
  return { after: afterHits, before: beforeHits };
}

/** Pre elements are single words or phrases; `before` lists words nearest-first, so phrases are matched reversed. */
function findElementReversed(e: Element, before: Window, from: number): [number, number] | null {
  if (e.kind !== 'term') return null;
  const limit = Math.min(before.words.length, from + 5);
  for (let p = from; p < limit; p++) {
    for (const alt of e.term.rev) {
      const end = matchAltAt(alt, e.term.gap, before, p, limit);
      if (end > 0) return [p, end];
    }
  }
  return null;
}
