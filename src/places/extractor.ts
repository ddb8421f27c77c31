import type { Diagnostic, FeatureType, Place } from '../analysis/format.js';
import type { Doc } from '../doc/types.js';
import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import { findMentions, type Mention } from './find.js';
import { alpha3Of, featureTypeOf, KIND, loadGazetteer, type Gazetteer } from './gazetteer.js';
import { resolveMentions } from './resolve.js';
import { loadPlaceWords, type PlaceWords } from './words.js';

/** Sentences back that a landmark may take its town or country from. */
const FALLBACK_SENTENCES = 3;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

interface Located { readonly offset: number; readonly sentence: number; readonly entry: number; readonly demonym: boolean }

/** The gazetteer and word lists, loaded once per engine. */
export function placeResources(resources: Resources): { gazetteer: Gazetteer; words: PlaceWords } {
  return {
    gazetteer: resources.get('places/gazetteer', (r) => loadGazetteer(r.path('places'))),
    words: resources.get('places/words', (r) => loadPlaceWords(r.path('places'))),
  };
}

/**
 * Places: country, region and town names found in the text (from tagged
 * GPE/LOC/FAC entities and from the gazetteer itself) and nationality words,
 * each resolved to one gazetteer entry with coordinates; landmarks and tagged
 * places the gazetteer lacks take the town or country the text places them in.
 */
export function createPlaceExtractor(resources: Resources) {
  const { gazetteer: g, words } = placeResources(resources);
  return defineExtractor({
    name: 'places',
    version: '1.0.0',
    requires: ['entities'],
    assigns: ['places'],
    run(doc, { entities }) {
      const mentions = findMentions(doc, entities, g, words);
      const chosen = resolveMentions(g, mentions);
      const places: Place[] = [];
      const diagnostics: Diagnostic[] = [];
      const located: Located[] = [];
      mentions.forEach((m, i) => {
        const e = chosen[i]!;
        if (e < 0) return;
        located.push({ offset: m.start, sentence: doc.tokens[m.tokenStart]!.sentence, entry: e, demonym: m.demonym });
        places.push(placeOf(doc, g, m, e, m.hint === 'region' ? 'region' : featureTypeOf(g, e), g.name[e]!));
      });
      const main = mainCountry(g, located);
      for (const m of mentions) {
        if (m.candidates.length) continue;
        const e = fallback(doc, g, m, located) ?? main;
        const text = doc.text.slice(m.start, m.end);
        if (e < 0) diagnostics.push({ start: m.start, end: m.end, code: 'place-unlocated', message: `no town or country in the text locates "${text}"` });
        places.push(placeOf(doc, g, m, e, m.landmark ? 'landmark' : 'other', text));
      }
      places.sort((a, b) => a.start - b.start);
      return { output: { places }, diagnostics };
    },
  });
}

function placeOf(doc: Doc, g: Gazetteer, m: Mention, e: number, featureType: FeatureType, name: string): Place {
  const known = e >= 0;
  const place: Place = {
    start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), name,
    geonameId: known && g.geonameId[e]! > 0 && featureType !== 'landmark' && featureType !== 'other' ? g.geonameId[e]! : null,
    country: known ? alpha3Of(g, e) : null,
    lat: known ? round(g.lat[e]!) : null,
    lon: known ? round(g.lon[e]!) : null,
    featureType,
  };
  return m.demonym ? { ...place, demonym: true } : place;
}

/** The town or country the text places a site in: a place in its sentence, else the nearest before it. `located` is in text order. */
function fallback(doc: Doc, g: Gazetteer, m: Mention, located: readonly Located[]): number | null {
  const sentence = doc.tokens[m.tokenStart]!.sentence;
  const s = doc.sentences[sentence]!;
  let best: Located | null = null;
  for (let k = firstAtOrAfter(located, s.start); k < located.length && located[k]!.offset < s.end; k++) {
    const p = located[k]!;
    if (p.demonym) continue;
    // The most specific place of the sentence (a town over its country).
    if (!best || (g.kind[p.entry]! > g.kind[best.entry]! && g.kind[p.entry] !== KIND.region)) best = p;
  }
  if (best) return best.entry;
  const from = doc.sentences[Math.max(0, sentence - FALLBACK_SENTENCES)]!.start;
  const k = firstAtOrAfter(located, m.start) - 1;
  return k >= 0 && located[k]!.offset >= from ? located[k]!.entry : null;
}

/** Index of the first located place at or after `offset` (binary search). */
function firstAtOrAfter(located: readonly Located[], offset: number): number {
  let lo = 0;
  let hi = located.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (located[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The country the article mentions most (names count 1, nationality words 1/2), as an entry, or -1. */
export function mainCountry(g: Gazetteer, located: readonly Located[]): number {
  const weight = new Map<number, number>();
  for (const p of located) {
    const c = g.country[p.entry]!;
    if (c >= 0) weight.set(c, (weight.get(c) ?? 0) + (p.demonym ? 0.5 : 1));
  }
  let top = -1;
  let topWeight = 0;
  for (const [c, wgt] of weight) if (wgt > topWeight) { top = c; topWeight = wgt; }
  return top < 0 ? -1 : g.countries[top]!.entry;
}
