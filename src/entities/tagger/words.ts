import { hashString, mix } from './hash.js';
import type { TokenLexicon } from './lexicon.js';
import { caseOf, longShape, shortShape } from './shape.js';

/**
 * Features that depend on one word only (its form, shape, affixes, case
 * profile, cluster), fired from each of five positions relative to the token
 * being labelled. Because they depend on the word alone, the tagger can add
 * their weights up once per word and position (see WordScores) instead of
 * looking each one up for every token.
 */
export const ROLES = 5;
export const enum Role { Self = 0, Left1 = 1, Right1 = 2, Left2 = 3, Right2 = 4 }

/** What is computed once per word. */
export interface WordAtoms {
  readonly lowerH: number;
  readonly formH: number;
  readonly shapeH: number;
  readonly shortH: number;
  /** See caseOf: 0 no letters, 1 lower, 2 Capitalised, 3 CAPS, 4 mIxed; 7 for the paragraph edge. */
  readonly wcase: number;
  readonly profile: number;
  /** Cluster code: fine | mid << 10 | coarse << 18, plus one (0 unknown). */
  readonly cluster: number;
  /** Gazetteer classes of the word as a one-word name. */
  readonly gaz: number;
  /** Whether the word is an ordinary English word (see TokenLexicon.englishOf). */
  readonly english: number;
  readonly lower: string;
}

/** Hash of the lower-cased word with every digit as 0, so that numbers share their features. */
function lowerHash(lower: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) {
    let c = lower.charCodeAt(i);
    if (c >= 49 && c <= 57) c = 48;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function wordAtoms(text: string, lower: string, lexicon: TokenLexicon): WordAtoms {
  return {
    lowerH: lowerHash(lower),
    formH: hashString(text),
    shapeH: hashString(longShape(text)),
    shortH: hashString(shortShape(text)),
    wcase: caseOf(text),
    profile: lexicon.caseProfileOf(lower),
    cluster: lexicon.clusterOf(lower),
    gaz: lexicon.wordClassesOf(lower),
    english: lexicon.englishOf(lower),
    lower,
  };
}

/** The pseudo-words beyond the start and the end of a paragraph. */
export const BOS_ATOMS: WordAtoms = {
  lowerH: hashString('<s>'), formH: hashString('<s>'), shapeH: hashString('<s>'), shortH: hashString('<s>'),
  wcase: 7, profile: 15, cluster: 0xfffffff, gaz: 0, english: 0, lower: '',
};
export const EOS_ATOMS: WordAtoms = {
  lowerH: hashString('</s>'), formH: hashString('</s>'), shapeH: hashString('</s>'), shortH: hashString('</s>'),
  wcase: 7, profile: 15, cluster: 0xffffffe, gaz: 0, english: 0, lower: '',
};

// Template ids (1000+ so as not to meet the context templates); renumbering invalidates trained models.
const W = 1000;

/** Push the hashes of word `a` seen from `role` relative to the labelled token. */
export function wordFeatures(a: WordAtoms, role: Role, push: (h: number) => void): void {
  switch (role) {
    case Role.Self: {
      push(mix(W + 1, a.lowerH));
      push(mix(W + 2, a.formH));
      push(mix(W + 3, a.shapeH));
      push(mix(W + 4, a.shortH));
      push(mix(W + 5, a.profile));
      push(mix(W + 6, a.cluster & 0x3ff));
      push(mix(W + 7, mix(a.cluster >> 10, a.wcase)));
      push(mix(W + 9, a.cluster >> 10));
      push(mix(W + 30, a.cluster >> 18));
      push(mix(W + 31, a.gaz));
      push(mix(W + 32, mix(a.gaz, a.wcase)));
      push(mix(W + 33, mix(a.profile, a.wcase)));
      for (let b = 0; b < 32; b++) if (a.gaz & (1 << b)) push(mix(W + 40, b));
      push(mix(W + 34, mix(a.english, a.wcase)));
      push(mix(W + 35, mix(a.english * 16 + a.profile, a.wcase)));
      const lw = a.lower;
      const len = lw.length;
      push(mix(W + 8, Math.min(len, 12)));
      let ph = 0x811c9dc5;
      for (let j = 0; j < 4 && j + 1 < len; j++) {
        ph = Math.imul(ph ^ lw.charCodeAt(j), 0x01000193);
        push(mix(W + 10 + j, ph >>> 0));
      }
      let sf = 0x811c9dc5;
      for (let j = 0; j < 5 && j + 1 < len; j++) {
        sf = Math.imul(sf ^ lw.charCodeAt(len - 1 - j), 0x01000193);
        push(mix(W + 20 + j, sf >>> 0));
      }
      return;
    }
    case Role.Left1:
    case Role.Right1: {
      const t = W + 100 * role;
      push(mix(t + 1, a.lowerH));
      push(mix(t + 2, a.shapeH));
      push(mix(t + 3, a.profile));
      push(mix(t + 4, a.cluster >> 10));
      push(mix(t + 5, a.cluster >> 18));
      push(mix(t + 6, a.gaz));
      push(mix(t + 7, a.wcase));
      push(mix(t + 8, a.english * 8 + a.wcase));
      return;
    }
    default:
      push(mix(W + 100 * role + 1, a.lowerH));
      push(mix(W + 100 * role + 2, a.cluster >> 18));
  }
}
