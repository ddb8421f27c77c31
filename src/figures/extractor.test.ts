import { describe, expect, it } from 'vitest';
import type { Figure } from '../analysis/format.js';
import { DocumentBuilder } from '../doc/build.js';
import { Resources } from '../engine/resources.js';
import { createFigureExtractor } from './extractor.js';

const builder = new DocumentBuilder();
const extractor = createFigureExtractor(new Resources());

function figuresOf(text: string) {
  const doc = builder.build({ id: 't', text });
  const result = extractor.run(doc, {});
  return { doc, figures: result.output.figures, diagnostics: result.diagnostics ?? [] };
}

/** text, value, approx, unit, category, subject */
type Row = [string, Figure['value'], Figure['approx'], string | null, Figure['category'], string | null];

const short = (f: Figure): Row => [f.text, f.value, f.approx, f.unit, f.category, f.subject];

// Sentences written for this test. Each lists every figure it must give, in order.
const CASES: [string, Row[]][] = [
  // digits and words
  ['Police said 1,200 people took part in the march.', [['1,200 people', 1200, '=', null, 'OTHER', 'people']]],
  ['The agency counted 13 million voters this spring.', [['13 million voters', 13_000_000, '=', null, 'OTHER', 'voters']]],
  ['A dozen lorries waited at the border post.', [['A dozen lorries', 12, '=', null, 'OTHER', 'lorries']]],
  ['Thousands gathered outside the parliament.', [['Thousands', 1000, '>=', null, 'OTHER', null]]],
  ['Half a million households lost power overnight.', [['Half a million households', 500_000, '=', null, 'OTHER', 'households']]],
  ['Two hundred and fifty teachers signed the letter.', [['Two hundred and fifty teachers', 250, '=', null, 'OTHER', 'teachers']]],
  ['The port handled twenty-five ships on Monday.', [['twenty-five ships', 25, '=', null, 'OTHER', 'ships']]],
  ['The deal is worth 1.5bn dollars to the region.', [['1.5bn dollars', 1_500_000_000, '=', 'USD', 'MONEY', null]]],
  ['Several hundred farmers blocked the motorway.', [['Several hundred farmers', 300, '>=', null, 'OTHER', 'farmers']]],
  ['Tens of thousands of fans filled the stadium.', [['Tens of thousands of fans', 10_000, '>=', null, 'OTHER', 'fans']]],
  ['Hundreds of thousands of workers went on strike.', [['Hundreds of thousands of workers', 100_000, '>=', null, 'OTHER', 'workers']]],
  ['One and a half million tickets were sold.', [['One and a half million tickets', 1_500_000, '=', null, 'OTHER', 'tickets']]],
  ['The charity fed a hundred families.', [['a hundred families', 100, '=', null, 'OTHER', 'families']]],
  ['Officials handed out two dozen tents.', [['two dozen tents', 24, '=', null, 'OTHER', 'tents']]],
  ['Scores of shops stayed shut.', [['Scores of shops', 20, '>=', null, 'OTHER', 'shops']]],
  // ranges
  ['Between 10 and 20 buses were parked at the depot.', [['Between 10 and 20 buses', [10, 20], '=', null, 'OTHER', 'buses']]],
  ['Witnesses saw 10-20 drones over the city.', [['10-20 drones', [10, 20], '=', null, 'OTHER', 'drones']]],
  ['The ferry carries 10 to 20 cars per crossing.', [['10 to 20 cars', [10, 20], '=', null, 'OTHER', 'cars']]],
  ['Estimates ranged from 300 to 400 vehicles a day.', [['from 300 to 400 vehicles', [300, 400], '=', null, 'OTHER', 'vehicles']]],
  ['Repairs will cost between $2 and $3 million.', [['between $2 and $3 million', [2_000_000, 3_000_000], '=', 'USD', 'MONEY', null]]],
  ['Support for the bill is 40% to 45% in the polls.', [['40% to 45%', [40, 45], '=', '%', 'PERCENT', null]]],
  ['Two or three guards stood at the gate.', [['Two or three guards', [2, 3], '=', null, 'OTHER', 'guards']]],
  ['About 30–40 boats left the harbour.', [['About 30–40 boats', [30, 40], '~', null, 'OTHER', 'boats']]],
  // approximations
  ['Over 500 flights were cancelled.', [['Over 500 flights', 500, '>', null, 'OTHER', 'flights']]],
  ['More than 80 companies bid for the contract.', [['More than 80 companies', 80, '>', null, 'OTHER', 'companies']]],
  ['Nearly 4,000 nurses joined the union.', [['Nearly 4,000 nurses', 4000, '<', null, 'OTHER', 'nurses']]],
  ['Almost 70 schools reopened.', [['Almost 70 schools', 70, '<', null, 'OTHER', 'schools']]],
  ['At least 15 bridges need repair.', [['At least 15 bridges', 15, '>=', null, 'OTHER', 'bridges']]],
  ['The hall holds up to 900 guests.', [['up to 900 guests', 900, '<=', null, 'OTHER', 'guests']]],
  ['About 60 lawyers attended.', [['About 60 lawyers', 60, '~', null, 'OTHER', 'lawyers']]],
  ['Some 2,000 volunteers helped clean the beach.', [['Some 2,000 volunteers', 2000, '~', null, 'OTHER', 'volunteers']]],
  ['Around 45 trucks crossed on Friday.', [['Around 45 trucks', 45, '~', null, 'OTHER', 'trucks']]],
  ['Roughly 3 million viewers watched the debate.', [['Roughly 3 million viewers', 3_000_000, '~', null, 'OTHER', 'viewers']]],
  ['Fewer than 100 seats remain.', [['Fewer than 100 seats', 100, '<', null, 'OTHER', 'seats']]],
  ['The festival drew 20,000-plus visitors.', [['20,000-plus visitors', 20_000, '>=', null, 'OTHER', 'visitors']]],
  ['Fifty or more families were evacuated.', [['Fifty or more families', 50, '>=', null, 'DISPLACE', 'families']]],
  // percentages
  ['Inflation hit 9.4% in the euro area.', [['9.4%', 9.4, '=', '%', 'PERCENT', null]]],
  ['Turnout was 61 per cent, officials said.', [['61 per cent', 61, '=', '%', 'PERCENT', null]]],
  ['Nearly 30 percent of the wheat crop was lost.', [['Nearly 30 percent', 30, '<', '%', 'PERCENT', 'crop']]],
  ['The rate rose by 0.5 percentage points.', [['0.5 percentage points', 0.5, '=', 'pp', 'PERCENT', null]]],
  ['One in four adults smokes.', [['One in four', 25, '=', '%', 'PERCENT', 'adults']]],
  ['Three out of ten patients recovered fully.', [['Three out of ten', 30, '=', '%', 'PERCENT', 'patients']]],
  // money
  ['The ministry spent $400 million in aid.', [['$400 million', 400_000_000, '=', 'USD', 'MONEY', 'aid']]],
  ['The club paid €35m for the striker.', [['€35m', 35_000_000, '=', 'EUR', 'MONEY', null]]],
  ['Fines reached £2,500 per driver.', [['£2,500', 2500, '=', 'GBP', 'MONEY', null]]],
  ['The bread now costs ₽80 a loaf.', [['₽80', 80, '=', 'RUB', 'MONEY', null]]],
  ['The pension rose to 20,000 roubles a month.', [['20,000 roubles', 20_000, '=', 'RUB', 'MONEY', null]]],
  ['The bank lent US$5m to the farmers.', [['US$5m', 5_000_000, '=', 'USD', 'MONEY', null]]],
  ['Parliament approved 3 billion euros for defence.', [['3 billion euros', 3_000_000_000, '=', 'EUR', 'MONEY', null]]],
  ['The state set aside Rs 500 crore for the roads.', [['Rs 500 crore', 5_000_000_000, '=', 'INR', 'MONEY', null]]],
  ['The donors pledged USD 12 million.', [['USD 12 million', 12_000_000, '=', 'USD', 'MONEY', null]]],
  ['A loaf now costs 85 cents more.', [['85 cents', 0.85, '=', 'USD', 'MONEY', null]]],
  ['Smugglers made millions of dollars from the trade.', [['millions of dollars', 1_000_000, '>=', 'USD', 'MONEY', null]]],
  // units
  ['The column stretched 12 km along the road.', [['12 km', 12, '=', 'km', 'OTHER', null]]],
  ['The pipeline runs 40 miles to the coast.', [['40 miles', 40, '=', 'mi', 'OTHER', null]]],
  ['The ship carried 30,000 tonnes of grain.', [['30,000 tonnes of grain', 30_000, '=', 't', 'OTHER', 'grain']]],
  ['The parcel weighed 15 kg on arrival.', [['15 kg', 15, '=', 'kg', 'OTHER', null]]],
  ['Temperatures climbed to 41 °C in the valley.', [['41 °C', 41, '=', '°C', 'OTHER', null]]],
  ['The field now pumps 2.5m barrels per day.', [['2.5m barrels per day', 2_500_000, '=', 'bbl/d', 'OTHER', null]]],
  ['Fire destroyed 800 hectares of forest.', [['800 hectares of forest', 800, '=', 'ha', 'OTHER', 'forest']]],
  ['A magnitude 6.2 earthquake shook the island.', [['magnitude 6.2', 6.2, '=', 'magnitude', 'OTHER', null]]],
  ['The 5.8 magnitude tremor was felt in the capital.', [['5.8 magnitude', 5.8, '=', 'magnitude', 'OTHER', null]]],
  // the counted noun
  ['Troops searched six of the governor\'s farms.', [["six of the governor's farms", 6, '=', null, 'OTHER', 'farms']]],
  ['The bank sold 5,000 newly issued bonds.', [['5,000 newly issued bonds', 5000, '=', null, 'OTHER', 'bonds']]],
  ['Flooding reached 40 families\' homes.', [['40 families', 40, '=', null, 'OTHER', 'families']]],
  // categories
  ['At least 12 people were killed when the roof fell.', [['At least 12 people', 12, '>=', null, 'KILL', 'people']]],
  ['The storm killed 7 fishermen off the coast.', [['7 fishermen', 7, '=', null, 'KILL', 'fishermen']]],
  ['Officials confirmed 31 deaths in the province.', [['31 deaths', 31, '=', null, 'KILL', 'deaths']]],
  ['The death toll rose to 45 on Sunday.', [['45', 45, '=', null, 'KILL', null]]],
  ['Twelve miners lost their lives in the blast.', [['Twelve miners', 12, '=', null, 'KILL', 'miners']]],
  ['The crash left 4 dead and 19 injured.', [['4 dead', 4, '=', null, 'KILL', 'dead'], ['19 injured', 19, '=', null, 'WOUND', 'injured']]],
  ['Forty passengers were wounded in the attack.', [['Forty passengers', 40, '=', null, 'WOUND', 'passengers']]],
  ['Police arrested more than 300 protesters in the square.', [['more than 300 protesters', 300, '>', null, 'ARREST', 'protesters']]],
  ['Some 60 activists were detained overnight.', [['Some 60 activists', 60, '~', null, 'ARREST', 'activists']]],
  ['The crackdown led to over 900 arrests.', [['over 900 arrests', 900, '>', null, 'ARREST', 'arrests']]],
  ['The floods displaced 2 million people.', [['2 million people', 2_000_000, '=', null, 'DISPLACE', 'people']]],
  ['About 8,000 villagers fled the fighting.', [['About 8,000 villagers', 8000, '~', null, 'DISPLACE', 'villagers']]],
  ['The camp now shelters 40,000 refugees.', [['40,000 refugees', 40_000, '=', null, 'DISPLACE', 'refugees']]],
  ['Nearly 3 million residents were forced to flee the region.', [['Nearly 3 million residents', 3_000_000, '<', null, 'DISPLACE', 'residents']]],
  ['About 5,000 demonstrators rallied outside the court.', [['About 5,000 demonstrators', 5000, '~', null, 'PROTEST', 'demonstrators']]],
  ['Hundreds took to the streets after the verdict.', [['Hundreds', 100, '>=', null, 'PROTEST', null]]],
  ['Gunmen kidnapped 23 students from the college.', [['23 students', 23, '=', null, 'KIDNAP', 'students']]],
  ['Eleven aid workers were abducted near the border.', [['Eleven aid workers', 11, '=', null, 'KIDNAP', 'workers']]],
  ['The group still holds 8 hostages.', [['8 hostages', 8, '=', null, 'KIDNAP', 'hostages']]],
  ['Nine crew members were held hostage for a month.', [['Nine crew members', 9, '=', null, 'KIDNAP', 'members']]],
  ['Lawyers said 70 students remain in custody.', [['70 students', 70, '=', null, 'ARREST', 'students']]],
  ['About 20,000 residents are still in shelters.', [['About 20,000 residents', 20_000, '~', null, 'DISPLACE', 'residents']]],
  ['Three meetings were held in the capital.', [['Three meetings', 3, '=', null, 'OTHER', 'meetings']]],
  ['The drought has affected 1.2 million people.', [['1.2 million people', 1_200_000, '=', null, 'AFFECT', 'people']]],
  ['Customs officers seized 2 tonnes of cocaine at the port.', [['2 tonnes of cocaine', 2, '=', 't', 'SEIZE', 'cocaine']]],
  ['Inspectors confiscated 400 rifles from the warehouse.', [['400 rifles', 400, '=', null, 'SEIZE', 'rifles']]],
  // not figures
  ['The bridge was built in 1998 and repaired in 2014.', []],
  ['The talks resumed on 3 March and ended on April 9.', []],
  ['The vote is set for 12 November 2025.', []],
  ['The train leaves at 10:30 a.m. and arrives at 4 pm.', []],
  ['The meeting began at 3pm and the statement came at 1800 GMT.', []],
  ['The siege has lasted nearly seven months.', []],
  ['Two weeks later the unions called a 48-hour strike.', []],
  ['He served five years in prison.', []],
  ['The feud has lasted for hundreds of years.', []],
  ['Shares fell for eight straight trading days.', []],
  ['Profits shrank in the last two quarters.', []],
  ['The lake froze over three winters in a row.', []],
  ['The mill closed in nineteen eighty-four.', []],
  ['Nobody expected the year 2000 to pass so quietly.', []],
  ['She finished 21st in the race and third overall.', []],
  ['A 19-year-old student was questioned.', []],
  ['The suspect, aged 34, was released on bail.', []],
  ['Maria Lopez, 52, runs the bakery.', []],
  ['For details call 555-0142-881 or +44 20 7946 0000.', []],
  ['1. Check the list before you vote.', []],
  ['One of the drivers was questioned.', []],
  ['No one answered the phone at the office.', []],
  ['The minister left No. 10 after the meeting.', []],
  ['The council debated Resolution 2334 again.', []],
  ['The home side won 3-1 on Sunday.', []],
  ['The 2024 budget was approved.', []],
  ['The plan cuts emissions below 2005 levels.', []],
  ['Voters under 30 stayed at home.', []],
  ['He has not paid rent for 15-plus years.', []],
  ['The airline grounded its Boeing 737 jets.', []],
  ['The embassy is at 221 Harbour Road near the market.', []],
  ['The opposition leader has been detained a dozen times.', []],
];

describe('figure extractor', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const { doc, figures } = figuresOf(sentence);
    expect(figures.map(short)).toEqual(expected);
    for (const f of figures) expect(doc.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads several figures in one sentence and keeps each cue with its own number', () => {
    const { figures } = figuresOf('The attack killed 14 soldiers and wounded 30, while 200 people fled.');
    expect(figures.map(short)).toEqual([
      ['14 soldiers', 14, '=', null, 'KILL', 'soldiers'],
      ['30', 30, '=', null, 'WOUND', null],
      ['200 people', 200, '=', null, 'DISPLACE', 'people'],
    ]);
  });

  it('gives a diagnostic for a range written high to low, and reads it low to high', () => {
    const { figures, diagnostics } = figuresOf('Between 50 and 20 shops were looted.');
    expect(figures.map(short)).toEqual([['Between 50 and 20 shops', [20, 50], '=', null, 'OTHER', 'shops']]);
    expect(diagnostics.map((d) => d.code)).toEqual(['figure-range-reversed']);
    expect(diagnostics[0]!.start).toBe(figures[0]!.start);
  });

  it('does not read "rose from 10 to 20" as a range', () => {
    const { figures } = figuresOf('The price of bread rose from 10 to 12 dollars.');
    expect(figures.map(short)).toEqual([['12 dollars', 12, '=', 'USD', 'MONEY', null]]);
  });

  it('stops at the end of a sentence that ends inside a range (regression)', () => {
    expect(figuresOf('The tickets cost 5 to $').figures).toEqual([]);
  });

  it('returns no figure and no diagnostic for text without numbers', () => {
    const { figures, diagnostics } = figuresOf('The minister declined to comment on the report.');
    expect(figures).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
