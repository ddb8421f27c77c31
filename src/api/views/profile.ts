import { actorKey } from '../../store/facts.js';
import { isMergedForm } from '../../store/merge.js';
import type { ActorRow, EventRow, ModalityFilter, QuoteRow, Store } from '../../store/types.js';
import type { TtlCache } from '../cache.js';
import { storeActorIds } from './resolve.js';

/** Most rows fetched per list of the profile, and most articles read for the timeline. */
export const PROFILE_LIMITS = { events: 200, quotes: 100, articles: 300, coActors: 15, scanned: 4000 } as const;

export interface ActorProfile {
  actor: ActorRow;
  timeline: { day: string; mentions: number; articles: number }[];
  quotes: QuoteRow[];
  asActor: EventRow[];
  asTarget: EventRow[];
  coActors: { id: number | null; name: string; code: string | null; articles: number }[];
  articlesRead: number;
  complete: boolean;
}

const FULL_CODE = /^[A-Z]{3}[A-Z0-9]{3,12}$/;

/**
 * The events of one actor on one side. The store filters events by code or
 * name, not by actor id: the narrower of the two is asked (a person's name,
 * else a full code such as RUSGOV), page after page, and the rows are kept by
 * id. Returns the rows and whether every candidate was scanned.
 */
async function eventsOf(store: Store, actor: ActorRow, side: 'actor' | 'target', modality: ModalityFilter): Promise<{ rows: EventRow[]; complete: boolean }> {
  const selector = actor.kind !== 'person' && actor.code && FULL_CODE.test(actor.code) ? actor.code : actor.name;
  const rows: EventRow[] = [];
  const page = 500;
  for (let offset = 0; offset < PROFILE_LIMITS.scanned; offset += page) {
    const batch = await store.events({ [side]: selector, modality, limit: page, offset });
    for (const e of batch) if (e[side]?.id === actor.id && rows.length < PROFILE_LIMITS.events) rows.push(e);
    if (batch.length < page) return { rows, complete: true };
    if (rows.length >= PROFILE_LIMITS.events) return { rows, complete: false };
  }
  return { rows, complete: false };
}

/**
 * An actor's page, built on the store's interface alone: its quotes, the
 * events it does and undergoes (queried by its code or name, then kept by
 * id), and — from the analyses of the articles that name it — its mentions
 * by day and the actors named beside it. Articles are found through its
 * events and quotes and a full-text search of its name; at most
 * PROFILE_LIMITS.articles are read (`complete` says whether that was all).
 */
export async function actorProfile(store: Store, id: number, modality: ModalityFilter, idCache?: TtlCache): Promise<ActorProfile | null> {
  const actor = await store.actor(id);
  if (!actor) return null;
  const [asActorScan, asTargetScan, quotes, hits] = await Promise.all([
    eventsOf(store, actor, 'actor', modality),
    eventsOf(store, actor, 'target', modality),
    store.quotes({ actorId: id, limit: PROFILE_LIMITS.quotes }),
    store.search({ text: `"${actor.name.replace(/"/g, ' ')}"`, limit: PROFILE_LIMITS.articles }),
  ]);
  const asActor = asActorScan.rows;
  const asTarget = asTargetScan.rows;

  const articleIds = new Set<number>();
  for (const r of [...asActor, ...asTarget, ...quotes]) articleIds.add(r.article.id);
  for (const h of hits) articleIds.add(h.article.id);
  const ids = [...articleIds].sort((a, b) => b - a);
  const read = ids.slice(0, PROFILE_LIMITS.articles);

  const key = actorKey(actor.name, actor.code);
  const days = new Map<string, { mentions: number; articles: number }>();
  const co = new Map<string, { name: string; code: string | null; articles: number }>();
  const articles = await Promise.all(read.map((a) => store.article(a)));
  for (const art of articles) {
    const analysis = art?.analysis;
    if (!analysis) continue;
    const self = analysis.actors.find((a) => actorKey(a.name, a.code) === key) ?? analysis.actors.find((a) => isMergedForm(a, actor));
    if (!self) continue;
    const day = (art.publishedAt ?? '').slice(0, 10) || 'undated';
    const d = days.get(day) ?? { mentions: 0, articles: 0 };
    d.mentions += self.mentions.length;
    d.articles++;
    days.set(day, d);
    const seen = new Set<string>([key, actorKey(self.name, self.code)]);
    for (const other of analysis.actors) {
      const k = actorKey(other.name, other.code);
      if (seen.has(k)) continue;
      seen.add(k);
      const c = co.get(k) ?? { name: other.name, code: other.code, articles: 0 };
      c.articles++;
      co.set(k, c);
    }
  }
  const top = [...co.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, PROFILE_LIMITS.coActors);
  const coIds = await storeActorIds(store, top.map((c, i) => ({ id: String(i), name: c.name, code: c.code })), idCache);
  return {
    actor,
    timeline: [...days.entries()].map(([day, v]) => ({ day, ...v })).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
    quotes,
    asActor,
    asTarget,
    coActors: top.map((c, i) => ({ id: coIds[String(i)] ?? null, ...c })),
    articlesRead: read.length,
    complete: ids.length <= PROFILE_LIMITS.articles && hits.length < PROFILE_LIMITS.articles && asActorScan.complete && asTargetScan.complete,
  };
}
