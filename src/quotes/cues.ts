import { complementAfter, raisedKind, type ComplementKind } from './complements.js';
import { isNominal, type QuoteContext } from './context.js';
import type { CueEntry } from './lexicon.js';
import { BE_FORMS, isComma, isVerb, SUBJECT_PRONOUNS } from './words.js';

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
  /** The complement the lexicon lists for this form, when it follows: its content starts at `at`. */
  readonly complement: CueComplement | null;
}

export interface CueComplement {
  readonly kind: ComplementKind;
  /** First token of the content ("to" of an infinitive, the object of `obj-to`, the word after "that"). */
  readonly at: number;
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
      let complement: CueComplement | null = null;
      let entry: CueEntry | undefined;
      for (const e of entries) {
        if (!matches(ctx, k, e.words, sent.tokenEnd)) continue;
        complement = e.complements ? listedComplement(ctx, k, e, sent.tokenEnd) : null;
        if (complement !== null || e.frame !== 'complement') { entry = e; break; }
      }
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
      // "A woman, later identified as ...": a participle after a comma modifies a noun; it raises nothing.
      if ((complement?.kind === 'raise-as' || complement?.kind === 'raise-ing') && !passive && first > sent.tokenStart && isComma(toks[first - 1]!)) {
        if (entry.frame === 'complement') continue;
        complement = null;
      }
      const participle = entry.frame !== 'according' && first === k && head.lower.endsWith('ing');
      // "responding to the pressure", "pointing at": a participle with a preposition is no report.
      if (participle && toks[last + 1]?.pos === 'ADP' && toks[last + 1]!.lower !== 'that' && !thatSoon(ctx, last + 1, sent.tokenEnd)) continue;
      out.push({ first, head: k, last, entry, sentence: sent.i, participle, passive, complement });
      k = last;
    }
  }
  return out;
}

/** The complement after the form at `k` when the entry lists its kind (the raised kind first: then the subject is part of the content). */
function listedComplement(ctx: QuoteContext, k: number, entry: CueEntry, end: number): CueComplement | null {
  const hit = complementAfter(ctx, k, end);
  if (!hit || (hit.prep >= 0) !== (entry.words.length > 1)) return null;
  const kinds = entry.complements!;
  const raised = raisedKind(hit.shape);
  if (raised && kinds.has(raised)) return { kind: raised, at: hit.at };
  return kinds.has(hit.shape) ? { kind: hit.shape, at: hit.at } : null;
}

/** Most words between a participle cue and a "that" after its adjunct: "saying at a rally in Lyon that". */
const PARTICIPLE_TO_THAT = 10;

/** A complementizer "that" within a few words after `k`, before any verb. */
function thatSoon(ctx: QuoteContext, k: number, end: number): boolean {
  for (let j = k; j < end && j < k + PARTICIPLE_TO_THAT; j++) {
    const t = ctx.toks[j]!;
    if (t.lower === 'that') return true;
    if (isVerb(t) || t.text === ',' || ctx.marks.regionOf[j]! >= 0) return false;
  }
  return false;
}

/**
 * A cue word the tagger read as a noun where only a verb fits: after its
 * subject (a noun, a name, a number: "one in five say") and before a colon,
 * "that" or a quotation ("The Times reports: ..."), or a clause after a name
 * ("The Daily Herald reports the plant ...").
 */
function verbTaggedNoun(ctx: QuoteContext, k: number, last: number): boolean {
  const { toks } = ctx;
  const prev = toks[k - 1];
  const next = toks[last + 1];
  if (toks[k]!.pos !== 'NOUN' || !prev || !next || !(prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'NUM' || isNominal(ctx, k - 1))) return false;
  if (next.text === ':' || next.lower === 'that' || (ctx.marks.regionOf[next.i]! >= 0 && ctx.marks.regions[ctx.marks.regionOf[next.i]!]!.openFirst === next.i)) return true;
  const named = prev.pos === 'PROPN' || ctx.inEntity[k - 1] === 1;
  return named && prev.sentence === toks[k]!.sentence && k - 1 > ctx.doc.sentences[prev.sentence]!.tokenStart
    && (next.pos === 'DET' || (next.pos === 'PRON' && SUBJECT_PRONOUNS.has(next.lower)));
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
