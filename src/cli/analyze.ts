import type { Writable } from 'node:stream';
import type { ErrorLine } from '../analysis/format.js';
import { createEngine, type Engine } from '../engine/engine.js';
import { errorCode, errorMessage, UsageError } from '../errors.js';
import { normalizePublishedAt } from '../input/article.js';
import { decodeBytes } from '../input/decode.js';
import { parseJsonLine, readArticleFile, type InputRecord } from '../input/read.js';
import { EXIT } from './exit.js';
import { byteLines } from './lines.js';
import { textReport } from './report.js';

export interface AnalyzeOptions {
  readonly published?: string;
  readonly format: 'json' | 'text';
  readonly jsonl: boolean;
  readonly maxSize?: number;
}

interface Io {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stderrIsTTY: boolean;
}

/** `newsgraph analyze`: files (or stdin with --jsonl) to analyses. Returns the exit code. */
export async function analyzeCommand(files: string[], opts: AnalyzeOptions, io: Io): Promise<number> {
  if (opts.format !== 'json' && opts.format !== 'text') throw new UsageError(`--format must be json or text, not "${opts.format}"`);
  const published = opts.published === undefined ? null : normalizePublishedAtOption(opts.published);
  if (opts.jsonl && files.length) throw new UsageError('--jsonl reads standard input: give no FILE with it');
  if (!opts.jsonl && files.length === 0) throw new UsageError('give one or more FILEs to analyze, or --jsonl to read JSON Lines from standard input');
  const engine = createEngine(opts.maxSize ? { maxChars: opts.maxSize } : {});
  if (opts.jsonl) return analyzeJsonlStream(engine, published, opts, io);

  const records: InputRecord[] = files.flatMap((f) => readArticleFile(f, { publishedAt: published, ...(opts.maxSize ? { maxBytes: opts.maxSize * 4 } : {}) }));
  const single = records.length === 1;
  let ok = 0;
  const progress = io.stderrIsTTY && records.length > 20;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const line = analyzeRecord(engine, r);
    if ('error' in line) {
      io.stderr.write(`newsgraph: ${errorPlace(r.source, line.id, line.error.message)}: ${line.error.message} [${line.error.code}]\n`);
      if (opts.format === 'json' && !single) write(io.stdout, JSON.stringify(line) + '\n');
    } else {
      ok++;
      if (opts.format === 'text') write(io.stdout, textReport(line) + '\n');
      else write(io.stdout, single ? JSON.stringify(line, null, 2) + '\n' : JSON.stringify(line) + '\n');
    }
    if (progress) io.stderr.write(`\ranalyzed ${i + 1}/${records.length}`);
  }
  if (progress) io.stderr.write('\n');
  return ok === 0 ? EXIT.input : EXIT.ok;
}

/**
 * Where a failed article is, for standard error: the file, and inside a
 * JSON Lines file the line (numeric ids are line numbers) or the article's
 * own id, unless the message begins with the line already.
 */
export function errorPlace(source: string, id: string | number, message: string): string {
  if (!/\.jsonl$/i.test(source)) return source;
  if (typeof id === 'number') return message.startsWith(`line ${id}`) ? source : `${source} line ${id}`;
  return /^line \d+/.test(message) ? `${source} (article "${id}")` : `${source} article "${id}"`;
}

function normalizePublishedAtOption(v: string): string | null {
  try {
    return normalizePublishedAt(v);
  } catch (err) {
    throw new UsageError(`--published: ${errorMessage(err)}`);
  }
}

function analyzeRecord(engine: Engine, r: InputRecord): ReturnType<Engine['analyze']> extends infer A ? (A extends { toJSON(): infer J } ? J : never) | ErrorLine : never {
  if (!r.ok) return { id: r.id, error: { code: r.code, message: r.message } };
  try {
    return engine.analyze(r.article).toJSON();
  } catch (err) {
    const code = errorCode(err);
    if (code === 'internal' || code === 'pipeline') throw err;
    return { id: r.article.id ?? '?', error: { code, message: errorMessage(err) } };
  }
}

async function analyzeJsonlStream(engine: Engine, published: string | null, opts: AnalyzeOptions, io: Io): Promise<number> {
  let n = 0;
  let ok = 0;
  const maxLineBytes = (opts.maxSize ?? 5_000_000) * 4;
  for await (const bytes of byteLines(io.stdin)) {
    n++;
    let rec: InputRecord;
    if (bytes.length === 0 || (bytes.length < 64 && bytes.toString('latin1').trim() === '')) {
      rec = { ok: false, id: n, code: 'input-empty', message: `line ${n} is empty`, source: 'stdin' };
    } else if (bytes.length > maxLineBytes) {
      rec = { ok: false, id: n, code: 'input-too-large', message: `line ${n} has ${bytes.length} bytes, more than the limit of ${maxLineBytes}`, source: 'stdin' };
    } else {
      try {
        rec = parseJsonLine(decodeBytes(bytes, `line ${n}`), n, published, 'stdin');
      } catch (err) {
        rec = { ok: false, id: n, code: errorCode(err), message: errorMessage(err), source: 'stdin' };
      }
    }
    const line = analyzeRecord(engine, rec);
    if (!('error' in line)) ok++;
    if (opts.format === 'text' && !('error' in line)) await writeAsync(io.stdout, textReport(line) + '\n');
    else await writeAsync(io.stdout, JSON.stringify(line) + '\n');
  }
  if (n === 0) {
    io.stderr.write('newsgraph: standard input held no lines\n');
    return EXIT.input;
  }
  return ok === 0 ? EXIT.input : EXIT.ok;
}

function write(out: Writable, s: string): void {
  out.write(s);
}

function writeAsync(out: Writable, s: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(s)) resolve();
    else out.once('drain', resolve);
  });
}
