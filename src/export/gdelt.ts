import type { ActorRef, OccurrenceRow } from '../store/types.js';

/**
 * GDELT 2.0 event table rows (61 tab-separated columns, no header, as GDELT
 * writes them), one per occurrence, filled where newsgraph knows the value:
 * actors (CAMEO code, name, country, type = sector), CAMEO event codes, quad
 * class, Goldstein scale, NumMentions / NumSources / NumArticles, AvgTone,
 * IsRootEvent, the action's place (type, name, coordinates), date added and
 * source URL. Left empty: known-group, ethnic and religion codes, the
 * actors' own places, ADM codes, GeoNames feature ids, and the geographic
 * country codes (GDELT writes FIPS 10-4 there; newsgraph knows ISO 3166).
 */

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...['Actor1', 'Actor2'].flatMap((a) => [
    `${a}Code`, `${a}Name`, `${a}CountryCode`, `${a}KnownGroupCode`, `${a}EthnicCode`, `${a}Religion1Code`, `${a}Religion2Code`,
    `${a}Type1Code`, `${a}Type2Code`, `${a}Type3Code`,
  ]),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...['Actor1Geo', 'Actor2Geo', 'ActionGeo'].flatMap((g) => [
    `${g}_Type`, `${g}_FullName`, `${g}_CountryCode`, `${g}_ADM1Code`, `${g}_ADM2Code`, `${g}_Lat`, `${g}_Long`, `${g}_FeatureID`,
  ]),
  'DATEADDED', 'SOURCEURL',
] as const;

type Cell = string | number | null;

function actorCells(a: ActorRef | null): Cell[] {
  if (!a) return Array(10).fill('');
  const sector = a.code && a.country && a.code.startsWith(a.country) ? a.code.slice(a.country.length, a.country.length + 3) : '';
  return [a.code ?? '', a.name.toUpperCase(), a.country ?? '', '', '', '', '', sector, '', ''];
}

/** GDELT's geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
function geoType(featureType: string | null, country: string | null): number | '' {
  if (!featureType) return '';
  const us = country === 'USA';
  if (featureType === 'country') return 1;
  if (featureType === 'admin1') return us ? 2 : 5;
  return us ? 3 : 4;
}

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const doy = Math.floor((Date.UTC(y, m - 1, d) - start) / 86_400_000) + 1;
  return (y + doy / 365).toFixed(4);
}

export function gdeltRow(o: OccurrenceRow): string {
  const e = o.example;
  const full = o.day && /^\d{4}-\d{2}-\d{2}$/.test(o.day) ? o.day : null;
  const cameo = e.cameo ?? '';
  const place = e.place;
  const placeCells: Cell[] = place
    ? [geoType(place.featureType, place.country), place.name ?? place.text, '', '', '', place.lat, place.lon, '']
    : Array(8).fill('');
  const cells: Cell[] = [
    o.id,
    full ? full.replace(/-/g, '') : '', full ? full.slice(0, 7).replace('-', '') : '', full ? full.slice(0, 4) : '', full ? fractionDate(full) : '',
    ...actorCells(e.actor), ...actorCells(e.target),
    o.isRoot ? 1 : 0, cameo, cameo.slice(0, 3), cameo.slice(0, 2), e.quad, e.goldstein,
    o.numMentions, o.numSources, o.numArticles, o.avgTone === null ? '' : Number(o.avgTone.toFixed(4)),
    ...Array(16).fill(''), ...placeCells,
    o.addedAt.replace(/\D/g, '').slice(0, 14), e.article.url ?? '',
  ];
  return cells.map((c) => (c === null ? '' : String(c).replace(/[\t\r\n]+/g, ' '))).join('\t');
}
