/**
 * The events of one sentence, before dates and places: triggers merged into
 * one event per occurrence (a pattern's object, coordinated triggers, a
 * governing "agreed to"/"urged ... to"), with participants, modality and the
 * CAMEO code that the governing words make of it.
 */
import { governors } from './chain.js';
import { cuesAt } from './cues.js';
import type { EventLexicon, LexEntry } from './lexicon.js';
import { PatternSet } from './patterns.js';
import { cuesIn, sentenceCues, type SentenceCues } from './modality.js';
import { governingVerb, underVerb } from './phrase.js';
import { applyChain, conditionOf, reportingSubject } from './recode.js';
import type { RoleFinder } from './roles.js';
import type { SentenceView } from './sentence.js';
import { findTriggers, type Trigger } from './triggers.js';

export interface Draft {
  readonly trigger: Trigger;
  /** Token span of everything that states the event ("agreed to withdraw"). */
  first: number;
  last: number;
  code: string;
  actor: string | null;
  target: string | null;
  negated: boolean;
  hedged: boolean;
  future: boolean;
  /** The trigger's own verb group says it will happen ("will", "would"): read as the actor's intent. */
  intent: boolean;
  /** "X must ...": the event is demanded of its actor by the sentence's speaker. */
  obligation: boolean;
}

const COORD = new Set(['and', 'or', ',', 'and/or']);
const SUBJECT_CONTROL = new Set(['intent', 'prepare', 'refuse', 'threat', 'negimp', 'aspect', 'attempt', 'predict']);
/** Verbal events (CAMEO 01-05, 10-13: statements, appeals, demands, complaints, rejections, threats). */
const VERBAL = /^(0[1-5]|1[0-3])/;
/** Roots whose participle after a noun without an auxiliary reads as a passive ("civilians killed"). */
const PATIENT_ROOTS = new Set(['17', '18', '19', '20']);

function typeOf(lex: EventLexicon, code: string): string | null {
  const info = lex.codes.info(code);
  return info ? (info.type ?? info.category) : null;
}

/** Coordinated triggers of one type ("killed or wounded") are one event. */
function mergeCoordinated(lex: EventLexicon, v: SentenceView, ts: Trigger[]): Trigger[][] {
  const groups: Trigger[][] = [];
  for (const t of ts) {
    const g = groups.at(-1);
    const prev = g?.at(-1);
    if (g && prev && t.first - prev.last <= 2 && t.kind === prev.kind && typeOf(lex, t.code) === typeOf(lex, prev.code)) {
      let between = true;
      for (let k = prev.last; k < t.first; k++) if (!COORD.has(v.lower(k))) between = false;
      if (between || t.first === prev.last) { g.push(t); continue; }
    }
    groups.push([t]);
  }
  return groups;
}

/** Is the verb trigger a passive, written or reduced ("historic cities pounded to rubble")? */
function isPassive(v: SentenceView, t: Trigger): boolean {
  if (t.kind !== 'verb') return false;
  if (v.isPassive(t.head)) return true;
  if (!PATIENT_ROOTS.has(t.code.slice(0, 2)) || !v.isPastForm(t.head)) return false;
  const g = v.verbGroupStart(t.head);
  if (g < t.head) return false; // an auxiliary: "have killed" is active
  const prev = v.pos(g - 1);
  if (!(prev === 'NOUN' || prev === 'PROPN')) return false;
  const next = v.lower(t.last);
  const np = v.pos(t.last);
  return next === 'by' || np === 'PUNCT' || np === 'ADP' || np === 'CCONJ' || t.last >= v.end;
}

/**
 * The events of the sentence. `candidates`: its tokens whose word is in the
 * lexicon (lex.triggerWords), left to right: only they can start an event.
 */
export function sentenceDrafts(lex: EventLexicon, v: SentenceView, roles: RoleFinder, candidates: readonly number[]): Draft[] {
  let triggers = findTriggers(v, lex, candidates, (k) => roles.m.at(k) !== undefined).filter((t) => lex.codes.info(t.code) !== null);
  const obliged = candidates.some((k) => lex.obligationWords.has(v.lower(k)));
  if (!triggers.length && !obliged) return [];
  const sc = sentenceCues(v, lex.cues);
  // a noun a verb's pattern read as its object is part of that event ("provided ... support")
  const consumed = new Set<number>();
  for (const t of triggers) if (t.kind === 'verb') for (const k of t.consumed) consumed.add(k);
  triggers = triggers.filter((t) => t.kind === 'verb' || !consumed.has(t.head));

  const groups = mergeCoordinated(lex, v, triggers);
  const byHead = new Map<number, Trigger[]>();
  for (const g of groups) byHead.set(g[0]!.head, g);
  const absorbed = new Set<number>();
  const out: Draft[] = [];

  for (const g of groups) {
    const t = g[0]!;
    const lastT = g.at(-1)!;
    const chain = governors(v, lex.cues, roles, t);
    // "mobilize citizens to fight", "unwillingness to fight": the purpose of another event or a noun is no occurrence;
    // "shunned work to protest" is the protest itself
    if (chain[0]?.role === 'other' && (byHead.has(chain[0].token) || v.pos(chain[0].token) !== 'VERB')) continue;
    const d: Draft = {
      trigger: t, first: t.first, last: lastT.last, code: t.code, actor: null, target: null,
      negated: false, hedged: false, future: false, intent: false, obligation: false,
    };
    // "arrested for collaborating": a reason or manner given as a gerund is background, not an occurrence
    if (t.kind === 'verb' && v.lower(t.first).endsWith('ing') && v.lower(t.first - 1) === 'for') continue;
    participants(v, roles, t, d);
    // "X protested that ...", "..., a rights group protested": protest said in words is criticism
    if (d.code.startsWith('14') && t.kind === 'verb' && reportsSpeech(v, roles, t)) {
      d.code = '111';
      // what was protested is what the reported clause is about: its first actor
      d.target ??= roles.m.inRange(v.start, t.first).map((r) => r.actor).find((a) => a !== d.actor) ?? null;
    }
    // "summoned the ambassador to complain": words said for the purpose of a meeting are said to the one met
    if (!d.target && chain[0]?.role === 'other' && chain[0].object && chain[0].object !== d.actor && VERBAL.test(d.code)) d.target = chain[0].object;
    // a noun governed by "agreed to", "rejected", "continue": the governing verb's subject acts, the noun's own actor is the other side
    const control = chain.find((l) => SUBJECT_CONTROL.has(l.role));
    if (t.kind === 'noun' && control) {
      const subject = roles.subjectOf(chain.at(-1)!.token);
      if (subject && subject !== d.actor) {
        // "agreed to US mediation", "opposed to French mediation": the agreement or refusal is aimed at the noun's own actor
        if (d.actor) d.target = d.actor;
        d.actor = subject;
      }
    }
    // an abstract noun ("war", "talks") is an occurrence only with a participant
    if (t.kind === 'noun' && t.entry.flags.has('arg') && !d.actor && !d.target) continue;
    modality(lex, v, sc, t, d);
    applyChain(lex, v, roles, d, chain, byHead, absorbed, conditionOf(v, roles, t, d.last));
    out.push(d);
  }
  // "The first deployment of NATO troops arrived": a noun heading a verb's subject is that verb's occurrence
  for (const n of out) {
    if (n.trigger.kind !== 'noun' || absorbed.has(n.trigger.head)) continue;
    const verb = subjectOfVerb(v, n, out);
    if (!verb) continue;
    absorbed.add(n.trigger.head);
    verb.actor ??= n.actor !== verb.target ? n.actor : null;
  }
  const kept = out.filter((d) => !absorbed.has(d.trigger.head));
  if (obliged) kept.push(...obligations(lex, v, roles, kept));
  return kept.sort((a, b) => a.first - b.first);
}

/** The verb event whose subject the noun event's phrase is (only its noun phrase between them), if any. */
function subjectOfVerb(v: SentenceView, n: Draft, drafts: readonly Draft[]): Draft | undefined {
  let k = n.trigger.last;
  while (k < v.end && (v.isNominalPart(k) || v.lower(k) === 'of')) k++;
  if (k === n.trigger.last && v.pos(k) !== 'AUX' && v.pos(k) !== 'VERB') return undefined;
  return drafts.find((d) => d.trigger.kind === 'verb' && v.verbGroupStart(d.trigger.first) === k && d.trigger.first >= k);
}

/** An event no lexicon entry carries (a demand made with "must", criticism in reported speech). */
export function syntheticDraft(first: number, last: number, head: number, code: string, actor: string | null, target: string | null): Draft {
  const entry: LexEntry = { kind: 'verb', lemma: code, words: [], head: 0, code, flags: new Set(), patterns: EMPTY_PATTERNS };
  const trigger: Trigger = { kind: 'verb', entry, first, last, head, code, reversed: false, consumed: [] };
  return {
    trigger, first, last, code, actor, target: target !== actor ? target : null,
    negated: false, hedged: false, future: false, intent: false, obligation: false,
  };
}
const EMPTY_PATTERNS = new PatternSet([]);

/** "must"/"has to" + a verb that codes no event, in a clause a speaker reports: a demand (CAMEO 100) of the clause's subject. */
function obligations(lex: EventLexicon, v: SentenceView, roles: RoleFinder, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const words = v.words;
  for (let p = 0; p < words.length; p++) {
    const cue = cuesAt(lex.cues, words, p).find((c) => c.cue.role === 'obligation');
    if (!cue) continue;
    const at = v.start + p;
    let q = at + cue.len;
    while (q < v.end && (v.pos(q) === 'ADV' || v.isNeg(q) || v.lower(q) === 'be')) q++;
    if (v.pos(q) !== 'VERB' || drafts.some((d) => d.first <= q && q < d.last)) continue;
    const speaker = reportingSubject(v, roles, at);
    if (!speaker) continue;
    out.push(syntheticDraft(at, q + 1, q, '100', speaker, roles.subjectOf(q)));
  }
  return out;
}

/** The verb reports what was said: "protested that ...", or it ends the sentence after a clause (", X protested on Monday."). */
function reportsSpeech(v: SentenceView, roles: RoleFinder, t: Trigger): boolean {
  if (v.lower(t.last) === 'that') return true;
  for (let k = t.last; k < v.end; k++) {
    const p = v.pos(k);
    if (!(p === 'ADV' || p === 'PUNCT' || roles.timeTokens.has(k))) return false;
  }
  const cs = v.clauseStart(t.first);
  let k = t.first - 1;
  while (k >= cs && (v.isNominalPart(k) || v.isAux(k) || v.pos(k) === 'ADV')) k--;
  return v.lower(k) === ',' && k > v.start;
}

function participants(v: SentenceView, roles: RoleFinder, t: Trigger, d: Draft): void {
  if (t.kind === 'noun') {
    const p = roles.nounParticipants(t);
    d.actor = p.actor;
    d.target = p.target;
    const under = underVerb(v, t);
    if (under >= 0) {
      d.target ??= roles.subjectOf(under);
    } else if (!d.actor) {
      const gv = governingVerb(v, roles.timeTokens, t);
      if (gv >= 0) d.actor = v.isPassive(gv) ? null : roles.subjectOf(gv);
    }
  } else if (isPassive(v, t)) {
    d.actor = roles.byAgent(t);
    d.target = roles.subjectOf(t.head);
  } else {
    d.actor = roles.subjectOf(t.head);
    d.target = roles.targetAfter(t, d.actor);
  }
  if (t.reversed) [d.actor, d.target] = [d.target, d.actor];
  if (d.actor === d.target) d.target = null;
}

function modality(lex: EventLexicon, v: SentenceView, sc: SentenceCues, t: Trigger, d: Draft): void {
  let from: number;
  if (t.kind === 'verb') {
    from = v.verbGroupStart(t.first);
  } else {
    from = t.first;
    while (from - 1 >= v.start && (v.pos(from - 1) === 'ADJ' || v.pos(from - 1) === 'DET' || v.pos(from - 1) === 'ADV')) from--;
  }
  const own = cuesIn(v, lex.cues, from, t.head);
  if (t.kind === 'noun') {
    const gv = (() => { for (let k = from - 1; k >= v.start && k >= from - 3; k--) if (v.pos(k) === 'VERB') return k; return -1; })();
    if (gv >= 0) {
      const g = cuesIn(v, lex.cues, v.verbGroupStart(gv), gv);
      own.neg ||= g.neg;
      own.future ||= g.future;
      own.hedge ||= g.hedge;
    }
  }
  d.negated = own.neg || (t.kind === 'verb' && negativeSubject(v, from));
  d.future = own.future || own.predict || (t.kind === 'noun' && own.planned);
  d.obligation = own.obligation;
  d.hedged = own.hedge || sc.hedged || (sc.hedgeFrom >= 0 && sc.hedgeFrom < t.first)
    || sc.reportsOf.some((k) => k < t.first && t.first - k <= 4);
  // "will" reads as intent for the coding below; "expected to" does not
  d.intent = own.future;
}

/** Words that, opening a verb's subject, deny the event: "No one was injured", "none of the guards fired", "nobody was arrested". */
const NEGATIVE_SUBJECT = new Set(['no', 'nobody', 'none', 'neither', 'nothing']);

/** Does the noun phrase right before the verb group starting at `group` open with a negative quantifier? */
function negativeSubject(v: SentenceView, group: number): boolean {
  let k = group - 1;
  let opening = -1;
  for (let n = 0; n < 8 && k >= v.start; n++, k--) {
    const w = v.lower(k);
    if (NEGATIVE_SUBJECT.has(w)) opening = k;
    else if (!(v.isNominalPart(k) || w === 'of')) break;
  }
  // the quantifier must open the phrase: "No one", not "the no-fly zone"; and not "no." the abbreviation
  return opening >= 0 && (opening === v.start || !v.isNominalPart(opening - 1) || v.pos(opening - 1) === 'PUNCT') && v.lower(opening + 1) !== '.';
}

