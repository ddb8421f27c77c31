import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenLexicon } from '../tagger/lexicon.js';
import { Gazetteer } from './gazetteer.js';

/** The word lexicons under `dir` (data/entities): gazetteer.tsv and, when present, clusters.tsv and english.txt. */
export function loadTokenLexicon(dir: string): TokenLexicon & { readonly gazetteer: Gazetteer } {
  const gazetteer = new Gazetteer(readFileSync(join(dir, 'gazetteer.tsv'), 'utf8'));
  const clusters = new Map<string, number>();
  const profiles = new Map<string, number>();
  const clusterFile = join(dir, 'clusters.tsv');
  if (existsSync(clusterFile)) {
    for (const line of readFileSync(clusterFile, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [word, cluster, profile] = line.split('\t');
      if (!word) continue;
      if (cluster) clusters.set(word, Number(cluster));
      if (profile) profiles.set(word, Number(profile));
    }
  }
  const english = new Set<string>();
  const englishFile = join(dir, 'english.txt');
  if (existsSync(englishFile)) {
    for (const line of readFileSync(englishFile, 'utf8').split('\n')) if (line && !line.startsWith('#')) english.add(line);
  }
  const englishOf = (w: string) => {
    if (english.has(w)) return 2;
    if (w.length > 3 && w.endsWith('s') && english.has(w.slice(0, -1))) return 1;
    if (w.length > 4 && w.endsWith('es') && english.has(w.slice(0, -2))) return 1;
    return 0;
  };
  const lexicon: TokenLexicon & { readonly gazetteer: Gazetteer } = {
    gazetteer,
    match: (tokens, start, end, codes) => gazetteer.match(tokens, start, end, codes),
    wordClassesOf: (lower) => gazetteer.classesOf(lower),
    englishOf,
    clusterOf: (lower) => clusters.get(lower) ?? 0,
    caseProfileOf: (lower) => profiles.get(lower) ?? 0,
  };
  return Object.freeze(lexicon);
}
