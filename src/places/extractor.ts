import type { Diagnostic, FeatureType, Place } from '../analysis/format.js';
import type { Doc } from '../doc/types.js';
import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import { findMentions, type CountryClue, type Mention } from './find.js';
import { alpha3Of, featureTypeOf, KIND, loadGazetteer, type Gazetteer } from './gazetteer.js';
import { resolveMentions } from './resolve.js';
import { loadPlaceWords } from './words.js';

/** Sentences back that a landmark may take its town or country from. */
const FALLBACK_SENTENCES = 3;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The gazetteer and word lists, loaded once per engine (shared with the bench and evaluation). */
export function placeResources(resources: Resources): { gazetteer: Gazetteer; words: ReturnType<typeof loadPlaceWords> } {
  return {
    gazetteer: resources.get('places/gazetteer', (r) => loadGazetteer(r.path('places'))),
    words: resources.get('places/words', (r) => loadPlaceWords(r.path('places'))),
  };
}

/**
 * Places: country, region and town names found in the text (from tagged
 * GPE/LOC/FAC entities and from the gazetteer itself), each resolved to one
 * gazetteer entry with coordinates; landmarks the gazetteer lacks take the
 * town or country the text places them in.
 */
export function createPlaceExtractor(resources: Resources) {
  const { gazetteer: g, words } = placeResources(resources);
  return defineExtractor({
    name: 'places',
    version: '1.0.0',
    requires: ['entities'],
    assigns: ['places'],
    run(doc, { entities }) {
      const { mentions, clues } = findMentions(doc, entities, g, words);
      const chosen = resolveMentions(g, mentions, clues);
      const places: Place[] = [];
      const diagnostics: Diagnostic[] = [];
      const located: { offset: number; sentence: number; entry: number }[] = [];
      mentions.forEach((m, i) => {
        const e = chosen[i]!;
        if (e < 0) return;
        located.push({ offset: m.start, sentence: doc.tokens[m.tokenStart]!.sentence, entry: e });
        places.push(placeOf(doc, g, m, e, m.hint === 'region' ? 'region' : featureTypeOf(g, e), g.name[e]!));
      });
      const main = mainCountry(g, located, clues);
      for (const m of mentions) {
        if (m.candidates.length) continue;
        const e = fallback(doc, g, m, located, clues) ?? main;
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
  return {
    start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), name,
    geonameId: known && g.geonameId[e]! > 0 && featureType !== 'landmark' && featureType !== 'other' ? g.geonameId[e]! : null,
    country: known ? alpha3Of(g, e) : null,
    lat: known ? round(g.lat[e]!) : null,
    lon: known ? round(g.lon[e]!) : null,
    featureType,
  };
}

/** The town or country the text places a landmark in: a place in its sentence, else the nearest before it. */
function fallback(doc: Doc, g: Gazetteer, m: Mention, located: readonly { offset: number; sentence: number; entry: number }[],
  clues: readonly CountryClue[]): number | null {
  const sentence = doc.tokens[m.tokenStart]!.sentence;
  const same = located.filter((p) => p.sentence === sentence);
  if (same.length) return same.reduce((a, b) => (g.kind[b.entry]! > g.kind[a.entry]! && g.kind[b.entry] !== KIND.region ? b : a)).entry;
  const from = doc.sentences[Math.max(0, sentence - FALLBACK_SENTENCES)]!.start;
  let bestOffset = -1;
  let best: number | null = null;
  for (const p of located) if (p.offset < m.start && p.offset >= from && p.offset > bestOffset) { bestOffset = p.offset; best = p.entry; }
  for (const c of clues) {
    const e = g.countryByAlpha3.get(c.alpha3);
    if (e !== undefined && c.offset < m.start && c.offset >= from && c.offset > bestOffset) { bestOffset = c.offset; best = e; }
  }
  return best;
}

/** The country the article mentions most (places count 1, nationality words 1/2), as an entry, or -1. */
export function mainCountry(g: Gazetteer, located: readonly { entry: number }[], clues: readonly CountryClue[]): number {
  const weight = new Map<number, number>();
  for (const p of located) {
    const c = g.country[p.entry]!;
    if (c >= 0) weight.set(c, (weight.get(c) ?? 0) + 1);
  }
  for (const clue of clues) {
    const e = g.countryByAlpha3.get(clue.alpha3);
    if (e !== undefined) weight.set(g.country[e]!, (weight.get(g.country[e]!) ?? 0) + 0.5);
  }
  let top = -1;
  let topWeight = 0;
  for (const [c, wgt] of weight) if (wgt > topWeight) { top = c; topWeight = wgt; }
  return top < 0 ? -1 : g.countries[top]!.entry;
}
