import type { Attribution, RegionAttributions } from './attribute.js';
import type { QuoteContext } from './context.js';
import type { CueHit } from './cues.js';
import { dashCredit } from './labels.js';
import type { QuoteRegion } from './marks.js';
import type { SpeakerRange } from './speaker.js';
import { isComma, isDash, isPunct, isVerb, wordCount } from './words.js';

/** Unattributed quotations at least this long (in words) are kept as quotes of unknown speaker. */
const MIN_ORPHAN_WORDS = 6;

/** The region whose opening mark is token `k`, or, after a colon ending the paragraph, the one opening the next paragraph; else null. */
export function regionOpeningAt(ctx: QuoteContext, k: number, paraEnd: number): number | null {
  const { regions, regionOf } = ctx.marks;
  if (k >= paraEnd && ctx.toks[paraEnd - 1]?.text === ':') k = paraEnd;
  else if (k >= paraEnd) return null;
  const r = k < ctx.toks.length ? regionOf[k]! : -1;
  return r >= 0 && regions[r]!.openFirst === k ? r : null;
}

/** The region closing right before token `anchor` (commas and dashes between): `“...,” she said`; else null. */
export function regionClosingBefore(ctx: QuoteContext, anchor: number, paraStart: number): number | null {
  let p = anchor - 1;
  while (p >= paraStart && (isComma(ctx.toks[p]!) || isDash(ctx.toks[p]!))) p--;
  if (p < paraStart) return null;
  const r = ctx.marks.regionOf[p]!;
  return r >= 0 && ctx.marks.regions[r]!.last === p ? r : null;
}

/** Small words a title leaves in lower case: "Make Your Kid a Millionaire". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'is']);

/**
 * A quotation that names a work rather than quotes words: every word
 * capitalized but small ones ("Make Your Kid a Millionaire", "The Apprentice").
 */
export function isTitle(ctx: QuoteContext, r: QuoteRegion): boolean {
  let words = 0;
  for (let k = r.contentFirst; k <= r.contentLast; k++) {
    const t = ctx.toks[k]!.text;
    if (!/^\p{L}/u.test(t)) continue;
    words++;
    if (!/^\p{Lu}/u.test(t) && !(words > 1 && TITLE_SMALL_WORDS.has(t))) return false;
  }
  return words >= 2;
}

/** A quotation that starts a clause (not a phrase quoted inside one): at a paragraph start or after punctuation. */
export function opensClause(ctx: QuoteContext, r: QuoteRegion, paraStart: number): boolean {
  if (r.openFirst <= paraStart) return true;
  const prev = ctx.toks[r.openFirst - 1];
  return !prev || isPunct(prev) || ctx.doc.sentences[prev.sentence]!.paragraph !== r.paragraph;
}

/**
 * A quotation after which its clause ends: punctuation, a paragraph end,
 * another quotation, a conjunction (`chanting "no war" and waving flags`);
 * not `"no" to the plan`.
 */
export function closesClause(ctx: QuoteContext, r: QuoteRegion): boolean {
  const next = ctx.toks[r.last + 1];
  return r.closeFirst < 0 || !next || isPunct(next) || next.pos === 'CCONJ' || ctx.marks.regionOf[next.i]! >= 0
    || next.sentence !== ctx.toks[r.last]!.sentence;
}

/**
 * Quotations no cue reached: pieces of a quote running over paragraphs take
 * the attribution of another piece; a quotation followed by a dash and a name
 * is credited to it; one that follows an attributed quotation of the same or
 * the previous paragraph continues it (news paragraphs of quotation); a long
 * one stands without a speaker.
 */
export function attributeLeftovers(
  ctx: QuoteContext, cues: readonly CueHit[], ra: RegionAttributions,
  attribution: (s: SpeakerRange, cue: Attribution['cue']) => Attribution,
): void {
  const { regions } = ctx.marks;
  const chainBy = new Map<number, Attribution>();
  regions.forEach((r, i) => {
    const by = ra.byRegion.get(i);
    if (by && !chainBy.has(r.chain)) chainBy.set(r.chain, by);
  });
  let last: { region: QuoteRegion; by: Attribution } | null = null;
  let cueIndex = 0;
  regions.forEach((r, i) => {
    if (ra.absorbed.has(r.chain)) return;
    while (cueIndex < cues.length && cues[cueIndex]!.head < r.openFirst) cueIndex++;
    let by = ra.byRegion.get(i) ?? chainBy.get(r.chain);
    if (!by) {
      const para = ctx.doc.paragraphs[r.paragraph]!;
      const credit = dashCredit(ctx, r, ctx.doc.sentences[para.sentenceEnd - 1]!.tokenEnd);
      if (credit) by = attribution(credit.speaker, { first: credit.mark, last: credit.mark });
    }
    if (!by && last) {
      const between = cueIndex > 0 ? cues[cueIndex - 1]! : null;
      const cueBetween = between !== null && between.head > last.region.last && between !== last.by.cue;
      if (!cueBetween && r.paragraph - last.region.paragraph <= 1 && opensClause(ctx, r, -1) && endsSentence(ctx, r)) {
        // The same speaker goes on; a quotation in a new paragraph is a new quote, its cue is back in the other paragraph.
        by = r.paragraph === last.region.paragraph ? last.by : { ...last.by, cue: null };
      }
    }
    if (!by && r.chain === i && isSentenceLike(ctx, r)) by = { speaker: null, cue: null, actor: null };
    if (!by) return;
    ra.byRegion.set(i, by);
    if (!chainBy.has(r.chain)) chainBy.set(r.chain, by);
    last = { region: r, by };
  });
}

/** A quotation that ends its sentence: nothing but punctuation after it before the next sentence or quotation. */
function endsSentence(ctx: QuoteContext, r: QuoteRegion): boolean {
  const { toks } = ctx;
  const para = ctx.doc.paragraphs[r.paragraph]!;
  const paraEnd = ctx.doc.sentences[para.sentenceEnd - 1]!.tokenEnd;
  let k = r.last + 1;
  while (k < paraEnd && isPunct(toks[k]!) && ctx.marks.regionOf[k]! < 0) k++;
  const closing = toks[r.contentLast]!.text;
  return k >= paraEnd || toks[k]!.sentence !== toks[r.contentLast]!.sentence || ctx.marks.regionOf[k]! >= 0
    || closing === '.' || closing === '?' || closing === '!';
}

function isSentenceLike(ctx: QuoteContext, r: QuoteRegion): boolean {
  if (isTitle(ctx, r) || wordCount(ctx.toks, r.contentFirst, r.contentLast) < MIN_ORPHAN_WORDS || !opensClause(ctx, r, -1) || !endsSentence(ctx, r)) return false;
  for (let k = r.contentFirst; k <= r.contentLast; k++) if (isVerb(ctx.toks[k]!)) return true;
  return false;
}
