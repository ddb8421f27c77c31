import { describe, expect, it } from 'vitest';
import { Resources } from '../engine/resources.js';
import { compileQuoteLexicon, loadQuoteLexicon, parseComplements, parseCueTable, parseDerivedCues, parseWordList } from './lexicon.js';

describe('quote lexicon', () => {
  const table = parseCueTable([
    '# a comment',
    'say\tsay\tsay,says,said',
    'point out\tsay\tpoint out,pointed out',
    'according to\taccording\taccording to',
    'want\tnone\twant,wants',
  ].join('\n'));

  it('reads the curated table', () => {
    expect(table).toEqual([
      { lemma: 'say', frame: 'say', forms: ['say', 'says', 'said'] },
      { lemma: 'point out', frame: 'say', forms: ['point out', 'pointed out'] },
      { lemma: 'according to', frame: 'according', forms: ['according to'] },
      { lemma: 'want', frame: 'none', forms: ['want', 'wants'] },
    ]);
  });

  it('rejects a malformed line with its number', () => {
    expect(() => parseCueTable('say\tsay\tsaid\nsay\tshout-ish\tsaid')).toThrow(/line 2/);
  });

  it('adds derived forms with the say frame, except forms the table lists (even as none) and first words of longer forms', () => {
    const derived = parseDerivedCues('# generated\nwants\t30\t40\t0.75\nremarked\t9\t9\t1.00\naccording\t300\t320\t0.94\npointed\t40\t60\t0.67');
    const lex = compileQuoteLexicon(table, derived, parseWordList('officials\nspokesman'), ['monday']);
    expect(lex.cuesByFirst.get('wants')).toBeUndefined();
    expect(lex.cuesByFirst.get('remarked')?.[0]).toEqual({ words: ['remarked'], lemma: 'remarked', frame: 'say' });
    expect(lex.cuesByFirst.get('according')?.map((e) => e.words.join(' '))).toEqual(['according to']);
    expect(lex.cuesByFirst.get('pointed')?.map((e) => e.words.join(' '))).toEqual(['pointed out']);
    expect(lex.speakerNouns.has('spokesman')).toBe(true);
    expect(lex.adjuncts.has('monday')).toBe(true);
  });

  it('gives derived complements to forms by word class: a new cue of the complement frame, or more kinds for a cue', () => {
    const complements = parseComplements([
      '# generated', 'wants\tverb\tobj-to\t5\t8\t0.63', 'called on\tverb\tobj-to\t14\t18\t0.78', 'said\tverb\traise-to\t4\t6\t0.67',
      'vowed\tverb\tto\t22\t26\t0.85', 'vowed\tverb\tthat\t3\t3\t1.00', 'claim\tnoun\tthat\t7\t16\t0.44',
    ].join('\n'));
    const lex = compileQuoteLexicon(table, [], [], [], complements);
    expect(lex.cuesByFirst.get('wants')).toEqual([{ words: ['wants'], lemma: 'wants', frame: 'complement', complements: new Map([['verb', new Set(['obj-to'])]]) }]);
    expect(lex.cuesByFirst.get('called')?.map((e) => [e.words.join(' '), e.frame])).toEqual([['called on', 'complement']]);
    expect(lex.cuesByFirst.get('said')).toEqual([{ words: ['said'], lemma: 'say', frame: 'say', complements: new Map([['verb', new Set(['raise-to'])]]) }]);
    expect([...lex.cuesByFirst.get('vowed')![0]!.complements!.get('verb')!]).toEqual(['to', 'that']);
    expect(lex.cuesByFirst.get('claim')?.[0]?.complements).toEqual(new Map([['noun', new Set(['that'])]]));
    expect(() => parseComplements('vowed\tverb\tsomehow\t1')).toThrow(/line 1/);
    expect(() => parseComplements('vowed\tadverb\tto\t1')).toThrow(/line 1/);
    // a cue of a frame takes quotations its own way: the quotation kinds are not added to it
    const quoting = compileQuoteLexicon(table, [], [], [], parseComplements('said\tverb\tobj-quote\t9\t9\t1\ncalled\tverb\tobj-quote\t9\t9\t1'));
    expect(quoting.cuesByFirst.get('said')?.[0]?.complements).toBeUndefined();
    expect(quoting.cuesByFirst.get('called')?.[0]?.complements).toEqual(new Map([['verb', new Set(['obj-quote'])]]));
  });

  it('loads the committed data files once per engine', () => {
    const resources = new Resources();
    const lex = loadQuoteLexicon(resources);
    expect(loadQuoteLexicon(resources)).toBe(lex);
    for (const form of ['said', 'told', 'noted', 'added', 'adding', 'disclosed', 'according', 'chanting']) {
      expect(lex.cuesByFirst.has(form), form).toBe(true);
    }
    // a verb of wanting is a cue only before a complement the derived list gives it
    expect((lex.cuesByFirst.get('wants') ?? []).every((e) => e.frame === 'complement')).toBe(true);
    // curated nouns of saying (complements.tsv) join the derived ones
    for (const form of ['allegations', 'denial', 'claim']) {
      expect(lex.cuesByFirst.get(form)?.[0]?.complements?.get('noun')?.has('that'), form).toBe(true);
    }
  });
});
