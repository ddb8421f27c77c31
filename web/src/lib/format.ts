/** Labels and colours shared by the views. */

export const QUAD_NAMES: Record<number, string> = {
  1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict',
};

/** Quad class → CSS class (colours are in style.css). */
export const quadClass = (q: number | null | undefined): string => (q && q >= 1 && q <= 4 ? `quad${q}` : 'quad0');

export const PLOVER = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const CATEGORIES = ['NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'ORGANIZED_CRIME'] as const;
export const FIGURE_CATEGORIES = ['ARREST', 'KILL', 'WOUND', 'DISPLACE', 'PROTEST', 'KIDNAP', 'AFFECT', 'SEIZE', 'MONEY', 'PERCENT', 'OTHER'] as const;

/** PROTEST → Protest, NATURAL_DISASTER → Natural disaster. */
export function typeLabel(t: string | null | undefined): string {
  if (!t) return 'event';
  const s = t.toLowerCase().replace(/_/g, ' ');
  return s[0]!.toUpperCase() + s.slice(1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2025-03-04 → 4 Mar 2025; anything else as written. */
export function dayLabel(d: string | null | undefined): string {
  if (!d) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : d;
}

/** 1234567 → 1,234,567; 0.5 → 0.5. */
export function num(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A figure's value as read: "~300", "14-20", ">= 100". */
export function figureValue(f: { value: number | readonly [number, number]; approx: string; unit: string | null; valueHigh?: number | null }): string {
  const v = Array.isArray(f.value) ? `${num(f.value[0]!)}–${num(f.value[1]!)}` : f.valueHigh ? `${num(f.value as number)}–${num(f.valueHigh)}` : num(f.value as number);
  const approx = f.approx === '=' ? '' : `${f.approx} `;
  return `${approx}${v}${f.unit ? ` ${f.unit}` : ''}`;
}

/** 1 figure, 2 figures. */
export function plural(n: number, word: string): string {
  return `${num(n)} ${word}${n === 1 ? '' : 's'}`;
}
