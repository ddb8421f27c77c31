import type { Doc } from '../doc/types.js';

/**
 * The lookup key of a name or phrase: lower case, straight apostrophes,
 * single spaces, no spaces around hyphens, no trailing possessive, no
 * leading "the". Lexicon builders and the extractor both key by it, so
 * "the Kremlin’s" and "KREMLIN_" meet at "kremlin".
 */
export function nameKey(text: string): string {
  let k = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[_\s]+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim();
  if (k.endsWith("'s")) k = k.slice(0, -2).trimEnd();
  else if (k.endsWith("'")) k = k.slice(0, -1).trimEnd();
  if (k.startsWith('the ')) k = k.slice(4);
  return k;
}

/**
 * The key of a short name written in parentheses right after a name ending before token `te`
 * ("International Labour Office (ILO)", "Ceasefire Committee (CFC)"), or null: one token with
 * at least two capitals, which the article may use alone later.
 */
export function shortNameAfter(doc: Doc, te: number): string | null {
  const t = doc.tokens;
  const open = t[te];
  const short = t[te + 1];
  if (open?.text !== '(' || t[te + 2]?.text !== ')' || !short || short.sentence !== open.sentence) return null;
  if (!/^\p{Lu}[\p{L}\d&.-]{1,11}$/u.test(short.text) || (short.text.match(/\p{Lu}/gu) ?? []).length < 2) return null;
  return nameKey(short.text);
}
