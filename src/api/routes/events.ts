import type { EventQuery, Store } from '../../store/types.js';
import { eventsQuery, networkQuery, statsQuery } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { eventRow, network, pageOf, stats } from '../shapes.js';
import { buildNetwork } from '../views/network.js';
import { paged } from './page.js';

/** Most events read to draw the network. */
export const NETWORK_EVENTS = 10_000;

const FILTERS = 'Hedged ("may have") and negated ("did not") events are left out unless `modality` asks for them.';

type Filters = { type?: string | undefined; actor?: string | undefined; target?: string | undefined; country?: string | undefined;
  from?: string | undefined; to?: string | undefined; modality: EventQuery['modality']; article?: number | undefined };

function eventQuery(q: Filters): EventQuery {
  const out: Record<string, unknown> = {};
  for (const k of ['type', 'actor', 'target', 'country', 'from', 'to', 'modality', 'article'] as const) {
    if (q[k] !== undefined) out[k] = q[k];
  }
  return out as EventQuery;
}

export const eventRoutes: Route[] = [
  defineRoute({
    method: 'GET', path: '/api/events', tag: 'events', summary: 'Event mentions, by day, each with its article, words and sentence',
    description: FILTERS, query: eventsQuery, errors: ['usage'],
    responses: { 200: { description: 'a page of events', schema: pageOf(eventRow) } },
    async handle({ query, api }) {
      return { body: await paged(query, (limit, offset) => api.store.events({ ...eventQuery(query), limit, offset })) };
    },
  }),
  defineRoute({
    method: 'GET', path: '/api/stats', tag: 'events', summary: 'Counts of event occurrences by day, type, country and actor, and of stored facts',
    description: `Occurrences: the same event told by several articles counts once. ${FILTERS}`,
    query: statsQuery, errors: ['usage'],
    responses: { 200: { description: 'the counts', schema: stats } },
    async handle({ query, api }) {
      const q = eventQuery(query);
      return { body: await api.cache.get(`stats ${JSON.stringify(q)}`, () => statsOf(api.store, q)) };
    },
  }),
  defineRoute({
    method: 'GET', path: '/api/network', tag: 'events', summary: 'Who acts on whom: actors, and edges weighted by event occurrences',
    description: `An edge's colour class is its most frequent quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict). At most ${NETWORK_EVENTS} events are read (\`complete\` says whether that was all). ${FILTERS}`,
    query: networkQuery, errors: ['usage'],
    responses: { 200: { description: 'the network', schema: network } },
    async handle({ query, api }) {
      const q = eventQuery(query);
      return {
        body: await api.cache.get(`network ${query.nodes} ${JSON.stringify(q)}`, async () => {
          const events = await api.store.events({ ...q, limit: NETWORK_EVENTS });
          return { ...buildNetwork(events, query.nodes), eventsRead: events.length, complete: events.length < NETWORK_EVENTS };
        }),
      };
    },
  }),
];

async function statsOf(store: Store, q: EventQuery) {
  const [status, byDay, byType, byCountry, byActor] = await Promise.all([
    store.status(),
    store.countEvents({ ...q, limit: 10_000 }, 'day'),
    store.countEvents({ ...q, limit: 100 }, 'type'),
    store.countEvents({ ...q, limit: 300 }, 'country'),
    store.countEvents({ ...q, limit: 100 }, 'actor'),
  ]);
  return { articles: status.articles, facts: status.facts, byDay, byType, byCountry, byActor };
}
