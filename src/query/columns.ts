import type { ActorRef, ActorRow, EventRow, FigureRow, OccurrenceRow, QuoteRow, SearchHit } from '../store/types.js';
import type { Column } from './format.js';

/** The columns each query shows, in tables and CSV. */

const who = (a: ActorRef | null) => (a ? `${a.name}${a.code ? ` [${a.code}]` : ''}` : '');
const modality = (e: EventRow) => [e.negated && 'negated', e.hedged && 'hedged', e.future && 'future'].filter(Boolean).join(' ');

export const OCCURRENCE_COLUMNS: readonly Column<OccurrenceRow>[] = [
  { header: 'occurrence', value: (o) => o.id },
  { header: 'day', value: (o) => o.day },
  { header: 'type', value: (o) => o.type ?? o.category },
  { header: 'actor', value: (o) => who(o.example.actor), max: 28 },
  { header: 'target', value: (o) => who(o.example.target), max: 28 },
  { header: 'place', value: (o) => o.place, max: 20 },
  { header: 'articles', value: (o) => o.numArticles },
  { header: 'sources', value: (o) => o.numSources },
  { header: 'mentions', value: (o) => o.numMentions },
  { header: 'example', value: (o) => `${o.example.sentence} (article ${o.example.article.id})`, max: 70 },
];

export const EVENT_COLUMNS: readonly Column<EventRow>[] = [
  { header: 'event', value: (e) => e.id },
  { header: 'day', value: (e) => e.day },
  { header: 'type', value: (e) => e.type ?? e.category },
  { header: 'cameo', value: (e) => e.cameo },
  { header: 'actor', value: (e) => who(e.actor), max: 28 },
  { header: 'target', value: (e) => who(e.target), max: 28 },
  { header: 'place', value: (e) => e.place?.text, max: 20 },
  { header: 'modality', value: modality },
  { header: 'trigger', value: (e) => e.trigger.text, max: 24 },
  { header: 'article', value: (e) => e.article.id },
  { header: 'at', value: (e) => `${e.span.start}-${e.span.end}` },
  { header: 'sentence', value: (e) => e.sentence, max: 70 },
];

export const QUOTE_COLUMNS: readonly Column<QuoteRow>[] = [
  { header: 'published', value: (q) => q.article.publishedAt?.slice(0, 10) },
  { header: 'speaker', value: (q) => (q.speaker ? (q.speaker.actor ? who(q.speaker.actor) : q.speaker.text) : ''), max: 28 },
  { header: 'kind', value: (q) => q.kind },
  { header: 'cue', value: (q) => q.cue?.text, max: 14 },
  { header: 'quote', value: (q) => q.span.text, max: 80 },
  { header: 'article', value: (q) => q.article.id },
  { header: 'at', value: (q) => `${q.span.start}-${q.span.end}` },
];

export const FIGURE_COLUMNS: readonly Column<FigureRow>[] = [
  { header: 'day', value: (f) => f.day },
  { header: 'category', value: (f) => f.category },
  { header: 'value', value: (f) => (f.valueHigh !== null ? `${f.value}-${f.valueHigh}` : f.value) },
  { header: 'approx', value: (f) => f.approx },
  { header: 'unit', value: (f) => f.unit },
  { header: 'subject', value: (f) => f.subject, max: 20 },
  { header: 'country', value: (f) => f.country },
  { header: 'words', value: (f) => f.span.text, max: 30 },
  { header: 'article', value: (f) => f.article.id },
  { header: 'sentence', value: (f) => f.sentence, max: 70 },
];

export const ACTOR_COLUMNS: readonly Column<ActorRow>[] = [
  { header: 'actor', value: (a) => a.id },
  { header: 'name', value: (a) => a.name, max: 32 },
  { header: 'kind', value: (a) => a.kind },
  { header: 'code', value: (a) => a.code },
  { header: 'country', value: (a) => a.country },
  { header: 'sector', value: (a) => a.sector },
  { header: 'articles', value: (a) => a.numArticles },
  { header: 'mentions', value: (a) => a.numMentions },
  { header: 'first', value: (a) => a.firstDay },
  { header: 'last', value: (a) => a.lastDay },
];

export const SEARCH_COLUMNS: readonly Column<SearchHit>[] = [
  { header: 'article', value: (h) => h.article.id },
  { header: 'published', value: (h) => h.article.publishedAt?.slice(0, 10) },
  { header: 'source', value: (h) => h.article.source, max: 24 },
  { header: 'title', value: (h) => h.article.title, max: 40 },
  { header: 'snippet', value: (h) => h.snippet, max: 90 },
];
