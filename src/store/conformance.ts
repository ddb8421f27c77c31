import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisJSON } from '../analysis/format.js';
import { corpus, VERSIONS } from './conformance-corpus.js';
import { AnalysisFixture } from './fixture.js';
import { versionsKey } from './keys.js';
import { toStorable } from './prepare.js';
import type { Store } from './types.js';

/**
 * The one suite every store passes (style rule 7): sqlite.test.ts and
 * postgres.test.ts run it, each with a function that opens an empty store.
 */
export function storeConformance(name: string, open: () => Promise<Store>, drop: (s: Store) => Promise<void> = (s) => s.close()): void {
  describe(`store conformance: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await open(); });
    afterEach(async () => { await drop(store); });

    const saveAll = async () => {
      const ids: number[] = [];
      for (const c of corpus()) {
        const { article, record } = toStorable(c.analysis, { origin: c.origin, source: c.source });
        const r = await store.save(article, record);
        expect(r.status).toBe('stored');
        ids.push(r.id);
      }
      return ids;
    };

    it('stores an article with its analysis and gives both back unchanged', async () => {
      const [c] = corpus();
      const { article, record } = toStorable(c!.analysis, { origin: c!.origin, source: c!.source });
      const saved = await store.save(article, record);
      expect(saved.status).toBe('stored');
      const back = await store.article(saved.id);
      expect(back).not.toBeNull();
      expect(back!.text).toBe(c!.analysis.text);
      expect(back!.url).toBe(c!.analysis.url);
      expect(back!.title).toBe('Hundreds held at Moscow rally');
      expect(back!.source).toBe('wire-a.example');
      expect(back!.publishedAt).toBe('2022-09-22');
      expect(back!.analysis).toEqual(c!.analysis);
      expect(await store.article(saved.id + 1000)).toBeNull();
    });

    it('keeps every article once: the same origin again is "existing", and writes nothing', async () => {
      await saveAll();
      const [c] = corpus();
      const { article, record } = toStorable(c!.analysis, { origin: c!.origin });
      const again = await store.save(article, record);
      expect(again.status).toBe('existing');
      const s = await store.status();
      expect(s.articles).toBe(5);
      expect(s.facts.events).toBe(9);
    });

    it.each([
      ['the same URL with tracking parameters', (a: AnalysisJSON) => ({ ...a, text: 'Another text entirely, about something else.', url: 'http://wire-a.example/news/moscow-rally/?utm_medium=x#top' }), 'url'],
      ['the same text with other spacing and case', (a: AnalysisJSON) => ({ ...a, text: a.text.toUpperCase().replace(/ /g, '  '), url: undefined }), 'content'],
    ] as const)('records %s from another origin as a duplicate, with its reason', async (_what, change, by) => {
      const [c] = corpus();
      const first = toStorable(c!.analysis, { origin: 'one' });
      const stored = await store.save(first.article, first.record);
      const dup = toStorable(change(c!.analysis) as AnalysisJSON, { origin: 'two' });
      expect(await store.lookup({ origin: 'two', urlKey: dup.article.urlKey, contentHash: dup.article.contentHash, versionsKey: 'v' }))
        .toEqual({ state: 'duplicate', id: stored.id, by });
      const r = await store.save(dup.article, dup.record);
      expect(r).toEqual({ status: 'duplicate', id: stored.id, by });
      const s = await store.status();
      expect(s.articles).toBe(1);
      expect(s.skipped).toEqual([{ reason: `duplicate-${by}`, count: 1, examples: [{ origin: 'two', message: expect.stringContaining(String(stored.id)) }] }]);
    });

    it('looks up an input before analysis: new, stored (current or stale), skipped', async () => {
      const ids = await saveAll();
      const vk = versionsKey(VERSIONS);
      expect(await store.lookup({ origin: 'feed:wire-a/1', versionsKey: vk })).toEqual({ state: 'stored', id: ids[0], stale: false });
      expect(await store.lookup({ origin: 'feed:wire-a/1', versionsKey: 'document@2.0.0' })).toEqual({ state: 'stored', id: ids[0], stale: true });
      expect(await store.lookup({ origin: 'nowhere', urlKey: 'x.example/a', contentHash: 'abc', versionsKey: vk })).toEqual({ state: 'new' });
      await store.skip({ origin: 'page.html', reason: 'not-english', message: 'the text is not in English' });
      await store.skip({ origin: 'page.html', reason: 'not-english', message: 'the text is not in English' });
      expect(await store.lookup({ origin: 'page.html', versionsKey: vk })).toEqual({ state: 'skipped', reason: 'not-english' });
      const s = await store.status();
      expect(s.skipped).toEqual([{ reason: 'not-english', count: 1, examples: [{ origin: 'page.html', message: 'the text is not in English' }] }]);
    });

    it('clears a skip when the origin is later stored', async () => {
      const [c] = corpus();
      await store.skip({ origin: c!.origin, reason: 'input-unreadable', message: 'could not read' });
      const { article, record } = toStorable(c!.analysis, { origin: c!.origin });
      await store.save(article, record);
      expect((await store.status()).skipped).toEqual([]);
    });

    it('writes an article atomically: a failing fact leaves no trace of it', async () => {
      const [c] = corpus();
      const { article, record } = toStorable(c!.analysis, { origin: c!.origin });
      const broken = { ...record, facts: { ...record.facts, figures: [{ ...record.facts.figures[0]!, category: null as unknown as string }] } };
      await expect(store.save(article, broken)).rejects.toThrow();
      expect(await store.lookup({ origin: c!.origin, versionsKey: 'v' })).toEqual({ state: 'new' });
      const s = await store.status();
      expect(s.articles).toBe(0);
      expect(s.facts.actors + s.facts.events + s.facts.quotes + s.facts.mentions).toBe(0);
      const ok = await store.save(article, record);
      expect(ok.status).toBe('stored');
    });

    it('rolls back a failing article alone among saves made at the same time (a group commit)', async () => {
      const made = corpus().map((c) => toStorable(c.analysis, { origin: c.origin, source: c.source }));
      const bad = made[2]!.record;
      const figure = { ...made[0]!.record.facts.figures[0]!, category: null as unknown as string };
      const broken = { ...bad, facts: { ...bad.facts, figures: [...bad.facts.figures, figure] } };
      const results = await Promise.allSettled(made.map((m, i) => store.save(m.article, i === 2 ? broken : m.record)));
      expect(results.map((r) => r.status)).toEqual(made.map((_, i) => (i === 2 ? 'rejected' : 'fulfilled')));
      expect(await store.lookup({ origin: made[2]!.article.origin, versionsKey: 'v' })).toEqual({ state: 'new' });
      const s = await store.status();
      expect(s.articles).toBe(made.length - 1);
      const events = (a: { record: { facts: { events: readonly unknown[] } } }) => a.record.facts.events.length;
      expect(s.facts.events).toBe(made.reduce((n, m, i) => n + (i === 2 ? 0 : events(m)), 0));
      for (const [i, r] of results.entries()) {
        if (r.status === 'fulfilled') expect((await store.article((r.value as { id: number }).id))!.origin).toBe(made[i]!.article.origin);
      }
    });

    describe('merges a person named by a shorter form into the one stored person whose name ends with it', () => {
      const RUSGOV = { kind: 'person' as const, country: 'RUS', sector: 'GOV', code: 'RUSGOV' };
      const short = (origin: string, name = 'Putin') => toStorable(new AnalysisFixture(origin, `${name} said the drills would go on. The drills began at dawn.`, '2024-03-02')
        .actor('a1', name, RUSGOV)
        .quote({ text: 'the drills would go on', kind: 'indirect', speaker: name, actor: 'a1', cue: 'said' })
        .event({ trigger: 'began', clause: 'The drills began at dawn', type: 'MOBILIZE', actor: 'a1' })
        .build(), { origin });
      const full = (origin: string) => toStorable(new AnalysisFixture(origin, 'Vladimir Putin met the visiting minister on Friday.', '2024-03-01')
        .actor('a1', 'Vladimir Putin', RUSGOV).build(), { origin });
      const person = (origin: string, text: string, name: string, code: string | null) => toStorable(new AnalysisFixture(origin, text, '2024-03-03')
        .actor('a1', name, { kind: 'person', code, country: code ? code.slice(0, 3) : null }).build(), { origin });
      const save = async (x: ReturnType<typeof toStorable>) => expect((await store.save(x.article, x.record)).status).toBe('stored');

      for (const order of ['full name first', 'surname first'] as const) {
        it(`"Putin", "Mr. Putin" and "Vladimir Putin" are one actor, with all their rows (${order})`, async () => {
          const all = [full('merge:full'), short('merge:short'), short('merge:mr', 'Mr. Putin')];
          for (const x of order === 'full name first' ? all : [...all].reverse()) await save(x);
          const found = await store.actors({ name: 'putin' });
          expect(found.map((a) => [a.name, a.code, a.numArticles, a.numMentions, a.firstDay, a.lastDay]))
            .toEqual([['Vladimir Putin', 'RUSGOV', 3, 3, '2024-03-01', '2024-03-02']]);
          const id = found[0]!.id;
          expect(await store.actor(id)).toEqual(found[0]);
          const quotes = await store.quotes({ actorId: id });
          expect(quotes.map((q) => q.speaker?.text).sort()).toEqual(['Mr. Putin', 'Putin']);
          expect(quotes.map((q) => q.speaker?.actor?.id)).toEqual([id, id]);
          expect((await store.quotes({ speaker: 'Vladimir Putin' })).length).toBe(2);
          const events = await store.events({ actor: 'Vladimir Putin' });
          expect(events.map((e) => e.actor?.id)).toEqual([id, id]);
          expect((await store.status()).facts.actors).toBe(1);
        });
      }

      it('keeps apart people of the same surname with different codes', async () => {
        await save(person('smith:1', 'John Smith spoke to the board.', 'John Smith', 'USABUS'));
        await save(person('smith:2', 'Smith spoke to the committee.', 'Smith', 'GBRGOV'));
        const found = await store.actors({ name: 'smith' });
        expect(found.map((a) => [a.name, a.code]).sort()).toEqual([['John Smith', 'USABUS'], ['Smith', 'GBRGOV']]);
      });

      it('keeps apart a surname that ends two stored names (ambiguous)', async () => {
        await save(person('smith:1', 'John Smith spoke to the board.', 'John Smith', null));
        await save(person('smith:2', 'Jane Smith spoke to the council.', 'Jane Smith', null));
        await save(person('smith:3', 'Smith spoke to the committee.', 'Smith', null));
        const found = await store.actors({ name: 'smith' });
        expect(found.map((a) => [a.name, a.numArticles]).sort()).toEqual([['Jane Smith', 1], ['John Smith', 1], ['Smith', 1]]);
      });
    });

    it('merges actors across articles by name and code, with their article and mention counts', async () => {
      await saveAll();
      const blinken = await store.actors({ name: 'blinken' });
      expect(blinken.map((a) => [a.name, a.code, a.numArticles, a.numMentions])).toEqual([['Antony Blinken', 'USAGOV', 2, 2]]);
      expect(blinken[0]!.firstDay).toBe('2022-09-21');
      expect(blinken[0]!.lastDay).toBe('2022-09-23');
      const protesters = await store.actors({ name: 'PROTESTERS' });
      expect(protesters.map((a) => [a.code, a.numArticles])).toEqual([['RUSCVL', 3]]);
      const gov = await store.actors({ code: 'RUSGOV' });
      expect(gov.map((a) => a.name).sort()).toEqual(['Kremlin', 'Russian government', 'Sergei Lavrov']);
      expect((await store.actors({ code: 'USA' })).map((a) => a.name)).toEqual(['Antony Blinken']);
      const one = await store.actor(blinken[0]!.id);
      expect(one).toEqual(blinken[0]);
      expect(await store.actor(99999)).toBeNull();
    });

    it('links the same event told by several articles as one occurrence, counting articles and sources', async () => {
      await saveAll();
      const occ = await store.occurrences({ type: 'PROTEST' });
      expect(occ.map((o) => [o.day, o.actorCode, o.place, o.numArticles, o.numSources, o.numMentions])).toEqual([
        ['2022-09-21', 'RUSCVL', 'Moscow', 3, 2, 3],
        ['2022-09-22', 'RUSEDU', 'Saint Petersburg', 1, 1, 1],
      ]);
      const moscow = occ[0]!;
      expect(moscow.example.trigger.text).toBe('rallied');
      expect(moscow.example.sentence).toContain('protesters rallied against the mobilization order.');
      const mentions = await store.events({ occurrence: moscow.id });
      expect(mentions.map((e) => e.article.source)).toEqual(['wire-a.example', 'daily-b.example', 'wire-a.example']);
      for (const e of mentions) expect(e.sentence).toContain(e.trigger.text);
    });

    it('pages events and occurrences by id for exports, with GDELT\'s tone and root fields', async () => {
      await saveAll();
      const all = await store.events({ modality: 'all', afterId: 0, limit: 100 });
      const ids = all.map((e) => e.id);
      expect(ids).toHaveLength(9);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      expect((await store.events({ modality: 'all', afterId: ids[3]!, limit: 3 })).map((e) => e.id)).toEqual(ids.slice(4, 7));
      const occ = await store.occurrences({ modality: 'all', afterId: 0 });
      expect(occ).toHaveLength(6);
      expect(occ.map((o) => o.id)).toEqual([...occ.map((o) => o.id)].sort((a, b) => a - b));
      const [moscow] = await store.occurrences({ type: 'PROTEST' });
      expect(moscow!.avgTone).toBeCloseTo(-3.5 / 3, 5);
      expect(moscow!.isRoot).toBe(true);
      expect(moscow!.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const [mobilize] = await store.occurrences({ type: 'MOBILIZE', modality: 'hedged' });
      expect(mobilize!.isRoot).toBe(false);
    });

    it('leaves hedged and negated events out of lists and counts unless asked', async () => {
      await saveAll();
      expect((await store.events({})).map((e) => e.type).sort()).toEqual(['ASSAULT', 'COERCE', 'COERCE', 'PROTEST', 'PROTEST', 'PROTEST', 'PROTEST']);
      expect((await store.events({ modality: 'hedged' })).map((e) => [e.type, e.hedged, e.future])).toEqual([['MOBILIZE', true, true]]);
      expect((await store.events({ modality: 'negated' })).map((e) => [e.type, e.negated])).toEqual([['SANCTION', true]]);
      expect(await store.events({ modality: 'all' })).toHaveLength(9);
      expect(await store.occurrences({ type: 'MOBILIZE' })).toEqual([]);
      expect(await store.occurrences({ type: 'MOBILIZE', modality: 'all' })).toHaveLength(1);
    });

    it.each([
      [{ actor: 'RUS', type: 'PROTEST', from: '2022-09-01', to: '2022-09-30' }, ['PROTEST rallied', 'PROTEST rallied', 'PROTEST rallied', 'PROTEST marched']],
      [{ actor: 'RUSCOP' }, ['COERCE detained', 'COERCE detained']],
      [{ actor: 'riot police' }, ['COERCE detained']],
      [{ target: 'UKR' }, ['ASSAULT Shelling killed']],
      [{ country: 'UKR' }, ['ASSAULT Shelling killed']],
      [{ type: 'protest', from: '2022-09-22' }, ['PROTEST marched']],
      [{ type: 'PROTEST', to: '2022-09-21' }, ['PROTEST rallied', 'PROTEST rallied', 'PROTEST rallied']],
      [{ actor: 'USA' }, []],
    ])('filters events: %j', async (q, expected) => {
      await saveAll();
      const rows = await store.events(q);
      expect(rows.map((e) => `${e.type} ${e.trigger.text}`)).toEqual(expected);
    });

    it('gives each event its coding, actors with names, place with coordinates and sentence', async () => {
      await saveAll();
      const [e] = await store.events({ type: 'ASSAULT' });
      expect(e).toMatchObject({
        type: 'ASSAULT', mode: 'aerial', cameo: '195', quad: 4, goldstein: -10, date: '2022-09-23', day: '2022-09-23',
        negated: false, hedged: false, future: false, acled: null,
        actor: { name: 'Russian forces', code: 'RUSMIL', country: 'RUS' },
        target: { name: 'civilians', code: 'UKRCVL', country: 'UKR' },
        place: { text: 'Kharkiv', name: 'Kharkiv', country: 'UKR', featureType: 'city', lat: 49.99, lon: 36.23 },
        article: { publishedAt: '2022-09-24', source: null },
      });
      expect(e!.sentence).toBe('Shelling killed 12 civilians in Kharkiv 🇺🇦 on Friday, the regional governor said.');
    });

    it('counts occurrences by day, type and country', async () => {
      await saveAll();
      expect(await store.countEvents({ type: 'PROTEST' }, 'day')).toEqual([
        { key: '2022-09-21', occurrences: 1, articles: 3 },
        { key: '2022-09-22', occurrences: 1, articles: 1 },
      ]);
      expect((await store.countEvents({}, 'type')).map((r) => [r.key, r.occurrences])).toEqual([['PROTEST', 2], ['ASSAULT', 1], ['COERCE', 1]]);
      expect((await store.countEvents({}, 'country')).map((r) => [r.key, r.occurrences])).toEqual([['RUS', 3], ['UKR', 1]]);
    });

    it('finds quotes by speaker, through the actor or the words naming it', async () => {
      await saveAll();
      const qs = await store.quotes({ speaker: 'Antony Blinken' });
      expect(qs.map((q) => [q.span.text, q.kind, q.cue?.text, q.speaker?.actor?.code, q.article.publishedAt])).toEqual([
        ['"the world is watching"', 'direct', 'said', 'USAGOV', '2022-09-23'],
        ['the crackdown showed weakness', 'indirect', 'said', 'USAGOV', '2022-09-21T18:30:00Z'],
      ]);
      const lavrov = await store.quotes({ speaker: 'foreign minister sergei lavrov' });
      expect(lavrov.map((q) => q.speaker?.text)).toEqual(['Foreign Minister Sergei Lavrov']);
      expect(await store.quotes({ speaker: 'Nobody Known' })).toEqual([]);
    });

    it('finds figures by category and country, with their sentence', async () => {
      await saveAll();
      const [arrests] = await store.figures({ category: 'ARREST', country: 'RUS' });
      expect(arrests).toMatchObject({ value: 300, approx: '>', valueHigh: null, category: 'ARREST', subject: 'people', country: 'RUS', day: '2022-09-22' });
      expect(arrests!.sentence).toBe('Police detained more than 300 people in Moscow on Wednesday after protesters rallied against the mobilization order.');
      expect((await store.figures({ category: 'KILL' })).map((f) => [f.value, f.country])).toEqual([[12, 'UKR']]);
      expect(await store.figures({ category: 'ARREST', country: 'UKR' })).toEqual([]);
    });

    it('searches the full text, word forms included, with a marked snippet', async () => {
      await saveAll();
      const hits = await store.search({ text: 'mobilization' });
      expect(hits.map((h) => h.article.title)).toEqual(['Hundreds held at Moscow rally']);
      expect(hits[0]!.snippet).toContain('[mobilization]');
      expect((await store.search({ text: 'detain' })).length).toBe(2);
      expect((await store.search({ text: 'rallied Moscow' })).length).toBe(3);
      expect((await store.search({ text: '"world is watching"' })).length).toBe(1);
      expect(await store.search({ text: 'zebra' })).toEqual([]);
      expect(await store.search({ text: ' "( OR * ' })).toEqual([]);
    });

    it('replaces an analysis when the extractors changed, leaving no old facts', async () => {
      const ids = await saveAll();
      const newer = { document: '1.0.0', events: '2.0.0' };
      const stale = await store.staleArticles(versionsKey(newer), 10);
      expect(stale.map((a) => a.id)).toEqual(ids);
      expect((await store.staleArticles(versionsKey(newer), 2, ids[1])).map((a) => a.id)).toEqual(ids.slice(2, 4));
      const text = stale[0]!.text;
      const redo = new AnalysisFixture('t1', text, '2022-09-22')
        .actor('a1', 'police', { ...{ kind: 'group', country: 'RUS', sector: 'COP', code: 'RUSCOP' }, mentions: ['Police'] })
        .event({ trigger: 'detained', type: 'COERCE', cameo: '173', quad: 4, actor: 'a1', date: '2022-09-21' })
        .versions(newer).build();
      await store.replaceAnalysis(ids[0]!, toStorable(redo, { origin: 'feed:wire-a/1' }).record);
      expect(await store.lookup({ origin: 'feed:wire-a/1', versionsKey: versionsKey(newer) })).toEqual({ state: 'stored', id: ids[0], stale: false });
      expect((await store.events({ article: ids[0]!, modality: 'all' })).map((e) => e.trigger.text)).toEqual(['detained']);
      expect(await store.quotes({ article: ids[0]! })).toEqual([]);
      expect(await store.figures({ article: ids[0]! })).toEqual([]);
      expect((await store.article(ids[0]!))!.analysis!.versions).toEqual(newer);
      expect((await store.actors({ name: 'protesters' })).map((a) => a.numArticles)).toEqual([2]);
      expect(await store.actors({ name: 'lavrov' })).toEqual([]);
      expect((await store.actors({ code: 'RUSCOP' })).map((a) => [a.name, a.numArticles, a.numMentions])).toEqual([['police', 1, 1], ['riot police', 1, 1]]);
      const s = await store.status();
      expect(s.analyses).toEqual([{ versions: VERSIONS, count: 4 }, { versions: newer, count: 1 }]);
    });

    it('pages through all articles in id order for exports', async () => {
      const ids = await saveAll();
      const first = await store.articles(0, 3);
      const rest = await store.articles(first[2]!.id, 3);
      expect([...first, ...rest].map((a) => a.id)).toEqual(ids);
      expect(rest[0]!.analysis!.events.length).toBeGreaterThan(0);
    });

    it('reports its content in status', async () => {
      await saveAll();
      await store.skip({ origin: 'big.html', reason: 'input-too-large', message: 'page of 52428800 bytes' });
      const s = await store.status();
      expect(s.articles).toBe(5);
      expect(s.facts).toEqual({ actors: 10, mentions: 13, quotes: 3, figures: 2, times: 1, places: 5, events: 9, occurrences: 6 });
      expect(s.analyses).toEqual([{ versions: VERSIONS, count: 5 }]);
      expect(s.skipped.map((x) => [x.reason, x.count])).toEqual([['input-too-large', 1]]);
      expect(s.lastIngestAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });
  });
}
