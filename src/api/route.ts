import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { Engine } from '../engine/engine.js';
import type { Store } from '../store/types.js';
import type { TtlCache } from './cache.js';
import { ApiError } from './errors.js';

/** What the handlers share: the store, the engine for writes, the write token, the body limit. */
export interface ApiContext {
  readonly store: Store;
  /** The engine, built on the first write (loading lexicons and models takes a moment). */
  readonly engine: () => Engine;
  /** The token writes need; null when writes are off (NEWSGRAPH_TOKEN unset). */
  readonly token: string | null;
  readonly maxBody: number;
  /** Costly answers (counts, network, actor pages), kept a short while; cleared by writes. */
  readonly cache: TtlCache;
  /** Store ids of actors by their key (they do not change), kept longer and through writes. */
  readonly actorIds: TtlCache;
}

export interface Request<Q> {
  readonly query: Q;
  /** Path parameters, e.g. { id: 12 } for /api/articles/:id. */
  readonly params: Readonly<Record<string, number>>;
  readonly req: IncomingMessage;
  readonly api: ApiContext;
}

export interface Reply {
  readonly status?: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

/** One endpoint: what the OpenAPI document says of it, and its handler. */
export interface Route<Q extends z.ZodType = z.ZodType> {
  readonly method: 'GET' | 'POST';
  /** '/api/articles/:id': a segment starting with ':' is a positive integer parameter. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly query: Q;
  /** JSON body schema (POST). */
  readonly body?: z.ZodType;
  /** Needs the write token. */
  readonly auth?: boolean;
  /** Success status → description and response schema. */
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema: z.ZodType }>>;
  /** Error codes this endpoint can answer with, for the OpenAPI document. */
  readonly errors: readonly import('./errors.js').ApiErrorCode[];
  handle(r: Request<z.output<Q>>): Promise<Reply>;
}

/** Keeps a route's query type tied to its handler. */
export function defineRoute<Q extends z.ZodType>(r: Route<Q>): Route<Q> {
  return r;
}

export type Match =
  | { readonly route: Route; readonly params: Record<string, string> }
  | null;

/**
 * Finds the route of a method and path. A known path with another method is
 * a 405 naming the allowed ones; an unknown path is null (the caller answers 404).
 */
export class Router {
  readonly routes: readonly Route[];
  readonly #split: readonly (readonly string[])[];

  constructor(routes: readonly Route[]) {
    this.routes = routes;
    this.#split = routes.map((r) => r.path.split('/').filter(Boolean));
  }

  match(method: string, path: string): Match {
    const parts = path.split('/').filter(Boolean);
    const allowed: string[] = [];
    for (let i = 0; i < this.routes.length; i++) {
      const params = matchParts(this.#split[i]!, parts);
      if (!params) continue;
      const route = this.routes[i]!;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, params };
      allowed.push(route.method);
    }
    if (allowed.length) {
      throw new ApiError('method-not-allowed', `${path} takes ${allowed.join(', ')}, not ${method}`, { Allow: allowed.join(', ') });
    }
    return null;
  }
}

function matchParts(pattern: readonly string[], parts: readonly string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (p.startsWith(':')) params[p.slice(1)] = decodeURIComponent(parts[i]!);
    else if (p !== parts[i]) return null;
  }
  return params;
}
