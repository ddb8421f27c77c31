import { z } from 'zod';
import { EVENT_CATEGORIES, FIGURE_CATEGORIES, PLOVER_TYPES } from '../analysis/format.js';
import { MODALITY_FILTERS } from '../store/types.js';
import { ApiError } from './errors.js';

/**
 * The query parameters of the read endpoints, as zod schemas: they validate
 * each request and write the parameters of the OpenAPI document.
 */

export const MAX_LIMIT = 500;

const int = (what: string) => z.coerce.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`);

export const pageParams = {
  limit: int('limit').min(1, 'limit must be at least 1').max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`).default(50)
    .describe(`rows per page (1-${MAX_LIMIT})`),
  offset: int('offset').min(0, 'offset must be 0 or more').max(1_000_000, 'offset must be at most 1000000').default(0)
    .describe('rows to skip: the `next` of the previous page'),
};

export const idParam = int('id').min(1, 'id must be a positive integer').max(Number.MAX_SAFE_INTEGER, 'id is too large');

const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);
const day = (what: string) => z.iso.date({ error: `${what} must be a date written YYYY-MM-DD` });
const text = (what: string, max = 200) => z.string({ error: (iss) => (iss.input === undefined ? `${what} is missing` : `${what} must be text`) }).trim().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`);

export const EVENT_KINDS = [...PLOVER_TYPES, ...EVENT_CATEGORIES] as const;

const country = z.preprocess(upper, z.string().regex(/^[A-Z]{3}$/, 'country must be an ISO 3166-1 alpha-3 code such as RUS'))
  .describe('ISO 3166-1 alpha-3 country code (RUS, UKR...)');

const eventType = z.preprocess(upper, z.enum(EVENT_KINDS, {
  error: `type must be a PLOVER type (${PLOVER_TYPES.join(', ')}) or an event category (${EVENT_CATEGORIES.join(', ')})`,
})).describe('PLOVER event type, or an event category for events outside PLOVER');

const checkRange = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
const RANGE_MESSAGE = { message: 'from must not be after to', path: ['from'] };

export const eventFilterParams = {
  type: eventType.optional(),
  actor: text('actor').optional().describe('actor doing it: a country (RUS), a code (RUSGOV) or a name, or part of one (putin)'),
  target: text('target').optional().describe('actor it is done to: country, code or name'),
  country: country.optional().describe("country of the event's place"),
  from: day('from').optional().describe('first day, inclusive (YYYY-MM-DD)'),
  to: day('to').optional().describe('last day, inclusive (YYYY-MM-DD)'),
  modality: z.enum(MODALITY_FILTERS, { error: `modality must be one of ${MODALITY_FILTERS.join(', ')}` }).default('asserted')
    .describe('asserted (default) leaves out hedged and negated events; all takes every event'),
  article: idParam.optional().describe('only the events of this article'),
};

export const eventsQuery = z.strictObject({ ...eventFilterParams, ...pageParams }).refine(checkRange, RANGE_MESSAGE);
export const statsQuery = z.strictObject({ ...eventFilterParams }).refine(checkRange, RANGE_MESSAGE);
export const networkQuery = z.strictObject({
  ...eventFilterParams,
  nodes: int('nodes').min(2, 'nodes must be at least 2').max(300, 'nodes must be at most 300').default(60)
    .describe('most connected actors kept'),
}).refine(checkRange, RANGE_MESSAGE);

export const actorsQuery = z.strictObject({
  name: text('name').optional().describe('part of the name, any case'),
  code: z.preprocess(upper, z.string().regex(/^[A-Z]{3}[A-Z0-9]{0,12}$/, 'code must be a country (RUS) or an actor code (RUSGOV)')).optional()
    .describe('a country (RUS) or an actor code (RUSGOV)'),
  ...pageParams,
});

export const actorQuery = z.strictObject({
  modality: eventFilterParams.modality,
});

export const quotesQuery = z.strictObject({
  speaker: text('speaker').optional().describe("speaker's name, or part of it"),
  actor: idParam.optional().describe('id of the speaking actor'),
  article: idParam.optional().describe('only the quotes of this article'),
  from: day('from').optional(),
  to: day('to').optional(),
  ...pageParams,
}).refine(checkRange, RANGE_MESSAGE);

export const figuresQuery = z.strictObject({
  category: z.preprocess(upper, z.enum(FIGURE_CATEGORIES, { error: `category must be one of ${FIGURE_CATEGORIES.join(', ')}` })).optional()
    .describe('what is counted: ARREST, KILL, PROTEST, MONEY...'),
  country: country.optional(),
  article: idParam.optional(),
  from: day('from').optional(),
  to: day('to').optional(),
  ...pageParams,
}).refine(checkRange, RANGE_MESSAGE);

export const searchQuery = z.strictObject({
  q: text('q', 500).describe('words, and "quoted phrases"; every one must match'),
  ...pageParams,
});

export const articlesQuery = z.strictObject({
  after: int('after').min(0, 'after must be 0 or more').default(0).describe('cursor: the `next` of the previous page (an article id)'),
  limit: pageParams.limit,
});

export const noQuery = z.strictObject({});

/** The body of POST /api/articles. */
export const articleBody = z.strictObject({
  id: z.union([z.string().max(200), z.number()]).optional().describe("the article's id in the analysis (not the store's id)"),
  text: z.string({ error: (iss) => (iss.input === undefined ? 'text is missing' : 'text must be a string') }),
  title: z.string().max(1000, 'title is longer than 1000 characters').nullish(),
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).max(4000).nullish(),
  publishedAt: z.string().max(40).nullish().describe('YYYY-MM-DD or an ISO date-time'),
  source: z.string().max(200).nullish().describe("the publisher; defaults to the URL's host"),
});

/**
 * Validate `input` against `schema`; a 400 naming every bad parameter
 * otherwise. Parameters given as empty strings (an empty form field) count
 * as absent.
 */
export function parseParams<S extends z.ZodType>(schema: S, input: Record<string, string>, what = 'parameter'): z.output<S> {
  const cleaned = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== ''));
  const r = schema.safeParse(cleaned);
  if (r.success) return r.data;
  throw new ApiError('usage', describeIssues(r.error.issues, what));
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], what: string): string {
  return issues.map((i) => {
    if (i.code === 'unrecognized_keys') return `unknown ${what}${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    const path = i.path.join('.');
    return path && !i.message.startsWith(path) ? `${path}: ${i.message}` : i.message;
  }).join('; ');
}
