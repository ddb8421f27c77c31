import { describe, expect, it } from 'vitest';
import { Resources } from '../engine/resources.js';
import { compileFigureLexicon, FIGURE_FILES, loadFigureLexicon, type FigureFile } from './lexicon.js';

const EMPTY = Object.fromEntries(FIGURE_FILES.map((f) => [f, ''])) as Record<FigureFile, string>;

describe('figure lexicon', () => {
  const lex = loadFigureLexicon(new Resources());

  it('loads every kind of entry from data/figures', () => {
    expect(lex.words.get('million')).toEqual({ value: 1_000_000, kind: 'scale' });
    expect(lex.words.get('thousands')).toEqual({ value: 1000, kind: 'vague' });
    expect(lex.subjectCues.get('arrests')).toBe('ARREST');
    expect(lex.context.get('months')?.has('duration')).toBe(true);
    expect(lex.context.get('#')?.has('id-prefix')).toBe(true);
    expect(lex.numberStarts.has('several')).toBe(true);
    expect(lex.numberStarts.has('hundred')).toBe(false);
  });

  it.each([
    ['number-words.tsv', 'eleven\t11\tdigit\n', /unknown value "digit"/],
    ['number-words.tsv', 'eleven\televen\tunit\n', /not a number/],
    ['approx.tsv', 'over\t>>\tprefix\n', /unknown value ">>"/],
    ['approx.tsv', 'over\t>\tinside\n', /unknown position/],
    ['currencies.tsv', '$\tdollar\tbefore\n', /ISO 4217/],
    ['categories.tsv', 'slain\tMURDER\tafter\n', /unknown value "MURDER"/],
    ['units.tsv', 'km\tkm\n', /units.tsv:1: expected 3/],
    ['units.tsv', 'km\tkm\tinside\n', /unknown position/],
    ['context.tsv', '# a comment\nfoo\tbar\n', /unknown value "bar"/],
  ] as const)('rejects a malformed line of %s', (file, text, error) => {
    expect(() => compileFigureLexicon({ ...EMPTY, [file]: text })).toThrow(error);
  });

  it('skips comments and blank lines, and reads "#" followed by a tab as an entry', () => {
    const l = compileFigureLexicon({ ...EMPTY, 'context.tsv': '# header line\n\n#\tid-prefix\n' });
    expect([...l.context.keys()]).toEqual(['#']);
  });
});
