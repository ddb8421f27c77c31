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
    ['indirect, a dependent clause before the cue goes on after it',
      'Although the bridge reopened, the engineer said, repairing the road will take months.',
      [['indirect', 'the engineer', 'said', 'Although the bridge reopened'], ['indirect', 'the engineer', 'said', 'repairing the road will take months']]],
    ['indirect, an infinitive clause before the cue goes on after it',
      'To see the damage, the governor said, one should visit the harbour.',
      [['indirect', 'the governor', 'said', 'To see the damage'], ['indirect', 'the governor', 'said', 'one should visit the harbour']]],
    ['indirect, "that is according to" points back to the sentence before',
      'Exports fell by a third last year. That is according to figures released by the customs office.',
      [['indirect', 'figures released by the customs office', 'is according to', 'Exports fell by a third last year']]],
    ['indirect, a report inside a report: the pronoun is the first speaker',
      'The mayor says she believes the dam is safe.',
      [['indirect', 'The mayor', 'says', 'she believes the dam is safe'], ['indirect', 'The mayor', 'believes', 'the dam is safe']]],
    ['mixed: an indirect quote holding a quoted phrase',
      'The senator said the plan was "dead on arrival" in the House.',
      [['mixed', 'The senator', 'said', 'the plan was "dead on arrival" in the House']]],
    ['an intent: an infinitive after a verb of promising',
      'The union vowed to continue the strike until wages rise.',
      [['indirect', 'The union', 'vowed', 'to continue the strike until wages rise']]],
    ['a refusal: an infinitive after a verb of declining',
      'The minister declined to comment on the leaked report.',
      [['indirect', 'The minister', 'declined', 'to comment on the leaked report']]],
    ['an appeal: an object and an infinitive',
      'The envoy urged both sides to return to the talks.',
      [['indirect', 'The envoy', 'urged', 'both sides to return to the talks']]],
    ['an appeal with a preposition: "called on X to"',
      'The opposition called on the government to resign.',
      [['indirect', 'The opposition', 'called on', 'the government to resign']]],
    ['an embedded question after a verb of doubting',
      'The senator questioned whether the count was fair.',
      [['indirect', 'The senator', 'questioned', 'whether the count was fair']]],
    ['an expectation with a raised subject: subject and infinitive, no speaker',
      'The new budget is expected to pass next week.',
      [['indirect', null, 'is expected', 'The new budget'], ['indirect', null, 'is expected', 'to pass next week']]],
    ['an accusation: an object and a gerund',
      'The opposition accused the mayor of hiding the report.',
      [['indirect', 'The opposition', 'accused', 'the mayor of hiding the report']]],
    ['a characterization: an object and "as"',
      'The minister described the strike as a threat to the economy.',
      [['indirect', 'The minister', 'described', 'the strike as a threat to the economy']]],
    ['a raised subject before "as": subject and predicate, no speaker',
      'The governor is widely seen as the favourite in the race.',
      [['indirect', null, 'is widely seen', 'The governor'], ['indirect', null, 'is widely seen', 'as the favourite in the race']]],
    ['a label in quotation marks: an object and a quotation',
      'The senator called the proposal “reckless and cruel” on Monday.',
      [['mixed', 'The senator', 'called', 'the proposal “reckless and cruel”']]],
    ['a cue after a verb and "to": the verb opens the cue',
      'The senator went on to say that the vote was unfair.',
      [['indirect', 'The senator', 'went on to say', 'the vote was unfair']]],
    ['a cue after a verb and "to", in the present',
      'The mayor continues to insist that the bridge is safe.',
      [['indirect', 'The mayor', 'continues to insist', 'the bridge is safe']]],
    ['a negated intent keeps its "not"',
      'The union vowed not to sign the deal.',
      [['indirect', 'The union', 'vowed', 'not to sign the deal']]],
    ['a noun cue: its possessor speaks, its content ends before the main verb',
      'His claim that the vote was rigged drew ridicule.',
      [['indirect', 'His', 'claim', 'the vote was rigged']]],
    ['a noun cue of denial: its possessor speaks',
      'The ministry\'s denial that troops crossed the border angered its neighbours.',
      [['indirect', 'The ministry', 'denial', 'troops crossed the border']]],
    ['a noun cue of insistence after a possessive determiner',
      'Her insistence that the budget is balanced puzzled economists.',
      [['indirect', 'Her', 'insistence', 'the budget is balanced']]],
    ['a bare noun cue after a preposition: nobody named speaks, not the subject of the verb before',
      'The shares rose amid speculation that the bank would cut rates.',
      [['indirect', null, 'speculation', 'the bank would cut rates']]],
    ['a noun cue after a verb: the verb\'s subject speaks',
      'The mayor rejected the claim that the bridge was unsafe.',
      [['indirect', 'The mayor', 'rejected the claim', 'the bridge was unsafe']]],
    ['an adjective cue: "made it clear that"',
      'The envoy made it clear that talks would resume.',
      [['indirect', 'The envoy', 'made it clear', 'talks would resume']]],
    ['a noun cue inside the adjunct of a verb cue is left to the verb',
      'The campaign said in a statement that the vote was fair.',
      [['indirect', 'The campaign', 'said', 'the vote was fair']]],
    ['a chanting crowd',
      'Crowds of protesters marched through the square, chanting “free the prisoners”.',
      [['direct', 'Crowds of protesters', 'chanting', 'free the prisoners']]],
    ['a transcript label',
      'REPORTER: Will you run again?\nMAYOR: I have not decided.',
      [['direct', 'REPORTER', ':', 'Will you run again?'], ['direct', 'MAYOR', ':', 'I have not decided.']]],
    ['a poll opening the sentence names the source of its clause',
      'In a survey released on Monday, most residents opposed the new road.',
      [['indirect', 'a survey released on Monday', 'In', 'most residents opposed the new road']]],
    ['a headline\'s source label',
      'Union leaders: Strike will go on\nThe talks broke down on Friday.',
      [['indirect', 'Union leaders', ':', 'Strike will go on']]],
    ['a credit after a dash',
      '“Nothing grows here anymore.” — Ana Ruiz',
      [['direct', 'Ana Ruiz', '—', 'Nothing grows here anymore.']]],
  ])('%s', (_name, text, expected) => {
    expect(run(text).output.quotes.map(brief)).toEqual(expected);
  });

  it.each([
    ['an object, not a clause', 'The spokesman disclosed this in a statement released on Sunday.'],
    ['a noun, not a cue', 'There is some hope that the rain will stop.'],
    ['an infinitive, not a report', 'The mayor managed to finish the bridge before winter.'],
    ['an object that is no clause after a complement cue', 'The council urged restraint.'],
    ['a name given, not a label quoted', 'The council called a meeting for Monday.'],
    ['a short phrase in marks is no quote by itself', 'The so-called “peace plan” was rejected.'],
    ['a title in marks is no quotation', 'In her book, “The Long Road Home,” the author described her childhood.'],
    ['a phrase of time opening the sentence', 'In the morning, the troops left the town.'],
    ['a headline label that names nobody', 'Editor\'s note: This story was corrected on Monday.'],
    ['an infinitive cue after an adjective is the writer\'s', 'It is fair to say that the vote was close.'],
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

  it.each([
    ['a clause ending in a colon introduces the quotation',
      'The governor resisted: “The law does not allow it.”', [['direct', 'The governor', 'resisted', 'The law does not allow it.']]],
    ['a phrase alone before a colon',
      'The ministry: “No decision has been taken.”', [['direct', 'The ministry', ':', 'No decision has been taken.']]],
    ['a cue that made no quote does not end the speaker\'s run',
      '“Stay calm,” the mayor said, adding a word of thanks. “We will get through this.”',
      [['direct', 'the mayor', 'said', 'Stay calm'], ['direct', 'the mayor', 'said', 'We will get through this.']]],
    ['a quotation after a mixed quote goes on with its speaker',
      'The plan is a “dead end,” the mayor said. “Nobody wants it.”',
      [['mixed', 'the mayor', 'said', 'The plan is a “dead end,”'], ['direct', 'the mayor', 'said', 'Nobody wants it.']]],
  ])('%s', (_name, text, expected) => {
    expect(run(text).output.quotes.map(brief)).toEqual(expected);
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
    ['two subjects joined by "and"', 'The mayor and the governor said the bridge was safe.', 'The mayor and the governor'],
    ['an object before "and" is no subject', 'He met the mayor and officials said the deal was done.', 'officials'],
    ['a share of a group', 'About four out of 10 voters said life would get worse.', 'About four out of 10 voters'],
    ['a part of a group', 'Most of the candidates said they support the boycott.', 'Most of the candidates'],
    ['an approximate share', 'About 9 percent said they had no preference.', 'About 9 percent'],
    ['a second verb after a clause with a verb of its own',
      'The senator was quick to praise the judge after she ruled and said that the law was clear.', 'The senator'],
    ['a pronoun after "in which"', 'The mayor gave an interview, in which he said the bridge was safe.', 'he'],
    ['a name the tagger split with a verb', 'Oliver K. Hedge, who runs a golf firm, said the industry had recovered.', 'Oliver K. Hedge'],
    ['a subject after a conjunction, with a modifier', 'But a source familiar with the inquiry said the files were lost.', 'a source'],
    ['an apposition with a hyphenated participle', 'Jane Roe, a lawyer and self-described socialist, said the plan would work.', 'Jane Roe'],
    ['an apposition holding a quoted title', 'Ann Lee, the author of "Going Home," about the war, said the era was over.', 'Ann Lee'],
    ['a participle citing a quotation', 'Jane Roe, citing ‘‘the spirit of the city,’’ said the plan would work.', 'Jane Roe'],
    ['a share, the cue read as a noun by the tagger', 'One in five say that the plan will not work.', 'One in five'],
    ['a name before an apposition holding a relative clause, not the object after the cue',
      'Jane Roe, an official at the agency, which has a backlog of cases, said the burden of the rule would force her to cut jobs.', 'Jane Roe'],
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

describe('quote extractor: where a content ends', () => {
  it.each([
    ['a participle between commas, with an adjunct before "that"',
      'The mayor, saying at a rally in Lyon that the tax was unfair, left the stage.', 'the tax was unfair'],
    ['a cue in a relative clause', 'Jane Roe, who declined to comment on the case, proposed a new law.', 'to comment on the case'],
  ])('%s', (_name, text, content) => {
    expect(run(text).output.quotes.map((q) => q.text)).toEqual([content]);
  });

  it('reads a cue the tagger took for a noun after a named subject', () => {
    const text = 'The Daily Herald reports the union plans to strike.';
    const entities: EntityMention[] = [{ start: 4, end: 16, text: 'Daily Herald', type: 'ORG' }];
    expect(run(text, NO_ACTORS, entities).output.quotes.map(brief)).toEqual([['indirect', 'The Daily Herald', 'reports', 'the union plans to strike']]);
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
