/** Split a byte stream into lines (LF, with an optional CR before it), as raw bytes: decoding is the caller's. */
export async function* byteLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let nl = buf.indexOf(10);
    while (nl !== -1) {
      pending.push(buf.subarray(0, nl));
      const line = Buffer.concat(pending);
      pending = [];
      yield line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(10);
    }
    if (buf.length) pending.push(Buffer.from(buf));
  }
  if (pending.length) {
    const line = Buffer.concat(pending);
    if (line.length) yield line;
  }
}
