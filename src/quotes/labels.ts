import type { QuoteContext } from './context.js';
import type { QuoteRegion } from './marks.js';
import { npAfter } from './phrases.js';
import type { SpeakerRange } from './speaker.js';
import { isDash, isPunct } from './words.js';

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
