import { describe, expect, it } from 'vitest';
import { check, run, type Expect } from './test-support.js';

describe('actors: a nationality or country before a role noun', () => {
  const cases: [string, string, string, Expect][] = [
    ['"a" + nationality + title is a new person', 'A [NORP Chilean] official rejected the offer on Monday.', 'Chilean official',
      { kind: 'person', country: 'CHL', sector: 'GOV', code: 'CHLGOV', mentions: ['A Chilean official'] }],
    ['"an" + nationality + judge', 'An [NORP Ecuadorian] judge froze the accounts.', 'Ecuadorian judge',
      { kind: 'person', country: 'ECU', sector: 'JUD' }],
    ['plural leaders', '[NORP Kenyan] leaders met in the capital.', 'Kenyan leaders', { kind: 'group', country: 'KEN', sector: 'GOV' }],
    ['diplomats', '[NORP Peruvian] diplomats left the talks early.', 'Peruvian diplomats', { country: 'PER', sector: 'GOV' }],
    ['negotiators after a two-word nationality', 'Greek Cypriot negotiators asked for a delay.', 'Greek Cypriot negotiators',
      { country: 'CYP', sector: 'GOV' }],
    ['"the X side"', 'The [NORP Moroccan] side walked out of the meeting.', 'Moroccan side', { kind: 'group', country: 'MAR', sector: 'GOV' }],
    ['officers are police', '[NORP Tunisian] officers stopped the convoy.', 'Tunisian officers', { country: 'TUN', sector: 'COP' }],
    ['army officers are soldiers', 'Six [NORP Tunisian] army officers were detained.', 'Tunisian army officers',
      { country: 'TUN', sector: 'MIL' }],
    ['opposition leaders', '[NORP Nigerian] opposition leaders called a strike.', 'Nigerian opposition leaders', { country: 'NGA', sector: 'OPP' }],
    ['militants are rebels', '[NORP Somali] militants attacked a base.', 'Somali militants', { country: 'SOM', sector: 'REB' }],
    ['youths are civilians', '[NORP Algerian] youths threw stones at the station.', 'Algerian youths', { country: 'DZA', sector: 'CVL' }],
    ['companies are business', '[NORP Danish] companies signed the contract.', 'Danish companies', { country: 'DNK', sector: 'BUS' }],
    ['a police official keeps the police sector', 'A [NORP Greek] police official confirmed the arrests.', 'Greek police official',
      { kind: 'person', country: 'GRC', sector: 'COP' }],
    ['a name after "leader" takes the default sector', '[NORP Bolivian] leader [PERSON Rosa Quispe] spoke.', 'Rosa Quispe',
      { kind: 'person', country: 'BOL', sector: 'GOV' }],
    ['title words before the nationality', 'A top [NORP Chilean] official praised the plan.', 'top Chilean official',
      { kind: 'person', country: 'CHL', sector: 'GOV', mentions: ['A top Chilean official'] }],
    ['"former" before the nationality', 'Former [NORP Peruvian] President [PERSON Luis Vega] died.', 'Luis Vega',
      { country: 'PER', sector: 'ELI' }],
    ['a country after a titled name', 'King [PERSON Abdul Rahim] of [GPE Jordan] spoke.', 'Abdul Rahim',
      { country: 'JOR', sector: 'GOV', mentions: ['King Abdul Rahim'] }],
    ['the sector noun before a plural person noun', '[NORP Danish] intelligence officials met.', 'Danish intelligence officials',
      { country: 'DNK', sector: 'SPY' }],
    ['a capital before a body noun', 'The Khartoum government lifted the curfew.', 'Khartoum government',
      { kind: 'organization', country: 'SDN', sector: 'GOV' }],
    ['a city before a group noun', 'Lagos police arrested two men.', 'Lagos police', { country: 'NGA', sector: 'COP' }],
    ['a nationality glued to "-led"', 'Saudi-led forces shelled the port.', 'Saudi-led forces', { kind: 'group', country: 'SAU', sector: 'MIL' }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  it('makes no actor of "a" + title when the words give no country', () => {
    expect(run('An official said the road would reopen.').actors).toEqual([]);
  });

  it('makes two actors of "a" + title met twice, and the later "the" + title joins the last one', () => {
    const r = run('A [NORP Polish] diplomat left. A [NORP Polish] diplomat arrived. The Polish diplomat smiled.');
    const people = r.actors.filter((a) => a.kind === 'person');
    expect(people).toHaveLength(2);
    expect(people[1]!.mentions.map((m) => m.text)).toEqual(['A Polish diplomat', 'The Polish diplomat']);
  });

  it('reads a title before a noun as a modifier, not a person ("the prisoner exchange")', () => {
    const r = run('The [NORP Yemeni] prisoner exchange was delayed again.');
    expect(r.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('actors: arms, relations and acts of a state', () => {
  const cases: [string, string, string, Expect][] = [
    ['tanks of a nationality are its military', '[NORP Israeli] tanks fired at the checkpoint.', 'Israeli tanks',
      { kind: 'group', country: 'ISR', sector: 'MIL', code: 'ISRMIL' }],
    ['aircraft of a country', "[GPE Russia]'s warplanes struck the depot.", "Russia's warplanes", { country: 'RUS', sector: 'MIL' }],
    ['a region before a relation noun', "[GPE Ukraine]'s [NORP Western] backers pledged more aid.", "Ukraine's Western backers",
      { kind: 'group', country: 'WST', sector: 'GOV', mentions: ["Ukraine's Western backers"] }],
    ['an international body before a relation noun', '[ORG NATO] allies agreed to send jets.', 'NATO allies', { country: 'IGO', sector: 'GOV' }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  it('gives arms no country from the places or the article around them', () => {
    const r = run('Fighting went on in [GPE Gaza]. Tanks fired at the checkpoint in [GPE Gaza].');
    expect(r.actors.filter((a) => a.kind === 'group')).toEqual([]);
  });

  it("does not give allies the possessor's or a state's country", () => {
    const r = run("[GPE Brazil]'s allies and [NORP American] partners met on Friday.");
    expect(r.actors.filter((a) => a.kind === 'group')).toEqual([]);
    check(r.byName('Brazil'), { kind: 'country', country: 'BRA' });
  });

  const acts: [string, string, string][] = [
    ['a proposal', 'The committee rejected an [NORP Indian] proposal on tariffs.', 'IND'],
    ['air raids', 'Villagers fled after [NORP Turkish] air raids on Tuesday.', 'TUR'],
    ['rule', 'Protesters demanded an end to [NORP Belgian] rule.', 'BEL'],
    ['a "-led" war', 'The US-led war lasted eight years.', 'USA'],
  ];
  it.each(acts)('reads the nationality before %s as its state', (_, markup, country) => {
    const r = run(markup);
    const states = r.actors.filter((a) => a.kind === 'country');
    expect(states).toHaveLength(1);
    check(states[0], { country, sector: null });
  });
});

describe('actors: several nationalities before one noun', () => {
  it('makes one group for each ("the Turkish and Greek sides")', () => {
    const r = run('The [NORP Turkish] and [NORP Greek] sides agreed to share the data.');
    check(r.byName('Turkish sides'), { kind: 'group', country: 'TUR', sector: 'GOV', mentions: ['Turkish'] });
    check(r.byName('Greek sides'), { kind: 'group', country: 'GRC', sector: 'GOV', mentions: ['Greek sides'] });
  });

  it('reads a country and a nationality in a list ("US, French and British forces")', () => {
    const r = run('[GPE US], [NORP French] and [NORP British] forces took part in the drill.');
    expect(r.actors.filter((a) => a.kind === 'group').map((a) => a.code).sort()).toEqual(['FRAMIL', 'GBRMIL', 'USAMIL']);
  });

  it('leaves countries joined by "and" alone when no noun follows', () => {
    const r = run('[GPE Chile] and [GPE Peru] signed the deal.');
    expect(r.actors.map((a) => a.kind)).toEqual(['country', 'country']);
  });
});

describe('actors: a capital for its government', () => {
  const cases: [string, string, string, Expect][] = [
    ['subject of a speech verb', '[GPE Moscow] said the talks had failed.', 'Moscow', { kind: 'organization', country: 'RUS', sector: 'GOV', code: 'RUSGOV' }],
    ['with a time between', '[GPE Tokyo] on Tuesday warned against the plan.', 'Tokyo', { country: 'JPN', sector: 'GOV' }],
    ['possessive before a thing', "[GPE Ankara]'s response came late.", 'Ankara', { country: 'TUR', sector: 'GOV' }],
    ['after "by"', 'The move was welcomed by [GPE Nairobi].', 'Nairobi', { country: 'KEN', sector: 'GOV' }],
    ['without the tagger', 'Canberra rejected the claim.', 'Canberra', { country: 'AUS', sector: 'GOV' }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  const places: [string, string][] = [
    ['after "in"', 'Thousands marched in [GPE Moscow] on Sunday.'],
    ['as an object', 'The minister visited [GPE Tokyo] last week.'],
    ['as a passive subject', '[GPE Kyiv] was shelled overnight.'],
    ['with a copula', '[GPE Lima] is a large city.'],
    ['before a title', '[GPE Moscow] mayor [PERSON Ivan Sidorov] opened the bridge.'],
  ];
  it.each(places)('stays a place %s', (_, markup) => {
    expect(run(markup).actors.filter((a) => a.kind === 'organization')).toEqual([]);
  });
});

describe('actors: a place or nationality that an act reaches stands for its state', () => {
  const cases: [string, string, string, Expect][] = [
    ['a capital after "in"', 'Peacekeepers arrived in [GPE Bamako] on Monday.', 'Mali',
      { kind: 'country', country: 'MLI', sector: null, mentions: ['Bamako'] }],
    ['a capital as an object', 'The minister visited [GPE Tokyo] last week.', 'Japan', { kind: 'country', country: 'JPN', mentions: ['Tokyo'] }],
    ['a nationality before the towns an act reaches', 'The rebels threatened to shell [NORP Angolan] towns.', 'Angola',
      { kind: 'country', country: 'AGO', mentions: ['Angolan'] }],
    ['a nationality before a place noun after "from"', 'Medics evacuated the wounded from the [NORP Croatian] port of [GPE Split].', 'Croatia',
      { kind: 'country', country: 'HRV', mentions: ['Croatian'] }],
    ['a nationality before a role noun that only describes a thing', 'Aid was cut to the biggest [NORP Bhutanese] refugee camp.', 'Bhutan',
      { kind: 'country', country: 'BTN', mentions: ['Bhutanese'] }],
    ['a side of a state', 'Troops pushed into [GPE South Lebanon] on Monday.', 'Lebanon', { kind: 'country', country: 'LBN', mentions: ['South Lebanon'] }],
    ['a side of a state the tagger calls a location', 'Jets struck targets in [LOC Northern Iraq].', 'Iraq', { kind: 'country', country: 'IRQ' }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  it('joins the place to the country written elsewhere in the article', () => {
    const r = run('[GPE Kenya] closed its border. Aid trucks were stuck in [GPE Nairobi].');
    expect(r.actors).toHaveLength(1);
    check(r.actors[0], { kind: 'country', mentions: ['Kenya', 'Nairobi'] });
    expect(r.actors[0]!.name).toBe('Kenya');
  });

  const not: [string, string][] = [
    ['a nationality before a thing in a subject', 'A farmer said the [NORP Spanish] harvest went well.'],
    ['a capital that opens a dateline', '[GPE LIMA] (Agency) - The cabinet met.'],
    ['a capital with a copula', '[GPE Lima] is a large city.'],
  ];
  it.each(not)('no state for %s', (_, markup) => expect(run(markup).actors.filter((a) => a.kind === 'country')).toEqual([]));
});

describe('actors: peoples, faiths and groups named by their patron', () => {
  const cases: [string, string, string, Expect][] = [
    ['a people after a nationality lives in its state', 'Some 4,000 [NORP Syrian] Kurds crossed into [GPE Iraq].', 'Syrian Kurds',
      { kind: 'group', country: 'SYR', sector: 'CVL' }],
    ['another people after a nationality', '[NORP Croatian] Serbs voted on Sunday.', 'Croatian Serbs',
      { kind: 'group', country: 'HRV', sector: 'CVL', mentions: ['Croatian Serbs'] }],
    ["citizens named by their state's adjective after an origin", '[NORP Finnish] Americans voted on Sunday.', 'Americans',
      { kind: 'group', country: 'USA', sector: 'CVL' }],
    ['"ethnic" + nationality: the country the words around give', 'Ethnic [NORP Hungarians] rallied in [GPE Bucharest] on Sunday.',
      'Ethnic Hungarians', { kind: 'group', country: 'ROU', sector: 'CVL' }],
    ['"ethnic" + nationality before a group noun', 'In [GPE Georgia], ethnic [NORP Armenian] militants blocked a road.',
      'ethnic Armenian militants', { kind: 'group', country: 'GEO', sector: 'REB' }],
    ['a people of the state it lives in ("of")', 'The [NORP Hungarians] of northern [GPE Serbia] asked for schools.', 'Hungarians',
      { kind: 'group', country: 'SRB', sector: 'CVL' }],
    ['a people of the state it lives in ("in")', '[NORP Turks] in [GPE Germany] protested.', 'Turks', { kind: 'group', country: 'DEU', sector: 'CVL' }],
    ['a people from a state is of that state', '[NORP Turks] from [GPE Bulgaria] protested.', 'Turks', { kind: 'group', country: 'TUR' }],
    ['a faith community', '[NORP Shiites] marched in [GPE Manama].', 'Shiites', { kind: 'group', country: 'BHR', sector: 'REL' }],
    ['fundamentalists are radicals', 'In [GPE Egypt], fundamentalists burned a cinema.', 'fundamentalists', { country: 'EGY', sector: 'RAD' }],
    ['gunmen are a group', 'In [GPE Kenya], gunmen robbed a bank.', 'gunmen', { kind: 'group', country: 'KEN', sector: 'UAF' }],
    ['militias', 'In [GPE Chad], militias raided a camp.', 'militias', { kind: 'group', country: 'TCD', sector: 'UAF' }],
    ['loyalty lends the patron\'s country', '[NORP Malian] President [PERSON Amadou Keita] spoke. Soldiers loyal to [PERSON Keita] held the airport.',
      'Soldiers loyal to Keita', { kind: 'group', country: 'MLI', sector: 'MIL', mentions: ['Soldiers loyal to Keita'] }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  it('gives a group backed by a foreign state no country from its backer', () => {
    const r = run('Rebels backed by [GPE Rwanda] took the town.');
    check(r.byName('Rebels backed by Rwanda'), { kind: 'group', country: null, mentions: ['Rebels backed by Rwanda'] });
    check(r.byName('Rwanda'), { kind: 'country', country: 'RWA' });
    const later = run('Fighting went on in [GPE Angola]. Rebels backed by [GPE Rwanda] took the town.');
    check(later.byName('Rebels backed by Rwanda'), { country: 'AGO', sector: 'REB' });
  });

  it('reads a list of nationalities only when "and" joins its last one', () => {
    const r = run('In [GPE Georgia], ethnic [NORP Armenian] militants blocked a road.');
    expect(r.actors.map((a) => a.name)).toEqual(['Georgia', 'ethnic Armenian militants']);
  });

  it('does not read a people after "ethnic" as the state of its name', () => {
    const r = run('Ethnic [NORP Hungarians] rallied in [GPE Bucharest].');
    expect(r.actors.some((a) => a.country === 'HUN')).toBe(false);
  });
});

describe('actors: international bodies and names the tagger cut short', () => {
  const cases: [string, string, string, Expect][] = [
    ['an unknown name that opens with a town', 'Doctors sent medicine to [ORG Basra Teaching Hospital].', 'Basra Teaching Hospital',
      { kind: 'organization', country: 'IRQ' }],
    ['an unknown name that opens with a country', '[ORG Kenya Airways] cut two routes.', 'Kenya Airways', { kind: 'organization', country: 'KEN' }],
    ['an unknown name that ends with "of" and a town', 'Police closed the [ORG National Bus Company of Basra].', 'National Bus Company of Basra',
      { kind: 'organization', country: 'IRQ' }],
    ['an unknown organization in an article about a state', '[GPE Ghana] held a vote. The [ORG Reform Movement] rejected the result.',
      'Reform Movement', { kind: 'organization', country: 'GHA' }],
    ['a news outlet the lexicon lacks: no country from the article', '[GPE Ghana] held a vote, the [ORG Daily Courier] reported.',
      'Daily Courier', { kind: 'organization', country: null, sector: 'MED' }],
    ['a news outlet named with its country', 'The [ORG Ghana Weekly] said the vote was fair.', 'Ghana Weekly',
      { kind: 'organization', country: 'GHA', sector: 'MED', code: 'GHAMED' }],
    ['a known international body keeps its code', '[GPE Ghana] held a vote. The [ORG African Union] praised it.', 'African Union',
      { kind: 'organization', country: 'IGO' }],
    ['a body found in running text', 'The African Union suspended the country.', 'African Union', { kind: 'organization', country: 'IGO' }],
    ['a title after a body', 'Arab League envoy [PERSON Omar Said] arrived.', 'Omar Said', { kind: 'person', country: 'IGO', sector: 'GOV' }],
    ['a long country name over a short entity', "The [MISC Democratic People]'s Republic of Korea fired a missile.",
      "Democratic People's Republic of Korea", { kind: 'country', country: 'PRK' }],
    ['a nationality before an unknown organization', 'The [NORP Liberian] [ORG Unity Council] met.', 'Liberian Unity Council',
      { kind: 'organization', country: 'LBR' }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  it('makes no actor of the state named inside a company name', () => {
    expect(run('[ORG Kenya Airways] cut two routes.').actors.map((a) => a.kind)).toEqual(['organization']);
  });
});

describe('actors: the country of a title-holder the words do not place', () => {
  it('takes it from before the mention, not from later in the sentence', () => {
    const r = run('President [PERSON Alan Frost] threatened [GPE Peru] with sanctions.');
    expect(r.byName('Alan Frost')?.country).toBeNull();
  });

  it('takes it from an earlier sentence', () => {
    const r = run('[GPE Ghana] held elections. President [PERSON Kofi Mensa] thanked voters.');
    expect(r.byName('Kofi Mensa')?.country).toBe('GHA');
  });
});
