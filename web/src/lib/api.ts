import type { AnalysisJSON } from '../../../src/analysis/format.js';
import type { ActorRow, ArticleRef, CountRow, EventRow, FigureRow, QuoteRow, SearchHit } from '../../../src/store/types.js';

/** The API's answers, as the page reads them (see /openapi.json). */

export interface Page<T> { items: T[]; limit: number; offset: number; next: number | null }
export interface ArticleSummary extends ArticleRef {
  ingestedAt: string; chars: number; lead: string;
  counts: { actors: number; events: number; quotes: number; figures: number; places: number };
}
export interface StoredArticle extends ArticleRef {
  origin: string; text: string; ingestedAt: string; analysis: AnalysisJSON | null; actorIds: Record<string, number>;
}
export interface ActorProfile {
  actor: ActorRow;
  timeline: { day: string; mentions: number; articles: number }[];
  quotes: QuoteRow[]; asActor: EventRow[]; asTarget: EventRow[];
  coActors: { id: number | null; name: string; code: string | null; articles: number }[];
  articlesRead: number; complete: boolean;
}
export interface Network {
  nodes: { id: number; name: string; code: string | null; country: string | null; events: number }[];
  edges: { source: number; target: number; events: number; mentions: number; quad: number | null; quads: number[] }[];
  eventsRead: number; complete: boolean;
}
export interface Stats {
  articles: number; facts: Record<string, number>;
  byDay: CountRow[]; byType: CountRow[]; byCountry: CountRow[]; byActor: CountRow[];
}
export type { ActorRow, EventRow, FigureRow, QuoteRow, SearchHit, CountRow };

export class ApiFailure extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** GET an API path; parameters that are empty or undefined are left out. */
export async function get<T>(path: string, params: Record<string, string | number | boolean | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = qs.size ? `${path}?${qs}` : path;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}
