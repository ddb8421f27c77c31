import type { Diagnostic, TimeExpr } from '../analysis/format.js';
import type { Doc, Token } from '../doc/types.js';
import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import { type CalDate, parseIsoDate } from './calendar.js';
import type { Ctx } from './grammar/context.js';
import { compileGrammar, recognize } from './grammar/index.js';
import { loadTimeLexicon, type TimeLexicon } from './lexicon.js';
import type { Point } from './point.js';
import { resolve } from './resolve.js';
import type { TimeSpec } from './spec.js';
import { clauseTense, type Tense } from './tense.js';

/** Lower-case words with curly apostrophes made straight, as the lexicon writes them. */
export function normalizedWords(doc: Doc): string[] {
  const tokens = doc.tokens;
  const n = tokens.length;
  const out = new Array<string>(n);
  if (!doc.text.includes('’')) {
    for (let k = 0; k < n; k++) out[k] = tokens[k]!.lower;
    return out;
  }
  for (let k = 0; k < n; k++) {
    const w = tokens[k]!.lower;
    out[k] = w.includes('’') ? w.replace(/’/g, "'") : w;
  }
  return out;
}

/** The end of a span at its last token, leaving out a sentence's full stop the tokenizer glued to "10pm.". */
function spanEnd(t: Token): number {
  return /^\d{1,2}(?::\d{2})?[ap]m\.$/i.test(t.text) ? t.end - 1 : t.end;
}

/** True for expressions whose value depends on the publication date (used to report a missing one once). */
function isDeictic(spec: TimeSpec): boolean {
  switch (spec.kind) {
    case 'offset': return spec.anchor === 'dct';
    case 'weekday': return spec.anchor === 'dct';
    case 'weekend': return true;
    case 'date': case 'season': case 'quarter': case 'holiday': return spec.year === null;
    case 'clock': return spec.date === null || isDeictic(spec.date);
    default: return false;
  }
}

/** "the nine months", "the first six months": a named reporting period of months that is not a quarter. */
function isMonthsPeriod(spec: TimeSpec, first: string): boolean {
  return spec.kind === 'duration' && spec.unit === 'month' && spec.n !== undefined && spec.n > 3 && spec.n < 12 && first === 'the';
}

/** Such a period as a point: the year of the latest complete quarter, which it ends with. */
function monthsPeriod(dct: CalDate): Point {
  return { date: { y: dct.m <= 3 ? dct.y - 1 : dct.y, m: 1, d: 1 }, gran: 'year', period: true };
}

/**
 * Time expressions with TIMEX3 types and values (DATE TIME DURATION SET),
 * anchored on the publication date and the clause's tense; see resolve.ts.
 */
export function createTimeExtractor(resources: Resources) {
  const lex: TimeLexicon = resources.get('times/lexicon', loadTimeLexicon);
  const grammar = resources.get('times/grammar', () => compileGrammar(lex));
  return defineExtractor({
    name: 'times',
    version: '1.2.0',
    requires: [],
    assigns: ['times'],
    run(doc: Doc) {
      const words = normalizedWords(doc);
      const dct = parseIsoDate(doc.publishedAt);
      const times: TimeExpr[] = [];
      const diagnostics: Diagnostic[] = [];
      let ref: Point | null = null;
      let refSentence = -2;
      let reportedNoAnchor = false;
      /** The token after the last period named ("the quarter"), or -1. */
      let periodEndAfter = -1;
      for (const s of doc.sentences) {
        const c: Ctx = { lex, tokens: doc.tokens, words, lo: s.tokenStart, hi: s.tokenEnd };
        for (const cand of recognize(grammar, c)) {
          let tense: Tense | null | undefined;
          const r = resolve(cand.spec, {
            dct,
            ref,
            refIsRecent: s.i - refSentence <= 1,
            tense: () => (tense === undefined ? (tense = clauseTense(lex.tense, doc.tokens, words, c.lo, c.hi, cand.start, cand.end)) : tense),
          });
          const start = doc.tokens[cand.start]!.start;
          const end = spanEnd(doc.tokens[cand.end - 1]!);
          if (!r) {
            diagnostics.push({ start, end, code: 'time-invalid', message: `"${doc.text.slice(start, end)}" is not a valid date` });
            continue;
          }
          if (!dct && !reportedNoAnchor && isDeictic(cand.spec)) {
            reportedNoAnchor = true;
            diagnostics.push({
              start, end, code: 'time-no-anchor',
              message: 'no publication date: relative dates such as this one are left underspecified (XXXX)',
            });
          }
          // A comparison ("a year ago", "last year", "the year-earlier quarter") does not move the story's time.
          // So does a year-ago period ("the year-ago quarter", "the 1988 period").
          const comparison = (cand.spec.kind === 'offset' && cand.spec.unit === 'year' && cand.spec.n < 0)
            || (cand.spec.kind === 'quarter' && (cand.spec.yearShift < 0
              || (cand.spec.q === null && cand.spec.year !== null && dct !== null && cand.spec.year < dct.y)));
          // The end date of a period ("the quarter ended Sept. 30") belongs to the period, which stays the reference.
          const periodEnd = periodEndAfter === cand.start - 1 && (words[cand.start - 1] === 'ended' || words[cand.start - 1] === 'ending');
          if (r.point && !comparison && !periodEnd) { ref = r.point; refSentence = s.i; }
          else if (dct && isMonthsPeriod(cand.spec, words[cand.start]!)) { ref = monthsPeriod(dct); refSentence = s.i; }
          periodEndAfter = r.point && r.point.gran !== 'day' ? cand.end : -1;
          times.push({ start, end, text: doc.text.slice(start, end), type: r.type, value: r.value });
        }
      }
      return { output: { times }, diagnostics };
    },
  });
}
