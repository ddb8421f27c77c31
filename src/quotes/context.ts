import type { Doc, Token } from '../doc/types.js';
import type { ActorKind } from '../analysis/format.js';
import { tokenIndexAt } from '../doc/navigate.js';
import type { ActorsLayer, EntityMention } from '../pipeline/layers.js';
import type { QuoteLexicon } from './lexicon.js';
import type { QuoteMarks } from './marks.js';
import { PERSON_PRONOUNS, SUBJECT_PRONOUNS } from './words.js';

/** An actor mention laid out for lookups by position. */
export interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly actor: string;
  readonly kind: ActorKind;
}

/** What the quote rules read: the document, the lexicon, quotation marks, and token masks from the input layers. */
export interface QuoteContext {
  readonly doc: Doc;
  readonly toks: readonly Token[];
  readonly lex: QuoteLexicon;
  readonly marks: QuoteMarks;
  /** 1 where a token lies inside an entity mention: nominal whatever its POS tag. */
  readonly inEntity: Uint8Array;
  /** 1 where a token can name someone who speaks: a person or group actor mention, a speaker noun, a proper name, he/she/they. */
  readonly human: Uint8Array;
  /** 1 where a token lies in a PERSON entity mention or a person actor's mention. */
  readonly person: Uint8Array;
  /** Actor mentions sorted by start. */
  readonly mentions: readonly MentionRef[];
}

export function buildContext(
  doc: Doc, lex: QuoteLexicon, marks: QuoteMarks, entities: readonly EntityMention[], actors: ActorsLayer,
): QuoteContext {
  const toks = doc.tokens;
  const inEntity = new Uint8Array(toks.length);
  const human = new Uint8Array(toks.length);
  const person = new Uint8Array(toks.length);
  const mark = (mask: Uint8Array, start: number, end: number) => {
    for (let k = tokenIndexAt(doc, start); k < toks.length && toks[k]!.start < end; k++) mask[k] = 1;
  };
  for (const e of entities) {
    mark(inEntity, e.start, e.end);
    if (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'NORP') mark(human, e.start, e.end);
    if (e.type === 'PERSON') mark(person, e.start, e.end);
  }
  const mentions: MentionRef[] = [];
  for (const a of actors.actors) {
    for (const m of a.mentions) {
      mentions.push({ start: m.start, end: m.end, actor: a.id, kind: a.kind });
      if (a.kind !== 'country') mark(human, m.start, m.end);
      if (a.kind === 'person') mark(person, m.start, m.end);
    }
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = toks[k]!;
      // A capitalized first word is a name only when the entity layer says so.
      const name = t.pos === 'PROPN' && k > s.tokenStart;
      if (name || (t.pos === 'NOUN' && lex.speakerNouns.has(t.lower)) || PERSON_PRONOUNS.has(t.lower) || t.lower === 'they') human[k] = 1;
    }
  }
  return { doc, toks, lex, marks, inEntity, human, person, mentions };
}

/** True for a token that can head or fill a noun phrase. */
export function isNominal(ctx: QuoteContext, k: number): boolean {
  const t = ctx.toks[k]!;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || ctx.inEntity[k] === 1
    || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower)) || inName(ctx, k);
}

/**
 * A capitalized word inside a run of capitalized words, which the tagger may
 * have read as a verb or an adjective ("Josh Earnest said"): part of a name.
 */
function inName(ctx: QuoteContext, k: number): boolean {
  const t = ctx.toks[k]!;
  if (!isCapitalized(t.text) || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'AUX') return false;
  const next = ctx.toks[k + 1];
  const prev = ctx.toks[k - 1];
  return (next !== undefined && next.sentence === t.sentence && next.pos === 'PROPN' && isCapitalized(next.text))
    || (prev !== undefined && prev.sentence === t.sentence && prev.pos === 'PROPN' && isCapitalized(prev.text));
}

function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
