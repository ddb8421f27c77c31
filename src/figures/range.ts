import type { Token } from '../doc/types.js';
import type { FigureLexicon } from './lexicon.js';
import { readNumber, type NumberRead } from './number.js';

export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

export interface RangeEnd {
  readonly second: NumberRead;
  readonly value: readonly [number, number];
  /** Written high to low after "between" or "from" (then `value` is put low to high). */
  readonly reversed: boolean;
  readonly end: number;
}

/**
 * The high bound of a range at token `k`: "- 20", "to 20" (not after "by"
 * or a verb of change: "rose 5% to 20%"), "and 20" after "between", "or 3";
 * null when there is none. `beforeStart` is the token before the quantity.
 */
export function readRangeEnd(
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
  if (!second || second.low !== null || (second.isOne && first.digits !== null)) return null;
  // "two or three", "10 or 12", but not "10 or two"
  if (w === 'or' && (first.digits === null) !== (second.digits === null)) return null;
  // "between 2 and 3 million": the scale of the high bound applies to the low one
  let low = first.value;
  if (!first.scaled && second.scaled && first.value < second.bare) low = first.value * (second.value / second.bare);
  const high = second.value;
  if (low < high) return { second, value: [low, high], reversed: false, end: second.end };
  if (opener !== null && low > high) return { second, value: [high, low], reversed: true, end: second.end };
  return null;
}

/**
 * A share: "one in five", "3 in every 10", "one of every nine", "three out
 * of ten", as a percentage; not "2 in 3 days" nor "5 in 2014".
 */
export function readShare(
  toks: readonly Token[], k: number, limit: number, lex: FigureLexicon, first: NumberRead,
): { second: NumberRead; percent: number; end: number } | null {
  const j = shareLink(toks, k, limit);
  if (j === k) return null;
  const whole = readNumber(toks, j, limit, lex, false);
  if (!whole || whole.low !== null || first.value <= 0 || first.value >= whole.value) return null;
  if (/^\d{4}$/.test(whole.digits ?? '')) return null;
  if (whole.end < limit && lex.context.get(toks[whole.end]!.lower)?.has('duration')) return null;
  return { second: whole, percent: Number(((first.value / whole.value) * 100).toFixed(2)), end: whole.end };
}

/** The token where the whole of a share begins ("in five", "in every five", "of every nine", "out of ten"), else `k`. */
function shareLink(toks: readonly Token[], k: number, limit: number): number {
  const w = (n: number) => (k + n < limit ? toks[k + n]!.lower : '');
  if (w(0) === 'in') return w(1) === 'every' ? k + 2 : k + 1;
  if (w(0) === 'of' && w(1) === 'every') return k + 2;
  if (w(0) === 'out' && w(1) === 'of') return k + 2;
  return k;
}

export function isChange(lex: FigureLexicon, tok: Token): boolean {
  return lex.context.get(tok.lower)?.has('change') ?? false;
}
