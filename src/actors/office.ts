import type { TokenFacts } from './phrase-parts.js';
import type { Unit } from './units.js';

/**
 * When a title names one state's office by itself. A curated title may carry the state it
 * names when written bare in English-language news ("Secretary of State" USA, "Pope" VAT);
 * that default holds only for a bare title: no owner, no complement and no qualifier before it
 * ("Vatican Secretary of State", "Secretary of State of Mississippi", "Coptic Pope"), and not
 * the British form with a portfolio ("Secretary of State for Defence").
 */

/** Units a portfolio may take after "for": capitalised words, joined by "and" or commas. */
const MAX_PORTFOLIO = 6;

/**
 * "Secretary of State for Defence", "for Health and Social Care", "for the Home Department":
 * the unit after the portfolio that follows the title's "for" at unit `i`, or -1 when there is
 * none (lower-case words, a name, a state: "for Ukraine" is no portfolio).
 */
export function portfolioEnd(units: readonly Unit[], b: number, i: number, facts: TokenFacts): number {
  if (i >= b || units[i]!.type !== 'for') return -1;
  let k = i + 1;
  if (k < b && units[k]!.type === 'det') k++;
  let last = -1;
  while (k < b && k - i <= MAX_PORTFOLIO) {
    const u = units[k]!;
    if (u.type === 'x' && u.ents.length === 0 && facts.capitalized(u.ts) && /\p{L}/u.test(facts.word(u.ts))) {
      last = k++;
    } else if ((u.type === 'and' || u.type === 'comma') && last === k - 1) k++;
    else break;
  }
  return last < 0 ? -1 : last + 1;
}

/**
 * Whether the word right before a title phrase (unit `k` its first) may say whose office it
 * is: a name, a place or an organization the tagger found ("Coptic Pope", "Mississippi
 * Secretary of State"), or a capitalised word inside the sentence.
 */
export function qualifiedBefore(units: readonly Unit[], a: number, k: number, facts: TokenFacts): boolean {
  if (k <= a) return false;
  const u = units[k - 1]!;
  if (u.ents.length > 0) return true;
  return u.type === 'x' && k - 1 > a && facts.capitalized(u.ts) && /\p{L}/u.test(facts.word(u.ts));
}
