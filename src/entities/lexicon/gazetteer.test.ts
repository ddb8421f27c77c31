import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../doc/build.js';
import { GAZ_CLASSES, Gazetteer, gazBit, MAX_CODES } from './gazetteer.js';

const gaz = new Gazetteer([
  '# comment', 'new york\tcity', 'york\tcity,last', 'new york times\torg', 'quito\tbigcity', 'nowhere\tunknown-class',
].join('\n'));
const builder = new DocumentBuilder();

const matches = (text: string) => {
  const doc = builder.build({ id: 't', text });
  const codes = new Uint8Array(doc.tokens.length * MAX_CODES);
  gaz.match(doc.tokens, 0, doc.tokens.length, codes);
  return doc.tokens.map((t, i) => {
    const got: string[] = [];
    for (let k = i * MAX_CODES; k < (i + 1) * MAX_CODES && codes[k]; k++) {
      const c = codes[k]! - 1;
      got.push(`${'BILU'[c & 3]}-${GAZ_CLASSES[c >> 2]}`);
    }
    return `${t.text}:${got.sort().join('+')}`;
  });
};

describe('Gazetteer', () => {
  it('reads class masks and ignores unknown classes', () => {
    expect(gaz.classesOf('york')).toBe(gazBit('city') | gazBit('last'));
    expect(gaz.classesOf('nowhere')).toBe(0);
    expect(gaz.classesOf('lima')).toBe(0);
  });

  it('marks every name matched, with the position of each token in it', () => {
    expect(matches('The New York Times sent staff to Quito.')).toEqual([
      'The:', 'New:B-city+B-org', 'York:I-org+L-city+U-city+U-last', 'Times:L-org', 'sent:', 'staff:', 'to:', 'Quito:U-bigcity', '.:',
    ]);
  });

  it('matches names in capitals but does not start a name at a lower-case word', () => {
    expect(matches('QUITO and quito')).toEqual(['QUITO:U-bigcity', 'and:', 'quito:']);
  });
});
