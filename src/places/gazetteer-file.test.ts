import { describe, expect, it } from 'vitest';
import { readGazetteerFile, writeGazetteerFile } from './gazetteer-file.js';
import { NameIndex } from './name-index.js';

describe('gazetteer file', () => {
  it('reads back every section it wrote, typed arrays and text', () => {
    const gz = writeGazetteerFile(['made by a test'], 3, ['PPL', 'ADM1'], {
      kind: Uint8Array.of(0, 1, 3),
      lat: Float32Array.of(50.5, -12.25, 0),
      population: Uint32Array.of(0, 4_000_000_000, 7),
      country: Int16Array.of(-1, 0, 2),
      names: 'Alpha\nBéta\nGamma’s',
    });
    const { header, section } = readGazetteerFile(gz);
    expect(header).toMatchObject({ note: ['made by a test'], size: 3, codes: ['PPL', 'ADM1'] });
    expect([...section<Uint8Array>('kind')]).toEqual([0, 1, 3]);
    expect([...section<Float32Array>('lat')]).toEqual([50.5, -12.25, 0]);
    expect([...section<Uint32Array>('population')]).toEqual([0, 4_000_000_000, 7]);
    expect([...section<Int16Array>('country')]).toEqual([-1, 0, 2]);
    expect(section<string>('names').split('\n')).toEqual(['Alpha', 'Béta', 'Gamma’s']);
    expect(() => section('missing')).toThrow(/no section/);
  });
});

describe('NameIndex', () => {
  // Keys "a" -> [0, 2], "b c" -> [1]; entries ordered by number in this test.
  const index = new NameIndex(['a', 'b c'], Int32Array.of(0, 2, 3), Int32Array.of(0, 2, 1), (x, y) => x - y);
  index.add('B C', 0);
  index.add('Delta', 4);

  it.each([
    ['a', [0, 2]],
    ['b c', [0, 1]],
    ['delta', [4]],
    ['zeta', undefined],
  ] as const)('%s', (key, entries) => {
    expect(index.get(key)).toEqual(entries);
    expect(index.has(key)).toBe(entries !== undefined);
  });

  it('counts file keys and hand-made keys', () => expect(index.size).toBe(4));
});
