import type { Doc, Token } from '../doc/types.js';
import type { EntityMention } from '../pipeline/layers.js';
import { resolveAlternatives } from './alternatives.js';
import { datelineCredit } from './dateline.js';
import { nameKey } from './key.js';
import type { ActorLexicon, BodyKind, BodyRole } from './lexicon/lexicon.js';
import { countryInName, cueUnit, entityUnits, isUpper, matchAt, NONE, norm, smallWord, type Scan } from './read-units.js';

/**
 * The words of an article as units an actor phrase is made of: names (from
 * the entities layer), countries, nationality adjectives, institutions,
 * titles, group nouns, and the small words between them (the, 's, of, a
 * comma, he/she). Built once per article, token by token.
 */
export type Unit =
  | { readonly type: 'name'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string; readonly lex: LexActor | null }
  | {
      readonly type: 'orgname'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string;
      readonly lex: LexActor | null;
      /** An unknown name that opens with a place ("Baghdad University"): the place's country. */
      readonly country?: string | null;
      /** An unknown name of a news outlet ("Daily Nation"): sector MED, no country from the article. */
      readonly media?: true;
    }
  | { readonly type: 'inst'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly code: string }
  | { readonly type: 'country'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly country: string }
  | {
      readonly type: 'demonym'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly country: string;
      readonly plural: boolean;
      /** Glued to "-led" ("Saudi-led"): the state leads what follows. */
      readonly led?: true;
      /** After "ethnic" ("ethnic Albanians"): a people, not the state's citizens; they live where the words around say. */
      readonly ethnic?: true;
    }
  | {
      readonly type: 'place'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly country: string | null;
      /** A state's capital, which can stand for its government ("Moscow said"). */
      readonly capital: boolean;
    }
  | {
      readonly type: 'title'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string;
      readonly sector: string | null; readonly generic: boolean;
      /** The state the title names when written bare ("Secretary of State" USA), or null. */
      readonly country: string | null;
    }
  | { readonly type: 'titlemod'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string; readonly sector: string | null }
  | {
      readonly type: 'body'; readonly ts: number; readonly te: number; readonly ents: readonly number[]; readonly key: string;
      readonly kind: BodyKind; readonly sector: string | null; readonly plural: boolean; readonly explicit: boolean;
      readonly role: BodyRole; readonly weak: boolean;
    }
  | { readonly type: SmallWord; readonly ts: number; readonly te: number; readonly ents: readonly number[] };

export type SmallWord = 'det' | 'indef' | 'poss' | 'comma' | 'and' | 'of' | 'for' | 'in' | 'by' | 'pron' | 'verb' | 'quote' | 'x';

export type UnitType = Unit['type'];

export interface LexActor {
  readonly code: string;
  readonly name: string;
}

/** Lexicon names that may run past an entity the tagger cut short. */
const NAMES = new Set(['org', 'institution', 'country']);

/** Units of the whole document, in token order, and for each sentence the range of its units. */
export function buildUnits(doc: Doc, entities: readonly EntityMention[], lex: ActorLexicon): { units: Unit[]; sentenceUnits: [number, number][] } {
  const toks = doc.tokens;
  const lower = toks.map(norm);
  const person = new Uint8Array(toks.length);
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
      if (e.type === 'PERSON') person[j] = 1;
      j++;
    }
    entityEnd[i] = j;
  }
  const scan: Scan = { doc, lower, lex, person };
  const units: Unit[] = [];
  const sentenceUnits: [number, number][] = [];
  for (const s of doc.sentences) {
    const first = units.length;
    // "NAIROBI (Demo Wire) -": the agency credited in a dateline is no actor of the story.
    const credit = datelineCredit(doc, s);
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (credit && i >= credit[0] && i < credit[1]) {
        units.push({ type: 'x', ts: i, te: i + 1, ents: NONE });
        i++;
        continue;
      }
      const ei = entityAt[i]!;
      if (ei >= 0 && entityStartsAt(toks, entities[ei]!, i)) {
        // "Arab League" with only "Arab" tagged: a longer name of the lexicon swallows the entity
        // (only worth a look when a capitalised or glued word follows it).
        const after = entityEnd[ei]! < s.tokenEnd ? toks[entityEnd[ei]!]! : null;
        const longer = after && (isUpper(after.text) || !after.spaceBefore) ? matchAt(scan, i, s.tokenEnd) : null;
        const swallowed = longer && longer[1] > entityEnd[ei]! && NAMES.has(longer[0].type)
          ? entitiesInside(entities, entityAt, entityEnd, i, longer[1]) : null;
        if (longer && swallowed) {
          units.push(cueUnit(longer[0], i, longer[1], swallowed));
          i = longer[1];
          continue;
        }
        const te = Math.min(entityEnd[ei]!, s.tokenEnd);
        units.push(...entityUnits(scan, entities[ei]!, ei, i, te));
        i = te;
        continue;
      }
      const m = ei >= 0 ? null : matchAt(scan, i, s.tokenEnd);
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
    joinLed(doc, units, first);
    joinEthnic(doc, units, first);
    joinOrgNames(scan, units, first);
    sentenceUnits.push([first, units.length]);
  }
  resolveAlternatives(doc, units, lex);
  return { units, sentenceUnits };
}

/**
 * "Saudi-led coalition", "US-led forces": a country or nationality glued to "-led" names the
 * force's leader, as a nationality adjective would. Rewrites the sentence's units from `first`.
 */
function joinLed(doc: Doc, units: Unit[], first: number): void {
  const t = doc.tokens;
  for (let k = first; k < units.length; k++) {
    const u = units[k]!;
    if ((u.type !== 'country' && u.type !== 'demonym') || (u.type === 'demonym' && u.plural)) continue;
    const dash = t[u.te];
    const led = t[u.te + 1];
    if (dash?.text !== '-' || dash.spaceBefore || led?.lower !== 'led' || led.spaceBefore || led.sentence !== dash.sentence) continue;
    let n = k + 1;
    const ents = [...u.ents];
    while (n < units.length && units[n]!.te <= u.te + 2) ents.push(...units[n++]!.ents);
    if (units[n - 1]!.te !== u.te + 2) continue;
    units.splice(k, n - k, { type: 'demonym', ts: u.ts, te: u.te + 2, ents: [...new Set(ents)], country: u.country, plural: false, led: true });
  }
}

/**
 * "the National Union for the Total Independence of Angola" tagged as two names: an
 * organization's name ending with its head word ("Union", "Committee") and a name after "for",
 * "of" or "to" make one organization ("the Committee to Protect Journalists").
 */
function joinOrgNames(scan: Scan, units: Unit[], first: number): void {
  const { doc, lower, lex } = scan;
  for (let k = first; k + 2 < units.length; k++) {
    const a = units[k]!;
    if (a.type !== 'orgname' || a.lex || !lex.orgNameHeads.has(lower[a.te - 1]!)) continue;
    const link = units[k + 1]!;
    const d = units[k + 2]!.type === 'det' ? 1 : 0;
    const b = units[k + 2 + d];
    const to = link.type === 'x' && lower[link.ts] === 'to';
    if ((link.type !== 'for' && link.type !== 'of' && !to) || (b?.type !== 'orgname' && b?.type !== 'x') || b.ents.length === 0) continue;
    const key = nameKey(doc.text.slice(doc.tokens[a.ts]!.start, doc.tokens[b.te - 1]!.end));
    const known = lex.names.get(key);
    const lexActor = known?.type === 'actor' && known.name !== '' ? { code: known.code, name: known.name } : null;
    units.splice(k, 3 + d, {
      type: 'orgname', ts: a.ts, te: b.te, ents: [...a.ents, ...b.ents], key, lex: lexActor, country: countryInName(scan, a.ts, b.te),
    });
  }
}

/** "ethnic Albanians", "ethnic Serb civilians": the word "ethnic" joins the nationality after it, which then names a people. */
function joinEthnic(doc: Doc, units: Unit[], first: number): void {
  for (let k = first; k + 1 < units.length; k++) {
    const u = units[k]!;
    const d = units[k + 1]!;
    if (u.type !== 'x' || u.te - u.ts !== 1 || doc.tokens[u.ts]!.lower !== 'ethnic' || d.type !== 'demonym') continue;
    units.splice(k, 2, { ...d, ts: u.ts, ethnic: true });
  }
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
