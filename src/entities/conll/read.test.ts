import { describe, expect, it } from 'vitest';
import { parseConll, tagsToEntities } from './read.js';

describe('parseConll', () => {
  it('splits documents and sentences and keeps token and NER columns', () => {
    const text = [
      '-DOCSTART- -X- -X- O', '',
      'Maria NNP B-NP B-PER', 'Lopez NNP I-NP I-PER', 'visited VBD B-VP O', 'Quito NNP B-NP B-LOC', '. . O O', '',
      'Acme NNP B-NP B-ORG', 'Corp NNP I-NP I-ORG', '', '-DOCSTART- -X- -X- O', '', 'Hello UH O O', '',
    ].join('\n');
    const docs = parseConll(text);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences).toHaveLength(2);
    expect(docs[0]!.sentences[0]!.tokens).toEqual(['Maria', 'Lopez', 'visited', 'Quito', '.']);
    expect(docs[0]!.sentences[0]!.entities).toEqual([{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 4 }]);
    expect(docs[1]!.sentences[0]!.entities).toEqual([]);
  });
});

describe('tagsToEntities', () => {
  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [['PER', 0, 2], ['LOC', 3, 4]]],
    [['I-ORG', 'I-ORG', 'O'], [['ORG', 0, 2]]], // IOB1: I- after O opens an entity
    [['I-LOC', 'B-LOC', 'I-LOC'], [['LOC', 0, 1], ['LOC', 1, 3]]], // B- splits two entities of one type
    [['B-PER', 'I-ORG'], [['PER', 0, 1], ['ORG', 1, 2]]], // a change of type closes the entity
    [['O', 'O'], []],
  ])('reads %j', (tags, expected) => {
    expect(tagsToEntities(tags).map((e) => [e.type, e.start, e.end])).toEqual(expected);
  });
});
