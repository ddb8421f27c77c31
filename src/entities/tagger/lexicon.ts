import type { Token } from '../../doc/types.js';

/** What the feature extractor asks of the word lexicons. */
export interface TokenLexicon {
  /** Gazetteer matches over tokens [start, end): MAX_CODES codes per token into `codes` (see Gazetteer.match). */
  match(tokens: readonly Token[], start: number, end: number, codes: Uint8Array): void;
  /** Classes of the word as a one-word name of the gazetteer (bit mask, 0 when none). */
  wordClassesOf(lower: string): number;
  /** Word cluster of a lower-cased word (0 when unknown), with coarser clusters in the higher bits. */
  clusterOf(lower: string): number;
  /** 2 when the lower-cased word is an ordinary English word, 1 when it is once a plural or possessive ending is cut, else 0. */
  englishOf(lower: string): number;
  /** Case profile of a lower-cased word: 0 unknown, else a small bucket of how often it is capitalised mid-sentence. */
  caseProfileOf(lower: string): number;
}

export const EMPTY_LEXICON: TokenLexicon = {
  match: () => {}, wordClassesOf: () => 0, englishOf: () => 0, clusterOf: () => 0, caseProfileOf: () => 0,
};
