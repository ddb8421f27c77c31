import type { AnalysisJSON } from '../analysis/format.js';
import type { ArticleFacts } from './facts.js';

/** An article ready to be stored: its analysed (normalized) text and the keys used to deduplicate it. */
export interface NewArticle {
  /** Where the article was read from (file path, path:line, WARC record id, feed item link): rerunning an ingest finds it again. */
  readonly origin: string;
  /** The publisher: the URL's host, a feed's title, or a "source" field; null when unknown. */
  readonly source: string | null;
  readonly url: string | null;
  /** The URL normalized for deduplication (see keys.ts), or null. */
  readonly urlKey: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  /** The text as analysed: every span of the analysis points into it. */
  readonly text: string;
  /** Hash of the normalized text (see keys.ts). */
  readonly contentHash: string;
  readonly language: string;
}

/**
 * One analysis as stored: the versions that made it, its JSON and its facts
 * as rows. Small and flat on purpose: analysis workers send it to the
 * writing thread, which only writes it.
 */
export interface AnalysisRecord {
  /** The extractor versions that made the analysis, and their key (versionsKey). */
  readonly versions: Readonly<Record<string, string>>;
  readonly versionsKey: string;
  readonly formatVersion: number;
  /**
   * The analysis as stored: its JSON without the text (the article holds the
   * text once), or that JSON as raw DEFLATE (as SQLite stores it), made
   * ahead by an analysis worker so that the writing thread does not.
   */
  readonly json: string | Uint8Array;
  readonly facts: ArticleFacts;
}

export type SaveResult =
  | { readonly status: 'stored'; readonly id: number }
  /** The origin is stored already (a rerun): nothing was written. */
  | { readonly status: 'existing'; readonly id: number }
  /** Another origin holds the same URL or the same normalized text: recorded as skipped. */
  | { readonly status: 'duplicate'; readonly id: number; readonly by: 'url' | 'content' };

/** What the store knows of an input before it is analysed. */
export type Lookup =
  | { readonly state: 'new' }
  | { readonly state: 'stored'; readonly id: number; readonly stale: boolean }
  | { readonly state: 'duplicate'; readonly id: number; readonly by: 'url' | 'content' }
  | { readonly state: 'skipped'; readonly reason: string };

export interface LookupKey {
  readonly origin: string;
  readonly urlKey?: string | null;
  readonly contentHash?: string | null;
  /** versionsKey(engine.versions): a stored analysis made by other versions is stale. */
  readonly versionsKey: string;
}

export interface Skip {
  readonly origin: string;
  /** A stable reason code: not-english, input-too-large, input-unreadable, warc-broken, duplicate-url... */
  readonly reason: string;
  readonly message: string;
}

export interface StoredArticle {
  readonly id: number;
  readonly origin: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly text: string;
  readonly contentHash: string;
  readonly ingestedAt: string;
  /** The stored analysis (its text is the article's text), or null when none is stored. */
  readonly analysis: AnalysisJSON | null;
}

/** An article to analyse again: stored, but analysed by other extractor versions. */
export interface StaleArticle {
  readonly id: number;
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
}

export interface ArticleRef {
  readonly id: number;
  readonly title: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly source: string | null;
}

export interface SpanRef {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Which events count. Hedged ("may have") and negated ("did not") events
 * are stored but left out of counts and lists unless asked for.
 */
export type ModalityFilter = 'asserted' | 'hedged' | 'negated' | 'all';
export const MODALITY_FILTERS: readonly ModalityFilter[] = ['asserted', 'hedged', 'negated', 'all'];

export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface EventQuery extends Page {
  /** PLOVER type (PROTEST) or event category (NATURAL_DISASTER). */
  readonly type?: string;
  /** Actor: a country (RUS), a code (RUSGOV) or a name (putin). */
  readonly actor?: string;
  readonly target?: string;
  /** Country of the event's place. */
  readonly country?: string;
  /** Days, inclusive: YYYY-MM-DD. */
  readonly from?: string;
  readonly to?: string;
  readonly modality?: ModalityFilter;
  readonly occurrence?: number;
  readonly article?: number;
  /** Keyset paging for exports: rows with a greater id (event id, or occurrence id for occurrences), in id order. */
  readonly afterId?: number;
}

export interface ActorRef {
  readonly id: number;
  readonly name: string;
  readonly code: string | null;
  readonly country: string | null;
}

export interface PlaceRef {
  readonly text: string;
  readonly name: string | null;
  readonly country: string | null;
  /** country, admin1, admin2, city, landmark, region, other; null when unknown. */
  readonly featureType: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** One stored event mention, traced to its article and words. */
export interface EventRow {
  readonly id: number;
  readonly occurrenceId: number;
  readonly article: ArticleRef;
  readonly span: SpanRef;
  readonly trigger: SpanRef;
  readonly sentence: string;
  readonly type: string | null;
  readonly mode: string | null;
  readonly category: string | null;
  readonly cameo: string | null;
  readonly quad: number | null;
  readonly goldstein: number | null;
  readonly actor: ActorRef | null;
  readonly target: ActorRef | null;
  readonly place: PlaceRef | null;
  readonly date: string | null;
  readonly day: string | null;
  readonly negated: boolean;
  readonly hedged: boolean;
  readonly future: boolean;
  readonly acled: { readonly type: string; readonly subType: string } | null;
}

/** One event as it happened, however many articles tell it (GDELT's NumArticles / NumSources). */
export interface OccurrenceRow {
  readonly id: number;
  readonly type: string | null;
  readonly category: string | null;
  readonly actorCode: string | null;
  readonly targetCode: string | null;
  readonly place: string | null;
  readonly day: string | null;
  /** Event mentions counted (within the query's modality). */
  readonly numMentions: number;
  readonly numArticles: number;
  readonly numSources: number;
  /** Mean tone of the articles telling it (GDELT's AvgTone). */
  readonly avgTone: number | null;
  /** True when some article tells it in its first sentence (GDELT's IsRootEvent). */
  readonly isRoot: boolean;
  /** When the first article telling it was stored. */
  readonly addedAt: string;
  /** The first stored mention, for its words and coding. */
  readonly example: EventRow;
}

export interface QuoteQuery extends Page {
  /** Speaker name, or part of it (case-insensitive). */
  readonly speaker?: string;
  readonly actorId?: number;
  readonly article?: number;
  readonly from?: string;
  readonly to?: string;
}

export interface QuoteRow {
  readonly id: number;
  readonly article: ArticleRef;
  readonly span: SpanRef;
  readonly kind: string;
  readonly speaker: (SpanRef & { readonly actor: ActorRef | null }) | null;
  readonly cue: SpanRef | null;
}

export interface FigureQuery extends Page {
  readonly category?: string;
  readonly country?: string;
  readonly from?: string;
  readonly to?: string;
  readonly article?: number;
}

export interface FigureRow {
  readonly id: number;
  readonly article: ArticleRef;
  readonly span: SpanRef;
  readonly sentence: string;
  readonly value: number;
  /** The high end of a range, or null. */
  readonly valueHigh: number | null;
  readonly approx: string;
  readonly unit: string | null;
  readonly category: string;
  readonly subject: string | null;
  readonly country: string | null;
  readonly day: string | null;
}

export interface ActorQuery extends Page {
  /** Part of the name (case-insensitive). */
  readonly name?: string;
  /** Code (RUSGOV) or country (RUS). */
  readonly code?: string;
}

export interface ActorRow {
  readonly id: number;
  readonly name: string;
  readonly kind: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly code: string | null;
  readonly numArticles: number;
  readonly numMentions: number;
  readonly firstDay: string | null;
  readonly lastDay: string | null;
}

export interface SearchQuery extends Page {
  readonly text: string;
}

export interface SearchHit {
  readonly article: ArticleRef;
  /** A short passage with the matched words between [ and ]. */
  readonly snippet: string;
}

export type CountBy = 'day' | 'type' | 'country' | 'actor';

export interface CountRow {
  readonly key: string | null;
  readonly occurrences: number;
  readonly articles: number;
}

export interface StoreStatus {
  readonly location: string;
  readonly articles: number;
  /** Stored analyses by the extractor versions that made them. */
  readonly analyses: readonly { readonly versions: Readonly<Record<string, string>>; readonly count: number }[];
  readonly facts: Readonly<Record<'actors' | 'mentions' | 'quotes' | 'figures' | 'times' | 'places' | 'events' | 'occurrences', number>>;
  readonly skipped: readonly { readonly reason: string; readonly count: number; readonly examples: readonly { readonly origin: string; readonly message: string }[] }[];
  readonly lastIngestAt: string | null;
}

/**
 * The store: one interface, a SQLite and a PostgreSQL implementation laid out
 * alike (style rule 7), both held to src/store/conformance.ts. Every write of
 * an article (article, analysis, facts) is one transaction.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where the store is, for messages (a path, or a URL without its password). */
  readonly location: string;

  lookup(key: LookupKey): Promise<Lookup>;
  /** Store an article with its analysis and facts, atomically; a duplicate is recorded as skipped. */
  save(article: NewArticle, record: AnalysisRecord): Promise<SaveResult>;
  /** Replace an article's analysis and facts (after the extractors changed), atomically. */
  replaceAnalysis(articleId: number, record: AnalysisRecord): Promise<void>;
  /** Record an input that was not stored, with its reason (idempotent per origin). */
  skip(skip: Skip): Promise<void>;
  /** Articles whose analysis was made by other versions than `versionsKey`, oldest first. */
  staleArticles(versionsKey: string, limit: number, afterId?: number): Promise<StaleArticle[]>;

  article(id: number): Promise<StoredArticle | null>;
  /** Stored articles in id order, from `afterId`, for exports. */
  articles(afterId: number, limit: number): Promise<StoredArticle[]>;
  occurrences(q: EventQuery): Promise<OccurrenceRow[]>;
  events(q: EventQuery): Promise<EventRow[]>;
  countEvents(q: EventQuery, by: CountBy): Promise<CountRow[]>;
  quotes(q: QuoteQuery): Promise<QuoteRow[]>;
  figures(q: FigureQuery): Promise<FigureRow[]>;
  actors(q: ActorQuery): Promise<ActorRow[]>;
  actor(id: number): Promise<ActorRow | null>;
  search(q: SearchQuery): Promise<SearchHit[]>;
  status(): Promise<StoreStatus>;

  close(): Promise<void>;
}
