import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyzeCommand, errorPlace, type AnalyzeOptions } from './analyze.js';
import { EXIT } from './exit.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function run(files: string[], opts: Partial<AnalyzeOptions>, stdin: string | Buffer = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await analyzeCommand(files, { format: 'json', jsonl: false, ...opts }, {
    stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, stderrIsTTY: false,
  });
  return { code, out, err };
}

const ARTICLE = 'Officials in Lisbon said on Monday that the bridge would reopen next week.';

describe('newsgraph analyze', () => {
  it('analyses a text file into one JSON object', async () => {
    const r = await run([file('a.txt', ARTICLE)], { published: '2023-03-08' });
    expect(r.code).toBe(EXIT.ok);
    const a = JSON.parse(r.out);
    expect(a.id).toBe('a');
    expect(a.publishedAt).toBe('2023-03-08');
    expect(a.text).toBe(ARTICLE);
    for (const k of ['sentences', 'entities', 'actors', 'quotes', 'figures', 'times', 'places', 'events', 'diagnostics']) {
      expect(Array.isArray(a[k])).toBe(true);
    }
  });

  it('prints a readable text report', async () => {
    const r = await run([file('b.txt', ARTICLE)], { format: 'text' });
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^== b/);
    expect(r.out).toMatch(/Actors \(\d+\)/);
    expect(r.out).toMatch(/Events \(\d+\)/);
  });

  it.each([
    ['an empty file', 'empty.txt', '', 'input-empty'],
    ['a binary file', 'bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), 'input-binary'],
    ['invalid UTF-8', 'latin1.txt', Buffer.from('Caf\xe9 au lait in S\xe3o Paulo.', 'latin1'), 'input-encoding'],
    ['a 20 MB text', 'big.txt', 'The council met again today. '.repeat(700_000), 'input-too-large'],
  ])('refuses %s with a clear error and exit code 3', async (_what, name, content, code) => {
    const r = await run([file(name, content)], {});
    expect(r.code).toBe(EXIT.input);
    expect(r.out).toBe('');
    expect(r.err).toContain(`[${code}]`);
  });

  it('goes on past a bad file and reports it, exit 0 when one succeeded', async () => {
    const r = await run([file('c.txt', ARTICLE), file('d.txt', ''), file('e.txt', 'A second short article about trade.')], {});
    expect(r.code).toBe(EXIT.ok);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1].error.code).toBe('input-empty');
    expect(lines[2].id).toBe('e');
    expect(r.err).toContain('d.txt');
  });

  it('reports a missing file', async () => {
    const r = await run([join(dir, 'nope.txt')], {});
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toMatch(/ENOENT/);
  });

  it('--jsonl: one output line per input line, errors as lines, in order', async () => {
    const input = [
      JSON.stringify({ id: 'x1', text: ARTICLE, publishedAt: '2023-03-08' }),
      'this is not json',
      JSON.stringify({ id: 'x3', title: 'no text here' }),
      JSON.stringify({ id: 'x4', text: 'Another article.', publishedAt: 'yesterday-ish' }),
      JSON.stringify({ text: 'No id given.' }),
    ].join('\n') + '\n';
    const r = await run([], { jsonl: true, published: '2023-01-01' }, input);
    expect(r.code).toBe(EXIT.ok);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['x1', 2, 'x3', 'x4', '5']);
    expect(lines[0].publishedAt).toBe('2023-03-08');
    expect(lines[1].error.code).toBe('input-invalid');
    expect(lines[2].error.message).toMatch(/text/);
    expect(lines[3].error.message).toMatch(/not a date/);
    expect(lines[4].publishedAt).toBe('2023-01-01');
  });

  it('--jsonl: invalid UTF-8 on one line is an error line; exit 3 when every line failed', async () => {
    const bad = Buffer.concat([Buffer.from('{"id":"u","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const r = await run([], { jsonl: true }, Buffer.concat([bad, Buffer.from('{}\n')]));
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].error.code).toBe('input-encoding');
    expect(lines[1].error.code).toBe('input-invalid');
    expect(r.code).toBe(EXIT.input);
  });

  it('refuses a bad --published as usage', async () => {
    await expect(run([file('f.txt', ARTICLE)], { published: '22/09/2022' })).rejects.toThrow(/--published/);
  });

  it('exits with the documented codes as a process', () => {
    const cli = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', input });
    const ok = cli(['analyze', file('g.txt', ARTICLE)]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).id).toBe('g');
    expect(cli(['analyze', file('h.txt', '')]).status).toBe(3);
    expect(cli(['analyze', '--format', 'yaml', file('i.txt', ARTICLE)]).status).toBe(2);
    expect(cli(['analyze']).status).toBe(2);
    const help = cli(['analyze', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--published/);
  }, 120_000); // five processes, each compiling the CLI with tsx and loading the engine: 46 s seen on a loaded machine

  it.each([
    ['notes.txt', 'notes', 'notes.txt is empty', 'notes.txt'],
    ['feed.jsonl', 2, 'line 2 is not JSON: bad token', 'feed.jsonl'],
    ['feed.jsonl', 4, 'line 4 is empty', 'feed.jsonl'],
    ['feed.jsonl', 3, 'the article text is empty', 'feed.jsonl line 3'],
    ['feed.jsonl', 'harbour-7', 'the article text is empty', 'feed.jsonl article "harbour-7"'],
    ['feed.jsonl', 'harbour-8', 'line 5: text: missing "text"', 'feed.jsonl (article "harbour-8")'],
  ])('an error in %s (id %j, "%s") is placed as %s', (source, id, message, place) => {
    expect(errorPlace(source, id, message)).toBe(place);
  });

  it('names the article of a JSON Lines file whose text is empty, once per line', async () => {
    const p = file('k.jsonl', [
      JSON.stringify({ id: 'quay-1', text: '' }),
      'not json',
      JSON.stringify({ id: 'quay-3', text: ARTICLE }),
    ].join('\n'));
    const r = await run([p], {});
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain(`${p} article "quay-1": the article text is empty [input-empty]`);
    expect(r.err).toContain(`${p}: line 2 is not JSON`);
  });
});
