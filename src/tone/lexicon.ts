import { readFileSync } from 'node:fs';
import type { Resources } from '../engine/resources.js';

/** word (lower case) -> +1 / -1, from data/tone/lexicon.tsv. */
export type ToneLexicon = ReadonlyMap<string, number>;

export function parseToneLexicon(tsv: string): ToneLexicon {
  const map = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, pol] = line.split('\t');
    const p = Number(pol);
    if (!word || (p !== 1 && p !== -1)) throw new Error(`tone lexicon: bad line "${line}"`);
    map.set(word, p);
  }
  return map;
}

export function loadToneLexicon(r: Resources): ToneLexicon {
  return parseToneLexicon(readFileSync(r.path('tone', 'lexicon.tsv'), 'utf8'));
}
