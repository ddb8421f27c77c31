/** One line of the evaluation table. */
export interface EvalRow {
  readonly task: string;
  readonly corpus: string;
  readonly metric: string;
  readonly p?: number;
  readonly r?: number;
  readonly f1?: number;
  /** For accuracy-style metrics, in [0, 1]. */
  readonly value?: number;
  /** How many gold items (or records) the metric is over. */
  readonly n: number;
  readonly note?: string;
}

/** Precision/recall/F1 counts. */
export class Prf {
  tp = 0;
  fp = 0;
  fn = 0;
  get p(): number { return this.tp + this.fp === 0 ? 0 : this.tp / (this.tp + this.fp); }
  get r(): number { return this.tp + this.fn === 0 ? 0 : this.tp / (this.tp + this.fn); }
  get f1(): number { const p = this.p, r = this.r; return p + r === 0 ? 0 : (2 * p * r) / (p + r); }
  row(task: string, corpus: string, metric: string, note?: string): EvalRow {
    return { task, corpus, metric, p: this.p, r: this.r, f1: this.f1, n: this.tp + this.fn, ...(note ? { note } : {}) };
  }
}

const pct = (x: number | undefined) => (x === undefined ? '' : (100 * x).toFixed(1));

/** The table as aligned text. */
export function formatTable(rows: readonly EvalRow[]): string {
  const head = ['task', 'corpus', 'metric', 'P', 'R', 'F1', 'value', 'n', 'note'];
  const body = rows.map((r) => [r.task, r.corpus, r.metric, pct(r.p), pct(r.r), pct(r.f1), pct(r.value), String(r.n), r.note ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 && i <= 7 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
