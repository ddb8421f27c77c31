import type { QuoteContext } from './context.js';
import type { QuoteRegion } from './marks.js';
import { npAfter } from './phrases.js';
import type { SpeakerRange } from './speaker.js';
import { subjectBefore } from './subject.js';
import { isDash, isPunct, isVerb, wordCount } from './words.js';

/** A speaker named by layout rather than by a reporting verb: a transcript label or a credit line. */
export interface Label {
  readonly speaker: SpeakerRange;
  /** The colon or dash that introduces or credits the quotation: the cue. */
  readonly mark: number;
}

/** Most words in a transcript label ("SEN. JANE DOE:"). */
const MAX_LABEL_WORDS = 3;

/**
 * A transcript's speaker label at token `k` ("SMITH: We will ...", "JANE DOE:"):
 * a few words in capitals, or a person the entity or actor layer found, then
 * a colon.
 */
export function transcriptLabel(ctx: QuoteContext, k: number, end: number): Label | null {
  const toks = ctx.toks;
  let j = k;
  let words = 0;
  while (j < end && words <= MAX_LABEL_WORDS) {
    const t = toks[j]!;
    if (t.text === ':') break;
    const capitals = /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text);
    if (!(capitals || ctx.person[j] === 1) && !(t.text === '.' && j > k)) return null;
    if (/\p{L}/u.test(t.text)) words++;
    j++;
  }
  if (j === k || j >= end || toks[j]!.text !== ':' || words === 0 || words > MAX_LABEL_WORDS) return null;
  if (j + 1 >= end) return null;
  return { speaker: { first: k, last: j - 1 }, mark: j };
}

/** Most words in a headline's source label ("NY Daily News:", "Clinton camp:"). */
const MAX_HEADLINE_LABEL_WORDS = 4;

/**
 * A headline's source label at token `k`, a line start: a few capitalized
 * words naming someone (a name, an organization, a group) and a colon, the
 * claim after it ("Clinton camp: Trade deal will cost jobs", "Poll: ...").
 */
export function headlineLabel(ctx: QuoteContext, k: number, end: number): Label | null {
  const toks = ctx.toks;
  let names = false;
  let j = k;
  for (; j < end && j - k < MAX_HEADLINE_LABEL_WORDS + 2; j++) {
    const t = toks[j]!;
    if (t.text === ':') break;
    const joiner = t.text === '.' || t.text === '\'s' || t.text === '’s' || t.text === '-' || t.text === '&';
    const word = /^[\p{Lu}\p{N}]/u.test(t.text) || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ';
    if (j === k ? !/^\p{Lu}/u.test(t.text) : !(word || joiner)) return null;
    // (a line's first word is capitalized whatever it is: the tagger's PROPN there says little)
    if (ctx.inEntity[j] === 1 || (t.pos === 'PROPN' && j > k) || ((t.pos === 'NOUN' || t.pos === 'PROPN') && ctx.lex.speakerNouns.has(t.lower))) names = true;
    if (isVerb(t) && ctx.inEntity[j] !== 1) return null;
  }
  if (!names || j === k || j >= end - 2 || toks[j]!.text !== ':' || wordCount(toks, k, j - 1) > MAX_HEADLINE_LABEL_WORDS) return null;
  // a quotation after the colon is introduced by it (`The ministry: “...”`), see colonIntroduction
  if (ctx.marks.regionOf[j + 1]! >= 0) return null;
  return { speaker: { first: k, last: j - 1 }, mark: j };
}

/** A credit after a quotation: `“...” ― Jane Doe` or `“...” — Jane Doe, a voter`. */
export function dashCredit(ctx: QuoteContext, r: QuoteRegion, paraEnd: number): Label | null {
  const toks = ctx.toks;
  let k = r.last + 1;
  while (k < paraEnd && isPunct(toks[k]!) && !isDash(toks[k]!)) k++;
  if (k >= paraEnd || !isDash(toks[k]!) || ctx.marks.regionOf[k]! >= 0) return null;
  const e = npAfter(ctx, k + 1, paraEnd - 1);
  if (e < 0) return null;
  let name = false;
  for (let m = k + 1; m <= e; m++) if (toks[m]!.pos === 'PROPN' || ctx.inEntity[m] === 1) name = true;
  const next = toks[e + 1];
  if (!name || (next && e + 1 < paraEnd && !isPunct(next))) return null;
  return { speaker: { first: k + 1, last: e }, mark: k };
}

/** Most tokens between a colon and the verb of the clause it ends: "Kasich put it this way:". */
const VERB_TO_COLON = 8;

/**
 * A quotation introduced by a clause ending in a colon: "Kasich resisted:
 * “...”", "The senator put it bluntly: “...”" (the clause's verb is the cue,
 * its subject the speaker), or by a phrase alone, "The report: “...”" (the
 * colon is the cue).
 */
export function colonIntroduction(ctx: QuoteContext, r: QuoteRegion): { speaker: SpeakerRange; cue: { first: number; last: number } } | null {
  const toks = ctx.toks;
  const colon = r.openFirst - 1;
  if (colon < 0 || toks[colon]!.text !== ':' || ctx.marks.regionOf[colon]! >= 0) return null;
  const sentStart = ctx.doc.sentences[toks[colon]!.sentence]!.tokenStart;
  for (let v = colon - 1; v >= sentStart && v >= colon - VERB_TO_COLON; v--) {
    const t = toks[v]!;
    if (ctx.marks.regionOf[v]! >= 0 || isPunct(t)) return null;
    if (t.pos !== 'VERB' || t.lower.endsWith('ing')) continue;
    let first = v;
    while (first - 1 >= sentStart && (toks[first - 1]!.pos === 'AUX' || toks[first - 1]!.pos === 'ADV')) first--;
    const speaker = subjectBefore(ctx, first - 1, sentStart);
    if (!speaker || !namesSomeone(ctx, speaker)) return null;
    return { speaker, cue: { first, last: v } };
  }
  // "The report: “...”": a phrase alone before the colon
  const e = npAfter(ctx, sentStart, colon - 1);
  if (e !== colon - 1 || !namesSomeone(ctx, { first: sentStart, last: e })) return null;
  return { speaker: { first: sentStart, last: e }, cue: { first: colon, last: colon } };
}

/** A phrase that can name someone who speaks: a name, a person or group, a speaker noun, a pronoun. */
function namesSomeone(ctx: QuoteContext, s: SpeakerRange): boolean {
  for (let k = s.first; k <= s.last; k++) if (ctx.human[k] === 1 || ctx.inEntity[k] === 1) return true;
  return false;
}
