import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractTimes } from './test-support.js';

/** The founding example and its checklist live outside the repository, in ../shared/examples. */
const EXAMPLE = fileURLToPath(new URL('../../../shared/examples/mobilization.txt', import.meta.url));
const present = existsSync(EXAMPLE);

describe('mobilization.txt, published 2022-09-22: the checklist\'s time lines', () => {
  if (!present) it.skip(`skipped: ${EXAMPLE} not found`, () => {});
  else {
    const text = readFileSync(EXAMPLE, 'utf8');
    const { doc, times } = extractTimes(text, '2022-09-22');
    const at = (words: string) => {
      const i = doc.text.indexOf(words);
      expect(i, `"${words}" is in the example`).toBeGreaterThanOrEqual(0);
      return times.filter((t) => t.start < i + words.length && t.end > i);
    };

    it('"on Wednesday" -> 2022-09-21', () => {
      expect(at('on Wednesday').map((t) => [t.type, t.value])).toEqual([['DATE', '2022-09-21']]);
    });

    it('"nearly seven months after they invaded Ukraine" -> P7M', () => {
      expect(at('nearly seven months after they invaded').map((t) => [t.text, t.type, t.value])).toEqual([['nearly seven months', 'DURATION', 'P7M']]);
      expect(at('seven months since').map((t) => [t.type, t.value])).toEqual([['DURATION', 'P7M']]);
    });

    it('"February invasion" -> 2022-02', () => {
      expect(at('February invasion').map((t) => [t.text, t.type, t.value])).toEqual([['February', 'DATE', '2022-02']]);
    });

    it('"since World War II" is not resolved to a date in 2022', () => {
      expect(at('since World War II')).toEqual([]);
    });

    it('finds these times and no others', () => {
      expect(times.map((t) => `${t.text}|${t.type}|${t.value}`)).toEqual([
        'Recently|DATE|PAST_REF', 'Wednesday|DATE|2022-09-21', 'nearly seven months|DURATION|P7M',
        'seven months|DURATION|P7M', 'February|DATE|2022-02',
      ]);
    });
  }
});
