import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEngine, type Engine } from '../engine/engine.js';
import type { Store } from '../store/types.js';
import { TtlCache } from './cache.js';
import { ApiError, errorResponse } from './errors.js';
import { SECURITY_HEADERS, sendJson } from './http.js';
import { openApiDocument } from './openapi.js';
import { describeIssues, idParam, parseParams } from './params.js';
import { Router, type ApiContext, type Route } from './route.js';
import { actorRoutes } from './routes/actors.js';
import { articleRoutes } from './routes/articles.js';
import { eventRoutes } from './routes/events.js';
import { factRoutes } from './routes/facts.js';
import { defaultWebRoot, serveStatic } from './static.js';

export const API_VERSION = '1.0.0';
/** Counts, the network and actor pages are recomputed at most this often (a store being ingested into shows new facts after it). */
export const DEFAULT_CACHE_MS = 30_000;
/** Default largest request body: 2 MB, far above a news article. */
export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

export const ROUTES: readonly Route[] = [...articleRoutes, ...eventRoutes, ...actorRoutes, ...factRoutes];

export interface ApiOptions {
  readonly store: Store;
  /** The write token; null or undefined turns writes off. */
  readonly token?: string | null;
  readonly maxBody?: number;
  /** An engine to analyse posted articles; built on the first write when not given. */
  readonly engine?: Engine;
  /** Folder of the built web page; defaults to dist/web. */
  readonly webRoot?: string;
  /** How long counts, the network and actor pages are kept, in ms (default 30 s; 0: not kept). */
  readonly cacheMs?: number;
  /** Where faults are logged (default: standard error). */
  readonly log?: (line: string) => void;
}

/** The request handler of the API and the web page (usable with any node:http server). */
export function createHandler(options: ApiOptions): (req: IncomingMessage, res: ServerResponse) => void {
  let engine = options.engine;
  const api: ApiContext = {
    store: options.store,
    engine: () => (engine ??= createEngine()),
    token: options.token ? options.token : null,
    maxBody: options.maxBody ?? DEFAULT_MAX_BODY,
    cache: new TtlCache(options.cacheMs ?? DEFAULT_CACHE_MS, 200),
    actorIds: new TtlCache(10 * 60_000, 20_000),
  };
  const router = new Router(ROUTES);
  const openapi = JSON.stringify(openApiDocument(ROUTES, API_VERSION));
  const webRoot = options.webRoot ?? defaultWebRoot();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  return (req, res) => {
    handle(req, res).catch((err: unknown) => {
      const r = errorResponse(err);
      if (r.status >= 500) log(`newsgraph serve: ${req.method} ${req.url}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // A body cut off unread (413): close the connection once the answer is sent.
      if (r.headers.Connection === 'close') res.once('finish', () => req.destroy());
      sendJson(res, r.status, r.body, r.headers);
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/openapi.json') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new ApiError('method-not-allowed', `${path} takes GET`, { Allow: 'GET' });
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : openapi);
      return;
    }
    if (path === '/api' || path.startsWith('/api/')) {
      let match;
      try {
        match = router.match(req.method ?? 'GET', path);
      } catch (err) {
        if (err instanceof URIError) throw new ApiError('usage', `the path ${path} is not well encoded`);
        throw err;
      }
      if (!match) throw new ApiError('not-found', `no endpoint ${path}: /openapi.json lists them`);
      const params: Record<string, number> = {};
      for (const [k, v] of Object.entries(match.params)) {
        const r = idParam.safeParse(v);
        if (!r.success) throw new ApiError('usage', `${describeIssues(r.error.issues, 'path parameter')} (got "${v}")`);
        params[k] = r.data;
      }
      const query = parseParams(match.route.query, queryObject(url.searchParams));
      const reply = await match.route.handle({ query, params, req, api });
      sendJson(res, reply.status ?? 200, reply.body, reply.headers);
      return;
    }
    if (serveStatic(webRoot, req, res, path)) return;
    throw new ApiError('not-found', `no page ${path}`);
  }
}

/** Query parameters as an object; a parameter given twice is a 400. */
function queryObject(sp: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of sp) {
    if (k in out) throw new ApiError('usage', `parameter "${k}" is given more than once`);
    out[k] = v;
  }
  return out;
}

export interface RunningServer {
  readonly server: Server;
  /** http://host:port */
  readonly url: string;
  close(): Promise<void>;
}

/** Listen on host:port (port 0: any free port). */
export async function startServer(options: ApiOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const server = createServer({ requestTimeout: 60_000, headersTimeout: 20_000 }, createHandler(options));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `http://${host}:${addr.port}`,
    close: () => new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}
