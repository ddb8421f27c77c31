import { describe, expect, it } from 'vitest';
import { brief, extractTimes } from './test-support.js';

/** Published on Thursday 22 September 2022 (ISO week 38). */
const PUB = '2022-09-22';

type Row = readonly [sentence: string, expected: readonly string[]];

function check(rows: readonly Row[], publishedAt: string | null = PUB) {
  for (const [sentence, expected] of rows) {
    it(sentence, () => {
      const { doc, times } = extractTimes(sentence, publishedAt);
      expect(brief(times)).toEqual(expected);
      for (const t of times) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    });
  }
}

describe('weekdays: before or after the publication date, by tense', () => {
  check([
    ['The minister resigned on Monday.', ['Monday|DATE|2022-09-19']],
    ['The minister will resign on Monday.', ['Monday|DATE|2022-09-26']],
    ['Rebels attacked the garrison on Saturday.', ['Saturday|DATE|2022-09-17']],
    ['The court is expected to rule on Saturday.', ['Saturday|DATE|2022-09-24']],
    ['The summit opened on Thursday in Geneva.', ['Thursday|DATE|2022-09-22']],
    ['Negotiators plan to meet again on Tuesday.', ['Tuesday|DATE|2022-09-27']],
    ['The council meets on Friday to vote on the budget.', ['Friday|DATE|2022-09-23']],
    ['Last Friday the mayor was arrested.', ['Last Friday|DATE|2022-09-16']],
    ['Next Wednesday the parliament votes.', ['Next Wednesday|DATE|2022-09-28']],
    ["Sunday's election drew a record turnout.", ['Sunday|DATE|2022-09-18']],
    ['The strike lasts until Monday.', ['Monday|DATE|2022-09-26']],
  ]);
});

describe('dates relative to the publication date', () => {
  check([
    ['Yesterday the army withdrew from the city.', ['Yesterday|DATE|2022-09-21']],
    ['Troops will leave the region tomorrow.', ['tomorrow|DATE|2022-09-23']],
    ['Talks continue today in Doha.', ['today|DATE|2022-09-22']],
    ['Food prices rose sharply last month.', ['last month|DATE|2022-08']],
    ['Elections are due next year.', ['next year|DATE|2023']],
    ['The ceasefire collapsed two weeks ago.', ['two weeks ago|DATE|2022-W36']],
    ['The envoy arrived three days ago.', ['three days ago|DATE|2022-09-19']],
    ['Fighting resumed last week and again this week.', ['last week|DATE|2022-W37', 'this week|DATE|2022-W38']],
    ['The reform was passed earlier this year.', ['earlier this year|DATE|2022']],
    ['Exports fell in the third quarter.', ['the third quarter|DATE|2022-Q3']],
    ['Protests spread across the country over the weekend.', ['the weekend|DATE|2022-W37-WE']],
    ['Rents have climbed by a fifth since last winter.', ['last winter|DATE|2021-WI']],
  ]);
});

describe('absolute and partial dates', () => {
  check([
    ['The war began on 24 February 2022.', ['24 February 2022|DATE|2022-02-24']],
    ['The treaty was signed on Feb. 24, 2021, in Minsk.', ['Feb. 24, 2021|DATE|2021-02-24']],
    ['The peninsula was annexed in March 2014.', ['March 2014|DATE|2014-03']],
    ['The company was founded in 1998.', ['1998|DATE|1998']],
    ['The report is dated 2022-09-21.', ['2022-09-21|DATE|2022-09-21']],
    ['The order came on Wednesday, Sept. 21, after a cabinet meeting.', ['Wednesday, Sept. 21|DATE|2022-09-21']],
    ['Output will recover in the first half of 2023.', ['the first half of 2023|DATE|2023-H1']],
    ['Demand should stay weak through the first two quarters of 2023.', ['the first two quarters of 2023|DATE|2023-H1']],
    ['Margins will improve in the last two quarters of next year.', ['the last two quarters of next year|DATE|2023-H2']],
    ['Revenue in Q3 2021 beat forecasts.', ['Q3 2021|DATE|2021-Q3']],
    ['Inflation soared in the 1970s.', ['the 1970s|DATE|197']],
    ['The border was drawn in the 19th century.', ['the 19th century|DATE|18']],
    ['The drought began in the summer of 2021.', ['the summer of 2021|DATE|2021-SU']],
    ['The dam was finished in nineteen ninety-four.', ['nineteen ninety-four|DATE|1994']],
    ['Oil was cheaper in the winter of nineteen ninety-four.', ['the winter of nineteen ninety-four|DATE|1994-WI']],
    ['The mine closed in March of two thousand and one.', ['March of two thousand and one|DATE|2001-03']],
    ['Fighting stopped by mid-November 2021.', ['mid-November 2021|DATE|2021-11']],
    ['The summit will be held on Oct. 24 and 25.', ['Oct. 24|DATE|2022-10-24', '25|DATE|2022-10-25']],
    ['The polls were open on May 8 and 9, 2021.', ['May 8|DATE|2021-05-08', '9, 2021|DATE|2021-05-09']],
  ]);
});

describe('months and holidays without a year: the tense decides', () => {
  check([
    ['It has been seven months since the February invasion.', ['seven months|DURATION|P7M', 'February|DATE|2022-02']],
    ['Elections will be held in February.', ['February|DATE|2023-02']],
    ['The dam burst in September, flooding two villages.', ['September|DATE|2022-09']],
    ['The mayor resigned in November.', ['November|DATE|2021-11']],
    ['The mayor will resign in November.', ['November|DATE|2022-11']],
    ['The markets will close on Christmas Day.', ['Christmas Day|DATE|2022-12-25']],
    ['The shelling started last Christmas.', ['last Christmas|DATE|2021-12-25']],
    ['Families gathered for Thanksgiving 2021.', ['Thanksgiving 2021|DATE|2021-11-25']],
    ['Fireworks were banned on New Year’s Day.', ['New Year’s Day|DATE|2022-01-01']],
  ]);
});

describe('durations', () => {
  check([
    ['The siege lasted nearly seven months.', ['nearly seven months|DURATION|P7M']],
    ['Both sides agreed to a 48-hour truce.', ['48-hour|DURATION|PT48H']],
    ['He was jailed for two years.', ['two years|DURATION|P2Y']],
    ['The trial took two and a half years.', ['two and a half years|DURATION|P2Y6M']],
    ['Rain fell for 90 minutes.', ['90 minutes|DURATION|PT90M']],
    ['Prices have doubled over the past three weeks.', ['the past three weeks|DURATION|P3W']],
    ['The town was cut off for several days.', ['several days|DURATION|PXD']],
    ['The feud has lasted for decades.', ['decades|DURATION|PXDE']],
    ['The blockade went on for more than a year.', ['more than a year|DURATION|P1Y']],
    ['The envoys left after a day-long meeting.', ['day-long|DURATION|P1D']],
  ]);
});

describe('vague and counted periods', () => {
  check([
    ['The firm returned to profit after several quarters of losses.', ['several quarters|DURATION|PXQ']],
    ['Over the next couple of years the plant will expand.', ['the next couple of years|DURATION|P2Y']],
    ['Months of talks ended in a deal.', ['Months|DURATION|PXM']],
    ['The plant will close over the next year or so.', ['the next year or so|DURATION|P1Y']],
    ['A week or so ago, the general chose a date.', ['A week or so ago|DATE|2022-W37']],
    ['Over the years the village shrank.', ['the years|DURATION|PXY']],
    ['Police searched the area in the weeks before the vote.', []],
    ['The early hours of Monday were quiet.', ['Monday|DATE|2022-09-19']],
    ['The merger should close by year end.', ['year end|DATE|2022']],
    ["Output will recover by the year's end.", ["the year's end|DATE|2022"]],
    ['Post-2014 governments tried to reform the courts.', ['Post-2014|DATE|2014']],
    ['The envoy landed in Kyiv on Monday and met the president later in the day.',
      ['Monday|DATE|2022-09-19', 'later in the day|DATE|2022-09-19']],
    ['On Monday, traders sold heavily in the morning.', ['Monday|DATE|2022-09-19', 'the morning|TIME|2022-09-19TMO']],
  ]);
});

describe('references and sets', () => {
  check([
    ['The city is now under curfew.', ['now|DATE|PRESENT_REF']],
    ['Recently, reports say the rebels retreated.', ['Recently|DATE|PAST_REF']],
    ['The building formerly housed a school.', ['formerly|DATE|PAST_REF']],
    ['No talks are planned in the near future.', ['the near future|DATE|FUTURE_REF']],
    ['The refugees hope they will one day go home.', ['one day|DATE|FUTURE_REF']],
    ['The strike lasted one day.', ['one day|DURATION|P1D']],
    ['Inspectors visit the plant every week.', ['every week|SET|P1W']],
    ['The committee meets twice a month.', ['a month|SET|P1M']],
    ['Protesters gather each Friday outside the ministry.', ['each Friday|SET|XXXX-WXX-5']],
    ['The agency publishes figures daily.', ['daily|SET|P1D']],
    ['Elections are held every four years.', ['every four years|SET|P4Y']],
    ['The market is closed on Mondays.', ['Mondays|SET|XXXX-WXX-1']],
  ]);
});

describe('times of day', () => {
  check([
    ['The leaders met at 3:30 p.m. on Wednesday.', ['3:30 p.m. on Wednesday|TIME|2022-09-21T15:30']],
    ['A curfew starts at 10pm.', ['10pm|TIME|2022-09-22T22:00']],
    ['Sirens sounded this morning.', ['this morning|TIME|2022-09-22TMO']],
    ['Two drones were shot down last night.', ['last night|TIME|2022-09-21TNI']],
    ['The speech is scheduled for tonight.', ['tonight|TIME|2022-09-22TNI']],
    ['Shelling resumed on Tuesday night.', ['Tuesday night|TIME|2022-09-20TNI']],
    ['At mid-afternoon yesterday the shares were up.', ['mid-afternoon yesterday|TIME|2022-09-21TAF']],
    ['Troops entered the town on Monday. By mid afternoon, the fighting was over.',
      ['Monday|DATE|2022-09-19', 'mid afternoon|TIME|2022-09-19TAF']],
    ['The patrols moved by night.', []],
  ]);
});

describe('dates anchored on an earlier date in the text', () => {
  check([
    ['The war began on 24 February 2022. Three days later, troops reached the capital.',
      ['24 February 2022|DATE|2022-02-24', 'Three days later|DATE|2022-02-27']],
    ['The deal was signed on Friday, Sept. 2. The next day, it was challenged in court.',
      ['Friday, Sept. 2|DATE|2022-09-02', 'The next day|DATE|2022-09-03']],
    ['The deal was signed on Friday, Sept. 2, and ratified the following Monday.',
      ['Friday, Sept. 2|DATE|2022-09-02', 'the following Monday|DATE|2022-09-05']],
    ['Aid arrived two days after May 3.', ['two days after May 3|DATE|2022-05-05']],
    ["The day before last Tuesday's hearing, the lawyers met.", ['The day before last Tuesday|DATE|2022-09-19']],
    ['Shares closed lower on Friday, hit by losses overnight in Asia, and were down 3% from the previous Friday.',
      ['Friday|DATE|2022-09-16', 'overnight|TIME|2022-09-16TNI', 'the previous Friday|DATE|2022-09-09']],
    ['The shops reopened the day after Christmas.', ['the day after Christmas|DATE|2021-12-26']],
    ['A hearing may be held the week of Oct. 10.', ['the week of Oct. 10|DATE|2022-W41']],
    ['The day before the attack, police were warned.', []],
    ['Sales rose in the third quarter, up from a year earlier.', ['the third quarter|DATE|2022-Q3', 'a year earlier|DATE|2021-Q3']],
    ['The plant closed in June 2019 and reopened later that year.', ['June 2019|DATE|2019-06', 'later that year|DATE|2019']],
  ]);
});

describe('reporting periods in business news (published Thursday 27 October 2022)', () => {
  check([
    ['Profit rose 8% in the third quarter, compared with the quarter a year ago.',
      ['the third quarter|DATE|2022-Q3', 'the quarter a year ago|DATE|2021-Q3']],
    ['Sales rose in the third quarter from a year ago; the rival held a larger share last year.',
      ['the third quarter|DATE|2022-Q3', 'a year ago|DATE|2021-Q3', 'last year|DATE|2021']],
    ['Sales were flat in the corresponding period last year.', ['the corresponding period last year|DATE|2021-Q3']],
    ["Revenue in last year's quarter was $3 million.", ["last year's quarter|DATE|2021-Q3"]],
    ['Net income was $5 million in the 2021 period.', ['the 2021 period|DATE|2021-Q3']],
    ['Costs were lower in the 2022 period than a year ago.', ['the 2022 period|DATE|2022-Q3', 'a year ago|DATE|2021-Q3']],
    ["The company expects a profit in next year's first quarter.", ["next year's first quarter|DATE|2023-Q1"]],
    ['The bank lost $9 million for the quarter ended Sept. 30. The year-ago results were restated.',
      ['the quarter|DATE|2022-Q3', 'Sept. 30|DATE|2022-09-30', 'The year-ago|DATE|2021-Q3']],
    ['Analysts expect losses through the third quarter of 2023. In the year-ago period, the firm earned $9 million.',
      ['the third quarter of 2023|DATE|2023-Q3', 'the year-ago period|DATE|2021-Q3']],
    ['For the year ended June 30, the company earned $4 million.', ['the year|DURATION|P1Y', 'June 30|DATE|2022-06-30']],
    ['Shares hit a high for the year in June.', ['the year|DATE|2022', 'June|DATE|2022-06']],
    ['Sales fell through the first nine months of the year.', ['the first nine months|DURATION|P9M', 'the year|DATE|2022']],
    ['The firm was founded in 2015. For the six months ended Aug. 12, it earned $6 million, up from $4 million a year earlier.',
      ['2015|DATE|2015', 'the six months|DURATION|P6M', 'Aug. 12|DATE|2022-08-12', 'a year earlier|DATE|2021']],
    ['Profit rose in the third quarter. It had earned $4 million in the year-ago quarter; the year-ago results included a charge.',
      ['the third quarter|DATE|2022-Q3', 'the year-ago quarter|DATE|2021-Q3', 'the year-ago|DATE|2021-Q3']],
    ['Sales rose in the third quarter. For the nine months, the bank earned $9 million, up from $7 million a year earlier.',
      ['the third quarter|DATE|2022-Q3', 'the nine months|DURATION|P9M', 'a year earlier|DATE|2021']],
    ['Profit rose in the third quarter. In the first nine months, net rose 5% from the 2021 period.',
      ['the third quarter|DATE|2022-Q3', 'the first nine months|DURATION|P9M', 'the 2021 period|DATE|2021']],
    ['Profit rose in the third quarter. Net for the year-earlier nine months included a gain.',
      ['the third quarter|DATE|2022-Q3', 'the year-earlier nine months|DURATION|P9M']],
  ], '2022-10-27');
});

describe('words that are not times', () => {
  check([
    ['More than 2000 people fled the fighting.', []],
    ['May I ask a question?', []],
    ['Jan Egeland spoke to reporters.', []],
    ['It was the first call-up since World War II.', []],
    ['Police made over 1,200 arrests.', []],
    ['A second convoy was turned back.', []],
    ['A quarter of the population has left.', []],
    ['A 6-year-old girl was rescued.', []],
    ['Prices may fall further.', []],
    ['For the rebels, high noon has come.', []],
    ['He later founded a firm called Vega 1990, which builds satellites.', []],
    ['The quarter-to-quarter comparison was hurt by charges.', []],
  ]);
});

describe('another publication date: across a year boundary (Thursday 5 January 2023)', () => {
  check([
    ['Power cuts began in December.', ['December|DATE|2022-12']],
    ['The strike started last week.', ['last week|DATE|2022-W52']],
    ['Talks resume next month.', ['next month|DATE|2023-02']],
    ['The bridge reopened on Monday.', ['Monday|DATE|2023-01-02']],
  ], '2023-01-05');
});

describe('without a publication date, relative dates stay underspecified', () => {
  check([
    ['The minister resigned on Monday.', ['Monday|DATE|XXXX-WXX-1']],
    ['Food prices rose last month.', ['last month|DATE|XXXX-XX']],
    ['The vote was held in February.', ['February|DATE|XXXX-02']],
    ['Yesterday the army withdrew.', ['Yesterday|DATE|XXXX-XX-XX']],
    ['The city is now under curfew.', ['now|DATE|PRESENT_REF']],
    ['The war began on 24 February 2022. Three days later, troops reached the capital.',
      ['24 February 2022|DATE|2022-02-24', 'Three days later|DATE|2022-02-27']],
  ], null);

  it('says once that relative dates were left unresolved', () => {
    const { diagnostics } = extractTimes('The minister resigned on Monday. Prices rose last month.', null);
    expect(diagnostics.map((d) => d.code)).toEqual(['time-no-anchor']);
  });

  it('says nothing when there is a publication date', () => {
    expect(extractTimes('The minister resigned on Monday.', PUB).diagnostics).toEqual([]);
  });
});

describe('invalid dates', () => {
  it('reports a day that does not exist as a diagnostic, not a time', () => {
    const text = 'The vote was set for February 30, 2023.';
    const { times, diagnostics } = extractTimes(text, PUB);
    expect(times).toEqual([]);
    expect(diagnostics.map((d) => [d.code, text.slice(d.start, d.end)])).toEqual([['time-invalid', 'February 30, 2023']]);
  });
});
