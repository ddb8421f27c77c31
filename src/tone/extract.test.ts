import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { measureTone } from './extract.js';
import { parseToneLexicon } from './lexicon.js';
import { Resources } from '../engine/resources.js';
import { loadToneLexicon } from './lexicon.js';

const builder = new DocumentBuilder();
const lex = parseToneLexicon('# test\npeace\t1\nwar\t-1\nkilled\t-1\ngood\t1\n');
const tone = (text: string) => measureTone(builder.build({ id: 't', text }), lex);

describe('tone', () => {
  it.each([
    ['Peace came after the war.', 20, 20],
    ['Ten people were killed in the war.', 0, 2 * 100 / 7],
    ['The talks were not good for anyone.', 0, 100 / 7],
    ['Nothing happened.', 0, 0],
  ])('%s', (text, positive, negative) => {
    const t = tone(text);
    expect(t.positive).toBeCloseTo(positive, 1);
    expect(t.negative).toBeCloseTo(negative, 1);
    expect(t.score).toBeCloseTo(t.positive - t.negative, 1);
  });

  it('loads the committed lexicon', () => {
    const l = loadToneLexicon(new Resources());
    expect(l.get('war')).toBe(-1);
    expect(l.get('peace')).toBe(1);
    expect(l.size).toBeGreaterThan(300);
  });

  it('rejects a malformed lexicon line', () => {
    expect(() => parseToneLexicon('war\tbad\n')).toThrow(/bad line/);
  });
});
