import { describe, expect, it } from 'vitest';
import { governingDate } from './governing.js';
import { extractTimes } from './test-support.js';

const PUB = '2022-09-22';

/** The governing date of the first occurrence of `trigger` in `text`. */
function dateOf(text: string, trigger: string, publishedAt: string | null = PUB) {
  const { doc, times } = extractTimes(text, publishedAt);
  const start = text.indexOf(trigger);
  const g = governingDate(doc, times, { start, end: start + trigger.length });
  return [g.value, g.source, g.time?.text ?? null];
}

describe('the date that governs an event', () => {
  it.each([
    ['Putin on Wednesday called for a partial mobilization.', 'called', ['2022-09-21', 'clause', 'Wednesday']],
    ['On Monday, rebels shelled the port.', 'shelled', ['2022-09-19', 'clause', 'Monday']],
    ['Rebels shelled the port, which had been evacuated on Monday.', 'shelled', ['2022-09-19', 'sentence', 'Monday']],
    ['Rebels shelled the port on Monday, and the navy withdrew on Tuesday.', 'withdrew', ['2022-09-20', 'clause', 'Tuesday']],
    ['Rebels shelled the port on Monday, and the navy withdrew on Tuesday.', 'shelled', ['2022-09-19', 'clause', 'Monday']],
    ['The army is now shelling the port.', 'shelling', ['2022-09-22', 'clause', 'now']],
    ['Rebels shelled the port.', 'shelled', ['2022-09-22', 'publication', null]],
    ['The siege lasted seven months.', 'siege', ['2022-09-22', 'publication', null]],
    ['Two ministers resigned. The cabinet met last week.', 'resigned', ['2022-09-22', 'publication', null]],
  ] as const)('%s [%s]', (text, trigger, expected) => expect(dateOf(text, trigger)).toEqual(expected));

  it('has no date without a publication date or a time in the sentence', () => {
    expect(dateOf('Rebels shelled the port.', 'shelled', null)).toEqual([null, 'none', null]);
    expect(dateOf('Rebels shelled the port on Monday.', 'shelled', null)).toEqual(['XXXX-WXX-1', 'clause', 'Monday']);
  });
});
