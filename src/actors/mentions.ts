import type { Mention } from './mention.js';
import { NO_OWNER, type Owner, type TitleRead } from './phrase-parts.js';
import { StateParts } from './state-parts.js';
import type { Unit } from './units.js';

export type { TokenFacts } from './phrase-parts.js';

type Body = Extract<Unit, { type: 'body' }>;

/** Quotation marks that only open or only close; the others (", ') toggle. */
const OPENING = new Set(['“', '‘', '«']);
const CLOSING = new Set(['”', '’', '»']);

/** Units that can own a head noun (see `owner`). */
const OWNERS: ReadonlySet<Unit['type']> = new Set(['country', 'demonym', 'place', 'inst', 'orgname', 'name']);

/**
 * Reads the mentions of one sentence, given as its units [a, b). A bare title counts when
 * written with a capital, or after "the" or an owner ("Russia's President"), or after "a"
 * when the words give its country ("a Russian official").
 */
export class MentionReader extends StateParts {
  /** Inside a quotation: its words are what someone said, never the subject a later "he" refers to. */
  quoteOpen = false;
  private verbSeen = false;

  /** The sentence's mentions; `inQuote`: the sentence opens inside a quotation begun before it. */
  read(inQuote = false): Mention[] {
    const { units, a, b } = this;
    this.quoteOpen = inQuote;
    let i = a;
    while (i < b) {
      const u = units[i]!;
      if (u.type === 'quote') {
        const mark = this.facts.word(u.ts);
        this.quoteOpen = OPENING.has(mark) ? true : CLOSING.has(mark) ? false : !this.quoteOpen;
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

  /**
   * Subject-like: not inside a quotation; before any verb, or right before one, or first in
   * the sentence, or the speaker after a quotation's verb ("..., said Grandi").
   */
  private subject(start: number, end: number): boolean {
    if (this.quoteOpen) return false;
    return !this.verbSeen || this.at(end)?.type === 'verb' || start === this.a || this.speakerAfterQuote(start);
  }

  /** "“...,” said Grandi", "“...”, said Grandi": a name right after the verb that follows a quotation. */
  private speakerAfterQuote(start: number): boolean {
    if (this.at(start - 1)?.type !== 'verb') return false;
    const before = this.at(start - 2)?.type;
    return before === 'quote' || (before === 'comma' && this.at(start - 3)?.type === 'quote');
  }

  /** One phrase from unit i; returns the unit after it. */
  private phrase(start: number): number {
    const member = this.memberState(start);
    if (member >= 0) return member;
    const u = this.units[start]!;
    const det = u.type === 'det' || u.type === 'indef' ? u : null;
    let j = det ? this.skipModifiers(start + 1) : start;
    // "a top US official", "former Chilean President ...": title words before the owner.
    let pre: readonly [number, number] | null = null;
    let k = j;
    while (this.at(k)?.type === 'titlemod') k++;
    if (k > j && OWNERS.has(this.at(k)?.type ?? 'x')) {
      pre = [j, k];
      j = k;
    }
    const owner = this.owner(j);
    if (!owner && pre) {
      j = pre[0];
      pre = null;
    }
    if (owner) {
      // "the Liberian Unity Council", "Kenya Airways": a nationality, or a country in the same name, before an
      // organization the lexicon does not know.
      const org = this.at(owner.next);
      const ou = this.units[owner.unit]!;
      const named = owner.type === 'demonym' || (owner.type === 'country' && !owner.poss && ou.ents.some((e) => org?.ents.includes(e)));
      if (named && org?.type === 'orgname' && org.lex === null) {
        // The country inside the name is no mention of the state of its own.
        if (owner.type === 'country' && this.out.at(-1)?.ts === ou.ts) this.out.pop();
        this.emit({
          kind: 'org', ts: ou.ts, te: org.te, ents: [...new Set([...ou.ents, ...org.ents])], key: org.key, country: owner.country,
          sector: org.media ? 'MED' : null,
        });
        return owner.next + 1;
      }
      const more = this.conjuncts(owner);
      if (more) return this.coordinated(owner, more);
      // "Ukraine's Western backers": the whole phrase names the backers, their country is the region's.
      const region = owner.poss ? this.at(owner.next) : undefined;
      if (region?.type === 'demonym' && !region.plural) {
        const h = this.skipModifiers(owner.next + 1);
        const head = this.at(h);
        if (head?.type === 'body' && head.role === 'relation') return this.bodyPhrase(start, h, this.owner(owner.next), -1);
      }
      j = this.skipModifiers(owner.next);
    }
    const modFrom = owner ? owner.next : det ? start + 1 : start;

    const title = this.title(j, owner ?? NO_OWNER, pre);
    if (title) return this.titlePhrase(start, det, owner, title);
    const body = this.at(j);
    if (body?.type === 'body') return this.bodyPhrase(start, j, owner, j > modFrom ? this.units[modFrom]!.ts : -1);
    if (owner) {
      const ou = this.units[owner.unit]!;
      // "Riyadh's new friendship with Tehran": the capital acts for its state.
      if (owner.capital) this.government(ou);
      else if (ou.type === 'demonym' && !ou.ethnic) {
        // "Bosnian Serbs", "Bulgarian Turks": a people living in the state of the adjective. Not
        // when the people's word names citizens by the state's adjective ("Finnish Americans" are
        // Americans, "British Pakistanis" unclear): only ethnic names ("Serbs", "Croats", "Turks").
        const people = this.at(owner.next);
        if (
          people?.type === 'demonym' && people.plural && people.country !== ou.country && this.facts.isState(ou.country) &&
          !/(ans|is)$/.test(this.facts.word(people.te - 1))
        ) {
          this.emit({
            kind: 'people', ts: ou.ts, te: people.te, ents: [...ou.ents, ...people.ents], key: 'people', country: ou.country, sector: 'CVL',
          });
          return owner.next + 1;
        }
        // "the US-led war": the state that leads it; "Iraqi towns": a thing of the state.
        if (ou.led || this.facts.standsForItsState(ou.ts, ou.te, true)) this.stateByAdjective(ou);
      }
      return owner.next;
    }
    return this.single(start);
  }

  private titlePhrase(start: number, det: Unit | null, owner: Owner | null, title: TitleRead): number {
    const next = this.at(title.end)?.type === 'comma' ? title.end + 1 : title.end;
    const name = this.at(next);
    const ts = this.units[start]!.ts;
    if (name?.type === 'name') {
      // "King Hassan of Morocco": a country after the name, when the title had none.
      const comp = title.country === null ? this.complement(next + 1) : null;
      const end = comp?.country ? comp.next : next + 1;
      this.emit({
        kind: 'person', ts, te: name.te, nameTs: name.ts, ents: [...name.ents, ...title.ents], key: name.key, lex: name.lex,
        title: title.key, country: title.country ?? comp?.country ?? null, sector: title.sector, possessor: owner?.possessor ?? null,
        titleCountry: comp?.country ? null : title.titleCountry,
        subjectish: this.subject(start, end),
      });
      return end;
    }
    const indefinite = det?.type === 'indef';
    // "the prisoner exchange", "an official report": a title before a noun only describes it
    // ("shelled Cambodian refugee camps": the nationality still names the state things belong to).
    if (this.facts.noun(title.titleTe)) {
      const ou = owner ? this.units[owner.unit]! : null;
      if (ou?.type === 'demonym' && !ou.ethnic && this.facts.standsForItsState(ou.ts, ou.te, true)) this.stateByAdjective(ou);
      return title.end;
    }
    if (indefinite ? title.country !== null : det || owner || this.facts.capitalized(title.titleTs)) {
      this.emit({
        kind: 'title', ts, te: title.te, ents: title.ents, key: title.key, title: title.key, genericTitle: title.generic,
        country: title.country, sector: title.sector, titleCountry: title.titleCountry, possessor: owner?.possessor ?? null, indefinite,
        subjectish: this.subject(start, title.end),
      });
    }
    return title.end;
  }

  /**
   * A body noun after its owner and modifiers (units[j]), with what follows it ("of Russia",
   * "in Lagos"). Two body nouns make one ("army officers": the sector of the first when the
   * second's is a default). An act noun ("an Indian proposal") makes its nationality a
   * mention of the state instead.
   */
  protected override bodyPhrase(start: number, j: number, owner: Owner | null, modTs: number, label: string | null = null): number {
    let head = this.units[j] as Body;
    let sector = head.sector;
    let end = j + 1;
    const ents = [...(owner?.ents ?? []), ...head.ents];
    const second = this.at(j + 1);
    if (second?.type === 'body' && !head.plural && head.role !== 'act' && second.role !== 'act') {
      sector = second.weak ? (head.sector ?? second.sector) : (second.sector ?? head.sector);
      ents.push(...second.ents);
      head = second;
      end++;
    }
    if (head.role === 'act') {
      const u = owner ? this.units[owner.unit]! : null;
      if (u?.type === 'demonym') this.stateByAdjective(u);
      return end;
    }
    const relation = head.role === 'relation';
    // "Ukraine's Western backers": a relation takes its country only from a region or body before it, never from the possessor.
    let country = relation ? (owner && !owner.poss && owner.country && !this.facts.isState(owner.country) ? owner.country : null) : (owner?.country ?? null);
    const comp = this.complement(end);
    if (comp) {
      if (!relation) country ??= comp.country;
      // "members of the Kenyan parliament": a noun without a sector takes its body's.
      sector ??= comp.sector;
      end = comp.next;
    }
    if (relation && country === null) return end;

    const patron = relation ? null : this.patron(end);
    if (patron) {
      country ??= patron.country;
      end = patron.next;
    }
    this.emit({
      kind: 'body', ts: this.units[start]!.ts, te: label ? this.units[start]!.te : this.units[end - 1]!.te, ents, key: head.key, country,
      sector: sector ?? owner?.sector ?? null, possessor: relation ? null : (owner?.possessor ?? patron?.possessor ?? null), backer: patron?.backer ?? null,
      placeCountry: this.placeAfter(end),
      bodyKind: head.kind, explicit: head.explicit, bound: relation || head.role === 'equipment', modTs, headTs: head.ts, label,
    });
    return end;
  }

  /**
   * Nationalities or countries joined by "and" or commas before one head ("the Turkish and
   * Greek sides", "US and British forces"): the units of the owners after `first`, or null.
   * Looks ahead only; nothing is emitted.
   */
  private conjuncts(first: Owner): number[] | null {
    if (first.poss || (first.type !== 'demonym' && first.type !== 'country')) return null;
    if (first.type === 'demonym' && (this.units[first.unit] as Extract<Unit, { type: 'demonym' }>).ethnic) return null;
    const more: number[] = [];
    let k = first.next;
    let joined = false;
    for (;;) {
      let c = k;
      if (this.at(c)?.type === 'comma') c++;
      const and = this.at(c)?.type === 'and';
      if (and) c++;
      const u = this.at(c);
      if (c === k || !u || !(u.type === 'country' || (u.type === 'demonym' && !u.plural && !u.ethnic)) || this.at(c + 1)?.type === 'poss') break;
      more.push(c);
      joined = and;
      k = c + 1;
    }
    // A list ends with "and"/"or" before its last item ("US, French and British forces"; not "In Georgia, Armenian militants").
    if (more.length === 0 || !joined) return null;
    const head = this.at(this.skipModifiers(k));
    return head?.type === 'body' && head.role !== 'relation' ? more : null;
  }

  /** Each owner of a coordination with the shared head: the last one as a whole phrase, the others by their own words. */
  private coordinated(first: Owner, more: readonly number[]): number {
    const owners = [first, ...more.map((k) => this.owner(k)!)];
    const last = owners.at(-1)!;
    const j = this.skipModifiers(last.next);
    const words = (from: number) => this.units.slice(from, j + 1).map((u) => this.text(u)).join(' ');
    for (const o of owners.slice(0, -1)) {
      this.bodyPhrase(o.unit, j, o, -1, `${this.text(this.units[o.unit]!)} ${words(last.next)}`);
    }
    return this.bodyPhrase(last.unit, j, last, j > last.next ? this.units[last.next]!.ts : -1);
  }

  /** A unit on its own: a name (and a title beside it), an organization, a plural nationality, a pronoun, a capital. */
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
        this.emit({ kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: u.key, lex: u.lex, country: u.country ?? null, sector: u.media ? 'MED' : null });
        break;
      case 'demonym':
        // "ethnic Albanians": a people of the country the words around give; "the Albanians of
        // southern Serbia", "Turks in Germany": of the country they live in.
        if (u.plural) {
          const home = this.residence(i + 1);
          this.emit({
            kind: 'people', ts: u.ts, te: u.te, ents: [...u.ents], key: u.ethnic || home ? 'ethnic ' + u.country : 'people',
            country: home ?? (u.ethnic ? null : u.country), sector: 'CVL', placeCountry: this.placeAfter(i + 1),
          });
        }
        break;
      case 'place':
        if (u.capital && this.facts.standsForGovernment(u.ts, u.te)) this.government(u);
        else if (u.country && this.facts.standsForItsState(u.ts, u.te, false)) this.stateByPlace(u);
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
      country: t.country, sector: t.sector, titleCountry: t.titleCountry, appositionOf: person,
    });
    return t.end;
  }
}
