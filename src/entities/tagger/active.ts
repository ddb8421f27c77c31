import type { Unit } from './token-context.js';
import type { WordAtoms } from './words.js';

/** How far (in tokens) a capitalised word makes its neighbours worth scoring. */
export const REACH = 2;

/**
 * The tokens the tagger scores (1) and those it labels O unscored (0): in
 * English news a name has a capital letter, and the lower-case words inside
 * one ("Bank of England", "Ludwig van Beethoven") lie next to one; so a token
 * with no capitalised word (Capitalised, CAPS or mIxed) within REACH tokens on
 * either side in its paragraph is labelled O. A paragraph with no capitalised
 * word at all (text in lower case throughout) is scored in full.
 */
export function activeTokens(atoms: readonly WordAtoms[], units: readonly Unit[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const u of units) {
    let any = false;
    for (let i = u.start; i < u.end; i++) {
      if (atoms[i]!.wcase < 2 || atoms[i]!.wcase > 4) continue;
      any = true;
      out.fill(1, Math.max(u.start, i - REACH), Math.min(u.end, i + REACH + 1));
    }
    if (!any) out.fill(1, u.start, u.end);
  }
  return out;
}
