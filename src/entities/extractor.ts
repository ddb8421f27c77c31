import { readFileSync } from 'node:fs';
import type { Doc } from '../doc/types.js';
import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import type { EntityMention } from '../pipeline/layers.js';
import { loadTokenLexicon } from './lexicon/load.js';
import { TAG_TYPES } from './tagger/labels.js';
import { decodeEntityModel } from './tagger/bundle.js';
import type { TokenLexicon } from './tagger/lexicon.js';
import { tagDocument, type Stage } from './tagger/tag.js';
import { WordScores } from './tagger/word-scores.js';
import { EntityTyper } from './types.js';

/** The trained tagger with its lexicons and typer: loaded once per engine, then read-only. */
export interface EntityTagger {
  readonly lexicon: TokenLexicon;
  readonly typer: EntityTyper;
  readonly stage1: Stage;
  readonly stage2: Stage | null;
}

export function loadEntityTagger(resources: Resources): EntityTagger {
  const lexicon = loadTokenLexicon(resources.path('entities'));
  const { stage1, stage2 } = decodeEntityModel(readFileSync(resources.path('entities', 'model.bin')));
  return Object.freeze({
    lexicon,
    typer: new EntityTyper(lexicon.gazetteer),
    stage1: { model: stage1, words: new WordScores(stage1, lexicon, stage1.vocabulary) },
    stage2: stage2 ? { model: stage2, words: new WordScores(stage2, lexicon, stage2.vocabulary) } : null,
  });
}

/** Tokens never at the edge of a name: punctuation and the possessive ("Putin's" -> "Putin"). */
const EDGE = /^(?:['’]s?|[^\p{L}\p{N}]+)$/u;

/** Entity mentions of a document, typed for the format, every span exactly its words. */
export function findEntities(doc: Doc, tagger: EntityTagger): EntityMention[] {
  const out: EntityMention[] = [];
  for (const s of tagDocument(doc, tagger.lexicon, tagger.stage1, tagger.stage2)) {
    let a = s.start;
    let b = s.end;
    while (a < b && EDGE.test(doc.tokens[a]!.text)) a++;
    while (b > a && EDGE.test(doc.tokens[b - 1]!.text)) b--;
    if (a >= b) continue;
    const start = doc.tokens[a]!.start;
    const end = doc.tokens[b - 1]!.end;
    const words = doc.tokens.slice(a, b).map((t) => t.lower);
    out.push({ start, end, text: doc.text.slice(start, end), type: tagger.typer.typeOf(TAG_TYPES[s.type]!, words) });
  }
  return out;
}

/** The entity extractor: a statistical tagger (see docs/entities.md) over the document's tokens. */
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
