import type { FigureCategory } from '../analysis/format.js';
import type { Token } from '../doc/types.js';
import type { Bounds } from './exclude.js';
import type { FigureLexicon } from './lexicon.js';
import type { Quantity } from './quantity.js';
import type { Subject } from './subject.js';

const AFTER_WINDOW = 6;
const BEFORE_WINDOW = 5;

/**
 * What the figure counts, GDELT-style. Money and percentages by their unit;
 * otherwise, in this order: a cue after the counted phrase ("12 people were
 * killed", "forced to flee"), a cue before the number ("arrested 30
 * protesters", "the death toll rose to 45"), the counted noun itself
 * ("1,200 arrests"). A measure (tonnes, km) can only be SEIZE.
 */
export function findCategory(
  q: Quantity, subject: Subject | null, toks: readonly Token[], s: Bounds, lex: FigureLexicon,
): FigureCategory {
  if (q.currency !== null) return 'MONEY';
  if (q.unit === '%' || q.unit === 'pp') return 'PERCENT';
  const measure = q.unit !== null;
  const fits = (c: FigureCategory) => !measure || c === 'SEIZE';
  const after = cueAfter(subject && subject.inSpan ? subject.end : q.end, toks, s, lex);
  if (after && fits(after)) return after;
  const before = cueBefore(q.start, toks, s, lex);
  if (before && fits(before)) return before;
  if (subject && !measure) {
    const own = lex.subjectCues.get(toks[subject.head]!.lower);
    if (own) return own;
  }
  return 'OTHER';
}

/** The first category cue after `k`, stepping over auxiliaries and reporting verbs ("are feared to have been killed"). */
function cueAfter(k: number, toks: readonly Token[], s: Bounds, lex: FigureLexicon): FigureCategory | null {
  for (let j = k; j < s.end && j < k + AFTER_WINDOW; j++) {
    const m = lex.afterCues.at(toks, j, s.end);
    if (m) return m.value;
    if (!lex.context.get(toks[j]!.lower)?.has('skip-after')) return null;
  }
  return null;
}

/** A category cue before token `k`, stepping over "to", "at", "rose"... ("killed at least 12", "the toll rose to 45"). */
function cueBefore(k: number, toks: readonly Token[], s: Bounds, lex: FigureLexicon): FigureCategory | null {
  for (let j = k; j > s.start && j > k - BEFORE_WINDOW; j--) {
    const m = lex.beforeCues.before(toks, j, s.start);
    if (m) return m.value;
    if (!lex.context.get(toks[j - 1]!.lower)?.has('skip-before')) return null;
  }
  return null;
}
