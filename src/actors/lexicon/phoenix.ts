/** The shape of data/actors/phoenix.json, as scripts/build-actor-lexicon.ts writes it. */
export interface PhoenixLexicon {
  readonly source: string;
  /** [code, display name, names, adjectives (demonyms), places in the country]; all keys as `nameKey` gives them. */
  readonly countries: readonly (readonly [string, string, readonly string[], readonly string[], readonly string[]])[];
  /** [display name, today's CAMEO code, name keys]. */
  readonly actors: readonly (readonly [string, string, readonly string[]])[];
  /** [phrase key, role code (GOV, MIL, GOVMIL...), 's' singular | 'p' plural | 'n' no separate plural]. */
  readonly agents: readonly (readonly [string, string, 's' | 'p' | 'n'])[];
}
