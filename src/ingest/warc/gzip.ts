import { once } from 'node:events';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import zlib from 'node:zlib';

/**
 * A .gz file read gzip member by member, as WARC.gz files are written (one
 * member per record): a damaged member is reported with its offset and the
 * reader goes on at the next member, instead of losing the rest of the file.
 * A member is inflated in one call when it fits in a small window (the usual
 * case), and streamed otherwise, so a file that is one huge member is read in
 * bounded memory too.
 */

export type GzipEvent =
  | { readonly type: 'member'; readonly offset: number }
  | { readonly type: 'data'; readonly chunk: Buffer }
  | { readonly type: 'broken'; readonly offset: number; readonly message: string }
  /** Compressed bytes read so far (for progress). */
  | { readonly type: 'progress'; readonly position: number };

const MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const WINDOW = 1 << 20;
const FAST_OUTPUT = 8 << 20;
const CHUNK = 1 << 20;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** Length of the gzip header at the start of `b` (RFC 1952), or null if it is not a complete header. */
export function gzipHeaderLength(b: Buffer): number | null {
  if (b.length < 10 || b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) return null;
  const flags = b[3]!;
  let p = 10;
  if (flags & 4) {
    if (b.length < p + 2) return null;
    p += 2 + b.readUInt16LE(p);
  }
  for (const bit of [8, 16]) {
    if (flags & bit) {
      const z = b.indexOf(0, p);
      if (z === -1) return null;
      p = z + 1;
    }
  }
  if (flags & 2) p += 2;
  return p <= b.length ? p : null;
}

export async function* gzipMembers(path: string): AsyncGenerator<GzipEvent> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    let pos = 0;
    while (pos < size) {
      const head = await readAt(fh, pos, Math.min(WINDOW, size - pos));
      const hlen = gzipHeaderLength(head);
      if (hlen === null) {
        const next = await findMagic(fh, pos + 1, size);
        yield { type: 'broken', offset: pos, message: `no gzip member at byte ${pos}` };
        if (next === -1) break;
        pos = next;
        continue;
      }
      yield { type: 'member', offset: pos };
      const dataStart = pos + hlen;
      const window = head.length - hlen >= WINDOW / 2 || pos + head.length >= size ? head.subarray(hlen) : await readAt(fh, dataStart, WINDOW);
      let consumed: number | null = null;
      try {
        const r = zlib.inflateRawSync(window, { info: true, maxOutputLength: FAST_OUTPUT }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
        const used = r.engine.bytesWritten;
        if (!(await trailerMatches(fh, dataStart + used, zlib.crc32(r.buffer), r.buffer.length))) throw Object.assign(new Error('its checksum does not match'), { code: 'CRC' });
        consumed = used;
        yield { type: 'data', chunk: r.buffer };
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const cut = code === 'Z_BUF_ERROR' && dataStart + window.length < size;
        if (!cut && code !== 'ERR_BUFFER_TOO_LARGE') {
          const next = await findMagic(fh, pos + 1, size);
          yield { type: 'broken', offset: pos, message: `gzip member at byte ${pos} is damaged: ${(err as Error).message}` };
          if (next === -1) break;
          pos = next;
          continue;
        }
      }
      if (consumed === null) {
        const streamed = yield* inflateStreaming(fh, dataStart, size);
        if (streamed === null) {
          const next = await findMagic(fh, pos + 1, size);
          yield { type: 'broken', offset: pos, message: `gzip member at byte ${pos} is damaged or cut short` };
          if (next === -1) break;
          pos = next;
          continue;
        }
        consumed = streamed;
      }
      pos = dataStart + consumed + 8;
      yield { type: 'progress', position: Math.min(pos, size) };
    }
  } finally {
    await fh.close();
  }
}

/** Inflate one member from `start`, yielding its output; the compressed bytes it took, or null when it is damaged. */
async function* inflateStreaming(fh: FileHandle, start: number, size: number): AsyncGenerator<GzipEvent, number | null> {
  const inf = zlib.createInflateRaw();
  let crc = 0;
  let length = 0;
  let ended = false;
  let failed = false;
  const endOrError = new Promise<void>((resolve) => {
    inf.once('end', () => { ended = true; resolve(); });
    inf.once('error', () => { failed = true; resolve(); });
  });
  const feed = (async () => {
    let p = start;
    while (!ended && !failed) {
      const chunk = await readAt(fh, p, Math.min(CHUNK, size - p));
      if (chunk.length === 0) { inf.end(); break; }
      p += chunk.length;
      if (!inf.write(chunk)) await Promise.race([once(inf, 'drain'), endOrError]);
    }
  })();
  try {
    for await (const out of inf) {
      crc = zlib.crc32(out as Buffer, crc);
      length += (out as Buffer).length;
      yield { type: 'data', chunk: out as Buffer };
    }
  } catch {
    failed = true;
  }
  await feed.catch(() => { failed = true; });
  if (failed || !ended) return null;
  return (await trailerMatches(fh, start + inf.bytesWritten, crc, length)) ? inf.bytesWritten : null;
}

/** True when the member's trailer (CRC-32 and length mod 2^32) matches what was inflated. */
async function trailerMatches(fh: FileHandle, at: number, crc: number, length: number): Promise<boolean> {
  const t = await readAt(fh, at, 8);
  return t.length === 8 && t.readUInt32LE(0) === crc >>> 0 && t.readUInt32LE(4) === length % 2 ** 32;
}

/** Offset of the next gzip magic number at or after `from`, or -1. */
async function findMagic(fh: FileHandle, from: number, size: number): Promise<number> {
  let p = from;
  while (p < size) {
    const buf = await readAt(fh, p, Math.min(CHUNK + 2, size - p));
    const at = buf.indexOf(MAGIC);
    if (at !== -1) return p + at;
    if (buf.length <= 2) break;
    p += buf.length - 2;
  }
  return -1;
}
