import type { Place } from '../analysis/format.js';
import type { Doc } from '../doc/types.js';
import { sentenceAt } from '../doc/navigate.js';

/** How specific a feature type is: a town says more about where something happened than a country. */
const SPECIFICITY: Record<Place['featureType'], number> = {
  landmark: 6, city: 5, admin2: 4, admin1: 3, region: 2, country: 1, other: 0,
};

/** Characters that end a clause inside a sentence. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|although|as)\s/g;

/** [start, end) of the clause around `offset` within its sentence. */
function clauseAround(doc: Doc, start: number, end: number, offset: number): [number, number] {
  let a = start;
  let b = end;
  const text = doc.text.slice(start, end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    const at = start + m.index;
    if (at < offset) a = at + m[0].length;
    else { b = at; break; }
  }
  return [a, b];
}

/**
 * The article's main place: the country its places name most often, else its
 * first place. Null when the article names none.
 */
export function mainPlace(places: readonly Place[]): Place | null {
  if (!places.length) return null;
  const count = new Map<string, number>();
  for (const p of places) if (p.country) count.set(p.country, (count.get(p.country) ?? 0) + 1);
  let top: string | null = null;
  for (const [c, n] of count) if (top === null || n > count.get(top)!) top = c;
  if (top === null) return places[0]!;
  return places.find((p) => p.country === top && p.featureType === 'country' && !p.demonym)
    ?? places.find((p) => p.country === top && !p.demonym)
    ?? places.find((p) => p.country === top)!;
}

/**
 * The place governing the words at `offset` (an event's trigger, a figure):
 * the place named in the same clause, else in the same sentence (nearest,
 * the more specific on a tie), else a nationality word of the sentence
 * ("Russian police"), else the article's main place.
 * `places` is the places layer, sorted by start.
 */
export function governingPlace(doc: Doc, places: readonly Place[], offset: number): Place | null {
  const s = sentenceAt(doc, offset);
  if (s) {
    const all = places.filter((p) => p.start >= s.start && p.end <= s.end);
    // Names of places first; a nationality word ("Russian police") only when the sentence names no place.
    const named = all.filter((p) => !p.demonym);
    const inSentence = named.length ? named : all;
    if (inSentence.length) {
      const [a, b] = clauseAround(doc, s.start, s.end, offset);
      const inClause = inSentence.filter((p) => p.start >= a && p.end <= b);
      const pool = inClause.length ? inClause : inSentence;
      return pool.reduce((best, p) => {
        const d = Math.abs(p.start - offset);
        const bd = Math.abs(best.start - offset);
        if (SPECIFICITY[p.featureType] !== SPECIFICITY[best.featureType] && Math.abs(d - bd) < 40) {
          return SPECIFICITY[p.featureType] > SPECIFICITY[best.featureType] ? p : best;
        }
        return d < bd ? p : best;
      });
    }
  }
  return mainPlace(places);
}
