import type { Writable } from 'node:stream';
import { renderCsv } from '../query/format.js';
import type { ModalityFilter, Store } from '../store/types.js';
import { EVENT_CSV_COLUMNS } from './csv.js';
import { gdeltRow } from './gdelt.js';
import { ploverRecord } from './plover.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly format: ExportFormat;
  /** Which events (csv, gdelt, plover): asserted by default; hedged and negated ones on request. */
  readonly modality: ModalityFilter;
}

const PAGE = 500;

function write(out: Writable, s: string): Promise<void> | undefined {
  if (!out.write(s)) return new Promise((resolve) => out.once('drain', () => resolve()));
  return undefined;
}

/**
 * Write the store out, page by page (keyset paging, so memory stays flat):
 * jsonl, one stored article with its analysis a line; csv, one event mention
 * a row; gdelt, one occurrence a GDELT 2.0 event row; plover, one PLOVER JSON
 * record a line. Returns the number of records written.
 */
export async function exportStore(store: Store, out: Writable, o: ExportOptions): Promise<number> {
  let n = 0;
  let after = 0;
  if (o.format === 'jsonl') {
    for (;;) {
      const page = await store.articles(after, PAGE);
      if (page.length === 0) break;
      for (const a of page) {
        const { analysis, text: _text, ...article } = a;
        await write(out, `${JSON.stringify({ article, analysis })}\n`);
        n++;
      }
      after = page[page.length - 1]!.id;
    }
    return n;
  }
  if (o.format === 'gdelt') {
    for (;;) {
      const page = await store.occurrences({ modality: o.modality, afterId: after, limit: PAGE });
      if (page.length === 0) break;
      for (const occ of page) {
        if (!occ.example.cameo) continue;
        await write(out, `${gdeltRow(occ)}\n`);
        n++;
      }
      after = page[page.length - 1]!.id;
    }
    return n;
  }
  let header = true;
  for (;;) {
    const page = await store.events({ modality: o.modality, afterId: after, limit: PAGE });
    if (page.length === 0) break;
    if (o.format === 'csv') {
      await write(out, renderCsv(EVENT_CSV_COLUMNS, page, header));
      header = false;
      n += page.length;
    } else {
      for (const e of page) {
        const r = ploverRecord(e);
        if (!r) continue;
        await write(out, `${JSON.stringify(r)}\n`);
        n++;
      }
    }
    after = page[page.length - 1]!.id;
  }
  if (o.format === 'csv' && header) await write(out, renderCsv(EVENT_CSV_COLUMNS, [], true));
  return n;
}
