import type { Doc } from '../../doc/types.js';
import { MAX_CODES } from '../lexicon/gazetteer.js';
import type { TokenLexicon } from './lexicon.js';
import type { WordAtoms } from './words.js';

/** A run of tokens decoded together: a paragraph (an entity never crosses one). */
export interface Unit {
  readonly start: number;
  readonly end: number;
}

/** The universal parts of speech wink-nlp gives, in the order of their index (see posIndex). */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'] as const;
/** Index of the paragraph edge in tables indexed by a part of speech. */
export const POS_EDGE = UPOS.length;
const POS_INDEX: ReadonlyMap<string, number> = new Map(UPOS.map((p, k) => [p, k]));
/** Index of a part of speech in UPOS; a tag outside it counts as X. */
export const posIndex = (pos: string): number => POS_INDEX.get(pos) ?? 16;

/**
 * What the features of a token read besides the words themselves, computed
 * once per document: the paragraphs, each token's word, part of speech,
 * sentence position, whether its line is in capitals, gazetteer matches and
 * document-level case evidence.
 */
export interface TokenContext {
  readonly units: readonly Unit[];
  readonly atoms: readonly WordAtoms[];
  /** Index of each token's part of speech (posIndex). */
  readonly pos: Uint8Array;
  /** 1 for the first word with letters of its sentence. */
  readonly initial: Uint8Array;
  /** 1 for the tokens of a sentence in capitals (a headline): 80 % of its 3+ words with letters. */
  readonly capsLine: Uint8Array;
  /** Gazetteer codes, MAX_CODES per token (see Gazetteer.match). */
  readonly codes: Uint8Array;
  /** Bit mask of the gazetteer classes of the names matched over each token. */
  readonly gazSet: Uint32Array;
  /**
   * For a capitalised token (case 2 or more): bit 1 when its word is written in
   * lower case somewhere in the document, bit 2 when it is capitalised
   * mid-sentence somewhere (outside capital lines); 0 for other tokens.
   */
  readonly docCase: Uint8Array;
}

/** The paragraphs of a document as token ranges. */
export function unitsOf(doc: Doc): Unit[] {
  const out: Unit[] = [];
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const start = doc.sentences[p.sentenceStart]!.tokenStart;
    const end = doc.sentences[p.sentenceEnd - 1]!.tokenEnd;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** The context of every token of `doc`, whose words are `atoms` (one per token). */
export function tokenContext(doc: Doc, lexicon: TokenLexicon, atoms: readonly WordAtoms[]): TokenContext {
  const toks = doc.tokens;
  const n = toks.length;
  const units = unitsOf(doc);
  const pos = new Uint8Array(n);
  const initial = new Uint8Array(n);
  const capsLine = new Uint8Array(n);
  const codes = new Uint8Array(n * MAX_CODES);
  const gazSet = new Uint32Array(n);
  const docCase = new Uint8Array(n);
  const seen = new Map<string, number>(); // bit 1: in lower case somewhere; bit 2: capitalised mid-sentence
  for (let i = 0; i < n; i++) pos[i] = posIndex(toks[i]!.pos);
  for (const s of doc.sentences) {
    let letters = 0;
    let caps = 0;
    let first = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const c = atoms[i]!.wcase;
      if (c === 0) continue;
      if (first) { initial[i] = 1; first = false; }
      letters++;
      if (c === 3) caps++;
    }
    const isCaps = letters >= 3 && caps / letters >= 0.8 ? 1 : 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      capsLine[i] = isCaps;
      const c = atoms[i]!.wcase;
      if (c === 0 || isCaps) continue;
      const bit = c === 1 ? 1 : initial[i] ? 0 : 2;
      if (!bit) continue;
      const w = atoms[i]!.lower;
      const had = seen.get(w);
      if (had === undefined) seen.set(w, bit);
      else if ((had | bit) !== had) seen.set(w, had | bit);
    }
  }
  for (let i = 0; i < n; i++) if (atoms[i]!.wcase >= 2) docCase[i] = seen.get(atoms[i]!.lower) ?? 0;
  for (const u of units) lexicon.match(toks, u.start, u.end, codes);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let k = i * MAX_CODES; k < (i + 1) * MAX_CODES && codes[k]; k++) m |= 1 << ((codes[k]! - 1) >> 2);
    gazSet[i] = m;
  }
  return { units, atoms, pos, initial, capsLine, codes, gazSet, docCase };
}
