import type { ActorKind } from '../analysis/format.js';
import type { Mention } from './mention.js';
import type { LexActor } from './units.js';

/**
 * An actor being gathered from its mentions. Drafts can be merged (a bare
 * title later found to be a named person's): `into` points at the draft
 * that absorbed this one.
 */
export interface Draft {
  readonly n: number;
  readonly kind: ActorKind;
  into: Draft | null;
  readonly mentions: Mention[];
  /** Person: name keys seen ("antony blinken", "blinken"). */
  readonly names: Set<string>;
  /** Person: the longest name as written, and its mention. */
  fullName: Mention | null;
  /** Titles held: key -> country the words gave it (or null). */
  readonly titles: Map<string, string | null>;
  lex: LexActor | null;
  /** Country and sector the article's words give. */
  country: string | null;
  sector: string | null;
  /** Person: the state a bare title of theirs names by itself ("Secretary of State" USA), or null. */
  titleCountry: string | null;
  /** Order of the latest mention, for "the most recent" choices. */
  lastSeen: number;
  /** The pronoun ("he", "she") the article used for this person, once it has. */
  pronoun: string | null;
}

export function newDraft(n: number, kind: ActorKind, first: Mention, order: number): Draft {
  return {
    n, kind, into: null, mentions: [first], names: new Set(), fullName: null, titles: new Map(), lex: null,
    country: first.country, sector: first.sector, titleCountry: first.titleCountry, lastSeen: order, pronoun: null,
  };
}

/** The draft that stands for `d` now (after merges). */
export function root(d: Draft): Draft {
  let r = d;
  while (r.into) r = r.into;
  return r;
}

/** Merge `from` into `to`: mentions, names, titles, and what `to` lacks. */
export function merge(from: Draft, to: Draft): void {
  if (from === to) return;
  from.into = to;
  to.mentions.push(...from.mentions);
  for (const n of from.names) to.names.add(n);
  for (const [t, c] of from.titles) if (!to.titles.has(t)) to.titles.set(t, c);
  to.lex ??= from.lex;
  to.country ??= from.country;
  to.sector ??= from.sector;
  to.titleCountry ??= from.titleCountry;
  if (from.fullName && (!to.fullName || from.fullName.te - from.fullName.ts > to.fullName.te - to.fullName.ts)) to.fullName = from.fullName;
  to.lastSeen = Math.max(to.lastSeen, from.lastSeen);
  to.pronoun ??= from.pronoun;
}
