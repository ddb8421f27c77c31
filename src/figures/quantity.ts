import type { Approx } from '../analysis/format.js';
import type { Token } from '../doc/types.js';
import type { FigureLexicon } from './lexicon.js';
import { readNumber, type NumberRead } from './number.js';
import { DASHES, isChange, readRangeEnd, readShare } from './range.js';

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

type Draft = { -readonly [K in keyof Quantity]: Quantity[K] } & { opener: string | null; openerStart: number };

/** Read the quantity whose number begins at token `i`; cues and currency are looked for back to `floor`. */
export function readQuantity(
  toks: readonly Token[], i: number, floor: number, limit: number, lex: FigureLexicon,
): Quantity | null {
  const d = readHead(toks, i, floor, limit, lex);
  if (!d) return null;
  readCompound(d, toks, limit, lex);
  // a unit written after both bounds of a range ("10% to 20%") is read before the range
  if (d.unit === null && d.currency === null && !d.duration) readUnit(d, toks, limit, lex);
  readSecond(d, toks, limit, lex);
  readTail(d, toks, limit, lex);
  const { opener: _o, openerStart: _s, ...q } = d;
  return q;
}

/** Currency sign, the number, then the cue or range opener before it. */
function readHead(toks: readonly Token[], i: number, floor: number, limit: number, lex: FigureLexicon): Draft | null {
  let start = i;
  let currency: string | null = null;
  let unit: string | null = null;
  const cb = lex.currencyBefore.before(toks, i, floor);
  const ub = cb ? null : lex.unitsBefore.before(toks, i, floor);
  if (cb) {
    currency = cb.value;
    start = cb.start;
  } else if (ub) {
    unit = ub.value;
    start = ub.start;
  }
  const first = readNumber(toks, i, limit, lex, currency !== null);
  if (!first) return null;
  const d: Draft = {
    start, end: first.end, first, second: null, numEnd: first.end,
    value: first.low !== null ? [first.low, first.value] : first.value,
    approx: first.vague ? '>=' : '=', cue: false, currency, unit: first.metres ? 'm' : unit,
    reversed: false, ratio: false, duration: false, opener: null, openerStart: start,
  };
  if (first.metres) d.end++;
  const ro = lex.rangeOpeners.before(toks, start, floor);
  if (ro && !(ro.value === 'from' && ro.start > 0 && isChange(lex, toks[ro.start - 1]!))) {
    d.opener = ro.value;
    d.openerStart = ro.start;
    return d;
  }
  const ab = lex.approxBefore.before(toks, start, floor);
  if (ab) {
    d.approx = ab.value;
    d.cue = true;
    d.start = ab.start;
  }
  return d;
}

/** "10-km", "a 48-hour strike", "a 5,000-strong crowd". */
function readCompound(d: Draft, toks: readonly Token[], limit: number, lex: FigureLexicon): void {
  const k = d.end;
  if (d.unit !== null || k + 1 >= limit || !DASHES.has(toks[k]!.text) || toks[k]!.spaceBefore || toks[k + 1]!.spaceBefore) return;
  const w = toks[k + 1]!.lower;
  if (lex.context.get(w)?.has('duration')) d.duration = true;
  const u = lex.units.at(toks, k + 1, limit);
  if (u && d.currency === null) {
    d.unit = u.value;
    d.end = u.end;
  } else if (w === 'strong') {
    d.end = k + 2;
  }
}

function readUnit(d: Draft, toks: readonly Token[], limit: number, lex: FigureLexicon): void {
  const u = lex.units.at(toks, d.end, limit);
  if (u) {
    d.unit = u.value;
    d.end = u.end;
  }
}

/** The whole of a share ("one in five") or the high bound of a range. */
function readSecond(d: Draft, toks: readonly Token[], limit: number, lex: FigureLexicon): void {
  if (d.first.low !== null || d.duration || d.end >= limit) return;
  if (d.unit === null && d.currency === null) {
    const share = readShare(toks, d.end, limit, lex, d.first);
    if (share) {
      Object.assign(d, { second: share.second, ratio: true, value: share.percent, unit: '%', end: share.end, numEnd: share.end });
      return;
    }
  }
  const range = readRangeEnd(toks, d.end, limit, lex, d.first, d.opener, d.currency !== null, toks[d.start - 1]);
  if (!range) return;
  Object.assign(d, { second: range.second, value: range.value, reversed: range.reversed, end: range.end, numEnd: range.end });
  if (d.opener !== null) d.start = d.openerStart;
  if (range.second.metres && d.unit === null) {
    d.unit = 'm';
    d.end++;
  } else if (d.unit !== null) {
    // "10% to 20%": the unit repeated after the high bound
    const u = lex.units.at(toks, d.end, limit);
    if (u && u.value === d.unit) d.end = u.end;
  }
}

/** After the numbers: a time unit, a unit, a currency name, an approximation ("or more"), "of dollars". */
function readTail(d: Draft, toks: readonly Token[], limit: number, lex: FigureLexicon): void {
  const isDuration = (k: number) => k < limit && (lex.context.get(toks[k]!.lower)?.has('duration') ?? false);
  // "seven months", "hundreds of years"
  const at = d.end < limit && toks[d.end]!.lower === 'of' ? d.end + 1 : d.end;
  if (d.unit === null && d.currency === null && isDuration(at)) d.duration = true;
  if (d.duration) return;
  if (d.unit === null && d.currency === null) readUnit(d, toks, limit, lex);
  if (d.currency === null && (d.unit === null || d.unit === 'm')) {
    const ca = lex.currencyAfter.at(toks, d.end, limit);
    if (ca) {
      // "a 5m euro deal": the m read as metres was million
      const factor = ca.value.factor * (d.unit === 'm' ? 1_000_000 : 1);
      if (factor !== 1) d.value = scaleValue(d.value, factor);
      d.currency = ca.value.code;
      d.unit = null;
      d.end = ca.end;
    }
  }
  const suffix = lex.approxAfter.at(toks, d.end, limit);
  if (suffix && !d.cue) {
    d.approx = suffix.value;
    d.cue = true;
    d.end = suffix.end;
    // "15-plus years"
    // "seven months", "hundreds of years"
  const at = d.end < limit && toks[d.end]!.lower === 'of' ? d.end + 1 : d.end;
  if (d.unit === null && d.currency === null && isDuration(at)) d.duration = true;
  }
  // "millions of dollars", "thousands of euros"
  if (!d.duration && d.currency === null && d.unit === null && d.end + 1 < limit && toks[d.end]!.lower === 'of') {
    const ca = lex.currencyAfter.at(toks, d.end + 1, limit);
    if (ca && ca.value.factor === 1) {
      d.currency = ca.value.code;
      d.end = ca.end;
    }
  }
}

function scaleValue(v: number | readonly [number, number], factor: number): number | readonly [number, number] {
  return typeof v === 'number' ? v * factor : [v[0] * factor, v[1] * factor];
}
