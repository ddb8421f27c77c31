import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../doc/build.js';
import { findQuoteRegions } from './marks.js';

const builder = new DocumentBuilder();

function quoted(text: string) {
  const doc = builder.build({ id: 't', text });
  const m = findQuoteRegions(doc);
  return {
    texts: m.regions.map((r) => text.slice(r.start, r.end)),
    regions: m.regions,
    diagnostics: m.diagnostics.map((d) => [d.code, text.slice(d.start, Math.min(d.end, d.start + 12))]),
  };
}

describe('findQuoteRegions', () => {
  it.each([
    ['curly marks', 'The mayor said: “We will rebuild the bridge.” Then she left.', ['We will rebuild the bridge.']],
    ['straight marks', 'The mayor said: "We will rebuild the bridge." Then she left.', ['We will rebuild the bridge.']],
    ['doubled apostrophes', "''We will rebuild,'' the mayor said. ''It takes time.''", ['We will rebuild', 'It takes time.']],
    ['a comma inside the marks is left out', '“The river rose,” he said.', ['The river rose']],
    ['nested marks stay inside', '“They told us ‘wait’ and we waited,” she said.', ['They told us ‘wait’ and we waited']],
    ['a straight quotation closed by a curly mark', 'She said "the roads are closed” and left.', ['the roads are closed']],
    ['two quotations in one sentence', '“Yes,” he said, “we agree.”', ['Yes', 'we agree.']],
  ])('%s', (_name, text, expected) => {
    const q = quoted(text);
    expect(q.texts).toEqual(expected);
    expect(q.diagnostics).toEqual([]);
  });

  it('ends an unclosed quotation at the paragraph end, with a diagnostic', () => {
    const q = quoted('The coach said, “We trained hard and we will win the cup.\nThe final is on Sunday.');
    expect(q.texts).toEqual(['We trained hard and we will win the cup.']);
    expect(q.diagnostics).toEqual([['unbalanced-quote', '“We trained ']]);
  });

  it('joins the pieces of a quotation running over paragraphs, without a diagnostic', () => {
    const q = quoted('“The harvest failed twice this year.\n“Families have sold their cattle to buy grain,” the elder said.');
    expect(q.texts).toEqual(['The harvest failed twice this year.', 'Families have sold their cattle to buy grain']);
    expect(q.regions[1]!.chain).toBe(q.regions[0]!.chain);
    expect(q.regions[0]!.continues).toBe(true);
    expect(q.diagnostics).toEqual([]);
  });

  it('reports a closing mark that opens nothing', () => {
    expect(quoted('The fire is out,” the chief said.').diagnostics).toEqual([['unbalanced-quote', '”']]);
  });

  it('pairs marks line by line when a stray mark would swallow a paragraph of lines', () => {
    const text = 'Readers wrote in.\n\n“The service was slow and\n“The staff were kind,” Ana Ruiz said.\n“I will come back,” Tom Lee said.';
    expect(quoted(text).texts).toEqual(['The service was slow and', 'The staff were kind', 'I will come back']);
  });
});
