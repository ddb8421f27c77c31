import type { ActorKind } from '../analysis/format.js';
import type { MentionRef, QuoteContext } from './context.js';
import { tokenIndexAt } from '../doc/navigate.js';
import { PERSON_PRONOUNS } from './words.js';

/** Longest actor mention looked back for, in characters. */
const MAX_MENTION = 400;
const KIND_RANK: Readonly<Record<ActorKind, number>> = { person: 3, group: 2, organization: 2, country: 1 };

/**
 * The actor a speaker span refers to, through the actors layer's mentions:
 * of the mentions overlapping the span, a person before a group or an
 * organization before a country ("Russian President Vladimir Putin" is Putin,
 * not Russia), then the one ending nearest the span's end (English heads come
 * last). A bare "he"/"she" that no mention covers takes `lastPerson`, the
 * person who spoke last, or else the last person mentioned before it.
 */
export function resolveSpeaker(ctx: QuoteContext, start: number, end: number, lastPerson: string | null): string | null {
  let best: MentionRef | null = null;
  for (const m of overlapping(ctx.mentions, start, end)) {
    if (!best || better(m, best, end)) best = m;
  }
  const text = ctx.doc.text.slice(start, end).toLowerCase();
  const pronoun = PERSON_PRONOUNS.has(text);
  // A speaker's "he" hardly refers to someone named only inside a quotation ("“... the worst refugee crisis,” said X. He ...").
  if (best && !(pronoun && lastPerson && namedOnlyInQuotes(ctx, best.actor))) return best.actor;
  if (!pronoun) return best?.actor ?? null;
  if (lastPerson) return lastPerson;
  let before: MentionRef | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= start) break;
    if (m.kind === 'person' && m.end <= start) before = m;
  }
  return before?.actor ?? null;
}

/** True when every mention of the actor but pronouns lies inside quotation marks. */
function namedOnlyInQuotes(ctx: QuoteContext, actor: string): boolean {
  for (const m of ctx.mentions) {
    if (m.actor !== actor || PERSON_PRONOUNS.has(ctx.doc.text.slice(m.start, m.end).toLowerCase())) continue;
    if (ctx.marks.regionOf[tokenIndexAt(ctx.doc, m.start)]! < 0) return false;
  }
  return true;
}

/** The kind of an actor, or null. */
export function actorKind(ctx: QuoteContext, actor: string | null): ActorKind | null {
  if (actor === null) return null;
  return ctx.mentions.find((m) => m.actor === actor)?.kind ?? null;
}

function better(a: MentionRef, b: MentionRef, end: number): boolean {
  const ra = KIND_RANK[a.kind];
  const rb = KIND_RANK[b.kind];
  if (ra !== rb) return ra > rb;
  const da = Math.abs(end - a.end);
  const db = Math.abs(end - b.end);
  if (da !== db) return da < db;
  return a.end - a.start > b.end - b.start;
}

function* overlapping(mentions: readonly MentionRef[], start: number, end: number): Generator<MentionRef> {
  // Mentions are sorted by start and never longer than MAX_MENTION: binary-search the first that may overlap.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < start - MAX_MENTION) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= end) break;
    if (m.end > start) yield m;
  }
}
