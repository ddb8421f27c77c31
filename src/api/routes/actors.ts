import { notFound } from '../errors.js';
import { actorQuery, actorsQuery } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { actorProfile as profileShape, actorRow, pageOf } from '../shapes.js';
import { actorProfile } from '../views/profile.js';
import { paged } from './page.js';

export const actorRoutes: Route[] = [
  defineRoute({
    method: 'GET', path: '/api/actors', tag: 'actors', summary: 'Actors merged across articles, most written about first',
    query: actorsQuery, errors: ['usage'],
    responses: { 200: { description: 'a page of actors', schema: pageOf(actorRow) } },
    async handle({ query, api }) {
      const { limit: _l, offset: _o, ...filters } = query;
      return { body: await paged(query, (limit, offset) => api.store.actors({ ...clean(filters), limit, offset })) };
    },
  }),
  defineRoute({
    method: 'GET', path: '/api/actors/:id', tag: 'actors',
    summary: 'One actor: mentions by day, quotes, events as actor and as target, actors named beside it',
    query: actorQuery, errors: ['usage', 'not-found'],
    responses: { 200: { description: 'the actor and its profile', schema: profileShape } },
    async handle({ params, query, api }) {
      const p = await api.cache.get(`actor ${params.id} ${query.modality}`, () => actorProfile(api.store, params.id!, query.modality, api.actorIds));
      if (!p) throw notFound(`actor ${params.id}`);
      return { body: p };
    },
  }),
];

/** The object without its undefined fields. */
export function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
