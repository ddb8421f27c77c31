/**
 * Query results as a table for people (columns padded, long text clipped),
 * CSV for spreadsheets (RFC 4180, every column in full) or JSON for scripts
 * (the rows as the store gives them).
 */

export type OutputFormat = 'table' | 'csv' | 'json';

export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | null | undefined;
  /** Widest cell in a table, in characters (longer text is clipped). */
  readonly max?: number;
}

const cell = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined ? '' : String(v));

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  if (rows.length === 0) return '(no results)\n';
  const cells = rows.map((r) => columns.map((c) => clip(cell(c.value(r)), c.max ?? 40)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (vs: string[]) => vs.map((v, i) => (i === vs.length - 1 ? v : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function renderCsv<T>(columns: readonly Column<T>[], rows: readonly T[], header = true): string {
  const lines = rows.map((r) => columns.map((c) => csvField(cell(c.value(r)))).join(','));
  if (header) lines.unshift(columns.map((c) => csvField(c.header)).join(','));
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}

export function render<T>(format: OutputFormat, columns: readonly Column<T>[], rows: readonly T[]): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return renderCsv(columns, rows);
  return renderTable(columns, rows);
}
