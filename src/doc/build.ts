import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Paragraph, Sentence, Token } from './types.js';
import { detectLanguage } from './language.js';

export interface DocInput {
  readonly id: string;
  readonly text: string;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly publishedAt?: string | null;
}

type Nlp = ReturnType<typeof winkNLP>;

/**
 * Tokenizer, sentence splitter and POS tagger: wink-nlp's English lite model,
 * loaded once (it is read-only after loading).
 */
export class DocumentBuilder {
  private readonly nlp: Nlp;

  constructor() {
    this.nlp = winkNLP(model, ['sbd', 'pos']);
  }

  /** Text as analysed: BOM removed, CRLF/CR line ends as LF. Offsets of every span refer to it. */
  static normalizeText(raw: string): string {
    let t = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
    return t;
  }

  build(input: DocInput): Doc {
    const text = DocumentBuilder.normalizeText(input.text);
    const its = this.nlp.its;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    const paragraphs: Paragraph[] = [];
    for (const [pStart, pEnd] of paragraphRanges(text)) {
      const ptext = text.slice(pStart, pEnd);
      const wdoc = this.nlp.readDoc(ptext);
      const values = wdoc.tokens().out(its.value) as string[];
      const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
      const pos = wdoc.tokens().out(its.pos) as string[];
      const sentSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];
      const base = tokens.length;
      let off = pStart;
      for (let k = 0; k < values.length; k++) {
        const sp = spaces[k]!;
        off += sp.length;
        const v = values[k]!;
        const start = off;
        off += v.length;
        tokens.push({
          i: base + k, start, end: off, text: v, lower: v.toLowerCase(), pos: pos[k]!,
          sentence: -1, spaceBefore: sp.length > 0 || k === 0,
        });
      }
      const sentenceStart = sentences.length;
      for (const [a, b] of sentSpans) {
        if (b < a) continue;
        const first = tokens[base + a]!;
        const last = tokens[base + b]!;
        sentences.push({
          i: sentences.length, start: first.start, end: last.end,
          tokenStart: base + a, tokenEnd: base + b + 1, paragraph: paragraphs.length,
        });
      }
      paragraphs.push({ i: paragraphs.length, start: pStart, end: pEnd, sentenceStart, sentenceEnd: sentences.length });
    }
    // Tokens are built mutable above: assign sentence indices once the sentences are known.
    for (const s of sentences) {
      for (let k = s.tokenStart; k < s.tokenEnd; k++) (tokens[k] as { sentence: number }).sentence = s.i;
    }
    const words = tokens.slice(0, 400).map((t) => t.lower);
    // The arrays are read-only by type, not frozen: V8 (Node 20) reads the elements of a frozen
    // array on a slow path, 3 to 5 times slower by index and in for-of, and every extractor
    // reads tokens and sentences by index many times per token.
    return Object.freeze({
      id: input.id,
      text,
      title: input.title ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      language: detectLanguage(words),
      paragraphs,
      sentences,
      tokens,
    });
  }
}

/**
 * Paragraph ranges, trimmed of surrounding whitespace. Where the text has
 * blank lines, they separate paragraphs (hard-wrapped text); otherwise each
 * line is a paragraph (one paragraph per line, as scraped news often is).
 */
export function paragraphRanges(text: string): [number, number][] {
  const sep = /\n[ \t\f\v]*\n/.test(text) ? /\n[ \t\f\v]*\n\s*/g : /\n\s*/g;
  const out: [number, number][] = [];
  let last = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push([a, b]);
  };
  for (const m of text.matchAll(sep)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}
