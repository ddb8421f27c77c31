import type { Actor } from '../../analysis/format.js';
import { actorKey } from '../../store/facts.js';
import { isMergedForm } from '../../store/merge.js';
import type { Store } from '../../store/types.js';
import type { TtlCache } from '../cache.js';

const MISSING = Symbol('missing');

/**
 * Store ids of actors named in an analysis. The store merges actors across
 * articles by code and normalized name (actorKey), so the same key finds the
 * stored actor: looked up by name (and code), then checked key for key; a
 * person named by a shorter form ("Putin") is the stored person it was
 * merged into ("Vladimir Putin").
 * Ids never change, so a cache keeps them (misses are asked again).
 */
export async function storeActorIds(
  store: Store, actors: readonly (Pick<Actor, 'id' | 'name' | 'code'> & { readonly kind?: string | null })[], cache?: TtlCache,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const find = async (name: string, code: string | null, key: string, kind: string | null): Promise<number> => {
    const rows = await store.actors({ name, ...(code ? { code } : {}), limit: 100 });
    // The same key, else the one stored person a shorter form of the name was merged into (store/merge.ts).
    const merged = rows.filter((r) => isMergedForm({ name, kind, code }, r));
    const id = rows.find((r) => actorKey(r.name, r.code) === key)?.id ?? (merged.length === 1 ? merged[0]!.id : undefined);
    // A miss is not kept: the actor may be stored by the next write.
    if (id === undefined) throw MISSING;
    return id;
  };
  await Promise.all(actors.map(async (a) => {
    const key = actorKey(a.name, a.code);
    try {
      const kind = a.kind ?? null;
      out[a.id] = cache ? await cache.get(`actor-id ${key}`, () => find(a.name, a.code, key, kind)) : await find(a.name, a.code, key, kind);
    } catch (err) {
      if (err !== MISSING) throw err;
    }
  }));
  return out;
}
