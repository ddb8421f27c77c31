import { ACTOR_COLUMNS, EVENT_COLUMNS, FIGURE_COLUMNS, OCCURRENCE_COLUMNS, QUOTE_COLUMNS, SEARCH_COLUMNS } from '../query/columns.js';
import { render, type Column, type OutputFormat } from '../query/format.js';
import { UsageError } from '../errors.js';
import { openStore } from '../store/open.js';
import type { ModalityFilter, Store } from '../store/types.js';
import { requireExistingStore } from './db.js';
import { checkDayRange } from './options.js';
import { EXIT } from './exit.js';
import type { CommandIo } from './io.js';

export interface OutputOptions {
  readonly db: string;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export function outputFormat(o: OutputOptions): OutputFormat {
  if (o.json && o.csv) throw new UsageError('give --json or --csv, not both');
  return o.json ? 'json' : o.csv ? 'csv' : 'table';
}

async function withStore<T>(db: string, f: (s: Store) => Promise<T>): Promise<T> {
  requireExistingStore(db);
  const store = await openStore(db);
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

async function show<T>(io: CommandIo, o: OutputOptions & { from?: string; to?: string }, columns: readonly Column<T>[], load: (s: Store) => Promise<T[]>): Promise<number> {
  const format = outputFormat(o);
  checkDayRange(o);
  const rows = await withStore(o.db, load);
  io.stdout.write(render(format, columns, rows));
  return EXIT.ok;
}

const page = (o: OutputOptions) => ({ ...(o.limit !== undefined ? { limit: o.limit } : {}), ...(o.offset !== undefined ? { offset: o.offset } : {}) });

export interface EventOptions extends OutputOptions {
  readonly actor?: string;
  readonly target?: string;
  readonly type?: string;
  readonly country?: string;
  readonly from?: string;
  readonly to?: string;
  readonly modality: ModalityFilter;
  readonly mentions?: boolean;
  readonly occurrence?: number;
}

/** `query events`: occurrences (one line per event however many articles tell it), or --mentions for each telling. */
export async function queryEvents(o: EventOptions, io: CommandIo): Promise<number> {
  const q = {
    actor: o.actor, target: o.target, type: o.type, country: o.country, from: o.from, to: o.to, modality: o.modality,
    occurrence: o.occurrence, ...page(o),
  };
  if (o.mentions || o.occurrence !== undefined) return show(io, o, EVENT_COLUMNS, (s) => s.events(q));
  return show(io, o, OCCURRENCE_COLUMNS, (s) => s.occurrences(q));
}

export async function queryQuotes(o: OutputOptions & { speaker?: string; from?: string; to?: string }, io: CommandIo): Promise<number> {
  return show(io, o, QUOTE_COLUMNS, (s) => s.quotes({ speaker: o.speaker, from: o.from, to: o.to, ...page(o) }));
}

export async function queryFigures(o: OutputOptions & { category?: string; country?: string; from?: string; to?: string }, io: CommandIo): Promise<number> {
  return show(io, o, FIGURE_COLUMNS, (s) => s.figures({ category: o.category, country: o.country, from: o.from, to: o.to, ...page(o) }));
}

export async function queryActors(o: OutputOptions & { name?: string; code?: string }, io: CommandIo): Promise<number> {
  return show(io, o, ACTOR_COLUMNS, (s) => s.actors({ name: o.name, code: o.code, ...page(o) }));
}

/** `search`: articles whose title or text holds every word (and "phrase") of the query, best first. */
export async function searchCommand(text: string, o: OutputOptions, io: CommandIo): Promise<number> {
  if (text.trim() === '') throw new UsageError('give words to search for');
  return show(io, o, SEARCH_COLUMNS, (s) => s.search({ text, ...page(o) }));
}
