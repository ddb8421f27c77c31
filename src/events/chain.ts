/**
 * The words that govern a trigger: "agreed to [withdraw]", "urged X to
 * [release]", "called for [mobilization]", "will not hesitate to continue to
 * [stand]". Each link says how the governing word changes the event (intent,
 * threat, refusal, request...), from data/events/cues.tsv.
 */
import type { CueRole, Cues } from './cues.js';
import { cuesIn, governorRole, type GroupCues } from './modality.js';
import type { RoleFinder } from './roles.js';
import type { SentenceView } from './sentence.js';
import { wordClass, type Trigger } from './triggers.js';

export interface Link {
  /** The cue role of the governing word, or 'other' (a plain verb or noun: the trigger is only its purpose). */
  readonly role: CueRole | 'other';
  /** Token of the governing word. */
  readonly token: number;
  /** Cues of the governing word's own verb group ("will not" hesitate). */
  readonly group: GroupCues;
  /** "urged X to ...", "demanded that X ...": the actor asked or ordered. */
  readonly object: string | null;
}

/** Prepositions of an adverbial phrase that may stand between a verb and its infinitive ("agreed in principle to"). */
const ADVERBIAL_PREPS = new Set(['in', 'on', 'at']);
const NOMINAL_SKIP = new Set(['DET', 'ADJ', 'NUM']);

/** The chain of governing words of a trigger, nearest first (at most three). */
export function governors(v: SentenceView, cues: Cues, roles: RoleFinder, t: Trigger): Link[] {
  const out: Link[] = [];
  let link = t.kind === 'verb' ? verbGovernor(v, cues, roles, t.first) : nounGovernor(v, cues, roles, t.first, false);
  while (link && out.length < 3) {
    out.push(link);
    if (link.role === 'other') break;
    // "rejected the party's offer to [hold talks]", "announced plans to [withdraw]": a governing noun's own verb
    link = isNoun(v, link.token) ? nounGovernor(v, cues, roles, nounStart(v, roles, link.token), true) : verbGovernor(v, cues, roles, link.token);
  }
  return out;
}

function makeLink(v: SentenceView, cues: Cues, token: number, object: string | null): Link {
  const role = governorRole(v, cues, token) ?? 'other';
  return { role, token, group: cuesIn(v, cues, v.verbGroupStart(token), token), object };
}

/** The governor of a verb whose group starts at or before `first`. */
function verbGovernor(v: SentenceView, cues: Cues, roles: RoleFinder, first: number): Link | null {
  const g = v.verbGroupStart(first);
  let k = g - 1;
  while (k >= v.start && v.pos(k) === 'ADV') k--;
  // "resume shelling", "continue fighting": a gerund after a governing verb
  if (v.lower(first).endsWith('ing') && v.pos(k) === 'VERB') {
    const link = makeLink(v, cues, k, null);
    if (link.role !== 'other') return link;
  }
  if (v.lower(k) === 'to' && v.pos(k) !== 'ADP') {
    let j = k - 1;
    // "workers of the company (its name in another language) to": the parenthesis is part of the object
    if (v.lower(j) === ')') {
      let o = j - 1;
      while (o > v.start && o > j - 10 && v.lower(o) !== '(') o--;
      if (v.lower(o) === '(') j = o - 1;
    }
    // "shunned work on Monday to protest": a time and its preposition stand between
    while (j >= v.start && (v.pos(j) === 'ADV' || v.isNeg(j) || roles.timeTokens.has(j) || (v.pos(j) === 'ADP' && roles.timeTokens.has(j + 1)))) j--;
    const p = v.pos(j);
    if (p === 'VERB' || p === 'ADJ' || p === 'AUX') return makeLink(v, cues, j, null);
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON' || roles.m.at(j)) {
      // "urged the rebels to": the noun phrase is the object of the verb before it
      const object = roles.m.actorAt(j);
      let s = j;
      for (;;) {
        if (s - 1 >= v.start && (v.isNominalPart(s - 1) || v.lower(s - 1) === 'of') && s > j - 8) { s--; continue; }
        // "pressuring workers of the company (its name in another language) to": a parenthesis inside the object
        if (v.lower(s - 1) === ')') {
          let o = s - 2;
          while (o > v.start && o > s - 10 && v.lower(o) !== '(') o--;
          if (v.lower(o) === '(') { s = o; continue; }
        }
        break;
      }
      let m = s - 1;
      while (m >= v.start && v.pos(m) === 'ADV') m--;
      // "announced plans to", "rejected an offer to": a governing noun
      const nounRole = object === null ? governorRole(v, cues, j) : null;
      if (nounRole) return { role: nounRole, token: j, group: cuesIn(v, cues, j, j), object: null };
      // "agreed in principle to", "decided at the meeting to": an adverbial phrase between a governing verb and "to"
      if (object === null && !roles.m.at(j) && v.pos(m) === 'ADP' && ADVERBIAL_PREPS.has(v.lower(m))) {
        let g = m - 1;
        while (g >= v.start && v.pos(g) === 'ADV') g--;
        if (v.pos(g) === 'VERB') {
          const link = makeLink(v, cues, g, null);
          if (link.role !== 'other') return link;
        }
      }
      if (v.pos(m) === 'VERB') {
        const link = makeLink(v, cues, m, object);
        // "started a hunger strike to protest": with a thing as object, only asking verbs take the infinitive as complement
        if (object === null && !roles.m.at(j) && link.role !== 'request' && link.role !== 'order') return { ...link, role: 'other' };
        return link;
      }
      return { role: 'other', token: j, group: cuesIn(v, cues, j, j), object: null };
    }
    return null;
  }
  // "demanded that X withdraw": a clause opened by "that" after a governing verb
  const cs = v.clauseStart(g);
  if (cs > v.start && v.lower(cs - 1) === 'that') {
    let m = cs - 2;
    while (m >= v.start && (v.pos(m) === 'ADV' || v.lower(m) === ',' || roles.timeTokens.has(m))) m--;
    if (v.pos(m) === 'VERB' || v.pos(m) === 'NOUN') {
      const link = makeLink(v, cues, m, null);
      if (link.role === 'request' || link.role === 'hedge-verb' || link.role === 'threat') {
        return { ...link, object: roles.subjectOf(first) };
      }
    }
  }
  return null;
}

/** The governor of a noun: "called for [mobilization]", "demanded [the release]", "continue [that support]". */
function nounGovernor(v: SentenceView, cues: Cues, roles: RoleFinder, first: number, any: boolean): Link | null {
  let j = first - 1;
  while (j >= v.start && (NOMINAL_SKIP.has(v.pos(j)) || roles.m.at(j) !== undefined || v.pos(j) === 'PROPN' || v.isPossessive(j) || v.lower(j) === '-' || v.lower(j) === ',' || (v.lower(j) === 'that' && v.pos(j) === 'SCONJ'))) j--;
  if (v.lower(j) === 'for' || v.lower(j) === 'to') {
    // "called for [sanctions]"; "agreed to [a ceasefire]", "opposed to [mediation]"
    let m = j - 1;
    while (m >= v.start && v.pos(m) === 'ADV') m--;
    if (v.pos(m) === 'VERB' || v.pos(m) === 'ADJ') {
      const link = makeLink(v, cues, m, null);
      const wanted = v.lower(j) === 'for' ? link.role === 'request' : link.role === 'intent' || link.role === 'prepare' || link.role === 'refuse';
      return wanted ? link : null;
    }
    return null;
  }
  if (v.pos(j) === 'VERB' && wordClass(v, j) === 'verb') {
    const link = makeLink(v, cues, j, null);
    // a plain verb governs a trigger noun in no way that recodes it; above a governing noun it is the noun's own verb
    return link.role === 'other' && !any ? null : link;
  }
  return null;
}

const isNoun = (v: SentenceView, k: number) => v.pos(k) === 'NOUN' || v.pos(k) === 'PROPN';

/** First token of the noun phrase whose head is at k (determiners, adjectives, possessors, mentions). */
function nounStart(v: SentenceView, roles: RoleFinder, k: number): number {
  let s = k;
  while (s - 1 >= v.start && (NOMINAL_SKIP.has(v.pos(s - 1)) || roles.m.at(s - 1) !== undefined || v.pos(s - 1) === 'PROPN' || v.isPossessive(s - 1))) s--;
  return s;
}
