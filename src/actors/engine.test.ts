import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../analysis/format.js';
import { validateAnalysis } from '../analysis/validate.js';
import { createEngine } from '../engine/engine.js';
import { defineExtractor } from '../pipeline/extractor.js';
import type { EntityMention } from '../pipeline/layers.js';
import { createActorExtractor } from './extract.js';

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
      const kept = out.filter((e, i) => !out.slice(0, i).some((f) => f.start <= e.start && e.end <= f.end));
      return { output: { entities: kept } };
    },
  });
}

describe('actors in the engine', () => {
  it('gives a valid analysis with actors linked from entities', () => {
    const engine = createEngine({
      extractors: (r) => [namesTagger([['Sara Holm', 'PERSON'], ['Holm', 'PERSON'], ['Norway', 'GPE']]), createActorExtractor(r)],
    });
    const text = 'Norway’s Foreign Minister, Sara Holm, met the press. Holm said Norwegian troops would stay. She did not say how long.';
    const a = engine.analyze({ text });
    expect(validateAnalysis(a.toJSON())).toEqual([]);
    const holm = a.actors().find((x) => x.name === 'Sara Holm');
    expect(holm).toMatchObject({ kind: 'person', country: 'NOR', sector: 'GOV', code: 'NORGOV' });
    expect(holm!.mentions.map((m) => m.text)).toEqual(['Norway’s Foreign Minister, Sara Holm', 'Holm', 'She']);
    expect(a.actors().find((x) => x.kind === 'group')).toMatchObject({ name: 'Norwegian troops', code: 'NORMIL' });
    const linked = a.entities().map((e) => a.actor(e.actor)?.name);
    expect(linked).toEqual(['Norway', 'Sara Holm', 'Sara Holm']);
    expect(engine.versions.actors).toBe('1.3.0');
  });
});

// The founding example: its checklist's Actor lines, through the default engine (skips until
// the default engine tags entities, or where ../shared is absent).
const example = fileURLToPath(new URL('../../../shared/examples/mobilization.txt', import.meta.url));
const engine = existsSync(example) ? createEngine() : null;
const ready = engine !== null && 'entities' in engine.versions && 'actors' in engine.versions;

describe.skipIf(!ready)('actors of the mobilization example (checklist)', () => {
  const a = ready ? engine!.analyze({ text: readFileSync(example, 'utf8'), publishedAt: '2022-09-22' }) : null;
  const actors = a ? a.actors() : [];
  const withMention = (text: string): Actor | undefined => actors.find((x) => x.mentions.some((m) => m.text === text));
  const mentionsOf = (x: Actor | undefined) => (x ? x.mentions.map((m) => m.text) : []);

  it('Antony Blinken: person, USA, GOV, with his full, surname, title and pronoun mentions', () => {
    const b = withMention('United States Secretary of State, Antony Blinken');
    expect(b).toMatchObject({ name: 'Antony Blinken', kind: 'person', country: 'USA', sector: 'GOV' });
    for (const m of ['Blinken', 'Secretary of State', 'He']) expect(mentionsOf(b)).toContain(m);
  });

  it('Vladimir Putin: person, RUS, GOV, with appositions, surname and possessives', () => {
    const p = withMention('the Russian President, Vladimir Putin');
    expect(p).toMatchObject({ name: 'Vladimir Putin', kind: 'person', country: 'RUS', sector: 'GOV' });
    for (const m of ['Putin', 'Russian President Vladimir Putin']) expect(mentionsOf(p)).toContain(m);
    const text = a!.text;
    const poss = text.indexOf('Putin’s');
    expect(p!.mentions.some((m) => m.start === poss)).toBe(true);
  });

  const groups: [string, string, string | null][] = [
    ['Kremlin', 'RUS', 'GOV'], ['Russia', 'RUS', null], ['Ukraine', 'UKR', null], ['United States', 'USA', null],
    ['Russian troops', 'RUS', 'MIL'], ['cops', 'RUS', 'COP'], ['protesters', 'RUS', 'CVL'], ['Russians', 'RUS', 'CVL'],
    ['Ukrainian civilians', 'UKR', 'CVL'],
  ];
  it.each(groups)('%s is %s %s', (text, country, sector) => {
    expect(withMention(text)).toMatchObject({ country, ...(sector ? { sector } : {}) });
  });

  it('invents no actor from a cathedral, a war, a weekday or a month', () => {
    for (const w of ['Isakiivskiy', 'World War', 'Wednesday', 'February']) {
      expect(actors.flatMap((x) => x.mentions).some((m) => m.text.includes(w))).toBe(false);
    }
  });
});
