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
