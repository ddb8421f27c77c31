import type { Doc } from '../doc/types.js';
import type { TokenLexicon } from './tagger/lexicon.js';
import type { Gazetteer } from './lexicon/gazetteer.js';

/** Words written with a capital inside a sentence somewhere in the document (lower-cased). */
export function capitalisedMidSentence(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    let first = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i]!;
      if (!/\p{L}/u.test(t.text)) continue;
      if (!first && /^\p{Lu}\p{Ll}/u.test(t.text)) out.add(t.lower);
      first = false;
    }
  }
  return out;
}

/**
 * Whether a one-token name at token `i` is more likely an ordinary word
 * capitalised only because it starts the sentence ("Visuals released on
 * social media showed ..."): it starts its sentence, is Capitalised (not in
 * capitals), is an English word (or its plural), is no gazetteer name, is
 * written in lower case in running text as far as the case profile knows,
 * and nowhere else in the document is it capitalised mid-sentence.
 */
export function isSentenceStartWord(
  doc: Doc, i: number, lexicon: TokenLexicon, gazetteer: Gazetteer, midSentence: ReadonlySet<string>,
): boolean {
  const t = doc.tokens[i]!;
  const s = doc.sentences[t.sentence];
  if (!s) return false;
  for (let k = s.tokenStart; k < i; k++) if (/\p{L}|\p{N}/u.test(doc.tokens[k]!.text)) return false;
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text)) return false;
  if (lexicon.englishOf(t.lower) === 0 || gazetteer.classesOf(t.lower) !== 0) return false;
  const profile = lexicon.caseProfileOf(t.lower);
  if (profile > 4) return false;
  return !midSentence.has(t.lower);
}
