import type { Resources } from '../engine/resources.js';
import { defineExtractor } from '../pipeline/extractor.js';
import { attributeQuotes } from './attribute.js';
import { buildContext } from './context.js';
import { loadQuoteLexicon } from './lexicon.js';
import { findQuoteRegions } from './marks.js';

/**
 * Quote attribution: direct quotations (curly, straight and '' marks; an
 * unclosed one ends at its paragraph's end with an `unbalanced-quote`
 * diagnostic; quotes running over paragraphs), indirect ("X said that ...",
 * "according to X, ...") and mixed quotes, each with its cue, its speaker
 * phrase and the speaker's actor.
 *
 * Attributions of belief, intent and claim count too when their content is a
 * proposition: a verb, noun or adjective before a complement the derived
 * lexicon lists for it ("vowed to", "urged X to", "accused X of", "is expected
 * to", "the claim that", "made it clear that").
 *
 * The folder: `marks` pairs quotation marks; `cues` finds reporting cues from
 * the lexicon (`lexicon`, data/quotes/), `complements` the complements after
 * them; `speaker` and `subject` find who speaks, `phrases` the noun phrases
 * they are made of; `content` finds what an indirect quote says and `extent`
 * where it ends; `attribute` joins cues to quotations and clauses, `direct`
 * handles quotations no cue reaches, `labels` transcript and headline labels,
 * colons and credits, `sources` "In a poll ..., clause"; `resolve` maps a
 * speaker to an actor. Everything works per token on the document's tags,
 * with no regular expression run over the text.
 */
export function createQuoteExtractor(resources: Resources) {
  const lexicon = loadQuoteLexicon(resources);
  return defineExtractor({
    name: 'quotes',
    version: '1.2.0',
    requires: ['entities', 'actors'],
    assigns: ['quotes'],
    run(doc, { entities, actors }) {
      const marks = findQuoteRegions(doc);
      const ctx = buildContext(doc, lexicon, marks, entities, actors);
      return { output: { quotes: attributeQuotes(ctx) }, diagnostics: marks.diagnostics };
    },
  });
}
