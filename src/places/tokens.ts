import type { Doc, Token } from '../doc/types.js';
import { nameKey } from './names.js';

/** Whether a token starts with a capital letter. */
export const isUpper = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 0xbf && t.text[0] !== t.lower[0]);
};

/** Whether token i starts its sentence. */
export const sentenceStart = (doc: Doc, i: number) => doc.sentences[doc.tokens[i]!.sentence]!.tokenStart === i;

/** A token's text as a name key (see nameKey): its lower case unless it holds a typographic mark. */
export function tokenKey(t: Token): string {
  for (let k = 0; k < t.text.length; k++) {
    const c = t.text.charCodeAt(k);
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0xa0) return nameKey(t.text);
  }
  return t.lower;
}
