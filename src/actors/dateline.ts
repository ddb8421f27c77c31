import type { Doc, Sentence } from '../doc/types.js';

/**
 * The dateline that opens a news story: "NAIROBI (Demo Wire) -", "LIMA, May 3 (Agency) —",
 * "(Agency) -". Its place is where the story was filed, and the agency in parentheses is the
 * story's credit, not an actor of the story.
 */

const DASHES = new Set(['-', '--', '—', '–']);
/** Tokens a dateline's place and date may take before the parenthesis. */
const MAX_LEAD = 8;
/** Tokens an agency's name may take. */
const MAX_CREDIT = 6;

/** "GUWAHATI (Agency) -": a capitalised name opening a paragraph, before the agency's name or a dash. */
export function isDateline(doc: Doc, ts: number, te: number): boolean {
  const first = doc.tokens[ts]!;
  const next = doc.tokens[te];
  const opensParagraph = doc.paragraphs[doc.sentences[first.sentence]!.paragraph]!.start === first.start;
  return opensParagraph && first.text === first.text.toUpperCase() && (next?.text === '(' || DASHES.has(next?.text ?? ''));
}

/**
 * The tokens [start, end) of the agency credited in a dateline opening sentence `s` (inside the
 * parentheses of "NAIROBI (Demo Wire) -"), or null when the sentence opens no paragraph or has
 * no such dateline: a place and date without a verb, the parenthesis, then a dash.
 */
export function datelineCredit(doc: Doc, s: Sentence): [number, number] | null {
  const t = doc.tokens;
  if (doc.paragraphs[s.paragraph]!.start !== s.start) return null;
  let open = s.tokenStart;
  while (open < s.tokenEnd && open - s.tokenStart <= MAX_LEAD && t[open]!.text !== '(') {
    const p = t[open]!.pos;
    if (p === 'VERB' || p === 'AUX' || p === 'DET' || p === 'PRON') return null;
    open++;
  }
  if (t[open]?.text !== '(' || (open > s.tokenStart && !/^\p{Lu}/u.test(t[s.tokenStart]!.text))) return null;
  let close = open + 1;
  while (close < s.tokenEnd && close - open <= MAX_CREDIT && t[close]!.text !== ')') close++;
  if (t[close]?.text !== ')' || close === open + 1 || !DASHES.has(t[close + 1]?.text ?? '')) return null;
  return [open + 1, close];
}
