import { splitCode } from './codes.js';
import type { LexActor, Unit } from './units.js';

/**
 * Actor mentions read from the units of a sentence: names with their titles
 * ("the Russian President, Vladimir Putin"), bare titles ("Secretary of
 * State"), pronouns, countries, institutions, organizations and groups
 * ("Russian troops", "the people of Ukraine"). Resolution into actors comes
 * after (resolve.ts).
 */
export type MentionKind = 'person' | 'title' | 'pronoun' | 'country' | 'org' | 'body' | 'people';

export interface Mention {
  readonly kind: MentionKind;
  /** Token range of the mention's span. */
  readonly ts: number;
  readonly te: number;
  /** Person: first token of the name itself (after any title in front of it). */
  readonly nameTs: number;
  readonly sentence: number;
  /** Entities this mention stands for (their actor link). */
  readonly ents: readonly number[];
  /** Person: the name's key; org: the name's key; body: the noun's key ("troop"); title: the title's key. */
  readonly key: string;
  readonly lex: LexActor | null;
  /** Title held ("secretary of state"), for persons and titles. */
  readonly title: string | null;
  /** Country and sector the words give (modifiers, complements, the title). */
  readonly country: string | null;
  readonly sector: string | null;
  /** The person whose possession this is ("Putin's troops"): its country applies. */
  readonly possessor: Mention | null;
  /** Country of a place right after a group ("protesters in Moscow"). */
  readonly placeCountry: string | null;
  /** A person mention this title stands beside ("Blinken, the Secretary of State"). */
  readonly appositionOf: Mention | null;
  readonly bodyKind: 'group' | 'organization' | null;
  /** A group noun that is an actor only with its country in the words ("the people of Ukraine"). */
  readonly explicit: boolean;
  /** Subject-like: nothing but a quotation before it in its clause, or a verb right after it. */
  readonly subjectish: boolean;
}

type Partial_ = { -readonly [K in keyof Mention]?: Mention[K] } & Pick<Mention, 'kind' | 'ts' | 'te' | 'ents' | 'key'>;

function mention(p: Partial_, sentence: number): Mention {
  return {
    sentence, nameTs: p.ts, lex: null, title: null, country: null, sector: null, possessor: null, placeCountry: null,
    appositionOf: null, bodyKind: null, explicit: false, subjectish: false, ...p,
  };
}

interface Owner {
  country: string | null;
  sector: string | null;
  possessor: Mention | null;
  ents: number[];
}

/**
 * Read the mentions of one sentence, given as its units [a, b). A bare title counts when
 * written with a capital ("Secretary of State said"), or after "the" or an owner.
 */
export function readMentions(
  units: readonly Unit[], a: number, b: number, sentence: number, capitalized: (token: number) => boolean,
): Mention[] {
  const out: Mention[] = [];
  const at = (i: number): Unit | undefined => (i < b ? units[i] : undefined);
  const emit = (p: Partial_) => {
    const m = mention(p, sentence);
    out.push(m);
    return m;
  };

  /** A country, adjective, institution or possessive name in front of a head noun. */
  const readOwner = (i: number): [Owner, number] | null => {
    const u = at(i);
    if (!u) return null;
    const poss = at(i + 1)?.type === 'poss';
    if (u.type === 'country') {
      emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country });
      return [{ country: u.country, sector: null, possessor: null, ents: [] }, i + (poss ? 2 : 1)];
    }
    if (u.type === 'demonym' && !u.plural) return [{ country: u.country, sector: null, possessor: null, ents: [...u.ents] }, i + 1];
    if (u.type === 'inst') {
      const c = splitCode(u.code);
      emit({ kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: u.code, lex: { code: u.code, name: '' }, country: c.country, sector: c.sector });
      return [{ country: c.country, sector: c.sector, possessor: null, ents: [] }, i + (poss ? 2 : 1)];
    }
    if (u.type === 'name' && poss) {
      const p = emit({ kind: 'person', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex });
      return [{ country: null, sector: null, possessor: p, ents: [] }, i + 2];
    }
    return null;
  };

  /** "of Russia", "for the Kremlin": the country and sector after a head noun. */
  const readComplement = (i: number): [{ country: string | null; sector: string | null }, number] | null => {
    const p = at(i);
    if (p?.type !== 'of' && p?.type !== 'for') return null;
    const j = at(i + 1)?.type === 'det' ? i + 2 : i + 1;
    const u = at(j);
    if (u?.type === 'country') {
      emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country });
      return [{ country: u.country, sector: null }, j + 1];
    }
    if (u?.type === 'inst' || (u?.type === 'orgname' && u.lex)) {
      const code = u.type === 'inst' ? u.code : u.lex!.code;
      const c = splitCode(code);
      emit({
        kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: u.type === 'inst' ? code : u.key,
        lex: u.type === 'inst' ? { code, name: '' } : u.lex, country: c.country, sector: c.sector,
      });
      return [{ country: c.country, sector: c.sector }, j + 1];
    }
    return null;
  };

  /** A title phrase: [owner] [sector noun] titlemod* title [complement]. */
  const readTitle = (i: number, owner: Owner | null) => {
    let j = i;
    let sector = owner?.sector ?? null;
    let country = owner?.country ?? null;
    const ents = [...(owner?.ents ?? [])];
    const sectorNoun = at(j);
    if (sectorNoun?.type === 'body' && (at(j + 1)?.type === 'title' || at(j + 1)?.type === 'titlemod')) {
      sector = sectorNoun.sector;
      ents.push(...sectorNoun.ents);
      j++;
    }
    const words: string[] = [];
    let forced: string | null = null;
    while (at(j)?.type === 'titlemod') {
      const u = at(j) as Extract<Unit, { type: 'titlemod' }>;
      words.push(u.key);
      forced ??= u.sector;
      ents.push(...u.ents);
      j++;
    }
    const t = at(j);
    if (t?.type !== 'title') return null;
    words.push(t.key);
    ents.push(...t.ents);
    if (!t.generic || sector === null) sector = t.sector ?? sector;
    if (forced) sector = forced;
    let end = j + 1;
    const comp = readComplement(end);
    if (comp) {
      country ??= comp[0].country;
      if (t.generic && comp[0].sector) sector = comp[0].sector;
      end = comp[1];
    }
    return { key: words.join(' '), country, sector, ents, titleUnit: t, end };
  };

  let quoteOpen = false;
  let verbSeen = false;
  const subjectAt = (start: number, end: number): boolean => !verbSeen || at(end)?.type === 'verb' || (start === a);

  let i = a;
  while (i < b) {
    const u = units[i]!;
    if (u.type === 'quote') {
      quoteOpen = !quoteOpen;
      i++;
      continue;
    }
    if (u.type === 'verb' && !quoteOpen) {
      verbSeen = true;
      i++;
      continue;
    }
    const start = i;
    const det = u.type === 'det' || u.type === 'indef' ? u : null;
    let j = det ? i + 1 : i;
    const ownerRead = readOwner(j);
    const owner = ownerRead?.[0] ?? null;
    if (ownerRead) j = ownerRead[1];

    const title = readTitle(j, owner);
    if (title) {
      const next = at(title.end)?.type === 'comma' ? title.end + 1 : title.end;
      const name = at(next);
      const spanStart = units[start]!.ts;
      if (name?.type === 'name') {
        emit({
          kind: 'person', ts: spanStart, te: name.te, nameTs: name.ts, ents: [...name.ents, ...title.ents], key: name.key, lex: name.lex,
          title: title.key, country: title.country, sector: title.sector, possessor: owner?.possessor ?? null,
          subjectish: subjectAt(start, next + 1),
        });
        i = next + 1;
        continue;
      }
      const lastTitleUnit = units[title.end - 1]!;
      if (det?.type !== 'indef' && (det || owner || capitalized(title.titleUnit.ts))) {
        emit({
          kind: 'title', ts: spanStart, te: lastTitleUnit.te, ents: title.ents, key: title.key, title: title.key,
          country: title.country, sector: title.sector, possessor: owner?.possessor ?? null,
          subjectish: subjectAt(start, title.end),
        });
      }
      i = title.end;
      continue;
    }
    const body = at(j);
    if (body?.type === 'body') {
      let end = j + 1;
      let country = owner?.country ?? null;
      const ents = [...(owner?.ents ?? []), ...body.ents];
      const comp = readComplement(end);
      if (comp) {
        country ??= comp[0].country;
        end = comp[1];
      }
      const place = at(end)?.type === 'in' ? at(end + 1) : undefined;
      emit({
        kind: 'body', ts: units[start]!.ts, te: units[end - 1]!.te, ents, key: body.key, country,
        sector: body.sector ?? owner?.sector ?? null, possessor: owner?.possessor ?? null,
        placeCountry: place?.type === 'place' || place?.type === 'country' ? place.country : null,
        bodyKind: body.kind, explicit: body.explicit,
      });
      i = end;
      continue;
    }
    if (ownerRead) {
      i = j;
      continue;
    }
    switch (u.type) {
      case 'name': {
        const person = emit({ kind: 'person', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex, subjectish: subjectAt(i, i + 1) });
        i++;
        // "Antony Blinken, the US Secretary of State, said"
        if (at(i)?.type === 'comma') {
          const d = at(i + 1)?.type === 'det' || at(i + 1)?.type === 'indef' ? i + 2 : i + 1;
          const own = readOwner(d);
          const t = readTitle(own ? own[1] : d, own?.[0] ?? null);
          if (t) {
            emit({
              kind: 'title', ts: units[i + 1]!.ts, te: units[t.end - 1]!.te, ents: t.ents, key: t.key, title: t.key,
              country: t.country, sector: t.sector, appositionOf: person,
            });
            i = t.end;
          }
        }
        continue;
      }
      case 'orgname':
        emit({ kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex });
        break;
      case 'demonym':
        if (u.plural) emit({ kind: 'people', ts: u.ts, te: u.te, ents: [...u.ents], key: 'people', country: u.country, sector: 'CVL' });
        break;
      case 'pron':
        if (i === a || (i === a + 1 && units[a]!.type === 'quote')) {
          emit({ kind: 'pronoun', ts: u.ts, te: u.te, ents: [], key: 'he', subjectish: true });
        }
        break;
      default:
        break;
    }
    i++;
  }
  return out;
}

