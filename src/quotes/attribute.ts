import type { Quote, QuoteKind } from '../analysis/format.js';
import type { QuoteContext } from './context.js';
import { accordingContent, complementContent, complementStart, contentAfter, contentBefore, restIsEmpty, trimEnd } from './content.js';
import { findCues, type CueHit } from './cues.js';
import { attributeLeftovers, closesClause, isTitle, opensClause, regionClosingBefore, regionOpeningAt } from './direct.js';
import { headlineLabel, transcriptLabel } from './labels.js';
import { sourcedClauses } from './sources.js';
import { actorKind, resolveSpeaker } from './resolve.js';
import { findSpeaker, type SpeakerRange } from './speaker.js';
import type { QuoteRegion } from './marks.js';
import { npAfter } from './phrases.js';
import { isComma, isVerb, SUBJECT_PRONOUNS, SUBORDINATORS, wordCount } from './words.js';

/** Who said a quotation and the words that say so. */
export interface Attribution {
  readonly speaker: SpeakerRange | null;
  /** The cue's tokens [first, last]: a reporting verb, or the colon or dash of a label. */
  readonly cue: { readonly first: number; readonly last: number } | null;
  readonly actor: string | null;
}

/** Attributions of quotation regions (by region index) and where a region's content starts when a label opens it. */
export interface RegionAttributions {
  readonly byRegion: Map<number, Attribution>;
  readonly contentFrom: Map<number, number>;
  /** Chains of regions swallowed by an indirect quote (then the quote is mixed), with its attribution. */
  readonly absorbed: Map<number, Attribution>;
}

/** The last speaker found in a sentence, where its cue's content starts, and its attribution. */
interface SentenceSpeaker {
  readonly sentence: number;
  readonly speaker: SpeakerRange;
  readonly contentAt: number;
  readonly by: Attribution;
}

interface Draft {
  /** Character offsets of the content. */
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly by: Attribution;
}

/**
 * Every quote of the document: each cue takes a quotation right after it
 * (`said: “...”`) or right before it (`“...,” she said`), else an indirect
 * clause after it (`said that ...`) or before it (`..., officials said`).
 * Transcript labels ("SMITH: ...") attribute what follows them; quotations no
 * cue reaches are credited by a dash, continue the previous speaker's quote,
 * or, when long, stand without a speaker.
 */
export function attributeQuotes(ctx: QuoteContext): Quote[] {
  const { toks, doc } = ctx;
  const { regions } = ctx.marks;
  const cues = findCues(ctx);
  const ra: RegionAttributions = { byRegion: new Map(), contentFrom: new Map(), absorbed: new Map() };
  const drafts: Draft[] = [];
  let sentenceSpeaker = null as SentenceSpeaker | null;
  let lastPerson: string | null = null;
  const attribution = (speaker: SpeakerRange | null, cue: Attribution['cue']): Attribution => {
    const actor = speaker ? resolveSpeaker(ctx, toks[speaker.first]!.start, toks[speaker.last]!.end, lastPerson) : null;
    if (actorKind(ctx, actor) === 'person') lastPerson = actor;
    return { speaker, cue, actor };
  };

  drafts.push(...transcriptQuotes(ctx, ra, attribution));
  for (const s of sourcedClauses(ctx, cues)) drafts.push(indirect(ctx, s.content, attribution(s.speaker, s.cue), ra));

  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    const sent = doc.sentences[cue.sentence]!;
    const para = doc.paragraphs[sent.paragraph]!;
    const paraStart = doc.sentences[para.sentenceStart]!.tokenStart;
    const paraEnd = doc.sentences[para.sentenceEnd - 1]!.tokenEnd;
    const inSentence: SentenceSpeaker | null = sentenceSpeaker?.sentence === cue.sentence ? sentenceSpeaker : null;
    // "The bill is expected to pass": a raised subject is what is expected, not who expects it.
    const raised = cue.complement?.kind.startsWith('raise') === true;
    const found = raised ? null : findSpeaker(ctx, cue, sent, inSentence?.speaker ?? null);
    const c = complementStart(ctx, cue, paraEnd);
    // "Rubio says he feels ...": the pronoun opening a reported clause is that clause's speaker, named before.
    const nested: boolean = inSentence !== null && found !== null && found.first === found.last && found.first === inSentence.contentAt
      && SUBJECT_PRONOUNS.has(toks[found.first]!.lower) && !SUBJECT_PRONOUNS.has(toks[inSentence.speaker.last]!.lower);
    const speaker: SpeakerRange | null = nested && inSentence ? inSentence.speaker : found;
    const by: Attribution = nested && inSentence ? { ...inSentence.by, cue } : attribution(speaker, cue);
    if (speaker && found && found.last < cue.first) sentenceSpeaker = { sentence: cue.sentence, speaker, contentAt: c.at, by };
    const speakerAfter = found !== null && found.first > cue.last;
    const anchor = found && !speakerAfter && found.last < cue.first && !cue.participle ? found.first : cue.first;

    // A quotation right after the cue, or right before it.
    let used = false;
    const after = regionOpeningAt(ctx, c.at, paraEnd);
    if (after !== null && !ra.byRegion.has(after) && closesClause(ctx, regions[after]!) && !isTitle(ctx, regions[after]!)) { ra.byRegion.set(after, by); used = true; }
    const restFrom = speakerAfter && found ? found.last + 1 : skipAddressee(ctx, cue, skipAdjuncts(ctx, cue.last + 1, sent.tokenEnd), sent.tokenEnd);
    const restEmpty = restIsEmpty(ctx, restFrom, sent.tokenEnd, cues[i + 1]);
    const before = regionClosingBefore(ctx, anchor, paraStart);
    if (before !== null && !ra.byRegion.has(before) && opensClause(ctx, regions[before]!, paraStart) && !isTitle(ctx, regions[before]!) && (restEmpty || !endsSentence(ctx, regions[before]!, anchor))) {
      ra.byRegion.set(before, by);
      used = true;
    }
    if (used) continue;

    if (cue.complement) {
      for (const span of complementContent(ctx, cue, sent.tokenStart, sent.tokenEnd, cues, i + 1)) drafts.push(indirect(ctx, span, by, ra));
      continue;
    }
    if (cue.entry.frame === 'according') {
      if (speaker) for (const span of accordingContent(ctx, cue, speaker, sent.tokenStart, sent.tokenEnd)) drafts.push(indirect(ctx, span, by, ra));
      continue;
    }
    // An indirect quote after the cue ("said that ...").
    if (c.at < sent.tokenEnd && !speakerAfter) {
      const span = contentAfter(ctx, cue, c, sent.tokenEnd, cues, i + 1);
      if (span) {
        // "To see it, she said, one should go there": the dependent clause before the cue is reported too
        const left = span[0] > sent.tokenStart && isComma(toks[span[0] - 1]!) ? contentBefore(ctx, anchor, sent.tokenStart) : null;
        if (left && opensDependent(ctx, left[0])) drafts.push(indirect(ctx, left, by, ra));
        drafts.push(indirect(ctx, span, by, ra));
        continue;
      }
    }
    // An indirect quote before it ("..., she said."), or around it ("The plan, she said, will fail").
    if (cue.passive) continue;
    const rest = restFrom + 1 < sent.tokenEnd && isComma(toks[restFrom]!) ? toks[restFrom + 1]! : null;
    const left = contentBefore(ctx, anchor, sent.tokenStart, !rest);
    if (!left) continue;
    const leftIsClause = contentBefore(ctx, anchor, sent.tokenStart) !== null;
    // "Though the talks failed, he said, a deal is near": a dependent clause before the cue needs the main clause after it
    const dependent = leftIsClause && rest !== null && !speakerAfter && opensDependent(ctx, left[0]);
    const participle = !dependent && rest !== null && rest.pos === 'VERB' && rest.lower.endsWith('ing');
    if (leftIsClause && (restEmpty || participle || speakerAfter)) {
      drafts.push(indirect(ctx, left, by, ra));
    } else if (rest && !participle && !speakerAfter) {
      const end = trimEnd(ctx, restFrom + 1, sent.tokenEnd - 1);
      const right: [number, number] = [restFrom + 1, end];
      if (wordCount(toks, restFrom + 1, end) >= 2 && (leftIsClause || hasVerb(ctx, right))) drafts.push(indirect(ctx, left, by, ra), indirect(ctx, right, by, ra));
    }
  }

  const usedCues = new Set<Attribution['cue']>(drafts.map((d) => d.by.cue));
  for (const by of ra.byRegion.values()) usedCues.add(by.cue);
  attributeLeftovers(ctx, cues, usedCues, ra, attribution);
  regions.forEach((r, i) => {
    const by = ra.byRegion.get(i);
    if (!by || ra.absorbed.has(r.chain)) return;
    const from = ra.contentFrom.get(i);
    const start = from === undefined ? r.start : toks[from]!.start;
    if (r.contentFirst <= r.contentLast && start < r.end) drafts.push({ start, end: r.end, kind: 'direct', by });
  });
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts.map((d) => toQuote(ctx, d));
}

/**
 * Transcripts: a quotation or a paragraph line opening with a speaker label
 * ("“SMITH: We will ...", "SMITH: We will ..."): the label is the speaker,
 * its colon the cue, the rest the quote.
 */
function transcriptQuotes(
  ctx: QuoteContext, ra: RegionAttributions, attribution: (s: SpeakerRange, cue: Attribution['cue']) => Attribution,
): Draft[] {
  const { toks, doc } = ctx;
  const { regions, regionOf } = ctx.marks;
  const out: Draft[] = [];
  regions.forEach((r, i) => {
    const label = transcriptLabel(ctx, r.contentFirst, r.contentLast + 1);
    if (!label) return;
    ra.byRegion.set(i, attribution(label.speaker, { first: label.mark, last: label.mark }));
    ra.contentFrom.set(i, label.mark + 1);
  });
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const end = doc.sentences[p.sentenceEnd - 1]!.tokenEnd;
    for (let k = doc.sentences[p.sentenceStart]!.tokenStart; k < end; k++) {
      const lineStart = k === doc.sentences[p.sentenceStart]!.tokenStart || toks[k - 1]!.pos === 'SPACE';
      if (!lineStart || regionOf[k]! >= 0) continue;
      const transcript = transcriptLabel(ctx, k, end);
      const label = transcript ?? headlineLabel(ctx, k, end);
      if (!label) continue;
      let last = label.mark + 1;
      while (last + 1 < end && toks[last + 1]!.pos !== 'SPACE') last++;
      while (last > label.mark && (toks[last]!.pos === 'SPACE' || isComma(toks[last]!))) last--;
      const span: [number, number] = [label.mark + 1, last];
      if (span[1] < span[0] || (!transcript && !hasVerb(ctx, span))) continue;
      const d = indirect(ctx, span, attribution(label.speaker, { first: label.mark, last: label.mark }), ra);
      // a transcript line is what was said; a headline's label gives whose claim the line is
      out.push(transcript ? { ...d, kind: 'direct' } : d);
    }
  }
  return out;
}

/**
 * `“...ends here.” He said that ...`: a quotation closed by a full stop and
 * followed by a new sentence is not the quotation of that sentence's cue
 * (news style closes an attributed quotation with a comma: `“...,” he said`).
 */
function endsSentence(ctx: QuoteContext, r: QuoteRegion, next: number): boolean {
  const t = ctx.toks[next]!;
  return ctx.toks[r.contentLast]!.text === '.' && /^\p{Lu}/u.test(t.text);
}

/** True when token `k` opens a clause that cannot stand alone: "Though ...", "If ...", "To understand X, ...". */
function opensDependent(ctx: QuoteContext, k: number): boolean {
  const t = ctx.toks[k]!;
  return SUBORDINATORS.has(t.lower) || (t.lower === 'to' && ctx.toks[k + 1]?.pos === 'VERB');
}

function hasVerb(ctx: QuoteContext, [first, last]: [number, number]): boolean {
  for (let k = first; k <= last; k++) if (isVerb(ctx.toks[k]!)) return true;
  return false;
}

function indirect(ctx: QuoteContext, [first, last]: [number, number], by: Attribution, ra: RegionAttributions): Draft {
  let kind: QuoteKind = 'indirect';
  for (let k = first; k <= last; k++) {
    const r = ctx.marks.regionOf[k]!;
    if (r >= 0) { kind = 'mixed'; ra.absorbed.set(ctx.marks.regions[r]!.chain, by); }
  }
  return { start: ctx.toks[first]!.start, end: ctx.toks[last]!.end, kind, by };
}

/** After a cue that takes an addressee, the first token past it: "..., she told reporters." */
function skipAddressee(ctx: QuoteContext, cue: CueHit, k: number, end: number): number {
  if (cue.entry.frame !== 'tell') return k;
  const e = npAfter(ctx, k, end - 1);
  return e >= 0 ? skipAdjuncts(ctx, e + 1, end) : k;
}

/** The first token from `k` that is not an adjunct word or an adverb ("said Monday", "said again"). */
function skipAdjuncts(ctx: QuoteContext, k: number, end: number): number {
  while (k < end && (ctx.lex.adjuncts.has(ctx.toks[k]!.lower) || ctx.toks[k]!.pos === 'ADV')) k++;
  return k;
}

function toQuote(ctx: QuoteContext, d: Draft): Quote {
  const { toks, doc } = ctx;
  const s = d.by.speaker;
  const c = d.by.cue;
  return {
    start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), kind: d.kind,
    speaker: s ? { ...span(ctx, toks[s.first]!.start, toks[s.last]!.end), actor: d.by.actor } : null,
    cue: c ? span(ctx, toks[c.first]!.start, toks[c.last]!.end) : null,
  };
}

function span(ctx: QuoteContext, start: number, end: number) {
  return { start, end, text: ctx.doc.text.slice(start, end) };
}
