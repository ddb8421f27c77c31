import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../errors.js';
import { checkDbName, requireExistingStore } from './db.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-db-'));
const existing = join(dir, 'news.db');
writeFileSync(existing, '');

function codeOf(f: () => void): string | null {
  try {
    f();
    return null;
  } catch (err) {
    return errorCode(err);
  }
}

describe('--db checks', () => {
  it.each([
    [existing, null],
    [':memory:', null],
    ['postgres://user@db.example/news', null],
    ['postgresql://user@db.example/news', null],
    [join(dir, 'mistyped.db'), 'store'],
    [join(dir, 'no-such-folder', 'news.db'), 'store'],
    ['mysql://user@db.example/news', 'usage'],
    ['sqlite://news.db', 'usage'],
  ])('a read command with --db %s fails with %s', (db, code) => {
    expect(codeOf(() => requireExistingStore(db))).toBe(code);
  });

  it.each([
    [join(dir, 'new.db'), null],
    ['postgres://user@db.example/news', null],
    ['mysql://user@db.example/news', 'usage'],
  ])('a command that may create the store with --db %s fails with %s', (db, code) => {
    expect(codeOf(() => checkDbName(db))).toBe(code);
  });
});
