import { PhraseParts } from './phrase-parts.js';
import type { Unit } from './units.js';

/**
 * Mentions of a state read from the words around a phrase: a nationality naming its state ("an
 * Indian proposal", "shelled Iraqi towns"), a place standing for it ("arrived in Amman"), a
 * capital for its government ("Moscow said"), a state named with the body it belongs to
 * ("NATO-member Norway"), the state a people lives in or a group is found in.
 */
export abstract class StateParts extends PhraseParts {
  /**
   * "NATO-member Norway", "EU member Malta": the body only says which the state belongs to; the
   * phrase is a mention of the state. Returns the unit after it, or -1.
   */
  protected memberState(i: number): number {
    const body = this.units[i]!;
    if (body.type !== 'orgname' && body.type !== 'inst') return -1;
    let k = i + 1;
    if (this.at(k)?.type === 'x' && this.facts.word(this.units[k]!.ts) === '-') k++;
    const member = this.at(k);
    const state = this.at(k + 1);
    if (member?.type !== 'title' || member.key !== 'member' || state?.type !== 'country') return -1;
    this.emit({
      kind: 'country', ts: body.ts, te: state.te, ents: [...state.ents], key: state.country, country: state.country, label: this.text(state),
    });
    return k + 2;
  }

  protected text(u: Unit): string {
    return this.facts.text(u.ts, u.te);
  }

  /** A nationality that names its state ("an Indian proposal"): a mention of the country. */
  protected stateByAdjective(u: Extract<Unit, { type: 'demonym' }>): void {
    if (!this.facts.isState(u.country)) return;
    this.emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country, label: this.facts.countryName(u.country) });
  }

  /**
   * A town or region where an act happens or that it reaches ("arrived in Amman", "shelled
   * Aleppo"): a mention of its state, as event coding reads it.
   */
  protected stateByPlace(u: Extract<Unit, { type: 'place' }>): void {
    if (!u.country || !this.facts.isState(u.country)) return;
    this.emit({ kind: 'country', ts: u.ts, te: u.te, ents: [...u.ents], key: u.country, country: u.country, label: this.facts.countryName(u.country) });
  }

  /** A capital standing for its government: an organization of the state's GOV sector. */
  protected government(u: Unit): void {
    if (u.type !== 'place' || !u.country) return;
    const code = u.country + 'GOV';
    this.emit({ kind: 'org', ts: u.ts, te: u.te, ents: [...u.ents], key: code, lex: { code, name: '' }, country: u.country, sector: 'GOV' });
  }

  /** The country of a place right after "in", "at", "from"... at unit i ("protesters in Lagos"), or null. */
  protected placeAfter(i: number): string | null {
    const place = this.at(i)?.type === 'in' ? this.at(i + 1) : undefined;
    return place?.type === 'place' || place?.type === 'country' ? place.country : null;
  }

  /** The country of the place a people lives in, after "in" or "of" at unit i ("of southern Serbia"), or null. */
  protected residence(i: number): string | null {
    const p = this.at(i);
    if (!p || (p.type !== 'of' && (p.type !== 'in' || this.facts.word(p.ts) !== 'in'))) return null;
    let j = this.at(i + 1)?.type === 'det' ? i + 2 : i + 1;
    if (this.at(j)?.type === 'x' && this.facts.modifier(this.units[j]!.ts)) j++;
    const u = this.at(j);
    return (u?.type === 'place' || u?.type === 'country') && u.country && this.facts.isState(u.country) ? u.country : null;
  }
}
