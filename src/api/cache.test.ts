import { describe, expect, it } from 'vitest';
import { TtlCache } from './cache.js';

describe('TtlCache', () => {
  it('computes once per key within the time limit, again after it', async () => {
    let t = 0;
    let calls = 0;
    const cache = new TtlCache(1000, 10, () => t);
    const load = async () => ++calls;
    expect(await cache.get('a', load)).toBe(1);
    t = 999;
    expect(await cache.get('a', load)).toBe(1);
    t = 2000;
    expect(await cache.get('a', load)).toBe(2);
    expect(await cache.get('b', load)).toBe(3);
  });

  it('shares one computation between concurrent requests', async () => {
    let calls = 0;
    const cache = new TtlCache(1000, 10);
    const [x, y] = await Promise.all([cache.get('k', async () => ++calls), cache.get('k', async () => ++calls)]);
    expect([x, y, calls]).toEqual([1, 1, 1]);
  });

  it('does not keep a failure', async () => {
    const cache = new TtlCache(1000, 10);
    await expect(cache.get('k', async () => { throw new Error('down'); })).rejects.toThrow('down');
    await Promise.resolve();
    expect(await cache.get('k', async () => 'up')).toBe('up');
  });

  it('drops the least recently used entry past its size, and forgets all on clear', async () => {
    const cache = new TtlCache(1000, 2, () => 0);
    await cache.get('a', async () => 1);
    await cache.get('b', async () => 2);
    await cache.get('a', async () => 99);
    await cache.get('c', async () => 3);
    expect(await cache.get('a', async () => 99)).toBe(1);
    expect(await cache.get('b', async () => 20)).toBe(20);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
