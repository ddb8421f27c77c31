import type { Quote, QuoteKind } from '../analysis/format.js';
import type { QuoteContext } from './context.js';
import { accordingContent, complementStart, contentAfter, contentBefore, restIsEmpty, trimEnd } from './content.js';
import { findCues, type CueHit } from './cues.js';
import type { QuoteRegion } from './marks.js';
import { actorKind, resolveSpeaker } from './resolve.js';
import { findSpeaker, type SpeakerRange } from './speaker.js';
import { isComma, isDash, isPunct, isVerb, wordCount } from './words.js';

interface Attribution {
  readonly speaker: SpeakerRange | null;
  readonly cue: CueHit | null;
  readonly actor: string | null;
}

interface Draft {
  /** Character offsets of the content. */
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly by: Attribution;
}

/** Unattributed quotations at least this long (in words) are kept as quotes of unknown speaker. */
const MIN_ORPHAN_WORDS = 6;

/**
 * Every quote of the document: each cue takes a quotation right after it
 * (`said: “...”`) or right before it (`“...,” she said`), else an indirect
 * clause after it (`said that ...`) or before it (`..., officials said`).
 * Quotations no cue reaches continue the previous speaker's quote (news
 * paragraphs of quotation after an attributed one) or, when long, stand
 * without a speaker.
 */
export function attributeQuotes(ctx: QuoteContext): Quote[] {
  const { toks, doc } = ctx;
  const { regions, regionOf } = ctx.marks;
  const cues = findCues(ctx);
  const byChain = new Map<number, Attribution>();
  const absorbed = new Set<number>();
  const drafts: Draft[] = [];
  let sentenceSpeaker: { sentence: number; speaker: SpeakerRange } | null = null;
  let lastPerson: string | null = null;

  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    const sent = doc.sentences[cue.sentence]!;
    const para = doc.paragraphs[sent.paragraph]!;
    const paraStart = doc.sentences[para.sentenceStart]!.tokenStart;
    const paraEnd = doc.sentences[para.sentenceEnd - 1]!.tokenEnd;
    const previous = sentenceSpeaker?.sentence === cue.sentence ? sentenceSpeaker.speaker : null;
    const speaker = findSpeaker(ctx, cue, sent, previous);
    if (speaker && speaker.last < cue.first) sentenceSpeaker = { sentence: cue.sentence, speaker };
    const actor: string | null = speaker ? resolveSpeaker(ctx, toks[speaker.first]!.start, toks[speaker.last]!.end, lastPerson) : null;
    if (actorKind(ctx, actor) === 'person') lastPerson = actor;
    const by: Attribution = { speaker, cue, actor };
    const speakerAfter = speaker !== null && speaker.first > cue.last;
    const anchor = speaker && !speakerAfter && speaker.last < cue.first && !cue.participle ? speaker.first : cue.first;

    const c = complementStart(ctx, cue, paraEnd);
    let used = false;
    const after = regionOpeningAt(ctx, c.at, paraEnd);
    if (after && !byChain.has(after.chain) && closesClause(ctx, after)) { byChain.set(after.chain, by); used = true; }
    const before = regionClosingBefore(ctx, anchor, paraStart);
    if (before && !byChain.has(before.chain) && opensClause(ctx, before, paraStart)) { byChain.set(before.chain, by); used = true; }
    if (used) continue;
    if (cue.entry.frame === 'according') {
      if (speaker) for (const span of accordingContent(ctx, cue, speaker, sent.tokenStart, sent.tokenEnd)) drafts.push(indirect(ctx, span, by, absorbed));
      continue;
    }

    const restFrom = speakerAfter ? speaker.last + 1 : skipAdjuncts(ctx, cue.last + 1, sent.tokenEnd);
    if (c.at < sent.tokenEnd && !speakerAfter) {
      const span = contentAfter(ctx, cue, c, sent.tokenEnd, cues.slice(i + 1));
      if (span) { drafts.push(indirect(ctx, span, by, absorbed)); continue; }
    }
    const left = contentBefore(ctx, anchor, sent.tokenStart);
    if (!left) continue;
    const rest = restFrom + 1 < sent.tokenEnd && isComma(toks[restFrom]!) ? toks[restFrom + 1]! : null;
    if (restIsEmpty(ctx, restFrom, sent.tokenEnd, cues[i + 1]) || (rest && rest.pos === 'VERB')) {
      // "..., she said." or "..., she said, referring to the bank."
      drafts.push(indirect(ctx, left, by, absorbed));
    } else if (rest) {
      // "The plan, she said, will fail": the content in two fragments around the attribution.
      const end = trimEnd(ctx, restFrom + 1, sent.tokenEnd - 1);
      if (wordCount(toks, restFrom + 1, end) >= 2) {
        drafts.push(indirect(ctx, left, by, absorbed), indirect(ctx, [restFrom + 1, end], by, absorbed));
      }
    }
  }

  // Quotations no cue reached: a continuation of the last attributed one, or a quote of unknown speaker.
  let last: { region: QuoteRegion; by: Attribution } | null = null;
  let cueIndex = 0;
  for (const r of regions) {
    if (absorbed.has(r.chain)) continue;
    const known = byChain.get(r.chain);
    while (cueIndex < cues.length && cues[cueIndex]!.head < r.openFirst) cueIndex++;
    if (known) { last = { region: r, by: known }; continue; }
    const between = cueIndex > 0 ? cues[cueIndex - 1]! : null;
    const cueBetween = last !== null && between !== null && between.head > last.region.last && between !== last.by.cue;
    if (last && !cueBetween && r.paragraph - last.region.paragraph <= 1 && opensClause(ctx, r, -1) && endsSentence(ctx, r)) {
      byChain.set(r.chain, last.by);
      last = { region: r, by: last.by };
    } else if (r.chain === regions.indexOf(r) && isSentenceLike(ctx, r)) {
      byChain.set(r.chain, { speaker: null, cue: null, actor: null });
    }
  }
  for (const r of regions) {
    const by = byChain.get(r.chain);
    if (by && !absorbed.has(r.chain) && r.contentFirst <= r.contentLast) {
      drafts.push({ start: r.start, end: r.end, kind: 'direct', by });
    }
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts.map((d) => toQuote(ctx, d));
}

function indirect(ctx: QuoteContext, [first, last]: [number, number], by: Attribution, absorbed: Set<number>): Draft {
  let kind: QuoteKind = 'indirect';
  for (let k = first; k <= last; k++) {
    const r = ctx.marks.regionOf[k]!;
    if (r >= 0) { kind = 'mixed'; absorbed.add(ctx.marks.regions[r]!.chain); }
  }
  return { start: ctx.toks[first]!.start, end: ctx.toks[last]!.end, kind, by };
}

/** The quotation whose opening mark is token `k`, or, after a colon ending the paragraph, the one opening the next paragraph. */
function regionOpeningAt(ctx: QuoteContext, k: number, paraEnd: number): QuoteRegion | null {
  const { regions, regionOf } = ctx.marks;
  if (k >= paraEnd && ctx.toks[paraEnd - 1]?.text === ':') k = paraEnd;
  else if (k >= paraEnd) return null;
  const r = k < ctx.toks.length ? regionOf[k]! : -1;
  return r >= 0 && regions[r]!.openFirst === k ? regions[r]! : null;
}

/** The quotation closing right before token `anchor` (commas and dashes between): `“...,” she said`. */
function regionClosingBefore(ctx: QuoteContext, anchor: number, paraStart: number): QuoteRegion | null {
  let p = anchor - 1;
  while (p >= paraStart && (isComma(ctx.toks[p]!) || isDash(ctx.toks[p]!))) p--;
  if (p < paraStart) return null;
  const r = ctx.marks.regionOf[p]!;
  return r >= 0 && ctx.marks.regions[r]!.last === p ? ctx.marks.regions[r]! : null;
}

/** A quotation that starts a clause (not a phrase quoted inside one): at a paragraph start or after punctuation. */
function opensClause(ctx: QuoteContext, r: QuoteRegion, paraStart: number): boolean {
  if (r.openFirst <= paraStart) return true;
  const prev = ctx.toks[r.openFirst - 1];
  return !prev || isPunct(prev) || ctx.doc.sentences[prev.sentence]!.paragraph !== r.paragraph;
}

/** The first token from `k` that is not an adjunct word or an adverb ("said Monday", "said again"). */
function skipAdjuncts(ctx: QuoteContext, k: number, end: number): number {
  while (k < end && (ctx.lex.adjuncts.has(ctx.toks[k]!.lower) || ctx.toks[k]!.pos === 'ADV')) k++;
  return k;
}

/** A quotation after which its clause ends: punctuation, a paragraph end, another quotation; not `"no" to the plan`. */
function closesClause(ctx: QuoteContext, r: QuoteRegion): boolean {
  const next = ctx.toks[r.last + 1];
  return r.closeFirst < 0 || !next || isPunct(next) || ctx.marks.regionOf[next.i]! >= 0 || next.sentence !== ctx.toks[r.last]!.sentence;
}

/** A quotation that ends its sentence: nothing but punctuation after it before the next sentence or quotation. */
function endsSentence(ctx: QuoteContext, r: QuoteRegion): boolean {
  const { toks } = ctx;
  const para = ctx.doc.paragraphs[r.paragraph]!;
  const paraEnd = ctx.doc.sentences[para.sentenceEnd - 1]!.tokenEnd;
  let k = r.last + 1;
  while (k < paraEnd && isPunct(toks[k]!) && ctx.marks.regionOf[k]! < 0) k++;
  return k >= paraEnd || toks[k]!.sentence !== toks[r.last]!.sentence || ctx.marks.regionOf[k]! >= 0;
}

function isSentenceLike(ctx: QuoteContext, r: QuoteRegion): boolean {
  if (wordCount(ctx.toks, r.contentFirst, r.contentLast) < MIN_ORPHAN_WORDS || !opensClause(ctx, r, -1) || !endsSentence(ctx, r)) return false;
  for (let k = r.contentFirst; k <= r.contentLast; k++) if (isVerb(ctx.toks[k]!)) return true;
  return false;
}

function toQuote(ctx: QuoteContext, d: Draft): Quote {
  const { toks, doc } = ctx;
  const { start, end } = d;
  const s = d.by.speaker;
  const c = d.by.cue;
  return {
    start, end, text: doc.text.slice(start, end), kind: d.kind,
    speaker: s ? { ...span(ctx, toks[s.first]!.start, toks[s.last]!.end), actor: d.by.actor } : null,
    cue: c ? span(ctx, toks[c.first]!.start, toks[c.last]!.end) : null,
  };
}

function span(ctx: QuoteContext, start: number, end: number) {
  return { start, end, text: ctx.doc.text.slice(start, end) };
}
