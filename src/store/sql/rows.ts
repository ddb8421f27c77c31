import type { ArticleFacts } from '../facts.js';
import { normalizeName } from '../facts.js';

/**
 * The fact tables' insert columns and values, the same for both stores: a
 * writer maps the article's actors and occurrences to its own ids, then
 * inserts these rows (booleans stay booleans: SQLite's writer turns them
 * into 0/1).
 */

export type SqlValue = string | number | boolean | null;

export interface RowContext {
  readonly articleId: number;
  /** Actor id in the article (a1) -> store actor id. */
  readonly actorIds: ReadonlyMap<string, number>;
  /** Occurrence key -> store occurrence id. */
  readonly occurrenceIds: ReadonlyMap<string, number>;
}

export interface FactTable {
  readonly table: string;
  readonly columns: readonly string[];
  rows(f: ArticleFacts, c: RowContext): SqlValue[][];
}

const actorId = (c: RowContext, local: string | null) => (local === null ? null : c.actorIds.get(local) ?? null);

export const FACT_TABLES: readonly FactTable[] = [
  {
    table: 'article_actors',
    columns: ['article_id', 'local_id', 'actor_id', 'mentions', 'day'],
    rows: (f, c) => f.actors.map((x) => [c.articleId, x.local, c.actorIds.get(x.local)!, x.mentions, f.day]),
  },
  {
    table: 'mentions',
    columns: ['article_id', 'actor_id', 'span_start', 'span_end', 'text'],
    rows: (f, c) => f.mentions.map((m) => [c.articleId, c.actorIds.get(m.actor) ?? null, m.start, m.end, m.text]),
  },
  {
    table: 'quotes',
    columns: ['article_id', 'span_start', 'span_end', 'text', 'kind', 'speaker_start', 'speaker_end', 'speaker_text', 'speaker_norm',
      'speaker_actor_id', 'cue_start', 'cue_end', 'cue_text', 'day'],
    rows: (f, c) => f.quotes.map((q) => [
      c.articleId, q.start, q.end, q.text, q.kind, q.speakerStart, q.speakerEnd, q.speakerText,
      q.speakerText === null ? null : normalizeName(q.speakerText), actorId(c, q.speakerActor), q.cueStart, q.cueEnd, q.cueText, q.day,
    ]),
  },
  {
    table: 'figures',
    columns: ['article_id', 'span_start', 'span_end', 'text', 'value', 'value_high', 'approx', 'unit', 'category', 'subject', 'country',
      'day', 'sentence_start', 'sentence_end'],
    rows: (f, c) => f.figures.map((x) => [
      c.articleId, x.start, x.end, x.text, x.value, x.valueHigh, x.approx, x.unit, x.category, x.subject, x.country, x.day,
      x.sentenceStart, x.sentenceEnd,
    ]),
  },
  {
    table: 'times',
    columns: ['article_id', 'span_start', 'span_end', 'text', 'type', 'value'],
    rows: (f, c) => f.times.map((t) => [c.articleId, t.start, t.end, t.text, t.type, t.value]),
  },
  {
    table: 'places',
    columns: ['article_id', 'span_start', 'span_end', 'text', 'name', 'geoname_id', 'country', 'lat', 'lon', 'feature_type'],
    rows: (f, c) => f.places.map((p) => [c.articleId, p.start, p.end, p.text, p.name, p.geonameId, p.country, p.lat, p.lon, p.featureType]),
  },
  {
    table: 'events',
    columns: ['article_id', 'occurrence_id', 'span_start', 'span_end', 'text', 'trigger_start', 'trigger_end', 'trigger_text', 'type', 'mode',
      'category', 'cameo', 'quad', 'goldstein', 'actor_id', 'target_id', 'actor_code', 'actor_country', 'target_code', 'target_country',
      'place_start', 'place_end', 'place_text', 'place_name', 'place_country', 'place_feature', 'lat', 'lon', 'date', 'day',
      'negated', 'hedged', 'future', 'acled_type', 'acled_sub_type', 'sentence', 'sentence_start', 'sentence_end'],
    rows: (f, c) => f.events.map((e) => [
      c.articleId, c.occurrenceIds.get(e.occurrence)!, e.start, e.end, e.text, e.triggerStart, e.triggerEnd, e.triggerText, e.type, e.mode,
      e.category, e.cameo, e.quad, e.goldstein, actorId(c, e.actor), actorId(c, e.target), e.actorCode, e.actorCountry, e.targetCode,
      e.targetCountry, e.placeStart, e.placeEnd, e.placeText, e.placeName, e.placeCountry, e.placeFeature, e.lat, e.lon, e.date, e.day,
      e.negated, e.hedged, e.future, e.acledType, e.acledSubType, e.sentence, e.sentenceStart, e.sentenceEnd,
    ]),
  },
];

/** Tables holding an article's facts, deleted before its analysis is replaced (children first). */
export const ARTICLE_FACT_TABLES = ['events', 'places', 'times', 'figures', 'quotes', 'mentions', 'article_actors'] as const;

export const ACTOR_COLUMNS = ['key', 'name', 'name_norm', 'kind', 'country', 'sector', 'code'] as const;

/** The columns that point at an actor: re-pointed when an actor is merged into another (see store/merge.ts). */
export const ACTOR_REFERENCES = [
  ['mentions', 'actor_id'], ['article_actors', 'actor_id'], ['quotes', 'speaker_actor_id'], ['events', 'actor_id'], ['events', 'target_id'],
  ['actor_aliases', 'actor_id'],
] as const;

/** A LIKE pattern for names whose last word is `word` (with ESCAPE '\'): "% putin". */
export function lastWordPattern(word: string): string {
  return `% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}`;
}

export const OCCURRENCE_COLUMNS = ['key', 'type', 'category', 'actor_code', 'target_code', 'place', 'day'] as const;

export function actorValues(f: ArticleFacts): SqlValue[][] {
  const seen = new Set<string>();
  const out: SqlValue[][] = [];
  for (const x of [...f.actors].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (seen.has(x.key)) continue;
    seen.add(x.key);
    out.push([x.key, x.name, x.nameNorm, x.kind, x.country, x.sector, x.code]);
  }
  return out;
}

/** Per store actor of an article: its mentions in the article, in actor id order (a fixed lock order). */
export function actorTallies(f: ArticleFacts, actorIds: ReadonlyMap<string, number>): [id: number, mentions: number][] {
  const m = new Map<number, number>();
  for (const x of f.actors) {
    const id = actorIds.get(x.local)!;
    m.set(id, (m.get(id) ?? 0) + x.mentions);
  }
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

export function occurrenceValues(f: ArticleFacts): SqlValue[][] {
  return f.occurrences.map((o) => [o.key, o.type, o.category, o.actorCode, o.targetCode, o.place, o.day]);
}
