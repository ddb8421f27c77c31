import type { LexActor } from './units.js';

/**
 * Actor mentions read from the units of a sentence: names with their titles
 * ("the Russian President, Vladimir Putin"), bare titles ("Secretary of
 * State"), pronouns, countries, institutions, organizations and groups
 * ("Russian troops", "the people of Ukraine"), as mentions.ts reads them;
 * people.ts and extract.ts resolve them into actors.
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
  /** A title that says no sector by itself ("head", "spokesman"). */
  readonly genericTitle: boolean;
  /** Country and sector the words give (modifiers, complements, the title). */
  readonly country: string | null;
  readonly sector: string | null;
  /**
   * Persons and titles: the state a bare title names by itself ("Secretary of State" USA), or
   * null. Weaker than the words and the lexicon; stronger than the country the article is about.
   */
  readonly titleCountry: string | null;
  /** The person whose possession this is ("Putin's troops"): its country applies. */
  readonly possessor: Mention | null;
  /** Country of a place right after a group ("protesters in Moscow"). */
  readonly placeCountry: string | null;
  /** A state named as the group's backer ("rebels backed by Rwanda"): never the group's own country. */
  readonly backer: string | null;
  /** A person mention this title stands beside ("Blinken, the Secretary of State"). */
  readonly appositionOf: Mention | null;
  readonly bodyKind: 'group' | 'organization' | null;
  /** A group noun that is an actor only with its country in the words ("the people of Ukraine"). */
  readonly explicit: boolean;
  /** Its country comes only from its own modifier or possessor, never from places or the article ("Israeli tanks", "Western allies"). */
  readonly bound: boolean;
  /** A title after "a"/"an" ("a Russian official"): a new person, not the last holder of the title. */
  readonly indefinite: boolean;
  /** The actor's name when the words do not spell it in one span ("Turkish sides" of "the Turkish and Greek sides"). */
  readonly label: string | null;
  /** Subject-like: nothing but a quotation before it in its clause, or a verb right after it. */
  readonly subjectish: boolean;
  /** Body: first token of the words before its noun ("defence" of "defence ministry"), or -1; `headTs` the noun's. */
  readonly modTs: number;
  readonly headTs: number;
}

export type MentionFields = { -readonly [K in keyof Mention]?: Mention[K] } & Pick<Mention, 'kind' | 'ts' | 'te' | 'ents' | 'key'>;

/** A mention with defaults for the fields `p` leaves out. */
export function mention(p: MentionFields, sentence: number): Mention {
  return {
    sentence, nameTs: p.ts, lex: null, title: null, genericTitle: false, country: null, sector: null, titleCountry: null, possessor: null,
    placeCountry: null, backer: null, appositionOf: null, bodyKind: null, explicit: false, bound: false, indefinite: false, label: null, subjectish: false,
    modTs: -1, headTs: -1,
    ...p,
  };
}
