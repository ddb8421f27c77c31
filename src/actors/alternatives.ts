import type { Doc } from '../doc/types.js';
import { nameKey } from './key.js';
import type { ActorLexicon } from './lexicon/lexicon.js';
import type { Unit } from './units.js';

type StateUnit = Extract<Unit, { type: 'country' | 'demonym' | 'place' }>;

/**
 * A name that may mean two states ("Congo": the Democratic Republic, or the Republic of the
 * Congo; "Tripoli": Libya's capital, or Lebanon's port) means the other one when the article's
 * other words name that state ("Brazzaville", "Lebanese") and never the usual one. Rewrites
 * `units` in place; a few lookups per article.
 */
export function resolveAlternatives(doc: Doc, units: Unit[], lex: ActorLexicon): void {
  if (lex.alternatives.size === 0) return;
  const named = new Set<string>();
  const open: [number, readonly string[]][] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if ((u.type !== 'country' && u.type !== 'demonym' && u.type !== 'place') || !u.country) continue;
    const first = doc.tokens[u.ts]!;
    const alts = lex.alternativeFirstWords.has(first.lower)
      ? lex.alternatives.get(u.te - u.ts === 1 ? first.lower : nameKey(doc.text.slice(first.start, doc.tokens[u.te - 1]!.end)))
      : undefined;
    if (alts) open.push([k, alts]);
    else named.add(u.country);
  }
  for (const [k, alts] of open) {
    const u = units[k] as StateUnit;
    if (named.has(u.country!)) continue;
    const other = alts.filter((c) => named.has(c));
    if (other.length === 1) units[k] = { ...u, country: other[0]! };
  }
}
