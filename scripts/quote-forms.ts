/**
 * Kinds of gold attributions for scripts/quote-errors.ts: what their cue is
 * to the lexicon (a frame, a complement-only cue, a curated `none`, or not
 * listed, by the word class of its head) and what form their content takes
 * (a quotation, a "that" clause, an infinitive, a noun phrase ...), read from
 * the tags alone, roughly: a development aid, not a parser.
 */
import type { Token } from '../src/doc/types.js';
import type { QuoteLexicon } from '../src/quotes/lexicon.js';
import { WH_WORDS } from '../src/quotes/words.js';

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', '\'', '«', '»', '\'\'', '``']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);
const SKIPPED = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART', 'ADV', 'CCONJ', 'SYM']);

/**
 * The form of a content: `quotation` (opens with a quotation mark), `that`,
 * `to` (an infinitive), `wh`, `of/for+ing` and `as` (complements of
 * "accused of", "described as"), `clause` (a subject, then a finite verb),
 * `np` (a noun phrase, maybe with a relative or participle clause after its
 * head: "the claim that fraud was rampant" is `np` too when its head comes first).
 */
export function contentForm(content: readonly Token[]): string {
  const words = content.filter((t) => t.pos !== 'SPACE');
  if (words.length === 0) return 'empty';
  const first = words[0]!;
  if (QUOTE_MARKS.has(first.text)) return 'quotation';
  if (first.lower === 'that') return 'that';
  if (first.lower === 'to' && words[1] && (words[1].pos === 'VERB' || words[1].pos === 'AUX' || words[1].pos === 'ADV')) return 'to';
  if (WH_WORDS.has(first.lower)) return 'wh';
  if ((first.lower === 'of' || first.lower === 'for') && words[1]?.lower.endsWith('ing')) return 'of/for+ing';
  if (first.lower === 'as') return 'as';
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (i === 0) return t.lower.endsWith('ing') ? 'np' : 'clause';
      // a participle right after a noun modifies it ("tweets shaming X"); a relative opens a clause inside a noun phrase
      if (t.pos === 'VERB' && (t.lower.endsWith('ing') || (t.lower.endsWith('ed') && words[i - 1]!.pos === 'NOUN'))) return 'np';
      return 'clause';
    }
    if (RELATIVES.has(t.lower) && i > 0) return 'np';
    if (t.pos === 'ADP' && t.lower !== 'of') return 'np';
    if (t.pos === 'PUNCT' && t.text !== '\'s' && t.text !== '’s' && t.text !== '-') return 'np';
    if (!SKIPPED.has(t.pos) && t.pos !== 'PUNCT') return 'np';
  }
  return 'np';
}

/** Lower-cased forms the curated table lists under `none`. */
export type NoneForms = ReadonlySet<string>;

/**
 * What a gold cue's head word is to the lexicon, with its word class:
 * "verb say", "noun complement", "verb none", "noun unlisted", "colon" ...
 */
export function cueKind(lex: QuoteLexicon, none: NoneForms, cue: readonly Token[]): string {
  const words = cue.filter((t) => /\p{L}/u.test(t.text));
  if (cue.length === 0) return 'no cue';
  if (words.length === 0) return cue.some((t) => t.text === ':') ? 'colon' : 'punctuation';
  const head = words.find((t) => t.pos === 'VERB') ?? words.find((t) => t.pos === 'NOUN') ?? words.find((t) => t.pos === 'ADJ') ?? words[0]!;
  const cls = head.pos === 'VERB' || head.pos === 'AUX' ? 'verb' : head.pos === 'NOUN' ? 'noun' : head.pos === 'ADJ' ? 'adj' : 'other';
  for (const t of words) {
    const entries = lex.cuesByFirst.get(t.lower);
    const entry = entries?.find((e) => e.words.length === 1 || e.words.every((w, i) => cue[cue.indexOf(t) + i]?.lower === w));
    if (entry) return `${cls} ${entry.frame}`;
  }
  return `${cls} ${none.has(head.lower) ? 'none' : 'unlisted'}`;
}
