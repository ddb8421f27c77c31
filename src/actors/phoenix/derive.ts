import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { parseActorDictionary, parseAgentDictionary, type ActorRecord } from './dictionary.js';
import { countryOf, modernRole } from './role.js';
import { nameKey } from '../key.js';
import type { PhoenixLexicon } from '../lexicon/phoenix.js';

/**
 * Derive the compact lexicon of data/actors/phoenix.json from the PETRARCH2
 * Phoenix dictionaries (run by scripts/build-actor-lexicon.ts): today's role
 * of each actor, countries' names, adjectives and places (English country
 * names from i18n-iso-countries tell a country's name from its places), and
 * the agents' role nouns.
 */
export interface PhoenixSources {
  readonly countries: string;
  readonly international: string;
  readonly nonState: string;
  readonly agents: string;
}

/** Phoenix codes of countries whose ISO 3166-1 alpha-3 code differs. */
const ISO_OF: Readonly<Record<string, string>> = { TMP: 'TLS', ROM: 'ROU', KSV: 'XKX', ZAR: 'COD', ANG: 'AGO' };

/** States the news still names that ISO 3166-1 lacks: Kosovo, and former states (Soviet Union, East Germany...). */
const OTHER_STATES = new Set(['XKX', 'SUN', 'DDR', 'CSK', 'YUG', 'SCG']);

/**
 * A state's code. The country files also hold blocks under CAMEO's non-state codes (IGO,
 * NGO, MNC, IMG...): their names are actors, not countries.
 */
const isState = (code: string) => countries.isValid(code) || OTHER_STATES.has(code);

const DEMONYM = /^[a-z]+(an|ian|ese|ish|sh|i|ic|ch)$/;

function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(' ')
    .map((w) => (w.length > 0 ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** A phrase of the dictionaries as a lookup key: underscores to spaces, parentheticals dropped. */
function phraseKey(phrase: string): string {
  return nameKey(phrase.replace(/\([^)]*\)/g, ' ').replace(/_+$/, ''));
}

function isoNames(iso3: string): Set<string> {
  const a2 = countries.alpha3ToAlpha2(iso3);
  const names = a2 ? (countries.getName(a2, 'en', { select: 'all' }) ?? []) : [];
  return new Set(names.map(nameKey));
}

/** "kingdom of norway", "republic of the congo": a state's long name around one of its names. */
function isLongName(key: string, names: ReadonlySet<string>): boolean {
  const m = /^[a-z' -]+ of (?:the )?(.+)$/.exec(key);
  return m !== null && names.has(m[1]!);
}

function hasCurrentRole(r: ActorRecord): boolean {
  return r.roles.some((x) => x.isDefault || x.to === null);
}

interface CountryAcc { name: string; names: Set<string>; demonyms: Set<string>; places: Set<string> }

export function buildPhoenixLexicon(src: PhoenixSources): PhoenixLexicon {
  countries.registerLocale(en);
  const records = [src.countries, src.international, src.nonState].flatMap(parseActorDictionary);
  const agentRecords = parseAgentDictionary(src.agents);
  // Words that open a title ("president putin", "mr. obama"): the extractor reads titles before
  // names itself, so such aliases of a person are never looked up.
  const titleWords = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);
  for (const a of agentRecords) if (a.number === 's') titleWords.add(nameKey(a.phrase).split(' ')[0]!);
  const byCountry = new Map<string, CountryAcc>();
  const actorCodes = new Map<string, Set<string>>();
  const actors: [string, string, string[]][] = [];

  for (const r of records) {
    let code = modernRole(r.roles);
    if (code === null) continue;
    const c0 = countryOf(code);
    if (c0 && ISO_OF[c0]) code = ISO_OF[c0] + code.slice(3);
    const all = [...new Set(r.phrases.map(phraseKey))].filter((k) => k.length >= 2);
    const lead = all[0]?.split(' ')[0];
    const keys = all.filter((k, i) => i === 0 || !k.includes(' ') || k.split(' ')[0] === lead || !titleWords.has(k.split(' ')[0]!));
    if (keys.length === 0) continue;
    if (code.length === 3 && isState(code) && hasCurrentRole(r)) {
      const iso = isoNames(code);
      const primary = keys[0]!;
      let acc = byCountry.get(code);
      if (!acc) {
        // The shortest full name ("united states", not "us" or "united states of america").
        const full = [...iso].filter((n) => n.length > 3 && !n.includes('.'));
        const shortName = full.sort((a, b) => a.length - b.length)[0] ?? primary;
        acc = { name: titleCase(shortName), names: new Set(iso), demonyms: new Set(), places: new Set() };
        byCountry.set(code, acc);
      }
      acc.names.add(primary);
      for (const k of keys) {
        if (acc.names.has(k) || (k.includes('.') && k.length <= 8) || isLongName(k, iso)) acc.names.add(k);
        else if (DEMONYM.test(k) && !k.endsWith('stan')) acc.demonyms.add(k);
        else acc.places.add(k);
      }
      continue;
    }
    actors.push([titleCase(r.phrases[0]!.replace(/\([^)]*\)/g, ' ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim()), code, keys]);
    for (const k of keys) {
      let set = actorCodes.get(k);
      if (!set) actorCodes.set(k, (set = new Set()));
      set.add(code);
    }
  }

  // A name that several actors with different codes share ("supreme court", "senate" in
  // many countries) says nothing certain: drop it from each of them.
  const ambiguous = new Set([...actorCodes].filter(([, codes]) => codes.size > 1).map(([k]) => k));
  const keptActors = actors
    .map(([name, code, keys]) => [name, code, keys.filter((k) => !ambiguous.has(k))] as [string, string, string[]])
    .filter(([, , keys]) => keys.length > 0);

  const agents = new Map<string, [string, string, 's' | 'p' | 'n']>();
  for (const a of agentRecords) {
    const key = nameKey(a.phrase);
    if (key.length >= 2 && !agents.has(key)) agents.set(key, [key, a.code, a.number]);
  }

  return {
    source:
      'Generated by scripts/build-actor-lexicon.ts from the PETRARCH2 Phoenix dictionaries ' +
      '(Phoenix.Countries/International/MilNonState.actors.txt, Phoenix.agents.txt; MIT, ' +
      'Copyright (c) 2014 Open Event Data Alliance, see NOTICE). Do not edit: rebuild.',
    countries: [...byCountry]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, c]) => {
        for (const n of c.names) c.places.delete(n);
        return [code, c.name, [...c.names], [...c.demonyms], [...c.places]];
      }),
    actors: keptActors,
    agents: [...agents.values()],
  };
}
