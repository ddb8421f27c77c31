import { describe, expect, it } from 'vitest';
import { csvField, render, type Column } from './format.js';

interface Row { id: number; name: string; note: string | null }
const columns: Column<Row>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'name', value: (r) => r.name, max: 12 },
  { header: 'note', value: (r) => r.note },
];
const rows: Row[] = [
  { id: 1, name: 'Antony Blinken', note: 'said "no"' },
  { id: 22, name: 'Kremlin', note: null },
];

describe('query output', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['two\nlines', '"two\nlines"'],
  ])('csv field %j -> %j', (v, out) => {
    expect(csvField(v)).toBe(out);
  });

  it('prints a padded table with long cells clipped', () => {
    expect(render('table', columns, rows)).toBe([
      'id  name          note',
      '--  ------------  ---------',
      '1   Antony Blin…  said "no"',
      '22  Kremlin',
      '',
    ].join('\n'));
    expect(render('table', columns, [])).toBe('(no results)\n');
  });

  it('prints CSV with every cell in full, and JSON with the rows themselves', () => {
    expect(render('csv', columns, rows)).toBe('id,name,note\r\n1,Antony Blinken,"said ""no"""\r\n22,Kremlin,\r\n');
    expect(JSON.parse(render('json', columns, rows))).toEqual(rows);
  });
});
