import type { Writable } from 'node:stream';
import type { IngestCounts, IngestListener } from './ingest.js';
import type { InputProgress } from './item.js';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Seconds as 1h02m, 3m05s or 12s. */
export function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  const t = Math.round(s);
  if (t >= 3600) return `${Math.floor(t / 3600)}h${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}m`;
  if (t >= 60) return `${Math.floor(t / 60)}m${String(t % 60).padStart(2, '0')}s`;
  return `${t}s`;
}

/** Articles finished per second so far. */
export function rate(c: IngestCounts): number {
  return c.seconds > 0 ? c.done / c.seconds : 0;
}

/** Seconds left, from the share of input bytes read; null when the inputs' size is unknown. */
export function eta(c: IngestCounts, p: InputProgress): number | null {
  if (!p.sized || p.bytesTotal <= 0 || p.bytesDone <= 0) return null;
  const share = Math.min(1, p.bytesDone / p.bytesTotal);
  return share >= 1 ? 0 : (c.seconds * (1 - share)) / share;
}

/** The one line that describes an ingest in progress. */
export function progressLine(c: IngestCounts, p: InputProgress, width = 24): string {
  const parts: string[] = [];
  if (p.sized && p.bytesTotal > 0) {
    const share = Math.min(1, p.bytesDone / p.bytesTotal);
    const full = Math.round(share * width);
    parts.push(`[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${Math.floor(share * 100)}%`);
  }
  parts.push(`${fmt(c.done)} articles`, `${rate(c).toFixed(0)}/s`);
  const left = eta(c, p);
  if (left !== null) parts.push(`ETA ${duration(left)}`);
  parts.push(`stored ${fmt(c.stored)}`);
  if (c.existing) parts.push(`already ${fmt(c.existing)}`);
  if (c.reanalysed) parts.push(`re-analysed ${fmt(c.reanalysed)}`);
  if (c.duplicates) parts.push(`duplicates ${fmt(c.duplicates)}`);
  if (c.skipped) parts.push(`skipped ${fmt(c.skipped)}`);
  return parts.join(' · ');
}

/**
 * Progress of an ingest on standard error: a bar redrawn in place on a
 * terminal (with articles/s and ETA), plain lines every few seconds otherwise.
 */
export class ProgressReporter implements IngestListener {
  readonly #out: Writable;
  readonly #tty: boolean;
  readonly #every: number;
  #last = 0;
  #drawn = false;

  constructor(out: Writable, tty: boolean, plainEverySeconds = 10) {
    this.#out = out;
    this.#tty = tty;
    this.#every = (tty ? 0.1 : plainEverySeconds) * 1000;
  }

  update(c: IngestCounts, p: InputProgress): void {
    const now = performance.now();
    if (now - this.#last < this.#every) return;
    this.#last = now;
    if (this.#tty) {
      this.#out.write(`\r\x1b[K${progressLine(c, p)}`);
      this.#drawn = true;
    } else {
      this.#out.write(`ingest: ${progressLine(c, p)}\n`);
    }
  }

  warn(message: string): void {
    this.#clear();
    this.#out.write(`newsgraph: ${message}\n`);
  }

  finish(): void {
    this.#clear();
  }

  #clear(): void {
    if (this.#drawn) {
      this.#out.write('\r\x1b[K');
      this.#drawn = false;
    }
  }
}

/** The closing summary of an ingest. */
export function summary(c: IngestCounts): string {
  const reasons = [...c.reasons.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${fmt(n)}`).join(', ');
  const analysed = c.stored + c.reanalysed;
  const speed = analysed > 0 && c.seconds > 0 ? ` (${(analysed / c.seconds).toFixed(1)} articles analysed/s)` : '';
  return [
    `ingested ${fmt(c.read)} input${c.read === 1 ? '' : 's'} in ${duration(c.seconds)}${speed}:`,
    `  stored ${fmt(c.stored)} new, ${fmt(c.existing)} already stored, ${fmt(c.reanalysed)} re-analysed, ${fmt(c.duplicates)} duplicates, ${fmt(c.skipped)} skipped${reasons ? ` (${reasons})` : ''}`,
  ].join('\n');
}
