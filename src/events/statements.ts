/**
 * Criticism carried by reported speech: a speaker who says that another
 * actor's doing fails, struggles or is brutal criticises that actor (CAMEO
 * 111), though no verb of the sentence says "criticise". A quote counts when
 * its words are clearly negative (tone lexicon, negation flips a word) and
 * name an actor of another country than the speaker's.
 */
import type { Quote } from '../analysis/format.js';
import { tokenIndexAt } from '../doc/navigate.js';
import type { Doc } from '../doc/types.js';
import type { ToneLexicon } from '../tone/lexicon.js';
import type { MentionIndex } from './mentions.js';

export interface Criticism {
  readonly quote: Quote;
  readonly actor: string;
  readonly target: string;
  /** Token range of the words that state it: the cue ("said", "adding"), else the speaker. */
  readonly first: number;
  readonly last: number;
}

const NEGATORS = new Set(['not', "n't", 'n’t', 'no', 'never', 'without', 'nor']);

function tokenRange(doc: Doc, start: number, end: number): [number, number] {
  const first = tokenIndexAt(doc, start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.start < end) last++;
  return [first, Math.max(last, first + 1)];
}

/** Negative minus positive words of tokens [a, b), and the negative count. */
function polarity(doc: Doc, tone: ToneLexicon, a: number, b: number): { neg: number; pos: number } {
  let neg = 0;
  let pos = 0;
  let negatedUntil = -1;
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (NEGATORS.has(t.lower)) { negatedUntil = k + 3; continue; }
    const p = tone.get(t.lower);
    if (p === undefined) continue;
    if ((k <= negatedUntil ? -p : p) > 0) pos++;
    else neg++;
  }
  return { neg, pos };
}

export function criticisms(
  doc: Doc, quotes: readonly Quote[], m: MentionIndex, tone: ToneLexicon, explicit: (first: number, last: number) => boolean,
): Criticism[] {
  const out: Criticism[] = [];
  for (const q of quotes) {
    const speaker = m.actor(q.speaker?.actor ?? null);
    if (!speaker) continue;
    const [a, b] = tokenRange(doc, q.start, q.end);
    if (explicit(a, b)) continue;
    const { neg, pos } = polarity(doc, tone, a, b);
    if (neg < 2 || neg <= pos) continue;
    const target = m.inRange(a, b).map((r) => m.actor(r.actor)!)
      .find((x) => x.id !== speaker.id && !(speaker.country && x.country === speaker.country));
    if (!target) continue;
    const cue = q.cue ?? q.speaker!;
    const [first, last] = tokenRange(doc, cue.start, cue.end);
    out.push({ quote: q, actor: speaker.id, target: target.id, first, last });
  }
  return out;
}
