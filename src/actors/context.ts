import { splitCode } from './codes.js';
import type { Unit } from './units.js';

/**
 * Which country a sentence is about, for group nouns that do not say it
 * ("police" in an article about a Russian city): countries named nearby
 * (countries, adjectives, places, institutions, people of known country),
 * the current sentence counting most, earlier ones less, the whole article a
 * little.
 */
export class CountryContext {
  /** Per sentence: the countries named in it, with the token where each is named. */
  readonly #perSentence: [number, string][][];
  readonly #article = new Map<string, number>();
  /** Answers for whole sentences (no `before`, no `except`), until a country is added. */
  readonly #whole = new Map<number, string | null>();

  /** `isState`: whether a code is a country (not an international body such as IGO). */
  constructor(units: readonly Unit[], sentenceUnits: readonly [number, number][], private readonly isState: (c: string) => boolean) {
    this.#perSentence = sentenceUnits.map(([a, b]) => {
      const named: [number, string][] = [];
      for (let i = a; i < b; i++) {
        const c = countryOfUnit(units[i]!);
        if (c && isState(c)) named.push([units[i]!.ts, c]);
      }
      return named;
    });
    for (const m of this.#perSentence) for (const [, c] of m) this.#article.set(c, (this.#article.get(c) ?? 0) + 1);
  }

  /** Count a country once more in a sentence, at token `token` (a person of known country mentioned there). */
  add(sentence: number, token: number, country: string): void {
    const m = this.#perSentence[sentence];
    if (!m || !this.isState(country)) return;
    m.push([token, country]);
    this.#article.set(country, (this.#article.get(country) ?? 0) + 1);
    this.#whole.clear();
  }

  /** The country sentence `s` is about (up to token `before` in it; never `except`), or null when none stands out. */
  countryAt(s: number, before = Infinity, except: string | null = null): string | null {
    const whole = before === Infinity && except === null;
    if (whole && this.#whole.has(s)) return this.#whole.get(s)!;
    const best = this.#score(s, before, except);
    if (whole) this.#whole.set(s, best);
    return best;
  }

  #score(s: number, before: number, except: string | null): string | null {
    const score = new Map<string, number>();
    let w = 1;
    for (let k = s; k >= 0 && k > s - 4; k--, w /= 2) {
      for (const [t, c] of this.#perSentence[k] ?? []) if (k < s || t < before) score.set(c, (score.get(c) ?? 0) + w);
    }
    // The whole article a little (not the rest of this sentence, when asked up to a token).
    for (const [c, n] of this.#article) score.set(c, (score.get(c) ?? 0) + 0.05 * n);
    for (const [t, c] of this.#perSentence[s] ?? []) if (t >= before) score.set(c, score.get(c)! - 0.05);
    let best: string | null = null;
    let top = 0;
    let second = 0;
    for (const [c, v] of score) {
      if (c === except) continue;
      if (v > top) {
        second = top;
        top = v;
        best = c;
      } else if (v > second) second = v;
    }
    return top > 1e-9 && top > second * 1.2 ? best : null;
  }
}

function countryOfUnit(u: Unit): string | null {
  switch (u.type) {
    case 'country':
      return u.country;
    case 'demonym':
      return u.ethnic ? null : u.country;
    case 'place':
      return u.country;
    case 'inst':
      return splitCode(u.code).country;
    default:
      return null;
  }
}
