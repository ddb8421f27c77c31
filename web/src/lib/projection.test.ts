import { describe, expect, it } from 'vitest';
import { naturalEarth, polygonsPath, project, unwrap } from './projection.js';

const FRAME = { width: 960, height: 500 };

describe('projection', () => {
  it.each([
    // Reference values of the Natural Earth projection (radians in, radians out).
    [0, 0, 0, 0],
    [Math.PI, 0, 2.73539, 0],
    [0, Math.PI / 2, 0, 1.42239],
  ])('naturalEarth(%f, %f)', (lambda, phi, x, y) => {
    const [px, py] = naturalEarth(lambda, phi);
    expect(px).toBeCloseTo(x, 4);
    expect(py).toBeCloseTo(y, 4);
  });

  it('puts the world inside the frame: north up, east right', () => {
    const [cx, cy] = project(0, 0, FRAME);
    expect([cx, cy]).toEqual([480, 250]);
    const [ex] = project(180, 0, FRAME);
    const [wx] = project(-180, 0, FRAME);
    const [, ny] = project(0, 90, FRAME);
    expect(ex).toBeCloseTo(960, 0);
    expect(wx).toBeCloseTo(0, 0);
    expect(ny).toBeGreaterThanOrEqual(0);
    expect(project(37.6, 55.75, FRAME)[1]).toBeLessThan(cy);
    expect(project(37.6, 55.75, FRAME)[0]).toBeGreaterThan(cx);
  });

  it('continues a ring across the antimeridian instead of jumping back', () => {
    expect(unwrap([[170, 60], [179, 61], [-179, 62], [-170, 63]])).toEqual([[170, 60], [179, 61], [181, 62], [190, 63]]);
    expect(unwrap([[-170, 0], [170, 1]])).toEqual([[-170, 0], [-190, 1]]);
  });

  it('draws a ring past 180° twice, once on each edge of the map', () => {
    const crossing = polygonsPath([[[[170, 60], [-170, 60], [-170, 65], [170, 65], [170, 60]]]], FRAME);
    expect(crossing.match(/M/g)).toHaveLength(2);
    const plain = polygonsPath([[[[0, 0], [10, 0], [10, 10], [0, 0]]]], FRAME);
    expect(plain.match(/M/g)).toHaveLength(1);
    expect(plain.endsWith('Z')).toBe(true);
  });
});
