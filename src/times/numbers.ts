import type { TimeLexicon } from './lexicon.js';
import type { Unit } from './spec.js';

/** A count in a time expression: a number, or 'X' for a vague one ("several", "a few"). */
export type Count = number | 'X';

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const FRACTION = /^(\d+)\/(\d+)$/;
const ORDINAL_DIGITS = /^(\d{1,3})(?:st|nd|rd|th)$/;

/** The value of a digit token ("7", "1,200", "2.5"), or null. */
export function digitValue(word: string): number | null {
  if (!DIGITS.test(word)) return null;
  return Number(word.replace(/,/g, ''));
}

/** The value of an ordinal token ("third", "21st"), or null. */
export function ordinalValue(lex: TimeLexicon, word: string): number | null {
  const w = lex.ordinals.get(word);
  if (w !== undefined) return w;
  const m = ORDINAL_DIGITS.exec(word);
  return m ? Number(m[1]) : null;
}

/**
 * The number spelled by exactly the words [s, e), or null: digits ("24", "1,200", "2 1/2"), words
 * ("twenty - four", "one hundred and fifty"), "a"/"an" (one), "half", "a dozen", "two and a half".
 */
export function parseNumber(lex: TimeLexicon, words: readonly string[], s: number, e: number): number | null {
  if (s >= e) return null;
  let end = e;
  let extra = 0;
  // trailing "and a half"
  if (end - s >= 4 && words[end - 1] === 'half' && words[end - 2] === 'a' && words[end - 3] === 'and') {
    extra = 0.5;
    end -= 3;
  }
  if (end - s === 1) {
    const w = words[s]!;
    if (w === 'a' || w === 'an') return 1 + extra;
    if (w === 'half') return extra ? null : 0.5;
    if (w === 'dozen') return null;
  }
  if (end - s === 2 && (words[s] === 'a' || words[s] === 'an') && words[s + 1] === 'dozen') return 12 + extra;
  if (end - s === 2 && words[s] === 'half' && (words[s + 1] === 'a' || words[s + 1] === 'an')) return extra ? null : 0.5;
  const d = digitValue(words[s]!);
  if (d !== null) {
    if (end - s === 1) return d + extra;
    const f = end - s === 2 ? FRACTION.exec(words[s + 1]!) : null;
    if (f && Number(f[2]) !== 0) return d + Number(f[1]) / Number(f[2]) + extra;
    if (end - s === 2 && words[s + 1] === 'dozen') return d * 12 + extra;
    return null;
  }
  const v = parseNumberWords(lex, words, s, end);
  return v === null ? null : v + extra;
}

function parseNumberWords(lex: TimeLexicon, words: readonly string[], s: number, e: number): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastWasTens = false;
  for (let k = s; k < e; k++) {
    const w = words[k]!;
    const n = lex.numberWords.get(w);
    if (n !== undefined) {
      if (seen && current % 100 !== 0 && !(lastWasTens && n < 10)) return null;
      current += n;
      lastWasTens = n >= 20 && n % 10 === 0;
      seen = true;
      continue;
    }
    if (w === '-' && lastWasTens && k + 1 < e) continue;
    if (w === 'and' && seen && current % 100 === 0 && k + 1 < e) continue;
    if (w === 'dozen' && seen) { current *= 12; lastWasTens = false; continue; }
    const mult = lex.multipliers.get(w);
    if (mult !== undefined) {
      if (!seen) current = 1;
      if (mult === 100) current *= 100;
      else { total += current * mult; current = 0; }
      seen = true;
      lastWasTens = false;
      continue;
    }
    if ((w === 'a' || w === 'an') && k === s && k + 1 < e && lex.multipliers.has(words[k + 1]!)) { seen = false; continue; }
    return null;
  }
  return seen || total > 0 ? total + current : null;
}

/** True for a word that can be part of a number phrase (used to find where one starts). */
export function isNumberWord(lex: TimeLexicon, w: string): boolean {
  return lex.numberWords.has(w) || lex.multipliers.has(w) || digitValue(w) !== null || FRACTION.test(w)
    || w === 'a' || w === 'an' || w === 'and' || w === 'half' || w === 'dozen' || w === '-';
}

const SHORT: Partial<Record<Unit, [string, number]>> = {
  year: ['Y', 1], month: ['M', 1], week: ['W', 1], day: ['D', 1], quarter: ['Q', 1],
  fortnight: ['W', 2], decade: ['Y', 10], century: ['Y', 100], millennium: ['Y', 1000], weekend: ['WE', 1],
};
const CLOCK: Partial<Record<Unit, string>> = { hour: 'H', minute: 'M', second: 'S' };
/** How a fraction of a unit is written in the next smaller unit. */
const SMALLER: Partial<Record<Unit, [Unit, number]>> = {
  year: ['month', 12], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
};
const VAGUE: Partial<Record<Unit, string>> = { decade: 'PXDE', century: 'PXCE', millennium: 'PXML' };

/** A TIMEX3 duration value: P7M, PT48H, P10Y (a decade), P18M (a year and a half), PXY (years). */
export function durationValue(n: Count, unit: Unit): string {
  if (n === 'X') {
    const v = VAGUE[unit];
    if (v) return v;
    const c = CLOCK[unit];
    return c ? `PTX${c}` : `PX${SHORT[unit]![0]}`;
  }
  if (!Number.isInteger(n)) {
    // "two and a half years" P2Y6M, "5 1/2 hours" PT5H30M, "half an hour" PT30M
    const smaller = SMALLER[unit];
    if (smaller && Number.isInteger(n * smaller[1])) {
      const whole = Math.floor(n);
      const rest = durationValue(Math.round((n - whole) * smaller[1]), smaller[0]);
      if (whole === 0) return rest;
      const head = durationValue(whole, unit);
      return head.includes('T') ? head + rest.slice(2) : head + rest.slice(1);
    }
  }
  const c = CLOCK[unit];
  if (c) return `PT${n}${c}`;
  const [letter, factor] = SHORT[unit]!;
  return `P${+(n * factor).toFixed(3)}${letter}`;
}
