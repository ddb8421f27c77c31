import type { Sentence } from '../doc/types.js';
import type { QuoteContext } from './context.js';
import type { CueHit } from './cues.js';
import { hasName, npAfter, npBefore, opensClause } from './phrases.js';
import { isClauseBreak, isComma, isDash, isPunct, isVerb, RELATIVE_PRONOUNS } from './words.js';

/** A speaker phrase as a token range [first, last]. */
export interface SpeakerRange {
  readonly first: number;
  readonly last: number;
}

/**
 * Who speaks for a cue: "according to X"; the subject before the cue (a name,
 * a title, a group, a pronoun; past an apposition or a relative clause); the
 * phrase after it in inversions (`“...,” said X`); for a participle
 * ("..., adding that"), the clause's speaker.
 */
export function findSpeaker(ctx: QuoteContext, cue: CueHit, sent: Sentence, previous: SpeakerRange | null): SpeakerRange | null {
  if (cue.entry.frame === 'according') return sourceAfter(ctx, cue.last + 1, sent);
  if (cue.participle) return previous ?? clauseSubject(ctx, cue, sent, true) ?? nearestSpeaker(ctx, cue.first - 1, sent.tokenStart);
  if (cue.passive) return null;
  const prev = ctx.toks[cue.first - 1];
  const afterBreak = cue.first === sent.tokenStart || !prev || isComma(prev) || isDash(prev) || ctx.marks.regionOf[prev.i]! >= 0;
  if (afterBreak) {
    const right = phraseAfter(ctx, cue.last + 1, sent);
    if (right) return right;
  }
  const subject = subjectBefore(ctx, cue.first - 1, sent.tokenStart);
  if (subject) return subject;
  // A second verb of one subject: "She criticized the plan and said ...".
  if (prev && prev.pos === 'CCONJ') return previous ?? clauseSubject(ctx, cue, sent, false);
  return afterBreak ? null : phraseAfter(ctx, cue.last + 1, sent);
}

/** The subject phrase ending at or before token `j`, as in "X said", "X, the minister, said", "X, who ..., said". */
export function subjectBefore(ctx: QuoteContext, j: number, lo: number): SpeakerRange | null {
  const toks = ctx.toks;
  if (j < lo) return null;
  const t = toks[j]!;
  if (isComma(t) || isDash(t)) return appositionSubject(ctx, j, lo);
  if (RELATIVE_PRONOUNS.has(t.lower) && t.pos !== 'SCONJ') return antecedent(ctx, j - 1, lo);
  const s = npBefore(ctx, j, lo);
  if (s < 0 || ctx.lex.adjuncts.has(toks[s]!.lower) && s === j) return null;
  if (opensClause(ctx, s, lo)) return { first: s, last: j };
  // "Officials who spoke on condition of anonymity said": the subject is before the relative pronoun.
  for (let k = s - 1; k >= lo; k--) {
    const w = toks[k]!;
    if (isClauseBreak(w) || ctx.marks.regionOf[k]! >= 0) break;
    if ((w.lower === 'who' || w.lower === 'which') && w.pos === 'PRON') return antecedent(ctx, k - 1, lo);
  }
  return null;
}

function antecedent(ctx: QuoteContext, j: number, lo: number): SpeakerRange | null {
  if (j >= lo && isComma(ctx.toks[j]!)) j--;
  const s = npBefore(ctx, j, lo);
  return s >= 0 ? { first: s, last: j } : null;
}

/**
 * "X, the party's leader, said": walk back over comma-separated segments (noun
 * phrases in apposition, relative clauses, parentheticals such as "in a
 * statement") and take the first phrase that holds a name, else the first phrase.
 */
function appositionSubject(ctx: QuoteContext, comma: number, lo: number): SpeakerRange | null {
  const toks = ctx.toks;
  const found: SpeakerRange[] = [];
  let pos = comma;
  for (let guard = 0; guard < 8; guard++) {
    let b = pos - 1;
    while (b >= lo && !isComma(toks[b]!) && !isDash(toks[b]!) && !isClauseBreak(toks[b]!) && ctx.marks.regionOf[b]! < 0) b--;
    const segStart = b + 1;
    const segEnd = pos - 1;
    if (segStart > segEnd) break;
    const first = toks[segStart]!;
    if (RELATIVE_PRONOUNS.has(first.lower) && first.pos !== 'SCONJ') {
      // a relative clause: skip it
    } else if (npBefore(ctx, segEnd, segStart) === segStart) {
      found.push({ first: segStart, last: segEnd });
    } else if (!(first.pos === 'ADP' || first.pos === 'ADV')) {
      break;
    }
    if (b < lo || !(isComma(toks[b]!) || isDash(toks[b]!))) break;
    pos = b;
  }
  if (found.length === 0) return null;
  for (let i = found.length - 1; i >= 0; i--) if (hasName(ctx, found[i]!.first, found[i]!.last)) return found[i]!;
  return found[found.length - 1]!;
}

/** A phrase right after a cue that ends its clause: `said Smith.`, `according to officials,`. */
function phraseAfter(ctx: QuoteContext, i: number, sent: Sentence): SpeakerRange | null {
  const toks = ctx.toks;
  if (i >= sent.tokenEnd) return null;
  const e = npAfter(ctx, i, sent.tokenEnd - 1);
  if (e < 0) return null;
  let onlyAdjuncts = true;
  for (let k = i; k <= e; k++) if (!ctx.lex.adjuncts.has(toks[k]!.lower) && toks[k]!.pos !== 'DET') onlyAdjuncts = false;
  if (onlyAdjuncts) return null;
  const next = toks[e + 1];
  if (next && e + 1 < sent.tokenEnd && isVerb(next)) return null;
  return { first: i, last: e };
}

/** Longest source phrase after "according to", in tokens. */
const MAX_SOURCE = 25;

/** The source after "according to": up to the next comma or the sentence's end ("a poll released Monday"). */
function sourceAfter(ctx: QuoteContext, i: number, sent: Sentence): SpeakerRange | null {
  const first = ctx.toks[i];
  if (!first || i >= sent.tokenEnd || !/^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(first.pos)) return null;
  let e = i;
  while (e + 1 < sent.tokenEnd && e + 1 < i + MAX_SOURCE && !isComma(ctx.toks[e + 1]!) && !isClauseBreak(ctx.toks[e + 1]!)) e++;
  while (e > i && isPunct(ctx.toks[e]!)) e--;
  return { first: i, last: e };
}

/** The subject of the sentence's main clause (when `human`, only if it names someone who speaks), for "..., adding that". */
function clauseSubject(ctx: QuoteContext, cue: CueHit, sent: Sentence, human: boolean): SpeakerRange | null {
  const toks = ctx.toks;
  let k = sent.tokenStart;
  const lead = toks[k]!;
  if (lead.pos === 'ADP' || lead.pos === 'ADV' || lead.pos === 'SCONJ') {
    while (k < cue.first && !isComma(toks[k]!)) k++;
    k++;
  }
  if (k >= cue.first) return null;
  const e = npAfter(ctx, k, cue.first - 1);
  if (e < 0) return null;
  let v = e + 1;
  while (v < cue.first && (toks[v]!.pos === 'ADV' || toks[v]!.pos === 'AUX' || toks[v]!.pos === 'PART')) v++;
  if (v >= cue.first || toks[v]!.pos !== 'VERB') return null;
  if (!human) return { first: k, last: e };
  for (let m = k; m <= e; m++) if (ctx.human[m]) return { first: k, last: e };
  return null;
}

/** The nearest phrase before token `j` naming someone who speaks: "protesters ..., chanting". */
function nearestSpeaker(ctx: QuoteContext, j: number, lo: number): SpeakerRange | null {
  for (let k = j; k >= lo; k--) {
    if (!ctx.human[k] || ctx.marks.regionOf[k]! >= 0) continue;
    let e = k;
    while (e + 1 <= j && ctx.human[e + 1] && ctx.toks[e + 1]!.pos !== 'PRON') e++;
    const s = npBefore(ctx, e, lo);
    return s >= 0 ? { first: s, last: e } : { first: k, last: e };
  }
  return null;
}
