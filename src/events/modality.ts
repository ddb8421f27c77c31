/**
 * Modality cues around a trigger: negation, hedging and future in its verb
 * group or noun pre-modifiers, sentence-wide hedges ("reports has it that"),
 * and the complement chain that governs it ("will not hesitate to continue
 * to stand with"), read from data/events/cues.tsv.
 */
import { cuesAt, type CueRole, type Cues } from './cues.js';
import type { SentenceView } from './sentence.js';

export interface GroupCues {
  neg: boolean;
  future: boolean;
  predict: boolean;
  hedge: boolean;
  planned: boolean;
  obligation: boolean;
}

const none = (): GroupCues => ({ neg: false, future: false, predict: false, hedge: false, planned: false, obligation: false });

/** Cues among the tokens [from, to) (a verb group, or a noun's pre-modifiers). */
export function cuesIn(v: SentenceView, cues: Cues, from: number, to: number): GroupCues {
  const out = none();
  const words = wordsOf(v);
  for (let k = from; k < to; k++) {
    for (const { cue } of cuesAt(cues, words, k - v.start)) {
      if (cue.verb) continue; // verb cues govern complements; they are read by the chain
      switch (cue.role) {
        case 'neg': out.neg = true; break;
        case 'future': out.future = true; break;
        case 'predict': out.predict = true; break;
        case 'hedge': out.hedge = true; break;
        case 'planned': out.planned = true; break;
        case 'obligation': out.obligation = true; break;
        default: break;
      }
    }
  }
  // "no longer" and "never" negate; a bare "no" negates only a noun right after it (checked by the caller)
  return out;
}

/** Lower-case words of the sentence (index 0 is the sentence's first token). */
export function wordsOf(v: SentenceView): readonly string[] {
  return v.words;
}

/** The role of a governing word (verb or adjective) at token k, if it is a complement cue. */
export function governorRole(v: SentenceView, cues: Cues, k: number): CueRole | null {
  const words = wordsOf(v);
  let best: CueRole | null = null;
  for (const { cue } of cuesAt(cues, words, k - v.start)) {
    if (GOVERNING.has(cue.role)) { best = cue.role; break; }
  }
  return best;
}

const GOVERNING = new Set<CueRole>(['intent', 'prepare', 'predict', 'threat', 'refuse', 'negimp', 'request', 'order', 'aspect', 'attempt', 'raise', 'hedge-verb']);

export interface SentenceCues {
  /** Every event of the sentence is hedged ("reports has it that", "according to unconfirmed reports"). */
  readonly hedged: boolean;
  /** Tokens after which events are hedged ("X claimed that ..."); -1 when none. */
  readonly hedgeFrom: number;
  /** Tokens of "reports of" cues: a noun right after them is hedged. */
  readonly reportsOf: readonly number[];
}

const CLAIM_EXCEPTIONS = new Set(['responsibility', 'credit', 'victory']);

export function sentenceCues(v: SentenceView, cues: Cues): SentenceCues {
  const words = wordsOf(v);
  let hedged = false;
  let hedgeFrom = -1;
  const reportsOf: number[] = [];
  for (let p = 0; p < words.length; p++) {
    for (const { cue, len } of cuesAt(cues, words, p)) {
      if (cue.role === 'sentence-hedge') hedged = true;
      else if (cue.role === 'reports') reportsOf.push(v.start + p + len - 1);
      else if (cue.role === 'hedge-verb' && v.pos(v.start + p) === 'VERB' && !CLAIM_EXCEPTIONS.has(words[p + 1] ?? '') && !CLAIM_EXCEPTIONS.has(words[p + 2] ?? '')) {
        if (hedgeFrom < 0) hedgeFrom = v.start + p;
      }
    }
  }
  return { hedged, hedgeFrom, reportsOf };
}
