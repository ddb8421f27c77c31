import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { byteLines } from '../../cli/lines.js';
import { errorCode, errorMessage } from '../../errors.js';
import { decodeBytes } from '../../input/decode.js';
import { parseJsonLine } from '../../input/read.js';
import { decodeHtml } from '../charset.js';
import type { InputProgress, RawItem } from '../item.js';

/** The kinds of file ingest reads, by name. */
export type FileKind = 'text' | 'html' | 'jsonl' | 'feed' | 'warc';

export function fileKind(path: string): FileKind | null {
  const p = path.toLowerCase();
  if (/\.(warc|warc\.gz|wrc)$/.test(p)) return 'warc';
  if (/\.(jsonl|ndjson)$/.test(p)) return 'jsonl';
  if (/\.(html?|xhtml)$/.test(p)) return 'html';
  if (/\.(rss|atom|xml)$/.test(p)) return 'feed';
  if (/\.(txt|text)$/.test(p)) return 'text';
  return null;
}

/** Files under a folder that ingest can read, sorted by path; hidden files and folders are passed over. */
export async function walk(dir: string): Promise<{ files: string[]; ignored: number }> {
  const files: string[] = [];
  let ignored = 0;
  const visit = async (d: string) => {
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await visit(p);
      else if (e.isFile() && fileKind(p)) files.push(p);
      else ignored++;
    }
  };
  await visit(dir);
  return { files, ignored };
}

/** The bytes of a file of at most `maxBytes`, or a skip item. */
export async function readBounded(path: string, maxBytes: number): Promise<Buffer | RawItem> {
  try {
    const size = (await stat(path)).size;
    if (size > maxBytes) {
      return { kind: 'skip', origin: path, reason: 'input-too-large', message: `${path} has ${size} bytes, more than the limit of ${maxBytes}` };
    }
    const fh = await open(path, 'r');
    try {
      return await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (err) {
    return { kind: 'skip', origin: path, reason: 'input-unreadable', message: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}` };
  }
}

export async function readTextFile(path: string, maxBytes: number, publishedAt: string | null): Promise<RawItem> {
  const bytes = await readBounded(path, maxBytes);
  if (!Buffer.isBuffer(bytes)) return bytes;
  try {
    return { kind: 'text', origin: path, text: decodeBytes(bytes, path), publishedAt };
  } catch (err) {
    return { kind: 'skip', origin: path, reason: errorCode(err), message: errorMessage(err) };
  }
}

export async function readHtmlFile(path: string, maxBytes: number, publishedAt: string | null): Promise<RawItem> {
  const bytes = await readBounded(path, maxBytes);
  if (!Buffer.isBuffer(bytes)) return bytes;
  if (bytes.length === 0) return { kind: 'skip', origin: path, reason: 'input-empty', message: `${path} is empty` };
  if (bytes.subarray(0, 65536).includes(0)) return { kind: 'skip', origin: path, reason: 'input-binary', message: `${path} is binary, not HTML` };
  return { kind: 'html', origin: path, html: decodeHtml(bytes), publishedAt };
}

/**
 * Articles of a JSON Lines file, one per line, read as a stream: {"text"} or
 * {"html"} with optional "title", "url", "publishedAt", "source". The origin
 * of a line is path:line.
 */
export async function* readJsonl(path: string, maxBytes: number, publishedAt: string | null, progress?: InputProgress): AsyncGenerator<RawItem> {
  let n = 0;
  const base = progress?.bytesDone ?? 0;
  let done = 0;
  for await (const bytes of byteLines(createReadStream(path))) {
    n++;
    done += bytes.length + 1;
    if (progress) progress.bytesDone = base + done;
    const origin = `${path}:${n}`;
    if (bytes.length === 0) continue;
    if (bytes.length > maxBytes) {
      yield { kind: 'skip', origin, reason: 'input-too-large', message: `line ${n} has ${bytes.length} bytes, more than the limit of ${maxBytes}` };
      continue;
    }
    let line: string;
    let raw: unknown;
    try {
      line = decodeBytes(bytes, `line ${n}`);
      if (line.trim() === '') continue;
      raw = JSON.parse(line);
    } catch (err) {
      yield { kind: 'skip', origin, reason: 'input-invalid', message: `line ${n} is not JSON: ${errorMessage(err)}` };
      continue;
    }
    const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : null);
    const source = str('source');
    if (typeof o.text !== 'string' && typeof o.html === 'string') {
      yield { kind: 'html', origin, html: o.html, url: str('url'), title: str('title'), publishedAt: str('publishedAt') ?? publishedAt, source };
      continue;
    }
    const rec = parseJsonLine(line, n, publishedAt, path);
    if (!rec.ok) {
      yield { kind: 'skip', origin, reason: rec.code, message: rec.message };
      continue;
    }
    const a = rec.article;
    yield { kind: 'text', origin, text: a.text, title: a.title ?? null, url: a.url ?? null, publishedAt: a.publishedAt ?? null, source };
  }
}
