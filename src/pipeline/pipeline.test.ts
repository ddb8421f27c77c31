import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { defineExtractor } from './extractor.js';
import { Pipeline } from './pipeline.js';

const tone = { score: 0, positive: 0, negative: 0 };
const mk = (name: string, requires: string[], assigns: string[], version = '1.0.0') =>
  defineExtractor({
    name, version, requires: requires as never[], assigns: assigns as never[],
    run: () => ({ output: Object.fromEntries(assigns.map((a) => [a, a === 'tone' ? tone : []])) as never }),
  });

describe('Pipeline', () => {
  it('orders extractors by what they require', () => {
    const p = new Pipeline([mk('events', ['entities'], ['events']), mk('entities', [], ['entities'])]);
    expect(p.extractors.map((e) => e.name)).toEqual(['entities', 'events']);
    expect(p.versions).toEqual({ entities: '1.0.0', events: '1.0.0' });
  });

  it.each([
    [[mk('a', ['entities'], ['events'])], /requires layer "entities"/],
    [[mk('a', [], ['entities']), mk('b', [], ['entities'])], /assigned by both/],
    [[mk('a', [], ['entities']), mk('a', [], ['tone'])], /two extractors are named "a"/],
    [[mk('a', ['events'], ['entities']), mk('b', ['entities'], ['events'])], /cycle/],
    [[mk('a', [], ['entities'], 'v1')], /MAJOR.MINOR.PATCH/],
  ])('refuses a bad graph when built (%#)', (exs, msg) => {
    expect(() => new Pipeline(exs)).toThrow(msg);
  });

  it('fails loudly when an extractor does not assign its layer', () => {
    const bad = defineExtractor({ name: 'bad', version: '1.0.0', requires: [], assigns: ['entities'], run: () => ({ output: {} as never }) });
    const doc = new DocumentBuilder().build({ id: 'x', text: 'Hello there.' });
    expect(() => new Pipeline([bad]).run(doc)).toThrow(/did not assign/);
  });

  it('passes earlier layers to later extractors and gathers diagnostics', () => {
    const doc = new DocumentBuilder().build({ id: 'x', text: 'Hello there.' });
    const a = defineExtractor({
      name: 'a', version: '1.0.0', requires: [], assigns: ['entities'],
      run: () => ({ output: { entities: [{ start: 0, end: 5, text: 'Hello', type: 'MISC' as const }] }, diagnostics: [{ start: 0, end: 5, code: 'x', message: 'm' }] }),
    });
    const b = defineExtractor({
      name: 'b', version: '1.0.0', requires: ['entities'], assigns: ['tone'],
      run: (_d, { entities }) => ({ output: { tone: { score: entities.length, positive: 0, negative: 0 } } }),
    });
    const run = new Pipeline([b, a]).run(doc);
    expect(run.layers.tone!.score).toBe(1);
    expect(run.diagnostics).toHaveLength(1);
  });
});
