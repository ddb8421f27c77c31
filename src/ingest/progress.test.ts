import { describe, expect, it } from 'vitest';
import { IngestCounts } from './ingest.js';
import { InputProgress } from './item.js';
import { duration, eta, progressLine } from './progress.js';

describe('progress', () => {
  it.each([
    [0, '0s'], [12.4, '12s'], [65, '1m05s'], [3725, '1h02m'], [Number.NaN, '?'],
  ])('duration(%d) is %s', (s, out) => {
    expect(duration(s)).toBe(out);
  });

  const counts = (stored: number, skipped: number, seconds: number) => {
    const c = new IngestCounts();
    c.stored = stored;
    for (let i = 0; i < skipped; i++) c.skip('not-english');
    Object.defineProperty(c, 'seconds', { get: () => seconds });
    return c;
  };

  it('estimates the time left from the share of input bytes read', () => {
    const p = new InputProgress();
    p.bytesTotal = 1000;
    p.bytesDone = 250;
    expect(eta(counts(100, 0, 10), p)).toBe(30);
    p.sized = false;
    expect(eta(counts(100, 0, 10), p)).toBeNull();
  });

  it('draws a bar with articles/s and ETA when the size is known, counts alone otherwise', () => {
    const p = new InputProgress();
    p.bytesTotal = 1000;
    p.bytesDone = 500;
    expect(progressLine(counts(1200, 50, 5), p, 10)).toBe('[#####-----] 50% · 1,250 articles · 250/s · ETA 5s · stored 1,200 · skipped 50');
    p.sized = false;
    expect(progressLine(counts(10, 0, 2), p, 10)).toBe('10 articles · 5/s · stored 10');
  });
});
