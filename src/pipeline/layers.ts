import type {
  Actor, Diagnostic, Entity, Event, Figure, Place, Quote, TimeExpr, Tone,
} from '../analysis/format.js';

/** An entity mention as the entity extractor gives it (the actor link comes from the actors layer). */
export type EntityMention = Omit<Entity, 'actor'>;

export interface ActorsLayer {
  readonly actors: readonly Actor[];
  /** For each entity mention (same index as the entities layer): the actor id it refers to, or null. */
  readonly entityActors: readonly (string | null)[];
}

/**
 * Every annotation layer an extractor can require or assign, with its type.
 * Adding a layer: name it here, give it a type, and make an extractor assign it.
 */
export interface Layers {
  readonly entities: readonly EntityMention[];
  readonly actors: ActorsLayer;
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly times: readonly TimeExpr[];
  readonly places: readonly Place[];
  readonly events: readonly Event[];
  readonly tone: Tone;
}

export type LayerName = keyof Layers;

export const LAYER_NAMES: readonly LayerName[] = [
  'entities', 'actors', 'quotes', 'figures', 'times', 'places', 'events', 'tone',
];

export type { Diagnostic };
