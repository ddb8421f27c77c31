import { describe, expect, it } from 'vitest';
import { Resources } from '../engine/resources.js';
import { compileQuoteLexicon, loadQuoteLexicon, parseCueTable, parseDerivedCues, parseWordList } from './lexicon.js';

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

  it('loads the committed data files once per engine', () => {
    const resources = new Resources();
    const lex = loadQuoteLexicon(resources);
    expect(loadQuoteLexicon(resources)).toBe(lex);
    for (const form of ['said', 'told', 'noted', 'added', 'adding', 'disclosed', 'according', 'chanting']) {
      expect(lex.cuesByFirst.has(form), form).toBe(true);
    }
    expect(lex.cuesByFirst.has('wants')).toBe(false);
  });
});
