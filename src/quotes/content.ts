import { isNominal, type QuoteContext } from './context.js';
import type { CueHit } from './cues.js';
import type { SpeakerRange } from './speaker.js';
import { npAfter } from './phrases.js';
import { isComma, isDash, isPunct, isVerb, NON_ADJUNCT_PREPOSITIONS, POSSESSIVE_DETERMINERS, WH_WORDS, wordCount } from './words.js';

/** Words that can stand as a clause's subject: "said that would fail". */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** Most words between the start of a reported clause and its verb. */
const SUBJECT_TO_VERB = 12;

/** Where a cue's content starts: after adjuncts ("on Monday", "in a statement"), an addressee ("told reporters") and "that". */
export interface Complement {
  /** First token of the content, or the token where the search stopped. */
  readonly at: number;
  readonly hasThat: boolean;
}

/** Skips from the cue to its content, not past `limit` (exclusive). */
export function complementStart(ctx: QuoteContext, cue: CueHit, limit: number): Complement {
  const { toks, lex } = ctx;
  let k = cue.last + 1;
  const that = thatAhead(ctx, k, limit, cue.entry.frame === 'tell');
  if (that >= 0) return { at: that + 1, hasThat: true };
  let addressee = cue.entry.frame === 'tell';
  for (let guard = 0; guard < 16 && k < limit; guard++) {
    const t = toks[k]!;
    if (ctx.marks.regionOf[k]! >= 0) break;
    // "said that ...", unless "that" is the subject: "said that was wrong".
    if (t.lower === 'that' && !(k + 1 < limit && isVerb(toks[k + 1]!))) return { at: k + 1, hasThat: true };
    if (WH_WORDS.has(t.lower)) break; // an embedded question starts here ("asked whether", tagged ADP at times)
    if (lex.adjuncts.has(t.lower) || t.pos === 'ADV') { k++; continue; }
    if (t.pos === 'ADP' && !NON_ADJUNCT_PREPOSITIONS.has(t.lower)) {
      const e = npAfter(ctx, k + 1, limit - 1);
      if (e < 0) break;
      k = e + 1;
      continue;
    }
    if (isComma(t) || t.text === ':') { k++; continue; }
    if (addressee) {
      addressee = false;
      const e = npAfter(ctx, k, limit - 1);
      if (e >= 0 && e + 1 < limit && !isVerb(toks[e + 1]!)) { k = e + 1; continue; }
    }
    break;
  }
  return { at: k, hasThat: false };
}

/** Words between a cue and a "that" after it: "said at a stop in Toledo, Ohio, on Monday that". */
const MAX_BEFORE_THAT = 14;

/**
 * A complementizer "that" a few words after `k`, with no verb before it, or -1.
 * Unless the cue takes an addressee, the words before it must open with an
 * adjunct ("said in a statement that"): in "said the report that he wrote was
 * false", "that" is a relative pronoun.
 */
function thatAhead(ctx: QuoteContext, k: number, limit: number, addressee: boolean): number {
  const toks = ctx.toks;
  const lead = toks[k];
  if (!addressee && lead && lead.lower !== 'that' && !ctx.lex.adjuncts.has(lead.lower) && !(lead.pos === 'ADP' || lead.pos === 'ADV' || isComma(lead))) return -1;
  for (let j = k; j < limit && j < k + MAX_BEFORE_THAT; j++) {
    const t = toks[j]!;
    // A verb ends the search, unless it is a noun mis-tagged after another noun ("a campaign stop").
    const nounLike = isVerb(t) && j > k && (toks[j - 1]!.pos === 'NOUN' || toks[j - 1]!.pos === 'ADJ' || toks[j - 1]!.pos === 'DET');
    if (ctx.marks.regionOf[j]! >= 0 || (isVerb(t) && !nounLike) || t.text === ';' || t.text === ':' || t.text === '.') return -1;
    if (t.lower === 'that') return j + 1 < limit && isVerb(toks[j + 1]!) ? -1 : j;
  }
  return -1;
}

/**
 * The content of an indirect quote from `from` to the end of its sentence, or
 * null when it is not a clause ("disclosed this", "called him a liar"). Stops
 * before a following attribution in the same sentence (", adding that",
 * ", according to", ", officials said"); `cues[from]` on are the cues after this one.
 */
export function contentAfter(
  ctx: QuoteContext, cue: CueHit, c: Complement, sentenceEnd: number, cues: readonly CueHit[], from: number,
): [number, number] | null {
  const toks = ctx.toks;
  let end = sentenceEnd - 1;
  for (let i = from; i < cues.length && cues[i]!.sentence === cue.sentence; i++) {
    const next = cues[i]!;
    if (next.first <= c.at) continue;
    const comma = attributionComma(ctx, next, c.at);
    if (comma >= 0) { end = Math.min(end, comma - 1); break; }
  }
  end = narratorClause(ctx, c.at, end);
  // "Asked whether he would run, the senator smiled": a cue opening its sentence ends its content at a comma.
  if (cue.first === ctx.doc.sentences[cue.sentence]!.tokenStart) {
    for (let k = c.at + 1; k < end; k++) if (isComma(toks[k]!) && ctx.marks.regionOf[k]! < 0) { end = k - 1; break; }
  }
  end = trimEnd(ctx, c.at, end);
  if (end < c.at || wordCount(toks, c.at, end) < 2) return null;
  return isClause(ctx, cue, c, end) ? [c.at, end] : null;
}

/**
 * The content before a cue that closes its sentence: "The talks failed, the
 * minister said." `anchor` is the first token of the attribution (the
 * speaker, or the cue in inversions); null unless a comma or dash precedes it.
 * Without `needVerb`, the subject alone of a sentence the attribution
 * interrupts: "The plan, she said, will fail".
 */
export function contentBefore(ctx: QuoteContext, anchor: number, sentenceStart: number, needVerb = true): [number, number] | null {
  const toks = ctx.toks;
  const b = anchor - 1;
  if (b <= sentenceStart) return null;
  // the comma may sit inside the closing mark of a quoted phrase: `... since he was “5,” his friend said`
  const commaInMark = isPunct(toks[b]!) && ctx.marks.regionOf[b]! >= 0 && isComma(toks[b - 1]!);
  if (!(isComma(toks[b]!) || isDash(toks[b]!) || commaInMark)) return null;
  const end = commaInMark ? b : trimEnd(ctx, sentenceStart, b - 1);
  if (end < sentenceStart || wordCount(toks, sentenceStart, end) < (needVerb ? 3 : 1)) return null;
  if (!needVerb) return [sentenceStart, end];
  for (let k = sentenceStart; k <= end; k++) if (isVerb(toks[k]!)) return [sentenceStart, end];
  return null;
}

/**
 * The content of "according to X": the clause after X when the attribution
 * opens the sentence ("According to X, ..."), else the clause before it
 * ("..., according to X"), or both around it ("The plan, according to X, will fail").
 */
export function accordingContent(ctx: QuoteContext, cue: CueHit, source: SpeakerRange, sentenceStart: number, sentenceEnd: number): [number, number][] {
  const toks = ctx.toks;
  const out: [number, number][] = [];
  let leftEnd = cue.first - 1;
  if (leftEnd >= sentenceStart && isComma(toks[leftEnd]!)) leftEnd--;
  leftEnd = trimEnd(ctx, sentenceStart, leftEnd);
  // "That's according to X.": the content is the sentence before.
  if (leftEnd >= sentenceStart && leftEnd - sentenceStart <= 2 && DEMONSTRATIVES.has(toks[sentenceStart]!.lower)) {
    const sent = ctx.doc.sentences[toks[sentenceStart]!.sentence - 1];
    if (!sent || sent.paragraph !== ctx.doc.sentences[toks[sentenceStart]!.sentence]!.paragraph - 1 && sent.paragraph !== ctx.doc.sentences[toks[sentenceStart]!.sentence]!.paragraph) return [];
    const end = trimEnd(ctx, sent.tokenStart, sent.tokenEnd - 1);
    return end > sent.tokenStart ? [[sent.tokenStart, end]] : [];
  }
  if (leftEnd >= sentenceStart && wordCount(toks, sentenceStart, leftEnd) >= 2) out.push([sentenceStart, leftEnd]);
  let k = source.last + 1;
  while (k < sentenceEnd && isComma(toks[k]!)) k++;
  const rightEnd = trimEnd(ctx, k, sentenceEnd - 1);
  // The clause after the source, unless it is a new one ("..., according to X, but Y ...") or a participle.
  const joined = out.length > 0 && k < sentenceEnd && (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'CCONJ');
  if (k <= rightEnd && wordCount(toks, k, rightEnd) >= 2 && !joined) out.push([k, rightEnd]);
  let verbs = 0;
  for (const [a, b] of out) for (let j = a; j <= b; j++) if (isVerb(toks[j]!)) { verbs++; break; }
  return verbs > 0 ? out : [];
}

/**
 * True when nothing but adjuncts and punctuation follows token `from` in the
 * sentence, or only a further attribution (", adding that ...": `next` is the
 * next cue).
 */
export function restIsEmpty(ctx: QuoteContext, from: number, sentenceEnd: number, next?: CueHit): boolean {
  for (let k = from; k < sentenceEnd; k++) {
    const t = ctx.toks[k]!;
    if (next && isComma(t) && next.first === k + 1 && (next.participle || next.entry.frame === 'according')) return true;
    if (isPunct(t) && ctx.marks.regionOf[k]! < 0) continue;
    if (ctx.lex.adjuncts.has(t.lower) || t.pos === 'ADV') continue;
    if (t.pos === 'ADP' && !NON_ADJUNCT_PREPOSITIONS.has(t.lower)) {
      const e = npAfter(ctx, k + 1, sentenceEnd - 1);
      if (e >= 0) { k = e; continue; }
    }
    return false;
  }
  return true;
}

/**
 * The token that opens the attribution of `next` (the comma of ", adding",
 * ", according to", ", X said"; the "and" of "... and added that"), or -1.
 */
function attributionComma(ctx: QuoteContext, next: CueHit, from: number): number {
  const toks = ctx.toks;
  const before = toks[next.first - 1];
  if (before && next.first - 1 > from && before.pos === 'CCONJ' && !next.participle) return next.first - 1;
  if (next.participle || next.entry.frame === 'according') {
    return next.first - 1 > from && isComma(toks[next.first - 1]!) ? next.first - 1 : -1;
  }
  for (let k = next.first - 1, n = 0; k > from && n < 8; k--, n++) {
    const t = toks[k]!;
    if (isComma(t) || isDash(t)) return k;
    if (isVerb(t) || isPunct(t)) return -1;
  }
  return -1;
}

/**
 * Words that, after a comma, open what the writer adds to a reported clause:
 * "..., but she has bristled at ...", "..., which was ...", "..., compared with ...".
 */
const NARRATOR_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'while', 'although', 'though', 'whereas', 'however', 'who', 'which', 'compared']);

/** The end of a reported clause before ", but ...", ", while ..." (outside quotation marks), else `end`. */
function narratorClause(ctx: QuoteContext, from: number, end: number): number {
  const toks = ctx.toks;
  let verb = false;
  for (let k = from; k < end; k++) {
    const t = toks[k]!;
    // a comma inside a closing mark counts as a comma after it: `... “wrapped up by Cleveland,” however ...`
    const inMark = ctx.marks.regionOf[k]! >= 0;
    const markComma = inMark && isPunct(t) && k > from && isComma(toks[k - 1]!) && ctx.marks.regions[ctx.marks.regionOf[k]!]!.last === k;
    if (isVerb(t)) verb = true;
    // what is cut off must leave a clause: "said the plan, which costs $1bn, will fail" is not cut
    if ((inMark && !markComma) || !verb || k < from + 2) continue;
    // "...; they only learned of it on Friday": a new clause; not "...; rather, this is ..." (a connective goes on)
    if (t.text === ';' && k + 2 <= end && toks[k + 1]!.pos !== 'ADV' && toks[k + 1]!.pos !== 'CCONJ' && !isComma(toks[k + 2]!)) return k - 1;
    if (!isComma(t) && !markComma) continue;
    const cut = markComma ? k : k - 1;
    const w = toks[k + 1]!.lower;
    if (NARRATOR_CONJUNCTIONS.has(w) || (w === 'even' && toks[k + 2]?.lower === 'as')) return cut;
  }
  return end;
}

/** Drops closing punctuation outside quotation marks. */
export function trimEnd(ctx: QuoteContext, from: number, end: number): number {
  while (end >= from && isPunct(ctx.toks[end]!) && ctx.marks.regionOf[end]! < 0) end--;
  return end;
}

/**
 * A reported clause: after "that", any clause (a verb, or three words when the
 * tagger missed the verb); otherwise an embedded question, "to" + verb, or a
 * subject and its verb within a few words ("neither she nor her campaign
 * helped", "the suing states were"), not a pronoun object ("disclosed this
 * in a statement").
 */
function isClause(ctx: QuoteContext, cue: CueHit, c: Complement, end: number): boolean {
  const toks = ctx.toks;
  let hasVerb = false;
  for (let k = c.at; k <= end; k++) if (isVerb(toks[k]!)) { hasVerb = true; break; }
  if (c.hasThat) return hasVerb || wordCount(toks, c.at, end) >= 3;
  if (!hasVerb) return false;
  const first = toks[c.at]!;
  if (ctx.marks.regionOf[c.at]! >= 0 || WH_WORDS.has(first.lower)) return true;
  if (first.lower === 'to') {
    const v = skipMarks(ctx, c.at + 1, end);
    return v <= end && toks[v]!.pos === 'VERB' && (cue.entry.frame === 'say' || cue.entry.frame === 'tell');
  }
  // not a verb, a preposition or a conjunction: "said as he left", "said and left", "wrote because ..."
  if (isVerb(first) || first.pos === 'ADP' || first.pos === 'PART' || first.pos === 'CCONJ' || first.pos === 'SCONJ' || isPunct(first)) return false;
  // a passive cue reports only with "that" or a question: "were told that ...", "was asked whether ..."
  if (cue.passive) return false;
  if ((first.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(first.lower)) || DEMONSTRATIVES.has(first.lower)) {
    let v = skipMarks(ctx, c.at + 1, end);
    while (v <= end && (toks[v]!.pos === 'ADV' || toks[v]!.pos === 'PART')) v = skipMarks(ctx, v + 1, end);
    if (v <= end && isVerb(toks[v]!)) return true;
    if (!(v <= end && toks[v]!.pos === 'CCONJ')) return false;
  }
  let subject = false;
  for (let v = c.at; v <= end && v <= c.at + SUBJECT_TO_VERB; v++) {
    const t = toks[v]!;
    if (isVerb(t)) {
      if (subject) return true;
      // a participle before its noun ("the suing states"): not yet the verb
      if (!((t.lower.endsWith('ing') || t.lower.endsWith('ed')) && v + 1 <= end && isNominal(ctx, v + 1))) return false;
    }
    if (t.text === ';' || t.text === ':') return false;
    if (isNominal(ctx, v) || t.pos === 'PRON') subject = true;
  }
  return false;
}

/** Skips quotation marks: `voter fraud “would be ...”`. */
function skipMarks(ctx: QuoteContext, k: number, end: number): number {
  while (k <= end && isPunct(ctx.toks[k]!) && ctx.marks.regionOf[k]! >= 0) k++;
  return k;
}
