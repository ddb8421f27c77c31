import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { datelineCredit } from './dateline.js';
import { run } from './test-support.js';

const builder = new DocumentBuilder();

/** The text of the credit in the dateline of the first sentence, or null. */
function credit(text: string): string | null {
  const doc = builder.build({ id: 't', text });
  const r = datelineCredit(doc, doc.sentences[0]!);
  return r ? text.slice(doc.tokens[r[0]]!.start, doc.tokens[r[1] - 1]!.end) : null;
}

describe('the agency credited in a dateline', () => {
  const cases: [string, string | null][] = [
    ['QUITO (Andes Wire) - Farmers blocked the road.', 'Andes Wire'],
    ['HARARE, June 4 (Agency) - The court sat late.', 'Agency'],
    ['Dakar (Press Service) — Ministers met on Monday.', 'Press Service'],
    ['(Agency) - Rebels took the town.', 'Agency'],
    ['The minister (a former judge) - who resigned - spoke.', null],
    ['Farmers blocked the road (Andes Wire) - officials said.', null],
    ['QUITO (Andes Wire) Farmers blocked the road.', null],
  ];
  it.each(cases)('%s', (text, want) => expect(credit(text)).toBe(want));

  it('makes no actor of the credited agency, and reads the story after it', () => {
    const r = run('[GPE QUITO] ([ORG Andes Wire]) - [NORP Ecuadorian] farmers blocked the road.');
    expect(r.actors.map((a) => a.name)).toEqual(['Ecuadorian farmers']);
    expect(r.actorOf('Andes Wire')).toBeUndefined();
  });

  it('keeps an agency named later in the story', () => {
    const r = run('[GPE QUITO] ([ORG Andes Wire]) - Farmers marched.\n\nThe [ORG Andes Wire] reported a second march.');
    expect(r.actors.some((a) => a.name === 'Andes Wire')).toBe(true);
  });
});
