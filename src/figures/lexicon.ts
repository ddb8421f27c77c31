import { readFileSync } from 'node:fs';
import { APPROX, FIGURE_CATEGORIES, type Approx, type FigureCategory } from '../analysis/format.js';
import type { Resources } from '../engine/resources.js';
import { PhraseMatcher } from './phrases.js';

export const NUMBER_KINDS = ['unit', 'tens', 'hundred', 'scale', 'suffix', 'glued', 'vague', 'quantifier', 'fraction'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

export const CONTEXT_KINDS = [
  'duration', 'month', 'weekday', 'clock', 'id-prefix', 'age-prefix', 'skip-after', 'skip-before', 'change', 'plural',
  'address', 'frequency',
] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

export interface NumberWord {
  readonly value: number;
  readonly kind: NumberKind;
}

/** The figure extractor's lexicons (data/figures/*.tsv), compiled once per engine and then only read. */
export interface FigureLexicon {
  /** Single-token number words: one, twenty, hundred, million, bn, m, thousands, half... */
  readonly words: ReadonlyMap<string, NumberWord>;
  /** "several", "a few": multiply a following scale word, as a lower bound. */
  readonly quantifiers: PhraseMatcher<number>;
  /** Approximation cues before a number. */
  readonly approxBefore: PhraseMatcher<Approx>;
  /** Approximation cues after a number ("or more"). */
  readonly approxAfter: PhraseMatcher<Approx>;
  /** "between", "from": open a range. */
  readonly rangeOpeners: PhraseMatcher<string>;
  readonly currencyBefore: PhraseMatcher<string>;
  /** Currency names after an amount; `factor` converts a subunit ("cents") to the currency. */
  readonly currencyAfter: PhraseMatcher<{ readonly code: string; readonly factor: number }>;
  /** Units of measure after a number, percent included ("%", "pp"). */
  readonly units: PhraseMatcher<string>;
  /** Units written before a number ("magnitude 6.1"). */
  readonly unitsBefore: PhraseMatcher<string>;
  /** The counted noun names the category itself ("arrests"). */
  readonly subjectCues: ReadonlyMap<string, FigureCategory>;
  readonly afterCues: PhraseMatcher<FigureCategory>;
  readonly beforeCues: PhraseMatcher<FigureCategory>;
  /** Single-token context words and their kinds. */
  readonly context: ReadonlyMap<string, ReadonlySet<ContextKind>>;
  /** Clock markers, some of two tokens ("local time"). */
  readonly clock: PhraseMatcher<true>;
  /** Lower-cased words that may begin a number ("one", "a", "several", "thousands"...). */
  readonly numberStarts: ReadonlySet<string>;
}

export const FIGURE_FILES = [
  'number-words.tsv', 'approx.tsv', 'currencies.tsv', 'units.tsv', 'categories.tsv', 'context.tsv',
] as const;
export type FigureFile = (typeof FIGURE_FILES)[number];

/** Load the lexicons from the engine's data folder (data/figures/). */
export function loadFigureLexicon(resources: Resources): FigureLexicon {
  const files = Object.fromEntries(
    FIGURE_FILES.map((f) => [f, readFileSync(resources.path('figures', f), 'utf8')]),
  ) as Record<FigureFile, string>;
  return compileFigureLexicon(files);
}

/** Compile the lexicons from the texts of their files. Malformed data is a programming fault: it throws. */
export function compileFigureLexicon(files: Readonly<Record<FigureFile, string>>): FigureLexicon {
  const words = new Map<string, NumberWord>();
  const quantifiers = new PhraseMatcher<number>();
  const numberStarts = new Set<string>(['a', 'an']);
  for (const [phrase, value, kind] of rows(files, 'number-words.tsv', 3)) {
    const k = oneOf(NUMBER_KINDS, kind, 'number-words.tsv');
    const v = Number(value);
    if (!Number.isFinite(v)) throw new Error(`number-words.tsv: "${value}" is not a number`);
    if (k === 'quantifier') {
      quantifiers.add(phrase, v);
      numberStarts.add(phrase.split(' ')[0]!);
    } else {
      words.set(phrase, { value: v, kind: k });
      if (k === 'unit' || k === 'tens' || k === 'vague' || k === 'fraction') numberStarts.add(phrase);
    }
  }

  const approxBefore = new PhraseMatcher<Approx>();
  const approxAfter = new PhraseMatcher<Approx>();
  const rangeOpeners = new PhraseMatcher<string>();
  for (const [phrase, approx, position] of rows(files, 'approx.tsv', 3)) {
    const a = oneOf(APPROX, approx, 'approx.tsv');
    if (position === 'prefix') approxBefore.add(phrase, a);
    else if (position === 'suffix') approxAfter.add(phrase, a);
    else if (position === 'range') rangeOpeners.add(phrase, phrase);
    else throw new Error(`approx.tsv: unknown position "${position}"`);
  }

  const currencyBefore = new PhraseMatcher<string>();
  const currencyAfter = new PhraseMatcher<{ code: string; factor: number }>();
  for (const [phrase, code, position] of rows(files, 'currencies.tsv', 3)) {
    if (!/^[A-Z]{3}$/.test(code)) throw new Error(`currencies.tsv: "${code}" is not an ISO 4217 code`);
    if (position === 'before') currencyBefore.add(phrase, code);
    else if (position === 'after') currencyAfter.add(phrase, { code, factor: 1 });
    else if (position === 'after-hundredth') currencyAfter.add(phrase, { code, factor: 0.01 });
    else throw new Error(`currencies.tsv: unknown position "${position}"`);
  }

  const units = new PhraseMatcher<string>();
  const unitsBefore = new PhraseMatcher<string>();
  for (const [phrase, unit, position] of rows(files, 'units.tsv', 3)) {
    if (position === 'after') units.add(phrase, unit);
    else if (position === 'before') unitsBefore.add(phrase, unit);
    else throw new Error(`units.tsv: unknown position "${position}"`);
  }

  const subjectCues = new Map<string, FigureCategory>();
  const afterCues = new PhraseMatcher<FigureCategory>();
  const beforeCues = new PhraseMatcher<FigureCategory>();
  for (const [phrase, category, position] of rows(files, 'categories.tsv', 3)) {
    const c = oneOf(FIGURE_CATEGORIES, category, 'categories.tsv');
    if (position === 'subject') subjectCues.set(phrase, c);
    else if (position === 'after') afterCues.add(phrase, c);
    else if (position === 'before') beforeCues.add(phrase, c);
    else throw new Error(`categories.tsv: unknown position "${position}"`);
  }

  const context = new Map<string, Set<ContextKind>>();
  const clock = new PhraseMatcher<true>();
  for (const [phrase, kind] of rows(files, 'context.tsv', 2)) {
    const k = oneOf(CONTEXT_KINDS, kind, 'context.tsv');
    if (k === 'clock') clock.add(phrase, true);
    if (phrase.includes(' ')) continue;
    const set = context.get(phrase) ?? new Set<ContextKind>();
    set.add(k);
    context.set(phrase, set);
  }

  return Object.freeze({
    words, quantifiers, approxBefore, approxAfter, rangeOpeners, currencyBefore, currencyAfter, units, unitsBefore,
    subjectCues, afterCues, beforeCues, context, clock, numberStarts,
  });
}

/** The entries of one file: tab-separated columns, `# ` comment lines and blank lines skipped. */
type Row<N extends 2 | 3> = N extends 2 ? [string, string] : [string, string, string];

function rows<N extends 2 | 3>(files: Readonly<Record<FigureFile, string>>, file: FigureFile, columns: N): Row<N>[] {
  const out: Row<N>[] = [];
  const lines = files[file].split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('# ')) continue;
    const cols = line.split('\t');
    if (cols.length !== columns) {
      throw new Error(`${file}:${n + 1}: expected ${columns} tab-separated columns, found ${cols.length}`);
    }
    out.push(cols.map((c, k) => (k === 0 ? c.toLowerCase() : c.trim())) as Row<N>);
  }
  return out;
}

function oneOf<T extends string>(allowed: readonly T[], value: string, file: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${file}: unknown value "${value}"`);
  return value as T;
}
