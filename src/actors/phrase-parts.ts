import { splitCode } from './codes.js';
import { portfolioEnd, qualifiedBefore } from './office.js';
import { mention, type Mention, type MentionFields } from './mention.js';
import type { Unit } from './units.js';

/** What stands in front of a head noun: a country, nationality, institution, organization, possessive name. */
export interface Owner {
  readonly country: string | null;
  readonly sector: string | null;
  readonly possessor: Mention | null;
  readonly ents: readonly number[];
  /** The owner's unit, its type, and whether a possessive 's follows it. */
  readonly unit: number;
  readonly type: Unit['type'];
  readonly poss: boolean;
  /** A capital with a possessive ("Moscow's"): it may stand for its government. */
  readonly capital: boolean;
  /** Unit after the owner. */
  readonly next: number;
}

export interface TitleRead {
  readonly key: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly ents: number[];
  readonly titleTs: number;
  /** Token after the title word itself (before any complement). */
  readonly titleTe: number;
  readonly generic: boolean;
  /** The state a bare title names by itself ("Secretary of State" USA: office.ts), or null. */
  readonly titleCountry: string | null;
  /** Unit after the title (and its complement); `te` its last token's end. */
  readonly end: number;
  readonly te: number;
}

export const NO_OWNER: Owner = {
  country: null, sector: null, possessor: null, ents: [], unit: -1, type: 'x', poss: false, capital: false, next: -1,
};
const MAX_MODIFIERS = 3;
/** Words that tie a group to its patron: loyalty ("loyal to") lends the patron's country, backing does not. */
const LOYAL = new Set(['loyal', 'faithful']);
const BACKED = new Set(['backed', 'allied', 'linked', 'aligned', 'affiliated', 'sponsored', 'funded', 'armed', 'supported', 'close']);

/** The patron after a group ("loyal to X"), its mention already emitted; `next` the unit after it. */
export interface Patron {
  readonly possessor: Mention | null;
  readonly country: string | null;
  /** A state that backs the group (not its own country). */
  readonly backer: string | null;
  readonly next: number;
}

/** What the reader needs to know of a token or a code beyond its unit. */
export interface TokenFacts {
  /** Written with a capital ("Secretary of State said" names one office). */
  capitalized(token: number): boolean;
  /** An adjective or noun that can stand between an owner and its head ("Azerbaijan's defence ministry"). */
  modifier(token: number): boolean;
  /** A state's code (RUS), not a region (WST) or an international body (IGO). */
  isState(country: string): boolean;
  /** The token is a common noun (not a name), in the same sentence. */
  noun(token: number): boolean;
  /** A country's display name ("Ukraine"), for a state named by its adjective. */
  countryName(country: string): string | null;
  /** The text of tokens [ts, te). */
  text(ts: number, te: number): string;
  /** The lower-case text of token i (no copy). */
  word(i: number): string;
  /** A capital at tokens [ts, te) stands for its government ("Moscow said"), not for the city. */
  standsForGovernment(ts: number, te: number): boolean;
  /**
   * A place or nationality at tokens [ts, te) stands for its state as what an act reaches or
   * where it happens ("arrived in Amman", "shelled Iraqi towns").
   */
  standsForItsState(ts: number, te: number, nationality: boolean): boolean;
}

/**
 * The parts phrases are built of, read from the units of one sentence [a, b): owners in
 * front of a head, complements after it ("of Russia"), title phrases. Mentions met on the
 * way (a country owner, an institution) are emitted into `out`.
 */
export abstract class PhraseParts {
  readonly out: Mention[] = [];

  constructor(
    protected readonly units: readonly Unit[],
    protected readonly a: number,
    protected readonly b: number,
    protected readonly sentence: number,
    protected readonly facts: TokenFacts,
  ) {}

  /** A body noun after its owner (units[j]), read as its own mention; returns the unit after it (mentions.ts). */
  protected abstract bodyPhrase(start: number, j: number, owner: Owner | null, modTs: number): number;

  protected at(i: number): Unit | undefined {
    return i < this.b ? this.units[i] : undefined;
  }

  protected emit(p: MentionFields): Mention {
    const m = mention(p, this.sentence);
    this.out.push(m);
    return m;
  }

  /** Adjectives and nouns before a head, after "the" or an owner: the unit after them, or `i` when there are none or too many. */
  protected skipModifiers(i: number): number {
    let j = i;
    while (j - i < MAX_MODIFIERS && this.at(j)?.type === 'x' && this.facts.modifier(this.units[j]!.ts)) j++;
    const h = this.at(j)?.type;
    return j > i && (h === 'title' || h === 'titlemod' || h === 'body') ? j : i;
  }

  /** A country, adjective, institution, organization or possessive name in front of a head noun. */
  protected owner(i: number): Owner | null {
    const u = this.at(i);
    if (!u) return null;
    const poss = this.at(i + 1)?.type === 'poss';
    const next = i + (poss ? 2 : 1);
    switch (u.type) {
      case 'country':
        this.emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country });
        return { country: u.country, sector: null, possessor: null, ents: [], unit: i, type: u.type, poss, capital: false, next };
      case 'demonym':
        // "ethnic Serb civilians": a people, whose country the words around give.
        if (u.plural) return null;
        return { country: u.ethnic ? null : u.country, sector: null, possessor: null, ents: [...u.ents], unit: i, type: u.type, poss, capital: false, next: i + 1 };
      case 'place': {
        // "Moscow's embassy", "the Khartoum government", "Lagos police": a place gives its country.
        if (!u.country) return null;
        const h = poss ? null : this.at(this.skipModifiers(next))?.type;
        if (!poss && h !== 'title' && h !== 'titlemod' && h !== 'body') return null;
        return { country: u.country, sector: null, possessor: null, ents: [], unit: i, type: u.type, poss, capital: poss && u.capital, next };
      }
      case 'inst':
      case 'orgname': {
        const code = u.type === 'inst' ? u.code : u.lex?.code;
        const c = code ? splitCode(code) : null;
        const h = this.at(this.skipModifiers(next))?.type;
        if (u.type === 'orgname' && !poss && h !== 'title' && h !== 'titlemod' && h !== 'body') return null;
        this.emit({
          kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: u.type === 'inst' ? u.code : u.key,
          lex: u.type === 'inst' ? { code: u.code, name: '' } : u.lex, country: c?.country ?? null, sector: c?.sector ?? null,
        });
        return { country: c?.country ?? null, sector: c?.sector ?? null, possessor: null, ents: [], unit: i, type: u.type, poss, capital: false, next };
      }
      case 'name': {
        if (!poss) return null;
        const p = this.emit({ kind: 'person', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex });
        return { country: null, sector: null, possessor: p, ents: [], unit: i, type: u.type, poss, capital: false, next };
      }
      default:
        return null;
    }
  }

  /**
   * "of Russia", "for the Kremlin", "of the Syrian parliament", "of Peru's Congress": the
   * country and sector after a head noun (a body after its owner is read as its own mention).
   */
  protected complement(i: number): { country: string | null; sector: string | null; next: number } | null {
    const p = this.at(i);
    if (p?.type !== 'of' && p?.type !== 'for') return null;
    const j = this.at(i + 1)?.type === 'det' ? i + 2 : i + 1;
    const u = this.at(j);
    const poss = this.at(j + 1)?.type === 'poss';
    if ((u?.type === 'demonym' && !u.plural) || ((u?.type === 'country' || u?.type === 'place') && poss)) {
      const from = poss ? j + 2 : j + 1;
      const h = this.skipModifiers(from);
      const head = this.at(h);
      const owner = head?.type === 'body' && head.role === 'members' ? this.owner(j) : null;
      if (owner && head?.type === 'body') {
        const next = this.bodyPhrase(j, h, owner, h > from ? this.units[from]!.ts : -1);
        return { country: owner.country, sector: head.sector, next };
      }
    }
    if (u?.type === 'country') {
      this.emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country });
      return { country: u.country, sector: null, next: j + 1 };
    }
    // "the governor of Lagos": a place gives its country.
    if (u?.type === 'place' && u.country) return { country: u.country, sector: null, next: j + 1 };
    if (u?.type === 'inst' || (u?.type === 'orgname' && u.lex)) {
      const code = u.type === 'inst' ? u.code : u.lex!.code;
      const c = splitCode(code);
      this.emit({
        kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: u.type === 'inst' ? code : u.key,
        lex: u.type === 'inst' ? { code, name: '' } : u.lex, country: c.country, sector: c.sector,
      });
      return { country: c.country, sector: c.sector, next: j + 1 };
    }
    return null;
  }

  /**
   * "loyal to Ahmed Saleh", "backed by Rwanda": the patron named after a group, read so that
   * the patron is not taken for the group ("Militants loyal to X said": the militants said).
   * Only loyalty lends the patron's country ("forces loyal to the president"); a backer is
   * often foreign ("rebels backed by Rwanda"). Emits the patron's mention.
   */
  protected patron(i: number): Patron | null {
    const tie = this.at(i);
    const prep = this.at(i + 1);
    if (!tie || !prep || (tie.type !== 'x' && tie.type !== 'verb')) return null;
    const word = this.facts.word(tie.ts);
    const loyal = LOYAL.has(word);
    if (tie.te - tie.ts !== 1 || (!loyal && !BACKED.has(word))) return null;
    const p = this.facts.word(prep.ts);
    if (p !== 'to' && p !== 'with' && p !== 'by') return null;
    const j = this.at(i + 2)?.type === 'det' ? i + 3 : i + 2;
    const u = this.at(j);
    if (!u) return null;
    switch (u.type) {
      case 'name': {
        const m = this.emit({ kind: 'person', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex });
        return { possessor: loyal ? m : null, country: null, backer: null, next: j + 1 };
      }
      case 'country':
        this.emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country });
        return { possessor: null, country: loyal ? u.country : null, backer: loyal ? null : u.country, next: j + 1 };
      case 'inst':
      case 'orgname': {
        const code = u.type === 'inst' ? u.code : u.lex?.code;
        const c = code ? splitCode(code) : null;
        this.emit({
          kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: u.type === 'inst' ? u.code : u.key,
          lex: u.type === 'inst' ? { code: u.code, name: '' } : u.lex, country: c?.country ?? null, sector: c?.sector ?? null,
        });
        return { possessor: null, country: loyal ? (c?.country ?? null) : null, backer: null, next: j + 1 };
      }
      case 'title': {
        // "loyal to the president": the office's holder, resolved with the article's people.
        if (!loyal) return null;
        const t = this.title(j, NO_OWNER);
        if (!t) return null;
        const m = this.emit({
          kind: 'title', ts: u.ts, te: t.te, ents: t.ents, key: t.key, title: t.key, genericTitle: t.generic, country: t.country, sector: t.sector,
          titleCountry: t.titleCountry,
        });
        return { possessor: m, country: t.country, backer: null, next: t.end };
      }
      default:
        return null;
    }
  }

  /**
   * A title phrase: [sector noun] titlemod* title [complement], after an owner. A title's own
   * sector wins over the owner's, except a generic title's default ("police official" COP,
   * "Hamas official" REB, "official" alone GOV).
   */
  protected title(i: number, owner: Owner, pre: readonly [number, number] | null = null): TitleRead | null {
    let j = i;
    let sector = owner.sector;
    let country = owner.country;
    const ents = [...owner.ents];
    const words: string[] = [];
    let forced: string | null = null;
    // Title words met before the owner ("former" of "former Chilean President").
    for (let k = pre ? pre[0] : 0; pre && k < pre[1]; k++) {
      const u = this.units[k] as Extract<Unit, { type: 'titlemod' }>;
      words.push(u.key);
      forced ??= u.sector;
      ents.push(...u.ents);
    }
    const sectorNoun = this.at(j);
    const after = this.at(j + 1)?.type;
    if (sectorNoun?.type === 'body' && sectorNoun.role === 'members' && (after === 'title' || after === 'titlemod')) {
      sector = sectorNoun.sector;
      ents.push(...sectorNoun.ents);
      j++;
    }
    for (let u = this.at(j); u?.type === 'titlemod'; u = this.at(++j)) {
      words.push(u.key);
      forced ??= u.sector;
      ents.push(...u.ents);
    }
    const t = this.at(j);
    if (t?.type !== 'title') return null;
    words.push(t.key);
    ents.push(...t.ents);
    if (!t.generic || sector === null) sector = t.sector ?? sector;
    if (forced) sector = forced;
    let end = j + 1;
    let te = t.te;
    const comp = this.complement(end);
    if (comp) {
      country ??= comp.country;
      if (t.generic && comp.sector) sector = comp.sector;
      end = comp.next;
      te = this.units[end - 1]!.te;
    }
    // A title that names one state's office, with nothing in its words that may name another ("Vatican Secretary of State").
    const alone = t.country !== null && !comp && (owner.unit < 0 || owner.type === 'name') &&
      !qualifiedBefore(this.units, this.a, owner.unit >= 0 ? owner.unit : pre ? pre[0] : i, this.facts);
    // "Secretary of State for Defence" (the British form; not "Under Secretary of State for ..."): the portfolio is part of the title.
    const portfolio = alone && words.length === 1 ? portfolioEnd(this.units, this.b, end, this.facts) : -1;
    if (portfolio > end) {
      words.push(this.facts.text(this.units[end]!.ts, this.units[portfolio - 1]!.te).toLowerCase());
      end = portfolio;
      te = this.units[end - 1]!.te;
    }
    const bare = alone && portfolio < 0 && this.at(end)?.type !== 'for';
    return { key: words.join(' '), country, sector, ents, titleTs: t.ts, titleTe: t.te, generic: t.generic, titleCountry: bare ? t.country : null, end, te };
  }
}
