import { describe, expect, it } from 'vitest';
import { buildPhoenixLexicon } from './derive.js';

// Invented dictionaries in the PETRARCH2 formats, with real country codes (no text from the real files).
const COUNTRIES = [
  'NORWAY_  [NOR]',
  '+NORWEGIAN_',
  '+BERGEN_',
  '+KINGDOM_OF_NORWAY',
  'STORTING_HALL',
  '\t[NORLEG]',
  'INGRID_TESTDAHL_',
  '+PRIME_MINISTER_TESTDAHL',
  '+TESTDAHL',
  '\t[NORGOV 050101-091231]',
  '\t[NORELI]',
  'OLAF_EXAMPLESEN',
  '+TESTDAHL',
  '\t[NORMIL >100101]',
].join('\n');
const INTERNATIONAL = 'NORDIC_TEST_COUNCIL_\t[IGOSCN]';
const NONSTATE = 'FJORD_FRONT_ [NORREB]';
const AGENTS = 'PRIME_MINISTER [~GOV]\nPOLICE {} [~COP]';

describe('deriving the lexicon from the Phoenix dictionaries', () => {
  const lex = buildPhoenixLexicon({ countries: COUNTRIES, international: INTERNATIONAL, nonState: NONSTATE, agents: AGENTS });

  it('splits a country block into names, adjectives and places', () => {
    expect(lex.countries).toHaveLength(1);
    const [code, name, names, adjectives, places] = lex.countries[0]!;
    expect(code).toBe('NOR');
    expect(name).toBe('Norway');
    expect(names).toEqual(expect.arrayContaining(['norway', 'kingdom of norway']));
    expect(adjectives).toEqual(['norwegian']);
    expect(places).toEqual(['bergen']);
  });

  it("keeps today's role, drops title-led aliases and names two actors share", () => {
    expect(lex.actors).toEqual([
      ['Storting Hall', 'NORLEG', ['storting hall']],
      ['Ingrid Testdahl', 'NORELI', ['ingrid testdahl']],
      ['Olaf Examplesen', 'NORMIL', ['olaf examplesen']],
      ['Nordic Test Council', 'IGOSCN', ['nordic test council']],
      ['Fjord Front', 'NORREB', ['fjord front']],
    ]);
  });

  it('keeps the agents with their number', () => {
    expect(lex.agents).toEqual([['prime minister', 'GOV', 's'], ['prime ministers', 'GOV', 'p'], ['police', 'COP', 'n']]);
  });
});
