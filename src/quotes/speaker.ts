import type { Sentence } from '../doc/types.js';
import type { QuoteContext } from './context.js';
import type { CueHit } from './cues.js';
import { npAfter, npBefore, opensClause } from './phrases.js';
import { subjectBefore } from './subject.js';
import { isClauseBreak, isComma, isDash, isPunct, isVerb } from './words.js';

/** A speaker phrase as a token range [first, last]. */
export interface SpeakerRange {
  readonly first: number;
  readonly last: number;
}

/**
 * Who speaks for a cue: "according to X"; the subject before the cue (a name,
 * a title, a group, a pronoun; past an apposition or a relative clause); the
 * phrase after it in inversions (`“...,” said X`); for a participle
 * ("..., adding that"), the clause's speaker.
 */
export function findSpeaker(ctx: QuoteContext, cue: CueHit, sent: Sentence, previous: SpeakerRange | null): SpeakerRange | null {
  if (cue.entry.frame === 'according') return sourceAfter(ctx, cue.last + 1, sent);
  // a noun or adjective cue: its possessor ("his claim that"), or the subject of its verb ("made the case that", "is confident that")
  if (cue.possessor) return cue.possessor;
  if (cue.complement && cue.complement.head !== 'verb' && !isVerb(ctx.toks[cue.first]!)) return null;
  // Chants come from crowds: the nearest phrase naming people ("protesters ..., chanting").
  if (cue.participle && cue.entry.frame === 'chant') return nearestSpeaker(ctx, cue.first - 1, sent.tokenStart, true) ?? clauseSubject(ctx, cue, sent, true);
  if (cue.participle) return previous ?? clauseSubject(ctx, cue, sent, true) ?? nearestSpeaker(ctx, cue.first - 1, sent.tokenStart, false);
  if (cue.passive) return null;
  const prev = ctx.toks[cue.first - 1];
  const afterBreak = cue.first === sent.tokenStart || !prev || isComma(prev) || isDash(prev) || ctx.marks.regionOf[prev.i]! >= 0;
  if (afterBreak) {
    const right = phraseAfter(ctx, cue.last + 1, sent, cue.entry.frame === 'tell');
    if (right) return right;
  }
  // A cue opening its sentence may follow its subject across a split the tagger made: `“...,” Rep. Doe (D-Md.) | said`.
  const lo = cue.first === sent.tokenStart && sent.i > 0 && ctx.doc.sentences[sent.i - 1]!.paragraph === sent.paragraph
    ? ctx.doc.sentences[sent.i - 1]!.tokenStart : sent.tokenStart;
  const subject = subjectBefore(ctx, cue.first - 1, lo);
  if (subject) return withConjunct(ctx, subject, lo);
  // A second verb of one subject: "She criticized the plan and said ...".
  if (prev && prev.pos === 'CCONJ') return previous ?? firstClauseSubject(ctx, cue, sent) ?? clauseSubject(ctx, cue, sent, false);
  // No subject found and no break before the cue: an inverted speaker only when its phrase ends the clause ("so said the judge.").
  return afterBreak ? null : phraseAfter(ctx, cue.last + 1, sent, cue.entry.frame === 'tell', true);
}

/**
 * A subject with the phrase joined to it by "and" or "or" before it, when
 * that phrase opens the clause: "The mayor and the governor said", "Police
 * and firefighters said" (not "met the mayor and officials said").
 */
function withConjunct(ctx: QuoteContext, subject: SpeakerRange, lo: number): SpeakerRange {
  const c = ctx.toks[subject.first - 1];
  if (!c || subject.first - 2 < lo || c.pos !== 'CCONJ' || (c.lower !== 'and' && c.lower !== 'or')) return subject;
  const s = npBefore(ctx, subject.first - 2, lo);
  return s >= 0 && opensClause(ctx, s, lo) ? { first: s, last: subject.last } : subject;
}

/**
 * A phrase right after a cue that ends its clause: `said Smith.`, `according to officials,`
 * (with `strict`, only punctuation may follow it: "said life would be worse" has no inverted speaker).
 */
function phraseAfter(ctx: QuoteContext, i: number, sent: Sentence, addressee: boolean, strict = false): SpeakerRange | null {
  const toks = ctx.toks;
  if (i >= sent.tokenEnd) return null;
  const e = npAfter(ctx, i, sent.tokenEnd - 1);
  if (e < 0) return null;
  let onlyAdjuncts = true;
  for (let k = i; k <= e; k++) if (!ctx.lex.adjuncts.has(toks[k]!.lower) && toks[k]!.pos !== 'DET') onlyAdjuncts = false;
  if (onlyAdjuncts) return null;
  // An inverted speaker ends its clause (`said Smith.`, `said Smith, a spokesman`, `said Smith on Monday`);
  // after a cue that takes an addressee, a phrase followed by more is the addressee (`told Politico on Monday that`).
  const next = toks[e + 1];
  if (next && e + 1 < sent.tokenEnd && !isPunct(next)) {
    if (strict || addressee || !endsClause(ctx, e + 1, sent.tokenEnd)) return null;
  }
  return { first: i, last: e };
}

/** True when only adjuncts ("on Monday", "at a rally in Lyon", "late") stand from `k` to the end of the clause. */
function endsClause(ctx: QuoteContext, k: number, end: number): boolean {
  const toks = ctx.toks;
  for (let guard = 0; guard < 6 && k < end; guard++) {
    const t = toks[k]!;
    if (isPunct(t)) return true;
    if (ctx.lex.adjuncts.has(t.lower) || t.pos === 'ADV') { k++; continue; }
    if (t.pos !== 'ADP') return false;
    const e = npAfter(ctx, k + 1, end - 1);
    if (e < 0) return false;
    k = e + 1;
  }
  return k >= end;
}

/** Longest source phrase after "according to", in tokens. */
const MAX_SOURCE = 25;

/** The source after "according to": up to the next comma or the sentence's end ("a poll released Monday"). */
function sourceAfter(ctx: QuoteContext, i: number, sent: Sentence): SpeakerRange | null {
  const first = ctx.toks[i];
  // whatever follows "according to" up to a comma names the source, however the tagger read it ("reports/VERB filed")
  if (!first || i >= sent.tokenEnd || /^(ADP|AUX|PART|PUNCT|SPACE|CCONJ|SCONJ)$/.test(first.pos)) return null;
  let e = i;
  while (e + 1 < sent.tokenEnd && e + 1 < i + MAX_SOURCE && !isComma(ctx.toks[e + 1]!) && !isClauseBreak(ctx.toks[e + 1]!)) e++;
  while (e > i && isPunct(ctx.toks[e]!)) e--;
  return { first: i, last: e };
}

/**
 * The subject of the clause a participle or a second verb hangs on ("The
 * minister met the envoy on Monday, adding that ...": the minister): the
 * subject of the last finite verb before the cue in its sentence. With
 * `human`, only a subject naming someone who speaks.
 */
function clauseSubject(ctx: QuoteContext, cue: CueHit, sent: Sentence, human: boolean): SpeakerRange | null {
  const toks = ctx.toks;
  for (let v = cue.first - 2; v > sent.tokenStart; v--) {
    const t = toks[v]!;
    // not a participle nor an infinitive ("to condemn"): a finite verb
    if (t.pos !== 'VERB' || t.lower.endsWith('ing') || ctx.marks.regionOf[v]! >= 0 || toks[v - 1]!.lower === 'to') continue;
    let j = v - 1;
    while (j > sent.tokenStart && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) j--;
    const subject = subjectBefore(ctx, j, sent.tokenStart);
    if (!subject) continue;
    if (!human) return subject;
    for (let m = subject.first; m <= subject.last; m++) if (ctx.human[m]) return subject;
    return null;
  }
  return null;
}

/**
 * The subject of the sentence's first finite verb before the cue: "McConnell
 * was quick to embrace him after he won and said ..." (McConnell).
 */
function firstClauseSubject(ctx: QuoteContext, cue: CueHit, sent: Sentence): SpeakerRange | null {
  const toks = ctx.toks;
  for (let v = sent.tokenStart + 1; v < cue.first - 1; v++) {
    const t = toks[v]!;
    if (ctx.marks.regionOf[v]! >= 0 || isPunct(t) || t.pos === 'SCONJ') return null;
    if (!isVerb(t) || t.lower.endsWith('ing') || toks[v - 1]!.lower === 'to') continue;
    let j = v - 1;
    while (j > sent.tokenStart && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) j--;
    return subjectBefore(ctx, j, sent.tokenStart);
  }
  return null;
}

/**
 * The nearest phrase before token `j` naming someone who speaks: "protesters
 * ..., chanting". With `byNoun`, only a speaker noun of the lexicon counts.
 */
function nearestSpeaker(ctx: QuoteContext, j: number, lo: number, byNoun: boolean): SpeakerRange | null {
  for (let k = j; k >= lo; k--) {
    if (!ctx.human[k] || ctx.marks.regionOf[k]! >= 0) continue;
    if (byNoun && !(ctx.toks[k]!.pos === 'NOUN' && ctx.lex.speakerNouns.has(ctx.toks[k]!.lower))) continue;
    let e = k;
    while (e + 1 <= j && ctx.human[e + 1] && ctx.toks[e + 1]!.pos !== 'PRON') e++;
    const s = npBefore(ctx, e, lo);
    return s >= 0 ? { first: s, last: e } : { first: k, last: e };
  }
  return null;
}
