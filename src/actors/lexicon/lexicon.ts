import type { PhoenixLexicon } from './phoenix.js';
import type { CuratedEntry } from './curated.js';
import type { NounEntry } from './nouns.js';
import { SECTORS } from '../codes.js';
import { nameKey } from '../key.js';

/**
 * The actor lexicon of an engine: built once from data/actors/phoenix.json
 * (derived from PETRARCH2) and data/actors/curated.tsv, then only read.
 *  - `names`: what a name mention (an entity) is, by its `nameKey`.
 *  - `phrases`: word sequences found in running text (countries, adjectives,
 *    places, institutions, international organizations, titles, groups),
 *    looked up token by token.
 * Sources, first wins: curated.tsv, capitals.tsv, nouns.tsv, then the Phoenix
 * dictionaries.
 */

export type BodyKind = 'group' | 'organization';

/**
 * What a body noun says of the words before it (data/actors/nouns.tsv): `members` a body of
 * people; `equipment` arms that stand for their force (an actor only with its owner in the
 * words); `relation` a group named by its tie to the possessor ("allies"); `act` an act of
 * the state named before it ("an Indian proposal").
 */
export type BodyRole = 'members' | 'equipment' | 'relation' | 'act';

export type Cue =
  | { readonly type: 'none' }
  | { readonly type: 'country'; readonly country: string }
  | { readonly type: 'demonym'; readonly country: string; readonly plural: boolean }
  | { readonly type: 'place'; readonly country: string; readonly capital: boolean }
  | { readonly type: 'institution'; readonly code: string; readonly name: string }
  /** A named organization found in running text (an international body): its code and display name. */
  | { readonly type: 'org'; readonly code: string; readonly name: string }
  /**
   * `generic`: the sector (if any) is a default the words around may replace ("police official").
   * `country`: the state the title names when written bare ("Secretary of State" USA), or null.
   */
  | { readonly type: 'title'; readonly key: string; readonly sector: string | null; readonly generic: boolean; readonly country: string | null }
  | { readonly type: 'titlemod'; readonly key: string; readonly sector: string | null }
  | {
      readonly type: 'body'; readonly key: string; readonly kind: BodyKind; readonly sector: string | null;
      readonly plural: boolean; readonly explicit: boolean; readonly role: BodyRole;
      /** The sector is a default a sector noun before it replaces ("police officers"). */
      readonly weak: boolean;
    };

export type NameEntry =
  | { readonly type: 'country'; readonly country: string }
  | { readonly type: 'demonym'; readonly country: string; readonly plural: boolean }
  | { readonly type: 'place'; readonly country: string; readonly capital: boolean }
  | { readonly type: 'actor'; readonly code: string; readonly name: string }
  | { readonly type: 'notactor' };

export interface PhraseIndex {
  /** Full phrase key -> cue. */
  readonly cues: ReadonlyMap<string, Cue>;
  /** Every word-boundary prefix of a phrase key, to stop extending a match early. */
  readonly prefixes: ReadonlySet<string>;
}

export interface ActorLexicon {
  readonly names: ReadonlyMap<string, NameEntry>;
  readonly phrases: PhraseIndex;
  /** ISO alpha-3 -> display name ("Russia"). */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Head words of news outlets' names ("times", "radio"): an unknown name ending so is of the sector MED. */
  readonly mediaHeads: ReadonlySet<string>;
  /** Head words of buildings and places ("cathedral"): a name ending so is not an actor. */
  readonly facilityHeads: ReadonlySet<string>;
  /**
   * Names of one state that may name another ("Congo": COD, or COG; "Tripoli": LBY, or LBN):
   * name key -> the other states, chosen when the article's other words name only one of them.
   */
  readonly alternatives: ReadonlyMap<string, readonly string[]>;
  /** The first words of those names, to look up only the units that may be one. */
  readonly alternativeFirstWords: ReadonlySet<string>;
  /**
   * Surnames of the dictionaries' political people that name people of one state only
   * ("kohl" DEU): surname key -> that state. For a titled surname the article does not place
   * ("Chancellor Kohl").
   */
  readonly surnames: ReadonlyMap<string, string>;
  /** Head words that make a name an organization whatever the tagger says ("... Party", "... Front"). */
  readonly orgNameHeads: ReadonlySet<string>;
  readonly sizes: { readonly names: number; readonly phrases: number };
}

const PERSON_SUFFIX = /(er|or|ist|ian|ant|ent|man|woman|person|ee|ive|ary|at|eer)$/;

/** The head word of an agent phrase: the word before "of", else the last word. */
export function headWord(key: string): string {
  const before = key.split(' of ')[0]!;
  return before.split(' ').at(-1)!;
}

function singular(w: string): string {
  if (w.endsWith('men')) return w.slice(0, -3) + 'man';
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ss')) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Religious role segments of CAMEO agent codes (imam MUS, rabbi JEW): the sector REL. */
const RELIGIONS = new Set(['MUS', 'JEW', 'CHR', 'BUD', 'HIN', 'CTH', 'PRO', 'SHI', 'SUN', 'ORT']);

/** The sector of an agent code: its first sector segment (IGOMIL -> MIL, UAFMUS -> UAF, MUS -> REL). */
function agentSector(code: string): string | null {
  const segs = code.match(/.{3}/g) ?? [];
  return segs.find((s) => SECTORS.has(s)) ?? (segs.some((s) => RELIGIONS.has(s)) ? 'REL' : null);
}

/** An international or non-governmental organization's name, read in running text too ("NATO", "the African Union"). */
function isBodyName(key: string, code: string, heads: ReadonlyMap<string, BodyKind>): boolean {
  const igo = code.startsWith('IGO');
  if ((!igo && !code.startsWith('NGO')) || code.includes('ELI')) return false;
  return key.includes(' ') ? heads.has(headWord(key)) : igo;
}

export function buildActorLexicon(
  phoenix: PhoenixLexicon, curated: readonly CuratedEntry[], nouns: readonly NounEntry[] = [], capitals: readonly (readonly [string, string])[] = [],
): ActorLexicon {
  const of = (kind: CuratedEntry['kind']) => curated.filter((e) => e.kind === kind);
  const orgHeads = new Map(of('org').map((e) => [e.key, e.value as BodyKind]));
  const personHeads = new Set(of('person').map((e) => e.key));
  const notPerson = new Set(of('notperson').map((e) => e.key));

  /** person | group | organization for an agent phrase, or null when its head is not an actor (a ship, a building). */
  const agentKind = (key: string, plural: boolean): 'person' | BodyKind | null => {
    const head = headWord(key);
    const org = orgHeads.get(head);
    if (org) return org === 'organization' && plural ? 'group' : org;
    const one = singular(head);
    if (notPerson.has(head) || notPerson.has(one)) return null;
    if (personHeads.has(head) || personHeads.has(one) || PERSON_SUFFIX.test(one)) return plural ? 'group' : 'person';
    return null;
  };

  const cues = new Map<string, Cue>();
  const names = new Map<string, NameEntry>();
  const put = (key: string, cue: Cue) => {
    if (key && !cues.has(key)) cues.set(key, cue);
  };
  const name = (key: string, e: NameEntry) => {
    if (key && !names.has(key)) names.set(key, e);
  };
  /** A noun of nouns.tsv: a person noun's singular is a title; everything else a body. */
  const addNoun = (n: NounEntry) => {
    const role: BodyRole = n.cls === 'person' || n.cls === 'group' ? 'members' : n.cls;
    const body = (key: string, plural: boolean): Cue => ({
      type: 'body', key: n.singular ?? key, kind: orgHeads.get(headWord(key)) === 'organization' && !plural ? 'organization' : 'group',
      sector: n.sector, plural, explicit: n.explicit, role, weak: n.cls === 'person',
    });
    if (n.singular) {
      put(n.singular, n.cls === 'person' ? { type: 'title', key: n.singular, sector: n.sector, generic: true, country: null } : body(n.singular, false));
    }
    if (n.plural) put(n.plural, body(n.plural, true));
  };

  // Curated entries first: they override the dictionaries.
  for (const e of of('notactor')) {
    name(e.key, { type: 'notactor' });
    put(e.key, { type: 'none' });
  }
  for (const e of of('institution')) {
    const cue: Cue = { type: 'institution', code: e.value, name: e.key };
    put(e.key, cue);
    name(e.key, { type: 'actor', code: e.value, name: '' });
  }
  for (const e of of('title')) {
    const country = e.columns[0] ?? null;
    if (country !== null && !/^[A-Z]{3}$/.test(country)) throw new Error(`actors/curated.tsv: title "${e.key}": "${country}" is no ISO alpha-3 code`);
    put(e.key, { type: 'title', key: e.key, sector: e.value === '*' ? null : e.value, generic: e.value === '*', country });
  }
  for (const e of of('titlemod')) put(e.key, { type: 'titlemod', key: e.key, sector: e.value === '-' ? null : e.value });
  for (const e of of('group')) {
    const plural = e.flags.includes('p');
    const kind: BodyKind = orgHeads.get(headWord(e.key)) === 'organization' && !plural ? 'organization' : 'group';
    put(e.key, {
      type: 'body', key: singular(e.key), kind, sector: e.value, plural, explicit: e.flags.includes('explicit'), role: 'members', weak: false,
    });
  }
  for (const e of of('country')) {
    put(e.key, { type: 'country', country: e.value });
    name(e.key, { type: 'country', country: e.value });
  }
  const addDemonym = (key: string, country: string, plurals: readonly string[] = /(an|i)$/.test(key) ? [key + 's'] : []) => {
    put(key, { type: 'demonym', country, plural: false });
    name(key, { type: 'demonym', country, plural: false });
    for (const p of plurals) {
      put(p, { type: 'demonym', country, plural: true });
      name(p, { type: 'demonym', country, plural: true });
    }
  };
  // A curated demonym's further columns are its plurals ("serb SRB serbs"); without them, -an and -i take an s.
  for (const e of of('demonym')) addDemonym(e.key, e.value, e.columns.length > 0 ? e.columns.map(nameKey) : undefined);
  for (const [key, country] of [...of('capital').map((e) => [e.key, e.value] as const), ...capitals]) {
    put(key, { type: 'place', country, capital: true });
    name(key, { type: 'place', country, capital: true });
  }
  for (const n of nouns) addNoun(n);

  const countryNames = new Map<string, string>();
  for (const [code, display, countryKeys, demonyms] of phoenix.countries) {
    countryNames.set(code, display);
    for (const k of countryKeys) {
      put(k, { type: 'country', country: code });
      name(k, { type: 'country', country: code });
    }
    for (const k of demonyms) addDemonym(k, code);
  }
  for (const [display, code, keys] of phoenix.actors) {
    for (const k of keys) {
      name(k, { type: 'actor', code, name: display });
      if (isBodyName(k, code, orgHeads)) put(k, { type: 'org', code, name: display });
    }
  }
  for (const [key, code, number] of phoenix.agents) {
    const plural = number !== 's';
    const kind = agentKind(key, plural);
    if (kind === null) continue;
    const sector = agentSector(code);
    if (kind === 'person') put(key, { type: 'title', key, sector, generic: false, country: null });
    else put(key, { type: 'body', key: singular(key), kind, sector, plural, explicit: false, role: 'members', weak: false });
  }
  for (const [code, , , , places] of phoenix.countries) {
    for (const k of places) {
      put(k, { type: 'place', country: code, capital: false });
      name(k, { type: 'place', country: code, capital: false });
    }
  }

  const prefixes = new Set<string>();
  for (const key of cues.keys()) {
    for (let i = 0; i < key.length; i++) {
      // A word boundary: a space, or a possessive glued to its word ("people" of "people's republic").
      if (key[i] === ' ' || key[i] === "'") prefixes.add(key.slice(0, i));
      else if (key[i] === '-') prefixes.add(key.slice(0, i)).add(key.slice(0, i + 1));
    }
    prefixes.add(key);
  }
  return {
    names,
    phrases: { cues, prefixes },
    countryNames,
    facilityHeads: new Set(of('facility').map((e) => e.key)),
    mediaHeads: new Set(of('media').map((e) => e.key)),
    alternatives: alternativesOf(of('alternative')),
    alternativeFirstWords: new Set(of('alternative').map((e) => e.key.split(/[ -]/)[0]!)),
    surnames: surnamesOf(phoenix, countryNames),
    orgNameHeads: new Set(of('org').filter((e) => e.flags.includes('name')).map((e) => e.key)),
    sizes: { names: names.size, phrases: cues.size },
  };
}

function alternativesOf(entries: readonly CuratedEntry[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) out.set(e.key, [...(out.get(e.key) ?? []), e.value]);
  return out;
}

/** Sectors of the people whose surname alone may name them, with a title: politics, the state's forces, the courts. */
const POLITICAL = new Set(['GOV', 'ELI', 'MIL', 'LEG', 'JUD', 'OPP', 'REB', 'PTY']);

function surnamesOf(phoenix: PhoenixLexicon, states: ReadonlyMap<string, string>): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const [display, code] of phoenix.actors) {
    const words = nameKey(display).split(' ');
    const country = code.slice(0, 3);
    if (words.length < 2 || !states.has(country) || !POLITICAL.has(code.slice(3, 6))) continue;
    const surname = words.at(-1)!;
    const before = seen.get(surname);
    seen.set(surname, before === undefined || before === country ? country : null);
  }
  const out = new Map<string, string>();
  for (const [k, c] of seen) if (c !== null && k.length > 2) out.set(k, c);
  return out;
}
