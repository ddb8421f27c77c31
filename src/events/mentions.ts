/**
 * Actor mentions by token: which actor a token refers to, from the actors
 * layer (its mentions and the entity links), plus a small pronoun resolver
 * (he/she -> last person, they/it -> last group/organization/country, we in
 * a quote -> the speaker's country).
 */
import type { Actor, Place, Quote } from '../analysis/format.js';
import { tokenIndexAt } from '../doc/navigate.js';
import type { Doc } from '../doc/types.js';
import type { ActorsLayer, EntityMention } from '../pipeline/layers.js';

export interface MentionRef {
  readonly actor: string;
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
}

const PERSON_PRON = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const PLURAL_PRON = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const IT_PRON = new Set(['it', 'its', 'itself']);
/** Does the pronoun fit the actor: "he"/"she" a person, "it" an organization or country, "they" a group or a plural name? */
function agrees(pronoun: string, a: Actor): boolean {
  if (PERSON_PRON.has(pronoun)) return a.kind === 'person';
  if (IT_PRON.has(pronoun)) return a.kind === 'organization' || a.kind === 'country';
  return a.kind === 'group' || /s$/.test(a.name);
}

/** Pronouns that can open a reported clause as its subject. */
const SUBJECT_PRON = new Set(['he', 'she', 'it', 'they']);
const WE_PRON = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

export class MentionIndex {
  readonly doc: Doc;
  readonly #byToken: number[];
  readonly #mentions: MentionRef[] = [];
  readonly #actors = new Map<string, Actor>();
  readonly #quotes: readonly Quote[];

  constructor(
    doc: Doc, actors: ActorsLayer, entities: readonly EntityMention[], quotes: readonly Quote[], places: readonly Place[] = [],
  ) {
    this.doc = doc;
    this.#quotes = quotes;
    for (const a of actors.actors) this.#actors.set(a.id, a);
    const byToken = (this.#byToken = new Array<number>(doc.tokens.length).fill(-1));
    // char spans of the mentions, to keep on each token its longest mention (the leftmost of equals)
    const spanStart: number[] = [];
    const spanLen: number[] = [];
    const add = (actor: string, start: number, end: number, fillOnly: boolean) => {
      if (!this.#actors.has(actor)) return;
      const first = tokenIndexAt(doc, start);
      let last = first;
      while (last < doc.tokens.length && doc.tokens[last]!.start < end) last++;
      if (last <= first) return;
      const held = byToken[first]!;
      if (held >= 0 && spanStart[held] === start && spanLen[held] === end - start) return; // the same span again
      const idx = this.#mentions.push({ actor, first, last }) - 1;
      spanStart.push(start);
      spanLen.push(end - start);
      for (let k = first; k < last; k++) {
        const h = byToken[k]!;
        if (h < 0 || (!fillOnly && (spanLen[h]! < end - start || (spanLen[h] === end - start && spanStart[h]! > start)))) byToken[k] = idx;
      }
    };
    for (const a of actors.actors) for (const m of a.mentions) add(a.id, m.start, m.end, false);
    for (let i = 0; i < entities.length; i++) {
      const id = actors.entityActors[i];
      if (id) add(id, entities[i]!.start, entities[i]!.end, false);
    }
    // a place refers to its country's actor where no actor mention covers it: "Ukrainian counter-attack",
    // "shelled Kharkiv" (an attack on a city is one on its country), "arrived in Bosnia"
    if (places.length) {
      const countryActor = new Map<string, string>();
      for (const a of actors.actors) if (a.kind === 'country' && a.country && !countryActor.has(a.country)) countryActor.set(a.country, a.id);
      for (const p of places) {
        const id = p.country ? countryActor.get(p.country) : undefined;
        if (id) add(id, p.start, p.end, true);
      }
    }
  }

  actor(id: string | null): Actor | undefined {
    return id ? this.#actors.get(id) : undefined;
  }

  get actors(): IterableIterator<Actor> {
    return this.#actors.values();
  }

  /** The government of a country among the article's actors: a government body, else the country, else a leader. */
  government(country: string | null): string | null {
    if (!country) return null;
    let best: Actor | null = null;
    let rank = 9;
    for (const a of this.#actors.values()) {
      if (a.country !== country) continue;
      const r = a.sector === 'GOV' && a.kind === 'organization' ? 0 : a.kind === 'country' ? 1 : a.sector === 'GOV' ? 2 : 9;
      if (r < rank) { best = a; rank = r; }
    }
    return best?.id ?? null;
  }

  /** The actor that is the country itself, if the article has one. */
  countryActor(country: string | null): string | null {
    if (!country) return null;
    for (const a of this.#actors.values()) if (a.kind === 'country' && a.country === country) return a.id;
    return null;
  }

  /** The mention covering token i, if any. */
  at(i: number): MentionRef | undefined {
    const k = this.#byToken[i];
    return k === undefined || k < 0 ? undefined : this.#mentions[k];
  }

  /** The actor a token refers to: its mention, or a resolved pronoun. */
  actorAt(i: number): string | null {
    const m = this.at(i);
    if (m) return m.actor;
    return this.resolvePronoun(i);
  }

  /** Mentions starting in [a, b), left to right, one per mention. */
  inRange(a: number, b: number): MentionRef[] {
    const out: MentionRef[] = [];
    let prev: MentionRef | undefined;
    for (let k = Math.max(0, a); k < b && k < this.doc.tokens.length; k++) {
      const m = this.at(k);
      if (m && m !== prev && m.first >= a) out.push(m);
      prev = m;
    }
    return out;
  }

  /** Nearest mention ending before token i (within `maxSentences` sentences back) whose actor passes `ok`. */
  before(i: number, ok: (a: Actor, m: MentionRef) => boolean, maxSentences = 3): MentionRef | undefined {
    const sent = this.doc.tokens[i]?.sentence ?? 0;
    const floor = this.doc.sentences[Math.max(0, sent - maxSentences)]?.tokenStart ?? 0;
    for (let k = i - 1; k >= floor; k--) {
      const m = this.at(k);
      if (!m) continue;
      const a = this.#actors.get(m.actor);
      if (a && ok(a, m)) return m;
      k = m.first; // skip the rest of this mention
    }
    return undefined;
  }

  /** The actor a pronoun token refers to (never `exclude`, e.g. the subject of its own clause), or null. */
  resolvePronoun(i: number, exclude: string | null = null): string | null {
    const w = this.doc.tokens[i]?.lower ?? '';
    const ok = (a: Actor) => a.id !== exclude;
    // "X said it will ...": a pronoun opening what a speaker said is the speaker
    if (SUBJECT_PRON.has(w)) {
      const speaker = this.#openingSpeaker(i);
      const a = this.actor(speaker);
      if (a && a.id !== exclude && agrees(w, a)) return a.id;
    }
    if (PERSON_PRON.has(w)) return this.before(i, (a) => ok(a) && a.kind === 'person')?.actor ?? null;
    if (PLURAL_PRON.has(w)) {
      return this.before(i, (a, m) => ok(a) && (a.kind === 'group' || /s$/.test(this.doc.tokens[m.last - 1]!.lower)))?.actor
        ?? this.before(i, (a) => ok(a) && a.kind !== 'person')?.actor ?? null;
    }
    if (IT_PRON.has(w)) {
      return this.before(i, (a, m) => ok(a) && (a.kind === 'organization' || a.kind === 'country') && !this.isPossessor(m))?.actor ?? null;
    }
    if (WE_PRON.has(w)) return this.#weActor(i);
    return null;
  }

  /** "Ukraine's Western backers": a possessor names whose the head noun is; "it" refers to the head, not to it. */
  isPossessor(m: MentionRef): boolean {
    const w = this.doc.tokens[m.last]?.lower;
    if (w !== "'s" && w !== '’s') return false;
    const next = this.doc.tokens[m.last + 1];
    return !!next && next.sentence === this.doc.tokens[m.first]!.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  }

  /** The speaker's actor of the quote whose content opens with token i ("that" before it allowed), if any. */
  #openingSpeaker(i: number): string | null {
    const t = this.doc.tokens[i]!;
    for (const q of this.#quotes) {
      if (!q.speaker?.actor || q.start > t.start || t.start >= q.end) continue;
      const before = this.doc.text.slice(q.start, t.start).trim().toLowerCase();
      if (before === '' || before === 'that') return q.speaker.actor;
    }
    return null;
  }

  /** "we" inside a quote: the speaker's country (as an actor of the article), else the speaker. */
  #weActor(i: number): string | null {
    const off = this.doc.tokens[i]!.start;
    const q = this.#quotes.find((x) => x.start <= off && off < x.end && x.speaker?.actor);
    const speaker = this.actor(q?.speaker?.actor ?? null);
    if (!speaker) return null;
    if (speaker.kind === 'person' && speaker.country) {
      for (const a of this.#actors.values()) if (a.kind === 'country' && a.country === speaker.country) return a.id;
    }
    return speaker.id;
  }
}
