import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createActorExtractor } from '../actors/extract.js';
import { validateAnalysis } from '../analysis/validate.js';
import { createEngine } from '../engine/engine.js';
import { defineExtractor } from '../pipeline/extractor.js';
import type { EntityMention } from '../pipeline/layers.js';
import { createQuoteExtractor } from './extractor.js';

/** A stand-in entity tagger for the test: tags the listed names wherever they occur. */
function namesTagger(names: readonly [string, EntityMention['type']][]) {
  return defineExtractor({
    name: 'entities', version: '0.0.1', requires: [], assigns: ['entities'],
    run(doc) {
      const out: EntityMention[] = [];
      for (const [name, type] of names) {
        for (let i = doc.text.indexOf(name); i >= 0; i = doc.text.indexOf(name, i + 1)) {
          out.push({ start: i, end: i + name.length, text: name, type });
        }
      }
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      return { output: { entities: out.filter((e, i) => !out.slice(0, i).some((f) => f.start <= e.start && e.end <= f.end)) } };
    },
  });
}

describe('quotes in the engine', () => {
  it('resolves speakers to the actors the actor extractor builds', () => {
    const engine = createEngine({
      extractors: (r) => [
        namesTagger([['Lena Berg', 'PERSON'], ['Berg', 'PERSON'], ['Sweden', 'GPE']]),
        createActorExtractor(r), createQuoteExtractor(r),
      ],
    });
    const text = 'Sweden’s Defence Minister, Lena Berg, visited the base on Monday. '
      + 'Berg said the new radar was working. “We are ready,” she added.';
    const a = engine.analyze({ text });
    expect(validateAnalysis(a.toJSON())).toEqual([]);
    const berg = a.actors().find((x) => x.name === 'Lena Berg');
    expect(berg).toBeDefined();
    expect(a.quotes().map((q) => [q.kind, q.speaker?.text, q.speaker?.actor, q.text])).toEqual([
      ['indirect', 'Berg', berg!.id, 'the new radar was working'],
      ['direct', 'she', berg!.id, 'We are ready'],
    ]);
    expect(engine.versions.quotes).toBe('1.2.0');
  });
});

// The founding example: its checklist's quote lines, through the default engine (skips until
// the default engine has entities, actors and quotes, or where ../shared is absent).
const example = fileURLToPath(new URL('../../../shared/examples/mobilization.txt', import.meta.url));
const engine = existsSync(example) ? createEngine() : null;
const ready = engine !== null && 'quotes' in engine.versions;

describe.skipIf(!ready)('quotes of the mobilization example (checklist)', () => {
  const a = ready ? engine!.analyze({ text: readFileSync(example, 'utf8'), publishedAt: '2022-09-22' }) : null;
  const quotes = a ? a.quotes() : [];
  const blinken = a?.actors().find((x) => x.mentions.some((m) => m.text === 'Blinken'));
  const byCue = (cue: string) => quotes.filter((q) => q.cue?.text === cue);

  it.each([
    [1, 'has said', 'indirect', 'Blinken', 'the call by the Russian President', 'unwillingness to fight in it'],
    [2, 'adding', 'indirect', 'Blinken', 'Putin is not operating from a position of strength; rather', 'another sign of his failing mission'],
    [3, 'said', 'direct', 'Secretary of State', 'We have every confidence', 'sovereignty and independence.'],
    [4, 'noted', 'indirect', 'He', 'United States, its allies and partners', 'stand with Ukraine and its people'],
    [5, 'added', 'direct', 'Blinken', 'Together, we have provided Ukraine', 'for as long as it takes'],
  ])('line %i: Blinken, "%s", %s', (_line, cue, kind, speaker, starts, ends) => {
    const found = byCue(cue);
    expect(found).toHaveLength(1);
    const q = found[0]!;
    expect(q.kind).toBe(kind);
    expect(q.speaker?.text.endsWith(speaker)).toBe(true);
    expect(q.speaker?.actor).toBe(blinken?.id);
    expect(q.text.startsWith(starts)).toBe(true);
    expect(q.text.endsWith(ends)).toBe(true);
  });

  it('line 3: the missing closing mark is reported where the quotation opens', () => {
    const q = byCue('said')[0]!;
    const d = a!.diagnostics().filter((x) => x.code === 'unbalanced-quote');
    expect(d).toHaveLength(1);
    expect(d[0]!.start).toBe(q.start - 1);
  });

  it('line 6: protesters, "chanting", direct: "no to war"', () => {
    const q = byCue('chanting')[0];
    expect(q).toMatchObject({ kind: 'direct', text: 'no to war' });
    expect(q!.speaker?.text).toBe('protesters');
  });

  it('no quote\'s speaker is Kremlin, Ukraine or Russians', () => {
    for (const q of quotes) {
      const names = [q.speaker?.text ?? '', a!.actor(q.speaker?.actor ?? null)?.name ?? ''];
      for (const bad of ['Kremlin', 'Ukraine', 'Russians']) expect(names.some((n) => n.includes(bad))).toBe(false);
    }
  });
});
