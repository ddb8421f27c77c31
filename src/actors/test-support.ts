/**
 * Helpers for the actors tests: sentences written for a test with their entity spans marked
 * as a tagger would give them, run through the actors extractor alone.
 */
import { expect } from 'vitest';
import type { Actor, EntityType } from '../analysis/format.js';
import { DocumentBuilder } from '../doc/build.js';
import { Resources } from '../engine/resources.js';
import type { EntityMention } from '../pipeline/layers.js';
import { createActorExtractor } from './extract.js';

const builder = new DocumentBuilder();
const extractor = createActorExtractor(new Resources());

/** "[PERSON Ana Souza] met [GPE Chile]'s envoy." -> text and entity spans, as a tagger would give them. */
export function parse(markup: string): { text: string; entities: EntityMention[] } {
  let text = '';
  const entities: EntityMention[] = [];
  const re = /\[([A-Z]+) ([^\]]+)\]/g;
  let last = 0;
  for (const m of markup.matchAll(re)) {
    text += markup.slice(last, m.index);
    const start = text.length;
    text += m[2]!;
    entities.push({ start, end: text.length, text: m[2]!, type: m[1] as EntityType });
    last = m.index + m[0].length;
  }
  text += markup.slice(last);
  return { text, entities };
}

export function run(markup: string) {
  const { text, entities } = parse(markup);
  const doc = builder.build({ id: 't', text });
  const result = extractor.run(doc, { entities });
  const { actors, entityActors } = result.output.actors;
  for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  expect(entityActors).toHaveLength(entities.length);
  const byName = (name: string) => actors.find((a) => a.name === name);
  const actorOf = (entityText: string) => {
    const i = entities.findIndex((e) => e.text === entityText);
    return actors.find((a) => a.id === entityActors[i]);
  };
  return { actors, entities, entityActors, byName, actorOf, diagnostics: result.diagnostics ?? [] };
}

export type Expect = Partial<Pick<Actor, 'kind' | 'country' | 'sector' | 'code'>> & { mentions?: string[] };

export function check(actor: Actor | undefined, want: Expect) {
  expect(actor).toBeDefined();
  const { mentions, ...fields } = want;
  expect(actor).toMatchObject(fields);
  for (const m of mentions ?? []) expect(actor!.mentions.map((x) => x.text)).toContain(m);
}
