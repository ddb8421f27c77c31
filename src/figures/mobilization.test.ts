import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine.js';

// The founding example and its checklist live outside the repository (../shared/examples).
const EXAMPLE = fileURLToPath(new URL('../../../shared/examples/mobilization.txt', import.meta.url));
const present = existsSync(EXAMPLE);
if (!present) console.warn(`skipping the mobilization figure checklist: ${EXAMPLE} is absent`);

describe.skipIf(!present)('mobilization.expected.md, figure lines', () => {
  const analysis = present
    ? createEngine().analyze({ id: 'mobilization', text: readFileSync(EXAMPLE, 'utf8'), publishedAt: '2022-09-22' }).toJSON()
    : null;
  const figures = analysis?.figures ?? [];
  const containing = (words: string) => figures.filter((f) => f.text.includes(words));

  it('over 1,200 arrests: 1200, ">", ARREST', () => {
    const [f, ...more] = containing('1,200');
    expect(more).toEqual([]);
    expect(f!.text).toMatch(/^over 1,200 arrests/);
    expect([f!.value, f!.approx, f!.category]).toEqual([1200, '>', 'ARREST']);
  });

  it('13 million Ukrainian civilians forced to flee: 13000000, DISPLACE', () => {
    const [f, ...more] = containing('13 million');
    expect(more).toEqual([]);
    expect([f!.value, f!.approx, f!.category, f!.subject]).toEqual([13_000_000, '=', 'DISPLACE', 'civilians']);
  });

  it('Thousands of civilians killed or wounded: 1000, ">=", KILL', () => {
    const [f, ...more] = containing('Thousands');
    expect(more).toEqual([]);
    expect([f!.value, f!.approx, f!.category]).toEqual([1000, '>=', 'KILL']);
  });

  it('"seven months" and "nearly seven months" are not figures', () => {
    expect(containing('seven')).toEqual([]);
    expect(figures).toHaveLength(3);
  });

  it('every figure span points at its words', () => {
    for (const f of figures) expect(analysis!.text.slice(f.start, f.end)).toBe(f.text);
  });
});
