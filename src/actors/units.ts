import type { Doc, Token } from '../doc/types.js';
import type { EntityMention } from '../pipeline/layers.js';
import { nameKey } from './key.js';
import type { ActorLexicon, BodyKind, Cue, NameEntry } from './lexicon/lexicon.js';

/**
 * The words of an article as units an actor phrase is made of: names (from
 * the entities layer), countries, nationality adjectives, institutions,
 * titles, group nouns, and the small words between them (the, 's, of, a
 * comma, he/she). Built once per article, token by token.
 */
export type Unit =
  | { readonly type: 'name'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string; readonly lex: LexActor | null }
  | { readonly type: 'orgname'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string; readonly lex: LexActor | null }
  | { readonly type: 'inst'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly code: string }
  | { readonly type: 'country'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly country: string }
  | { readonly type: 'demonym'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly country: string; readonly plural: boolean }
  | { readonly type: 'place'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly country: string | null }
  | { readonly type: 'title'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string; readonly sector: string | null; readonly generic: boolean }
  | { readonly type: 'titlemod'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string; readonly sector: string | null }
  | {
      readonly type: 'body'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string;
      readonly kind: BodyKind; readonly sector: string | null; readonly plural: boolean; readonly explicit: boolean;
    }
  | { readonly type: SmallWord; readonly ts: number; readonly te: number; readonly ents: readonly number[] };

export type SmallWord = 'det' | 'indef' | 'poss' | 'comma' | 'of' | 'for' | 'in' | 'pron' | 'verb' | 'quote' | 'x';

export type UnitType = Unit['type'];

export interface LexActor {
  readonly code: string;
  readonly name: string;
}

const NAME_CUES = new Set(['country', 'demonym', 'place', 'institution']);
const IN_WORDS = new Set(['in', 'at', 'across', 'from', 'near', 'outside', 'inside']);
const NONE: readonly number[] = [];
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

const norm = (t: Token) => (t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower);
const isUpper = (s: string) => s[0] !== undefined && s[0] !== s[0].toLowerCase();

/** The longest lexicon phrase starting at token i: [cue, end token] or null. */
function matchAt(doc: Doc, lower: readonly string[], i: number, end: number, lex: ActorLexicon): [Cue, number] | null {
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
    if (cue && acceptable(doc, cue, key, i, j + 1)) best = [cue, j + 1];
  }
  return best;
}

/** Names need their capitals ("US" all of them); role nouns need a noun at the end ("general election" is no general). */
function acceptable(doc: Doc, cue: Cue, key: string, ts: number, te: number): boolean {
  const first = doc.tokens[ts]!.text;
  if (NAME_CUES.has(cue.type)) {
    if (!isUpper(first)) return false;
    if (key.length <= 3 && /^[a-z]+$/.test(key)) return first === first.toUpperCase();
    return true;
  }
  if (cue.type === 'titlemod' || cue.type === 'none') return true;
  const pos = doc.tokens[te - 1]!.pos;
  if (pos === 'NOUN' || pos === 'PROPN' || te - ts > 1) return true;
  // The tagger may call a title before a name an adjective: "policy chief Elena Varga".
  const next = doc.tokens[te];
  return cue.type === 'title' && next !== undefined && next.sentence === doc.tokens[ts]!.sentence && isUpper(next.text);
}

function cueUnit(cue: Cue, ts: number, te: number, ents: readonly number[]): Unit {
  switch (cue.type) {
    case 'none': return { type: 'x', ts, te, ents };
    case 'country': return { type: 'country', ts, te, ents, country: cue.country };
    case 'demonym': return { type: 'demonym', ts, te, ents, country: cue.country, plural: cue.plural };
    case 'place': return { type: 'place', ts, te, ents, country: cue.country };
    case 'institution': return { type: 'inst', ts, te, ents, code: cue.code };
    case 'title': return { type: 'title', ts, te, ents, key: cue.key, sector: cue.sector, generic: cue.generic };
    case 'titlemod': return { type: 'titlemod', ts, te, ents, key: cue.key, sector: cue.sector };
    case 'body':
      return { type: 'body', ts, te, ents, key: cue.key, kind: cue.kind, sector: cue.sector, plural: cue.plural, explicit: cue.explicit };
  }
}

function smallWord(t: Token, lower: string, prev: Token | undefined): SmallWord {
  if (t.text === ',') return 'comma';
  if (lower === "'s") return 'poss';
  // "Russians’ unwillingness": an apostrophe glued to a plural is a possessive, not a closing quote.
  if (lower === "'" && prev && !t.spaceBefore && /s$/i.test(prev.text)) return 'poss';
  if (QUOTES.has(t.text)) return 'quote';
  if (lower === 'the') return 'det';
  if (lower === 'a' || lower === 'an') return 'indef';
  if (lower === 'of') return 'of';
  if (lower === 'for') return 'for';
  if (IN_WORDS.has(lower)) return 'in';
  if (lower === 'he' || lower === 'she') return 'pron';
  if (t.pos === 'VERB' || t.pos === 'AUX') return 'verb';
  return 'x';
}

/** The units of one entity mention, from the lexicon and the phrases inside it. */
function entityUnits(
  doc: Doc, lower: readonly string[], e: EntityMention, idx: number, ts: number, te: number, lex: ActorLexicon,
): Unit[] {
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
      const m = matchAt(doc, lower, k, te, lex);
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
  const lexActor = rest?.type === 'actor' && rest.name !== '' ? { code: rest.code, name: rest.name } : null;
  let tail: Unit;
  if (e.type === 'PERSON') tail = { type: 'name', ts: k, te, ents, key, lex: lexActor };
  else if (rest?.type === 'country') tail = { type: 'country', ts: k, te, ents, country: rest.country };
  else if (rest?.type === 'demonym') tail = { type: 'demonym', ts: k, te, ents, country: rest.country, plural: rest.plural };
  else if (rest?.type === 'place') tail = { type: 'place', ts: k, te, ents, country: rest.country };
  else if (rest?.type === 'actor') {
    tail = rest.name === '' ? { type: 'inst', ts: k, te, ents, code: rest.code } : { type: 'orgname', ts: k, te, ents, key, lex: lexActor };
  } else if (e.type === 'ORG' && isDateline(doc, k, te)) tail = { type: 'place', ts: k, te, ents, country: null };
  else if (e.type === 'ORG' && isOrgName(lower, k, te, lex)) tail = { type: 'orgname', ts: k, te, ents, key, lex: null };
  else if (e.type === 'GPE') tail = { type: 'place', ts: k, te, ents, country: null };
  else tail = { type: 'x', ts: k, te, ents };
  return [...lead, tail];
}

/** "GUWAHATI (Agency) -": a capitalised place opening a paragraph, before the agency's name or a dash. */
function isDateline(doc: Doc, ts: number, te: number): boolean {
  const first = doc.tokens[ts]!;
  const next = doc.tokens[te];
  const opensParagraph = doc.paragraphs[doc.sentences[first.sentence]!.paragraph]!.start === first.start;
  return opensParagraph && first.text === first.text.toUpperCase() && (next?.text === '(' || next?.text === '-' || next?.text === '—');
}

/** An unknown ORG is an organization unless it names a building ("... Cathedral") or is no name at all ("II"). */
function isOrgName(lower: readonly string[], ts: number, te: number, lex: ActorLexicon): boolean {
  if (lex.facilityHeads.has(lower[te - 1]!)) return false;
  if (te - ts === 1 && /^[ivxlc]+$/.test(lower[ts]!)) return false;
  return lower.slice(ts, te).some((w) => /\p{L}/u.test(w));
}

/** Units of the whole document, in token order, and for each sentence the range of its units. */
export function buildUnits(doc: Doc, entities: readonly EntityMention[], lex: ActorLexicon): { units: Unit[]; sentenceUnits: [number, number][] } {
  const toks = doc.tokens;
  const lower = toks.map(norm);
  const entityAt = new Int32Array(toks.length).fill(-1);
  const entityEnd = new Int32Array(entities.length);
  const order = entities.map((_, i) => i).sort((a, b) => entities[a]!.start - entities[b]!.start);
  let k = 0;
  for (const i of order) {
    const e = entities[i]!;
    while (k > 0 && toks[k - 1]!.end > e.start) k--;
    while (k < toks.length && toks[k]!.end <= e.start) k++;
    let j = k;
    while (j < toks.length && toks[j]!.start < e.end) {
      if (entityAt[j] === -1) entityAt[j] = i;
      j++;
    }
    entityEnd[i] = j;
  }
  const units: Unit[] = [];
  const sentenceUnits: [number, number][] = [];
  for (const s of doc.sentences) {
    const first = units.length;
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const ei = entityAt[i]!;
      if (ei >= 0 && entityStartsAt(toks, entities[ei]!, i)) {
        const te = Math.min(entityEnd[ei]!, s.tokenEnd);
        units.push(...entityUnits(doc, lower, entities[ei]!, ei, i, te, lex));
        i = te;
        continue;
      }
      const m = ei >= 0 ? null : matchAt(doc, lower, i, s.tokenEnd, lex);
      const inside = m ? entitiesInside(entities, entityAt, entityEnd, i, m[1]) : null;
      if (m && inside) {
        const named = m[0].type === 'body' && isUpper(toks[i]!.text) ? lex.names.get(nameKey(doc.text.slice(toks[i]!.start, toks[m[1] - 1]!.end))) : undefined;
        // "the Senate": a body the lexicon knows by name.
        if (named?.type === 'actor' && named.name !== '') {
          units.push({ type: 'orgname', ts: i, te: m[1], ents: inside, key: nameKey(named.name), lex: { code: named.code, name: named.name } });
        } else units.push(cueUnit(m[0], i, m[1], inside));
        i = m[1];
        continue;
      }
      units.push({ type: smallWord(toks[i]!, lower[i]!, i > s.tokenStart ? toks[i - 1] : undefined), ts: i, te: i + 1, ents: NONE });
      i++;
    }
    sentenceUnits.push([first, units.length]);
  }
  return { units, sentenceUnits };
}

function entityStartsAt(toks: readonly Token[], e: EntityMention, i: number): boolean {
  return i === 0 || toks[i - 1]!.end <= e.start;
}

/**
 * The entities a phrase match swallows ("State" tagged alone inside "Secretary of State"),
 * or null when an entity sticks out of it or is a person's name (the name wins).
 */
function entitiesInside(
  entities: readonly EntityMention[], entityAt: Int32Array, entityEnd: Int32Array, ts: number, te: number,
): number[] | null {
  const out: number[] = [];
  for (let j = ts; j < te; j++) {
    const ei = entityAt[j]!;
    if (ei < 0 || out.includes(ei)) continue;
    if (entityEnd[ei]! > te || entities[ei]!.type === 'PERSON') return null;
    out.push(ei);
  }
  return out;
}
