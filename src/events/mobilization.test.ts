import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/analysis.js';
import type { Event } from '../analysis/format.js';
import { createEngine, type Engine } from '../engine/engine.js';

// The founding example's Events and "must not appear" lines, through the default engine. Skips
// where ../shared is absent, or until every layer the events need is in the default engine.
const example = fileURLToPath(new URL('../../../shared/examples/mobilization.txt', import.meta.url));

export function mobilizationChecks(engine: Engine | null): void {
  const ready = engine !== null && 'events' in engine.versions;
  describe.skipIf(!ready)('events of the mobilization example (checklist)', () => {
    const a: Analysis | null = ready ? engine!.analyze({ text: readFileSync(example, 'utf8'), publishedAt: '2022-09-22' }) : null;
    const events = a ? a.events() : [];
    const country = (id: string | null) => a!.actor(id)?.country ?? null;
    const name = (id: string | null) => a!.actor(id)?.name ?? '';
    const find = (type: string, ok: (e: Event) => boolean) => events.find((e) => e.type === type && ok(e));

    it('MOBILIZE (troops, 154): Putin -> Russian citizens, 2022-09-21, Russia', () => {
      const e = find('MOBILIZE', (x) => x.date === '2022-09-21');
      expect(e).toMatchObject({ mode: 'troops', cameo: '154', place: { text: 'Russia' } });
      expect(name(e!.actor)).toBe('Vladimir Putin');
      expect(country(e!.target)).toBe('RUS');
    });

    it('ACCUSE (disapprove, 111/112): Blinken -> Putin', () => {
      const e = find('ACCUSE', (x) => name(x.actor) === 'Antony Blinken' && name(x.target) === 'Vladimir Putin');
      expect(e).toBeDefined();
      expect(['111', '112']).toContain(e!.cameo);
      expect(e!.mode).toBe('disapprove');
    });

    it('ACCUSE: the United States and allies -> Russia ("condemn")', () => {
      const e = find('ACCUSE', (x) => x.trigger.text === 'condemn');
      expect([country(e!.actor), country(e!.target)]).toEqual(['USA', 'RUS']);
    });

    it('AID (military, 07x): United States -> Ukraine', () => {
      const e = find('AID', (x) => x.trigger.text.startsWith('provided'));
      expect(e).toMatchObject({ mode: 'military' });
      expect(e!.cameo).toMatch(/^07/);
      expect([country(e!.actor), country(e!.target)]).toEqual(['USA', 'UKR']);
    });

    it('SUPPORT or AGREE, future: United States -> Ukraine ("will continue ... stand with Ukraine")', () => {
      const e = events.find((x) => (x.type === 'SUPPORT' || x.type === 'AGREE') && x.trigger.text.includes('stand'));
      expect([country(e!.actor), country(e!.target), e!.modality.future]).toEqual(['USA', 'UKR', true]);
    });

    it('PROTEST (demo, 141): Russian protesters -> Russian government, Russia, ACLED Protests', () => {
      const e = find('PROTEST', (x) => x.trigger.text === 'protests');
      expect(e).toMatchObject({ mode: 'demo', cameo: '141', place: { text: 'Russia' }, acled: { type: 'Protests' } });
      expect(a!.actor(e!.actor)).toMatchObject({ country: 'RUS', sector: 'CVL' });
      expect(a!.actor(e!.target)).toMatchObject({ country: 'RUS', sector: 'GOV' });
    });

    it('COERCE (arrest, 173): Russian police -> protesters, with 1,200; ACLED Strategic developments / Arrests', () => {
      const e = find('COERCE', (x) => x.trigger.text === 'arrests');
      expect(e).toMatchObject({ mode: 'arrest', cameo: '173', acled: { type: 'Strategic developments', subType: 'Arrests' } });
      expect(e!.text).toContain('1,200');
      expect(a!.actor(e!.actor)).toMatchObject({ country: 'RUS', sector: 'COP' });
      expect(e!.target).toBe(find('PROTEST', (x) => x.trigger.text === 'protests')!.actor);
    });

    it('RETREAT (0874): Russian troops -> Ukraine, hedged', () => {
      const e = find('RETREAT', (x) => x.trigger.text === 'surrendered');
      expect(e).toMatchObject({ cameo: '0874', modality: { hedged: true } });
      expect(a!.actor(e!.actor)).toMatchObject({ country: 'RUS', sector: 'MIL' });
      expect(country(e!.target)).toBe('UKR');
    });

    it('ASSAULT: Russia -> Ukraine (the invasion), and the cities pounded to rubble', () => {
      const invasion = events.filter((x) => x.type === 'ASSAULT' && /invad|invasion/.test(x.trigger.text));
      expect(invasion.length).toBeGreaterThan(0);
      for (const e of invasion) expect([country(e.actor), country(e.target)]).toEqual(['RUS', 'UKR']);
      expect(find('ASSAULT', (x) => x.trigger.text === 'pounded')).toBeDefined();
    });

    it("ACCUSE: Ukraine's Western backers -> Russia (\"derided it\")", () => {
      const e = find('ACCUSE', (x) => x.trigger.text === 'derided');
      const backers = a!.text.indexOf('Ukraine’s Western backers');
      expect(a!.actor(e!.actor)!.mentions.some((m) => m.start >= backers && m.end <= backers + 25)).toBe(true);
      expect(country(e!.target)).toBe('RUS');
    });

    it('must not appear: no refusal coded from "will not hesitate"', () => {
      const sentence = a!.sentences().find((s) => a!.text.slice(s.start, s.end).includes('will not hesitate'))!;
      const there = events.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
      expect(there.some((x) => x.type === 'REJECT' || x.trigger.text.includes('hesitate'))).toBe(false);
      expect(there.every((x) => !x.modality.negated)).toBe(true);
    });

    it('every event span points at its words', () => {
      for (const e of events) {
        expect(a!.text.slice(e.start, e.end)).toBe(e.text);
        expect(a!.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      }
    });
  });
}

mobilizationChecks(existsSync(example) ? createEngine() : null);
