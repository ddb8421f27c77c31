/**
 * When and where an event happened: the date governing its trigger (the
 * times layer's `governingDate`: its clause, else its sentence, else the
 * publication date); the place named in its clause (else after a locative in
 * its sentence), else a place named for another event of the sentence, the
 * actor's own country for a domestic event, else the article's main place
 * (the places layer's `mainPlace`, counted over names of places).
 *
 * An event's own place is read more strictly than the places layer's
 * `governingPlace` reads one for any words: a place counts only after a
 * locative ("in", "near"...) or, for a material event, in its own clause;
 * never as a modifier ("Russian troops", "Sudan's government", "United
 * States Secretary"); and a reported clause's edges bound the clause.
 */
import type { Place, Span, TimeExpr } from '../analysis/format.js';
import { tokenIndexAt } from '../doc/navigate.js';
import type { Doc } from '../doc/types.js';
import { mainPlace } from '../places/governing.js';
import { governingDate } from '../times/governing.js';
import type { MentionIndex } from './mentions.js';
import type { SentenceView } from './sentence.js';

interface Ref<T> {
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
  readonly item: T;
  /** A name used as a modifier ("Russian troops", "United States Secretary"): not where something happened. */
  readonly modifier: boolean;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'from', 'into', 'on']);

function refs<T extends Span>(doc: Doc, items: readonly T[]): Ref<T>[] {
  return items.map((item) => {
    const first = tokenIndexAt(doc, item.start);
    let last = first;
    while (last < doc.tokens.length && doc.tokens[last]!.start < item.end) last++;
    last = Math.max(last, first + 1);
    const next = doc.tokens[last];
    const sameSentence = !!next && next.sentence === doc.tokens[first]?.sentence;
    // "Russian troops", "Ukrainian counter-attack": a noun, or a demonym before any word, modifies what follows
    const demonym = 'name' in item && (item as unknown as Place).name !== item.text;
    const modifier = sameSentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || (demonym && next.pos !== 'PUNCT'));
    return { first, last, sentence: doc.tokens[first]?.sentence ?? -1, item, modifier };
  });
}

export class Anchors {
  readonly doc: Doc;
  readonly #times: Ref<TimeExpr>[];
  readonly #places: Ref<Place>[];
  readonly #placesBySentence = new Map<number, Ref<Place>[]>();
  readonly #timesBySentence = new Map<number, TimeExpr[]>();
  readonly #published: string | null;
  readonly #mainPlace: Span | null;
  /** Tokens inside time expressions. */
  readonly timeTokens: ReadonlySet<number>;

  constructor(doc: Doc, times: readonly TimeExpr[], places: readonly Place[]) {
    this.doc = doc;
    this.#times = refs(doc, times);
    this.#places = refs(doc, places);
    this.#published = doc.publishedAt ? doc.publishedAt.slice(0, 10) : null;
    const tt = new Set<number>();
    for (const t of this.#times) for (let k = t.first; k < t.last; k++) tt.add(k);
    this.timeTokens = tt;
    for (const p of this.#places) push(this.#placesBySentence, p.sentence, p);
    for (const t of this.#times) push(this.#timesBySentence, t.sentence, t.item);
    // nationality words ("Russian troops") say whose, not where: the main place is counted over names of places
    const main = mainPlace(places.filter((p) => !p.demonym));
    this.#mainPlace = main ? span(main) : null;
  }

  get published(): string | null {
    return this.#published;
  }

  /**
   * The date of an event: the time expression governing its trigger (its
   * clause, else its sentence), else the publication date (src/times/governing.ts).
   */
  date(trigger: { readonly start: number; readonly end: number }, sentence: number): { date: string | null; fromText: boolean } {
    // only the sentence's own times can govern it (its clause's, else its sentence's): look at those alone
    const times = this.#timesBySentence.get(sentence);
    if (!times) return { date: this.#published, fromText: false };
    const g = governingDate(this.doc, times, trigger);
    const value = g.value === null ? null : g.value.split('T')[0]!;
    return { date: value, fromText: g.source === 'clause' || g.source === 'sentence' };
  }

  /** True when a date read from the text lies after the publication date. */
  isAfterPublication(date: string): boolean {
    if (!this.#published || date.includes('W')) return false;
    return date > this.#published.slice(0, date.length);
  }

  /**
   * The place named in the event's clause (after in/at/near... for any event;
   * any place for a material one), else in its sentence after a locative.
   */
  placeInText(v: SentenceView, first: number, head: number, material: boolean): Span | null {
    const cs = v.clauseStart(first);
    const ce = v.clauseEnd(head);
    let best: Ref<Place> | null = null;
    let bestScore = Infinity;
    for (const p of this.#placesBySentence.get(v.sentence.i) ?? []) {
      if (p.modifier) continue;
      const locative = LOCATIVE.has(this.doc.tokens[p.first - 1]?.lower ?? '');
      const inClause = p.first >= cs && p.last <= ce;
      if (!locative && !(inClause && material)) continue;
      const score = (inClause ? 0 : 1000) + Math.abs(p.first - head) + (p.item.featureType === 'country' ? 5 : 0);
      if (score < bestScore) { best = p; bestScore = score; }
    }
    return best ? span(best.item) : null;
  }

  /** The first mention of a country as a place, if the article names it. */
  countryPlace(country: string): Span | null {
    const ok = (r: Ref<Place>) => r.item.country === country && !r.modifier;
    const p = this.#places.find((r) => ok(r) && r.item.featureType === 'country' && r.item.text === r.item.name)
      ?? this.#places.find((r) => ok(r) && r.item.featureType === 'country')
      ?? this.#places.find(ok);
    return p ? span(p.item) : null;
  }

  /** The country of a place span, if it is one of the article's places. */
  countryOf(s: Span): string | null {
    return this.#places.find((r) => r.item.start === s.start && r.item.end === s.end)?.item.country ?? null;
  }

  /** The article's main place (src/places/governing.ts: the first mention of its most often named country). */
  get mainPlace(): Span | null {
    return this.#mainPlace;
  }

  /** The place for a domestic event of an actor (its own country), when the article names that country. */
  homePlace(mentions: MentionIndex, actor: string | null, target: string | null): Span | null {
    const a = mentions.actor(actor);
    if (!a?.country) return null;
    const b = mentions.actor(target);
    if (b?.country && b.country !== a.country) return null;
    return this.countryPlace(a.country);
  }
}

const span = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });

function push<T>(m: Map<number, T[]>, k: number, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
