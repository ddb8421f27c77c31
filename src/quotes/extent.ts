import type { QuoteContext } from './context.js';
import type { CueHit } from './cues.js';
import { isComma, isDash, isPunct, isVerb, RELATIVE_PRONOUNS } from './words.js';

/*
 * Where a reported clause ends: at the sentence's end, or before what the
 * writer adds after it (a further attribution, an aside, the main clause
 * going on).
 */

/**
 * The last token of a reported clause starting at `at`: the sentence's end,
 * or before a following attribution in the same sentence (", adding that",
 * ", according to", ", officials said"; `cues[from]` on are the cues after
 * this one), before the writer's own clause (", which ...", ", but ..."),
 * and, for a cue opening its sentence, before the first comma.
 */
export function contentEnd(ctx: QuoteContext, cue: CueHit, at: number, sentenceEnd: number, cues: readonly CueHit[], from: number): number {
  const toks = ctx.toks;
  let end = sentenceEnd - 1;
  for (let i = from; i < cues.length && cues[i]!.sentence === cue.sentence; i++) {
    const next = cues[i]!;
    if (next.first <= at) continue;
    const comma = attributionComma(ctx, next, at);
    if (comma >= 0) { end = Math.min(end, comma - 1); break; }
  }
  end = narratorClause(ctx, at, end);
  // "Asked whether he would run, the senator smiled": a cue opening its sentence ends its content at a comma.
  if (cue.first === ctx.doc.sentences[cue.sentence]!.tokenStart) {
    for (let k = at + 1; k < end; k++) if (isComma(toks[k]!) && ctx.marks.regionOf[k]! < 0) { end = k - 1; break; }
  }
  // "The mayor, saying that the tax was unfair, left", "Roe, who declined to comment, proposed ...":
  // a cue inside a parenthesis ends its content where the main verb resumes.
  const before = toks[cue.first - 1];
  if (before && ((cue.participle && isComma(before)) || (RELATIVE_PRONOUNS.has(before.lower) && before.pos === 'PRON'))) {
    for (let k = at + 1; k < end; k++) {
      const next = toks[k + 1]!;
      if (isComma(toks[k]!) && ctx.marks.regionOf[k]! < 0 && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')))) { end = k - 1; break; }
    }
  }
  return trimEnd(ctx, at, end);
}

/**
 * The token that opens the attribution of `next` (the comma of ", adding",
 * ", according to", ", X said"; the "and" of "... and added that"), or -1.
 */
function attributionComma(ctx: QuoteContext, next: CueHit, from: number): number {
  const toks = ctx.toks;
  const before = toks[next.first - 1];
  if (before && next.first - 1 > from && before.pos === 'CCONJ' && !next.participle) return next.first - 1;
  if (next.participle || next.entry.frame === 'according') {
    return next.first - 1 > from && isComma(toks[next.first - 1]!) ? next.first - 1 : -1;
  }
  for (let k = next.first - 1, n = 0; k > from && n < 8; k--, n++) {
    const t = toks[k]!;
    if (isComma(t) || isDash(t)) return k;
    if (isVerb(t) || isPunct(t)) return -1;
  }
  return -1;
}

/**
 * Words that, after a comma, open what the writer adds to a reported clause:
 * "..., but she has bristled at ...", "..., which was ...", "..., compared with ...".
 */
const NARRATOR_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'while', 'although', 'though', 'whereas', 'however', 'who', 'which', 'compared']);

/** The end of a reported clause before ", but ...", ", while ..." (outside quotation marks), else `end`. */
function narratorClause(ctx: QuoteContext, from: number, end: number): number {
  const toks = ctx.toks;
  let verb = false;
  for (let k = from; k < end; k++) {
    const t = toks[k]!;
    // a comma inside a closing mark counts as a comma after it: `... “wrapped up by Cleveland,” however ...`
    const inMark = ctx.marks.regionOf[k]! >= 0;
    const markComma = inMark && isPunct(t) && k > from && isComma(toks[k - 1]!) && ctx.marks.regions[ctx.marks.regionOf[k]!]!.last === k;
    if (isVerb(t)) verb = true;
    // what is cut off must leave a clause: "said the plan, which costs $1bn, will fail" is not cut
    if ((inMark && !markComma) || !verb || k < from + 2) continue;
    // "...; they only learned of it on Friday": a new clause; not "...; rather, this is ..." (a connective goes on)
    if (t.text === ';' && k + 2 <= end && toks[k + 1]!.pos !== 'ADV' && toks[k + 1]!.pos !== 'CCONJ' && !isComma(toks[k + 2]!)) return k - 1;
    if (!isComma(t) && !markComma) continue;
    const cut = markComma ? k : k - 1;
    const w = toks[k + 1]!.lower;
    if (NARRATOR_CONJUNCTIONS.has(w) || (w === 'even' && toks[k + 2]?.lower === 'as')) return cut;
  }
  return end;
}

/** Drops closing punctuation outside quotation marks. */
export function trimEnd(ctx: QuoteContext, from: number, end: number): number {
  while (end >= from && isPunct(ctx.toks[end]!) && ctx.marks.regionOf[end]! < 0) end--;
  return end;
}

