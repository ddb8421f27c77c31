import { describe, expect, it } from 'vitest';
import { rebuildText } from './rebuild.js';

describe('rebuildText', () => {
  it.each([
    [['Maria', "'s", 'dog', ',', 'a', 'terrier', ',', 'barked', '.'], "Maria's dog, a terrier, barked."],
    [['LIMA', '(', 'Reuters', ')', '-', 'Prices', 'rose', '5', '%', '.'], 'LIMA (Reuters) - Prices rose 5%.'],
    [['He', 'said', '"', 'no', '"', 'twice', '.'], 'He said "no" twice.'],
    [['It', 'ca', "n't", 'wait', '.'], "It can't wait."],
    [['They', 'moved', 'to', 'the', 'U.S.', '.'], 'They moved to the U.S. .'],
    [['MONTGOMERY', ',', 'Ala', '.'], 'MONTGOMERY, Ala .'],
  ])('joins %j', (tokens, text) => {
    expect(rebuildText({ sentences: [{ tokens, entities: [] }] }).text).toBe(text);
  });

  it('puts each sentence on a line and maps entities to character offsets', () => {
    const r = rebuildText({
      sentences: [
        { tokens: ['Maria', 'Lopez', 'spoke', '.'], entities: [{ type: 'PER', start: 0, end: 2 }] },
        { tokens: ['In', 'Quito', ',', 'rain', '.'], entities: [{ type: 'LOC', start: 1, end: 2 }] },
      ],
    });
    expect(r.text).toBe('Maria Lopez spoke.\nIn Quito, rain.');
    expect(r.entities.map((e) => r.text.slice(e.start, e.end))).toEqual(['Maria Lopez', 'Quito']);
    for (const [k, spans] of r.tokenSpans.entries()) {
      expect(spans.map(([a, b]) => r.text.slice(a, b))).toEqual([['Maria', 'Lopez', 'spoke', '.'], ['In', 'Quito', ',', 'rain', '.']][k]);
    }
  });
});
