import { readFileSync } from 'node:fs';
import type { FeatureType } from '../analysis/format.js';
import { readGazetteerFile } from './gazetteer-file.js';
import { NameIndex, type NameLookup } from './name-index.js';
import { nameKey, prefixKey } from './names.js';

/** Kinds of gazetteer entries, most general first. */
export const KIND = { country: 0, admin1: 1, admin2: 2, city: 3, region: 4 } as const;
export type Kind = (typeof KIND)[keyof typeof KIND];

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
  /** Normalised name -> entries, most general and most populous first. */
  readonly names: NameLookup;
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

const rows = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

/** Load the gazetteer from data/places (gazetteer.bin.gz, regions.tsv, aliases.tsv, demonyms.tsv). */
export function loadGazetteer(dir: string): Gazetteer {
  const { header, section } = readGazetteerFile(readFileSync(`${dir}/gazetteer.bin.gz`));
  const regions = rows(readFileSync(`${dir}/regions.tsv`, 'utf8'));
  const aliases = rows(readFileSync(`${dir}/aliases.tsv`, 'utf8'));
  const demonymRows = rows(readFileSync(`${dir}/demonyms.tsv`, 'utf8'));
  const n = header.size;
  const size = n + regions.length;
  // File columns, grown by the hand-made regions at the end.
  const grow = <T extends Uint8Array | Int16Array | Int32Array | Float32Array | Float64Array>(a: T, make: (k: number) => T, fill = 0): T => {
    const out = make(size);
    out.set(a);
    out.fill(fill, n);
    return out;
  };
  const kind = grow(section<Uint8Array>('kind'), (k) => new Uint8Array(k));
  const geonameId = grow(section<Int32Array>('geonameId'), (k) => new Int32Array(k));
  const lat = grow(section<Float32Array>('lat'), (k) => new Float32Array(k));
  const lon = grow(section<Float32Array>('lon'), (k) => new Float32Array(k));
  const population = grow(Float64Array.from(section<Uint32Array>('population')), (k) => new Float64Array(k));
  const country = grow(section<Int16Array>('country'), (k) => new Int16Array(k), -1);
  const admin1 = grow(section<Int32Array>('admin1'), (k) => new Int32Array(k), -1);
  const codeIndex = section<Uint8Array>('code');
  const code: string[] = Array.from(codeIndex, (c) => header.codes[c]!);
  const name = section<string>('names').split('\n');
  const alpha3 = section<string>('alpha3').split('\n');
  const countryEntry = section<Int32Array>('countryEntry');
  const countries = alpha3.map((a, i) => ({ alpha3: a, entry: countryEntry[i]! }));
  const countryByAlpha3 = new Map(countries.map((c) => [c.alpha3, c.entry]));
  const admin1Index = new Map<string, number>();
  for (let e = 0; e < n; e++) if (kind[e] === KIND.admin1) admin1Index.set(`${alpha3[country[e]!]}:${name[e]}`, e);

  const order = (a: number, b: number) => kind[a]! - kind[b]! || population[b]! - population[a]!;
  const keys = section<string>('keys').split('\n');
  const names = new NameIndex(keys, section<Int32Array>('keyStart'), section<Int32Array>('keyEntries'), order);
  const prefixes = new Map<string, number>();
  const notePrefix = (key: string) => {
    const p = prefixKey(key);
    if (p.length !== key.length && (prefixes.get(p) ?? 0) < key.length) prefixes.set(p, key.length);
  };
  for (const key of keys) notePrefix(key);
  const small = (map: Map<string, number[]>, word: string, e: number) => {
    const key = nameKey(word);
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
    notePrefix(key);
  };

  regions.forEach((f, i) => {
    const e = n + i;
    kind[e] = KIND.region;
    name.push(f[0]!);
    code.push(f[5] === 'other' || f[5] === 'landmark' ? f[5] : 'region');
    lat[e] = Number(f[3]);
    lon[e] = Number(f[4]);
    const c = countryByAlpha3.get(f[2]!);
    country[e] = c === undefined ? -1 : country[c]!;
    for (const word of [f[0]!, ...(f[1] ? f[1].split('|') : [])]) notePrefix(names.add(word, e));
  });
  const target = (t: string) => (t.includes(':') ? admin1Index.get(t) : countryByAlpha3.get(t));
  const afterComma = new Map<string, number[]>();
  for (const [alias, to, where] of aliases) {
    const e = target(to!);
    if (e === undefined) continue;
    if (where === 'after-comma') small(afterComma, alias!, e);
    else notePrefix(names.add(alias!, e));
  }
  const demonyms = new Map<string, number[]>();
  for (const [word, to] of demonymRows) {
    const e = target(to!);
    if (e === undefined) continue;
    small(demonyms, word!, e);
    if (!/(s|sh|ch|ese|i)$/.test(word!)) small(demonyms, `${word}s`, e);
  }
  return Object.freeze({
    size, kind, geonameId, lat, lon, population, country, admin1, name, code,
    countries, names, demonyms, afterComma, prefixes, countryByAlpha3,
  });
}
