import { InputError } from '../errors.js';
import { looksBinary } from './article.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text: strict UTF-8, refusing empty, binary and mis-encoded input with a clear message. */
export function decodeBytes(buf: Uint8Array, what: string): string {
  if (buf.length === 0) throw new InputError('input-empty', `${what} is empty`);
  const head = buf.subarray(0, Math.min(buf.length, 65536));
  if (head.includes(0)) throw new InputError('input-binary', `${what} is binary (it holds NUL bytes), not text`);
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new InputError('input-encoding', `${what} is not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first`);
  }
  if (looksBinary(text)) throw new InputError('input-binary', `${what} looks binary (many control characters), not text`);
  if (text.trim() === '') throw new InputError('input-empty', `${what} holds only whitespace`);
  return text;
}

function firstInvalidUtf8(buf: Uint8Array): number {
  // Binary search on the longest valid prefix.
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
