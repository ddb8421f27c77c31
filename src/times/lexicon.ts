import { readFileSync } from 'node:fs';
import type { Resources } from '../engine/resources.js';
import { PhraseTrie } from './phrases.js';
import type { Holiday, Reference, Unit } from './spec.js';

/** data/times/lexicon.json as written (see its _source note). */
interface LexiconFile {
  months: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  weekdaysPlural: Record<string, number>;
  units: Record<string, Unit>;
  numberWords: Record<string, number>;
  numberMultipliers: Record<string, number>;
  ordinals: Record<string, number>;
  unitAdjectives: string[];
  irregularPlurals: string[];
  fuzzyCounts: string[];
  quantityModifiers: string[];
  durationDeterminers: string[];
  relativeWords: Record<string, number>;
  anchoredRelativeWords: Record<string, number>;
  dateModifiers: string[];
  deictic: Record<string, number>;
  deicticParts: Record<string, string>;
  anchoredParts: Record<string, string>;
  partsOfDay: Record<string, string>;
  clockWords: Record<string, string>;
  meridiem: Record<string, 'am' | 'pm'>;
  timeZones: string[];
  seasons: Record<string, string>;
  references: Record<string, Reference>;
  frequencies: Record<string, string>;
  setQuantifiers: string[];
  setCounts: string[];
  decadeWords: Record<string, number>;
  datePrepositions: string[];
  weakPrepositions: string[];
  yearDeterminers: string[];
  seasonPrepositions: string[];
  fiscalWords: string[];
  quarterWords: Record<string, number>;
  halfWords: Record<string, number>;
  latestQuarter: string[];
  yearAgoWords: string[];
  holidays: ({ name: string } & Holiday)[];
}

/** data/times/tense.json as written. */
interface TenseFile {
  future: string[];
  modal: string[];
  pastAux: string[];
  perfectAux: string[];
  presentAux: string[];
  intentBeforeTo: string[];
  planVerbs: string[];
  futureBefore: string[];
  pastBefore: string[];
  irregularPast: string[];
  notPastEd: string[];
  untilWords: string[];
  planBeforeTo: string[];
  openModal: string[];
  scheduledFor: string[];
  sameFormPast: string[];
}

export interface TenseLexicon {
  readonly future: ReadonlySet<string>;
  readonly modal: ReadonlySet<string>;
  readonly pastAux: ReadonlySet<string>;
  readonly perfectAux: ReadonlySet<string>;
  readonly presentAux: ReadonlySet<string>;
  readonly intentBeforeTo: ReadonlySet<string>;
  /** Verbs whose object is a plan for later: "scheduled a news conference Thursday". */
  readonly planVerbs: ReadonlySet<string>;
  /** Words before a time that make it future or past whatever the verb: "until Friday", "since Monday". */
  readonly prepositions: PhraseTrie<'FUTURE' | 'PAST'>;
  readonly irregularPast: ReadonlySet<string>;
  readonly notPastEd: ReadonlySet<string>;
  /** "until", "till": they point forward unless the clause is in the past perfect ("Until Monday, they had not..."). */
  readonly untilWords: ReadonlySet<string>;
  /** Intent words before "to" that make a plan even in the past: "were planning to leave", "did not plan to act". */
  readonly planBeforeTo: ReadonlySet<string>;
  /** Modals that say nothing of the time ("could be found Wednesday": before or after). */
  readonly openModal: ReadonlySet<string>;
  /** Participles that make a schedule with "for": "a summit set for April", "talks scheduled for Monday". */
  readonly scheduledFor: ReadonlySet<string>;
  /** Verbs whose past is their base form ("set", "cut"): read as past when they head a group with no auxiliary. */
  readonly sameFormPast: ReadonlySet<string>;
}

/** The compiled time vocabulary: maps and tries built once per engine, then only read. */
export interface TimeLexicon {
  readonly months: ReadonlyMap<string, number>;
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly weekdaysPlural: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, Unit>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  /** Words between a count and its unit: "two more weeks", "eight trading days". */
  readonly unitAdjectives: ReadonlySet<string>;
  /** Plural nouns without an s ("people"): a four-digit number before one is a count, not a year. */
  readonly irregularPlurals: ReadonlySet<string>;
  readonly fuzzyCounts: PhraseTrie<true>;
  readonly quantityModifiers: PhraseTrie<true>;
  readonly durationDeterminers: PhraseTrie<true>;
  readonly relative: ReadonlyMap<string, number>;
  readonly anchoredRelative: ReadonlyMap<string, number>;
  readonly dateModifiers: PhraseTrie<true>;
  readonly deictic: ReadonlyMap<string, number>;
  /** "tonight": a part of the publication day. */
  readonly deicticParts: ReadonlyMap<string, string>;
  /** "overnight": a part of the day last named (the publication day if none). */
  readonly anchoredParts: ReadonlyMap<string, string>;
  readonly partsOfDay: ReadonlyMap<string, string>;
  readonly clockWords: ReadonlyMap<string, string>;
  readonly meridiem: ReadonlyMap<string, 'am' | 'pm'>;
  readonly timeZones: PhraseTrie<true>;
  readonly seasons: ReadonlyMap<string, string>;
  readonly references: PhraseTrie<Reference>;
  readonly frequencies: PhraseTrie<string>;
  readonly setQuantifiers: ReadonlySet<string>;
  readonly setCounts: ReadonlySet<string>;
  readonly decadeWords: ReadonlyMap<string, number>;
  /** Words before a bare month or year that make it a date ("in May", "since 1998", "early March"). */
  readonly datePrepositions: ReadonlySet<string>;
  /** Date prepositions that also join names ("and Jan Kavan"): a following capitalized name wins. */
  readonly weakPrepositions: ReadonlySet<string>;
  /** Words before "1998 campaign" that make the number a year, not a count. */
  readonly yearDeterminers: ReadonlySet<string>;
  /** Words before "(the) summer" that make it a season of some year. */
  readonly seasonPrepositions: ReadonlySet<string>;
  readonly fiscal: PhraseTrie<true>;
  readonly quarterWords: ReadonlyMap<string, number>;
  readonly halfWords: ReadonlyMap<string, number>;
  readonly latestQuarter: PhraseTrie<true>;
  readonly yearAgo: PhraseTrie<true>;
  readonly holidays: PhraseTrie<Holiday>;
  readonly tense: TenseLexicon;
}

const map = <V>(o: Record<string, V>): ReadonlyMap<string, V> => new Map(Object.entries(o));
const flags = (list: readonly string[]): PhraseTrie<true> => new PhraseTrie(list.map((p) => [p, true] as const));

/** Compile the two lexicon files' contents (exported for tests that build a lexicon without the engine). */
export function compileTimeLexicon(lex: LexiconFile, tense: TenseFile): TimeLexicon {
  return Object.freeze({
    months: map(lex.months),
    ambiguousMonths: new Set(lex.ambiguousMonths),
    weekdays: map(lex.weekdays),
    weekdaysPlural: map(lex.weekdaysPlural),
    units: map(lex.units),
    numberWords: map(lex.numberWords),
    multipliers: map(lex.numberMultipliers),
    ordinals: map(lex.ordinals),
    unitAdjectives: new Set(lex.unitAdjectives),
    irregularPlurals: new Set(lex.irregularPlurals),
    fuzzyCounts: flags(lex.fuzzyCounts),
    quantityModifiers: flags(lex.quantityModifiers),
    durationDeterminers: flags(lex.durationDeterminers),
    relative: map(lex.relativeWords),
    anchoredRelative: map(lex.anchoredRelativeWords),
    dateModifiers: flags(lex.dateModifiers),
    deictic: map(lex.deictic),
    deicticParts: map(lex.deicticParts),
    anchoredParts: map(lex.anchoredParts),
    partsOfDay: map(lex.partsOfDay),
    clockWords: map(lex.clockWords),
    meridiem: map(lex.meridiem),
    timeZones: flags(lex.timeZones),
    seasons: map(lex.seasons),
    references: new PhraseTrie(Object.entries(lex.references)),
    frequencies: new PhraseTrie(Object.entries(lex.frequencies)),
    setQuantifiers: new Set(lex.setQuantifiers),
    setCounts: new Set(lex.setCounts),
    decadeWords: map(lex.decadeWords),
    datePrepositions: new Set(lex.datePrepositions),
    weakPrepositions: new Set(lex.weakPrepositions),
    yearDeterminers: new Set(lex.yearDeterminers),
    seasonPrepositions: new Set(lex.seasonPrepositions),
    fiscal: flags(lex.fiscalWords),
    quarterWords: map(lex.quarterWords),
    halfWords: map(lex.halfWords),
    latestQuarter: flags(lex.latestQuarter),
    yearAgo: flags(lex.yearAgoWords),
    holidays: new PhraseTrie(lex.holidays.map(({ name, ...h }) => [name, h as Holiday] as const)),
    tense: Object.freeze({
      future: new Set(tense.future),
      modal: new Set(tense.modal),
      pastAux: new Set(tense.pastAux),
      perfectAux: new Set(tense.perfectAux),
      presentAux: new Set(tense.presentAux),
      intentBeforeTo: new Set(tense.intentBeforeTo),
      planVerbs: new Set(tense.planVerbs),
      prepositions: new PhraseTrie<'FUTURE' | 'PAST'>([
        ...tense.futureBefore.map((p) => [p, 'FUTURE'] as const),
        ...tense.pastBefore.map((p) => [p, 'PAST'] as const),
      ]),
      irregularPast: new Set(tense.irregularPast),
      notPastEd: new Set(tense.notPastEd),
      untilWords: new Set(tense.untilWords),
      planBeforeTo: new Set(tense.planBeforeTo),
      openModal: new Set(tense.openModal),
      scheduledFor: new Set(tense.scheduledFor),
      sameFormPast: new Set(tense.sameFormPast),
    }),
  });
}

/** Load data/times/lexicon.json and data/times/tense.json. */
export function loadTimeLexicon(r: Resources): TimeLexicon {
  const read = (name: string): unknown => JSON.parse(readFileSync(r.path('times', name), 'utf8'));
  return compileTimeLexicon(read('lexicon.json') as LexiconFile, read('tense.json') as TenseFile);
}
