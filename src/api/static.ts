import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from './http.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.ico': 'image/x-icon', '.map': 'application/json',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built web page (npm run build writes it to dist/web): beside this
 * module when running from dist/, else the repository's dist/web.
 */
export function defaultWebRoot(): string {
  const beside = fileURLToPath(new URL('../web/', import.meta.url));
  if (existsSync(join(beside, 'index.html'))) return beside;
  return fileURLToPath(new URL('../../dist/web/', import.meta.url));
}

/**
 * Serves the page's files read-only from `root`; '/' is index.html. Hashed
 * assets are cached for good, index.html never. Paths outside the root are
 * not found. Returns false when no file answers the path.
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const base = resolve(root);
  const rel = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = resolve(base, normalize(rel));
  if (file !== base && !file.startsWith(base + sep)) return false;
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return false;
    size = st.size;
  } catch {
    if (pathname === '/') return missingBundle(res, base);
    return false;
  }
  const immutable = rel.startsWith('assets/');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(size),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  return true;
}

function missingBundle(res: ServerResponse, root: string): true {
  const body = `newsgraph: the web page is not built (no ${join(root, 'index.html')}). Run "npm run build"; the API answers under /api/ meanwhile.\n`;
  res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
  return true;
}
