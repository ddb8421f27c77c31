import { Writable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { corpus } from '../store/conformance-corpus.js';
import { toStorable } from '../store/prepare.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/types.js';
import { exportStore, type ExportFormat } from './export.js';
import { GDELT_COLUMNS } from './gdelt.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(store: Store, format: ExportFormat, modality: 'asserted' | 'all' = 'asserted'): Promise<{ n: number; lines: string[] }> {
  const sink = new Sink();
  const n = await exportStore(store, sink, { format, modality });
  return { n, lines: sink.text.split(/\r?\n/).filter((l) => l !== '') };
}

describe('exports', () => {
  let store: Store;
  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    for (const c of corpus()) {
      const { article, record } = toStorable(c.analysis, { origin: c.origin, source: c.source });
      await store.save(article, record);
    }
  });

  it('jsonl: one stored article with its analysis a line', async () => {
    const { n, lines } = await run(store, 'jsonl');
    expect(n).toBe(5);
    const first = JSON.parse(lines[0]!);
    expect(first.article).toMatchObject({ origin: 'feed:wire-a/1', source: 'wire-a.example', title: 'Hundreds held at Moscow rally' });
    expect(first.article.text).toBeUndefined();
    expect(first.analysis.text.slice(first.analysis.events[0].trigger.start, first.analysis.events[0].trigger.end)).toBe('rallied');
  });

  it('gdelt: one occurrence a row of 61 columns, counts of articles and sources', async () => {
    const { n, lines } = await run(store, 'gdelt');
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(n).toBe(4);
    const rows = lines.map((l) => l.split('\t'));
    for (const r of rows) expect(r).toHaveLength(61);
    const col = (r: string[], name: (typeof GDELT_COLUMNS)[number]) => r[GDELT_COLUMNS.indexOf(name)];
    const protest = rows.find((r) => col(r, 'EventCode') === '141' && col(r, 'ActionGeo_FullName') === 'Moscow')!;
    expect([col(protest, 'SQLDATE'), col(protest, 'MonthYear'), col(protest, 'Year'), col(protest, 'FractionDate')]).toEqual(['20220921', '202209', '2022', '2022.7233']);
    expect([col(protest, 'Actor1Code'), col(protest, 'Actor1Name'), col(protest, 'Actor1CountryCode'), col(protest, 'Actor1Type1Code')]).toEqual(['RUSCVL', 'PROTESTERS', 'RUS', 'CVL']);
    expect([col(protest, 'NumMentions'), col(protest, 'NumSources'), col(protest, 'NumArticles'), col(protest, 'IsRootEvent')]).toEqual(['3', '2', '3', '1']);
    expect([col(protest, 'EventBaseCode'), col(protest, 'EventRootCode'), col(protest, 'QuadClass'), col(protest, 'GoldsteinScale')]).toEqual(['141', '14', '4', '-6.5']);
    expect([col(protest, 'ActionGeo_Type'), col(protest, 'ActionGeo_Lat'), col(protest, 'ActionGeo_Long')]).toEqual(['4', '55.75', '37.62']);
    expect(col(protest, 'SOURCEURL')).toBe('https://www.wire-a.example/news/moscow-rally?utm_source=rss');
    expect(col(protest, 'DATEADDED')).toMatch(/^\d{14}$/);
    expect((await run(store, 'gdelt', 'all')).n).toBe(6);
  });

  it('plover: PLOVER records with actors, place and the words they came from', async () => {
    const { n, lines } = await run(store, 'plover');
    expect(n).toBe(7);
    const assault = lines.map((l) => JSON.parse(l)).find((r) => r.event === 'ASSAULT');
    expect(assault).toMatchObject({
      date: '2022-09-23', event: 'ASSAULT', mode: 'aerial', eventText: 'Shelling killed', cameo: '195', quadClass: 4,
      source: [{ actorText: 'Russian forces', code: 'RUS', sector: 'MIL' }],
      target: [{ actorText: 'civilians', code: 'UKR', sector: 'CVL' }],
      eventLoc: { name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23 },
      modality: { negated: false, hedged: false, future: false }, language: 'en',
    });
    expect(assault.text).toContain('Shelling killed 12 civilians');
  });

  it('csv: a header and one event mention a row, quoted where needed', async () => {
    const { n, lines } = await run(store, 'csv', 'all');
    expect(n).toBe(9);
    expect(lines[0]!.split(',').slice(0, 6)).toEqual(['event_id', 'occurrence_id', 'article_id', 'day', 'date', 'type']);
    expect(lines).toHaveLength(10);
    const hedged = lines.find((l) => l.includes('MOBILIZE'))!;
    expect(hedged).toContain(',false,true,true,');
    expect(lines.some((l) => l.includes('"Shelling killed 12 civilians in Kharkiv 🇺🇦 on Friday, the regional governor said."'))).toBe(true);
  });

  it('writes only a header, or nothing, for an empty store', async () => {
    const empty = SqliteStore.open(':memory:');
    expect((await run(empty, 'csv')).lines).toHaveLength(1);
    expect((await run(empty, 'jsonl')).lines).toEqual([]);
    expect((await run(empty, 'gdelt')).lines).toEqual([]);
  });
});
