/**
 * The layout of data/places/gazetteer.bin.gz, shared by its writer
 * (scripts/build-gazetteer.ts) and its reader (gazetteer.ts): a JSON header
 * line saying what generated the file and where each section lies, then the
 * sections as raw little-endian typed arrays or UTF-8 text, each aligned to
 * 8 bytes. Loading is copying arrays, not parsing text.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export type Section = Uint8Array | Int16Array | Int32Array | Uint32Array | Float32Array | Float64Array | string;

export interface GazetteerHeader {
  /** What generated the file, from what sources. */
  readonly note: readonly string[];
  /** Number of entries. */
  readonly size: number;
  /** Feature codes, indexed by the `code` section. */
  readonly codes: readonly string[];
  readonly sections: Readonly<Record<string, { readonly type: string; readonly offset: number; readonly bytes: number }>>;
}

const ALIGN = 8;
const pad = (n: number) => (n + ALIGN - 1) & ~(ALIGN - 1);

/** Serialise the header and sections, gzipped. */
export function writeGazetteerFile(note: string[], size: number, codes: string[], sections: Record<string, Section>): Buffer {
  const parts: Buffer[] = [];
  const layout: Record<string, { type: string; offset: number; bytes: number }> = {};
  let offset = 0;
  for (const [name, data] of Object.entries(sections)) {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    layout[name] = { type: typeof data === 'string' ? 'utf8' : data.constructor.name, offset, bytes: buf.length };
    parts.push(buf, Buffer.alloc(pad(buf.length) - buf.length));
    offset += pad(buf.length);
  }
  const header: GazetteerHeader = { note, size, codes, sections: layout };
  const head = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  return gzipSync(Buffer.concat([head, Buffer.alloc(pad(head.length) - head.length, 0x20), ...parts]), { level: 9 });
}

const TYPES = { Uint8Array, Int16Array, Int32Array, Uint32Array, Float32Array, Float64Array } as const;

/** Read a gazetteer file: its header and a function returning each section (a fresh typed array, or text). */
export function readGazetteerFile(gz: Buffer): { header: GazetteerHeader; section: <T extends Section>(name: string) => T } {
  const buf = gunzipSync(gz);
  const newline = buf.indexOf(0x0a);
  const header = JSON.parse(buf.subarray(0, newline).toString('utf8')) as GazetteerHeader;
  const base = pad(newline + 1);
  const section = <T extends Section>(name: string): T => {
    const s = header.sections[name];
    if (!s) throw new Error(`gazetteer file has no section "${name}"`);
    const start = buf.byteOffset + base + s.offset;
    if (s.type === 'utf8') return buf.toString('utf8', base + s.offset, base + s.offset + s.bytes) as T;
    const Type = TYPES[s.type as keyof typeof TYPES];
    if (!Type) throw new Error(`gazetteer section "${name}" has unknown type ${s.type}`);
    // Copy into an aligned buffer of its own.
    return new Type(buf.buffer.slice(start, start + s.bytes)) as unknown as T;
  };
  return { header, section };
}
