/**
 * Derive newsgraph's compact actor lexicon from the PETRARCH2/Phoenix
 * dictionaries (MIT, Copyright (c) 2014 Open Event Data Alliance; see NOTICE).
 *
 *   npm run build:actors -- --data ../shared/data/petrarch [--out data/actors/phoenix.json]
 *
 * Keeps, for each actor, today's role (the open-ended or default one, see
 * src/actors/phoenix/role.ts) and its names; for each country, its names,
 * adjectives and places; and the agents file's role nouns with their sector.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhoenixLexicon } from '../src/actors/phoenix/derive.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string', default: 'data/actors/phoenix.json' },
  },
});
if (!values.data) {
  console.error('usage: npm run build:actors -- --data <folder of PETRARCH2 dictionaries> [--out file]');
  process.exit(2);
}
const dir = values.data;
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const lexicon = buildPhoenixLexicon({
  countries: read('Phoenix.Countries.actors.txt'),
  international: read('Phoenix.International.actors.txt'),
  nonState: read('Phoenix.MilNonState.actors.txt'),
  agents: read('Phoenix.agents.txt'),
});
const json = JSON.stringify(lexicon);
writeFileSync(values.out!, json.replace(/\],\[/g, '],\n[') + '\n');
console.log(
  `${values.out}: ${lexicon.countries.length} countries, ${lexicon.actors.length} actors, ` +
    `${lexicon.agents.length} agent phrases, ${(json.length / 1024).toFixed(0)} KiB`,
);
