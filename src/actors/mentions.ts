import { splitCode } from './codes.js';
import { mention, type Mention, type MentionFields } from './mention.js';
import type { Unit } from './units.js';

interface Owner {
  readonly country: string | null;
  readonly sector: string | null;
  readonly possessor: Mention | null;
  readonly ents: readonly number[];
  /** Unit after the owner. */
  readonly next: number;
}

interface TitleRead {
  readonly key: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly ents: number[];
  readonly titleTs: number;
  readonly generic: boolean;
  /** Unit after the title (and its complement); `te` its last token's end. */
  readonly end: number;
  readonly te: number;
}

const NO_OWNER: Owner = { country: null, sector: null, possessor: null, ents: [], next: -1 };
const MAX_MODIFIERS = 3;

/** What the reader needs to know of a token beyond its unit. */
export interface TokenFacts {
  /** Written with a capital ("Secretary of State said" names one office). */
  capitalized(token: number): boolean;
  /** An adjective or noun that can stand between an owner and its head ("Azerbaijan's defence ministry"). */
  modifier(token: number): boolean;
}

/**
 * Reads the mentions of one sentence, given as its units [a, b). A bare title counts when
 * written with a capital, or after "the" or an owner ("Russia's President").
 */
export class MentionReader {
  readonly out: Mention[] = [];
  private quoteOpen = false;
  private verbSeen = false;

  constructor(
    private readonly units: readonly Unit[],
    private readonly a: number,
    private readonly b: number,
    private readonly sentence: number,
    private readonly facts: TokenFacts,
  ) {}

  read(): Mention[] {
    const { units, a, b } = this;
    let i = a;
    while (i < b) {
      const u = units[i]!;
      if (u.type === 'quote') {
        this.quoteOpen = !this.quoteOpen;
        i++;
      } else if (u.type === 'verb') {
        if (!this.quoteOpen) this.verbSeen = true;
        i++;
      } else {
        i = this.phrase(i);
      }
    }
    return this.out;
  }

  private at(i: number): Unit | undefined {
    return i < this.b ? this.units[i] : undefined;
  }

  private emit(p: MentionFields): Mention {
    const m = mention(p, this.sentence);
    this.out.push(m);
    return m;
  }

  private subject(start: number, end: number): boolean {
    return !this.verbSeen || this.at(end)?.type === 'verb' || start === this.a;
  }

  /** Adjectives and nouns before a head, after "the" or an owner: the unit after them, or `i` when there are none or too many. */
  private skipModifiers(i: number): number {
    let j = i;
    while (j - i < MAX_MODIFIERS && this.at(j)?.type === 'x' && this.facts.modifier(this.units[j]!.ts)) j++;
    const h = this.at(j)?.type;
    return j > i && (h === 'title' || h === 'titlemod' || h === 'body') ? j : i;
  }

  /** One phrase from unit i; returns the unit after it. */
  private phrase(start: number): number {
    const u = this.units[start]!;
    const det = u.type === 'det' || u.type === 'indef' ? u : null;
    let j = det ? this.skipModifiers(start + 1) : start;
    const owner = this.owner(j);
    if (owner) j = this.skipModifiers(owner.next);
    const modFrom = owner ? owner.next : det ? start + 1 : start;

    const title = this.title(j, owner ?? NO_OWNER);
    if (title) return this.titlePhrase(start, det, owner, title);
    const body = this.at(j);
    if (body?.type === 'body') return this.bodyPhrase(start, j, owner, j > modFrom ? this.units[modFrom]!.ts : -1);
    if (owner) return owner.next;
    return this.single(start);
  }

  private titlePhrase(start: number, det: Unit | null, owner: Owner | null, title: TitleRead): number {
    const next = this.at(title.end)?.type === 'comma' ? title.end + 1 : title.end;
    const name = this.at(next);
    const ts = this.units[start]!.ts;
    if (name?.type === 'name') {
      this.emit({
        kind: 'person', ts, te: name.te, nameTs: name.ts, ents: [...name.ents, ...title.ents], key: name.key, lex: name.lex,
        title: title.key, country: title.country, sector: title.sector, possessor: owner?.possessor ?? null,
        subjectish: this.subject(start, next + 1),
      });
      return next + 1;
    }
    if (det?.type !== 'indef' && (det || owner || this.facts.capitalized(title.titleTs))) {
      this.emit({
        kind: 'title', ts, te: title.te, ents: title.ents, key: title.key, title: title.key, genericTitle: title.generic,
        country: title.country, sector: title.sector, possessor: owner?.possessor ?? null,
        subjectish: this.subject(start, title.end),
      });
    }
    return title.end;
  }

  private bodyPhrase(start: number, j: number, owner: Owner | null, modTs: number): number {
    const body = this.units[j] as Extract<Unit, { type: 'body' }>;
    let end = j + 1;
    let country = owner?.country ?? null;
    const ents = [...(owner?.ents ?? []), ...body.ents];
    const comp = this.complement(end);
    if (comp) {
      country ??= comp.country;
      end = comp.next;
    }
    const place = this.at(end)?.type === 'in' ? this.at(end + 1) : undefined;
    this.emit({
      kind: 'body', ts: this.units[start]!.ts, te: this.units[end - 1]!.te, ents, key: body.key, country,
      sector: body.sector ?? owner?.sector ?? null, possessor: owner?.possessor ?? null,
      placeCountry: place?.type === 'place' || place?.type === 'country' ? place.country : null,
      bodyKind: body.kind, explicit: body.explicit, modTs, headTs: body.ts,
    });
    return end;
  }

  /** A unit on its own: a name (and a title beside it), an organization, a plural nationality, a pronoun. */
  private single(i: number): number {
    const u = this.units[i]!;
    switch (u.type) {
      case 'name': {
        const person = this.emit({
          kind: 'person', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex, subjectish: this.subject(i, i + 1),
        });
        return this.apposition(i + 1, person);
      }
      case 'orgname':
        this.emit({ kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex });
        break;
      case 'demonym':
        if (u.plural) this.emit({ kind: 'people', ts: u.ts, te: u.te, ents: [...u.ents], key: 'people', country: u.country, sector: 'CVL' });
        break;
      case 'pron':
        if (i === this.a || (i === this.a + 1 && this.units[this.a]!.type === 'quote')) {
          this.emit({ kind: 'pronoun', ts: u.ts, te: u.te, ents: [], key: 'he', subjectish: true });
        }
        break;
      default:
        break;
    }
    return i + 1;
  }

  /** "Antony Blinken, the US Secretary of State, said": a title beside a name. */
  private apposition(i: number, person: Mention): number {
    if (this.at(i)?.type !== 'comma') return i;
    const d = this.at(i + 1)?.type === 'det' || this.at(i + 1)?.type === 'indef' ? i + 2 : i + 1;
    const own = this.owner(this.skipModifiers(d));
    const t = this.title(this.skipModifiers(own ? own.next : d), own ?? NO_OWNER);
    if (!t) return own ? own.next : i;
    this.emit({
      kind: 'title', ts: this.units[i + 1]!.ts, te: t.te, ents: t.ents, key: t.key, title: t.key,
      country: t.country, sector: t.sector, appositionOf: person,
    });
    return t.end;
  }

  /** A country, adjective, institution, organization or possessive name in front of a head noun. */
  private owner(i: number): Owner | null {
    const u = this.at(i);
    if (!u) return null;
    const poss = this.at(i + 1)?.type === 'poss';
    const next = i + (poss ? 2 : 1);
    switch (u.type) {
      case 'country':
        this.emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country });
        return { country: u.country, sector: null, possessor: null, ents: [], next };
      case 'demonym':
        return u.plural ? null : { country: u.country, sector: null, possessor: null, ents: [...u.ents], next: i + 1 };
      case 'place':
        // "Moscow's embassy": a capital for its state.
        return poss && u.country ? { country: u.country, sector: null, possessor: null, ents: [], next } : null;
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
        return { country: c?.country ?? null, sector: c?.sector ?? null, possessor: null, ents: [], next };
      }
      case 'name': {
        if (!poss) return null;
        const p = this.emit({ kind: 'person', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex });
        return { country: null, sector: null, possessor: p, ents: [], next };
      }
      default:
        return null;
    }
  }

  /** "of Russia", "for the Kremlin": the country and sector after a head noun. */
  private complement(i: number): { country: string | null; sector: string | null; next: number } | null {
    const p = this.at(i);
    if (p?.type !== 'of' && p?.type !== 'for') return null;
    const j = this.at(i + 1)?.type === 'det' ? i + 2 : i + 1;
    const u = this.at(j);
    if (u?.type === 'country') {
      this.emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country });
      return { country: u.country, sector: null, next: j + 1 };
    }
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

  /** A title phrase: [sector noun] titlemod* title [complement], after an owner. */
  private title(i: number, owner: Owner): TitleRead | null {
    let j = i;
    let sector = owner.sector;
    let country = owner.country;
    const ents = [...owner.ents];
    const sectorNoun = this.at(j);
    const after = this.at(j + 1)?.type;
    if (sectorNoun?.type === 'body' && (after === 'title' || after === 'titlemod')) {
      sector = sectorNoun.sector;
      ents.push(...sectorNoun.ents);
      j++;
    }
    const words: string[] = [];
    let forced: string | null = null;
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
    return { key: words.join(' '), country, sector, ents, titleTs: t.ts, generic: t.generic, end, te };
  }
}
