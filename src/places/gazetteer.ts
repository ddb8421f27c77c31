import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { FeatureType } from '../analysis/format.js';
import { nameKey, prefixKey } from './names.js';

/** Kinds of gazetteer entries, most general first. */
export const KIND = { country: 0, admin1: 1, admin2: 2, city: 3, region: 4 } as const;
export type Kind = (typeof KIND)[keyof typeof KIND];

const KIND_OF_CODE: Record<string, Kind> = { C: KIND.country, A1: KIND.admin1, A2: KIND.admin2, P: KIND.city };

/**
 * The offline gazetteer, held as parallel arrays (one slot per entry) so that
 * two hundred thousand places cost a few megabytes, plus a name index.
 * Built once per engine, then only read.
 */
export interface Gazetteer {
  readonly size: number;
  readonly kind: Uint8Array;
  readonly geonameId: Int32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly population: Float64Array;
  /** Index into `countries`, or -1 (a region spanning countries). */
  readonly country: Int16Array;
  /** Entry index of the admin1 the entry lies in, or -1. */
  readonly admin1: Int32Array;
  readonly name: readonly string[];
  /** GeoNames feature code (PPLC, PPLA, ADM1...) or the region's feature type. */
  readonly code: readonly string[];
  readonly countries: readonly { readonly alpha3: string; readonly entry: number }[];
  /** Normalised name -> entries, most populous first. */
  readonly names: ReadonlyMap<string, readonly number[]>;
  /** Nationality and residence words ("Russian", "Texans") -> the place they come from. */
  readonly demonyms: ReadonlyMap<string, readonly number[]>;
  /** Names valid only after a comma ("Springfield, Ill."). */
  readonly afterComma: ReadonlyMap<string, readonly number[]>;
  /** First word of a name of several words (letters only, lower case) -> longest such name, in characters. */
  readonly prefixes: ReadonlyMap<string, number>;
  /** alpha-3 -> country entry. */
  readonly countryByAlpha3: ReadonlyMap<string, number>;
}

export function featureTypeOf(g: Gazetteer, e: number): FeatureType {
  switch (g.kind[e]) {
    case KIND.country: return 'country';
    case KIND.admin1: return 'admin1';
    case KIND.admin2: return 'admin2';
    case KIND.city: return 'city';
    default: return g.code[e] === 'other' || g.code[e] === 'landmark' ? g.code[e] as FeatureType : 'region';
  }
}

export function alpha3Of(g: Gazetteer, e: number): string | null {
  const c = g.country[e]!;
  return c < 0 ? null : g.countries[c]!.alpha3;
}

const rows = (text: string) => lines(text).map((l) => l.split('\t'));
const lines = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#'));

/** Load the gazetteer from data/places (gazetteer.tsv.gz, gazetteer-names.tsv.gz, regions.tsv, aliases.tsv, demonyms.tsv). */
export function loadGazetteer(dir: string): Gazetteer {
  const main = lines(gunzipSync(readFileSync(`${dir}/gazetteer.tsv.gz`)).toString('utf8'));
  const indexLines = lines(gunzipSync(readFileSync(`${dir}/gazetteer-names.tsv.gz`)).toString('utf8'));
  const regions = rows(readFileSync(`${dir}/regions.tsv`, 'utf8'));
  const aliases = rows(readFileSync(`${dir}/aliases.tsv`, 'utf8'));
  const demonymRows = rows(readFileSync(`${dir}/demonyms.tsv`, 'utf8'));
  const size = main.length + regions.length;
  const kind = new Uint8Array(size);
  const geonameId = new Int32Array(size);
  const lat = new Float32Array(size);
  const lon = new Float32Array(size);
  const population = new Float64Array(size);
  const country = new Int16Array(size).fill(-1);
  const admin1 = new Int32Array(size).fill(-1);
  const name: string[] = new Array(size);
  const code: string[] = new Array(size);
  const countries: { alpha3: string; entry: number }[] = [];
  const countryOfEntry = new Map<number, number>();
  const admin1Index = new Map<string, number>();
  const codes = new Map<string, string>();
  const intern = (x: string) => codes.get(x) ?? (codes.set(x, x), x);

  // Countries come first in the file, then admin1, admin2 and places: parents precede children.
  main.forEach((line, e) => {
    const f = line.split('\t');
    const k = KIND_OF_CODE[f[0]!] ?? KIND.city;
    kind[e] = k;
    geonameId[e] = +f[1]! | 0;
    name[e] = f[2]!;
    lat[e] = +f[5]!;
    lon[e] = +f[6]!;
    population[e] = +f[7]! || 0;
    code[e] = intern(f[8]!);
    if (k === KIND.country) {
      countryOfEntry.set(e, countries.length);
      countries.push({ alpha3: f[8]!, entry: e });
    }
    country[e] = countryOfEntry.get(+f[3]!) ?? -1;
    admin1[e] = k === KIND.admin1 ? e : +f[4]!;
    if (k === KIND.admin1) admin1Index.set(`${countries[country[e]!]?.alpha3}:${name[e]}`, e);
  });
  const countryByAlpha3 = new Map(countries.map((c) => [c.alpha3, c.entry]));

  const names = new Map<string, number[]>();
  const afterComma = new Map<string, number[]>();
  const demonyms = new Map<string, number[]>();
  const prefixes = new Map<string, number>();
  const notePrefix = (key: string) => {
    const p = prefixKey(key);
    if (p.length !== key.length && (prefixes.get(p) ?? 0) < key.length) prefixes.set(p, key.length);
  };
  for (const line of indexLines) {
    const tab = line.indexOf('\t');
    const key = line.slice(0, tab);
    const ids = line.slice(tab + 1);
    names.set(key, ids.includes(',') ? ids.split(',').map(Number) : [+ids]);
    notePrefix(key);
  }
  const touched = new Set<number[]>();
  const addName = (map: Map<string, number[]>, n: string, e: number) => {
    const key = nameKey(n);
    if (!key) return;
    let list = map.get(key);
    if (!list) map.set(key, (list = [e]));
    else if (!list.includes(e)) list.push(e);
    touched.add(list);
    notePrefix(key);
  };
  regions.forEach((f, i) => {
    const e = main.length + i;
    kind[e] = KIND.region;
    name[e] = f[0]!;
    code[e] = f[5] === 'other' || f[5] === 'landmark' ? f[5] : 'region';
    lat[e] = Number(f[3]);
    lon[e] = Number(f[4]);
    const c = countryByAlpha3.get(f[2]!);
    country[e] = c === undefined ? -1 : country[c]!;
    for (const n of [f[0]!, ...(f[1] ? f[1].split('|') : [])]) addName(names, n, e);
  });
  const target = (t: string) => (t.includes(':') ? admin1Index.get(t) : countryByAlpha3.get(t));
  for (const [alias, to, where] of aliases) {
    const e = target(to!);
    if (e !== undefined) addName(where === 'after-comma' ? afterComma : names, alias!, e);
  }
  for (const [word, to] of demonymRows) {
    const e = target(to!);
    if (e === undefined) continue;
    addName(demonyms, word!, e);
    if (!/(s|sh|ch|ese|i)$/.test(word!)) addName(demonyms, `${word}s`, e);
  }
  for (const list of touched) list.sort((a, b) => kind[a]! - kind[b]! || population[b]! - population[a]!);
  return Object.freeze({
    size, kind, geonameId, lat, lon, population, country, admin1, name, code,
    countries, names, demonyms, afterComma, prefixes, countryByAlpha3,
  });
}
