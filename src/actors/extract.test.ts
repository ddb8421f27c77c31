import { describe, expect, it } from 'vitest';
import { check, run, type Expect } from './test-support.js';

describe('actors: names with titles', () => {
  const cases: [string, string, string, Expect][] = [
    ['title and name after a comma', '[GPE France] Foreign Minister, [PERSON Jean Dupont] met reporters.', 'Jean Dupont',
      { kind: 'person', country: 'FRA', sector: 'GOV', code: 'FRAGOV', mentions: ['France Foreign Minister, Jean Dupont'] }],
    ['the + adjective + title, name', 'The deal was signed by the [NORP Kenyan] President, [PERSON John Kamau] on Tuesday.', 'John Kamau',
      { country: 'KEN', sector: 'GOV', mentions: ['the Kenyan President, John Kamau'] }],
    ['adjective + title + name', '[NORP German] Chancellor [PERSON Hans Weber] arrived late.', 'Hans Weber',
      { country: 'DEU', sector: 'GOV', mentions: ['German Chancellor Hans Weber'] }],
    ["possessive country + title + name", "[GPE Chile]'s President [PERSON Rosa Medina] spoke first.", 'Rosa Medina',
      { country: 'CHL', sector: 'GOV', mentions: ["Chile's President Rosa Medina"] }],
    ['apposition after the name', '[PERSON Maria Lopez], the [NORP Spanish] Defence Minister, said the talks were over.', 'Maria Lopez',
      { country: 'ESP', sector: 'GOV', mentions: ['Maria Lopez', 'the Spanish Defence Minister'] }],
    ['unknown name, sector from the noun before a title', '[NORP Nigerian] army spokesman [PERSON Musa Bello] denied the claim.', 'Musa Bello',
      { country: 'NGA', sector: 'MIL', code: 'NGAMIL' }],
    ['unknown name, employer after the title', '[PERSON Ivan Petrov], a spokesman for the Kremlin, declined to comment.', 'Ivan Petrov',
      { country: 'RUS', sector: 'GOV', code: 'RUSGOV' }],
    ['a hyphenated title after an organization', '[ORG NATO] Secretary-General [PERSON Erik Lund] visited the troops.', 'Erik Lund',
      { country: 'IGO', sector: 'GOV', mentions: ['NATO Secretary-General Erik Lund'] }],
    ['a title the tagger calls an adjective, before a name', 'Trade chief [PERSON Mia Holt] resigned.', 'Mia Holt',
      { kind: 'person', mentions: ['chief Mia Holt'] }],
    ['a title the tagger split', 'United States Secretary of [ORG State], [PERSON Paul Grant] flew to Lima.', 'Paul Grant',
      { country: 'USA', sector: 'GOV', mentions: ['United States Secretary of State, Paul Grant'] }],
    ['a member of a body, before the name', 'A member of the [NORP Syrian] parliament, [PERSON Omar Haddad], said the vote was delayed.',
      'Omar Haddad', { kind: 'person', country: 'SYR', sector: 'LEG', mentions: ['A member of the Syrian parliament, Omar Haddad'] }],
    ["a member of a country's body", "A member of [GPE Peru]'s Congress, [PERSON Ana Ruiz], resigned.", 'Ana Ruiz',
      { kind: 'person', country: 'PER', sector: 'LEG' }],
    ['the head of an army', 'The head of the [NORP Kenyan] army, [PERSON Paul Otieno], retired.', 'Paul Otieno',
      { country: 'KEN', sector: 'MIL' }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  it('keeps the name as the actor name and links the name entity to the person', () => {
    const r = run('[NORP German] Chancellor [PERSON Hans Weber] arrived late.');
    expect(r.actorOf('Hans Weber')?.name).toBe('Hans Weber');
    expect(r.actorOf('German')?.name).toBe('Hans Weber');
  });
});

describe('actors: bare titles, pronouns, surnames', () => {
  it('resolves a bare title to the person who holds it', () => {
    const r = run('[NORP Brazilian] President [PERSON Ana Souza] opened the summit. Later the Brazilian President left early.');
    check(r.byName('Ana Souza'), { mentions: ['Brazilian President Ana Souza', 'the Brazilian President'] });
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('resolves a capitalised title at the start of a sentence', () => {
    const r = run('[GPE Canada] Foreign Minister, [PERSON Claire Martin] arrived. Foreign Minister said the visit went well.');
    check(r.byName('Claire Martin'), { country: 'CAN', mentions: ['Foreign Minister'] });
  });

  it('makes an actor of an office whose holder is not named', () => {
    const r = run('The Interior Minister resigned on Friday after the protests.');
    check(r.byName('Interior Minister'), { kind: 'person', sector: 'GOV', country: null, mentions: ['The Interior Minister'] });
  });

  it('joins a title met before the name to that name', () => {
    const r = run('The Mexican President was cheered. [NORP Mexican] President [PERSON Luis Ortega] thanked the crowd.');
    check(r.byName('Luis Ortega'), { country: 'MEX', mentions: ['The Mexican President'] });
  });

  const pronouns: [string, string, string][] = [
    ['He after a person subject', '[PERSON Omar Haddad] criticised the plan. He said it would fail.', 'Omar Haddad'],
    ['She after a sentence whose subject is a person', '[PERSON Lena Vogel] met [PERSON Karl Brandt] in Bonn. She called the meeting useful.', 'Lena Vogel'],
    ['He after a quote whose speaker comes last', '"We will not move," [PERSON Tom Reyes] said. He then left the room.', 'Tom Reyes'],
    ['He after a quote whose speaker follows its verb', '“We will not move,” said [PERSON Tom Reyes]. He then left the room.', 'Tom Reyes'],
    ['He after a sentence with a bare title as subject',
      '[NORP Peruvian] Prime Minister, [PERSON Raul Diaz] spoke. Prime Minister said taxes would fall. He did not say when.', 'Raul Diaz'],
  ];
  it.each(pronouns)('%s', (_, markup, name) => {
    const r = run(markup);
    const person = r.byName(name);
    expect(person?.mentions.map((m) => m.text).some((t) => t === 'He' || t === 'She')).toBe(true);
  });

  const quoted: [string, string][] = [
    ['a title inside the quotation', '“The Chilean envoy has lied to us,” said [PERSON Ana Rios]. She left early.'],
    ['a title in a quotation over two sentences', '“We trusted him. The Chilean envoy has lied to us,” said [PERSON Ana Rios]. She left early.'],
  ];
  it.each(quoted)('never takes %s as what a later pronoun refers to', (_, markup) => {
    const r = run(markup);
    expect(r.byName('Ana Rios')!.mentions.map((m) => m.text)).toEqual(['Ana Rios', 'She']);
    expect(r.byName('Chilean envoy')!.mentions.map((m) => m.text)).toEqual(['The Chilean envoy']);
  });

  it('does not give "She" to a person already called "He"', () => {
    const r = run('[PERSON Alan Reed] spoke first. He was brief. [PERSON Nora Quinn] answered him. She was not. She left.');
    expect(r.byName('Alan Reed')!.mentions.map((m) => m.text)).toEqual(['Alan Reed', 'He']);
    expect(r.byName('Nora Quinn')!.mentions.map((m) => m.text)).toEqual(['Nora Quinn', 'She', 'She']);
  });

  it('reads "Mr." as part of no name, and a surname the tagger called an organization as the person', () => {
    const r = run('[PERSON Mr. Olsen] arrived. [PERSON Peter Olsen] spoke, and [ORG Olsen] left.');
    expect(r.actors.map((a) => a.name)).toEqual(['Peter Olsen']);
    expect(r.actors[0]!.mentions.map((m) => m.text)).toEqual(['Olsen', 'Peter Olsen', 'Olsen']);
  });

  it('makes no actor of a bare title that says nothing ("the head")', () => {
    expect(run('The head of the agency resigned. The spokesman declined to comment.').actors).toEqual([]);
  });

  it('leaves a pronoun alone when no person was a subject', () => {
    const r = run('Prices rose sharply in March. He said nothing.');
    expect(r.actors.flatMap((a) => a.mentions).some((m) => m.text === 'He')).toBe(false);
  });

  it('merges surnames and possessives into the full name', () => {
    const r = run("[PERSON Laura Chen] won the vote. [PERSON Chen] thanked voters, and [PERSON Chen]'s rivals conceded.");
    const chen = r.byName('Laura Chen');
    check(chen, { kind: 'person' });
    expect(chen!.mentions.map((m) => m.text)).toEqual(['Laura Chen', 'Chen', 'Chen']);
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('merges a full name that comes after the surname alone', () => {
    const r = run('[PERSON Okafor] arrived first. Later [PERSON Grace Okafor] spoke to the press.');
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
    expect(r.actors[0]!.name).toBe('Grace Okafor');
  });

  it('keeps two people who share a surname apart and says when a surname is ambiguous', () => {
    const r = run('[PERSON David Park] met his brother [PERSON Samuel Park] at noon. [PERSON Samuel Park] left. Then [PERSON Park] said sorry.');
    const people = r.actors.filter((a) => a.kind === 'person');
    expect(people.map((p) => p.name).sort()).toEqual(['David Park', 'Samuel Park']);
    expect(r.actorOf('Park')?.name).toBe('Samuel Park');
    expect(r.diagnostics.map((d) => d.code)).toContain('ambiguous-surname');
  });

  it('takes country and sector from the lexicon for a known name', () => {
    const r = run('[PERSON Medvedev] spoke on television.');
    check(r.byName('Dmitry Medvedev'), { kind: 'person', country: 'RUS', sector: 'GOV' });
  });
});

describe('actors: groups, institutions, countries', () => {
  const cases: [string, string, string, Expect][] = [
    ['adjective + group noun', '[NORP Turkish] troops crossed the border at dawn.', 'Turkish troops',
      { kind: 'group', country: 'TUR', sector: 'MIL', code: 'TURMIL' }],
    ['a plural nationality as people', 'Many [NORP Iranians] queued for fuel.', 'Iranians',
      { kind: 'group', country: 'IRN', sector: 'CVL', code: 'IRNCVL' }],
    ['nationality without the tagger', 'Ukrainian civilians fled the shelling.', 'Ukrainian civilians',
      { kind: 'group', country: 'UKR', sector: 'CVL' }],
    ['group of a country', 'Aid reached the people of [GPE Chile] at last.', 'people of Chile',
      { kind: 'group', country: 'CHL', sector: 'CVL' }],
    ['police in a city', 'Police in [GPE Lagos] detained twelve men.', 'Police',
      { kind: 'group', country: 'NGA', sector: 'COP', code: 'NGACOP' }],
    ['police from the article around them', 'Thousands marched in [GPE Moscow] on Sunday. Riot police used batons against the crowd.', 'Riot police',
      { country: 'RUS', sector: 'COP' }],
    ['institution for a government', 'The Kremlin denied the report.', 'Kremlin',
      { kind: 'organization', country: 'RUS', sector: 'GOV', code: 'RUSGOV', mentions: ['Kremlin'] }],
    ['institution tagged as a name', 'A [ORG Downing Street] spokesman said no.', 'Downing Street',
      { kind: 'organization', country: 'GBR', sector: 'GOV' }],
    ['institution before a group noun', '[ORG Pentagon] officials confirmed the strike.', 'Pentagon officials',
      { kind: 'group', country: 'USA', sector: 'GOV' }],
    ['a capital standing for its state', "[GPE Moscow]'s embassy in [GPE Berlin] protested.", "Moscow's embassy",
      { kind: 'organization', country: 'RUS', sector: 'GOV' }],
    ['an organization keeps the words before its noun', "[GPE Iran]'s foreign ministry and its interior ministry disagreed.", "Iran's foreign ministry",
      { kind: 'organization', country: 'IRN', sector: 'GOV' }],
    ['organization from the lexicon', 'Talks at [ORG NATO] ended.', 'NATO',
      { kind: 'organization', country: 'IGO', code: 'IGOWST' }],
    ['country', '[GPE Japan] and [GPE South Korea] signed the deal.', 'South Korea',
      { kind: 'country', country: 'KOR', sector: null, code: 'KOR' }],
  ];
  it.each(cases)('%s', (_, markup, name, want) => check(run(markup).byName(name), want));

  it('takes a possessor person’s country for a group', () => {
    const r = run("[NORP Russian] President [PERSON Oleg Ivanov] spoke. [PERSON Ivanov]'s troops advanced.");
    check(r.actors.find((a) => a.kind === 'group'), { country: 'RUS', sector: 'MIL', mentions: ["Ivanov's troops"] });
  });

  it('lends a group noun the country the article gives it elsewhere', () => {
    const r = run('Hundreds of civilians were hurt, and 2 million Sudanese civilians fled.');
    const civ = r.actors.filter((a) => a.kind === 'group');
    expect(civ).toHaveLength(1);
    check(civ[0], { country: 'SDN', sector: 'CVL', mentions: ['civilians', 'Sudanese civilians'] });
  });

  it('makes no actor of people without a country, of buildings, events, dates', () => {
    const r = run('People gathered at [FAC St Nicholas Cathedral] on [MISC Wednesday] to mark the end of [EVENT World War II] in [PERSON February].');
    expect(r.actors).toEqual([]);
    expect(r.entityActors).toEqual([null, null, null, null]);
  });

  it('makes no actor of an adjective before a thing, or of "a" + title without a country', () => {
    const r = run('A soldier said the [NORP Ukrainian] harvest went well.');
    expect(r.actors).toEqual([]);
  });

  it('reads a nationality before an act of its state as the state ("the Ukrainian counter-attack")', () => {
    const r = run('A soldier said the [NORP Ukrainian] counter-attack went well.');
    expect(r.actors).toHaveLength(1);
    check(r.actors[0], { kind: 'country', country: 'UKR', code: 'UKR', mentions: ['Ukrainian'] });
    expect(r.actors[0]!.name).toBe('Ukraine');
  });

  it('gives each actor its id in order of first mention, and links entities', () => {
    const r = run('[GPE Japan] and [GPE South Korea] signed the deal. [GPE Japan] hailed it.');
    expect(r.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(r.entityActors).toEqual(['a1', 'a2', 'a1']);
    expect(r.actors[0]!.mentions).toHaveLength(2);
  });
});

describe('actors: an organization and its short name', () => {
  it('makes one actor of a name and the short name in parentheses after it, and of the short name used later', () => {
    const r = run('The [ORG Regional Water Board] ([ORG RWB]) cut supplies. On Friday the [ORG RWB] said the cut would end.');
    expect(r.actors).toHaveLength(1);
    check(r.actors[0], { kind: 'organization', mentions: ['Regional Water Board', 'RWB'] });
    expect(r.actors[0]!.mentions).toHaveLength(3);
    expect(r.entityActors).toEqual(['a1', 'a1', 'a1']);
  });

  it('takes the code the lexicon gives the short name when it knows only that', () => {
    const r = run('The [ORG North Atlantic Alliance Command] ([ORG NATO]) moved jets.');
    expect(r.actors).toHaveLength(1);
    check(r.actors[0], { country: 'IGO' });
  });

  const split: [string, string, string | null][] = [
    ['The [ORG Popular Front] for the [ORG Liberation of Darfur] ([ORG PFLD]) seized a town.', 'Popular Front for the Liberation of Darfur', 'SDN'],
    ['The [ORG Committee] to [ORG Protect Reporters] condemned the arrest.', 'Committee to Protect Reporters', null],
  ];
  it.each(split)('joins an organization\'s name the tagger split: %s', (markup, name, country) => {
    const r = run(markup);
    expect(r.actors).toHaveLength(1);
    check(r.actors[0], { kind: 'organization', country });
    expect(r.actors[0]!.name).toBe(name);
  });

  it('keeps two organizations apart when no short name joins them', () => {
    const r = run('The [ORG Regional Water Board] met the [ORG RWB Union].');
    expect(r.actors).toHaveLength(2);
  });
});

describe('actors: a state named with the body it belongs to', () => {
  const cases: [string, string][] = [
    ['[ORG NATO]-member [GPE Norway] said it would help.', 'NATO-member Norway'],
    ['[ORG EU] member [GPE Malta] objected to the plan.', 'EU member Malta'],
  ];
  it.each(cases)('%s', (markup, phrase) => {
    const r = run(markup);
    expect(r.actors).toHaveLength(1);
    check(r.actors[0], { kind: 'country', mentions: [phrase] });
    expect(r.actors[0]!.name).toBe(phrase.split(' ').at(-1));
  });

  it('keeps the body an actor when it is not a classifier', () => {
    const r = run('[ORG NATO] warned [GPE Norway].');
    expect(r.actors.map((a) => a.kind)).toEqual(['organization', 'country']);
  });
});

describe('actors: members of a body', () => {
  it('gives a plural noun without a sector the sector of the body after it', () => {
    check(run('Members of the [NORP Kenyan] parliament walked out.').byName('Members of the Kenyan parliament'),
      { kind: 'group', country: 'KEN', sector: 'LEG' });
  });

  it('makes no group of members whose body gives no country; the body stays the actor', () => {
    const r = run('Members of the [ORG Andean Jurists Association] visited the jail.');
    expect(r.actors.map((a) => a.name)).toEqual(['Andean Jurists Association']);
  });
});

describe('actors: a name the tagger called a person', () => {
  const cases: [string, string, 'person' | 'organization'][] = [
    ['The [PERSON Green Unity Party] said it would boycott the vote.', 'Green Unity Party', 'organization'],
    ['The [PERSON Sahel Liberation Front] claimed the attack.', 'Sahel Liberation Front', 'organization'],
    ['[PERSON Maria Guard] spoke to reporters.', 'Maria Guard', 'person'],
    ['[PERSON Tom Cross] spoke to reporters.', 'Tom Cross', 'person'],
  ];
  it.each(cases)('%s', (markup, name, kind) => expect(run(markup).byName(name)?.kind).toBe(kind));
});

describe('actors: a titled surname the dictionaries know for one state', () => {
  const cases: [string, string, string | null][] = [
    ['Chancellor [PERSON Kohl] flew home on Sunday.', 'Kohl', 'DEU'],
    ['President [PERSON Mitterrand] opened the fair.', 'Mitterrand', 'FRA'],
    // Johnsons and Khans of several states: the surname alone places nobody.
    ['President [PERSON Johnson] opened the fair.', 'Johnson', null],
    ['Minister [PERSON Khan] opened the fair.', 'Khan', null],
    // No title: a surname alone may be anyone's.
    ['[PERSON Kohl] flew home on Sunday.', 'Kohl', null],
  ];
  it.each(cases)('%s', (markup, name, country) => expect(run(markup).byName(name)?.country ?? null).toBe(country));

  it('takes the surname over the country the article is about', () => {
    expect(run('[GPE Poland] held talks. Chancellor [PERSON Kohl] flew home.').byName('Kohl')?.country).toBe('DEU');
  });
});
