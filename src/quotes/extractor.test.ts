import { describe, expect, it } from 'vitest';
import type { Actor, ActorKind, Quote } from '../analysis/format.js';
import { DocumentBuilder } from '../doc/build.js';
import { Resources } from '../engine/resources.js';
import type { ActorsLayer, EntityMention } from '../pipeline/layers.js';
import { createQuoteExtractor } from './extractor.js';

const builder = new DocumentBuilder();
const extractor = createQuoteExtractor(new Resources());
const NO_ACTORS: ActorsLayer = { actors: [], entityActors: [] };

function run(text: string, actors: ActorsLayer = NO_ACTORS, entities: EntityMention[] = []) {
  const doc = builder.build({ id: 't', text });
  const result = extractor.run(doc, { entities, actors });
  for (const q of result.output.quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
  return result;
}

const brief = (q: Quote) => [q.kind, q.speaker?.text ?? null, q.cue?.text ?? null, q.text];

/** An actor whose mentions are the given substrings of `text` (each its first occurrence after the previous). */
function actor(text: string, id: string, kind: ActorKind, ...mentions: string[]): Actor {
  let from = 0;
  return {
    id, name: mentions[0]!, kind, country: null, sector: null, code: null,
    mentions: mentions.map((m) => {
      const start = text.indexOf(m, from);
      if (start < 0) throw new Error(`no "${m}" in the test text`);
      from = start + m.length;
      return { start, end: start + m.length, text: m };
    }),
  };
}

describe('quote extractor: quote forms', () => {
  it.each([
    ['direct, cue after, curly marks',
      '“The dam will hold,” the engineer said.',
      [['direct', 'the engineer', 'said', 'The dam will hold']]],
    ['direct, inverted cue, straight marks',
      '"We are out of water," said Maria Lopez, a farmer.',
      [['direct', 'Maria Lopez', 'said', 'We are out of water']]],
    ['direct, cue before with a colon',
      'The governor told reporters: "The curfew ends tonight."',
      [['direct', 'The governor', 'told', 'The curfew ends tonight.']]],
    ['direct, split around the cue, one cue for both parts',
      '“Prices rose,” the minister said, “and wages did not.”',
      [['direct', 'the minister', 'said', 'Prices rose'], ['direct', 'the minister', 'said', 'and wages did not.']]],
    ['direct, a following quotation continues the speaker',
      '“The school is closed,” the principal said. “We will reopen next week.”',
      [['direct', 'the principal', 'said', 'The school is closed'], ['direct', 'the principal', 'said', 'We will reopen next week.']]],
    ['indirect, "said that"',
      'The mayor said that the bridge would reopen in May.',
      [['indirect', 'The mayor', 'said', 'the bridge would reopen in May']]],
    ['indirect, without "that", with adjuncts before the clause',
      'The company said on Monday in a statement the plant would close.',
      [['indirect', 'The company', 'said', 'the plant would close']]],
    ['indirect, an addressee before the clause',
      'The captain told reporters the ferry had left on time.',
      [['indirect', 'The captain', 'told', 'the ferry had left on time']]],
    ['indirect, "adding that" takes the speaker of its sentence',
      'The minister announced new taxes in a speech on Friday, adding that the budget was balanced.',
      [['indirect', 'The minister', 'adding', 'the budget was balanced']]],
    ['indirect, "noted that" with an auxiliary in the cue',
      'The report has noted that the river is polluted.',
      [['indirect', 'The report', 'has noted', 'the river is polluted']]],
    ['indirect, the writer\'s aside after the reported clause is left out',
      'The agency said the water came from the old dam, which was built in 1960.',
      [['indirect', 'The agency', 'said', 'the water came from the old dam']]],
    ['indirect, a relative clause inside the reported clause stays',
      'The agency said the old dam, which was built in 1960, would hold.',
      [['indirect', 'The agency', 'said', 'the old dam, which was built in 1960, would hold']]],
    ['indirect, cue after the content',
      'The talks had failed, the envoy said.',
      [['indirect', 'the envoy', 'said', 'The talks had failed']]],
    ['indirect, cue and addressee after the content',
      'The ferry had left on time, the captain told a local radio station.',
      [['indirect', 'the captain', 'told', 'The ferry had left on time']]],
    ['indirect, a question asked by someone unnamed',
      'Asked whether she would run again, the mayor smiled.',
      [['indirect', null, 'Asked', 'whether she would run again']]],
    ['indirect, "according to" first',
      'According to the police, three men entered the bank.',
      [['indirect', 'the police', 'According to', 'three men entered the bank']]],
    ['indirect, "according to" last',
      'Turnout fell sharply, according to a survey released on Tuesday.',
      [['indirect', 'a survey released on Tuesday', 'according to', 'Turnout fell sharply']]],
    ['indirect, the attribution inside the sentence: two fragments, one cue',
      'The new plan, the mayor said, will cost too much.',
      [['indirect', 'the mayor', 'said', 'The new plan'], ['indirect', 'the mayor', 'said', 'will cost too much']]],
    ['indirect, "that is according to" points back to the sentence before',
      'Exports fell by a third last year. That is according to figures released by the customs office.',
      [['indirect', 'figures released by the customs office', 'is according to', 'Exports fell by a third last year']]],
    ['indirect, a report inside a report: the pronoun is the first speaker',
      'The mayor says she believes the dam is safe.',
      [['indirect', 'The mayor', 'says', 'she believes the dam is safe'], ['indirect', 'The mayor', 'believes', 'the dam is safe']]],
    ['mixed: an indirect quote holding a quoted phrase',
      'The senator said the plan was "dead on arrival" in the House.',
      [['mixed', 'The senator', 'said', 'the plan was "dead on arrival" in the House']]],
    ['a chanting crowd',
      'Crowds of protesters marched through the square, chanting “free the prisoners”.',
      [['direct', 'Crowds of protesters', 'chanting', 'free the prisoners']]],
    ['a transcript label',
      'REPORTER: Will you run again?\nMAYOR: I have not decided.',
      [['direct', 'REPORTER', ':', 'Will you run again?'], ['direct', 'MAYOR', ':', 'I have not decided.']]],
    ['a credit after a dash',
      '“Nothing grows here anymore.” — Ana Ruiz',
      [['direct', 'Ana Ruiz', '—', 'Nothing grows here anymore.']]],
  ])('%s', (_name, text, expected) => {
    expect(run(text).output.quotes.map(brief)).toEqual(expected);
  });

  it.each([
    ['an object, not a clause', 'The spokesman disclosed this in a statement released on Sunday.'],
    ['a noun, not a cue', 'There is some hope that the rain will stop.'],
    ['an infinitive, not a report', 'The mayor declined to say more about it.'],
    ['a short phrase in marks is no quote by itself', 'The so-called “peace plan” was rejected.'],
    ['a title in marks is no quotation', 'In her book, “The Long Road Home,” the author described her childhood.'],
    ['a clause of time is not what was said', 'The guard said nothing as the crowd left the square.'],
    ['a passive cue without "that"', 'The fire was reported by a neighbour shortly after midnight.'],
  ])('no quote: %s', (_name, text) => {
    expect(run(text).output.quotes).toEqual([]);
  });
});

describe('quote extractor: unbalanced and multi-paragraph quotations', () => {
  it('ends an unclosed quotation at the paragraph end and says so', () => {
    const text = 'The coach said, “We trained hard and we will win the cup.\nThe final is on Sunday.';
    const r = run(text);
    expect(r.output.quotes.map(brief)).toEqual([['direct', 'The coach', 'said', 'We trained hard and we will win the cup.']]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics![0]!.code).toBe('unbalanced-quote');
    expect(text.slice(r.diagnostics![0]!.start, r.diagnostics![0]!.end)).toBe('“We trained hard and we will win the cup.');
  });

  it('gives every paragraph of a quotation running over paragraphs to its speaker', () => {
    const text = 'The elder spoke at the meeting.\n“The harvest failed twice this year.\n“Families have sold their cattle to buy grain,” he said.';
    expect(run(text).output.quotes.map(brief)).toEqual([
      ['direct', 'he', 'said', 'The harvest failed twice this year.'],
      ['direct', 'he', 'said', 'Families have sold their cattle to buy grain'],
    ]);
    expect(run(text).diagnostics).toEqual([]);
  });

  it('attributes a paragraph of quotation after an attributed one to the same speaker', () => {
    const text = '“The water came at night,” said Omar Haddad, a shopkeeper.\n“By morning the street was a river.”';
    expect(run(text).output.quotes.map((q) => q.speaker?.text)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });
});

describe('quote extractor: speakers', () => {
  it.each([
    ['a title', 'Secretary of State said the talks would resume.', 'Secretary of State'],
    ['a pronoun', 'He noted that exports had doubled.', 'He'],
    ['a group', 'Officials said the border would stay closed.', 'Officials'],
    ['an institution', 'The ministry said the vaccine was safe.', 'The ministry'],
    ['a name with an apposition', 'Jane Roe, the head of the union, said the strike would go on.', 'Jane Roe'],
    ['a name after its title and a comma', 'The union leader, Jane Roe, said the strike would go on.', 'Jane Roe'],
    ['a name with a party label', 'Sen. Jane Roe (D-Ohio) said the bill would pass.', 'Sen. Jane Roe (D-Ohio)'],
    ['the subject before a relative clause', 'Officials who spoke on condition of anonymity said the deal was off.', 'Officials'],
    ['a phrase with a preposition', 'A spokesman for the ministry said the road was open.', 'A spokesman for the ministry'],
    ['a second verb of one subject', 'The judge read the verdict and said the case was closed.', 'The judge'],
  ])('%s', (_name, text, speaker) => {
    const quotes = run(text).output.quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker?.text).toBe(speaker);
  });

  it('has no speaker for a passive cue', () => {
    expect(run('The residents were told that the water was safe.').output.quotes.map(brief))
      .toEqual([['indirect', null, 'were told', 'the water was safe']]);
  });
});

describe('quote extractor: speakers resolved to actors', () => {
  it('resolves a title and a pronoun through the actors layer', () => {
    const text = 'Foreign Minister Ana Costa spoke in Lisbon. Foreign Minister said the embassy would reopen. She noted that talks would go on.';
    const costa = actor(text, 'a1', 'person', 'Foreign Minister Ana Costa', 'Foreign Minister', 'She');
    const quotes = run(text, { actors: [costa], entityActors: [] }).output.quotes;
    expect(quotes.map((q) => [q.speaker?.text, q.speaker?.actor])).toEqual([['Foreign Minister', 'a1'], ['She', 'a1']]);
  });

  it('prefers the person to the country in "Brazilian President X said"', () => {
    const text = 'Brazilian President Rui Lima said the forest law would change.';
    const brazil = actor(text, 'c1', 'country', 'Brazilian');
    const lima = actor(text, 'p1', 'person', 'President Rui Lima');
    expect(run(text, { actors: [brazil, lima], entityActors: [] }).output.quotes[0]!.speaker?.actor).toBe('p1');
  });

  it('resolves a bare "he" no mention covers to the person who spoke last', () => {
    const text = '“We need rain,” said Paulo Reis, a farmer. Later he said that the wells were dry.';
    const reis = actor(text, 'p1', 'person', 'Paulo Reis');
    const quotes = run(text, { actors: [reis], entityActors: [] }).output.quotes;
    expect(quotes.map((q) => [q.speaker?.text, q.speaker?.actor])).toEqual([['Paulo Reis', 'p1'], ['he', 'p1']]);
  });

  it('does not take a "he" to someone named only inside a quotation', () => {
    const text = '“It is the worst harvest any farmer remembers,” said Paulo Reis. He warned that prices would rise.';
    const reis = actor(text, 'p1', 'person', 'Paulo Reis');
    const farmer = actor(text, 'p2', 'person', 'any farmer', 'He');
    const quotes = run(text, { actors: [reis, farmer], entityActors: [] }).output.quotes;
    expect(quotes.map((q) => [q.speaker?.text, q.speaker?.actor])).toEqual([['Paulo Reis', 'p1'], ['He', 'p1']]);
  });

  it('treats entity mentions as names even when the tagger says otherwise', () => {
    const text = 'Josh Earnest said the president enjoyed the dinner.';
    const entities: EntityMention[] = [{ start: 0, end: 11, text: 'Josh Earnest', type: 'PERSON' }];
    expect(run(text, NO_ACTORS, entities).output.quotes[0]!.speaker?.text).toBe('Josh Earnest');
  });
});
