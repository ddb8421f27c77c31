/**
 * Events of a whole article: the sentence drafts, then what only the article
 * around them tells (implicit participants, places inherited in a sentence),
 * dates and places, and the analysis format's Event objects.
 */
import type { Event, Place, Quote, TimeExpr } from '../analysis/format.js';
import { tokenIndexAt } from '../doc/navigate.js';
import type { Doc } from '../doc/types.js';
import type { ActorsLayer, EntityMention } from '../pipeline/layers.js';
import { Anchors } from './anchor.js';
import { sentenceDrafts, syntheticDraft, type Draft } from './draft.js';
import { domesticTarget } from './domestic.js';
import { agentHeads, nearbyAgent } from './implicit.js';
import type { EventLexicon } from './lexicon.js';
import { MentionIndex } from './mentions.js';
import { RoleFinder } from './roles.js';
import { ENDS_QUOTE, OPENS_QUOTE, SentenceView, type QuoteEdges } from './sentence.js';
import { criticisms } from './statements.js';
import type { ToneLexicon } from '../tone/lexicon.js';

export interface EventInput {
  readonly entities: readonly EntityMention[];
  readonly actors: ActorsLayer;
  readonly times: readonly TimeExpr[];
  readonly places: readonly Place[];
  readonly quotes: readonly Quote[];
}

/** Parts of speech no event word or obligation cue has ("must" and "has to" are AUX or VERB): not looked up. */
const CLOSED_CLASS = new Set(['PUNCT', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'NUM', 'PART', 'SYM']);

interface Located {
  readonly d: Draft;
  readonly v: SentenceView;
  place: Event['place'];
  /** The place is named in the event's sentence (not the actor's home or the article's main place). */
  named: boolean;
  /** The words that state the event, when not the trigger's clause (a quote). */
  readonly span?: { readonly start: number; readonly end: number };
}

export function extractEvents(doc: Doc, input: EventInput, lex: EventLexicon, tone: ToneLexicon): Event[] {
  const mentions = new MentionIndex(doc, input.actors, input.entities, input.quotes, input.places);
  const anchors = new Anchors(doc, input.times, input.places);
  const all: Located[] = [];
  const edges = quoteEdges(doc, input.quotes);
  const views: (SentenceView | undefined)[] = new Array(doc.sentences.length);
  const view = (i: number) => (views[i] ??= new SentenceView(doc, doc.sentences[i]!, edges));
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    // the tokens whose word may start an event; a sentence without one has nothing to build
    const candidates: number[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = toks[k]!;
      if (!lex.triggerWords.mayHave(t.lower)) continue; // most words: a table look-up, no hashing
      // the head of a hyphenated noun may be a particle ("call-up", "crack-down")
      const open = !CLOSED_CLASS.has(t.pos) || (!t.spaceBefore && toks[k - 1]?.lower === '-');
      if (open && lex.triggerWords.has(t.lower)) candidates.push(k);
    }
    if (!candidates.length) continue;
    const v = view(s.i);
    const roles = new RoleFinder(v, mentions, anchors.timeTokens, lex.cues);
    for (const d of sentenceDrafts(lex, v, roles, candidates)) all.push({ d, v, place: null, named: false });
  }
  // criticism in reported speech that states no event of its own (the event reported is the event, not the saying)
  const heads = all.map((e) => e.d.trigger.head);
  const statesEvent = (a: number, b: number) => heads.some((h) => h >= a && h < b);
  for (const c of criticisms(doc, input.quotes, mentions, tone, statesEvent)) {
    const v = view(doc.tokens[c.first]!.sentence);
    all.push({ d: syntheticDraft(c.first, c.last, c.first, '111', c.actor, c.target), v, place: null, named: false, span: c.quote });
  }
  all.sort((x, y) => x.d.first - y.d.first);

  // implicit agents: protesters of "protests", police of "arrests"
  for (const e of all) {
    if (e.d.actor) continue;
    const heads = agentHeads(lex, e.d.code);
    if (heads) e.d.actor = nearbyAgent(doc, mentions, e.d.trigger.head, heads);
  }
  // places: the clause's, else one named for another event of the sentence, else home or main place
  for (const e of all) {
    const info = lex.codes.info(e.d.code)!;
    const material = info.category !== null || info.quad === 2 || info.quad === 4;
    e.place = anchors.placeInText(e.v, e.d.first, e.d.trigger.head, material);
    e.named = e.place !== null;
  }
  const bySentence = new Map<number, Located[]>();
  for (const e of all) {
    const list = bySentence.get(e.v.sentence.i);
    if (list) list.push(e);
    else bySentence.set(e.v.sentence.i, [e]);
  }
  const near = (e: Located, back: number) => {
    const out: Located[] = [];
    for (let s = e.v.sentence.i - back; s <= e.v.sentence.i; s++) out.push(...(bySentence.get(s) ?? []));
    return out;
  };
  for (const e of all) {
    if (e.place) continue;
    const sibling = near(e, 0).find((o) => o.named)?.place ?? null;
    e.named = sibling !== null;
    e.place = sibling ?? anchors.homePlace(mentions, e.d.actor, e.d.target) ?? anchors.mainPlace;
  }
  // arrests during a protest are of its protesters; an event aimed at the other side of a country's politics
  // (a curfew, a protest, a rebel attack) has that side as target when the text names none
  for (const e of all) {
    if (e.d.target) continue;
    if (e.d.code.startsWith('173')) {
      const protest = near(e, 1).find((o) => o.d.code.startsWith('14') && o.d.actor);
      if (protest && protest.d.actor !== e.d.actor) { e.d.target = protest.d.actor; continue; }
    }
    if (!lex.domestic.applies(e.d.code)) continue;
    // where it happened, if the sentence says; else the actor's own country
    const country = (e.named && e.place && anchors.countryOf(e.place)) || mentions.actor(e.d.actor)?.country
      || (e.place && anchors.countryOf(e.place)) || null;
    e.d.target = e.d.actor ? domesticTarget(mentions, e.d.actor, country) : e.d.code.startsWith('14') ? mentions.government(country) : null;
  }

  const out: Event[] = [];
  const seen: { head: number; kind: string | null; actor: string | null; target: string | null }[] = [];
  for (const e of all) {
    const { d, v } = e;
    const info = lex.codes.info(d.code)!;
    // one event per occurrence: the same type, participants and head twice is one event
    const kind = info.type ?? info.category;
    if (out.length && seen.some((o) => o.head === d.trigger.head && o.kind === kind && o.actor === d.actor && o.target === d.target)) continue;
    seen.push({ head: d.trigger.head, kind, actor: d.actor, target: d.target });
    const { date, fromText } = anchors.date({ start: doc.tokens[d.first]!.start, end: doc.tokens[d.last - 1]!.end }, v.sentence.i);
    const future = d.future || (fromText && date !== null && anchors.isAfterPublication(date));
    const t0 = doc.tokens[d.first]!;
    const t1 = doc.tokens[d.last - 1]!;
    let start: number;
    let end: number;
    if (e.span) {
      ({ start, end } = e.span);
    } else {
      const cs = doc.tokens[v.clauseStart(d.first)]!;
      let ceTok = v.clauseEnd(d.trigger.head) - 1;
      while (ceTok > d.last - 1 && (v.lower(ceTok) === ',' || v.lower(ceTok) === '“' || v.lower(ceTok) === '”')) ceTok--;
      start = cs.start;
      end = doc.tokens[Math.max(ceTok, d.last - 1)]!.end;
    }
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      trigger: { start: t0.start, end: t1.end, text: doc.text.slice(t0.start, t1.end) },
      type: info.type,
      mode: info.mode,
      cameo: info.category ? null : info.code,
      quad: info.quad,
      goldstein: info.goldstein,
      actor: d.actor,
      target: d.target,
      place: e.place,
      date,
      modality: { negated: d.negated, hedged: d.hedged, future },
      acled: info.acled,
      category: info.category,
    });
  }
  return out;
}

/** The token edges of every quote's content (see QuoteEdges). */
function quoteEdges(doc: Doc, quotes: readonly Quote[]): QuoteEdges | null {
  if (!quotes.length) return null;
  const flags = new Uint8Array(doc.tokens.length + 1);
  for (const q of quotes) {
    const first = tokenIndexAt(doc, q.start);
    let last = first;
    while (last < doc.tokens.length && doc.tokens[last]!.start < q.end) last++;
    if (last <= first) continue;
    flags[first] = flags[first]! | OPENS_QUOTE;
    flags[last] = flags[last]! | ENDS_QUOTE;
  }
  return { flags };
}
