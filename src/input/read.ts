import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError, errorCode, errorMessage } from '../errors.js';
import { articleSchema, DEFAULT_MAX_CHARS, type ArticleInput } from './article.js';
import { decodeBytes } from './decode.js';
import { extractHtml } from './html.js';

/** One input record: an article ready for analysis, or the reason it cannot be. */
export type InputRecord =
  | { readonly ok: true; readonly article: ArticleInput; readonly source: string }
  | { readonly ok: false; readonly id: string | number; readonly code: string; readonly message: string; readonly source: string };

export interface ReadOptions {
  /** Largest file read, in bytes. */
  readonly maxBytes?: number;
  /** publishedAt for articles that lack one. */
  readonly publishedAt?: string | null;
}

/** Articles from a .txt, .html or .jsonl file; a file that cannot be read is one error record. */
export function readArticleFile(path: string, opts: ReadOptions = {}): InputRecord[] {
  const id = basename(path).replace(/\.[^.]+$/, '');
  try {
    const ext = extname(path).toLowerCase();
    const maxBytes = opts.maxBytes ?? (ext === '.jsonl' ? Number.MAX_SAFE_INTEGER : DEFAULT_MAX_CHARS * 2);
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new InputError('input-unreadable', `${path} is a directory`);
      size = st.size;
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError('input-unreadable', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
    }
    if (size > maxBytes) {
      throw new InputError('input-too-large', `${path} has ${size} bytes, more than the limit of ${maxBytes} for one article`);
    }
    const text = decodeBytes(readFileSync(path), path);
    if (ext === '.jsonl' || ext === '.ndjson') return parseJsonLines(text, opts.publishedAt ?? null, path);
    if (ext === '.html' || ext === '.htm') {
      const page = extractHtml(text, path);
      return [{ ok: true, source: path, article: { id, text: page.text, title: page.title, url: page.url, publishedAt: page.publishedAt ?? opts.publishedAt ?? null } }];
    }
    return [{ ok: true, source: path, article: { id, text, publishedAt: opts.publishedAt ?? null } }];
  } catch (err) {
    return [{ ok: false, id, code: errorCode(err), message: errorMessage(err), source: path }];
  }
}

/** Parse JSON Lines: one record per non-empty line, in order; a bad line is an error record with its line number. */
export function parseJsonLines(text: string, publishedAt: string | null, source: string): InputRecord[] {
  const out: InputRecord[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    out.push(parseJsonLine(line, n + 1, publishedAt, source));
  }
  return out;
}

/** One JSON Lines record; its id defaults to the line number. */
export function parseJsonLine(line: string, lineNo: number, publishedAt: string | null, source: string): InputRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { ok: false, id: lineNo, code: 'input-invalid', message: `line ${lineNo} is not JSON: ${errorMessage(err)}`, source };
  }
  const rawId = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : lineNo;
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const msg = issue ? `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}` : 'not an article';
    return { ok: false, id, code: 'input-invalid', message: `line ${lineNo}: ${msg}`, source };
  }
  const a = parsed.data;
  return {
    ok: true,
    source,
    article: { id: a.id ?? String(lineNo), text: a.text, title: a.title ?? null, url: a.url ?? null, publishedAt: a.publishedAt ?? publishedAt },
  };
}
