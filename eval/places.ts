/**
 * Places on LGL (local news with gold toponyms, offsets and GeoNames coordinates):
 * toponym recognition P/R/F1 (a predicted place matches a gold toponym whose
 * span it overlaps, one to one), and for matched toponyms with gold coordinates
 * the share within 161 km (100 miles) and the mean error in km. Also prints the
 * gazetteer's load time and memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Place } from '../src/analysis/format.js';
import { createEngine, type Engine } from '../src/engine/engine.js';
import { Resources } from '../src/engine/resources.js';
import { defineExtractor } from '../src/pipeline/extractor.js';
import { createPlaceExtractor } from '../src/places/extractor.js';
import { loadGazetteer } from '../src/places/gazetteer.js';
import { Prf, type EvalRow } from './metrics.js';
import type { EvalTask } from './tasks.js';

interface Gold { start: number; end: number; lat: number | null; lon: number | null }
interface Article { text: string; gold: Gold[] }

/** LGL's articles: text and toponyms (offsets into the text; coordinates where the toponym was geocoded). */
export function readLgl(file: string): Article[] {
  const xml = readFileSync(file, 'utf8');
  const out: Article[] = [];
  for (const a of xml.matchAll(/<article [\s\S]*?<\/article>/g)) {
    const text = /<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/.exec(a[0])?.[1];
    if (!text) continue;
    const gold: Gold[] = [];
    for (const t of a[0].matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const num = (tag: string) => { const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(t[1]!); return m ? Number(m[1]) : null; };
      const start = num('start');
      const end = num('end');
      if (start === null || end === null) continue;
      gold.push({ start, end, lat: num('lat'), lon: num('lon') });
    }
    out.push({ text, gold });
  }
  return out;
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, a)));
}

/** The engine's places, or (while no entity tagger is registered) the places extractor over an empty entities layer. */
function placesEngine(engine: Engine): { engine: Engine; note: string } {
  if ('places' in engine.versions) return { engine, note: 'full pipeline' };
  const noEntities = defineExtractor({
    name: 'no-entities', version: '0.0.0', requires: [], assigns: ['entities'],
    run: () => ({ output: { entities: [] } }),
  });
  return {
    engine: createEngine({ extractors: (r) => [noEntities, createPlaceExtractor(r)] }),
    note: 'gazetteer only (no entity tagger)',
  };
}

function gazetteerCost(dataDir?: string): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const g = loadGazetteer(new Resources(dataDir).path('places'));
  const ms = performance.now() - t0;
  gc?.();
  const mb = (process.memoryUsage().heapUsed - before) / 1e6;
  return `gazetteer: ${g.size} entries, ${g.names.size} names, load ${ms.toFixed(0)} ms, heap +${mb.toFixed(0)} MB${gc ? '' : ' (approx.: run node with --expose-gc for exact)'}`;
}

export const placesTask: EvalTask = {
  name: 'places',
  async run(engine, dataDir, opts) {
    const cost = gazetteerCost();
    process.stderr.write(`eval: places: ${cost}\n`);
    const { engine: e, note } = placesEngine(engine);
    let articles = readLgl(join(dataDir, 'geo/lgl.xml'));
    if (opts.limit) articles = articles.slice(0, opts.limit);
    const prf = new Prf();
    const errors: number[] = [];
    let noCoords = 0;
    let ms = 0;
    for (const a of articles) {
      const t0 = performance.now();
      const analysis = e.analyze({ text: a.text });
      ms += performance.now() - t0;
      const places: readonly Place[] = analysis.places();
      const used = new Set<number>();
      for (const gold of a.gold) {
        const k = places.findIndex((p, i) => !used.has(i) && p.start < gold.end && gold.start < p.end);
        if (k < 0) { prf.fn++; continue; }
        used.add(k);
        prf.tp++;
        if (gold.lat === null || gold.lon === null) continue;
        const p = places[k]!;
        if (p.lat === null || p.lon === null) { noCoords++; errors.push(Infinity); continue; }
        errors.push(haversineKm(gold.lat, gold.lon, p.lat, p.lon));
      }
      prf.fp += places.length - used.size;
    }
    const within = errors.filter((d) => d <= 161).length;
    const finite = errors.filter((d) => Number.isFinite(d));
    const mean = finite.reduce((s, d) => s + d, 0) / Math.max(1, finite.length);
    const median = [...finite].sort((x, y) => x - y)[Math.floor(finite.length / 2)] ?? 0;
    const rows: EvalRow[] = [
      prf.row('places', 'lgl', 'toponym span overlap', note),
      {
        task: 'places', corpus: 'lgl', metric: 'within 161 km', value: errors.length ? within / errors.length : 0, n: errors.length,
        note: `mean error ${mean.toFixed(0)} km, median ${median.toFixed(0)} km${noCoords ? `, ${noCoords} without coordinates (counted as misses)` : ''}`,
      },
      { task: 'places', corpus: 'lgl', metric: 'gazetteer', n: articles.length, note: `${cost}; ${(ms / articles.length).toFixed(1)} ms/article` },
    ];
    return rows;
  },
};
