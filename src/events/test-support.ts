/**
 * Test support for the events extractor: sentences written for the tests,
 * with hand-made input layers in a small markup: [A words] is a mention of
 * actor A, {2022-03-04 words} a date, <UKR words> a place in that country.
 * Quotes are given as the words of their content (and the speaker's actor).
 */
import { expect } from 'vitest';
import type { Actor, ActorKind, Event, Place, Quote, TimeExpr } from '../analysis/format.js';
import { DocumentBuilder } from '../doc/build.js';
import { Resources } from '../engine/resources.js';
import { createEventExtractor } from './extractor.js';

export interface ActorDef { readonly kind: ActorKind; readonly country: string | null; readonly sector?: string | null; readonly name?: string }
export interface QuoteDef { readonly content: string; readonly speaker?: string }

const builder = new DocumentBuilder();
const extractor = createEventExtractor(new Resources());

export function run(markup: string, defs: Record<string, ActorDef> = {}, publishedAt = '2023-05-10', quoteDefs: readonly QuoteDef[] = []): readonly Event[] {
  let text = '';
  const mentions = new Map<string, { start: number; end: number; text: string }[]>();
  const times: TimeExpr[] = [];
  const places: Place[] = [];
  const re = /\[(\w+) ([^\]]+)\]|\{([\dX-]+|P\w+) ([^}]+)\}|<([A-Z]{3}) ([^>]+)>/g;
  let last = 0;
  for (const m of markup.matchAll(re)) {
    text += markup.slice(last, m.index);
    last = m.index + m[0].length;
    const words = m[2] ?? m[4] ?? m[6]!;
    const span = { start: text.length, end: text.length + words.length, text: words };
    text += words;
    if (m[1]) mentions.set(m[1], [...(mentions.get(m[1]) ?? []), span]);
    else if (m[3]) times.push({ ...span, type: m[3].startsWith('P') ? 'DURATION' : 'DATE', value: m[3] });
    else places.push({ ...span, name: words, geonameId: null, country: m[5]!, lat: null, lon: null, featureType: 'country' });
  }
  text += markup.slice(last);
  const actors: Actor[] = [...mentions].map(([id, ms]) => {
    const d = defs[id] ?? { kind: 'group', country: null };
    return {
      id, name: d.name ?? ms[0]!.text, kind: d.kind, country: d.country, sector: d.sector ?? null,
      code: d.country ? `${d.country}${d.sector ?? ''}` : null, mentions: ms,
    };
  });
  const quotes: Quote[] = quoteDefs.map((q) => {
    const start = text.indexOf(q.content);
    expect(start, q.content).toBeGreaterThanOrEqual(0);
    const speaker = q.speaker ? mentions.get(q.speaker)![0]! : null;
    return {
      start, end: start + q.content.length, text: q.content, kind: 'indirect',
      speaker: speaker ? { ...speaker, actor: q.speaker! } : null, cue: null,
    };
  });
  const doc = builder.build({ id: 't', text, publishedAt });
  const { output } = extractor.run(doc, { entities: [], actors: { actors, entityActors: [] }, times, places, quotes });
  for (const e of output.events) {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    if (e.place) expect(text.slice(e.place.start, e.place.end)).toBe(e.place.text);
  }
  return output.events;
}

export const country = (c: string): ActorDef => ({ kind: 'country', country: c });

export const only = (events: readonly Event[]): Event => {
  expect(events).toHaveLength(1);
  return events[0]!;
};
