/**
 * Reader for CoNLL-2003 NER files (token POS chunk NER per line, blank line
 * between sentences, `-DOCSTART-` between documents). Only the token and the
 * NER column are kept; tags may be IOB1 or IOB2, entities come out as spans.
 */

export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const CONLL_TYPES: readonly ConllType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** An entity over tokens [start, end) of one sentence. */
export interface ConllEntity {
  readonly type: ConllType;
  readonly start: number;
  readonly end: number;
}

export interface ConllSentence {
  readonly tokens: readonly string[];
  readonly entities: readonly ConllEntity[];
}

export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (tokens.length) sentences.push({ tokens, entities: tagsToEntities(tags) });
    tokens = [];
    tags = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length) docs.push({ sentences });
    sentences = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) { endSentence(); continue; }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { endDocument(); continue; }
    tokens.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  endDocument();
  return docs;
}

/** Entities from IOB1 or IOB2 tags: a span starts at B-, at I- after O, or at I- of another type. */
export function tagsToEntities(tags: readonly string[]): ConllEntity[] {
  const out: ConllEntity[] = [];
  let type: ConllType | null = null;
  let start = 0;
  const close = (end: number) => {
    if (type) out.push({ type, start, end });
    type = null;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) { close(i); return; }
    const t = tag.slice(2) as ConllType;
    if (tag.startsWith('B-') || t !== type) {
      close(i);
      type = t;
      start = i;
    }
  });
  close(tags.length);
  return out;
}
