import { readFileSync } from 'node:fs';
import type { Resources } from '../../engine/resources.js';
import { parseCapitals } from './capitals.js';
import { parseCurated } from './curated.js';
import { buildActorLexicon, type ActorLexicon } from './lexicon.js';
import { parseNouns } from './nouns.js';
import type { PhoenixLexicon } from './phoenix.js';

/** Load the actor lexicon from data/actors/ (once per engine, through `Resources.get`). */
export function loadActorLexicon(r: Resources): ActorLexicon {
  const phoenix = JSON.parse(readFileSync(r.path('actors', 'phoenix.json'), 'utf8')) as PhoenixLexicon;
  const curated = parseCurated(readFileSync(r.path('actors', 'curated.tsv'), 'utf8'));
  const nouns = parseNouns(readFileSync(r.path('actors', 'nouns.tsv'), 'utf8'));
  const capitals = parseCapitals(readFileSync(r.path('actors', 'capitals.tsv'), 'utf8'));
  return buildActorLexicon(phoenix, curated, nouns, capitals);
}
