/**
 * WARC records from a byte stream (ISO 28500: "WARC/1.x" header lines,
 * Content-Length bytes of block, then CRLF CRLF). Push-based: bytes go in as
 * they are read or inflated, complete records come out, so a file of any
 * size is read in bounded memory. A block larger than `maxBlockBytes` is
 * passed over without being kept. Bytes that are not a record are reported
 * once, and the parser looks for the next "WARC/" line.
 */

export interface WarcRecord {
  /** Offset of the record in the (decompressed) stream. */
  readonly offset: number;
  /** Header fields, names in lower case. */
  readonly headers: ReadonlyMap<string, string>;
  /** The block, or null when it was larger than the limit. */
  readonly block: Buffer | null;
  readonly length: number;
}

export interface WarcProblem {
  readonly offset: number;
  readonly problem: string;
}

export type WarcOutput = WarcRecord | WarcProblem;

const MAX_HEADER_BYTES = 1 << 20;
const WARC_LINE = Buffer.from('WARC/');

export class WarcParser {
  readonly #maxBlock: number;
  #buf: Buffer = Buffer.alloc(0);
  /** Offset in the stream of #buf[0]. */
  #pos = 0;
  #state: 'header' | 'block' | 'resync' = 'header';
  #headers: Map<string, string> | null = null;
  #recordOffset = 0;
  #remaining = 0;
  #length = 0;
  #chunks: Buffer[] | null = null;

  constructor(maxBlockBytes: number) {
    this.#maxBlock = maxBlockBytes;
  }

  push(chunk: Buffer): WarcOutput[] {
    this.#buf = this.#buf.length ? Buffer.concat([this.#buf, chunk]) : chunk;
    const out: WarcOutput[] = [];
    for (;;) {
      if (this.#state === 'block') {
        if (!this.#takeBlock(out)) break;
      } else if (this.#state === 'resync') {
        if (!this.#resync()) break;
      } else if (!this.#takeHeader(out)) {
        break;
      }
    }
    return out;
  }

  /** The stream ended: a record cut short is a problem. */
  end(): WarcOutput[] {
    const out: WarcOutput[] = [];
    if (this.#state === 'block') out.push({ offset: this.#recordOffset, problem: `the record is cut short: ${this.#remaining} of ${this.#length} bytes missing` });
    else if (this.#state === 'header' && this.#buf.toString('latin1').trim() !== '') out.push({ offset: this.#pos, problem: 'the stream ends inside a record header' });
    this.reset();
    return out;
  }

  /** Forget the record being read (its bytes were lost): look for the next "WARC/" line. */
  reset(position?: number): void {
    this.#buf = Buffer.alloc(0);
    if (position !== undefined) this.#pos = position;
    this.#state = 'resync';
    this.#headers = null;
    this.#chunks = null;
  }

  #consume(n: number): void {
    this.#buf = this.#buf.subarray(n);
    this.#pos += n;
  }

  #takeHeader(out: WarcOutput[]): boolean {
    let skip = 0;
    while (skip < this.#buf.length && (this.#buf[skip] === 13 || this.#buf[skip] === 10)) skip++;
    if (skip) this.#consume(skip);
    if (this.#buf.length < WARC_LINE.length) return false;
    if (!this.#buf.subarray(0, WARC_LINE.length).equals(WARC_LINE)) {
      out.push({ offset: this.#pos, problem: 'bytes that are not a WARC record' });
      this.#state = 'resync';
      return true;
    }
    let end = this.#buf.indexOf('\r\n\r\n');
    let sep = 4;
    const lf = this.#buf.indexOf('\n\n');
    if (lf !== -1 && (end === -1 || lf < end)) { end = lf; sep = 2; }
    if (end === -1) {
      if (this.#buf.length > MAX_HEADER_BYTES) {
        out.push({ offset: this.#pos, problem: 'a record header longer than 1 MB' });
        this.#consume(1);
        this.#state = 'resync';
        return true;
      }
      return false;
    }
    const headers = new Map<string, string>();
    for (const line of this.#buf.subarray(0, end).toString('utf8').split(/\r?\n/).slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const length = Number(headers.get('content-length'));
    if (!Number.isSafeInteger(length) || length < 0) {
      out.push({ offset: this.#pos, problem: 'a record without a valid Content-Length' });
      this.#consume(1);
      this.#state = 'resync';
      return true;
    }
    this.#recordOffset = this.#pos;
    this.#consume(end + sep);
    this.#headers = headers;
    this.#length = length;
    this.#remaining = length;
    this.#chunks = length <= this.#maxBlock ? [] : null;
    this.#state = 'block';
    return true;
  }

  #takeBlock(out: WarcOutput[]): boolean {
    const n = Math.min(this.#remaining, this.#buf.length);
    if (n > 0) {
      if (this.#chunks) this.#chunks.push(Buffer.from(this.#buf.subarray(0, n)));
      this.#consume(n);
      this.#remaining -= n;
    }
    if (this.#remaining > 0) return false;
    out.push({
      offset: this.#recordOffset, headers: this.#headers!, length: this.#length,
      block: this.#chunks ? Buffer.concat(this.#chunks) : null,
    });
    this.#headers = null;
    this.#chunks = null;
    this.#state = 'header';
    return true;
  }

  /** Drop bytes up to the next line starting with "WARC/". */
  #resync(): boolean {
    let skip = 0;
    while (skip < this.#buf.length && (this.#buf[skip] === 13 || this.#buf[skip] === 10)) skip++;
    if (this.#buf.length - skip < WARC_LINE.length) return false;
    if (this.#buf.subarray(skip, skip + WARC_LINE.length).equals(WARC_LINE)) {
      this.#consume(skip);
      this.#state = 'header';
      return true;
    }
    const at = this.#buf.indexOf('\nWARC/');
    if (at === -1) {
      const keep = Math.min(this.#buf.length, WARC_LINE.length);
      this.#consume(this.#buf.length - keep);
      return false;
    }
    this.#consume(at + 1);
    this.#state = 'header';
    return true;
  }
}

export function isProblem(x: WarcOutput): x is WarcProblem {
  return 'problem' in x;
}
