import { createServer } from 'node:net';
import type { Writable } from 'node:stream';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_MAX_BODY, startServer, type RunningServer } from '../api/server.js';
import { createEngine, type Engine } from '../engine/engine.js';
import { UsageError } from '../errors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { checkDbName, requireExistingStore } from './db.js';
import { EXIT } from './exit.js';

export interface ServeOptions {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  readonly maxBody?: number;
}

export interface ServeIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** Resolves when the server should stop (SIGINT, SIGTERM). */
  readonly stopped: Promise<void>;
}

/** A --port value: 0-65535. */
export function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`--port must be a port number (0-65535), not "${v}"`);
  return n;
}

/** Loopback addresses: the only ones the server binds to without a warning. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Resolves on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<void> {
  return new Promise((ok) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      ok();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Listen errors as usage errors that say which option to change. */
function listenError(err: unknown, opts: { host: string; port: number }): unknown {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') return new UsageError(`port ${opts.port} on ${opts.host} is in use: pass another --port`);
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') return new UsageError(`cannot listen on --host ${opts.host}: no such local address`);
  return err;
}

/** Fails as `serveStore` would if --host/--port cannot be listened on: checked before slow work (the demo's analysis). */
export async function checkCanListen(opts: { host: string; port: number }): Promise<void> {
  const probe = createServer();
  try {
    await new Promise<void>((ok, fail) => {
      probe.once('error', fail);
      probe.listen(opts.port, opts.host, ok);
    });
  } catch (err) {
    throw listenError(err, opts);
  }
  await new Promise<void>((ok) => probe.close(() => ok()));
}

/** Serve `store` until stopped, printing where; closes the server and the store after. */
export async function serveStore(store: Store, opts: ServeOptions, io: ServeIo, engine?: Engine): Promise<number> {
  const token = io.env.NEWSGRAPH_TOKEN?.trim() || null;
  let running: RunningServer;
  try {
    running = await startServer({ store, host: opts.host, port: opts.port, token, maxBody: opts.maxBody ?? DEFAULT_MAX_BODY, ...(engine ? { engine } : {}) });
  } catch (err) {
    await store.close();
    throw listenError(err, opts);
  }
  if (!isLoopback(opts.host)) {
    io.stderr.write(`newsgraph: warning: listening on ${opts.host}: anyone who can reach it can read the store\n`);
  }
  io.stdout.write(`newsgraph: serving ${store.location}\n`);
  io.stdout.write(`  web page  ${running.url}/\n  API       ${running.url}/api/  (document: ${running.url}/openapi.json)\n`);
  io.stdout.write(token ? '  writes    POST /api/articles with "Authorization: Bearer $NEWSGRAPH_TOKEN"\n' : '  writes    off (set NEWSGRAPH_TOKEN to accept POST /api/articles)\n');
  io.stdout.write('Press Ctrl+C to stop.\n');
  await io.stopped;
  await running.close();
  await store.close();
  return EXIT.ok;
}

/** `newsgraph serve`: the HTTP API and the web page over a store (which must exist unless writes are on). With a write token, the engine is built before listening. */
export async function serveCommand(opts: ServeOptions, io: ServeIo): Promise<number> {
  // Without a write token nothing can ever be stored: a missing store is a mistyped --db.
  if (io.env.NEWSGRAPH_TOKEN?.trim()) checkDbName(opts.db);
  else requireExistingStore(opts.db);
  const store = await openStore(opts.db);
  let engine: Engine | undefined;
  if (io.env.NEWSGRAPH_TOKEN?.trim()) {
    try {
      engine = createEngine();
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return serveStore(store, opts, io, engine);
}
