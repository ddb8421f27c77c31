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
    const content = words.filter((w) => /[\p{L}\p{N}]/u.test(w));
    const all = content.join(' ');
    const name = content[0] === 'the' && content.length > 1 ? content.slice(1).join(' ') : all;
    const head = content.at(-1) ?? '';
    const has = (key: string, cls: Parameters<typeof gazBit>[0]) => (g.classesOf(key) & gazBit(cls)) !== 0;
    const multi = content.length >= 2;
    if (type !== 'MISC' && has(name, 'seat')) return 'ORG';
    if (type === 'PER') return 'PERSON';
    if (type === 'ORG') return multi && has(head, 'building') ? 'FAC' : 'ORG';
    if (type === 'LOC') {
      if (has(name, 'loc') || (multi && has(head, 'loc'))) return 'LOC';
      if (multi && (has(head, 'fac') || has(head, 'building'))) return 'FAC';
      const GPE = gazBit('country') | gazBit('region') | gazBit('bigcity') | gazBit('city') | gazBit('town') | gazBit('place');
      if (g.classesOf(name) & GPE) return 'GPE';
      if (has(name, 'fac')) return 'FAC';
      return 'LOC';
    }
    if (content.length && (has(all, 'norp') || content.every((w) => has(w, 'norp')))) return 'NORP';
    let end = content.length;
    while (end > 1 && /^(\d+(st|nd|rd|th)?|[ivx]+|'\d\d)$/.test(content[end - 1]!)) end--;
    if (end > 0 && (has(content[end - 1]!, 'event') || has(content.slice(0, end).join(' '), 'event'))) return 'EVENT';
    return 'MISC';
  }
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
