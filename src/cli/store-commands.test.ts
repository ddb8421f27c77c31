import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { corpus } from '../store/conformance-corpus.js';
import { toStorable } from '../store/prepare.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { main } from './program.js';

let db = '';
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ng-cli-'));
  db = join(dir, 'news.db');
  const store = SqliteStore.open(db);
  for (const c of corpus()) {
    const { article, record } = toStorable(c.analysis, { origin: c.origin, source: c.source });
    await store.save(article, record);
  }
  await store.skip({ origin: 'huge.html', reason: 'input-too-large', message: 'a page of 52428800 bytes' });
  await store.close();
});

afterEach(() => { vi.restoreAllMocks(); });

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { err += String(s); return true; });
  const code = await main(['node', 'newsgraph', ...args]);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('store commands', () => {
  it('query events lists occurrences with their counts, as a table, JSON or CSV', async () => {
    const table = await cli('query', 'events', '--db', db, '--actor', 'RUS', '--type', 'PROTEST', '--from', '2022-09-01', '--to', '2022-09-30');
    expect(table.code).toBe(0);
    const lines = table.out.trim().split('\n');
    expect(lines[0]).toMatch(/^occurrence\s+day\s+type\s+actor\s+target\s+place\s+articles\s+sources\s+mentions\s+example$/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/2022-09-21\s+PROTEST\s+protesters \[RUSCVL\]\s+Moscow\s+3\s+2\s+3/);
    const json = JSON.parse((await cli('query', 'events', '--db', db, '--type', 'PROTEST', '--json')).out);
    expect(json.map((o: { numArticles: number }) => o.numArticles)).toEqual([3, 1]);
    const csv = (await cli('query', 'events', '--db', db, '--mentions', '--type', 'PROTEST', '--csv')).out.trim().split('\r\n');
    expect(csv).toHaveLength(5);
    expect(csv[0]).toBe('event,day,type,cameo,actor,target,place,modality,trigger,article,at,sentence');
  });

  it.each([
    [['query', 'quotes', '--speaker', 'Antony Blinken'], 2, /Antony Blinken \[USAGOV\]/],
    [['query', 'figures', '--category', 'ARREST', '--country', 'RUS'], 1, /ARREST\s+300\s+>/],
    [['query', 'actors', '--name', 'putin'], 0, /^\(no results\)$/],
    [['query', 'actors', '--name', 'lavrov'], 1, /Sergei Lavrov\s+person\s+RUSGOV/],
    [['search', 'mobilization'], 1, /Hundreds held at Moscow rally/],
  ])('%j prints %i rows', async (args, n, pattern) => {
    const r = await cli(...args, '--db', db);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(n === 0 ? lines.length : lines.length - 2).toBe(n === 0 ? 1 : n);
    expect(r.out).toMatch(new RegExp(pattern.source, 'm'));
  });

  it('status shows the counts, the analyses by versions and the skipped inputs with reasons', async () => {
    const r = await cli('status', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toContain('articles 5');
    expect(r.out).toMatch(/events 9/);
    expect(r.out).toMatch(/5\s+document@1\.0\.0 events@1\.2\.0\s+\(stale/);
    expect(r.out).toMatch(/1\s+input-too-large\n\s+e\.g\. huge\.html: a page of 52428800 bytes/);
    const json = JSON.parse((await cli('status', '--db', db, '--json')).out);
    expect(json.skipped[0].reason).toBe('input-too-large');
  });

  it('export writes a file and says how many records', async () => {
    const out = join(dir, 'events.tsv');
    const r = await cli('export', '--db', db, '--format', 'gdelt', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`exported 4 gdelt records to ${out}\n`);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(4);
  });

  it('ingest stores a file, then finds it stored on a rerun', async () => {
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'The port authority said on Monday that the new terminal would open in March, adding two hundred jobs.');
    const fresh = join(dir, 'fresh.db');
    const first = await cli('ingest', file, '--db', fresh, '--workers', '1', '--json');
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ read: 1, stored: 1 });
    const again = await cli('ingest', file, '--db', fresh, '--workers', '1', '--json');
    expect(JSON.parse(again.out)).toMatchObject({ read: 1, stored: 0, existing: 1 });
  }, 60_000);

  it('ingest of a folder holding nothing it reads says so and exits 3; the summary counts inputs in the singular too', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    writeFileSync(join(empty, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const r = await cli('ingest', empty, '--db', join(dir, 'empty.db'), '--workers', '1');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/the inputs held nothing to read/);
    const file = join(dir, 'one.txt');
    writeFileSync(file, 'The harbour board said on Friday that the ferry service would resume in April.');
    const one = await cli('ingest', file, '--db', join(dir, 'one.db'), '--workers', '1');
    expect(one.code, one.err).toBe(0);
    expect(one.out).toMatch(/^ingested 1 input in \d+s \([\d.]+ articles analysed\/s\):/);
    const rerun = await cli('ingest', file, '--db', join(dir, 'one.db'), '--workers', '1');
    expect(rerun.out).toMatch(/^ingested 1 input in \d+s:\n  stored 0 new, 1 already stored/);
  }, 60_000);

  it('ingest refuses a --db with another scheme than postgres:// instead of making a folder of it', async () => {
    const r = await cli('ingest', join(dir, 'one.txt'), '--db', 'mysql://user@localhost/news');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/SQLite file or a postgres:\/\/ URL/);
    expect(existsSync('mysql:')).toBe(false);
  });

  it.each([
    [['status'], 4],
    [['query', 'events'], 4],
    [['search', 'harbour'], 4],
    [['export', '--format', 'csv'], 4],
  ])('%j on a --db that does not exist fails (exit %i) and creates no file or folder', async (args, code) => {
    const missing = join(dir, 'typo', 'nwes.db');
    const r = await cli(...args, '--db', missing);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(/there is no store at .*nwes\.db/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });

  it.each([
    [['query', 'events'], /--limit <n>\s+most rows printed \(default: 50, at most 10000\)/],
    [['search'], /--limit <n>\s+most rows printed \(default: 20, at most 10000\)/],
    [['serve'], /--max-body <size>\s+largest request body, e\.g\. 2mb, 512kb \(default: 2mb\)/],
    [['analyze'], /--max-size <chars>\s+longest article text analysed, in characters\s+\(default:\s+5000000\)/],
  ])('%j --help gives the defaults, each once', async (args, pattern) => {
    const r = await cli(...args, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(pattern);
    expect(r.out).not.toMatch(/\(default [^)]*\)\s+\(default:/);
  });

  it('a --db with another scheme than postgres:// is a usage error, not a folder', async () => {
    const r = await cli('status', '--db', 'mysql://user@localhost/news');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/SQLite file or a postgres:\/\/ URL/);
  });

  it.each([
    [['query', 'events', '--json', '--csv'], /--json or --csv/],
    [['query', 'events', '--from', '2022-13-45'], /--from must be a day/],
    [['query', 'events', '--modality', 'maybe'], /Allowed choices are asserted, hedged, negated, all/],
    [['worker'], /worker needs --db postgres/],
    [['ingest', 'x.txt', '--queue'], /--queue needs --db postgres/],
    [['ingest'], /give one or more files/],
    [['export', '--format', 'xml'], /Allowed choices are jsonl, csv, gdelt, plover/],
    [['analyze', 'article.txt', '--max-size', '0'], /--max-size must be a positive integer, not "0"/],
    [['query', 'events', '--from', '2022-02-30'], /--from must be a day/],
    [['export', '--out', join(tmpdir(), 'no-such-folder-4f1c', 'events.jsonl')], /cannot write --out .*events\.jsonl: its folder does not exist/],
    [['export', '--out', tmpdir()], /cannot write --out .*: EISDIR/],
    [['query', 'quotes', '--from', '2022-09-30', '--to', '2022-09-01'], /--from 2022-09-30 is after --to 2022-09-01/],
    [['query', 'events', '--type', 'PROTESTS'], /--type must be a PLOVER type/],
    [['query', 'figures', '--category', 'DEATHS'], /--category must be one of/],
    [['query', 'figures', '--country', 'Russia'], /--country must be an ISO 3166-1 alpha-3 code/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await cli(...args, '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
