import { z } from 'zod';

/**
 * The shapes of the API's answers, as zod schemas: they write the response
 * schemas of the OpenAPI document, and the API tests check every answer
 * against them. They mirror src/store/types.ts (the rows) and
 * src/analysis/format.ts (the analysis).
 */

const span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const n = z.number().nullable();
const s = z.string().nullable();

export const articleRef = z.object({ id: z.number().int(), title: s, url: s, publishedAt: s, source: s });
export const actorRef = z.object({ id: z.number().int(), name: z.string(), code: s, country: s });

export const eventRow = z.object({
  id: z.number().int(), occurrenceId: z.number().int(), article: articleRef, span, trigger: span, sentence: z.string(),
  type: s, mode: s, category: s, cameo: s, quad: n, goldstein: n, actor: actorRef.nullable(), target: actorRef.nullable(),
  place: z.object({ text: z.string(), name: s, country: s, lat: n, lon: n }).nullable(),
  date: s, day: s, negated: z.boolean(), hedged: z.boolean(), future: z.boolean(),
  acled: z.object({ type: z.string(), subType: z.string() }).nullable(),
});

export const quoteRow = z.object({
  id: z.number().int(), article: articleRef, span, kind: z.string(),
  speaker: span.extend({ actor: actorRef.nullable() }).nullable(), cue: span.nullable(),
});

export const figureRow = z.object({
  id: z.number().int(), article: articleRef, span, sentence: z.string(), value: z.number(), valueHigh: n, approx: z.string(),
  unit: s, category: z.string(), subject: s, country: s, day: s,
});

export const actorRow = z.object({
  id: z.number().int(), name: z.string(), kind: s, country: s, sector: s, code: s,
  numArticles: z.number().int(), numMentions: z.number().int(), firstDay: s, lastDay: s,
});

export const searchHit = z.object({ article: articleRef, snippet: z.string().describe('matched words between [ and ]') });

export const countRow = z.object({ key: s, occurrences: z.number().int(), articles: z.number().int() });

/** A page of rows: `next` is the offset (or cursor) of the next page, null on the last one. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), limit: z.number().int(), offset: z.number().int(), next: z.number().int().nullable() });
}

export const articleSummary = articleRef.extend({
  ingestedAt: z.string(), chars: z.number().int(), lead: z.string().describe('the first sentence'),
  counts: z.object({ actors: z.number().int(), events: z.number().int(), quotes: z.number().int(), figures: z.number().int(), places: z.number().int() }),
});

export const articlePage = z.object({ items: z.array(articleSummary), limit: z.number().int(), next: z.number().int().nullable() });

/** The analysis format (docs/analysis-format.md); its inner layers are described there. */
export const analysisJson = z.looseObject({
  id: z.string(), publishedAt: s, language: z.string(), text: z.string(),
  sentences: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  entities: z.array(z.unknown()), actors: z.array(z.unknown()), quotes: z.array(z.unknown()), figures: z.array(z.unknown()),
  times: z.array(z.unknown()), places: z.array(z.unknown()), events: z.array(z.unknown()),
  tone: z.object({ score: z.number(), positive: z.number(), negative: z.number() }),
  diagnostics: z.array(z.unknown()), versions: z.record(z.string(), z.string()), formatVersion: z.number().int(),
});

export const storedArticle = z.object({
  id: z.number().int(), origin: z.string(), source: s, url: s, title: s, publishedAt: s, text: z.string(), contentHash: z.string(),
  ingestedAt: z.string(), analysis: analysisJson.nullable(),
  /** Store actor id for each actor of the analysis (a1 → 17), so that the page can link them. */
  actorIds: z.record(z.string(), z.number().int()),
});

export const saveResult = z.object({
  status: z.enum(['stored', 'existing', 'duplicate']), id: z.number().int(), by: z.enum(['url', 'content']).optional(),
  url: z.string().describe('where the stored article is read'),
});

export const actorProfile = z.object({
  actor: actorRow,
  /** Mentions per day of publication, over the articles read (see `articlesRead`). */
  timeline: z.array(z.object({ day: z.string(), mentions: z.number().int(), articles: z.number().int() })),
  quotes: z.array(quoteRow),
  asActor: z.array(eventRow),
  asTarget: z.array(eventRow),
  coActors: z.array(z.object({ id: z.number().int().nullable(), name: z.string(), code: s, articles: z.number().int() })),
  /** Articles whose analysis was read for the timeline and co-actors, and whether that was all of them. */
  articlesRead: z.number().int(),
  complete: z.boolean(),
});

export const network = z.object({
  nodes: z.array(z.object({ id: z.number().int(), name: z.string(), code: s, country: s, events: z.number().int() })),
  edges: z.array(z.object({
    source: z.number().int(), target: z.number().int(), events: z.number().int().describe('distinct occurrences'),
    mentions: z.number().int(), quad: z.number().int().nullable().describe('the most frequent quad class (1-4)'),
    quads: z.array(z.number().int()).length(4).describe('occurrences by quad class 1, 2, 3, 4'),
  })),
  eventsRead: z.number().int(),
  complete: z.boolean(),
});

export const stats = z.object({
  articles: z.number().int(),
  facts: z.record(z.string(), z.number().int()),
  byDay: z.array(countRow), byType: z.array(countRow), byCountry: z.array(countRow), byActor: z.array(countRow),
});

export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
