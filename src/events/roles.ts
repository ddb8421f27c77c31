/**
 * Who did it and to whom, from syntax-like patterns around a trigger: the
 * subject on the left (through auxiliaries, coordination, control verbs and
 * relative pronouns), the object or a prepositional target on the right, the
 * "by" agent of a passive, and a noun's possessor and complements.
 */
import type { Cues } from './cues.js';
import type { MentionIndex, MentionRef } from './mentions.js';
import { governorRole } from './modality.js';
import { inCompound, prepBefore } from './phrase.js';
import { RELATIVE, type SentenceView } from './sentence.js';
import { wordClass, type Trigger } from './triggers.js';

/** Prepositions that introduce a target after a trigger ("attack on", "sanctions against", "aid to"). */
const TARGET_PREPS = new Set(['against', 'on', 'upon', 'at', 'to', 'with', 'into', 'toward', 'towards', 'over', 'for', 'of', 'from']);
/** Prepositions whose object is not a participant of the subject's clause ("In Kyiv, police...", "after Putin's order"). */
const NON_SUBJECT_PREPS = new Set([
  'in', 'at', 'on', 'from', 'to', 'with', 'against', 'for', 'after', 'before', 'since', 'during', 'over', 'under',
  'near', 'by', 'into', 'amid', 'despite', 'about', 'like', 'through', 'across', 'toward', 'towards', 'between',
  'among', 'following', 'than', 'as', 'within', 'outside', 'inside', 'around', 'beyond', 'without',
]);
const LOCATIVE = new Set(['in', 'inside', 'near', 'outside', 'around']);
const FORCES = new Set(['MIL', 'COP']);
/** Mediation: a third party's event (CAMEO 039 intent to mediate, 045 mediate, 108 demand mediation, 126 reject it). */
const THIRD_PARTY = /^(039|045|108|126)/;
/** Participles that open an aside as a preposition would: ", following the deal,". */
const ASIDE_OPENERS = new Set(['including', 'following', 'like', 'unlike', 'despite', 'amid']);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'his', 'her', 'their', 'its', 'our']);

export interface Participants {
  actor: string | null;
  target: string | null;
  /** The actor or target came from the noun's own words (possessor, by, of...), not from context. */
  explicit: boolean;
}

export class RoleFinder {
  readonly v: SentenceView;
  readonly m: MentionIndex;
  /** Tokens inside time expressions: skipped when looking for a subject ("Putin on Wednesday called"). */
  readonly timeTokens: ReadonlySet<number>;

  readonly #cues: Cues | null;

  /** `cues` tell which verbs pass their infinitive to their object; without them every verb does. */
  constructor(v: SentenceView, m: MentionIndex, timeTokens: ReadonlySet<number>, cues: Cues | null = null) {
    this.v = v;
    this.m = m;
    this.timeTokens = timeTokens;
    this.#cues = cues;
  }

  /** Does the verb at token k pass its infinitive to its object ("urged X to", "ordered X to")? */
  objectControl(k: number): boolean {
    if (!this.#cues) return true;
    const r = governorRole(this.v, this.#cues, k);
    return r === 'request' || r === 'order';
  }

  /** Is mention `ref` the object of a preposition that keeps it out of a subject ("In Kyiv, ...")? */
  #inPrepPhrase(ref: MentionRef, set = NON_SUBJECT_PREPS): boolean {
    return prepBefore(this.v, ref.first, set) !== null;
  }

  /** Pick the actor among mentions of a subject region: the leftmost, unless a later one says more (a country). */
  #pick(refs: readonly MentionRef[]): string | null {
    if (!refs.length) return null;
    // "Nicaragua's Sandinista government": the possessor names whose the subject is; the head is the subject
    let first = refs[0]!;
    if (refs.length > 1 && this.m.isPossessor(first) && this.m.actor(refs[1]!.actor)?.country) first = refs[1]!;
    if (this.m.actor(first.actor)?.country) return first.actor;
    return refs.find((r) => this.m.actor(r.actor)?.country)?.actor ?? first.actor;
  }

  /** The subject (as an actor id) of the verb at token i. */
  subjectOf(i: number, depth = 0): string | null {
    const v = this.v;
    if (depth > 4) return null;
    const g = v.verbGroupStart(i);
    let k = g - 1;
    while (k >= v.start && (v.lower(k) === ',' || this.timeTokens.has(k) || v.pos(k) === 'ADV' || v.lower(k) === ')')) {
      // a parenthesis ("the International Labor Office (ILO) said") is skipped whole
      if (v.lower(k) === ')') { while (k > v.start && v.lower(k) !== '(') k--; }
      k--;
    }
    // a time expression with its preposition: "Putin on Wednesday called"
    if (k >= v.start && this.timeTokens.has(k + 1) && v.pos(k) === 'ADP') {
      k--;
      while (k >= v.start && v.lower(k) === ',') k--;
    }
    if (k < v.start) return null;
    // "Greece, like most other members, plans": a comma-enclosed aside between the subject and its verb
    if (v.lower(k + 1) === ',' && k + 1 < g) k = this.#beforeAside(k);
    const w = v.lower(k);
    const pos = v.pos(k);
    if (pos === 'CCONJ') return this.#subjectOfPreviousVerb(k, depth);
    if (w === 'to') return this.#controller(k, depth);
    if (RELATIVE.has(w) && pos === 'PRON') return this.#antecedent(k);
    if (pos === 'VERB' && wordClass(v, k) === 'verb') return this.subjectOf(k, depth + 1);
    // the noun phrase right before the verb group; if a prepositional phrase ends it
    // ("partners in the international community condemn"), the whole clause start
    const end = k + 1;
    let s = end;
    for (;;) {
      const j = s - 1;
      if (j < v.start) break;
      if (v.lower(j) === ')') {
        // "the Hizbollah (Party of God) group": a parenthesis inside the noun phrase
        let o = j;
        while (o > v.start && v.lower(o) !== '(') o--;
        if (v.lower(o) !== '(') break;
        s = o;
        continue;
      }
      // a mention is part of the noun phrase whatever its words were tagged ("President Prosper Avril")
      const ref = this.m.at(j);
      if (ref && ref.first < j) { s = Math.max(ref.first, v.start); continue; }
      if (v.isNominalPart(j) || v.lower(j) === 'of' || inCompound(this.v, j) || (v.lower(j) === 'and' && v.isNominalPart(j - 1))) { s = j; continue; }
      // "Russian aircraft including helicopter gunships killed": the subject's own examples
      if (v.lower(j) === 'including' && v.isNominalPart(j - 1)) { s = j; continue; }
      break;
    }
    const cs = v.clauseStart(g);
    const from = s > cs && v.pos(s - 1) === 'ADP' ? cs : s;
    const refs = this.m.inRange(from, end).filter((r) => r.last <= end && !this.#inPrepPhrase(r));
    for (let j = from; j < end; j++) {
      const ref = refs.find((r) => r.first === j);
      if (ref) return this.#pick(refs.filter((r) => r.first >= j));
      if (PRONOUN_SUBJECTS.has(v.lower(j)) && v.pos(j) === 'PRON' && !this.m.at(j)) return this.m.resolvePronoun(j);
    }
    // "issued a declaration demanding ...": a participle after an object takes the subject of the verb before it
    if (v.lower(i).endsWith('ing') && g === i && (v.pos(k) === 'NOUN' || v.pos(k) === 'PROPN')) {
      for (let j = s - 1; j >= v.clauseStart(s) && j >= s - 3; j--) {
        if (v.pos(j) === 'VERB' && wordClass(v, j) === 'verb') return this.subjectOf(j, depth + 1);
      }
    }
    return null;
  }

  /**
   * The last token before an aside that ends at token k (", like X,", ",
   * including X,", ", who ...,"): the token before the aside's opening comma,
   * or k when there is none.
   */
  #beforeAside(k: number): number {
    const v = this.v;
    for (let j = k - 1; j > v.start && j >= k - 10; j--) {
      if (v.lower(j) !== ',') continue;
      const first = v.pos(j + 1);
      const opens = first === 'ADP' || (first === 'PRON' && RELATIVE.has(v.lower(j + 1))) || ASIDE_OPENERS.has(v.lower(j + 1));
      const before = v.pos(j - 1);
      return opens && (before === 'NOUN' || before === 'PROPN' || this.m.at(j - 1)) ? j - 1 : k;
    }
    return k;
  }

  /** "X condemned Y and will stand with Z": the subject of the verb before the conjunction. */
  #subjectOfPreviousVerb(k: number, depth: number): string | null {
    for (let j = k - 1; j >= this.v.start && j >= k - 14; j--) {
      if (this.v.pos(j) === 'VERB' && wordClass(this.v, j) === 'verb') return this.subjectOf(j, depth + 1);
    }
    return null;
  }

  /**
   * The subject of an infinitive: the object of an object-control verb ("urged
   * X to", "ordered troops to"), else the subject of the verb, adjective or
   * noun it depends on ("agreed to", "is ready to", "plans to").
   */
  #controller(to: number, depth: number): string | null {
    const v = this.v;
    let k = to - 1;
    while (k >= v.start && (v.pos(k) === 'ADV' || v.isNeg(k) || this.timeTokens.has(k) || (v.pos(k) === 'ADP' && this.timeTokens.has(k + 1)))) k--;
    const ref = this.m.at(k);
    const object = ref ? ref.actor : v.pos(k) === 'PRON' ? this.m.actorAt(k) : null;
    if (object !== null || ref) {
      // the verb before the object decides: "urged X to" (X acts), "summoned X to" (the subject acts)
      let j = (ref ? ref.first : k) - 1;
      while (j >= v.start && (v.isNominalPart(j) || v.lower(j) === 'of') && j > k - 8) j--;
      if (v.pos(j) === 'VERB' && !this.objectControl(j)) return this.subjectOf(j, depth + 1);
      return object;
    }
    const p = v.pos(k);
    if (p === 'NOUN') {
      // "the party's offer to": its possessor; "announced plans to", "started a strike to": the subject of the verb whose object the noun is
      const owner = this.#possessor(k);
      if (owner) return owner;
      let s = k;
      while (s - 1 >= v.start && (v.isNominalPart(s - 1) || v.lower(s - 1) === 'of') && s > k - 8) s--;
      if (v.pos(s - 1) === 'VERB' && wordClass(v, s - 1) === 'verb') return this.subjectOf(s - 1, depth + 1);
    }
    if (p === 'VERB' || p === 'AUX' || p === 'ADJ' || p === 'NOUN') return this.subjectOf(k, depth + 1);
    return null;
  }

  /** The possessor of the noun at k ("Russia's offer", "its plans", "a US offer"), adjectives between, or null. */
  #possessor(k: number): string | null {
    const v = this.v;
    let j = k - 1;
    while (j >= v.start && v.pos(j) === 'ADJ' && !this.m.at(j)) j--;
    // "a US offer", "the Russian plan": a name before the noun owns it too
    const ref = this.m.at(j);
    if (ref && ref.last === j + 1 && !v.isPossessive(j)) return ref.actor;
    if (!v.isPossessive(j)) return null;
    const w = v.lower(j);
    return w === "'s" || w === '’s' || w === "'" || w === '’' ? (this.m.at(j - 1)?.actor ?? null) : this.m.resolvePronoun(j);
  }

  /** The antecedent of a relative pronoun: the nearest mention just before it. */
  #antecedent(k: number): string | null {
    let j = k - 1;
    while (j >= this.v.start && this.v.lower(j) === ',') j--;
    for (let n = 0; n < 6 && j >= this.v.start; n++, j--) {
      const ref = this.m.at(j);
      if (ref) return ref.actor;
      if (!this.v.isNominalPart(j) && this.v.lower(j) !== 'of') break;
    }
    return null;
  }

  /** The "by" agent after a passive or a noun, within its clause. */
  byAgent(t: Trigger): string | null {
    const end = Math.min(this.v.clauseEnd(t.head), t.last + 8);
    for (let k = t.last; k < end; k++) {
      if (this.v.lower(k) !== 'by') continue;
      for (let j = k + 1; j < Math.min(end + 4, this.v.end, k + 6); j++) {
        const a = this.m.actorAt(j);
        if (a) return a;
      }
    }
    return null;
  }

  /** The target on the right of a trigger: a direct object or a prepositional target, else a place ("in X"). */
  targetAfter(t: Trigger, actor: string | null): string | null {
    const v = this.v;
    const end = Math.min(v.clauseEnd(t.head), t.last + 12);
    let locative: string | null = null;
    // a "by" phrase after the object names whose the object is: "rejected calls by X" is aimed at X
    let object = false;
    let addressee: string | null = null;
    for (let k = t.last; k < end; k++) {
      const w = v.lower(k);
      if (w === 'by' && !object) { k += 3; continue; }
      const ref = this.m.at(k);
      const a = ref ? ref.actor : v.pos(k) === 'PRON' ? this.m.resolvePronoun(k, actor) : null;
      if (!a) {
        if (v.pos(k) === 'NOUN' || t.consumed.includes(k)) object = true;
        continue;
      }
      if (a === actor) { if (ref) k = ref.last - 1; continue; }
      const prep = ref ? prepBefore(this.v, ref.first, NON_SUBJECT_PREPS) : null;
      if (prep !== null && LOCATIVE.has(prep)) {
        locative ??= a;
        k = ref!.last - 1;
        continue;
      }
      if (prep !== null && !TARGET_PREPS.has(prep) && !(prep === 'by' && object)) { k = ref!.last - 1; continue; }
      // "complained to the UN over the raids": whom a complaint is made to is not whom it is about
      if (prep === 'to' && t.code.startsWith('11')) { addressee ??= a; k = ref!.last - 1; continue; }
      return a;
    }
    return addressee ?? locative;
  }

  /** A noun's own participants: possessor or adjective ("Russia's invasion", "Russian invasion"), by, of, against... */
  nounParticipants(t: Trigger): Participants {
    const v = this.v;
    let actor: string | null = null;
    let target: string | null = null;
    let between = false;
    // left: possessor or a national adjective right before the noun (adjectives and dates between)
    let k = t.first - 1;
    while (k >= v.start && (v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || v.lower(k) === ',' || this.timeTokens.has(k) || inCompound(this.v, k)) && !this.m.at(k)) k--;
    if (v.isPossessive(k)) {
      const w = v.lower(k);
      actor = w === "'s" || w === '’s' || w === "'" || w === '’' ? (this.m.at(k - 1)?.actor ?? null) : this.m.resolvePronoun(k);
    } else if (this.m.at(k)) {
      const ref = this.m.at(k)!;
      if (ref.last === k + 1) actor = ref.actor;
    }
    // right: by (actor), between X and Y, from (actor), of/against/on/to/with (target)
    const end = Math.min(v.clauseEnd(t.head), t.last + 8);
    // once a target's phrase has begun, a "by" names whose that target is ("protests against abuses by the army")
    let object = false;
    for (let j = t.last; j < end; j++) {
      const w = v.lower(j);
      if (TARGET_PREPS.has(w) && w !== 'of' && v.pos(j) === 'ADP') object = true;
      const next = this.#mentionAfter(j + 1, end);
      if (!next) continue;
      if (w === 'by' && object) { target ??= next !== actor ? next : null; continue; }
      if (w === 'by' && !actor) { actor = next; continue; }
      if (w === 'from' && !actor && t.code.startsWith('07')) { actor = next; continue; }
      // "the deployment of NATO troops", "the withdrawal of Russian forces": whose forces act
      if (w === 'of' && !actor && FORCES.has(this.m.actor(next)?.sector ?? '') && /^(15|087|0334)/.test(t.code)) { actor = next; continue; }
      // a mediation "between X and Y" is aimed at both; its mediator is whoever undertakes it
      if (w === 'between' && THIRD_PARTY.test(t.code) && !target) { target = next; continue; }
      if (w === 'between' && !actor) { actor = next; between = true; continue; }
      if (between && w === 'and' && !target && next !== actor) { target = next; continue; }
      if (TARGET_PREPS.has(w) && !target && next !== actor) target = next;
    }
    return { actor, target, explicit: actor !== null || target !== null };
  }

  /** The actor mentioned in the noun phrase starting at token j (determiners and adjectives first). */
  #mentionAfter(j: number, end: number): string | null {
    for (let k = j; k < Math.min(end, j + 4); k++) {
      const ref = this.m.at(k);
      if (ref) return ref.actor;
      if (this.v.pos(k) === 'PRON') return this.m.resolvePronoun(k);
      if (!(this.v.pos(k) === 'DET' || this.v.pos(k) === 'ADJ' || this.v.pos(k) === 'NUM' || inCompound(this.v, k))) return null;
    }
    return null;
  }
}
