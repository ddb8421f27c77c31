import type { Doc, Token } from '../doc/types.js';

/**
 * Whether a capital's name at tokens [ts, te) stands for its state's government ("Moscow
 * said", "Washington, along with its allies, demanded", "an admission by Moscow") rather
 * than for the city ("in Moscow", "visited Moscow", "Moscow was shelled"): it opens a
 * clause and a verb of its own follows, not a passive or a copula; or it follows "by" or
 * "against". Token by token, a few words each way.
 */
export function standsForGovernment(doc: Doc, ts: number, te: number): boolean {
  const t = doc.tokens;
  const s = t[ts]!.sentence;
  const prev = ts > 0 && t[ts - 1]!.sentence === s ? t[ts - 1]! : null;
  if (prev && (prev.lower === 'by' || prev.lower === 'against')) return true;
  if (prev && !opensClause(prev)) return false;
  const v = verbAfter(doc, te, s);
  return v >= 0 && actsAt(doc, v, s);
}

/** Subordinators the tagger may call prepositions ("after Dublin and London disagreed"). */
const SUBORDINATORS = new Set(['after', 'before', 'because', 'since', 'until', 'unless', 'although', 'though', 'while', 'when', 'whereas', 'if', 'as']);

/** Words after which a new subject can start: punctuation, "and", "but", "that", "while". */
function opensClause(p: Token): boolean {
  if (p.pos === 'PUNCT') return p.text !== '(' && p.text !== '-';
  return p.pos === 'CCONJ' || p.pos === 'SCONJ' || SUBORDINATORS.has(p.lower);
}

const TIME_LEAD = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'later']);
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
const ALONG = new Set(['along', 'together']);
const MAX_BETWEEN = 8;

/**
 * The first verb after the subject ending at `i`, skipping adverbs ("again"), times ("on
 * Tuesday", "Thursday"), "along with its allies", a parenthesis between commas, and a second
 * subject joined by "and" ("Moscow and Beijing warned"); -1 when something else comes first.
 */
function verbAfter(doc: Doc, i: number, s: number): number {
  const t = doc.tokens;
  const limit = Math.min(t.length, i + MAX_BETWEEN + 1);
  while (i < limit && t[i]!.sentence === s) {
    const k = t[i]!;
    if (k.pos === 'VERB' || k.pos === 'AUX') return i;
    if (k.pos === 'ADV') i++;
    else if (DAY_WORDS.has(k.lower)) i++;
    else if (TIME_LEAD.has(k.lower)) i = skipTime(doc, i + 1, s);
    else if (ALONG.has(k.lower) && t[i + 1]?.lower === 'with') i = skipTo(doc, i + 2, s, (x) => x.pos === 'VERB' || x.pos === 'AUX' || x.text === ',');
    else if (k.text === ',') {
      const close = skipTo(doc, i + 1, s, (x) => x.text === ',');
      if (t[close]?.text !== ',') return -1;
      i = close + 1;
    } else if (k.pos === 'CCONJ' && (t[i + 1]?.pos === 'PROPN')) i = skipTo(doc, i + 1, s, (x) => x.pos !== 'PROPN');
    else return -1;
  }
  return -1;
}

/** Past the words of a time phrase: names, numbers, dots ("Sept. 5"), day words. */
function skipTime(doc: Doc, i: number, s: number): number {
  const t = doc.tokens;
  let n = 0;
  while (n < 3 && t[i]?.sentence === s && (t[i]!.pos === 'PROPN' || t[i]!.pos === 'NUM' || t[i]!.text === '.' || t[i]!.pos === 'NOUN')) {
    i++;
    n++;
  }
  return i;
}

/** The first token from `i` in sentence `s` (at most MAX_BETWEEN on) that satisfies `stop`, or past the window. */
function skipTo(doc: Doc, i: number, s: number, stop: (t: Token) => boolean): number {
  const t = doc.tokens;
  const limit = i + MAX_BETWEEN;
  while (i < limit && t[i]?.sentence === s && !stop(t[i]!)) i++;
  return i;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'remains', 'remained', 'became', 'becomes', 'seems', 'seemed']);

/** The verb group at `v` is an act of the subject: not a copula, not a passive ("was shelled"); "is demanding" counts. */
function actsAt(doc: Doc, v: number, s: number): boolean {
  const t = doc.tokens;
  let i = v;
  let be = false;
  while (i < t.length && t[i]!.sentence === s && (t[i]!.pos === 'AUX' || t[i]!.pos === 'ADV' || t[i]!.pos === 'PART')) {
    if (BE.has(t[i]!.lower)) be = true;
    i++;
  }
  const main = t[i];
  if (!main || main.sentence !== s || main.pos !== 'VERB') return !be && i > v;
  if (BE.has(main.lower)) return false;
  return !be || main.lower.endsWith('ing');
}

/**
 * Prepositions after which a place is where an act happens, what it reaches or where it comes
 * from ("arrived in Amman", "shells fell on Aleppo", "troops from Chad"): in event coding the
 * place stands for its state (CAMEO codes "shelled Kharkiv" as an act against Ukraine).
 */
const PLACE_PREPS = new Set([
  'in', 'into', 'at', 'on', 'onto', 'upon', 'to', 'toward', 'towards', 'against', 'near', 'outside', 'inside', 'across',
  'around', 'through', 'throughout', 'within', 'from', 'over', 'off', 'beyond', 'along',
]);
/** Words of the phrase looked back over ("the besieged northern city of"). */
const LEAD = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);
const MAX_LEAD = 6;
const MAX_NOUN = 4;

/**
 * Whether a place or a nationality at tokens [ts, te) stands for its state as what an act
 * reaches or where it happens: the phrase is the complement of a preposition or the object of
 * a verb ("fighting in the northern city of Aleppo", "visited Amman", "shelled Iraqi towns",
 * "a ban on German goods"); after a verb, not the subject of a verb after it ("said Iraqi
 * towns were hit"). A nationality must describe a thing (a common noun after it, within a few adjectives
 * and names); actor nouns after it ("Iraqi officials") are read before this is asked.
 */
export function standsForItsState(doc: Doc, ts: number, te: number, nationality: boolean): boolean {
  const t = doc.tokens;
  const s = t[ts]!.sentence;
  let end = te;
  if (nationality) {
    let noun = false;
    while (end < t.length && end - te < MAX_NOUN && t[end]!.sentence === s) {
      const p = t[end]!.pos;
      if (p === 'NOUN') noun = true;
      else if (noun || (p !== 'ADJ' && p !== 'PROPN' && t[end]!.text !== '-')) break;
      end++;
    }
    if (!noun) return false;
  }
  for (let k = ts - 1, n = 0; k >= 0 && n < MAX_LEAD && t[k]!.sentence === s; k--, n++) {
    const w = t[k]!;
    if (w.lower === 'of') continue;
    if (PLACE_PREPS.has(w.lower)) return true;
    if (w.pos === 'VERB') {
      // After a verb, a phrase that a verb follows is a clause's subject ("said Iraqi towns were hit").
      const after = t[end];
      return !after || after.sentence !== s || (after.pos !== 'VERB' && after.pos !== 'AUX');
    }
    if (!LEAD.has(w.pos)) return false;
  }
  return false;
}
