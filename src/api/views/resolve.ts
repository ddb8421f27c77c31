import type { Actor } from '../../analysis/format.js';
import { actorKey } from '../../store/facts.js';
import type { Store } from '../../store/types.js';

/**
 * Store ids of actors named in an analysis. The store merges actors across
 * articles by code and normalized name (actorKey), so the same key finds the
 * stored actor: looked up by name (and code), then checked key for key.
 */
export async function storeActorIds(store: Store, actors: readonly Pick<Actor, 'id' | 'name' | 'code'>[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const byKey = new Map<string, number>();
  await Promise.all(actors.map(async (a) => {
    const key = actorKey(a.name, a.code);
    let id = byKey.get(key);
    if (id === undefined) {
      const rows = await store.actors({ name: a.name, ...(a.code ? { code: a.code } : {}), limit: 100 });
      id = rows.find((r) => actorKey(r.name, r.code) === key)?.id;
      if (id !== undefined) byKey.set(key, id);
    }
    if (id !== undefined) out[a.id] = id;
  }));
  return out;
}
