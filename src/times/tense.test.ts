import { describe, expect, it } from 'vitest';
import { Resources } from '../engine/resources.js';
import { loadTimeLexicon } from './lexicon.js';
import { normalizedWords } from './extractor.js';
import { clauseTense, isPastForm } from './tense.js';
import { buildDoc } from './test-support.js';

const lex = loadTimeLexicon(new Resources()).tense;

/** The tense around the word `target` of a one-sentence text. */
function tenseAround(text: string, target: string) {
  const doc = buildDoc(text, null);
  const words = normalizedWords(doc);
  const k = words.indexOf(target.toLowerCase());
  const s = doc.sentences[0]!;
  return clauseTense(lex, doc.tokens, words, s.tokenStart, s.tokenEnd, k, k + 1);
}

describe('the tense of the clause around a time expression', () => {
  it.each([
    ['Putin on Wednesday called for a partial mobilization.', 'Wednesday', 'PAST'],
    ['The talks will resume on Monday.', 'Monday', 'FUTURE'],
    ["They'll meet on Friday.", 'Friday', 'FUTURE'],
    ['The team planned to leave on Thursday.', 'Thursday', 'FUTURE'],
    ['The vote is set to take place on Sunday.', 'Sunday', 'FUTURE'],
    ['It has been quiet since Tuesday.', 'Tuesday', 'PAST'],
    ['The office has been closed for a week.', 'week', 'PAST'],
    ['The council meets on Friday.', 'Friday', 'PRESENT'],
    ['He said he would travel on Friday.', 'Friday', 'FUTURE'],
    ['The deadline runs until Monday.', 'Monday', 'FUTURE'],
    ['Soldiers were seen on Sunday.', 'Sunday', 'PAST'],
    ['Protesters gathered on Saturday.', 'Saturday', 'PAST'],
    ['Arriving on Tuesday, the envoy met the king.', 'Tuesday', 'PAST'],
    ['The prosecutor has scheduled a news conference on Thursday to announce charges.', 'Thursday', 'FUTURE'],
    ['The offer had been due to expire on Friday.', 'Friday', 'PAST'],
    ['Protesters planned a large march on Saturday.', 'Saturday', 'FUTURE'],
    ['The families were planning to drive to the border on Monday.', 'Monday', 'FUTURE'],
    ['Officials did not plan to act on Thursday.', 'Thursday', 'FUTURE'],
    ['The truce was expected to end on Friday.', 'Friday', null],
    ['Tuesday: a day of mourning.', 'Tuesday', null],
    // a verb whose past is its base form, with no auxiliary, is past
    ['The judge set Friday as the deadline for the appeal.', 'Friday', 'PAST'],
    ['The rebels cut the power line on Sunday.', 'Sunday', 'PAST'],
    ['The statement, read on Sunday at a rally, called for calm.', 'Sunday', 'PAST'],
    // "could" says nothing of the time, unless in the perfect
    ['The missing sailors could be found on Sunday.', 'Sunday', null],
    ['The sailors could have been found on Sunday.', 'Sunday', 'PAST'],
    // ... unless it makes a schedule with "for"
    ['Leaders met in Rome before a summit set for Brussels in April.', 'April', 'FUTURE'],
    // "until" points forward, unless the clause is in the past perfect
    ['The talks were postponed until Monday.', 'Monday', 'FUTURE'],
    ['Until Monday, the police had not named a suspect.', 'Monday', 'PAST'],
    // a comma inside a list of names does not separate the time from its verb
    ['The alliance has decided to admit Finland, Sweden and Norway in early March, a diplomat said.', 'March', 'FUTURE'],
    ['The board declared a dividend, payable Dec. 1.', 'Dec.', 'FUTURE'],
    // "as planned" compares with a plan; the clause's own verb decides
    ['The talks resumed as scheduled on Monday.', 'Monday', 'PAST'],
    ['The talks will resume as planned on Monday.', 'Monday', 'FUTURE'],
    // a capitalized word inside the sentence is part of a name, even when the tagger takes it for a verb
    ['In January, a month after the Roe vs. Wade anniversary, a bomb exploded.', 'January', 'PAST'],
  ] as const)('%s (%s) -> %s', (text, target, tense) => expect(tenseAround(text, target)).toBe(tense));
});

describe('past forms', () => {
  it.each([['called', true], ['said', true], ['met', true], ['agreed', true], ['need', false], ['proceed', false], ['calls', false], ['meet', false]] as const)(
    '%s -> %s', (w, past) => expect(isPastForm(lex, w)).toBe(past),
  );
});
