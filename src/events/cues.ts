/** Modality and complement cues (data/events/cues.tsv), indexed by their first word's forms. */
import { inflectVerb } from './inflect.js';
import { readTsv } from './tsv.js';
import { WordFilter } from './word-filter.js';

export const CUE_ROLES = [
  'neg', 'hedge', 'reports', 'sentence-hedge', 'hedge-verb', 'future', 'predict', 'intent', 'prepare', 'threat', 'refuse',
  'negimp', 'request', 'order', 'aspect', 'attempt', 'planned', 'raise', 'obligation', 'light-head',
] as const;
export type CueRole = (typeof CUE_ROLES)[number];

export interface Cue {
  readonly role: CueRole;
  /** Words after the first, matched as written. */
  readonly rest: readonly string[];
  /** True when the first word is a verb (matched in all its forms). */
  readonly verb: boolean;
}

export interface Cues {
  /** Lower-case first word (any form) -> cues starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly Cue[]>;
  /** The first words, for a cheap first test. */
  readonly firsts: WordFilter;
}

export function loadCues(file: string, irregular: ReadonlyMap<string, readonly string[]> = new Map()): Cues {
  const byFirst = new Map<string, Cue[]>();
  for (const [phrase, role, kind = ''] of readTsv(file)) {
    if (!(CUE_ROLES as readonly string[]).includes(role!)) throw new Error(`cues.tsv: unknown role ${role}`);
    const [first, ...rest] = phrase!.split(' ');
    const verb = kind === 'verb';
    const cue: Cue = { role: role as CueRole, rest, verb };
    for (const f of verb ? inflectVerb(first!, irregular.get(first!)) : [first!]) {
      let list = byFirst.get(f);
      if (!list) byFirst.set(f, (list = []));
      list.push(cue);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return { byFirst, firsts: new WordFilter(byFirst.keys()) };
}

/** The first words of the cues of a role (lower case, every form). */
export function firstWords(cues: Cues, role: CueRole): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [w, list] of cues.byFirst) if (list.some((c) => c.role === role)) out.add(w);
  return out;
}

/** Is the word a cue of this role on its own (a one-word cue)? */
export function isCue(cues: Cues, word: string, role: CueRole): boolean {
  return cues.byFirst.get(word)?.some((c) => c.role === role && c.rest.length === 0) ?? false;
}

// Read-only by type, not frozen: for-of over a frozen array takes V8's slow path (an iterator object per loop).
const NO_CUES: readonly { cue: Cue; len: number }[] = [];

/** The cues that start at position p of `words` (lower case), with their length in words. */
export function cuesAt(cues: Cues, words: readonly string[], p: number): readonly { cue: Cue; len: number }[] {
  const w = words[p];
  if (w === undefined || !cues.firsts.mayHave(w)) return NO_CUES;
  const list = cues.byFirst.get(w);
  if (!list) return NO_CUES;
  const out: { cue: Cue; len: number }[] = [];
  for (const cue of list) {
    let ok = true;
    for (let k = 0; k < cue.rest.length; k++) {
      if (words[p + 1 + k] !== cue.rest[k]) { ok = false; break; }
    }
    if (ok) out.push({ cue, len: 1 + cue.rest.length });
  }
  return out;
}
