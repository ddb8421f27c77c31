/**
 * The analysis format, v1: the contract in ../shared/spec/analysis-format.md
 * (copied into docs/analysis-format.md). Every outside reader (store, API,
 * web page, exports, evaluation) depends on these names and meanings: add
 * fields, never rename or repurpose one.
 */

export const FORMAT_VERSION = 1;

/** A span of the analysed text: UTF-16 offsets, end exclusive, text === text.slice(start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity extends Span {
  readonly type: EntityType;
  /** Id of the actor this mention refers to, or null. */
  readonly actor: string | null;
}

export const ACTOR_KINDS = ['person', 'organization', 'country', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** ISO 3166-1 alpha-3, or a CAMEO international code (IGO, NGO...), or null. */
  readonly country: string | null;
  /** CAMEO-style sector: GOV MIL COP REB OPP CVL BUS MED JUD LEG EDU REL HLH ... or null. */
  readonly sector: string | null;
  /** CAMEO-style code, country + sector: USAGOV, RUSMIL, UKRCVL... or null. */
  readonly code: string | null;
  readonly mentions: readonly Span[];
}

export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface Quote extends Span {
  readonly kind: QuoteKind;
  readonly speaker: (Span & { readonly actor: string | null }) | null;
  readonly cue: Span | null;
}

export const APPROX = ['=', '~', '>', '<', '>=', '<='] as const;
export type Approx = (typeof APPROX)[number];

export const FIGURE_CATEGORIES = [
  'ARREST', 'KILL', 'WOUND', 'DISPLACE', 'PROTEST', 'KIDNAP', 'AFFECT', 'SEIZE', 'MONEY', 'PERCENT', 'OTHER',
] as const;
export type FigureCategory = (typeof FIGURE_CATEGORIES)[number];

export interface Figure extends Span {
  /** A number, or [low, high] for a range. */
  readonly value: number | readonly [number, number];
  readonly approx: Approx;
  readonly unit: string | null;
  readonly category: FigureCategory;
  /** The counted noun ("arrests", "civilians"), or null. */
  readonly subject: string | null;
}

export const TIME_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimeType = (typeof TIME_TYPES)[number];

export interface TimeExpr extends Span {
  readonly type: TimeType;
  /** A TIMEX3 value: 2022-09-21, 2022-02, 2022-W38, P7M, PT48H, PRESENT_REF... */
  readonly value: string;
}

export const FEATURE_TYPES = ['country', 'admin1', 'admin2', 'city', 'landmark', 'region', 'other'] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

export interface Place extends Span {
  /** The gazetteer's name for the place. */
  readonly name: string;
  readonly geonameId: number | null;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly featureType: FeatureType;
  /** Present and true when the mention is a nationality or residence word ("Russian", "Texans") naming the place. */
  readonly demonym?: boolean;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const EVENT_CATEGORIES = ['NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'ORGANIZED_CRIME'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const ACLED_TYPES = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
] as const;
export type AcledType = (typeof ACLED_TYPES)[number];

export interface Modality {
  readonly negated: boolean;
  readonly hedged: boolean;
  readonly future: boolean;
}

export interface Event extends Span {
  readonly trigger: Span;
  /** One of PLOVER's sixteen types, or null for events outside PLOVER (then `category` is set). */
  readonly type: PloverType | null;
  readonly mode: string | null;
  readonly cameo: string | null;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad: 1 | 2 | 3 | 4 | null;
  readonly goldstein: number | null;
  readonly actor: string | null;
  readonly target: string | null;
  readonly place: Span | null;
  /** TIMEX3-style date (YYYY-MM-DD, YYYY-MM...) or null. */
  readonly date: string | null;
  readonly modality: Modality;
  readonly acled: { readonly type: AcledType; readonly subType: string } | null;
  readonly category: EventCategory | null;
}

export interface Tone {
  /** positive - negative, in percent of words (GDELT's V2Tone convention). */
  readonly score: number;
  readonly positive: number;
  readonly negative: number;
}

export interface Diagnostic {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly message: string;
}

/** One analysed article, as `newsgraph analyze` prints it. */
export interface AnalysisJSON {
  readonly id: string;
  readonly publishedAt: string | null;
  readonly language: string;
  readonly title?: string;
  readonly url?: string;
  readonly text: string;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly entities: readonly Entity[];
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly times: readonly TimeExpr[];
  readonly places: readonly Place[];
  readonly events: readonly Event[];
  readonly tone: Tone;
  readonly diagnostics: readonly Diagnostic[];
  /** Extractor name -> version, for every extractor that made this analysis. */
  readonly versions: Readonly<Record<string, string>>;
  readonly formatVersion: number;
}

/** A line of `analyze --jsonl` output for an input that could not be analysed. */
export interface ErrorLine {
  readonly id: string | number;
  readonly error: { readonly code: string; readonly message: string };
}
