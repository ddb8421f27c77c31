import type { ActorRef, EventRow } from '../store/types.js';

/**
 * An event as a PLOVER JSON record: PLOVER's field names (id, date, source,
 * target, event, mode, eventText, text, eventLoc, language, publication),
 * actors as {actorText, code, sector}, plus newsgraph's own fields under
 * their own names (cameo, quadClass, goldstein, modality, occurrence,
 * article, span, url) so that each record leads back to its words.
 */
export interface PloverRecord {
  readonly id: string;
  readonly date: string | null;
  readonly source: readonly PloverActor[];
  readonly target: readonly PloverActor[];
  readonly event: string;
  readonly mode: string | null;
  readonly eventText: string;
  readonly text: string;
  readonly eventLoc: { readonly name: string; readonly country: string | null; readonly lat: number | null; readonly lon: number | null } | null;
  readonly language: 'en';
  readonly publication: string | null;
  readonly url: string | null;
  readonly cameo: string | null;
  readonly quadClass: number | null;
  readonly goldstein: number | null;
  readonly modality: { readonly negated: boolean; readonly hedged: boolean; readonly future: boolean };
  readonly occurrence: number;
  readonly article: number;
  readonly span: { readonly start: number; readonly end: number };
}

export interface PloverActor {
  readonly actorText: string;
  readonly code: string | null;
  readonly sector: string | null;
}

function actor(a: ActorRef | null): PloverActor[] {
  if (!a) return [];
  const sector = a.code && a.country && a.code.startsWith(a.country) ? a.code.slice(a.country.length) || null : null;
  return [{ actorText: a.name, code: a.country ?? a.code, sector }];
}

/** The record of an event, or null for events outside PLOVER (disasters, crime: type null). */
export function ploverRecord(e: EventRow): PloverRecord | null {
  if (!e.type) return null;
  return {
    id: `newsgraph-${e.id}`,
    date: e.day,
    source: actor(e.actor),
    target: actor(e.target),
    event: e.type,
    mode: e.mode,
    eventText: e.trigger.text,
    text: e.sentence,
    eventLoc: e.place ? { name: e.place.name ?? e.place.text, country: e.place.country, lat: e.place.lat, lon: e.place.lon } : null,
    language: 'en',
    publication: e.article.source,
    url: e.article.url,
    cameo: e.cameo,
    quadClass: e.quad,
    goldstein: e.goldstein,
    modality: { negated: e.negated, hedged: e.hedged, future: e.future },
    occurrence: e.occurrenceId,
    article: e.article.id,
    span: { start: e.span.start, end: e.span.end },
  };
}
