import type { Doc, Token } from '../doc/types.js';
import type { Diagnostic } from '../pipeline/layers.js';
import { isPunct } from './words.js';

/** One stretch of quoted words inside one paragraph. */
export interface QuoteRegion {
  /** First and last token of the opening mark (two tokens for '' marks). */
  readonly openFirst: number;
  readonly openLast: number;
  /** First token of the closing mark, or -1 when the quote runs to the paragraph's end. */
  readonly closeFirst: number;
  /** Last token of the region (the closing mark's last token, or the paragraph's last token). */
  readonly last: number;
  /** The quoted words: token range [contentFirst, contentLast], inclusive; empty when contentFirst > contentLast. */
  readonly contentFirst: number;
  readonly contentLast: number;
  /** The quoted words as character offsets [start, end): the marks left out. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Pieces of one quote running over several paragraphs share the chain id (the index of the first piece). */
  readonly chain: number;
  /** The quote goes on in the next paragraph (news convention: no closing mark, next paragraph opens with one). */
  readonly continues: boolean;
}

export interface QuoteMarks {
  readonly regions: readonly QuoteRegion[];
  /** For each token, the index of the region it lies in (marks included), or -1. */
  readonly regionOf: Int32Array;
  readonly diagnostics: readonly Diagnostic[];
}

type Kind = 'curly' | 'straight' | 'apos' | 'angle';
interface Mark {
  readonly first: number;
  readonly last: number;
  readonly kind: Kind;
  readonly dir: 'open' | 'close' | 'either';
  /** The mark's second apostrophe is the first character of the next token (wink reads `''A` as `'` + `'A`). */
  readonly intoNext?: boolean;
}

/**
 * The top-level quotations of a document, paragraph by paragraph: curly,
 * straight, doubled-apostrophe ('') and angle marks, nested marks of another
 * kind kept inside. A quote left open ends at its paragraph's end: silently
 * when the next paragraph opens with a mark of the same kind (a quote running
 * over paragraphs), otherwise with an `unbalanced-quote` diagnostic. In a
 * paragraph made of several lines whose marks do not pair, they are paired
 * line by line instead, so that one stray mark does not swallow the rest.
 */
export function findQuoteRegions(doc: Doc): QuoteMarks {
  const toks = doc.tokens;
  const regionOf = new Int32Array(toks.length).fill(-1);
  const regions: QuoteRegion[] = [];
  const diagnostics: Diagnostic[] = [];
  const units: Unit[] = [];
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const whole: Unit = { first: doc.sentences[p.sentenceStart]!.tokenStart, end: doc.sentences[p.sentenceEnd - 1]!.tokenEnd, paragraph: p.i };
    const pairing = pairMarks(toks, whole);
    const troubled = pairing.stray.length > 0 || pairing.pairs.some(([, close]) => close === null);
    units.push(...(troubled ? lines(doc, whole) : [whole]));
  }
  let chainFrom = -1;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const { pairs, stray } = pairMarks(toks, unit);
    for (const m of stray) diagnostics.push(diag(toks, m.first, m.last, 'closing quotation mark without an opening one'));
    let continues = false;
    for (const [open, close] of pairs) {
      if (!close) {
        const nextFirst = units[u + 1]?.first;
        const lead = nextFirst !== undefined ? marksIn(toks, nextFirst, nextFirst + 2)[0] : undefined;
        continues = lead !== undefined && lead.first === nextFirst && lead.kind === open.kind && lead.dir !== 'close';
        if (!continues) {
          diagnostics.push({
            start: toks[open.first]!.start, end: toks[unit.end - 1]!.end, code: 'unbalanced-quote',
            message: 'quotation mark not closed in its paragraph: the quote is taken to end at the paragraph\'s end',
          });
        }
      }
      const last = close ? close.last : unit.end - 1;
      let contentLast = close ? close.first - 1 : unit.end - 1;
      while (contentLast > open.last && isTrailingPunct(toks[contentLast]!)) contentLast--;
      const index = regions.length;
      const chain = chainFrom >= 0 && open.first === unit.first ? regions[chainFrom]!.chain : index;
      const contentFirst = open.last + 1;
      const start = contentFirst <= contentLast ? toks[contentFirst]!.start + (open.intoNext ? 1 : 0) : toks[open.last]!.end;
      regions.push({
        openFirst: open.first, openLast: open.last, closeFirst: close ? close.first : -1, last,
        contentFirst, contentLast, start, end: contentFirst <= contentLast ? toks[contentLast]!.end : start,
        paragraph: unit.paragraph, chain, continues: close ? false : continues,
      });
      for (let k = open.first; k <= last; k++) regionOf[k] = index;
    }
    chainFrom = continues ? regions.length - 1 : -1;
  }
  return { regions, regionOf, diagnostics };
}

/** A stretch of tokens [first, end) inside which marks pair: a paragraph or one of its lines. */
interface Unit { readonly first: number; readonly end: number; readonly paragraph: number }

/** Top-level quotations of a unit as [opening, closing] marks (closing null: open at the unit's end), and stray closing marks. */
function pairMarks(toks: readonly Token[], unit: Unit): { pairs: [Mark, Mark | null][]; stray: Mark[] } {
  const pairs: [Mark, Mark | null][] = [];
  const stray: Mark[] = [];
  const stack: Mark[] = [];
  for (const m of marksIn(toks, unit.first, unit.end)) {
    const top = stack[stack.length - 1];
    const closes = m.dir === 'close' || (m.dir === 'either' && top?.kind === m.kind);
    if (!closes) { stack.push(m); continue; }
    // A closing mark of another kind than the one opened ("..." closed by ”) closes it all the same.
    let at = findLast(stack, m.kind);
    if (at < 0 && stack.length > 0 && m.dir === 'close') at = stack.length - 1;
    if (at < 0) { stray.push(m); continue; }
    if (at === 0) pairs.push([stack[0]!, m]);
    stack.length = at;
  }
  if (stack[0]) pairs.push([stack[0], null]);
  return { pairs, stray };
}

/** The lines of a paragraph unit (one unit when it has no line break). */
function lines(doc: Doc, unit: Unit): Unit[] {
  const toks = doc.tokens;
  const out: Unit[] = [];
  let from = unit.first;
  for (let k = unit.first + 1; k < unit.end; k++) {
    // wink keeps a line break inside a paragraph as a token of its own: it ends the line
    const breakToken = toks[k]!.text.includes('\n');
    if (breakToken || doc.text.slice(toks[k - 1]!.end, toks[k]!.start).includes('\n')) {
      const next = breakToken ? k + 1 : k;
      if (next > from) out.push({ first: from, end: next, paragraph: unit.paragraph });
      from = next;
    }
  }
  if (unit.end > from) out.push({ first: from, end: unit.end, paragraph: unit.paragraph });
  return out;
}

function marksIn(toks: readonly Token[], from: number, to: number): Mark[] {
  const out: Mark[] = [];
  for (let k = from; k < to && k < toks.length; k++) {
    const t = toks[k]!.text;
    const spaceLeft = k === from || toks[k]!.spaceBefore;
    const next = k + 1 < to ? toks[k + 1] : undefined;
    if (t === '“' || t === '„' || t === '”') {
      const spaceRight = !next || next.spaceBefore || isPunct(next);
      // A curly mark facing the wrong way, judged by its spacing ("word“ " closes, " ”word" opens).
      let dir: Mark['dir'] = t === '”' ? 'close' : 'open';
      if (dir === 'open' && !spaceLeft && spaceRight) dir = 'close';
      else if (dir === 'close' && spaceLeft && !spaceRight) dir = 'open';
      out.push({ first: k, last: k, kind: 'curly', dir });
    } else if (t === '"') {
      out.push({ first: k, last: k, kind: 'straight', dir: 'either' });
    } else if (t === '«' || t === '»') {
      out.push({ first: k, last: k, kind: 'angle', dir: t === '«' ? 'open' : 'close' });
    } else if ((t === '\'' || t === '’' || t === '‘') && next && !next.spaceBefore && next.text.startsWith(t)) {
      if (next.text === t) {
        out.push({ first: k, last: k + 1, kind: 'apos', dir: 'either' });
        k++;
      } else {
        out.push({ first: k, last: k, kind: 'apos', dir: 'either', intoNext: true });
      }
    }
  }
  return out;
}

function findLast(stack: readonly Mark[], kind: Kind): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.kind === kind) return i;
  return -1;
}

/** Punctuation that closes a quoted stretch but belongs to the sentence around it: the comma of `“...,” he said`. */
function isTrailingPunct(t: Token): boolean {
  return t.pos === 'SPACE' || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || t.text === '-';
}

function diag(toks: readonly Token[], a: number, b: number, message: string): Diagnostic {
  return { start: toks[a]!.start, end: toks[b]!.end, code: 'unbalanced-quote', message };
}
