/**
 * How the words that govern a trigger recode its event (CAMEO's intent,
 * threat, refusal and request codes): "agreed to withdraw" is an intent to
 * de-escalate, "threatened to impose sanctions" a threat, "urged X to
 * release" a request of X, "X will strike if Y ..." a threat aimed at Y.
 */
import type { Link } from './chain.js';
import { demandToAppeal } from './convert.js';
import type { Draft } from './draft.js';
import type { EventLexicon } from './lexicon.js';
import type { RoleFinder } from './roles.js';
import type { SentenceView } from './sentence.js';
import type { Trigger } from './triggers.js';

/** Fold the governing words into the event: modality, participants, and CAMEO's intent/threat/refusal/request codes. */
export function applyChain(
  lex: EventLexicon, v: SentenceView, roles: RoleFinder, d: Draft, chain: readonly Link[],
  byHead: ReadonlyMap<number, Trigger[]>, absorbed: Set<number>, cond: Condition | null = null,
): void {
  let intent = d.intent;
  let threat = false;
  let refuse = false;
  let refuser: Link | null = null;
  let prepare = false;
  let request: Link | null = null;
  let order: Link | null = null;
  for (const link of chain) {
    const g = link.group;
    const gov = byHead.get(link.token);
    if (gov) {
      absorbed.add(link.token);
      d.first = Math.min(d.first, gov[0]!.first);
      d.last = Math.max(d.last, gov.at(-1)!.last);
    }
    d.hedged ||= g.hedge || link.role === 'raise' || link.role === 'hedge-verb';
    d.obligation ||= g.obligation;
    switch (link.role) {
      case 'aspect':
      case 'attempt':
        d.negated ||= g.neg;
        d.future ||= g.future || g.predict;
        intent ||= g.future;
        break;
      case 'intent':
        if (g.neg) refuse = true;
        else intent = true;
        d.future = true;
        break;
      case 'prepare':
        if (g.neg) refuse = true;
        else { intent = true; prepare = true; }
        d.future = true;
        break;
      case 'predict':
        d.future = true;
        d.negated ||= g.neg;
        break;
      case 'threat':
        threat = true;
        d.future = true;
        d.negated ||= g.neg;
        break;
      case 'refuse':
        if (!g.neg) { refuse = true; refuser = link; }
        break;
      case 'negimp':
        // "will not hesitate to": a negated negative, the actor means to do it
        if (g.neg) { intent = true; d.future ||= g.future; } else d.negated = true;
        break;
      case 'request':
        request = link;
        d.negated ||= g.neg;
        break;
      case 'order':
        order = link;
        break;
      default:
        break;
    }
    d.future ||= g.future;
  }
  const base = lex.codes.info(d.code);
  if (!base || base.category) return;
  const coop = base.quad === 1 || base.quad === 2;
  const conflict = base.quad === 4;
  if (!request && d.obligation) {
    // "X said Y must Z": the speaker demands Z of Y
    const speaker = reportingSubject(v, roles, d.first);
    d.code = lex.intent.convert(d.code, 'request') ?? '100';
    d.target = d.actor;
    d.actor = speaker;
    d.future = false;
    return;
  }
  if (request) {
    const requester = requesterOf(v, roles, request.token);
    const asked = request.object ?? d.actor;
    if (isAuthority(roles, requester, asked ?? d.target) && conflict) {
      // a government calling for the mobilization of its own citizens orders it
      d.actor = requester;
      if (!d.target) d.target = asked;
      return;
    }
    const code = lex.intent.convert(d.code, 'request') ?? '100';
    const reqInfo = lex.codes.info(byHead.get(request.token)?.[0]?.code ?? '');
    d.code = reqInfo?.code.startsWith('02') ? demandToAppeal(code) : code;
    d.target = asked !== requester ? asked : d.target;
    d.actor = requester;
    d.future = false;
    return;
  }
  if (order) {
    // "ordered the newspaper to suspend publication": the one ordered is the target, unless the act names one
    // or it is the orderer's own forces ("ordered troops to withdraw")
    const ordered = d.actor;
    d.actor = roles.subjectOf(order.token) ?? d.actor;
    if (!d.target && ordered !== d.actor && !ownForces(roles, d.actor, ordered)) d.target = ordered;
    return;
  }
  if (refuse) {
    // "X rejected a US offer to host talks": X refuses, the one who offered is the target
    const who = refuser && v.pos(refuser.token) === 'VERB' ? roles.subjectOf(refuser.token) : null;
    if (who && who !== d.actor) { d.target = d.actor; d.actor = who; }
    // "rejected North Korea's demand", "rejected a US offer": refusing a proposal is a rejection
    const proposal = base.type === 'REQUEST' || base.type === 'AGREE' || base.type === 'THREATEN';
    const c = coop ? lex.intent.convert(d.code, 'reject') : proposal ? '120' : null;
    if (c) d.code = c;
    else d.negated = true;
    return;
  }
  // "X will (may) halt talks if Y ...": force or a sanction made to hang on what another does is a threat aimed at them
  if (cond && base.code.startsWith('13') && !d.target && cond.subject !== d.actor) d.target = cond.subject;
  if (cond && !refuse && !d.negated && (intent || cond.modal) && (conflict || base.code.startsWith('14'))) threat = true;
  if (threat) {
    d.code = lex.intent.convert(d.code, 'threaten') ?? '130';
    if (cond && !d.target && cond.subject !== d.actor) d.target = cond.subject;
    return;
  }
  if (intent && d.negated && coop) {
    const c = lex.intent.convert(d.code, 'reject');
    if (c) { d.code = c; d.negated = false; }
    return;
  }
  // "the army prepared to resume shelling": forces readied for an attack are mobilized (CAMEO 152), not a threat
  if (prepare && !d.negated && MILITARY_FORCE.test(d.code) && isForce(roles, d.actor)) {
    d.code = '152';
    return;
  }
  if (intent && !d.negated) {
    const c = lex.intent.convert(d.code, coop ? 'agree' : conflict ? 'threaten' : 'agree');
    if (c && (coop || conflict)) d.code = c;
  }
}

/** Who asks: the subject of a requesting verb, or of the verb a requesting noun depends on ("insisted on its demands"). */
function requesterOf(v: SentenceView, roles: RoleFinder, k: number): string | null {
  if (v.pos(k) !== 'NOUN') return roles.subjectOf(k);
  if (v.isPossessive(k - 1)) {
    const w = v.lower(k - 1);
    const owner = w === "'s" || w === '’s' ? roles.m.at(k - 2)?.actor : roles.m.resolvePronoun(k - 1);
    if (owner) return owner;
  }
  for (let j = k - 1; j >= v.clauseStart(k); j--) if (v.pos(j) === 'VERB') return roles.subjectOf(j);
  return null;
}

/** The subject of the verb that introduces the clause of token i ("X said that ..."), if any. */
export function reportingSubject(v: SentenceView, roles: RoleFinder, i: number): string | null {
  for (let k = v.clauseStart(i) - 1; k >= v.start; k--) {
    if (v.pos(k) === 'VERB') return roles.subjectOf(k);
  }
  return null;
}

/** Is `who` a state actor ordering its own country's people or forces (or acting with no one else named)? */
function isAuthority(roles: RoleFinder, who: string | null, over: string | null): boolean {
  const a = roles.m.actor(who);
  if (!a) return false;
  const state = a.kind === 'country' || a.sector === 'GOV' || a.sector === 'MIL';
  if (!state) return false;
  const b = roles.m.actor(over);
  return !b || (!!a.country && a.country === b.country);
}

/** A condition the event hangs on: "if Y goes ahead", "unless Y agrees". */
export interface Condition {
  /** Who the condition is about (the actor named right after "if"/"unless"), if any. */
  readonly subject: string | null;
  /** The trigger's verb group has a modal of possibility ("may", "could"). */
  readonly modal: boolean;
}

const CONDITIONS = new Set(['if', 'unless']);
const POSSIBILITY = new Set(['may', 'might', 'could', 'can']);

/** The condition after the event's words [first, last), in its sentence, if any. */
export function conditionOf(v: SentenceView, roles: RoleFinder, t: Trigger, last: number): Condition | null {
  let at = -1;
  for (let k = last; k < v.end; k++) {
    const w = v.lower(k);
    if (w === ';' || w === ':') break;
    if (CONDITIONS.has(w)) { at = k; break; }
  }
  if (at < 0) return null;
  let subject: string | null = null;
  for (let k = at + 1; k < Math.min(v.end, at + 5); k++) {
    const a = roles.m.at(k)?.actor ?? (v.pos(k) === 'PRON' ? roles.m.resolvePronoun(k) : null);
    if (a) { subject = a; break; }
    const p = v.pos(k);
    if (!(p === 'DET' || p === 'ADJ' || p === 'NUM')) break;
  }
  let modal = false;
  for (let k = v.verbGroupStart(t.first); k < t.first; k++) if (POSSIBILITY.has(v.lower(k))) modal = true;
  return { subject, modal };
}

/** Conventional or unconventional military force (CAMEO 18x-20x). */
const MILITARY_FORCE = /^(18|19|20)/;

/** Armed forces or police, or a state (whose forces they are). */
function isForce(roles: RoleFinder, id: string | null): boolean {
  const a = roles.m.actor(id);
  return !!a && (a.kind === 'country' || a.sector === 'MIL' || a.sector === 'COP');
}

/** Is `b` the armed forces or police of `a`'s own country? */
function ownForces(roles: RoleFinder, a: string | null, b: string | null): boolean {
  const x = roles.m.actor(a);
  const y = roles.m.actor(b);
  return !!x && !!y && !!x.country && x.country === y.country && (y.sector === 'MIL' || y.sector === 'COP');
}
