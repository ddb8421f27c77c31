import type { ConllDocument, ConllType } from './read.js';

/** An entity of a rebuilt document, in character offsets of its text. */
export interface CharEntity {
  readonly type: ConllType;
  readonly start: number;
  readonly end: number;
}

export interface RebuiltDocument {
  /** One line per CoNLL sentence, tokens joined as running text would have them. */
  readonly text: string;
  /** [start, end) of every CoNLL token, sentence by sentence. */
  readonly tokenSpans: readonly (readonly [number, number])[][];
  readonly entities: readonly CharEntity[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/**
 * Rebuild the running text of a tokenized document, so that it reads as news
 * does ("Putin's", "(Reuters)", "said, adding") and the document builder can
 * tokenize it as it would tokenize a real article. Each sentence is a line.
 */
export function rebuildText(doc: ConllDocument): RebuiltDocument {
  let text = '';
  const tokenSpans: [number, number][][] = [];
  const entities: CharEntity[] = [];
  for (const sentence of doc.sentences) {
    if (text) text += '\n';
    const spans: [number, number][] = [];
    let quoteOpen = false;
    let glueNext = true;
    let prev = '';
    for (const [k, tok] of sentence.tokens.entries()) {
      let glue = glueNext || NO_SPACE_BEFORE.has(tok);
      glueNext = NO_SPACE_AFTER.has(tok);
      if (tok === '"') {
        if (quoteOpen) glue = true;
        else glueNext = true;
        quoteOpen = !quoteOpen;
      }
      // A period right after an abbreviation keeps its space, so that "U.S. ." is not read as "U.S..".
      if (tok === '.' && text.endsWith('.')) glue = false;
      // A sentence-final period after a short capitalised word keeps its space, as CoNLL split it off
      // ("Ala ." for "Ala."): glued, the tokenizer would read an abbreviation and lose the gold boundary.
      if (tok === '.' && k === sentence.tokens.length - 1 && /^[A-Z][A-Za-z.]{0,3}$/.test(prev)) glue = false;
      if (!glue) text += ' ';
      spans.push([text.length, text.length + tok.length]);
      text += tok;
      prev = tok;
    }
    for (const e of sentence.entities) {
      entities.push({ type: e.type, start: spans[e.start]![0], end: spans[e.end - 1]![1] });
    }
    tokenSpans.push(spans);
  }
  return { text, tokenSpans, entities };
}
