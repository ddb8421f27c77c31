import type { QuoteContext } from './context.js';
import type { CueHit } from './cues.js';
import { trimEnd } from './extent.js';
import type { SpeakerRange } from './speaker.js';
import { isComma, isVerb, wordCount } from './words.js';

/** A clause whose source a prepositional phrase opening the sentence names: "In a poll released Monday, 52 percent ...". */
export interface SourcedClause {
  readonly speaker: SpeakerRange;
  /** The preposition. */
  readonly cue: { readonly first: number; readonly last: number };
  readonly content: [number, number];
}

/** Longest source phrase after "In", in tokens. */
const MAX_SOURCE = 14;

/**
 * Sentences opening with "In" and a phrase headed by a source noun of the
 * lexicon (poll, survey, study, report ...), then a comma and a clause with
 * no reporting cue of its own: the clause is what the source found.
 */
export function sourcedClauses(ctx: QuoteContext, cues: readonly CueHit[]): SourcedClause[] {
  const { toks, doc } = ctx;
  const out: SourcedClause[] = [];
  const cued = new Set(cues.map((c) => c.sentence));
  for (const sent of doc.sentences) {
    const k = sent.tokenStart;
    if (cued.has(sent.i) || toks[k]?.lower !== 'in' || ctx.marks.regionOf[k]! >= 0) continue;
    let comma = -1;
    let source = false;
    for (let j = k + 1; j < sent.tokenEnd && j <= k + MAX_SOURCE; j++) {
      if (isComma(toks[j]!)) { comma = j; break; }
      if (ctx.marks.regionOf[j]! >= 0) break;
      if (toks[j]!.pos === 'NOUN' && ctx.lex.sourceNouns.has(toks[j]!.lower)) source = true;
    }
    if (!source || comma < 0) continue;
    const end = trimEnd(ctx, comma + 1, sent.tokenEnd - 1);
    if (end <= comma || wordCount(toks, comma + 1, end) < 3) continue;
    let verb = false;
    for (let j = comma + 1; j <= end; j++) if (isVerb(toks[j]!)) verb = true;
    if (verb) out.push({ speaker: { first: k + 1, last: comma - 1 }, cue: { first: k, last: k }, content: [comma + 1, end] });
  }
  return out;
}
