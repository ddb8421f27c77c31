/**
 * Which stored person a shorter name form belongs to. An article that only
 * says "Putin" (or "Mr. Putin") and one that says "Vladimir Putin" name one
 * person: a person's name whose words (after a courtesy title) end another
 * person's name, with the same code and country, is that person's, when
 * exactly one stored person's name ends so; two or more keep it apart (a
 * "Smith" among several Smiths is nobody in particular). Pure: the stores
 * query the candidates (persons of the same code, country and last word)
 * and apply the decisions in the article's transaction.
 */

import { normalizeName } from './facts.js';

/** Courtesy titles that may stand before a name ("Mr. Putin"). */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'prof']);

/** The words of a normalized person name without a leading courtesy title. */
export function nameWords(nameNorm: string): string[] {
  const words = nameNorm.split(' ').filter(Boolean);
  while (words.length > 1 && COURTESY.has(words[0]!.replace(/\.$/, ''))) words.shift();
  return words;
}

/** The last word of a person's name: the candidates of a merge share it. */
export function lastWord(nameNorm: string): string {
  const words = nameWords(nameNorm);
  return words[words.length - 1] ?? '';
}

/** True when `short` is a shorter form of `full`: fewer words, and the words of `full` end with them. */
export function isShorterForm(short: string, full: string): boolean {
  const s = nameWords(short);
  const f = nameWords(full);
  if (s.length === 0 || s.length >= f.length) return false;
  const off = f.length - s.length;
  return s.every((w, i) => w === f[off + i]);
}

export interface StoredPerson {
  readonly id: number;
  readonly key: string;
  readonly nameNorm: string;
}

/** The one stored person whose name `nameNorm` is a shorter form of, or null (none, or several: ambiguous). */
export function fullFormOf(nameNorm: string, sameGroup: readonly StoredPerson[]): StoredPerson | null {
  const fulls = sameGroup.filter((p) => isShorterForm(nameNorm, p.nameNorm));
  return fulls.length === 1 ? fulls[0]! : null;
}

/**
 * Stored persons that become shorter forms of a person stored now: those
 * whose only full form, once it is stored, is the new one.
 */
export function shorterFormsOf(full: StoredPerson, sameGroup: readonly StoredPerson[]): StoredPerson[] {
  const all = [...sameGroup, full];
  return sameGroup.filter((s) => isShorterForm(s.nameNorm, full.nameNorm) && fullFormOf(s.nameNorm, all)?.id === full.id);
}

/**
 * True when an actor of an analysis is a stored actor under a shorter form
 * of its name (what the store merged): both persons of the same code, and
 * the analysis's name a shorter form of the stored one.
 */
export function isMergedForm(
  a: { readonly name: string; readonly kind: string | null; readonly code: string | null },
  stored: { readonly name: string; readonly kind: string | null; readonly code: string | null },
): boolean {
  return a.kind === 'person' && stored.kind === 'person' && a.code === stored.code
    && isShorterForm(normalizeName(a.name), normalizeName(stored.name));
}
