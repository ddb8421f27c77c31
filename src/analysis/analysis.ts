import type {
  Actor, AnalysisJSON, Diagnostic, Entity, Event, Figure, Place, Quote, TimeExpr, Tone,
} from './format.js';

/**
 * Read-only view of one analysis (style rule 9). Every accessor returns
 * frozen data; `toJSON()` gives the analysis format object itself.
 */
export class Analysis {
  readonly #json: AnalysisJSON;
  readonly #actors: ReadonlyMap<string, Actor>;

  constructor(json: AnalysisJSON) {
    this.#json = json;
    this.#actors = new Map(json.actors.map((a) => [a.id, a]));
    Object.freeze(this);
  }

  get id(): string { return this.#json.id; }
  get text(): string { return this.#json.text; }
  get publishedAt(): string | null { return this.#json.publishedAt; }
  get language(): string { return this.#json.language; }
  get versions(): Readonly<Record<string, string>> { return this.#json.versions; }

  sentences(): readonly { readonly start: number; readonly end: number }[] { return this.#json.sentences; }
  entities(): readonly Entity[] { return this.#json.entities; }
  actors(): readonly Actor[] { return this.#json.actors; }
  quotes(): readonly Quote[] { return this.#json.quotes; }
  figures(): readonly Figure[] { return this.#json.figures; }
  times(): readonly TimeExpr[] { return this.#json.times; }
  places(): readonly Place[] { return this.#json.places; }
  events(): readonly Event[] { return this.#json.events; }
  tone(): Tone { return this.#json.tone; }
  diagnostics(): readonly Diagnostic[] { return this.#json.diagnostics; }

  /** The actor with this id, or undefined. */
  actor(id: string | null): Actor | undefined {
    return id === null ? undefined : this.#actors.get(id);
  }

  /** The text of the sentence holding `offset`. */
  sentenceText(offset: number): string {
    const s = this.#json.sentences.find((x) => x.start <= offset && offset < x.end);
    return s ? this.#json.text.slice(s.start, s.end) : '';
  }

  toJSON(): AnalysisJSON { return this.#json; }
}
