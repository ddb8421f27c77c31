/** Word shapes: "Putin" -> "Xxxxx" (long, capped at 8 chars) and "Xx" (runs collapsed). */

function charClass(c: number): number {
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c >= 0xc0 && c <= 0x24f) {
    const ch = String.fromCharCode(c);
    return ch !== ch.toLowerCase() ? 88 : 120;
  }
  return c;
}

export function longShape(word: string): string {
  let out = '';
  const n = Math.min(word.length, 8);
  for (let i = 0; i < n; i++) out += String.fromCharCode(charClass(word.charCodeAt(i)));
  return word.length > 8 ? out + '+' : out;
}

export function shortShape(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word.charCodeAt(i));
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

/** Case of a word: 0 no letters, 1 lower, 2 Initial capital, 3 ALL CAPS (2+ letters), 4 mixed (iPhone, McDonald). */
export function caseOf(word: string): number {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let isUpper: boolean;
    if (c >= 65 && c <= 90) isUpper = true;
    else if (c >= 97 && c <= 122) isUpper = false;
    else if (c < 0xc0) continue;
    else {
      const ch = word[i]!;
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo === up) continue;
      isUpper = ch === up;
    }
    if (isUpper) { if (upper + lower === 0) firstUpper = true; upper++; } else lower++;
  }
  if (upper + lower === 0) return 0;
  if (upper === 0) return 1;
  if (lower === 0) return upper >= 2 ? 3 : 2;
  return firstUpper && upper === 1 ? 2 : 4;
}
