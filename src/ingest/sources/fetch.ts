/** A page fetched over HTTP(S), with its body bounded. */
export interface Fetched {
  readonly url: string;
  readonly contentType: string | null;
  readonly body: Buffer;
}

export class FetchFailure extends Error {
  readonly reason: 'fetch-failed' | 'input-too-large';
  constructor(reason: 'fetch-failed' | 'input-too-large', message: string) {
    super(message);
    this.reason = reason;
  }
}

const USER_AGENT = 'newsgraph/0.1 (news analysis; offline-first)';

/** Errors of a connection that closed before any answer: a kept-alive socket the server had just closed. */
const RETRYABLE = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

function isConnectionReset(err: unknown): boolean {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && RETRYABLE.has(cause.code);
}

/**
 * GET `url`; throws FetchFailure on a network error, a non-2xx status, or a
 * body larger than `maxBytes`. A GET whose connection is reset before any
 * answer (a reused keep-alive socket the server closed meanwhile) is tried
 * once more, as browsers do.
 */
export async function fetchPage(url: string, maxBytes: number, timeoutMs = 30_000): Promise<Fetched> {
  let res: Response;
  const get = () => fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': USER_AGENT } });
  try {
    res = await get().catch((err: unknown) => (isConnectionReset(err) ? get() : Promise.reject(err)));
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    throw new FetchFailure('fetch-failed', `${url}: ${(err as Error).message}${cause ? ` (${cause})` : ''}`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchFailure('fetch-failed', `${url}: HTTP status ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchFailure('input-too-large', `${url}: ${declared} bytes, more than the limit of ${maxBytes}`);
  }
  const parts: Buffer[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (err) {
        throw new FetchFailure('fetch-failed', `${url}: ${(err as Error).message}`);
      }
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FetchFailure('input-too-large', `${url}: more than the limit of ${maxBytes} bytes`);
      }
      parts.push(Buffer.from(chunk.value));
    }
  }
  return { url: res.url || url, contentType: res.headers.get('content-type'), body: Buffer.concat(parts) };
}
