"""Dates written in the ways news copy often writes them: a time with its day, British
clock times, seasons, feasts, "noon", and "a year earlier"."""

import pytest

from factcheck.extraction import extract_claims


def dates(text):
    return [c.text for c in extract_claims(text) if c.kind == "date"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The count resumes at 10am on March 3, officials said.", ["10am on March 3"]),
        ("Gates open at 7am on Saturday 6 June and close at 9pm.", ["7am on Saturday 6 June", "9pm"]),
        ("The deadline is 5pm on Friday, Nov. 14.", ["5pm on Friday, Nov. 14"]),
        ("Rainfall peaked in the 24 hours to 9am Thursday.", ["9am Thursday"]),
        ("The curfew begins at midnight on Tuesday.", ["midnight on Tuesday"]),
        ("Officers arrived at 11.40pm on 2 May.", ["11.40pm on 2 May"]),
    ],
)
def test_a_time_and_the_day_after_it_are_one_date(text, expected):
    assert dates(text) == expected


def test_a_time_without_a_day_after_it_stays_alone():
    assert dates("The ferry left at 6am with 40 passengers on board.") == ["6am"]
    # "on" followed by something that is no day leaves the time as it was.
    assert dates("The shop opens at 9am on most days.") == ["9am"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The tremor struck at 3.47am local time.", ["3.47am local time"]),
        ("The last train leaves at 11.15 p.m. on weekdays.", ["11.15 p.m."]),
        ("The polls closed at 10.00pm.", ["10.00pm"]),
    ],
)
def test_british_clock_times_with_a_full_stop_are_dates(text, expected):
    assert dates(text) == expected


def test_a_decimal_without_a_meridiem_is_not_a_time():
    found = [(c.kind, c.value) for c in extract_claims("The index rose 4.12 points.")]
    assert found == [("count", 4.12)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bridge is due to reopen in the spring.", ["the spring"]),
        ("Hundreds of volunteers helped over the summer.", ["the summer"]),
        ("The inquiry will report in the autumn of 2027.", ["the autumn of 2027"]),
        ("Work will start in spring 2026.", ["spring 2026"]),
        ("Repairs should be finished by the weekend.", ["the weekend"]),
        ("Sales slumped last winter.", ["last winter"]),
    ],
)
def test_seasons_and_the_weekend_after_a_preposition_are_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Share prices could fall sharply.",
        "The spring water is bottled locally.",
        "The fall of the government surprised nobody.",
        "She spent the weekend shopping is what he said.",
    ],
)
def test_seasonal_words_that_name_no_period_are_not_dates(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Food prices have risen sharply since Christmas.", ["Christmas"]),
        ("The report is due before Easter.", ["Easter"]),
        ("The shelter will open on Christmas Eve.", ["Christmas Eve"]),
        ("Turnout was higher last Thanksgiving.", ["last Thanksgiving"]),
    ],
)
def test_feasts_named_as_times_are_dates(text, expected):
    assert dates(text) == expected


def test_feasts_that_name_things_are_not_dates():
    assert dates("The town sold 2,000 Christmas trees.") == []
    assert dates("Easter Island lies far off the coast.") == []


def test_noon_and_midnight_are_times_but_not_in_names():
    assert dates("The fire was out shortly before noon.") == ["noon"]
    assert dates("Tickets for Midnight Oil sold out.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Profits rose to $2bn from $1.4bn a year earlier.", ["a year earlier"]),
        ("Rents are 9% higher than a decade ago.", ["a decade ago"]),
        ("The second probe arrived a month later.", ["a month later"]),
    ],
)
def test_a_period_with_a_and_ago_earlier_or_later_is_a_date(text, expected):
    assert dates(text) == expected


def test_a_period_later_than_planned_is_a_delay_not_a_date():
    assert dates("The bridge opened a week later than planned.") == []


def test_a_date_without_any_digit_or_trigger_word_is_still_found():
    # No digit and no other trigger word: the sentence must still be read.
    assert dates("Attendance fell a year earlier.") == ["a year earlier"]
    assert dates("Nobody expected the result a decade ago.") == ["a decade ago"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Parades are planned for St Patrick's Day in 40 towns.", ["St Patrick's Day"]),
        ("Shops reported record sales on Boxing Day.", ["Boxing Day"]),
        ("Fireworks are banned on New Year\u2019s Eve.", ["New Year\u2019s Eve"]),
        ("The wreath was laid on Remembrance Day.", ["Remembrance Day"]),
    ],
)
def test_named_days_are_dates(text, expected):
    assert dates(text) == expected


def test_the_first_words_of_named_days_alone_are_not_dates():
    assert dates("Labour said it would oppose the bill.") == []
    assert dates("The memorial was unveiled by her mother's family.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bank will report in Q3 and again in Q4 2027.", ["Q3", "Q4 2027"]),
        ("The retailer expects a weaker H2.", ["H2"]),
        ("Guidance for FY26 was raised.", ["FY26"]),
        ("The brewer reported third-quarter profit of $2bn.", ["third-quarter"]),
        ("The group is valued at nine times its 2025 earnings.", ["2025"]),
    ],
)
def test_fiscal_periods_are_dates(text, expected):
    assert dates(text) == expected


def test_letters_and_digits_that_are_no_fiscal_period_stay_identifiers():
    assert dates("The H5N1 strain was found on two farms.") == []
    assert dates("The Q35 bus was cancelled.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant will close by the end of the decade.", ["the end of the decade"]),
        ("Net debt should fall by year-end.", ["year-end"]),
        ("The fund closes at the end of 2028.", ["the end of 2028"]),
        ("Hiring resumes at the start of next year.", ["the start of next year"]),
        ("Sales were weak until end-June.", ["end-June"]),
    ],
)
def test_the_start_or_end_of_a_period_is_a_date(text, expected):
    assert dates(text) == expected


def test_the_end_of_something_that_is_no_period_is_not_a_date():
    assert dates("It was the end of the match and the start of a feud.") == []


def test_a_day_of_the_month_after_a_preposition_is_a_date_but_a_floor_is_not():
    assert dates("No decision is expected before the 21st.") == ["the 21st"]
    found = [(c.kind, c.value) for c in extract_claims("The office is on the 21st floor.")]
    assert found == [("ordinal", 21.0)]


def test_two_months_joined_by_and_are_both_dates():
    assert dates("Jobs were revised down for April and May.") == ["April", "May"]
    assert dates("Ministers may decide and March on.") == []


@pytest.mark.parametrize(
    "text",
    [
        "She won the 10km in 29:14 on a wet course.",
        "He finished the marathon in 2:07:41.",
        "She took gold in 2:06.52.",
    ],
)
def test_race_times_are_not_times_of_day(text):
    assert [d for d in dates(text) if ":" in d] == []


def test_a_clock_time_with_a_colon_is_still_a_time():
    assert dates("The hearing resumes at 14:30 on Monday.") == ["14:30 on Monday"]


def test_a_time_of_day_with_seconds_after_at_is_still_a_time():
    assert dates("The quake struck at 14:05:33 local time.") == ["14:05:33 local time"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They signed the truce at 11.40 this morning.", ["11.40 this morning"]),
        ("Kick-off is at 19.45 local time.", ["19.45 local time"]),
        ("Markets closed at 16.30 GMT.", ["16.30 GMT"]),
    ],
)
def test_a_time_with_a_full_stop_and_no_meridiem_is_read_from_what_follows(text, expected):
    assert dates(text) == expected


def test_a_decimal_before_this_morning_without_at_is_no_time():
    assert "12.50 this morning" not in dates("Shares rose 12.50 this morning.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The by-election was called in July last year.", ["July last year"]),
        ("The crash happened on 9 September last year.", ["9 September last year"]),
        ("Sales slowed in the July-September quarter.", ["the July-September quarter"]),
        ("Profit will rise this financial year.", ["this financial year"]),
    ],
)
def test_months_and_years_written_with_their_year_or_quarter_are_one_date(text, expected):
    assert dates(text) == expected


def test_seasons_of_a_sport_or_a_show_are_dates():
    assert dates("The club finished fourth last season.") == ["last season"]
    assert dates("They hope to do better next season.") == ["next season"]


def test_a_half_of_a_year_is_one_date():
    assert dates("Growth will return in the first half of next year.") == ["first half of next year"]
    assert dates("Output fell in the second half of 2027.") == ["second half of 2027"]


def test_the_current_period_and_a_year_before_highs_are_dates():
    assert dates("It forecast revenue for the current quarter.") == ["the current quarter"]
    assert dates("Prices are 40% below their 2022 highs.") == ["2022"]


def test_years_earlier_is_a_date_but_earlier_than_planned_is_not():
    assert dates("Burning fell 71% from three years earlier.") == ["three years earlier"]
    assert dates("The plant will close four years earlier than planned.") == []


def test_spring_tides_are_no_season():
    assert dates("We need the channel dredged before the spring tides.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I go every evening at 6.30, and I come back at 9.15.", ["6.30", "9.15"]),
        ("I left home at ten past six.", ["ten past six"]),
        ("I'll be lucky to be at my desk by nine o'clock.", ["nine o'clock"]),
        ("The car park is full at 5 o'clock.", ["5 o'clock"]),
        ("Schools move to a four-day week this school year.", ["this school year"]),
        ("The strike will last until the end of the semester.", ["the end of the semester"]),
    ],
)
def test_times_told_the_way_people_say_them(text, expected):
    assert dates(text) == expected


def test_ranges_of_small_numbers_are_no_times():
    assert dates("The talks could last two to three weeks.") == []
    assert dates("Give a dose every four to six hours.") == []
    assert dates("Shares closed at 6.30 pence.") == []


def test_a_financial_year_written_with_a_slash_is_a_date():
    found = extract_claims("Spending in the 2024/25 financial year rises, as it will in 2027/2028.")
    assert [(c.kind, c.text) for c in found] == [("date", "2024/25"), ("date", "2027/2028")]


def test_a_date_written_day_dot_month_dot_year_but_not_a_version():
    found = extract_claims("The attack came on 13.10.2024, a day before version 1.2.2024 and build v13.10.2024 shipped.")
    assert [(c.kind, c.text) for c in found] == [("date", "13.10.2024")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The opening months of a year are a period of the calendar, like "the first quarter".
        ("Output fell 3.2 per cent in the first seven months of the year.", ["the first seven months of the year"]),
        ("Imports rose in the first 6 months of 2024 and in the first nine months of this year.",
         ["the first 6 months of 2024", "the first nine months of this year"]),
        ("Profit jumped after first-half results, but second-half margins may slip.", ["first-half", "second-half"]),
        ("Sales dropped 2.7% from the prior month and from the prior quarter.", ["the prior month", "the prior quarter"]),
    ],
)
def test_opening_months_half_years_and_prior_periods_are_dates(text, expected):
    assert dates(text) == expected


def test_the_first_months_of_something_else_and_prior_as_an_adjective_stay_as_they_were():
    found = extract_claims("For the first six months he did not work. Prior year figures were restated in the first two weeks.")
    assert [(c.kind, c.text) for c in found] == [
        ("ordinal", "first"), ("measure", "six months"), ("ordinal", "first"), ("measure", "two weeks"),
    ]
    # With no year named, the first months are a length of time: "in the first 18 months, ...".
    found = extract_claims("In the first 18 months, the scheme will cost $40 million.")
    assert [(c.kind, c.text) for c in found] == [
        ("ordinal", "first"), ("measure", "18 months"), ("money", "$40 million"),
    ]
    # "the three months to June" keeps its length, as the sets' writers label it.
    found = extract_claims("Output grew 2.7 per cent in the three months to June.")
    assert [(c.kind, c.text) for c in found] == [("percent", "2.7 per cent"), ("measure", "three months"), ("date", "June")]


def test_a_year_before_and_the_year_before_are_dates_when_nothing_follows():
    found = extract_claims(
        "Profit fell 9% from a year before. Complaints rose to 212, up from 74 the year before, and a week before"
        " the vote he quit. She arrived two days before."
    )
    assert [(c.kind, c.text) for c in found] == [
        ("percent", "9%"), ("date", "a year before"), ("count", "212"), ("count", "74"), ("date", "the year before"),
        ("date", "two days before"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bills rose in winter 2024-25.", ["winter 2024-25"]),
        ("Profits fell in Q3 2024-25.", ["Q3 2024-25"]),
        ("Bills rose in summer 2024.", ["summer 2024"]),
    ],
)
def test_a_season_or_a_quarter_of_a_split_year_is_one_date(text, expected):
    assert dates(text) == expected
    assert not [c for c in extract_claims(text) if c.kind != "date"]


def test_a_fiscal_year_before_a_verb_in_s_is_a_date():
    assert dates("The Navy's request for fiscal 2026 includes $12.4 billion.") == ["fiscal 2026"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister will announce the plan today.", ["today"]),
        ("Today, the council voted to close the library.", ["Today"]),
        # The present, a programme and a paper are no day.
        ("Today's young people are different.", []),
        ("He told the Today programme that it was wrong.", []),
        ("She wrote in USA Today that it was wrong.", []),
    ],
)
def test_today_is_a_date_but_not_the_present_a_programme_or_a_paper(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bills rose sharply over the winter of 2024-25.", ["the winter of 2024-25"]),
        ("Revenue rose in FY2025-26.", ["FY2025-26"]),
        ("Young people today spend more time online.", []),
        ("The Ireland of today is different.", []),
        ("Today FM reported the crash.", []),
        ("Parliament today voted for the bill.", ["today"]),
        ('"Today I just want to thank every person," he said.', ["Today"]),
    ],
)
def test_split_years_after_of_and_today_after_the_review(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, found",
    [
        # A month's report or event after whose it is.
        ("Inflation will peak at 3.8 per cent, up from its May forecast of 3.5 per cent.", ["May"]),
        ("The March meeting was calm.", ["March"]),
        # ... not a prime minister's government, nor a verb.
        ("Under the May government, rates rose.", []),
        ("We may forecast rain.", []),
    ],
)
def test_a_months_report_or_event_after_whose_it_is(text, found):
    assert dates(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("He left on Monday and returned the following day.", ["Monday", "the following day"]),
        ("The following year, the plant closed.", ["The following year"]),
        ("The next day was calm.", ["The next day"]),
        # A time and the relative day after it are one date.
        ("He was not seen by a doctor until 7.02am the following morning.", ["7.02am the following morning"]),
        # "following" as a preposition dates nothing.
        ("Following weeks of talks, a deal was done.", []),
    ],
)
def test_the_following_day_and_a_time_before_it(text, found):
    assert dates(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Amazon will expand the next day delivery service to 50 towns.", []),
        ("It will be decided in the next day or two.", []),
        ("He was out by 3am the next morning.", ["3am the next morning"]),
    ],
)
def test_the_next_day_as_part_of_a_noun_is_no_date(text, found):
    assert dates(text) == found


@pytest.mark.parametrize(
    "text, found, figures",
    [
        # A time told by a fraction of the hour.
        ("The shop opens at half past eight.", ["half past eight"], []),
        ("They met at a quarter to ten on Monday.", ["a quarter to ten", "Monday"], []),
        ("Profits rose a quarter to 12 million.", [], [0.25, 12_000_000]),
        ("Sales fell by half to 9 units.", [], [0.5, 9]),
        # A span of days of one month after "from", or with "through".
        ("Forms were filed from October 17 to 23 online.", ["October 17 to 23"], []),
        ("The fair runs Oct. 17 through 23.", ["Oct. 17 through 23"], []),
        ("The count rose from March 3 to 25 cents.", ["March 3"], [25]),
    ],
)
def test_clock_fractions_and_spans_of_days_after_from(text, found, figures):
    claims = extract_claims(text)
    assert [c.text for c in claims if c.kind == "date"] == found
    assert [c.value for c in claims if c.kind not in ("date", "quote")] == figures


@pytest.mark.parametrize(
    "text, found",
    [
        # An hour after "to" ends the span: a day and a time, not six days.
        ("Polls are open from July 4 to 10 p.m. on election day.", ["July 4", "10 p.m."]),
        # A date moved names two dates, not a span.
        ("The vote was postponed from June 5 to 12 after the protests.", ["June 5", "12"]),
        # A hedge between "at" and a time told by a fraction of the hour.
        ("They met at about a quarter to six.", ["a quarter to six"]),
        ("It was about quarter past six in the morning.", ["quarter past six"]),
    ],
)
def test_the_review_of_clock_fractions_and_spans_of_days(text, found):
    assert dates(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # "halftime" in one word, as American copy writes it, is a moment of the game like "half-time".
        ("Missouri trailed 17-3 at halftime.", ["halftime"]),
        # A hockey game's periods are parts of it, as a match's halves are; a study's are ranks.
        ("Lavoie scored late in the third period as the Canadiens beat Toronto in the NHL.", ["the third period"]),
        ("In the first period of the study, patients improved.", []),
    ],
)
def test_halftime_and_the_periods_of_a_hockey_game(text, found):
    assert dates(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("The ruling was published on 08/07/2025.", ["08/07/2025"]),
        ("The court sat on 08.07.2025 in Strasbourg.", ["08.07.2025"]),
        ("Call 0800 123 456 for help.", []),
    ],
)
def test_a_numeric_date_whose_day_has_a_leading_zero(text, found):
    assert dates(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A time told by a fraction after a hedge alone, where nothing moved before it.
        ("The blast happened around a quarter to nine, witnesses said.", ["a quarter to nine"]),
        ("Doors open from a quarter to seven.", ["a quarter to seven"]),
        # A date moved: the old day and the new, two dates.
        ("The vote was postponed from June 5 to 12, the commission said.", ["June 5", "12"]),
        # A period of a game only where the sentence plays it or the copy is about hockey.
        ("Hockey: The Oilers beat Calgary 4-2. McDavid scored in the third period.", ["the third period"]),
        ("Mayor Jane Doe said the second period of consultation would begin. The city's NHL team won.", []),
        # "halftime" describing something is no moment.
        ("Performers at halftime shows are not paid.", []),
        ("The hosts led 21-8 at half-time thanks to two tries.", ["half-time"]),
    ],
)
def test_the_second_review_of_clock_fractions_moved_dates_and_game_moments(text, found):
    assert dates(text) == found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Drivers using the bridge over Spring Creek should expect delays.", []),
        ("The family bought a house in Winter Park, Florida.", []),
        ("The chancellor will deliver the Autumn Statement in the autumn.", ["the autumn"]),
        ("In Spring 2021 the plant closed.", ["Spring 2021"]),
        ("In the Spring, prices rose again.", ["the Spring"]),
    ],
)
def test_a_season_in_capitals_before_another_capitalised_word_is_part_of_a_name(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, gap",
    [
        ("The firm had been registered only 19 days earlier.", 19),
        ("Okafor, on as a substitute six minutes earlier, headed the winner.", 6),
        ("She had ended the relationship with him eight months earlier.", 8),
    ],
)
def test_a_counted_gap_before_earlier_measures_it_as_later_does(text, gap):
    claims = extract_claims(text)
    assert [c.value for c in claims if c.kind == "measure"] == [gap]
    assert [c for c in claims if c.kind == "date"] == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("Cases rose to 2,000, up from 1,528 two weeks earlier.", "two weeks earlier"),
        ("Turnout was 61 percent, down from 73 percent five years earlier.", "five years earlier"),
        ("A year earlier, the council had cut the budget.", "A year earlier"),
    ],
)
def test_the_figure_compared_with_is_dated_by_earlier(text, date):
    assert date in dates(text)


def test_a_figure_compared_with_takes_no_gap_as_its_noun():
    counts = [(c.value, c.unit) for c in extract_claims("Cases rose to 2,000, up from 1,528 two weeks earlier.") if c.kind == "count"]
    assert counts == [(2000, None), (1528, None)]


@pytest.mark.parametrize(
    "text",
    [
        "MPs passed the Appropriations Bill, 2025, while 64 opposed it.",
        "He was charged under the National Accountability Ordinance, 1999, which deals with corruption.",
    ],
)
def test_a_year_after_a_law_and_a_comma_is_part_of_its_name(text):
    assert dates(text) == []
    assert [c.value for c in extract_claims(text) if c.value in (2025, 1999)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "half eight" is half past eight, as British and Irish speech says it.
        ("I rang the guards at half eight.", ["half eight"]),
        ("We waited until about half 11 and went home.", ["half 11"]),
    ],
)
def test_half_an_hour_told_short_is_a_time(text, expected):
    assert dates(text) == expected
    assert [c for c in extract_claims(text) if c.kind == "count"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Half eight of them left early.", []),
        # A share of what follows, not a time.
        ("Support rose from half two years ago to 60 per cent now.", ["two years ago"]),
        ("Prices at half eight euro a kilo are still too high.", []),
    ],
)
def test_half_before_a_number_is_no_time_unless_a_word_asks_for_one_and_nothing_is_counted(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("Net profit rose to Rs 96 crore from Rs 71 crore in the year-ago period.", ["year-ago period"]),
        ("Revenue was $31.2 million, against $27.9 million in the prior-year quarter.", ["prior-year quarter"]),
        ("Costs rose faster than in the year-earlier half.", ["year-earlier half"]),
        ("Year-to-date sales are up 8%.", ["Year-to-date"]),
        # Alone the word names no period.
        ("Prior-year losses were written off.", []),
    ],
)
def test_a_period_a_year_before_the_reported_one_is_a_date(text, found):
    assert [c.text for c in extract_claims(text) if c.kind == "date"] == found


@pytest.mark.parametrize(
    "text, found",
    [("The letter was dated 05-03-24.", "05-03-24"), ("He was born on 07-08-1985.", "07-08-1985"), ("The ruling of 03-04-2023 stands.", "03-04-2023")],
)
def test_a_numeric_date_with_a_leading_zero_and_dashes(text, found):
    assert dates(text) == [found]


@pytest.mark.parametrize("text", ["Call 01-23-4567 now.", "Batch 05-03-24 failed the test."])
def test_a_number_with_a_leading_zero_that_is_no_date_stays_a_code(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Now she leaves home at five in the morning in the rain.", "five in the morning"),
        ("He sends me texts at 10 at night asking why.", "10 at night"),
        ("The bar stays open until two in the morning.", "two in the morning"),
    ],
)
def test_an_hour_of_the_morning_or_the_night_is_a_time_not_a_count(text, found):
    assert [(c.kind, c.text) for c in extract_claims(text)] == [("date", found)]


def test_in_one_go_counts_nothing():
    assert [c.text for c in extract_claims("A 40 per cent rise in one go is not reasonable.")] == ["40 per cent"]


def test_sunday_school_is_no_day():
    assert dates("The children walked to Sunday school, and the church opens on Sunday.") == ["Sunday"]


def test_a_weekday_next_week_is_one_date():
    assert dates("He will be sentenced on Wednesday next week.") == ["Wednesday next week"]


def test_an_american_federal_docket_number_is_no_time():
    assert dates("The indictment, case number 6:25-cr-00412, names two others.") == []


def test_a_time_before_a_spaced_dash_is_still_a_time():
    assert dates("It began at 8:24 - nobody knew why.") == ["8:24"]


@pytest.mark.parametrize(
    "text",
    [
        "Call the fire service hotline at 994 for help.",
        "Ring the helpline on 1737 any time.",
        "The crash happened near milepost 212 on the interstate.",
    ],
)
def test_numbers_of_lines_and_mileposts_count_nothing(text):
    assert [c for c in extract_claims(text) if c.kind != "date"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fuel prices will stay high for the rest of the year, traders said.", ["the rest of the year"]),
        ("The mill will run short shifts for the rest of the month.", ["the rest of the month"]),
        ("The rest of the crew stayed ashore.", []),
        ("Showers are forecast for the rest of the week.", []),
    ],
)
def test_the_rest_of_the_year_is_a_date(text, expected):
    assert dates(text) == expected


def test_a_month_after_into_is_a_date():
    assert dates("The dry spell dragged on into March, farmers said.") == ["March"]


@pytest.mark.parametrize(
    "text",
    [
        "She ran into May Wong at the market.",
        "An inquiry into May's handling of the scandal found failures.",
        "The rest of the Year 13 students sat the exam.",
    ],
)
def test_no_date_in_a_name_after_into_or_in_a_class_after_the_rest_of(text):
    assert dates(text) == []


def test_a_year_before_a_hyphened_unit_of_the_calendar_stays_a_year():
    assert dates("The 2024-year budget was approved.") == ["2024"]


@pytest.mark.parametrize(
    "text, span",
    [
        ("The library holds an open evening from 4 to 7 p.m. on Thursday.", "from 4 to 7 p.m. on Thursday"),
        ("Visiting hours run between 2 and 4pm.", "between 2 and 4pm"),
        ("The café opens 9-11am for brunch.", "9-11am"),
    ],
)
def test_hours_with_one_meridiem_at_the_end_are_one_time_span(text, span):
    found = extract_claims(text)
    assert span in [c.text for c in found if c.kind == "date"]
    assert [c for c in found if c.kind not in ("date",)] == []


def test_hours_with_one_meridiem_take_the_day_after_them_as_a_time_does():
    found = extract_claims("A viewing will be held from 5 to 9 p.m. Friday at the chapel.")
    assert [c.text for c in found if c.kind == "date"] == ["from 5 to 9 p.m. Friday"]


def test_hours_with_one_meridiem_may_end_with_minutes():
    found = extract_claims("The clinic runs from 10 to 11.30am.")
    assert [(c.kind, c.text) for c in found] == [("date", "from 10 to 11.30am")]
