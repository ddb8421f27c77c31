/**
 * Event coding on the PLOVER gold standard records (plover/PLOVER_GSR_CAMEO.txt:
 * sentences from the CAMEO manual with their event type, source and target
 * countries). Each record's text is analysed as one article.
 *
 * - Type accuracy: share of records whose main event has the gold type. The
 *   main event is the first event (in text order) with a participant (actor
 *   or target), else the first event; a record with no event counts as wrong.
 * - Source / target country accuracy: over records whose gold source (target)
 *   lists at least one actor, the share where the main event's actor (target)
 *   has one of the gold country codes.
 *
 * The records use PLOVER 0.5 category names; they are mapped to today's
 * sixteen types: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE ->
 * ACCUSE (PLOVER 2021 folds investigation into ACCUSE, mode investigate),
 * FIGHT -> ASSAULT; every other name is unchanged. Three 0.5 modes name acts
 * that PLOVER 2021 (CAMEO2PLOVER-2021.txt) moved to ASSAULT: COERCE "destroy"
 * (CAMEO 1712, destroy property), COERCE "detain" (in these records
 * kidnapping and human shields, CAMEO 181/184) and COERCE "firearms" (force
 * used to coerce: CAMEO 175, violent repression). A few old CAMEO country
 * codes are mapped to ISO 3166: JAP -> JPN, ITL -> ITA, VTN -> VNM.
 *
 * Where the 2021 crosswalk itself moved a CAMEO code to another type than
 * the 0.5 records use, the coder follows the crosswalk and the record counts
 * as a miss (easing a curfew or state of emergency, 0813/0814, is RETREAT;
 * imposing sanctions, 163, is COERCE; an arrest or charge, 173, is COERCE;
 * a resignation, 083x, is CONCEDE): scripts/events-misses.ts lists them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Event } from '../src/analysis/format.js';
import type { Engine } from '../src/engine/engine.js';
import type { EvalRow } from './metrics.js';
import type { EvalTask } from './tasks.js';

export const OLD_TYPES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT',
};
/** Old type + mode -> today's type, where the mode says the act moved. */
export const OLD_MODES: Readonly<Record<string, string>> = {
  'COERCE/destroy': 'ASSAULT', 'COERCE/detain': 'ASSAULT', 'COERCE/firearms': 'ASSAULT',
};
const OLD_CODES: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

export interface GsrRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  /** Today's PLOVER type. */
  readonly type: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
}

const codesOf = (side: unknown): string[] =>
  Array.isArray(side)
    ? side.flatMap((a) => (a && typeof a === 'object' && typeof (a as { code?: unknown }).code === 'string'
      ? [OLD_CODES[(a as { code: string }).code] ?? (a as { code: string }).code] : []))
    : [];

export function readGsr(dataDir: string): GsrRecord[] {
  const raw = JSON.parse(readFileSync(join(dataDir, 'plover', 'PLOVER_GSR_CAMEO.txt'), 'utf8')) as Record<string, unknown>[];
  return raw
    .filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string')
    .map((r) => ({
      id: String(r.id),
      text: r.text as string,
      date: typeof r.date === 'string' ? r.date : null,
      type: OLD_MODES[`${r.event}/${r.mode}`] ?? OLD_TYPES[r.event as string] ?? (r.event as string),
      sources: codesOf(r.source),
      targets: codesOf(r.target),
    }));
}

/** The main event of a record: the first with a participant, else the first. */
export function mainEvent(events: readonly Event[]): Event | undefined {
  return events.find((e) => e.actor !== null || e.target !== null) ?? events[0];
}

export interface GsrScore {
  readonly n: number;
  readonly typeHits: number;
  readonly anyTypeHits: number;
  readonly coded: number;
  readonly sourceN: number;
  readonly sourceHits: number;
  readonly targetN: number;
  readonly targetHits: number;
  /** Per record: gold type, main event type (for error analysis). */
  readonly confusion: readonly [string, string][];
}

export function scoreGsr(
  records: readonly GsrRecord[],
  analyze: (r: GsrRecord) => { events: readonly Event[]; actors: readonly Actor[] },
): GsrScore {
  let typeHits = 0, anyTypeHits = 0, coded = 0, sourceN = 0, sourceHits = 0, targetN = 0, targetHits = 0;
  const confusion: [string, string][] = [];
  for (const r of records) {
    const { events, actors } = analyze(r);
    const main = mainEvent(events);
    const country = (id: string | null) => actors.find((a) => a.id === id)?.country ?? null;
    if (main) coded++;
    const got = main ? (main.type ?? main.category ?? '-') : '-';
    confusion.push([r.type, got]);
    if (got === r.type) typeHits++;
    if (events.some((e) => e.type === r.type)) anyTypeHits++;
    if (r.sources.length) {
      sourceN++;
      const c = main ? country(main.actor) : null;
      if (c && r.sources.includes(c)) sourceHits++;
    }
    if (r.targets.length) {
      targetN++;
      const c = main ? country(main.target) : null;
      if (c && r.targets.includes(c)) targetHits++;
    }
  }
  return { n: records.length, typeHits, anyTypeHits, coded, sourceN, sourceHits, targetN, targetHits, confusion };
}

export function gsrRows(s: GsrScore): EvalRow[] {
  const corpus = 'plover/PLOVER_GSR_CAMEO';
  return [
    { task: 'events', corpus, metric: 'type accuracy (main event)', value: s.typeHits / s.n, n: s.n },
    { task: 'events', corpus, metric: 'type among any event', value: s.anyTypeHits / s.n, n: s.n },
    { task: 'events', corpus, metric: 'records with an event', value: s.coded / s.n, n: s.n },
    { task: 'events', corpus, metric: 'source country accuracy', value: s.sourceHits / Math.max(1, s.sourceN), n: s.sourceN },
    { task: 'events', corpus, metric: 'target country accuracy', value: s.targetHits / Math.max(1, s.targetN), n: s.targetN },
  ];
}

export const eventsTask: EvalTask = {
  name: 'events',
  async run(engine: Engine, dataDir: string, opts: { limit?: number }): Promise<EvalRow[]> {
    if (!('events' in engine.versions)) {
      return [{ task: 'events', corpus: 'plover/PLOVER_GSR_CAMEO', metric: 'not run', n: 0,
        note: 'the default engine has no events extractor yet (it needs entities, actors, times, places, quotes)' }];
    }
    const records = readGsr(dataDir).slice(0, opts.limit ?? Infinity);
    const score = scoreGsr(records, (r) => {
      const a = engine.analyze({ id: r.id, text: r.text, ...(r.date ? { publishedAt: r.date } : {}) });
      return { events: a.events(), actors: a.actors() };
    });
    return gsrRows(score);
  },
};
