import { readFileSync } from 'node:fs';
import type { Doc } from '../doc/types.js';
import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import type { EntityMention } from '../pipeline/layers.js';
import { capitalisedMidSentence, isSentenceStartWord } from './common-word.js';
import type { Gazetteer } from './lexicon/gazetteer.js';
import { loadTokenLexicon } from './lexicon/load.js';
import type { TokenLexicon } from './tagger/lexicon.js';
import { TAG_TYPES } from './tagger/labels.js';
import { decodeEntityModel } from './tagger/bundle.js';
import { Tagger } from './tagger/tagger.js';
import { EntityTyper } from './types.js';

/** The trained tagger with its lexicons and typer: loaded once per engine, then read-only. */
export interface EntityTagger {
  readonly tagger: Tagger;
  readonly typer: EntityTyper;
  readonly lexicon: TokenLexicon & { readonly gazetteer: Gazetteer };
}

export function loadEntityTagger(resources: Resources): EntityTagger {
  const lexicon = loadTokenLexicon(resources.path('entities'));
  const { stage1, stage2 } = decodeEntityModel(readFileSync(resources.path('entities', 'model.bin')));
  const tagger = new Tagger(stage1, stage2, lexicon);
  return Object.freeze({ tagger, typer: new EntityTyper(lexicon.gazetteer), lexicon });
}

/** Tokens never at the edge of a name: punctuation and the possessive ("Putin's" -> "Putin"). */
const EDGE = /^(?:['’]s?|[^\p{L}\p{N}]+)$/u;
const CLOSING = /^[)\]]$/;
/** A regnal or ordinal Roman numeral that belongs to the name before it ("Elizabeth II", "World War II"). */
const NUMERAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3}|XIX|XX)$/;

/** Whether tokens [a, b) hold an opening bracket, so that a closing one after them belongs to the name ("Mladost (Lucani)"). */
function opens(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.tokens[k]!.text === '(' || doc.tokens[k]!.text === '[') return true;
  return false;
}

/** Entity mentions of a document, typed for the format, every span exactly its words. */
export function findEntities(doc: Doc, tagger: EntityTagger): EntityMention[] {
  const out: EntityMention[] = [];
  let midSentence: Set<string> | null = null;
  for (const s of tagger.tagger.tag(doc)) {
    let a = s.start;
    let b = s.end;
    if (b - a === 1) {
      midSentence ??= capitalisedMidSentence(doc);
      if (isSentenceStartWord(doc, a, tagger.lexicon, tagger.lexicon.gazetteer, midSentence)) continue;
    }
    while (a < b && EDGE.test(doc.tokens[a]!.text)) a++;
    while (b > a && EDGE.test(doc.tokens[b - 1]!.text) && !(CLOSING.test(doc.tokens[b - 1]!.text) && opens(doc, a, b - 1))) b--;
    if (a >= b) continue;
    const next = doc.tokens[b];
    if (next && next.spaceBefore && next.sentence === doc.tokens[b - 1]!.sentence
      && (NUMERAL.test(next.text) || (next.text === 'I' && doc.tokens[b - 1]!.lower === 'war'))) b++;
    const start = doc.tokens[a]!.start;
    const end = doc.tokens[b - 1]!.end;
    const words = doc.tokens.slice(a, b).map((t) => t.lower);
    out.push({ start, end, text: doc.text.slice(start, end), type: tagger.typer.typeOf(TAG_TYPES[s.type]!, words) });
  }
  return out;
}

/** The entity extractor: a statistical tagger (see README.md beside this file) over the document's tokens. */
export function createEntityExtractor(resources: Resources) {
  const tagger = resources.get('entities/tagger', loadEntityTagger);
  return defineExtractor({
    name: 'entities',
    version: '1.0.0',
    requires: [],
    assigns: ['entities'],
    run(doc) {
      return { output: { entities: findEntities(doc, tagger) } };
    },
  });
}
