import type { Doc } from '../doc/types.js';
import { isUpper } from './tokens.js';
import type { PlaceWords } from './words.js';

/** Entity type per token (null where no entity covers it); null when the layer is empty. */
export type EntityTypes = readonly (string | null)[] | null;

/** Last token of a street or natural feature's name starting at i ("Main Street", "Lake Lanier", "Interstate 45"), or -1. */
export function featureEnd(doc: Doc, i: number, w: PlaceWords): number {
  const toks = doc.tokens;
  const t = toks[i]!;
  const same = (j: number) => j < toks.length && toks[j]!.sentence === t.sentence;
  if (w.route.has(t.lower) && same(i + 1) && /^\d/.test(toks[i + 1]!.text)) return i + 1;
  if (w.featureBefore.has(t.lower)) {
    let j = i;
    while (j < i + 3 && same(j + 1) && isUpper(toks[j + 1]!) && !w.feature.has(toks[j + 1]!.lower)) j++;
    return j > i ? j : -1;
  }
  if (t.pos === 'DET' || w.feature.has(t.lower)) return -1;
  for (let j = i + 1; j <= i + 4 && same(j); j++) {
    const u = toks[j]!;
    if (isUpper(u) && w.feature.has(u.lower)) {
      // "St." before a name is "Saint" ("St. Louis"), not "Street".
      if (u.lower === 'st.' && same(j + 1) && isUpper(toks[j + 1]!)) return -1;
      return j;
    }
    if (!isUpper(u) && u.text !== "'s" && u.text !== '’s') return -1;
  }
  return -1;
}

/** Last token of a landmark name starting at i ("Saint Isaac's Cathedral"), or -1. */
export function landmarkEnd(doc: Doc, i: number, w: PlaceWords, etype: EntityTypes): number {
  const toks = doc.tokens;
  if (etype?.[i] === 'PERSON' || etype?.[i] === 'ORG' || toks[i]!.pos === 'DET') return -1;
  for (let j = i + 1; j < toks.length && j <= i + 4; j++) {
    const u = toks[j]!;
    if (u.sentence !== toks[i]!.sentence) return -1;
    if (isUpper(u) && w.landmark.has(u.lower)) {
      // "Fire Station", "Symphony Hall": ordinary words only make no proper landmark name.
      for (let k = i; k < j; k++) if (isUpper(toks[k]!) && !w.lower.has(toks[k]!.lower)) return j;
      return -1;
    }
    if (!isUpper(u) && u.text !== "'s" && u.text !== '’s' && u.lower !== 'of') return -1;
  }
  return -1;
}
