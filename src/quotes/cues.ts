import { complementAfter, headClass, raisedKind, type ComplementKind, type HeadClass } from './complements.js';
import { isNominal, type QuoteContext } from './context.js';
import type { CueEntry } from './lexicon.js';
import { npBefore } from './phrases.js';
import { BE_FORMS, isComma, isVerb, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from './words.js';

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
  /** Whose claim a noun cue is: "his" of "his claim that", "the mayor" of "the mayor's promise to". */
  readonly possessor: { readonly first: number; readonly last: number } | null;
}

export interface CueComplement {
  readonly kind: ComplementKind;
  /** The word class of the cue's head: a noun or an adjective takes its speaker its own way ("his claim that", "is confident that"). */
  readonly head: HeadClass;
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
      let control = -1;
      if (complement !== null && complement.head !== 'verb') {
        const hit = nominalCue(ctx, k, last, entry, complement, sent.tokenStart);
        // "said in a statement that ...": the verb before is a cue already, and the content is its
        const before = out[out.length - 1];
        if (!(before && before.sentence === hit.sentence && before.head >= hit.first)) out.push(hit);
        k = last;
        continue;
      }
      if (entry.frame !== 'according') {
        if (head.pos !== 'VERB' && !verbTaggedNoun(ctx, k, last)) continue;
        const prev = toks[k - 1];
        // "to say", "so-called", "self-described": not a report; "some hope that": a noun.
        // But "went on to say that", "continues to insist that": the verb before "to" is the speaker's and opens the cue.
        control = toks[last + 1]?.lower === 'that' ? controllingVerb(ctx, k, sent.tokenStart) : -1;
        if (prev && k > sent.tokenStart && control < 0 && (prev.lower === 'to' || prev.pos === 'DET' || (prev.text === '-' && !head.spaceBefore))) continue;
      }
      let first = control >= 0 ? control : k;
      // "made it clear that": the verb before "it" is part of the cue
      if (complement && k - 2 >= sent.tokenStart && toks[k - 1]!.lower === 'it' && toks[k - 2]!.pos === 'VERB') first = k - 2;
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
      out.push({ first, head: k, last, entry, sentence: sent.i, participle, passive, complement, possessor: null });
      k = last;
    }
  }
  return out;
}

/** The verb of "continues to insist", "went on to say" before the cue at `k` (its "to" right before), or -1: not a cue itself. */
function controllingVerb(ctx: QuoteContext, k: number, sentStart: number): number {
  const toks = ctx.toks;
  if (toks[k - 1]?.lower !== 'to' || k - 2 < sentStart) return -1;
  let j = k - 2;
  if (toks[j]!.lower === 'on' && j - 1 >= sentStart) j--;
  // a verb that is a cue itself ("refused to admit", "vowed to prove") reports the clause its own way
  return toks[j]!.pos === 'VERB' && !ctx.lex.cuesByFirst.has(toks[j]!.lower) ? j : -1;
}

/** Most modifiers between a noun cue and its determiner: "the long-held public view that". */
const MAX_NOUN_MODIFIERS = 3;

/**
 * A noun or adjective cue before its complement: "his claim that", "the
 * mayor's promise to", "made the case that", "expressed concern that", "is
 * confident that", "made clear that". The cue takes in its determiner and
 * modifiers and a verb right before them (its subject is then the speaker);
 * a possessor is the speaker.
 */
function nominalCue(ctx: QuoteContext, k: number, last: number, entry: CueEntry, complement: CueComplement, sentStart: number): CueHit {
  const toks = ctx.toks;
  let s = k;
  let possessor: CueHit['possessor'] = null;
  if (complement.head === 'noun') {
    while (s - 1 >= sentStart && s > k - MAX_NOUN_MODIFIERS && toks[s - 1]!.pos === 'ADJ') s--;
    const p = toks[s - 1];
    if (p && s - 1 >= sentStart && POSSESSIVE_DETERMINERS.has(p.lower)) {
      possessor = { first: s - 1, last: s - 1 };
    } else if (p && s - 2 >= sentStart && (p.text === '\'s' || p.text === '’s')) {
      const o = npBefore(ctx, s - 2, sentStart);
      if (o >= 0) possessor = { first: o, last: s - 2 };
    } else if (p && s - 1 >= sentStart && p.pos === 'DET') {
      s--;
    }
  }
  let first = possessor ? k : s;
  // "made the case that", "expressed concern that", "made clear that", "made it clear that",
  // "bristled at the suggestion that": the verb before is part of the cue
  const p = toks[first - 1];
  if (!possessor && p && first - 1 >= sentStart && first - 2 >= sentStart) {
    // (a bare noun after a preposition is no reaction of the verb's subject: "prices rose amid speculation that ...")
    const skip = (complement.head === 'adj' && p.lower === 'it') || (complement.head === 'noun' && p.pos === 'ADP' && s < k);
    if (skip && toks[first - 2]!.pos === 'VERB') first -= 2;
  }
  if (!possessor && first - 1 >= sentStart && toks[first - 1]!.pos === 'VERB') first--;
  while (first - 1 >= sentStart && isAuxLike(toks[first - 1]!.pos, toks[first - 1]!.lower)) first--;
  return { first, head: k, last, entry, sentence: toks[k]!.sentence, participle: false, passive: false, complement, possessor };
}

/** True when the word before token `k` can open or modify a noun phrase: "the claim", "his claim", "Trump's claim", "false claim". */
function nounContext(ctx: QuoteContext, k: number): boolean {
  const p = ctx.toks[k - 1];
  // a plural or mass noun needs no determiner: "Allegations that ...", "dismissed accusations that", "amid speculation that"
  if (!p || p.sentence !== ctx.toks[k]!.sentence) return k === ctx.doc.sentences[ctx.toks[k]!.sentence]!.tokenStart;
  return p.pos === 'VERB' || p.pos === 'ADP' || p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NUM' || POSSESSIVE_DETERMINERS.has(p.lower) || p.text === '\'s' || p.text === '’s'
    || ((p.pos === 'NOUN' || p.pos === 'PROPN') && !SUBJECT_PRONOUNS.has(p.lower));
}

/**
 * The complement after the form at `k` when the entry lists its kind for the
 * form's word class there (the raised kind first: then the subject is part of
 * the content).
 */
function listedComplement(ctx: QuoteContext, k: number, entry: CueEntry, end: number): CueComplement | null {
  let head = headClass(ctx.toks[k]!.pos);
  // a verb the tagger read as a noun after its subject ("One in five say that", "who claim to", ", warning that"):
  // a noun has a determiner, a modifier or a possessor before it
  if (head === 'noun' && (verbTaggedNoun(ctx, k, k + entry.words.length - 1) || !nounContext(ctx, k))) head = 'verb';
  const kinds = head ? entry.complements!.get(head) : undefined;
  if (!head || !kinds) return null;
  const hit = complementAfter(ctx, k, end);
  if (!hit || (hit.prep >= 0) !== (entry.words.length > 1)) return null;
  const raised = raisedKind(hit.shape);
  if (raised && kinds.has(raised)) return { kind: raised, at: hit.at, head };
  return kinds.has(hit.shape) ? { kind: hit.shape, at: hit.at, head } : null;
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
  if (toks[k]!.pos !== 'NOUN' || !prev || !next) return false;
  // ", warning that ...": a participle after a comma
  if (isComma(prev) && toks[k]!.lower.endsWith('ing') && next.lower === 'that') return true;
  if (!(prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'NUM' || isNominal(ctx, k - 1))) return false;
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
