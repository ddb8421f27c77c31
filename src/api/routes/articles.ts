import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { contentHash } from '../../store/keys.js';
import { toStorable } from '../../store/prepare.js';
import type { StoredArticle } from '../../store/types.js';
import { ApiError, notFound } from '../errors.js';
import { readJson } from '../http.js';
import { articleBody, articlesQuery, describeIssues, noQuery } from '../params.js';
import { defineRoute, type ApiContext, type Route } from '../route.js';
import { articlePage, saveResult, storedArticle } from '../shapes.js';
import { storeActorIds } from '../views/resolve.js';

export const articleRoutes: Route[] = [
  defineRoute({
    method: 'GET', path: '/api/articles', tag: 'articles', summary: 'Stored articles, oldest first (cursor paging by id)',
    query: articlesQuery, errors: ['usage'],
    responses: { 200: { description: 'a page of articles', schema: articlePage } },
    async handle({ query, api }) {
      const rows = await api.store.articles(query.after, query.limit + 1);
      const items = rows.slice(0, query.limit).map(summary);
      return { body: { items, limit: query.limit, next: rows.length > query.limit ? items[items.length - 1]!.id : null } };
    },
  }),
  defineRoute({
    method: 'GET', path: '/api/articles/:id', tag: 'articles', summary: 'One stored article with its analysis',
    description: 'The text, the analysis (docs/analysis-format.md) whose spans point into that text, and the store id of each of its actors.',
    query: noQuery, errors: ['usage', 'not-found'],
    responses: { 200: { description: 'the article', schema: storedArticle } },
    async handle({ params, api }) {
      const a = await api.store.article(params.id!);
      if (!a) throw notFound(`article ${params.id}`);
      const actorIds = a.analysis ? await storeActorIds(api.store, a.analysis.actors, api.actorIds) : {};
      return { body: { ...a, actorIds } };
    },
  }),
  defineRoute({
    method: 'POST', path: '/api/articles', tag: 'articles', auth: true, summary: 'Analyse an article and store it',
    description: 'Needs `Authorization: Bearer <token>`, the token the server was started with (NEWSGRAPH_TOKEN). '
      + 'The same text posted again answers `existing`; another article with the same URL or text answers `duplicate`.',
    query: noQuery, body: articleBody,
    errors: ['usage', 'unauthorized', 'forbidden', 'unsupported-media-type', 'body-too-large', 'input-empty', 'input-binary', 'input-encoding'],
    responses: {
      201: { description: 'analysed and stored', schema: saveResult },
      200: { description: 'stored already (existing), or a duplicate of a stored article', schema: saveResult },
    },
    async handle({ req, api }) {
      authorize(req, api);
      const raw = await readJson(req, api.maxBody);
      const parsed = articleBody.safeParse(raw);
      if (!parsed.success) throw new ApiError('usage', describeIssues(parsed.error.issues, 'field'));
      const b = parsed.data;
      const analysis = api.engine().analyze({
        ...(b.id !== undefined ? { id: String(b.id) } : {}), text: b.text, title: b.title ?? null, url: b.url ?? null, publishedAt: b.publishedAt ?? null,
      }).toJSON();
      const { article, record } = toStorable(analysis, { origin: `api:${contentHash(analysis.text)}`, source: b.source ?? null });
      const saved = await api.store.save(article, record);
      if (saved.status === 'stored') api.cache.clear();
      const url = `/api/articles/${saved.id}`;
      return { status: saved.status === 'stored' ? 201 : 200, headers: { Location: url }, body: { ...saved, url } };
    },
  }),
];

/** A list entry: the article without its text and analysis, with its lead sentence and fact counts. */
function summary(a: StoredArticle) {
  const an = a.analysis;
  const first = an?.sentences[0];
  const lead = (first ? a.text.slice(first.start, first.end) : a.text.slice(0, 240)).replace(/\s+/g, ' ').trim();
  return {
    id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, source: a.source, ingestedAt: a.ingestedAt, chars: a.text.length,
    lead: lead.length > 300 ? `${lead.slice(0, 299)}…` : lead,
    counts: {
      actors: an?.actors.length ?? 0, events: an?.events.length ?? 0, quotes: an?.quotes.length ?? 0,
      figures: an?.figures.length ?? 0, places: an?.places.length ?? 0,
    },
  };
}

/** Writes need the server's token: 403 when the server has none, 401 when the request lacks it or has another. */
function authorize(req: IncomingMessage, api: ApiContext): void {
  if (api.token === null) {
    throw new ApiError('forbidden', 'writes are turned off on this server: start it with NEWSGRAPH_TOKEN set to enable POST /api/articles');
  }
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const challenge = { 'WWW-Authenticate': 'Bearer realm="newsgraph"' };
  if (!m) throw new ApiError('unauthorized', 'writes need the header "Authorization: Bearer <token>" with the token the server was started with', challenge);
  const digest = (s: string) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(digest(m[1]!), digest(api.token))) throw new ApiError('unauthorized', 'the bearer token is not the one this server was started with', challenge);
}
