import type { Doc, Token } from '../doc/types.js';
import type { EntityMention } from '../pipeline/layers.js';
import { nameKey } from './key.js';
import type { ActorLexicon, Cue, NameEntry } from './lexicon/lexicon.js';
import type { SmallWord, Unit } from './units.js';
import { isDateline } from './dateline.js';

/**
 * Reading the words of an article as units (units.ts): lexicon phrases found token by token,
 * the units of an entity mention, the small words between them.
 */

const NAME_CUES = new Set(['country', 'demonym', 'place', 'institution', 'org']);
const IN_WORDS = new Set(['in', 'at', 'across', 'from', 'near', 'outside', 'inside']);
export const NONE: readonly number[] = [];
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame']);
/** Words naming a side of a state ("South Lebanon", "northern Iraq"). */
const COMPASS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast',
  'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower',
]);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);


/** What reading a document's units needs: its tokens' lookup forms, the lexicon, which tokens are in a person's name. */
export interface Scan {
  readonly doc: Doc;
  /** Lower-case token texts with straight apostrophes. */
  readonly lower: readonly string[];
  readonly lex: ActorLexicon;
  /** 1 where the token is part of a PERSON entity. */
  readonly person: Uint8Array;
}

export const norm = (t: Token) => (t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower);
export const isUpper = (s: string) => s[0] !== undefined && s[0] !== s[0].toLowerCase();

/** The longest lexicon phrase starting at token i: [cue, end token] or null. */
export function matchAt(scan: Scan, i: number, end: number): [Cue, number] | null {
  const { doc, lower, lex } = scan;
  const { cues, prefixes } = lex.phrases;
  let key = lower[i]!;
  if (!prefixes.has(key)) return null;
  let best: [Cue, number] | null = null;
  for (let j = i; j < end; j++) {
    if (j > i) {
      const t = doc.tokens[j]!;
      const glue = t.text === '-' || doc.tokens[j - 1]!.text === '-' || !t.spaceBefore ? '' : ' ';
      key += glue + lower[j]!;
      if (!prefixes.has(key)) break;
    }
    const cue = cues.get(key);
    if (cue && acceptable(scan, cue, key, i, j + 1)) best = [cue, j + 1];
  }
  return best;
}

/** Names need their capitals ("US" all of them); role nouns need a noun at the end ("general election" is no general). */
function acceptable(scan: Scan, cue: Cue, key: string, ts: number, te: number): boolean {
  const doc = scan.doc;
  const first = doc.tokens[ts]!.text;
  if (NAME_CUES.has(cue.type)) {
    if (!isUpper(first)) return false;
    if (key.length <= 3 && /^[a-z]+$/.test(key)) return first === first.toUpperCase();
    return true;
  }
  if (cue.type === 'titlemod' || cue.type === 'none') return true;
  const pos = doc.tokens[te - 1]!.pos;
  if (pos === 'NOUN' || pos === 'PROPN' || te - ts > 1) return true;
  // The tagger may call a body noun that ends a phrase an adjective: "by the Israeli military, officials said".
  const after = doc.tokens[te];
  if (cue.type === 'body' && pos === 'ADJ' && (!after || after.sentence !== doc.tokens[ts]!.sentence || after.pos === 'PUNCT' || after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADP')) {
    return true;
  }
  // The tagger may call a title before a name an adjective: "policy chief Elena Varga" (not "the official IRNA agency").
  return cue.type === 'title' && te < doc.tokens.length && scan.person[te] === 1 && doc.tokens[te]!.sentence === doc.tokens[ts]!.sentence;
}

export function cueUnit(cue: Cue, ts: number, te: number, ents: readonly number[]): Unit {
  switch (cue.type) {
    case 'none': return { type: 'x', ts, te, ents };
    case 'country': return { type: 'country', ts, te, ents, country: cue.country };
    case 'demonym': return { type: 'demonym', ts, te, ents, country: cue.country, plural: cue.plural };
    case 'place': return { type: 'place', ts, te, ents, country: cue.country, capital: cue.capital };
    case 'institution': return { type: 'inst', ts, te, ents, code: cue.code };
    case 'org': return { type: 'orgname', ts, te, ents, key: nameKey(cue.name), lex: { code: cue.code, name: cue.name } };
    case 'title': return { type: 'title', ts, te, ents, key: cue.key, sector: cue.sector, generic: cue.generic, country: cue.country };
    case 'titlemod': return { type: 'titlemod', ts, te, ents, key: cue.key, sector: cue.sector };
    case 'body':
      return {
        type: 'body', ts, te, ents, key: cue.key, kind: cue.kind, sector: cue.sector, plural: cue.plural, explicit: cue.explicit,
        role: cue.role, weak: cue.weak,
      };
  }
}

export function smallWord(t: Token, lower: string, prev: Token | undefined): SmallWord {
  if (t.text === ',') return 'comma';
  if (lower === "'s") return 'poss';
  // "Russians’ unwillingness": an apostrophe glued to a plural is a possessive, not a closing quote.
  if (lower === "'" && prev && !t.spaceBefore && /s$/i.test(prev.text)) return 'poss';
  if (QUOTES.has(t.text)) return 'quote';
  if (lower === 'the') return 'det';
  if (lower === 'a' || lower === 'an') return 'indef';
  if (lower === 'of') return 'of';
  if (lower === 'and' || lower === 'or') return 'and';
  if (lower === 'by' || lower === 'against') return 'by';
  if (lower === 'for') return 'for';
  if (IN_WORDS.has(lower)) return 'in';
  if (lower === 'he' || lower === 'she') return 'pron';
  if (t.pos === 'VERB' || t.pos === 'AUX') return 'verb';
  return 'x';
}

/** The units of one entity mention, from the lexicon and the phrases inside it. */
export function entityUnits(scan: Scan, e: EntityMention, idx: number, ts: number, te: number): Unit[] {
  const { doc, lower, lex } = scan;
  const ents = [idx];
  const entry: NameEntry | undefined = lex.names.get(nameKey(e.text));
  if (entry?.type === 'notactor') return [{ type: 'x', ts, te, ents }];
  // What the lexicon knows for sure beats the tagger's type ("Kremlin" tagged as a person).
  if (entry?.type === 'country') return [{ type: 'country', ts, te, ents, country: entry.country }];
  if (entry?.type === 'demonym') return [{ type: 'demonym', ts, te, ents, country: entry.country, plural: entry.plural }];
  if (entry?.type === 'actor' && entry.name === '') return [{ type: 'inst', ts, te, ents, code: entry.code }];
  // Titles, countries and adjectives in front of a name: "President Vladimir Putin", "US Secretary of State".
  const lead: Unit[] = [];
  let k = ts;
  if (e.type === 'PERSON' || entry === undefined) {
    while (k < te) {
      const m = matchAt(scan, k, te);
      if (!m || m[0].type === 'place' || m[0].type === 'none' || (e.type === 'PERSON' && m[1] === te)) break;
      lead.push(cueUnit(m[0], k, m[1], ents));
      k = m[1];
    }
  }
  // "Mr. Trump" is "Trump".
  while (e.type === 'PERSON' && k < te - 1 && HONORIFICS.has(lower[k]!)) lead.push({ type: 'x', ts: k, te: ++k, ents: NONE });
  if (k >= te) return lead.length > 0 ? lead : [{ type: 'x', ts, te, ents }];
  const key = k === ts ? nameKey(e.text) : nameKey(doc.text.slice(doc.tokens[k]!.start, e.end));
  const rest = k === ts ? entry : lex.names.get(key);
  const lexActor = rest?.type === 'actor' && rest.name !== '' ? { code: statedCode(scan, rest.code, k, te), name: rest.name } : null;
  let tail: Unit;
  // "the Kuomintang Party" tagged as a person: a name ending with an organization's head word.
  if (e.type === 'PERSON' && te - k > 1 && !lexActor && lex.orgNameHeads.has(lower[te - 1]!)) tail = { type: 'orgname', ts: k, te, ents, key, lex: null };
  else if (e.type === 'PERSON') tail = { type: 'name', ts: k, te, ents, key, lex: lexActor };
  else if (rest?.type === 'country') tail = { type: 'country', ts: k, te, ents, country: rest.country };
  else if (rest?.type === 'demonym') tail = { type: 'demonym', ts: k, te, ents, country: rest.country, plural: rest.plural };
  else if (rest?.type === 'place') tail = { type: 'place', ts: k, te, ents, country: rest.country, capital: rest.capital };
  else if (rest?.type === 'actor') {
    tail = rest.name === '' ? { type: 'inst', ts: k, te, ents, code: rest.code } : { type: 'orgname', ts: k, te, ents, key, lex: lexActor };
  } else if (e.type === 'ORG' && isDateline(doc, k, te)) tail = { type: 'place', ts: k, te, ents, country: null, capital: false };
  else if (e.type === 'ORG' && isOrgName(lower, k, te, lex)) {
    tail = { type: 'orgname', ts: k, te, ents, key, lex: null, country: countryInName(scan, k, te) };
    if (lex.mediaHeads.has(lower[te - 1]!)) tail = { ...tail, media: true };
  }
  else if ((e.type === 'GPE' || e.type === 'LOC') && k < te - 1 && COMPASS.has(lower[k]!)) {
    // "South Lebanon", "Northern Iraq": a part of a state named by its side.
    const whole = lex.names.get(nameKey(doc.text.slice(doc.tokens[k + 1]!.start, e.end)));
    const country = whole?.type === 'country' || whole?.type === 'place' ? whole.country : null;
    tail = country || e.type === 'GPE' ? { type: 'place', ts: k, te, ents, country, capital: false } : { type: 'x', ts: k, te, ents };
  } else if (e.type === 'GPE') tail = { type: 'place', ts: k, te, ents, country: null, capital: false };
  else tail = { type: 'x', ts: k, te, ents };
  return [...lead, tail];
}

/**
 * A dictionary code with a region where a state belongs (MEAREB for "Palestinian Islamic
 * Jihad"), given the state when the name itself opens with its nationality or name.
 */
function statedCode(scan: Scan, code: string, ts: number, te: number): string {
  const region = code.slice(0, 3);
  if (scan.lex.countryNames.has(region) || ['IGO', 'NGO', 'MNC', 'IMG'].includes(region)) return code;
  const m = matchAt(scan, ts, te);
  const c = m && (m[0].type === 'demonym' || m[0].type === 'country') ? m[0].country : null;
  return c && scan.lex.countryNames.has(c) ? c + code.slice(3) : code;
}

/**
 * The country an unknown organization's name gives: a town it opens with ("Baghdad University"),
 * or a state or town it ends with after "of" ("United Bus Company of Tehran"), or null.
 */
export function countryInName(scan: Scan, ts: number, te: number): string | null {
  const head = matchAt(scan, ts, te);
  if (head?.[0].type === 'place' && head[1] < te) return head[0].country;
  for (let k = te - 2; k > ts; k--) {
    if (scan.lower[k] !== 'of') continue;
    const tail = matchAt(scan, k + 1, te);
    return tail && tail[1] === te && (tail[0].type === 'place' || tail[0].type === 'country') ? tail[0].country : null;
  }
  return null;
}

/** An unknown ORG is an organization unless it names a building ("... Cathedral") or is no name at all ("II"). */
function isOrgName(lower: readonly string[], ts: number, te: number, lex: ActorLexicon): boolean {
  if (lex.facilityHeads.has(lower[te - 1]!)) return false;
  if (te - ts === 1 && /^[ivxlc]+$/.test(lower[ts]!)) return false;
  return lower.slice(ts, te).some((w) => /\p{L}/u.test(w));
}
