import type { QuoteContext } from './context.js';
import type { CueEntry } from './lexicon.js';
import { BE_FORMS } from './words.js';

/** One reporting cue found in the text. */
export interface CueHit {
  /** First token of the cue span: auxiliaries, negation and adverbs before the cue word included ("has also said"). */
  readonly first: number;
  /** The cue word itself. */
  readonly head: number;
  /** Last token of the cue form ("according to": the "to"). */
  readonly last: number;
  readonly entry: CueEntry;
  readonly sentence: number;
  /** A bare -ing form after a comma: "..., adding that ...": its speaker is the clause's. */
  readonly participle: boolean;
  /** "was told that", "were asked whether": the speaker is not the subject. */
  readonly passive: boolean;
}

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'told', 'said', 'written', 'shown', 'thought', 'found', 'known', 'felt', 'taught', 'heard', 'sung',
]);

/** Every cue outside quotation marks, in text order: one lexicon lookup per token. */
export function findCues(ctx: QuoteContext): CueHit[] {
  const { toks, lex, marks } = ctx;
  const out: CueHit[] = [];
  for (const sent of ctx.doc.sentences) {
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
      if (marks.regionOf[k]! >= 0) continue;
      const entries = lex.cuesByFirst.get(toks[k]!.lower);
      if (!entries) continue;
      const entry = entries.find((e) => matches(ctx, k, e.words, sent.tokenEnd));
      if (!entry) continue;
      const head = toks[k]!;
      const last = k + entry.words.length - 1;
      if (entry.frame !== 'according') {
        if (head.pos !== 'VERB' && !verbTaggedNoun(ctx, k, last)) continue;
        const prev = toks[k - 1];
        // "to say", "so-called", "self-described": not a report; "some hope that": a noun.
        if (prev && k > sent.tokenStart && (prev.lower === 'to' || prev.pos === 'DET' || (prev.text === '-' && !head.spaceBefore))) continue;
      }
      let first = k;
      while (first - 1 >= sent.tokenStart && isAuxLike(toks[first - 1]!.pos, toks[first - 1]!.lower)) first--;
      let passive = false;
      for (let a = first; a < k; a++) if (BE_FORMS.has(toks[a]!.lower) && toks[a]!.pos === 'AUX') passive = true;
      passive &&= head.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(head.lower);
      const participle = entry.frame !== 'according' && first === k && head.lower.endsWith('ing');
      // "responding to the pressure", "pointing at": a participle with a preposition is no report.
      if (participle && toks[last + 1]?.pos === 'ADP' && toks[last + 1]!.lower !== 'that') continue;
      out.push({ first, head: k, last, entry, sentence: sent.i, participle, passive });
      k = last;
    }
  }
  return out;
}

/**
 * A cue word the tagger read as a noun where only a verb fits: after its
 * subject and before a colon, "that" or a quotation ("The Times reports: ...").
 */
function verbTaggedNoun(ctx: QuoteContext, k: number, last: number): boolean {
  const { toks } = ctx;
  const prev = toks[k - 1];
  const next = toks[last + 1];
  if (toks[k]!.pos !== 'NOUN' || !prev || !next || !(prev.pos === 'PROPN' || prev.pos === 'NOUN')) return false;
  return next.text === ':' || next.lower === 'that' || (ctx.marks.regionOf[next.i]! >= 0 && ctx.marks.regions[ctx.marks.regionOf[next.i]!]!.openFirst === next.i);
}

function matches(ctx: QuoteContext, k: number, words: readonly string[], end: number): boolean {
  if (k + words.length > end) return false;
  for (let w = 1; w < words.length; w++) {
    if (ctx.toks[k + w]!.lower !== words[w] || ctx.marks.regionOf[k + w]! >= 0) return false;
  }
  return true;
}

function isAuxLike(pos: string, lower: string): boolean {
  return pos === 'AUX' || (pos === 'PART' && (lower === 'not' || lower === 'n\'t' || lower === 'n’t'))
    || (pos === 'ADV' && lower !== 'so' && lower !== 'as' && lower !== 'how' && lower !== 'when' && lower !== 'where' && lower !== 'why');
}
