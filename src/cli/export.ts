import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { errorMessage, UsageError } from '../errors.js';
import { exportStore, type ExportFormat } from '../export/export.js';
import { openStore } from '../store/open.js';
import type { ModalityFilter } from '../store/types.js';
import { requireExistingStore } from './db.js';
import { EXIT } from './exit.js';
import type { CommandIo } from './io.js';

export interface ExportCommandOptions {
  readonly db: string;
  readonly format: ExportFormat;
  readonly out?: string;
  readonly modality: ModalityFilter;
}

/** `newsgraph export`: the store as jsonl, csv, gdelt or plover, to standard output or --out FILE. */
export async function exportCommand(o: ExportCommandOptions, io: CommandIo): Promise<number> {
  requireExistingStore(o.db);
  const store = await openStore(o.db);
  try {
    if (o.out) {
      const file = createWriteStream(o.out);
      try {
        await once(file, 'open');
      } catch (err) {
        throw new UsageError(`cannot write --out ${o.out}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : errorMessage(err)}`);
      }
      const n = await exportStore(store, file, { format: o.format, modality: o.modality });
      file.end();
      await once(file, 'finish');
      io.stderr.write(`exported ${n} ${o.format} records to ${o.out}\n`);
    } else {
      await exportStore(store, io.stdout, { format: o.format, modality: o.modality });
    }
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
