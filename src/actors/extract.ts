import type { Diagnostic } from '../analysis/format.js';
import type { Doc } from '../doc/types.js';
import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import type { EntityMention } from '../pipeline/layers.js';
import { assembleActors, bareText } from './assemble.js';
import { CountryContext } from './context.js';
import { newDraft, root, type Draft } from './drafts.js';
import type { ActorLexicon } from './lexicon/lexicon.js';
import { loadActorLexicon } from './lexicon/load.js';
import type { Mention } from './mention.js';
import { MentionReader, type TokenFacts } from './mentions.js';
import { People } from './people.js';
import { buildUnits } from './units.js';
import { standsForGovernment, standsForItsState } from './metonymy.js';
import { nameKey, shortNameAfter } from './key.js';
import { splitCode } from './codes.js';

/**
 * The actors extractor: one actor per real-world referent of an article
 * (people, organizations, countries, groups), each with its country, sector
 * and CAMEO-style code, from the entities layer, the actor lexicon
 * (data/actors/) and the words around the names.
 */
export function createActorExtractor(resources: Resources) {
  const lexicon = resources.get('actors/lexicon', loadActorLexicon);
  return defineExtractor({
    name: 'actors',
    version: '1.3.0',
    requires: ['entities'],
    assigns: ['actors'],
    run(doc, { entities }) {
      const { actors, entityActors, diagnostics } = resolveActors(doc, entities, lexicon);
      return { output: { actors: { actors, entityActors } }, diagnostics };
    },
  });
}

/** The pure core of the extractor (exported for tests). */
export function resolveActors(doc: Doc, entities: readonly EntityMention[], lex: ActorLexicon) {
  const { units, sentenceUnits } = buildUnits(doc, entities, lex);
  const facts: TokenFacts = {
    capitalized: (i) => /^\p{Lu}/u.test(doc.tokens[i]!.text),
    // Adjectives, and singular nouns ("defence ministry"; "areas" in "protest areas show cops" is no modifier).
    modifier: (i) => {
      const t = doc.tokens[i]!;
      return t.pos === 'ADJ' || (t.pos === 'NOUN' && !/[^s]s$/.test(t.lower));
    },
    noun: (i) => i < doc.tokens.length && doc.tokens[i]!.pos === 'NOUN',
    isState: (c) => lex.countryNames.has(c),
    countryName: (c) => lex.countryNames.get(c) ?? null,
    text: (ts, te) => doc.text.slice(doc.tokens[ts]!.start, doc.tokens[te - 1]!.end),
    word: (i) => doc.tokens[i]!.lower,
    standsForGovernment: (ts, te) => standsForGovernment(doc, ts, te),
    standsForItsState: (ts, te, nationality) => standsForItsState(doc, ts, te, nationality),
  };
  // A quotation may run over sentences, not over paragraphs (a new paragraph reopens it).
  let inQuote = false;
  const perSentence: Mention[][] = sentenceUnits.map(([a, b], s) => {
    if (s > 0 && doc.sentences[s]!.paragraph !== doc.sentences[s - 1]!.paragraph) inQuote = false;
    const reader = new MentionReader(units, a, b, s, facts);
    const mentions = reader.read(inQuote);
    inQuote = reader.quoteOpen;
    return mentions;
  });

  const counter = { n: 0 };
  const people = new People(doc, counter);
  const byMention = new Map<Mention, Draft>();
  for (const ms of perSentence) people.sentence(ms, byMention);
  people.finish();

  const context = new CountryContext(units, sentenceUnits, (c) => lex.countryNames.has(c));
  for (const [m, d] of byMention) {
    const c = root(d).country ?? (root(d).lex ? splitCode(root(d).lex!.code).country : null);
    if (c) context.add(m.sentence, m.ts, c);
  }

  // A title-holder the words give no country ("Interior Minister Peter Kamau") serves, most
  // likely, the country the article is about up to there (not one named later in the
  // sentence: "President Bush threatened Russia").
  // A bare title that names one state's office ("Secretary of State" USA) is of that state,
  // before a surname's guess ("Secretary of State Rubio": the dictionaries' only Rubio is Spanish).
  // A titled surname the dictionaries know for one state only ("Chancellor Kohl") is of that state.
  for (const d of people.drafts) {
    if (d.into || d.country || d.titles.size === 0 || (d.lex && splitCode(d.lex.code).country)) continue;
    const first = d.mentions.reduce((x, y) => (y.ts < x.ts ? y : x));
    const surname = d.names.size === 1 ? [...d.names][0]! : null;
    d.country = d.titleCountry ?? (surname && !surname.includes(' ') ? lex.surnames.get(surname) : undefined) ??
      context.countryAt(first.sentence, first.ts);
  }

  const drafts: Draft[] = [...people.drafts];
  const byKey = new Map<string, Draft>();
  const diagnostics: Diagnostic[] = [...people.diagnostics];
  /** Short names written in parentheses after an organization's name -> that organization's key. */
  const shortNames = new Map<string, string>();
  const collect = (m: Mention, key: string, kind: Draft['kind'], country: string | null, sector: string | null) => {
    let d = byKey.get(key);
    if (d) {
      d.mentions.push(m);
      // A short name may say what the long one did not ("Labour Office (ILO)").
      d.country ??= country;
      d.sector ??= sector;
      if (!d.lex && m.lex?.name) d.lex = m.lex;
    } else {
      d = newDraft(counter.n++, kind, m, 0);
      d.country = country;
      d.sector = sector;
      if (m.lex?.name) d.lex = m.lex;
      byKey.set(key, d);
      drafts.push(d);
    }
    byMention.set(m, d);
  };

  // A group noun whose country the article gives once ("13 million Ukrainian civilians") lends
  // it to its other mentions ("thousands of civilians").
  const nounCountries = new Map<string, Set<string>>();
  const all = perSentence.flat();
  for (const m of all) {
    if ((m.kind === 'body' || m.kind === 'people') && m.country && m.bodyKind !== 'organization') {
      const k = m.key + '|' + m.sector;
      nounCountries.set(k, (nounCountries.get(k) ?? new Set()).add(m.country));
    }
  }
  const sameNoun = (m: Mention): string | null => {
    const cs = nounCountries.get(m.key + '|' + m.sector);
    return cs && cs.size === 1 ? [...cs][0]! : null;
  };

  for (const m of all) {
    switch (m.kind) {
      case 'country':
        collect(m, 'country:' + m.country, 'country', m.country, null);
        break;
      case 'org': {
        // A name the tagger called an organization that is a person of this article ("Sanders").
        const person = m.lex ? undefined : people.lookup(m.key);
        if (person) {
          person.mentions.push(m);
          byMention.set(m, person);
          break;
        }
        const code = m.lex ? splitCode(m.lex.code) : null;
        const written = nameKey(bareText(doc, m.ts, m.te));
        // "the ILO" after "International Labour Office (ILO)": the short name is the same body.
        const key = shortNames.get(written) ?? (m.lex?.name ? 'lex:' + m.lex.code + '|' + m.lex.name : 'org:' + (m.lex?.code ?? '') + '|' + written);
        // An organization the lexicon does not know is most likely of the country the article is about
        // (not a news outlet, which may report from anywhere).
        const around = m.lex || m.sector === 'MED' ? null : context.countryAt(m.sentence);
        collect(m, key, 'organization', code?.country ?? m.country ?? around, code?.sector ?? m.sector);
        const short = shortNameAfter(doc, m.te);
        if (short && !shortNames.has(short)) shortNames.set(short, key);
        break;
      }
      case 'body':
      case 'people': {
        const possessor = m.possessor ? byMention.get(m.possessor) : undefined;
        const own = m.country ?? (possessor ? root(possessor).country : null);
        // Arms and relations ("Israeli tanks", "Western allies") take a country only from their own words.
        const country = m.bound ? own : (own ?? m.placeCountry ?? (m.explicit ? null : (sameNoun(m) ?? context.countryAt(m.sentence, Infinity, m.backer))));
        if ((m.explicit || m.bound) && !country) break;
        const kind = m.bodyKind === 'organization' ? 'organization' : 'group';
        // An organization keeps the words before its noun: "defence ministry" is not "interior ministry".
        const words = kind === 'organization' && m.modTs >= 0 ? doc.tokens.slice(m.modTs, m.headTs).map((t) => t.lower).join(' ') + ' ' : '';
        collect(m, `body:${country}|${m.sector}|${words}${m.key}|${kind}`, kind, country, m.sector);
        break;
      }
      default:
        break;
    }
  }
  const { actors, entityActors } = assembleActors(doc, drafts, byMention, entities.length, (c) => lex.countryNames.get(c));
  return { actors, entityActors, diagnostics };
}
