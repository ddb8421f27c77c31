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

/** GET `url`; throws FetchFailure on a network error, a non-2xx status, or a body larger than `maxBytes`. */
export async function fetchPage(url: string, maxBytes: number, timeoutMs = 30_000): Promise<Fetched> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': USER_AGENT } });
  } catch (err) {
    throw new FetchFailure('fetch-failed', `${url}: ${(err as Error).message}`);
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
