import type { EntityType } from '../analysis/format.js';
import type { ConllType } from './conll/read.js';
import { gazBit, type Gazetteer } from './lexicon/gazetteer.js';

/**
 * From the tagger's four CoNLL types to the format's eight (OntoNotes names):
 *
 * - A seat of government that news names for the government (class `seat`:
 *   "the Kremlin said", "the Pentagon") -> ORG, whatever the tagger said.
 * - PER -> PERSON; ORG -> ORG, or FAC when its head word is a building
 *   ("... Cathedral", "... Stadium": class `building` in words.tsv).
 * - LOC -> LOC for continents, world regions and natural features (class
 *   `loc`, by the whole name or its head: "Black Sea"); FAC for a name of two
 *   words or more whose head is a building or structure (class `fac`:
 *   "Isakiivskiy Cathedral", "Red Square"); GPE when the gazetteer knows the
 *   name as a country, region, city or town; LOC otherwise.
 * - MISC -> NORP when every word is a nationality, demonym, religious,
 *   ethnic or political group (class `norp`: "Russian", "Bosnian Serb");
 *   EVENT when its head, after any number or year, is an event word (class
 *   `event`: "World War II", "Olympic Games"); MISC otherwise.
 */
export class EntityTyper {
  readonly #gaz: Gazetteer;

  constructor(gazetteer: Gazetteer) {
    this.#gaz = gazetteer;
    Object.freeze(this);
  }

  /** The format type of an entity of CoNLL type `type` over lower-cased words `words` (punctuation tokens included). */
  typeOf(type: ConllType, words: readonly string[]): EntityType {
    const g = this.#gaz;
    const content = words.filter(hasWordChar);
    const all = content.join(' ');
    const name = content[0] === 'the' && content.length > 1 ? content.slice(1).join(' ') : all;
    const head = content.at(-1) ?? '';
    const multi = content.length >= 2;
    const nameClasses = g.classesOf(name);
    if (type !== 'MISC' && nameClasses & SEAT) return 'ORG';
    if (type === 'PER') return 'PERSON';
    const headClasses = multi ? g.classesOf(head) : 0;
    if (type === 'ORG') return headClasses & BUILDING ? 'FAC' : 'ORG';
    if (type === 'LOC') {
      if (nameClasses & LOC || headClasses & LOC) return 'LOC';
      if (headClasses & (FAC | BUILDING)) return 'FAC';
      if (nameClasses & GPE) return 'GPE';
      if (nameClasses & FAC) return 'FAC';
      return 'LOC';
    }
    if (content.length && (g.classesOf(all) & NORP || content.every((w) => g.classesOf(w) & NORP))) return 'NORP';
    let end = content.length;
    while (end > 1 && /^(\d+(st|nd|rd|th)?|[ivx]+|'\d\d)$/.test(content[end - 1]!)) end--;
    if (end > 0 && (g.classesOf(content[end - 1]!) & EVENT || g.classesOf(content.slice(0, end).join(' ')) & EVENT)) return 'EVENT';
    return 'MISC';
  }
}

const SEAT = gazBit('seat');
const BUILDING = gazBit('building');
const FAC = gazBit('fac');
const LOC = gazBit('loc');
const NORP = gazBit('norp');
const EVENT = gazBit('event');
const GPE = gazBit('country') | gazBit('region') | gazBit('bigcity') | gazBit('city') | gazBit('town') | gazBit('place');

/** Whether a word has a letter or a digit (ASCII looked at first; the rest by Unicode class). */
export function hasWordChar(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c >= 128) return /[\p{L}\p{N}]/u.test(w);
  }
  return false;
}

/** Back from the format's types to CoNLL's, for evaluation on CoNLL data. */
export function conllTypeOf(type: EntityType): ConllType {
  switch (type) {
    case 'PERSON': return 'PER';
    case 'ORG': return 'ORG';
    case 'GPE': case 'LOC': case 'FAC': return 'LOC';
    default: return 'MISC';
  }
}
