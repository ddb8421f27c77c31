import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './errors.js';
import { InputError } from '../errors.js';

/**
 * Headers sent with every response. The page's scripts and styles come only
 * from this server ('self'): no inline script can run, whatever an article's
 * text holds, and the page cannot be framed.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
    "font-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...SECURITY_HEADERS, ...headers,
    'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(data.length), 'Cache-Control': 'no-store',
  });
  res.end(data);
}

/**
 * The request body as text, refused with 413 past `limit` bytes: at once when
 * Content-Length says so, otherwise as soon as the bytes read pass it; 422
 * when the bytes are not UTF-8.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  try {
    return strictUtf8.decode(Buffer.concat(chunks));
  } catch {
    // Decoding with replacement characters would store a changed text without a word said.
    throw new InputError('input-encoding', 'the request body is not valid UTF-8; send the article as UTF-8');
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function tooLarge(limit: number): ApiError {
  return new ApiError('body-too-large', `the request body is larger than the limit of ${limit} bytes`, { Connection: 'close' });
}

/** A JSON request body, parsed; 415 for another media type, 400 for text that is not JSON. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError('unsupported-media-type', `send the body as application/json (got ${type ? `"${type}"` : 'no Content-Type'})`);
  }
  const text = await readBody(req, limit);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ApiError('usage', `the body is not JSON: ${(err as Error).message}`);
  }
}

/** Parse a size such as 2mb, 512kb or 100000 (bytes). */
export function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(v.trim());
  if (!m) throw new Error(`"${v}" is not a size (examples: 2mb, 512kb, 100000)`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Math.floor(Number(m[1]) * mult);
}
