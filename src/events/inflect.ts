/**
 * English verb and noun inflection for lexicon entries, the way PETRARCH
 * generates regular forms: used by the lexicon script and by the loader for
 * curated entries that are not in CAMEO.2.0.txt.
 */

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Regular verb forms (-s, -ed, -ing, with e-drop, y -> i and consonant doubling) plus `irregular` forms. */
export function inflectVerb(base: string, irregular: readonly string[] = []): string[] {
  const out = new Set([base]);
  const last = base.at(-1)!;
  const prev = base.at(-2);
  if (/(s|x|z|ch|sh)$/.test(base)) out.add(`${base}es`);
  else if (last === 'y' && !isVowel(prev)) out.add(`${base.slice(0, -1)}ies`);
  else out.add(`${base}s`);
  let stem = base;
  if (last === 'e') stem = base.slice(0, -1);
  else if (last === 'y' && !isVowel(prev)) stem = `${base.slice(0, -1)}i`;
  out.add(`${stem}ed`);
  out.add(last === 'e' && !/(ee|ye|oe)$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`);
  // consonant doubling after one short vowel: ban -> banned, patrol -> patrolled
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base) && !/(er|en|on|it|et|al)$/.test(base)) {
    out.add(`${base}${last}ed`);
    out.add(`${base}${last}ing`);
  }
  for (const f of irregular) out.add(f);
  return [...out];
}

/** Plural of a noun (regular rules): protest -> protests, ally -> allies, crisis stays as given. */
export function pluralNoun(noun: string): string {
  const last = noun.at(-1)!;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (last === 'y' && !isVowel(noun.at(-2))) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** A word and its plural, for matching nouns written in the singular in patterns and lexicons. */
export function nounForms(word: string): string[] {
  if (!/^[a-z]/.test(word) || word.length < 3) return [word];
  return [word, pluralNoun(word)];
}
