import { figuresQuery, quotesQuery, searchQuery } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { figureRow, pageOf, quoteRow, searchHit } from '../shapes.js';
import { clean } from './actors.js';
import { paged } from './page.js';

export const factRoutes: Route[] = [
  defineRoute({
    method: 'GET', path: '/api/quotes', tag: 'quotes', summary: 'Quotes, newest articles first, each with its speaker and words',
    query: quotesQuery, errors: ['usage'],
    responses: { 200: { description: 'a page of quotes', schema: pageOf(quoteRow) } },
    async handle({ query, api }) {
      const { limit: _l, offset: _o, actor, ...rest } = query;
      const q = clean({ ...rest, actorId: actor });
      return { body: await paged(query, (limit, offset) => api.store.quotes({ ...q, limit, offset })) };
    },
  }),
  defineRoute({
    method: 'GET', path: '/api/figures', tag: 'figures', summary: 'Figures (counts, sums, shares) by day, each with its sentence',
    description: "A figure's country is that of a place named in its sentence, else the article's most named country.",
    query: figuresQuery, errors: ['usage'],
    responses: { 200: { description: 'a page of figures', schema: pageOf(figureRow) } },
    async handle({ query, api }) {
      const { limit: _l, offset: _o, ...rest } = query;
      return { body: await paged(query, (limit, offset) => api.store.figures({ ...clean(rest), limit, offset })) };
    },
  }),
  defineRoute({
    method: 'GET', path: '/api/search', tag: 'search', summary: 'Full-text search of the articles, best matches first',
    query: searchQuery, errors: ['usage'],
    responses: { 200: { description: 'a page of matching articles', schema: pageOf(searchHit) } },
    async handle({ query, api }) {
      return { body: await paged(query, (limit, offset) => api.store.search({ text: query.q, limit, offset })) };
    },
  }),
];
