import zlib from 'node:zlib';

/** An HTTP response as a WARC response record holds it. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
}

/**
 * Parse an HTTP/1.x response: status line, header fields, body. A chunked
 * body is joined and a gzip/deflate/br body inflated (up to `maxBytes`), as
 * crawlers sometimes store the payload as it came over the wire. Null when
 * the block is not an HTTP response.
 */
export function parseHttpResponse(block: Buffer, maxBytes: number): HttpResponse | null {
  let end = block.indexOf('\r\n\r\n');
  let sep = 4;
  if (end === -1) {
    end = block.indexOf('\n\n');
    sep = 2;
  }
  const headText = (end === -1 ? block : block.subarray(0, end)).toString('latin1');
  const lines = headText.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = end === -1 ? Buffer.alloc(0) : block.subarray(end + sep);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const encoding = (headers.get('content-encoding') ?? '').toLowerCase();
  try {
    if (encoding.includes('gzip')) body = zlib.gunzipSync(body, { maxOutputLength: maxBytes });
    else if (encoding.includes('deflate')) body = zlib.inflateSync(body, { maxOutputLength: maxBytes });
    else if (encoding === 'br') body = zlib.brotliDecompressSync(body, { maxOutputLength: maxBytes });
  } catch {
    // Stored already decoded despite the header: keep the bytes as they are.
  }
  return { status: Number(m[1]), headers, body };
}

function dechunk(b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let p = 0;
  while (p < b.length) {
    const nl = b.indexOf('\r\n', p);
    if (nl === -1) break;
    const size = parseInt(b.subarray(p, nl).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) return b;
    if (size === 0) break;
    parts.push(b.subarray(nl + 2, nl + 2 + size));
    p = nl + 2 + size + 2;
  }
  return parts.length ? Buffer.concat(parts) : b;
}
