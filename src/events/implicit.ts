/**
 * Participants the sentence leaves implicit, from the article around it: the
 * protesters of "protests" (named in a nearby sentence), the police who made
 * "arrests" (the government a protest is aimed at: domestic.ts).
 */
import type { Doc } from '../doc/types.js';
import type { EventLexicon } from './lexicon.js';
import type { MentionIndex } from './mentions.js';

/** The actor named nearest to token i (six sentences either way) whose mention ends in one of `heads`. */
export function nearbyAgent(doc: Doc, m: MentionIndex, i: number, heads: ReadonlySet<string>): string | null {
  const s = doc.tokens[i]?.sentence ?? 0;
  const lo = doc.sentences[Math.max(0, s - 6)]?.tokenStart ?? 0;
  const hi = doc.sentences[Math.min(doc.sentences.length - 1, s + 6)]?.tokenEnd ?? doc.tokens.length;
  let best: string | null = null;
  let dist = Infinity;
  for (const ref of m.inRange(lo, hi)) {
    if (!heads.has(doc.tokens[ref.last - 1]!.lower)) continue;
    const d = Math.abs(ref.first - i);
    if (d < dist) { best = ref.actor; dist = d; }
  }
  return best;
}

/** The head words of the actors who do events of this code when the text names none. */
export function agentHeads(lex: EventLexicon, code: string): ReadonlySet<string> | null {
  for (let n = code.length; n >= 2; n--) {
    const h = lex.implicitAgents.get(code.slice(0, n));
    if (h) return h;
  }
  return null;
}
