import { describe, expect, it } from 'vitest';
import type { EntityType } from '../analysis/format.js';
import type { ConllType } from './conll/read.js';
import { Gazetteer } from './lexicon/gazetteer.js';
import { conllTypeOf, EntityTyper } from './types.js';

// A small gazetteer written for the test, in the format of data/entities/gazetteer.tsv.
const typer = new EntityTyper(new Gazetteer([
  'quito\tbigcity', 'ecuador\tcountry', 'pichincha\tregion', 'europe\tloc', 'sea\tloc', 'river\tloc',
  'cathedral\tbuilding,fac', 'square\tfac', 'kremlin\tseat', 'peruvian\tnorp', 'bolivian\tnorp', 'serb\tnorp',
  'war\tevent', 'olympics\tevent', 'world war\tevent', 'wednesday\ttime',
].join('\n')));

describe('EntityTyper', () => {
  it.each<[ConllType, string, EntityType]>([
    ['PER', 'Rosa Quispe', 'PERSON'],
    ['ORG', 'Andean Mining Corp', 'ORG'],
    ['ORG', 'San Blas Cathedral', 'FAC'],
    ['LOC', 'Quito', 'GPE'],
    ['LOC', 'Ecuador', 'GPE'],
    ['LOC', 'Pichincha', 'GPE'],
    ['LOC', 'Europe', 'LOC'],
    ['LOC', 'Caspian Sea', 'LOC'],
    ['LOC', 'Napo River', 'LOC'],
    ['LOC', 'Plaza Grande Square', 'FAC'],
    ['LOC', 'San Blas Cathedral', 'FAC'],
    ['LOC', 'Tarqui Valley', 'LOC'],
    ['LOC', 'Kremlin', 'ORG'],
    ['PER', 'Kremlin', 'ORG'],
    ['MISC', 'Peruvian', 'NORP'],
    ['MISC', 'Bolivian Serb', 'NORP'],
    ['MISC', 'World War II', 'EVENT'],
    ['MISC', 'Olympics', 'EVENT'],
    ['MISC', 'Andean Pact', 'MISC'],
  ])('%s %s -> %s', (type, name, expected) => {
    expect(typer.typeOf(type, name.toLowerCase().split(' '))).toBe(expected);
  });
});

describe('conllTypeOf', () => {
  it.each<[EntityType, ConllType]>([
    ['PERSON', 'PER'], ['ORG', 'ORG'], ['GPE', 'LOC'], ['LOC', 'LOC'], ['FAC', 'LOC'],
    ['NORP', 'MISC'], ['EVENT', 'MISC'], ['MISC', 'MISC'],
  ])('%s -> %s', (type, conll) => {
    expect(conllTypeOf(type)).toBe(conll);
  });
});
