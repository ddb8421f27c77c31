/**
 * The target of an event aimed at the other side of a country's own
 * politics, when the text names none (data/events/domestic-targets.tsv): a
 * state that imposes a curfew acts on its country; protesters, strikers and
 * rebels act against its government.
 */
import type { MentionIndex } from './mentions.js';
import { readTsv } from './tsv.js';

/** CAMEO prefixes of the events whose unnamed target is domestic. */
export class DomesticTargets {
  readonly #prefixes: ReadonlySet<string>;

  constructor(file: string) {
    this.#prefixes = new Set(readTsv(file).map(([p]) => p!));
  }

  applies(code: string): boolean {
    for (let n = code.length; n >= 2; n--) if (this.#prefixes.has(code.slice(0, n))) return true;
    return false;
  }
}

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/**
 * The domestic target of `actor`'s event in `country`: the country for a
 * state actor, the government (else the country) for anyone else; never the
 * actor itself.
 */
export function domesticTarget(m: MentionIndex, actor: string | null, country: string | null): string | null {
  const a = m.actor(actor);
  if (!a || !country) return null;
  const state = a.kind === 'country' || STATE_SECTORS.has(a.sector ?? '');
  const id = state && a.country === country ? m.countryActor(country) : m.government(country);
  return id !== a.id ? id : null;
}
