import type { Approx } from '../analysis/format.js';
import type { Token } from '../doc/types.js';
import type { FigureLexicon } from './lexicon.js';
import { readNumber, type NumberRead } from './number.js';

/**
 * A quantity as written, before deciding whether it is a figure: cue,
 * currency, one number or a range, unit. "over 1,200", "$3.2 billion",
 * "between 10 and 20", "10-20%", "nearly seven months", "5 km".
 */
export interface Quantity {
  /** Tokens [start, end): from the cue or currency to the last unit, currency or suffix token. */
  readonly start: number;
  readonly end: number;
  readonly first: NumberRead;
  readonly second: NumberRead | null;
  /** Token after the last number token (before any unit). */
  readonly numEnd: number;
  readonly value: number | readonly [number, number];
  readonly approx: Approx;
  /** An approximation cue is written ("over", "or more"); `approx` otherwise comes from the number itself. */
  readonly cue: boolean;
  readonly currency: string | null;
  /** Unit of measure, "%" or "pp" included. */
  readonly unit: string | null;
  /** A range opened by "between" or "from" whose bounds were written high to low. */
  readonly reversed: boolean;
  /** A share written "one in five": `value` is in percent. */
  readonly ratio: boolean;
  /** A time unit follows ("seven months", "a 48-hour strike", "a 19-year-old"). */
  readonly duration: boolean;
}

const DASHES = new Set(['-', '–', '—']);

/** Read the quantity whose number begins at token `i`; cues and currency are looked for back to `floor`. */
export function readQuantity(
  toks: readonly Token[], i: number, floor: number, limit: number, lex: FigureLexicon,
): Quantity | null {
  let start = i;
  let currency: string | null = null;
  const cb = lex.currencyBefore.before(toks, i, floor);
  if (cb) {
    currency = cb.value;
    start = cb.start;
  }
  const first = readNumber(toks, i, limit, lex, currency !== null);
  if (!first) return null;

  let approx: Approx = first.vague ? '>=' : '=';
  let cue = false;
  let opener: string | null = null;
  let openerStart = start;
  const ro = lex.rangeOpeners.before(toks, start, floor);
  if (ro && !(ro.value === 'from' && ro.start > 0 && isChange(lex, toks[ro.start - 1]!))) {
    opener = ro.value;
    openerStart = ro.start;
  } else {
    const ab = lex.approxBefore.before(toks, start, floor);
    if (ab) {
      approx = ab.value;
      cue = true;
      start = ab.start;
    }
  }

  let k = first.end;
  let unit: string | null = first.metres ? 'm' : null;
  if (first.metres) k++;
  let duration = false;
  // "10-km", "a 48-hour strike", "a 5,000-strong crowd"
  if (unit === null && k + 1 < limit && DASHES.has(toks[k]!.text) && !toks[k]!.spaceBefore && !toks[k + 1]!.spaceBefore) {
    const w = toks[k + 1]!.lower;
    if (lex.context.get(w)?.has('duration')) duration = true;
    const u = lex.units.at(toks, k + 1, limit);
    if (u && currency === null) {
      unit = u.value;
      k = u.end;
    } else if (w === 'strong') {
      k += 2;
    }
  }
  // A unit written after both bounds of a range ("10% to 20%"): read it before the range.
  if (unit === null && currency === null && !duration) {
    const u = lex.units.at(toks, k, limit);
    if (u) {
      unit = u.value;
      k = u.end;
    }
  }

  // The second bound of a range.
  let second: NumberRead | null = null;
  let value: number | readonly [number, number] = first.value;
  let reversed = false;
  let ratio = false;
  if (first.low !== null) value = [first.low, first.value];
  else if (unit === null && currency === null && ratioLink(toks, k, limit) > k) {
    // "one in five children", "3 in 10 voters", "one of every nine": a share, in percent
    const of = readNumber(toks, ratioLink(toks, k, limit), limit, lex, false);
    const after = of && of.end < limit ? toks[of.end]!.lower : '';
    const timeLike = of !== null && (/^\d{4}$/.test(of.digits ?? '') || (lex.context.get(after)?.has('duration') ?? false));
    if (of && of.low === null && !timeLike && first.value > 0 && first.value < of.value) {
      second = of;
      ratio = true;
      value = Number(((first.value / of.value) * 100).toFixed(2));
      unit = '%';
      k = of.end;
    }
  }
  if (!ratio && first.low === null && !duration && k < limit) {
    const range = readRangeEnd(toks, k, limit, lex, first, opener, currency !== null, toks[start - 1]);
    if (range) {
      second = range.second;
      value = range.value;
      reversed = range.reversed;
      k = range.end;
      if (second.metres && unit === null) {
        unit = 'm';
        k++;
      } else if (unit !== null) {
        // "10% to 20%": the unit repeated after the high bound
        const u = lex.units.at(toks, k, limit);
        if (u && u.value === unit) k = u.end;
      }
    }
  }
  if (second !== null && opener !== null) start = openerStart;
  const numEnd = second ? second.end : first.end;

  if (!duration && unit === null && currency === null && k < limit && lex.context.get(toks[k]!.lower)?.has('duration')) {
    duration = true;
  }
  if (!duration && unit === null && currency === null) {
    const u = lex.units.at(toks, k, limit);
    if (u) {
      unit = u.value;
      k = u.end;
    }
  }
  if (!duration && currency === null && (unit === null || unit === 'm')) {
    const ca = lex.currencyAfter.at(toks, k, limit);
    if (ca) {
      currency = ca.value.code;
      k = ca.end;
      // "37 cents", "16 pence": in units of the currency
      if (ca.value.factor !== 1) value = scaleValue(value, ca.value.factor);
      if (unit === 'm') unit = null;
    }
  }
  const suffix = lex.approxAfter.at(toks, k, limit);
  if (suffix && !cue && !duration) {
    approx = suffix.value;
    cue = true;
    k = suffix.end;
    // "15-plus years"
    if (unit === null && currency === null && k < limit && lex.context.get(toks[k]!.lower)?.has('duration')) duration = true;
  }
  // "millions of dollars", "thousands of euros"
  if (!duration && currency === null && unit === null && k + 1 < limit && toks[k]!.lower === 'of') {
    const ca = lex.currencyAfter.at(toks, k + 1, limit);
    if (ca && ca.value.factor === 1) {
      currency = ca.value.code;
      k = ca.end;
    }
  }
  return { start, end: k, first, second, numEnd, value, approx, cue, currency, unit, reversed, ratio, duration };
}

interface RangeEnd {
  readonly second: NumberRead;
  readonly value: readonly [number, number];
  readonly reversed: boolean;
  readonly end: number;
}

/** "- 20", "to 20", "and 20" (after "between"), "or 3": the high bound, or null. */
function readRangeEnd(
  toks: readonly Token[], k: number, limit: number, lex: FigureLexicon,
  first: NumberRead, opener: string | null, currency: boolean, beforeStart: Token | undefined,
): RangeEnd | null {
  const c = toks[k]!;
  const w = c.lower;
  let ok: boolean;
  if (opener === 'between') ok = w === 'and' || DASHES.has(c.text);
  else if (opener === 'from') ok = w === 'to' || DASHES.has(c.text);
  else if (w === 'to') ok = !(beforeStart && (beforeStart.lower === 'by' || beforeStart.lower === 'from' || isChange(lex, beforeStart)));
  else if (w === 'or') ok = lex.approxAfter.at(toks, k, limit) === null;
  else ok = DASHES.has(c.text);
  if (!ok || k + 1 >= limit) return null;
  let j = k + 1;
  const cb = lex.currencyBefore.at(toks, j, limit);
  if (cb) j = cb.end;
  const second = readNumber(toks, j, limit, lex, currency || cb !== null);
  if (!second || second.low !== null || second.isOne && first.digits !== null) return null;
  if ((first.digits === null) !== (second.digits === null) && w === 'or') return null;
  // "between 2 and 3 million": the scale of the high bound applies to the low one.
  let low = first.value;
  if (!first.scaled && second.scaled && first.value < second.bare) low = first.value * (second.value / second.bare);
  const high = second.value;
  if (low < high) return { second, value: [low, high], reversed: false, end: second.end };
  if (opener !== null && low > high) return { second, value: [high, low], reversed: true, end: second.end };
  return null;
}

/** After a number, the token where the whole of a share begins ("in five", "in every five", "of every nine", "out of ten"), else `k`. */
function ratioLink(toks: readonly Token[], k: number, limit: number): number {
  const w = (n: number) => (k + n < limit ? toks[k + n]!.lower : '');
  if (w(0) === 'in' || w(0) === 'of') return w(1) === 'every' ? k + 2 : w(0) === 'in' ? k + 1 : k;
  if (w(0) === 'out' && w(1) === 'of') return k + 2;
  return k;
}

function scaleValue(v: number | readonly [number, number], factor: number): number | readonly [number, number] {
  return typeof v === 'number' ? v * factor : [v[0] * factor, v[1] * factor];
}

function isChange(lex: FigureLexicon, tok: Token): boolean {
  return lex.context.get(tok.lower)?.has('change') ?? false;
}
