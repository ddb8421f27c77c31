import { describe, expect, it } from 'vitest';
import { DocumentBuilder, paragraphRanges } from './build.js';

const builder = new DocumentBuilder();

describe('buildDocument', () => {
  it('keeps exact UTF-16 offsets for every token, sentence and paragraph', () => {
    const text = 'The minister’s aide said “no” on Monday.\nIn Kyiv, 3 people — all civilians — were hurt. 🙂 Later, calm.\n';
    const doc = builder.build({ id: 't', text });
    expect(doc.tokens.length).toBeGreaterThan(10);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of doc.sentences) expect(s.end).toBeGreaterThan(s.start);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences[0]!.paragraph).toBe(0);
    expect(doc.sentences.at(-1)!.paragraph).toBe(1);
    for (const t of doc.tokens) expect(t.sentence).toBeGreaterThanOrEqual(0);
  });

  it('normalizes CRLF and a BOM, and offsets refer to the normalized text', () => {
    const doc = builder.build({ id: 't', text: '\uFEFFOne line.\r\nTwo lines.' });
    expect(doc.text).toBe('One line.\nTwo lines.');
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('uses blank lines as paragraph breaks when the text is hard-wrapped', () => {
    expect(paragraphRanges('a b\nc d\n\ne f')).toEqual([[0, 7], [9, 12]]);
    expect(paragraphRanges('a b\nc d')).toEqual([[0, 3], [4, 7]]);
  });

  it('tags parts of speech', () => {
    const doc = builder.build({ id: 't', text: 'Police arrested two men in Paris.' });
    expect(doc.tokens.map((t) => t.pos)).toContain('VERB');
    expect(doc.tokens.find((t) => t.text === 'Paris')!.pos).toBe('PROPN');
  });

  it('marks text that is not English', () => {
    const en = builder.build({ id: 'en', text: 'The government said on Monday that it would not raise taxes this year, despite the deficit.' });
    const de = builder.build({ id: 'de', text: 'Die Regierung erklärte am Montag, dass sie die Steuern in diesem Jahr trotz des Defizits nicht erhöhen werde.' });
    expect(en.language).toBe('en');
    expect(de.language).toBe('und');
  });
});
