import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenLexicon } from '../tagger/lexicon.js';
import { Gazetteer } from './gazetteer.js';

/** The word lexicons under `dir` (data/entities): gazetteer.tsv and, when present, clusters.tsv. */
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
  const lexicon: TokenLexicon & { readonly gazetteer: Gazetteer } = {
    gazetteer,
    match: (tokens, start, end, codes) => gazetteer.match(tokens, start, end, codes),
    wordClassesOf: (lower) => gazetteer.classesOf(lower),
    clusterOf: (lower) => clusters.get(lower) ?? 0,
    caseProfileOf: (lower) => profiles.get(lower) ?? 0,
  };
  return Object.freeze(lexicon);
}
