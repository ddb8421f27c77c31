/**
 * Which occurrence a yearless date means: "last March", "on Wednesday" in a
 * past-tense clause, "in May" in a future one. Occurrences are compared on a
 * number line (months, days or seasons); the direction or tense picks one.
 */
import type { Direction } from './spec.js';
import type { Tense } from './tense.js';

/** How to choose: strictly before/after the anchor (last/next), the one in the anchor's year (this), or by tense. */
export type Choice = 'before' | 'after' | 'same' | 'past' | 'future' | 'nearest';

/** The choice for an explicit direction, else for the clause's tense. */
export function choiceFor(dir: Direction, tense: Tense | null): Choice {
  if (dir === -1) return 'before';
  if (dir === 1) return 'after';
  if (dir === 0) return 'same';
  if (tense === 'PAST') return 'past';
  if (tense === 'FUTURE') return 'future';
  return 'nearest';
}

/**
 * Pick among candidate positions (one per year around the anchor, same unit as `anchor`)
 * the one the choice names; `same` is the candidate at index `sameIndex`.
 */
export function pick(candidates: readonly number[], anchor: number, choice: Choice, sameIndex: number): number {
  switch (choice) {
    case 'same': return sameIndex;
    case 'before': return lastIndex(candidates, (c) => c < anchor, sameIndex);
    case 'after': return firstIndex(candidates, (c) => c > anchor, sameIndex);
    case 'past': return lastIndex(candidates, (c) => c <= anchor, sameIndex);
    case 'future': return firstIndex(candidates, (c) => c >= anchor, sameIndex);
    case 'nearest': {
      let best = sameIndex;
      for (let k = 0; k < candidates.length; k++) {
        const d = Math.abs(candidates[k]! - anchor);
        const bd = Math.abs(candidates[best]! - anchor);
        if (d < bd || (d === bd && candidates[k]! < candidates[best]!)) best = k;
      }
      return best;
    }
  }
}

function lastIndex(xs: readonly number[], ok: (x: number) => boolean, dflt: number): number {
  for (let k = xs.length - 1; k >= 0; k--) if (ok(xs[k]!)) return k;
  return dflt;
}

function firstIndex(xs: readonly number[], ok: (x: number) => boolean, dflt: number): number {
  for (let k = 0; k < xs.length; k++) if (ok(xs[k]!)) return k;
  return dflt;
}
