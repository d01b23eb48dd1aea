/**
 * The tagger's specification, rule family by rule family: each row is a text and every time
 * expression expected in it, written `text = TYPE value [mod]`. The DCT is fixed:
 * Wednesday 2022-02-02 (ISO week 2022-W05).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from './index.ts';

const DCT = '2022-02-02';

const show = (text: string, dct = DCT): string[] =>
  tagTimexes(text, dct).map((t) => `${t.text} = ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`);

type Row = [string, string[]];

const FAMILIES: Record<string, Row[]> = {
  'weekdays by tense': [
    ['Officials met on Monday.', ['Monday = DATE 2022-01-31']],
    ['The ministers met on Thursday in Geneva.', ['Thursday = DATE 2022-01-27']],
    ['The minister said Wednesday that talks had stalled.', ['Wednesday = DATE 2022-02-02']],
    ['He said they would hold a summit on Friday.', ['Friday = DATE 2022-02-04']],
    ['The president will travel Monday to Kyiv.', ['Monday = DATE 2022-02-07']],
    ['Details will be officially released Monday.', ['Monday = DATE 2022-02-07']],
    ['The leaders are scheduled to meet Saturday.', ['Saturday = DATE 2022-02-05']],
    ['The foreign ministers plan to hold talks on Tuesday.', ['Tuesday = DATE 2022-02-08']],
    ['The vote was held Tuesday.', ['Tuesday = DATE 2022-02-01']],
    ['The summit will be held Sunday.', ['Sunday = DATE 2022-02-06']],
    ['He on Thursday agreed to plead guilty.', ['Thursday = DATE 2022-01-27']],
    ['The match has been postponed until Saturday.', ['Saturday = DATE 2022-02-05']],
    // "coming" after a verb is its participle, no look ahead ("the coming week" is one)
    ['Oil started coming from the cap late Sunday, but "it is small," he said.', ['late Sunday = DATE 2022-01-30 END']],
    ['Talks resume in the coming days, perhaps on Friday.', ['the coming days = DURATION PXD', 'Friday = DATE 2022-02-04']],
    ['Troops arrived last Friday.', ['last Friday = DATE 2022-01-28']],
    ['They will meet next Monday.', ['next Monday = DATE 2022-02-07']],
    ['Fighting resumed late Monday.', ['late Monday = DATE 2022-01-31 END']],
    ['Shelling began early Thursday.', ['early Thursday = DATE 2022-01-27 START']],
    ['The talks collapsed Friday afternoon.', ['Friday afternoon = TIME 2022-01-28TAF']],
    ['Markets are closed on Sundays.', ['Sundays = SET XXXX-WXX-7']],
    ['Flights leave on Tuesday nights.', ['Tuesday nights = SET XXXX-WXX-2TNI']],
  ],
  'today, yesterday, tonight, parts of the day': [
    ['The ministry said today that it would respond.', ['today = DATE 2022-02-02']],
    ['Rebels attacked yesterday.', ['yesterday = DATE 2022-02-01']],
    ['The council meets tomorrow.', ['tomorrow = DATE 2022-02-03']],
    ['He will speak tonight.', ['tonight = TIME 2022-02-02TNI']],
    ['Explosions were heard this morning.', ['this morning = TIME 2022-02-02TMO']],
    ['Sirens sounded last night.', ['last night = TIME 2022-02-01TNI']],
    ['He spoke yesterday afternoon.', ['yesterday afternoon = TIME 2022-02-01TAF']],
  ],
  'weeks, months, years relative to the DCT': [
    ['Talks failed last week.', ['last week = DATE 2022-W04']],
    ['Talks resume this week.', ['this week = DATE 2022-W05']],
    ['Talks resume next week.', ['next week = DATE 2022-W06']],
    ['Prices rose last month.', ['last month = DATE 2022-01']],
    ['Sales fell last year.', ['last year = DATE 2021']],
    ['The plant opens next year.', ['next year = DATE 2023']],
    ['The deal was signed earlier this month.', ['earlier this month = DATE 2022-02']],
    ['Elections are due later this year.', ['later this year = DATE 2022']],
    ['Exports fell early this year.', ['early this year = DATE 2022 START']],
    ['The army left over the weekend.', ['the weekend = DATE 2022-W04-WE']],
    ['Talks will resume this weekend.', ['this weekend = DATE 2022-W05-WE']],
    ['Clashes broke out this weekend.', ['this weekend = DATE 2022-W04-WE']],
    ['The deal was struck earlier in the week.', ['earlier in the week = DATE 2022-W05']],
    ['Four years ago, the plant closed.', ['Four years ago = DATE 2018']],
    ['The company was founded three months ago.', ['three months ago = DATE 2021-11']],
    ['Output fell in the last quarter.', ['the last quarter = DATE 2021-Q4']],
    ['Inflation peaked by the end of the year.', ['the end of the year = DATE 2021 END']],
    ['Rates will rise by the end of the year.', ['the end of the year = DATE 2022 END']],
  ],
  'calendar dates': [
    ['The deal was signed on Feb. 20, 2022.', ['Feb. 20, 2022 = DATE 2022-02-20']],
    ['It was signed February 20, 2022 in Minsk.', ['February 20, 2022 = DATE 2022-02-20']],
    ['It was signed on 20 February 2021.', ['20 February 2021 = DATE 2021-02-20']],
    ['The accord was signed on Jan. 20.', ['Jan. 20 = DATE 2022-01-20']],
    ['The accord was signed on Dec. 20.', ['Dec. 20 = DATE 2021-12-20']],
    ['The summit will open on Feb. 20.', ['Feb. 20 = DATE 2022-02-20']],
    ['The summit will open on 20 January.', ['20 January = DATE 2023-01-20']],
    ['Voting ended on Tuesday, Feb. 1.', ['Tuesday, Feb. 1 = DATE 2022-02-01']],
    ['The filing is dated 2021-11-30.', ['2021-11-30 = DATE 2021-11-30']],
    ['The bank collapsed in May 2010.', ['May 2010 = DATE 2010-05']],
    ['Troops crossed in March 2014.', ['March 2014 = DATE 2014-03']],
    ['The crisis began in 2014.', ['2014 = DATE 2014']],
    ['The pandemic of 2009-2010 killed many.', ['2009 = DATE 2009', '2010 = DATE 2010']],
    ['The 2014-15 season was short.', ['2014 = DATE 2014', '15 = DATE 2015']],
    ['He was there in 1957-58.', ['1957 = DATE 1957', '58 = DATE 1958']],
    ['In the 1990s the region was calm.', ['the 1990s = DATE 199']],
    ["Music of the '60s and '90s.", ["the '60s = DATE 196", "'90s = DATE 199"]],
    ['It was the bloodiest war of the 20th century.', ['20th century = DATE 19']],
    ['The season started in early December.', ['early December = DATE 2021-12 START']],
    ['Protests grew in late last July.', ['late last July = DATE 2021-07 END']],
    ['The report will be published in May.', ['May = DATE 2022-05']],
    ['Sales rose in August.', ['August = DATE 2021-08']],
    ['You may go.', []],
    ['Protesters march to the square.', []],
    ['The park was built in mid-2012.', ['mid-2012 = DATE 2012 MID']],
  ],
  'quarters, halves and seasons': [
    ['Profit rose in the first quarter.', ['the first quarter = DATE 2022-Q1']],
    ['Profit fell in the fourth quarter.', ['the fourth quarter = DATE 2021-Q4']],
    ['Revenue will grow in the third quarter.', ['the third quarter = DATE 2022-Q3']],
    ['Q1 earnings beat forecasts.', ['Q1 = DATE 2022-Q1']],
    ['Growth slowed in Q3 2021.', ['Q3 2021 = DATE 2021-Q3']],
    ['Output rose in the second quarter of 2020.', ['the second quarter of 2020 = DATE 2020-Q2']],
    ['Debt rose in the first half of 2021.', ['the first half of 2021 = DATE 2021-H1']],
    ['The drought began last summer.', ['last summer = DATE 2021-SU']],
    ['The talks will resume this spring.', ['this spring = DATE 2022-SP']],
    ['Prices fall when demand slows.', []],
  ],
  'references to the present, past and future': [
    ['The army is now in control.', ['now = DATE PRESENT_REF']],
    ['He currently leads the party.', ['currently = DATE PRESENT_REF']],
    ['The ministry recently changed course.', ['recently = DATE PAST_REF']],
    ['Such deals failed in the past.', ['the past = DATE PAST_REF']],
    ['He was minister at the time.', ['at the time = DATE PAST_REF']],
    ['Peace may come in the future.', ['the future = DATE FUTURE_REF']],
    ['The crisis could soon spread.', ['soon = DATE FUTURE_REF']],
    ['As soon as the talks ended, fighting resumed.', []],
    ['Soon after, the army withdrew.', []],
    ['The plant was built years ago.', ['years ago = DATE PAST_REF']],
    ['The plant closed a few days ago.', ['a few days ago = DATE PAST_REF']],
  ],
  'anchored to the last date given': [
    ['The talks began on Jan. 10. The next day, both sides walked out.', ['Jan. 10 = DATE 2022-01-10', 'The next day = DATE 2022-01-11']],
    ['Troops arrived on Jan. 10. Two days earlier, the border had closed.', ['Jan. 10 = DATE 2022-01-10', 'Two days earlier = DATE 2022-01-08']],
    ['He died at his home on 25 June, aged 50.', ['25 June = DATE 2021-06-25']],
    // a chronology entry in the historical present looks back
    ['March 5 - The council meets in Benghazi and declares itself the sole representative.', ['March 5 = DATE 2021-03-05']],
    ['March 5 - The council is due to meet in Benghazi.', ['March 5 = DATE 2022-03-05']],
    ['BP faces lawsuits following its explosion on 20 April.', ['20 April = DATE 2021-04-20']],
    ['The vote was on Jan. 10; the day before, he resigned.', ['Jan. 10 = DATE 2022-01-10', 'the day before = DATE 2022-01-09']],
    ['The vote was on Jan. 10. He resigned the day before the vote.', ['Jan. 10 = DATE 2022-01-10', 'the day = DATE 2022-01-09']],
    ['The talks ended on Jan. 10 and resumed three days later.', ['Jan. 10 = DATE 2022-01-10', 'three days later = DATE 2022-01-13']],
    ['The city fell in 2014. The following year, the army returned.', ['2014 = DATE 2014', 'The following year = DATE 2015']],
    ['It spent $16m in 2009, a record that year.', ['2009 = DATE 2009', 'that year = DATE 2009']],
    ['Rebels left a day after the ceasefire.', ['a day = DURATION P1D']],
  ],
  'durations': [
    ['He lost control of three-quarters of his officers.', []],
    ['Three quarters of the votes were counted.', []],
    ['The war lasted three years.', ['three years = DURATION P3Y']],
    ['The vote was meant to end years of stalemate.', ['years = DURATION PXY']],
    ['He predicted victory in "days or hours."', ['days = DURATION PXD', 'hours = DURATION PTXH']],
    ['It will succeed in a matter of weeks.', ['weeks = DURATION PXW']],
    ['In the early days after the war, looting spread.', []],
    ['He said on NBC\'s "Today" show that it was bad.', []],
    ['Talks went on for 18 months.', ['18 months = DURATION P18M']],
    ['Prices rose over the past two weeks.', ['the past two weeks = DURATION P2W']],
    ['Sales rose in the last three years.', ['the last three years = DURATION P3Y']],
    ['The trip would last four days.', ['four days = DURATION P4D']],
    ['Leaders will meet in the next few days.', ['the next few days = DURATION PXD']],
    ['More talks are expected in the coming days.', ['the coming days = DURATION PXD']],
    ['Prices rose in recent weeks.', ['recent weeks = DURATION PXW']],
    ['He waited several days.', ['several days = DURATION PXD']],
    ['The worst flu in a decade.', ['a decade = DURATION P10Y']],
    ['The flight took 2 1/2 hours.', ['2 1/2 hours = DURATION PT2.5H']],
    ['Fighting raged for hours.', ['hours = DURATION PTXH']],
    ['A four-week course.', ['four-week = DURATION P4W']],
    ['He has ruled for almost seven years.', ['almost seven years = DURATION P7Y LESS_THAN']],
    ['They talked for about two hours.', ['about two hours = DURATION PT2H APPROX']],
    ['It lasted more than a week.', ['more than a week = DURATION P1W MORE_THAN']],
    ['The plan could take between 12 and 18 months.', ['12 = DURATION P12M', '18 months = DURATION P18M']],
    ['He finished the marathon in 3:07:35.', ['3:07:35 = DURATION PT3H7M35S']],
    ['It was his best time in years.', ['years = DURATION PXY']],
    ['The plane left minutes before the blast.', ['minutes = DURATION PTXM']],
    ['Children aged 6 months and older.', []],
    ['He ran for a second time.', []],
    ['It was a second attack in a minute.', ['a minute = DURATION PT1M']],
    ['Israel won the Six-Day War.', []],
    ['The siege was a year-long ordeal after a 10-month-long strike.', ['year-long = DURATION P1Y', '10-month-long = DURATION P10M']],
    ['A 22-year-old man was arrested.', []],
    ['The season started a month earlier than usual.', ['a month = DURATION P1M']],
    ['He will be 40 eight years from now.', ['eight years = DURATION P8Y', 'now = DATE PRESENT_REF']],
  ],
  'sets': [
    ['The council meets every Monday.', ['every Monday = SET XXXX-WXX-1']],
    ['Inspectors visit every week.', ['every week = SET P1W']],
    ['The report is published annually.', ['annually = SET P1Y']],
    ['He runs every morning.', ['every morning = SET XXXX-XX-XXTMO']],
    ['They meet twice a year.', ['twice a year = SET P1Y']],
  ],
  'clock times': [
    ['The meeting begins at 3 p.m.', ['3 p.m. = TIME 2022-02-02T15:00']],
    ['The blast came at 10:30 a.m. on Monday.', ['10:30 a.m. = TIME 2022-01-31T10:30', 'Monday = DATE 2022-01-31']],
    ['Play is due to resume at 15:00 GMT Saturday.', ['15:00 GMT Saturday = TIME 2022-02-05T15:00']],
    ['Call me Sunday night at 8 PM.', ['Sunday night = TIME 2022-01-30TNI', '8 PM = TIME 2022-01-30T20:00']],
    ['The curfew starts at midnight.', ['midnight = TIME 2022-02-02T24:00']],
    ['The score was 3:1 at half time.', []],
    // a clock time alone takes the day last named, not the publication day
    ['Traffic stopped on Saturday morning from about 1 to 8 a.m.', ['Saturday morning = TIME 2022-01-29TMO', 'about 1 = TIME 2022-01-29T01:00 APPROX', '8 a.m. = TIME 2022-01-29T08:00']],
    ['Rebels shelled Jadu on Monday. The attack took place around noon.', ['Monday = DATE 2022-01-31', 'around noon = TIME 2022-01-31T12:00 APPROX']],
    // a wire or web timestamp: the day and its clock time are one expression
    ['SANAA | Mon Mar 21, 2011 3:56 pm EDT SANAA (Reuters) - Unrest swelled.', ['Mon Mar 21, 2011 3:56 pm EDT = TIME 2011-03-21T15:56']],
    ['Saturday 15 January 2005 16.19 GMT The damage was done.', ['Saturday 15 January 2005 16.19 GMT = TIME 2005-01-15T16:19']],
    ['Shares rose 16.19 percent.', []],
  ],
  'numbers that are not years': [
    ['The army sent 2000 troops.', []],
    ['Shares rose 2,014 points.', []],
    ['He paid $1999 for it.', []],
    ['Flight 1549 landed in the river.', []],
    ['He lives at 1600 Pennsylvania Avenue.', []],
    ['The bill, H.R. 2013, passed.', []],
    ['The Sunday Times reported it on Cyber Monday.', []],
    ['The team won its fourth quarter-final.', []],
    ['The budget is 1500 million euros.', []],
  ],
};

for (const [family, rows] of Object.entries(FAMILIES)) {
  test(family, () => {
    for (const [text, expected] of rows) assert.deepEqual(show(text), expected, text);
  });
}

test('results are sorted, do not overlap, and their offsets point at their text', () => {
  const text = 'On Monday, officials said that talks held last week would resume Feb. 20.\n\nThe 1990s were calm; now, every Monday, they meet at 3 p.m.';
  const found = tagTimexes(text, DCT);
  assert.ok(found.length >= 6);
  for (let i = 0; i < found.length; i++) {
    assert.equal(text.slice(found[i].start, found[i].end), found[i].text);
    if (i > 0) assert.ok(found[i].start >= found[i - 1].end, 'sorted and disjoint');
  }
});

// [text, range start, range end, precision, certain, future]
const RANGES: [string, string, string, string, boolean, boolean][] = [
  ['last week', '2022-01-24', '2022-01-30', 'week', false, false],
  ['last month', '2022-01-01', '2022-01-31', 'month', false, false],
  ['in 2014', '2014-01-01', '2014-12-31', 'year', true, false],
  ['Feb. 20, 2022', '2022-02-20', '2022-02-20', 'day', true, true],
  ['on Monday', '2022-01-31', '2022-01-31', 'day', false, false],
  ['the first quarter', '2022-01-01', '2022-03-31', 'quarter', false, false],
  ['earlier this month', '2022-02-01', '2022-02-02', 'month', false, false],
  ['in the next few days', '2022-02-03', '2022-02-05', 'day', true, true],
  ['in the coming days', '2022-02-03', '2022-02-05', 'day', true, true],
  ['the past two weeks', '2022-01-20', '2022-02-02', 'week', true, false],
];

test('ranges, precision, certainty and future', () => {
  for (const [text, start, end, precision, certain, future] of RANGES) {
    const [t] = tagTimexes(text, DCT);
    assert.ok(t, text);
    assert.deepEqual([t.range?.start, t.range?.end, t.range?.precision, t.certain, t.future], [start, end, precision, certain, future], text);
  }
});

test('a DCT with a time of day uses its date; a DCT that is not a date is an error', () => {
  assert.deepEqual(tagTimexes('He left yesterday.', '2022-02-02T09:30:00Z').map((t) => t.value), ['2022-02-01']);
  assert.throws(() => tagTimexes('x', '2022-13-01'), /not a date/);
});

const MORE: Record<string, Row[]> = {
  'holidays': [
    ['Shops closed on Christmas Day.', ['Christmas Day = DATE 2021-12-25']],
    ['Talks will resume after Thanksgiving.', ['Thanksgiving = DATE 2022-11-24']],
    ['The law was signed on New Year\'s Eve.', ["New Year's Eve = DATE 2021-12-31"]],
    ['Troops returned last Christmas.', ['last Christmas = DATE 2021-12-25']],
  ],
  'rates and scheduled present': [
    ['The plant costs $5 million a year to run.', []],
    ['The airline adds 700 seats a week.', []],
    ['Five times more oil a day is leaking.', []],
    ['The president arrives Monday.', ['Monday = DATE 2022-02-07']],
    ['The new chief, who formally takes over on 1 March, told staff a week ago that costs will fall.', ['1 March = DATE 2022-03-01', 'a week ago = DATE 2022-W04']],
    ['The deadline is Friday.', ['Friday = DATE 2022-02-04']],
    ['The vote was Monday.', ['Monday = DATE 2022-01-31']],
  ],
  'other clock and year forms': [
    ['Polls close at 2000 GMT.', ['2000 GMT = TIME 2022-02-02T20:00']],
    ['Budget cuts in fiscal year 2021 hurt.', ['fiscal year 2021 = DATE 2021']],
    ['The season starts at the start of spring.', ['the start of spring = DATE 2022-SP START']],
  ],
};

for (const [family, rows] of Object.entries(MORE)) {
  test(family, () => {
    for (const [text, expected] of rows) assert.deepEqual(show(text), expected, text);
  });
}

test('business-news forms', () => {
  const rows: Row[] = [
    ['Profit rose in the latest quarter.', ['the latest quarter = DATE 2021-Q4']],
    ['Sales fell this past week.', ['this past week = DATE 2022-W04']],
    ['Growth should pick up in the second half.', ['the second half = DATE 2022-H2']],
    ['He played well in the second half of the match.', []],
    ['He had previously denied it.', []],
    ['Net income for the nine months rose.', ['the nine months = DURATION P9M']],
    ['The company pays a quarterly dividend.', ['quarterly = SET P3M']],
    ['Results for fiscal 2021 were weak.', ['fiscal 2021 = DATE 2021']],
    ['The fiscal year ended Sept. 30.', ['Sept. 30 = DATE 2021-09-30']],
    ['Output fell early next year.', ['early next year = DATE 2023 START']],
    ['The plant reopened in the late 1990s.', ['the late 1990s = DATE 199 END']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(show(text), expected, text);
});

const GENERAL: Record<string, Row[]> = {
  'parts of the day on the day in view': [
    ['By late afternoon, the crowd had left.', ['late afternoon = TIME 2022-02-02TAF END']],
    ['The talks began on Monday. In the evening, both sides left.', ['Monday = DATE 2022-01-31', 'the evening = TIME 2022-01-31TEV']],
    ['The talks continued through the night.', ['the night = TIME 2022-02-01TNI']],
    // a night told in the past with no day named yet is the night before the DCT's morning
    ['Protesters gathered overnight.', ['overnight = TIME 2022-02-01TNI']],
    ['Protesters will gather overnight.', ['overnight = TIME 2022-02-02TNI']],
    ['The rebels attacked at dawn.', ['dawn = TIME 2022-02-02TMO']],
    ['The raid began at dawn Tuesday.', ['dawn Tuesday = TIME 2022-02-01TMO']],
    ['The raid began at dawn on Tuesday.', ['dawn = TIME 2022-02-01TMO', 'Tuesday = DATE 2022-02-01']],
    ['The raid came on Monday at dusk.', ['Monday = DATE 2022-01-31', 'dusk = TIME 2022-01-31TEV']],
    ['He took an overnight flight.', []],
    ['She works night shifts and sleeps at night.', []],
    ['It was a late-night session.', []],
  ],
  'sets, seasons and eras': [
    ['He visits his mother every Sunday afternoon.', ['every Sunday afternoon = SET XXXX-WXX-7TAF']],
    ['They dine out every summer.', ['every summer = SET XXXX-SU']],
    ['He spent the summer in Spain.', ['the summer = DATE 2021-SU']],
    ['The vote will be held in the spring of 2023.', ['the spring of 2023 = DATE 2023-SP']],
    ['The city was founded in 753 B.C. by legend.', ['753 B.C. = DATE BC0753']],
    ['The king ruled from 604 to 562 BC.', ['604 = DATE BC0604', '562 BC = DATE BC0562']],
    ['The comet returns every few years.', ['every few years = SET PXY']],
    ['The council meets every Tuesday and Thursday.', ['every Tuesday = SET XXXX-WXX-2', 'Thursday = SET XXXX-WXX-4']],
    ['Markets open every Monday, Wednesday and Friday.', ['every Monday = SET XXXX-WXX-1', 'Wednesday = SET XXXX-WXX-3', 'Friday = SET XXXX-WXX-5']],
    ['He flew in every Monday and left on Friday.', ['every Monday = SET XXXX-WXX-1', 'Friday = DATE 2022-01-28']],
    ['The paper appears twice weekly.', ['twice weekly = SET P1W']],
    ['The market is closed on weekends.', ['weekends = SET XXXX-WXX-WE']],
    ['Since the 1800s, the town has grown.', ['the 1800s = DATE 18']],
    // a round thousand with no "the" counts thousands
    ['They sent 1000s of letters to the town.', []],
  ],
  'stretches of time': [
    ['The 30-year bond rallied.', ['30-year = DURATION P30Y']],
    ['He has lived there for over 20 years.', ['over 20 years = DURATION P20Y MORE_THAN']],
    ['The talks took over an hour.', ['over an hour = DURATION PT1H MORE_THAN']],
    // "over" as a preposition spreads the happening over the length; it does not bound it
    ['He served two terms over eight years.', ['eight years = DURATION P8Y']],
    ['Over the years, the town has changed.', ['the years = DURATION PXY']],
    ['In the months since, prices have risen.', ['the months = DURATION PXM']],
    ['In the years of war, many fled.', []],
    ['Talks may resume in the weeks ahead.', ['the weeks ahead = DATE FUTURE_REF']],
    ['Tests were ignored in the hours before the 20 April blast.', ['the hours = DURATION PTXH', '20 April = DATE 2021-04-20']],
    ['Some 5,000 barrels of oil a day are flowing.', []],
    ['The 5,000-barrels-a-day figure is too low.', []],
    ['The April poll showed a rise.', ['April = DATE 2021-04']],
    ["Profit rose in '88 and fell in '09.", ["'88 = DATE 1988", "'09 = DATE 2009"]],
    ["Music of the '60s.", ["the '60s = DATE 196"]],
    ['The dam was built in the 1930s and 40s.', ['the 1930s = DATE 193', '40s = DATE 194']],
    ['Shops shut on Good Friday.', ['Good Friday = DATE 2021-04-02']],
    ['He will arrive on Easter Sunday.', ['Easter Sunday = DATE 2022-04-17']],
    ['The talks resumed on the 15th.', ['the 15th = DATE 2022-01-15']],
    ['The talks will resume on the 28th.', ['the 28th = DATE 2022-02-28']],
    ['The strike began on March 3 and ended on the 9th.', ['March 3 = DATE 2021-03-03', 'the 9th = DATE 2021-03-09']],
    ['He lives on the 15th floor.', []],
    ['April Ryan asked a question.', []],
    ['The country has in the past denied it.', ['the past = DATE PAST_REF']],
    ['He met the past president.', []],
    ['Around 2004, the group joined forces with another.', ['Around 2004 = DATE 2004 APPROX']],
    ['The vote is on the 20th of April.', ['the 20th of April = DATE 2022-04-20']],
    ['Half a century ago, the dam was built.', ['Half a century ago = DATE 1972']],
    ['Half a year ago, the plant closed.', ['Half a year ago = DATE 2021-08']],
    ['The treaty lapsed a quarter of a century later.', ['a quarter of a century later = DATE 2047']],
    ['He waited half a dozen years.', ['half a dozen years = DURATION P6Y']],
    ['The market has fallen for three straight days.', ['three straight days = DURATION P3D']],
    ['The economy shrank for two consecutive quarters.', ['two consecutive quarters = DURATION P6M']],
    ['The mission was extended by two more years.', ['two more years = DURATION P2Y']],
    ['The blast came at 3 in the afternoon.', ['3 in the afternoon = TIME 2022-02-02T15:00']],
    ['Police arrived around 10 in the morning.', ['around 10 in the morning = TIME 2022-02-02T10:00 APPROX']],
    ['Gunmen killed 10 in the morning raid.', ['the morning = TIME 2022-02-02TMO']],
    ['He was last seen at 4:30 on Thursday afternoon.', ['4:30 = TIME 2022-01-27T16:30', 'Thursday afternoon = TIME 2022-01-27TAF']],
    ['At 9:45 p.m. on April 20, the rig exploded.', ['9:45 p.m. = TIME 2021-04-20T21:45', 'April 20 = DATE 2021-04-20']],
    ['In the months to come, prices will rise.', ['the months to come = DATE FUTURE_REF']],
  ],
  'units counted from the date in view': [
    ['The index fell on Jan. 14. The week before, it had risen.', ['Jan. 14 = DATE 2022-01-14', 'The week before = DATE 2022-W01']],
    ['The war ended in 1945. The year after the war, he left.', ['1945 = DATE 1945', 'The year = DATE 1946']],
    ['Profit rose in 2020. For the year, sales rose 4%.', ['2020 = DATE 2020', 'the year = DATE 2020']],
    ['Profit rose in the third quarter. In the quarter, sales fell.', ['the third quarter = DATE 2021-Q3', 'the quarter = DATE 2021-Q3']],
    ['Net income fell in the quarter.', ['the quarter = DATE 2021-Q4']],
    ['Net income will rise in the quarter.', ['the quarter = DATE 2022-Q1']],
    ['He was named player of the year.', []],
    ['Profit rose in 2020 from the year-earlier level.', ['2020 = DATE 2020', 'year-earlier = DATE 2019']],
    ['Sales were flat in the year-ago quarter.', ['year-ago = DATE 2021']],
    ['The firm expects a loss in the fiscal third quarter.', ['the fiscal third quarter = DATE 2022-Q3']],
    ['Sales fell in the third quarter of fiscal 2021.', ['the third quarter of fiscal 2021 = DATE 2021-Q3']],
  ],
  'a verb spelled alike in past and present, after "to"': [
    ['The storm is expected to hit on Sunday.', ['Sunday = DATE 2022-02-06']],
    ['The storm hit on Sunday.', ['Sunday = DATE 2022-01-30']],
    ['The bank is set to cut rates on Thursday.', ['Thursday = DATE 2022-02-03']],
  ],
};

for (const [family, rows] of Object.entries(GENERAL)) {
  test(family, () => {
    for (const [text, expected] of rows) assert.deepEqual(show(text), expected, text);
  });
}

test("a live page's clock stamp is no year: four figures and a colon opening a line, long after the page", () => {
  const rows: Row[] = [
    ['2049: The minister says the talks will go on.', []],
    ['The vote was close. 2130: Results are counted.', []],
    // a year before the page stays a year: a chronology's heading, or a year in prose
    ['1990: Iraq invades Kuwait.', ['1990 = DATE 1990']],
    ['The lease runs until 2049.', ['2049 = DATE 2049']],
    // on a live page (two stamps long after it), the evening's earlier stamps are clock times too
    ['2049: Results are counted. 2030: Polls close. 1905: Welcome to our live coverage.', []],
    ['2049: Results are counted. 1905: Welcome to our live coverage.', ['1905 = DATE 1905']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(show(text), expected, text);
});
