import type { AnalysisJSON, Place } from '../analysis/format.js';
import { dayOf } from './keys.js';

/**
 * An analysis as rows for the fact tables, the same for every store. Actors
 * are named by their id in the article (a1, a2...) and by the key that
 * merges them across articles; the store maps keys to its own actor ids.
 */

export interface ActorFact {
  readonly local: string;
  /** Merges actors across articles: code and normalized name. */
  readonly key: string;
  readonly name: string;
  readonly nameNorm: string;
  readonly kind: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly code: string | null;
  readonly mentions: number;
}

export interface MentionFact {
  readonly actor: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface QuoteFact {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: string;
  readonly speakerStart: number | null;
  readonly speakerEnd: number | null;
  readonly speakerText: string | null;
  readonly speakerActor: string | null;
  readonly cueStart: number | null;
  readonly cueEnd: number | null;
  readonly cueText: string | null;
  readonly day: string | null;
}

export interface FigureFact {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly valueHigh: number | null;
  readonly approx: string;
  readonly unit: string | null;
  readonly category: string;
  readonly subject: string | null;
  /** Country of a place in the same sentence, else the article's most named country. */
  readonly country: string | null;
  readonly day: string | null;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

export interface TimeFact {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

export interface PlaceFact {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly name: string;
  readonly geonameId: number | null;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly featureType: string;
}

export interface OccurrenceFact {
  /** type|actor|target|place|day: events with the same key are one occurrence. */
  readonly key: string;
  readonly type: string | null;
  readonly category: string | null;
  readonly actorCode: string | null;
  readonly targetCode: string | null;
  readonly place: string | null;
  readonly day: string | null;
}

export interface EventFact {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly triggerStart: number;
  readonly triggerEnd: number;
  readonly triggerText: string;
  readonly type: string | null;
  readonly mode: string | null;
  readonly category: string | null;
  readonly cameo: string | null;
  readonly quad: number | null;
  readonly goldstein: number | null;
  readonly actor: string | null;
  readonly target: string | null;
  readonly actorCode: string | null;
  readonly actorCountry: string | null;
  readonly targetCode: string | null;
  readonly targetCountry: string | null;
  readonly placeStart: number | null;
  readonly placeEnd: number | null;
  readonly placeText: string | null;
  readonly placeName: string | null;
  readonly placeCountry: string | null;
  readonly placeFeature: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly date: string | null;
  readonly day: string | null;
  readonly negated: boolean;
  readonly hedged: boolean;
  readonly future: boolean;
  readonly acledType: string | null;
  readonly acledSubType: string | null;
  /** Index of the sentence holding the event (0: the lead), and its bounds. */
  readonly sentence: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly occurrence: string;
}

export interface ArticleFacts {
  readonly day: string | null;
  readonly tone: number;
  readonly actors: readonly ActorFact[];
  readonly mentions: readonly MentionFact[];
  readonly quotes: readonly QuoteFact[];
  readonly figures: readonly FigureFact[];
  readonly times: readonly TimeFact[];
  readonly places: readonly PlaceFact[];
  readonly events: readonly EventFact[];
  /** The distinct occurrences of the events, sorted by key (a fixed lock order for concurrent writers). */
  readonly occurrences: readonly OccurrenceFact[];
}

/** Lower case, NFKC, single spaces: how names are compared. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The key that merges an actor across articles: same code and same name. */
export function actorKey(name: string, code: string | null): string {
  return `${code ?? ''}|${normalizeName(name)}`;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The rows of one analysis. `contentHash` keeps apart occurrences whose day
 * is unknown (no event date, no publication date): they are not merged.
 */
export function factsOf(a: AnalysisJSON, contentHash: string): ArticleFacts {
  const published = dayOf(a.publishedAt);
  const sentenceOf = sentenceIndexer(a.sentences);
  const actorById = new Map(a.actors.map((x) => [x.id, x]));

  const actors: ActorFact[] = a.actors.map((x) => ({
    local: x.id, key: actorKey(x.name, x.code), name: x.name, nameNorm: normalizeName(x.name),
    kind: x.kind, country: x.country, sector: x.sector, code: x.code, mentions: x.mentions.length,
  }));
  const mentions: MentionFact[] = a.actors.flatMap((x) => x.mentions.map((m) => ({ actor: x.id, start: m.start, end: m.end, text: m.text })));

  const quotes: QuoteFact[] = a.quotes.map((q) => ({
    start: q.start, end: q.end, text: q.text, kind: q.kind,
    speakerStart: q.speaker?.start ?? null, speakerEnd: q.speaker?.end ?? null, speakerText: q.speaker?.text ?? null,
    speakerActor: q.speaker?.actor ?? null,
    cueStart: q.cue?.start ?? null, cueEnd: q.cue?.end ?? null, cueText: q.cue?.text ?? null,
    day: published,
  }));

  const places: PlaceFact[] = a.places.map((p) => ({
    start: p.start, end: p.end, text: p.text, name: p.name, geonameId: p.geonameId, country: p.country,
    lat: p.lat, lon: p.lon, featureType: p.featureType,
  }));
  const mainCountry = mostNamedCountry(a.places);
  const placeCountryBySentence = new Map<number, string>();
  for (const p of a.places) {
    const s = sentenceOf(p.start);
    if (p.country && !placeCountryBySentence.has(s)) placeCountryBySentence.set(s, p.country);
  }

  const figures: FigureFact[] = a.figures.map((f) => {
    const sentence = sentenceOf(f.start);
    const bounds = a.sentences[sentence];
    const [value, valueHigh] = Array.isArray(f.value) ? [f.value[0], f.value[1]] : [f.value as number, null];
    return {
      start: f.start, end: f.end, text: f.text, value, valueHigh, approx: f.approx, unit: f.unit,
      category: f.category, subject: f.subject, country: placeCountryBySentence.get(sentence) ?? mainCountry,
      day: published, sentenceStart: bounds?.start ?? f.start, sentenceEnd: bounds?.end ?? f.end,
    };
  });

  const times: TimeFact[] = a.times.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value }));

  const occurrences = new Map<string, OccurrenceFact>();
  const events: EventFact[] = a.events.map((e) => {
    const actor = e.actor === null ? undefined : actorById.get(e.actor);
    const target = e.target === null ? undefined : actorById.get(e.target);
    const place = e.place ? placeAt(a.places, e.place.start, e.place.end) : undefined;
    const day = e.date && FULL_DAY.test(e.date) ? e.date : (e.date ?? published);
    const side = (x: typeof actor) => (x ? x.code ?? `~${normalizeName(x.name)}` : '');
    const placeKey = place ? (place.geonameId !== null ? `g${place.geonameId}` : normalizeName(place.name)) : e.place ? normalizeName(e.place.text) : '';
    const what = e.type ?? e.category ?? '';
    const sentence = sentenceOf(e.start);
    const bounds = a.sentences[sentence];
    const key = [what, side(actor), side(target), placeKey, day ?? `?${contentHash}`].join('|');
    if (!occurrences.has(key)) {
      occurrences.set(key, {
        key, type: e.type, category: e.category, actorCode: actor?.code ?? null, targetCode: target?.code ?? null,
        place: place?.name ?? e.place?.text ?? null, day,
      });
    }
    return {
      start: e.start, end: e.end, text: e.text,
      triggerStart: e.trigger.start, triggerEnd: e.trigger.end, triggerText: e.trigger.text,
      type: e.type, mode: e.mode, category: e.category, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein,
      actor: e.actor, target: e.target,
      actorCode: actor?.code ?? null, actorCountry: countryOf(actor),
      targetCode: target?.code ?? null, targetCountry: countryOf(target),
      placeStart: e.place?.start ?? null, placeEnd: e.place?.end ?? null, placeText: e.place?.text ?? null,
      placeName: place?.name ?? null, placeCountry: place?.country ?? null, placeFeature: place?.featureType ?? null,
      lat: place?.lat ?? null, lon: place?.lon ?? null,
      date: e.date, day,
      negated: e.modality.negated, hedged: e.modality.hedged, future: e.modality.future,
      acledType: e.acled?.type ?? null, acledSubType: e.acled?.subType ?? null,
      sentence, sentenceStart: bounds?.start ?? e.start, sentenceEnd: bounds?.end ?? e.end, occurrence: key,
    };
  });

  return {
    day: published, tone: a.tone.score, actors, mentions, quotes, figures, times, places, events,
    occurrences: [...occurrences.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)),
  };
}

/** An actor's country, else the first three letters of its code (IGO, NGO... for international actors). */
function countryOf(a: { readonly country: string | null; readonly code: string | null } | undefined): string | null {
  if (!a) return null;
  return a.country ?? (a.code && a.code.length >= 3 ? a.code.slice(0, 3) : null);
}

/** Index of the sentence holding an offset (binary search); -1 before the first. */
function sentenceIndexer(sentences: readonly { readonly start: number; readonly end: number }[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };
}

/** The place whose span is the given one, or overlaps it. */
function placeAt(places: readonly Place[], start: number, end: number): Place | undefined {
  return places.find((p) => p.start === start && p.end === end) ?? places.find((p) => p.start < end && start < p.end);
}

function mostNamedCountry(places: readonly Place[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestN = 0;
  for (const p of places) {
    if (!p.country) continue;
    const n = (counts.get(p.country) ?? 0) + 1;
    counts.set(p.country, n);
    if (n > bestN) {
      best = p.country;
      bestN = n;
    }
  }
  return best;
}
