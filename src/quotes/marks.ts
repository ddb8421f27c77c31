import type { Doc, Token } from '../doc/types.js';
import type { Diagnostic } from '../pipeline/layers.js';

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
 * over paragraphs), otherwise with an `unbalanced-quote` diagnostic.
 */
export function findQuoteRegions(doc: Doc): QuoteMarks {
  const toks = doc.tokens;
  const regionOf = new Int32Array(toks.length).fill(-1);
  const regions: QuoteRegion[] = [];
  const diagnostics: Diagnostic[] = [];
  let chainFrom = -1;
  for (const p of doc.paragraphs) {
    const first = doc.sentences[p.sentenceStart]?.tokenStart ?? 0;
    const end = p.sentenceEnd > p.sentenceStart ? doc.sentences[p.sentenceEnd - 1]!.tokenEnd : first;
    const marks = marksIn(toks, first, end);
    const stack: Mark[] = [];
    const add = (open: Mark, close: Mark | null, continues: boolean) => {
      const last = close ? close.last : end - 1;
      let contentLast = close ? close.first - 1 : end - 1;
      while (contentLast > open.last && isTrailingPunct(toks[contentLast]!)) contentLast--;
      const index = regions.length;
      const chain = chainFrom >= 0 && open.first === first ? regions[chainFrom]!.chain : index;
      const contentFirst = open.last + 1;
      const start = contentFirst <= contentLast ? toks[contentFirst]!.start + (open.intoNext ? 1 : 0) : toks[open.last]!.end;
      regions.push({
        openFirst: open.first, openLast: open.last, closeFirst: close ? close.first : -1, last,
        contentFirst, contentLast, start, end: contentFirst <= contentLast ? toks[contentLast]!.end : start,
        paragraph: p.i, chain, continues,
      });
      for (let k = open.first; k <= last; k++) regionOf[k] = index;
    };
    for (const m of marks) {
      const top = stack[stack.length - 1];
      const closes = m.dir === 'close' || (m.dir === 'either' && top?.kind === m.kind);
      if (closes) {
        // A closing mark of another kind than the one opened ("..." closed by ”) closes it all the same.
        let at = findLast(stack, m.kind);
        if (at < 0 && stack.length > 0 && m.dir === 'close') at = stack.length - 1;
        if (at < 0) {
          diagnostics.push(diag(toks, m.first, m.last, 'closing quotation mark without an opening one'));
          continue;
        }
        if (at === 0) add(stack[0]!, m, false);
        stack.length = at;
      } else {
        stack.push(m);
      }
    }
    const open = stack[0];
    let continues = false;
    if (open) {
      const next = doc.paragraphs[p.i + 1];
      const nextFirst = next ? doc.sentences[next.sentenceStart]?.tokenStart : undefined;
      const lead = nextFirst !== undefined ? marksIn(toks, nextFirst, nextFirst + 2)[0] : undefined;
      continues = lead !== undefined && lead.first === nextFirst && lead.kind === open.kind && lead.dir !== 'close';
      add(open, null, continues);
      if (!continues) {
        diagnostics.push({
          start: toks[open.first]!.start, end: toks[end - 1]!.end, code: 'unbalanced-quote',
          message: 'quotation mark not closed in its paragraph: the quote is taken to end at the paragraph\'s end',
        });
      }
    }
    chainFrom = continues ? regions.length - 1 : -1;
  }
  return { regions, regionOf, diagnostics };
}

function marksIn(toks: readonly Token[], from: number, to: number): Mark[] {
  const out: Mark[] = [];
  for (let k = from; k < to && k < toks.length; k++) {
    const t = toks[k]!.text;
    const spaceLeft = k === from || toks[k]!.spaceBefore;
    const next = k + 1 < to ? toks[k + 1] : undefined;
    if (t === '“' || t === '„' || t === '”') {
      const spaceRight = !next || next.spaceBefore || next.pos === 'PUNCT';
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
  return t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || t.text === '-';
}

function diag(toks: readonly Token[], a: number, b: number, message: string): Diagnostic {
  return { start: toks[a]!.start, end: toks[b]!.end, code: 'unbalanced-quote', message };
}
