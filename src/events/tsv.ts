import { readFileSync } from 'node:fs';

/** Rows of a tab-separated data file: blank lines and lines starting with # are skipped. */
export function readTsv(path: string): string[][] {
  const rows: string[][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    rows.push(line.replace(/\r$/, '').split('\t').map((c) => c.trim()));
  }
  return rows;
}
