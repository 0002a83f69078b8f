"""Figures written in less common shapes: "and a half", hyphenated scale words, shares of
a change, numbered lists inside a line, telephone and reference numbers."""

import pytest

from factcheck.extraction import extract_claims


def figures(text):
    """The claims that are not dates or quotes."""
    return [c for c in extract_claims(text) if c.kind not in ("date", "quote")]


def only_figure(text):
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- "and a half"


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The ferry service was suspended for two and a half years.", 2.5, "years"),
        ("She waited one and a half hours for an ambulance.", 1.5, "hours"),
        ("He was jailed for six and a quarter years.", 6.25, "years"),
        ("The vote was held after a four-and-a-half-month delay.", 4.5, "month"),
    ],
)
def test_and_a_half_joins_the_whole_number_as_one_duration(text, value, unit):
    c = only_figure(text)
    assert (c.kind, c.value, c.unit) == ("measure", value, unit)


def test_and_a_half_before_a_scale_word_scales_the_whole_figure():
    c = only_figure("Some three and a half million tourists visited the island.")
    assert (c.kind, c.value, c.unit, c.qualifier) == ("count", 3_500_000.0, "tourists", "some")
    assert c.text == "Some three and a half million tourists"
    money = only_figure("The repairs cost one and a half million pounds.")
    assert (money.kind, money.value, money.unit) == ("money", 1_500_000.0, "GBP")
    # "two ... and a third" counts two things and then names the third one.
    found = figures("Two candidates withdrew and a third was disqualified.")
    assert [(c.kind, c.value) for c in found] == [("count", 2.0), ("ordinal", 3.0)]


# --------------------------------------------------------------------------- hyphenated scales


def test_a_scale_word_hyphenated_to_a_money_figure_scales_it():
    c = only_figure("Texas's $2.4-trillion economy grew faster than expected.")
    assert (c.kind, c.value, c.unit, c.text) == ("money", 2.4e12, "USD", "$2.4-trillion")
    c = only_figure("The club signed a \u00a380-million deal for the striker.")
    assert (c.kind, c.value, c.unit) == ("money", 80e6, "GBP")


def test_a_money_figure_stops_at_its_hyphenated_scale_word():
    c = only_figure("He signed a $3-million-a-year contract.")
    assert (c.kind, c.value, c.text) == ("money", 3e6, "$3-million")


def test_a_currency_after_a_hyphenated_scale_word_makes_the_figure_money():
    c = only_figure("The regulator imposed a 7-million-euro fine on the bank.")
    assert (c.kind, c.value, c.unit) == ("money", 7e6, "EUR")
    c = only_figure("The regulator imposed a seven-million-euro fine on the bank.")
    assert (c.kind, c.value, c.unit) == ("money", 7e6, "EUR")
    # A weak currency word is money with a scale, a weight without one.
    c = only_figure("The club faces a 2-million-pound penalty.")
    assert (c.kind, c.value, c.unit) == ("money", 2e6, "GBP")
    assert only_figure("The nurses delivered a 10-pound baby.").kind == "count"


def test_a_hyphenated_currency_or_subunit_makes_the_figure_money():
    c = only_figure("Vendors refused the new 200-peso notes.")
    assert (c.kind, c.value, c.unit) == ("money", 200.0, "peso")
    c = only_figure("The mint will stop making the 1-cent coin.")
    assert (c.kind, c.value, c.unit) == ("money", 1.0, "cents")


def test_a_hyphenated_scale_word_scales_a_measure_too():
    c = only_figure("Divers found a 2-million-year-old tooth.")
    assert (c.kind, c.value, c.unit) == ("measure", 2e6, "years")


# --------------------------------------------------------------------------- shares of a change


@pytest.mark.parametrize(
    "text, value, direction",
    [
        ("Burglaries in the borough fell by a third last year.", 1 / 3, "down"),
        ("The price of cocoa rose by a quarter in March.", 0.25, "up"),
        ("Passenger numbers were down a fifth on the previous summer.", 0.2, "down"),
        ("Exports are up a tenth since the deal was signed.", 0.1, "up"),
        ("The council cut the arts budget by half.", 0.5, "down"),
        ("Waiting lists have grown by one third.", 1 / 3, "up"),
    ],
)
def test_a_fraction_after_a_change_is_the_share_with_its_direction(text, value, direction):
    c = only_figure(text)
    assert c.kind == "count"
    assert c.value == pytest.approx(value)
    assert c.direction == direction
    assert c.unit is None


def test_a_share_of_a_change_takes_its_hedge():
    c = only_figure("Fuel use dropped by more than half after the switch.")
    assert (c.value, c.qualifier, c.direction, c.text) == (0.5, "more than", "down", "more than half")


def test_a_fraction_before_a_noun_or_without_a_change_stays_an_ordinal():
    found = figures("Sales were down a third, and the firm was hit by a third strike.")
    assert [(c.kind, round(c.value, 3)) for c in found] == [("count", 0.333), ("ordinal", 3.0)]
    for text in (
        "The region was hit by a third wave of infections.",
        "The offer was followed by a second and then by a third.",
        "The charity opened two shops and set up a third in May.",
    ):
        assert [(c.kind, c.value) for c in figures(text) if c.value != 2.0] == [("ordinal", 3.0)], text


def test_a_fraction_written_in_two_words_is_a_share():
    c = only_figure("Two thirds of the members backed the merger.")
    assert (c.kind, c.unit) == ("count", "members")
    assert c.value == pytest.approx(2 / 3)
    c = only_figure("One third of the wells have run dry.")
    assert (c.kind, c.unit) == ("count", "wells")
    assert c.value == pytest.approx(1 / 3)
    # Quarters are periods too: only "of" makes them a share.
    c = only_figure("Profits have fallen for three quarters in a row.")
    assert (c.kind, c.value, c.unit) == ("count", 3.0, "quarters")


# --------------------------------------------------------------------------- inline lists


def test_numbers_of_a_list_inside_a_line_are_not_figures():
    c = only_figure("The audit set out four demands: 1. Publish the accounts; 2. Cap fees; 3. Hire an auditor.")
    assert (c.kind, c.value, c.unit) == ("count", 4.0, "demands")
    # A figure that ends a clause after a colon has no neighbouring marker: it stays.
    c = only_figure("Confirmed cases so far: 14. The ministry will update the figure on Monday.")
    assert (c.kind, c.value) == ("count", 14.0)


# --------------------------------------------------------------------------- telephone and reference numbers


def test_service_numbers_and_log_numbers_are_not_figures():
    text = "Witnesses should call police on 101, quoting incident 2231 of 3 May."
    assert figures(text) == []
    assert [c.text for c in extract_claims(text)] == ["3 May"]
    assert figures("In an emergency, always dial 999.") == []
    assert figures("A passer-by called 911 and the driver was freed.") == []
    assert figures("Quote crime reference 4470 when you ring.") == []
    # Counts after the same verbs and words stay counts.
    c = only_figure("The defence called 140 witnesses.")
    assert (c.kind, c.value, c.unit) == ("count", 140.0, "witnesses")
    c = only_figure("The summit called on 30 countries to cut emissions.")
    assert (c.kind, c.value, c.unit) == ("count", 30.0, "countries")
    c = only_figure("Dispatchers log 2000 calls a week.")
    assert (c.kind, c.value, c.unit) == ("count", 2000.0, "calls")


# --------------------------------------------------------------------------- regional shapes


def test_pc_glued_to_a_number_is_a_percentage():
    c = only_figure("Turnout fell to 38pc in the by-election.")
    assert (c.kind, c.value, c.unit) == ("percent", 38.0, "%")


def test_kenyan_shillings_written_sh_are_money_but_state_highways_are_not():
    c = only_figure("The county will borrow Sh250 million for new roads.")
    assert (c.kind, c.value, c.unit) == ("money", 250e6, "KES")
    assert figures("Slips have closed SH2 near the gorge.") == []


def test_lakh_crore_is_ten_to_the_twelfth():
    c = only_figure("The budget sets aside Rs 2 lakh crore for railways.")
    assert (c.kind, c.value, c.unit) == ("money", 2e12, "INR")


def test_the_inches_of_a_height_in_feet_and_inches_are_a_measure():
    found = figures("The 6ft 4in lock forward has signed a new deal.")
    assert [(c.kind, c.value, c.unit) for c in found] == [("measure", 6.0, "ft"), ("measure", 4.0, "in")]


# --------------------------------------------------------------------------- not figures


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information can call the hotline on 1800 250 250.",
        "You can call the helpline free on 116 123.",
        "Residents were told to ring the council on 0300 123 4567 for advice.",
        # A free line's number needs no verb of calling before it.
        "Report breeding sites on the helpline 1800-233-4477 or by WhatsApp.",
        "Tips go to the confidential line on 1800 666 111.",
        "More details: 1300 555 121.",
        # A record's reference with letters before its digits is no figure and no date.
        "Call police quoting reference number CW 1187 16/03/25 with any footage.",
    ],
)
def test_telephone_numbers_in_spaced_groups_are_not_figures(text):
    assert figures(text) == []
    assert [c for c in extract_claims(text) if c.kind == "date"] == []


def test_a_street_number_in_the_years_range_is_an_address_not_a_date():
    assert extract_claims("Crowds gathered outside 1400 Harbour Road on Friday night.")[0].text == "Friday night"
    assert [c.kind for c in extract_claims("Crowds gathered outside 1400 Harbour Road.")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The firm was fined under the Building Safety Act 2022.",
        "Tickets for Euro 2028 went on sale.",
        "The appeal is reported as [2024] EWCA Civ 1043.",
    ],
)
def test_a_year_shaped_number_after_a_capitalised_name_is_part_of_it(text):
    assert [c for c in extract_claims(text) if c.text[:4].isdigit()] == []


def test_years_after_acronyms_seasons_and_sentence_openers_stay_dates():
    def dated(text):
        return [c.text for c in extract_claims(text) if c.kind == "date"]

    assert dated("The EU 2040 target was approved.") == ["2040"]
    assert dated("In 2021 the plant closed.") == ["2021"]
    assert dated("Sales peaked in Summer 2019.") == ["Summer 2019"]


def test_a_currency_code_before_a_number_is_money_not_a_name():
    found = figures("The spot price averaged NOK 81 per kilo, down from NOK 104.")
    assert [(c.kind, c.value, c.unit) for c in found] == [("money", 81.0, "NOK per kilo"), ("money", 104.0, "NOK")]


def test_plus_or_minus_is_no_minus_sign():
    found = figures("It forecast revenue of $4bn, plus or minus 3%.")
    assert [(c.kind, c.value) for c in found] == [("money", 4e9), ("percent", 3.0)]


@pytest.mark.parametrize(
    "text",
    [
        "She presented News at Ten for a decade.",
        "The bill, SB 1042, passed the state senate.",
        "The guide (ISBN 978-1-84-123456-7) is out now.",
        "Module 3 of the inquiry opens next month.",
    ],
)
def test_numbers_in_names_bills_and_book_numbers_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, value, surface",
    [
        ("The central bank cut its rate by a quarter point to 3.5%.", 0.25, "a quarter point"),
        ("Markets expect a quarter-point cut in June.", 0.25, "a quarter-point"),
        ("The Fed raised rates by half a percentage point.", 0.5, "half a percentage point"),
        ("Gilt yields rose a quarter of a percentage point.", 0.25, "a quarter of a percentage point"),
        ("The bank delivered a half-point cut.", 0.5, "a half-point"),
    ],
)
def test_steps_of_a_rate_are_percentage_points(text, value, surface):
    step = figures(text)[0]
    assert (step.kind, step.value, step.unit, step.text) == ("percent", value, "percentage points", surface)


def test_a_quarter_that_is_no_rate_step_is_read_as_before():
    c = only_figure("A quarter of voters backed the plan.")
    assert (c.kind, c.value, c.unit) == ("count", 0.25, "voters")
    assert [c.kind for c in extract_claims("Sales fell in the first quarter.")] == ["date"]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Bankers expect bonuses to rise 10% to 15% this year.", 10.0, 15.0),
        ("River flows could fall by 20 to 30 per cent.", 20.0, 30.0),
        ("Humidity will rise to 20% to 30% by Sunday.", 20.0, 30.0),
        ("Demand is growing by 700,000 to 800,000 barrels a day.", 700_000.0, 800_000.0),
    ],
)
def test_a_range_of_a_movement_is_one_range(text, low, high):
    c = figures(text)[0]
    assert (c.low, c.high, c.value) == (low, high, None)


@pytest.mark.parametrize(
    "text, values",
    [
        ("The population grew by 1.3 million to 67.4 million.", [1.3e6, 67.4e6]),
        ("Inflation rose from 2% to 2.5%.", [2.0, 2.5]),
        ("Sales rose 5% to $10bn.", [5.0, 10e9]),
    ],
)
def test_a_change_and_the_level_it_reached_stay_two_figures(text, values):
    assert [c.value for c in figures(text)] == values


@pytest.mark.parametrize(
    "text, value, direction, qualifier",
    [
        ("Revenue tripled in the third quarter.", 3.0, "up", None),
        ("Provisions more than doubled.", 2.0, "up", "more than"),
        ("The deficit was halved.", 0.5, "down", None),
    ],
)
def test_a_change_by_a_factor_is_counted_in_times(text, value, direction, qualifier):
    c = only_figure(text)
    assert (c.kind, c.value, c.unit, c.direction, c.qualifier) == ("count", value, "times", direction, qualifier)


def test_doubled_as_or_doubled_down_is_no_factor():
    assert figures("The school hall doubled as a shelter.") == []
    assert figures("The minister doubled down on his plan.") == []


def test_a_number_of_hours_later_measures_the_gap():
    c = only_figure("A blood test taken two hours later found alcohol.")
    assert (c.kind, c.value, c.unit) == ("measure", 2.0, "hours")
    assert [c.kind for c in extract_claims("It happened three years ago.")] == ["date"]


def test_a_share_that_is_the_subject_of_a_verb_is_a_fraction():
    c = figures("The victims were aged 1 to 93, and about a third are children.")[-1]
    assert (c.value, c.qualifier) == (1 / 3, "about")
    # ("a third party" is neither a share nor a place in an order: a kind of party)
    assert figures("A third party was involved.") == []


def test_a_year_before_a_number_is_no_free_line():
    found = extract_claims("In 1800 555 soldiers died of fever.")
    assert [(c.kind, c.text) for c in found] == [("date", "1800"), ("count", "555 soldiers")]


def test_a_number_in_groups_after_a_helpline_is_a_telephone_number():
    assert figures("It took 9,000 calls to its helpline, 1800 707 707, this year.")[0].value == 9000
    assert len(figures("It took 9,000 calls to its helpline, 1800 707 707, this year.")) == 1


def test_a_house_number_before_a_grove_or_mews_is_an_address():
    assert figures("The couple live at 14 Elm Grove, a terraced house.") == []


def test_a_share_right_after_a_movement_verb_is_the_size_of_the_movement():
    c = only_figure("Gold has gained more than a quarter since January.")
    assert (c.value, c.direction, c.qualifier) == (0.25, "up", "more than")
    c = figures("The drug cut the risk of a second stroke by about a fifth.")[-1]
    assert (c.value, c.direction) == (0.2, "down")
    assert [c.kind for c in figures("The team added a third.")] == ["ordinal"]
    assert [c.kind for c in figures("The party gained a third seat.")] == ["ordinal"]


def test_the_base_of_a_rate_is_part_of_its_unit():
    found = figures("The rate rose to 11.2 per 100,000, up from 8.6 per 100,000.")
    assert [(c.value, c.unit) for c in found] == [(11.2, "per 100,000"), (8.6, "per 100,000")]
    c = only_figure("There were 4 deaths per 1,000 births.")
    assert (c.value, c.unit) == (4.0, "deaths per 1,000 births")


@pytest.mark.parametrize(
    "text, value",
    [
        ("The wait was more than twice the 18-minute target.", 2.0),
        ("Each can held roughly double the caffeine in a coffee.", 2.0),
        ("Cocoa hit more than triple the price of last year.", 3.0),
    ],
)
def test_twice_or_double_before_what_it_compares_with_is_a_factor(text, value):
    c = figures(text)[0]
    assert (c.kind, c.value, c.unit) == ("count", value, "times")


def test_twice_a_day_and_a_double_room_are_no_factor():
    assert figures("Take the tablet twice a day.") == []
    assert figures("A double room costs more.") == []


def test_eighths_and_a_price_per_dozen():
    assert only_figure("Roughly one-eighth of the crop was lost.").value == 0.125
    c = only_figure("Eggs averaged $6.23 a dozen in March.")
    assert (c.value, c.unit) == (6.23, "USD per dozen")


def test_inches_glued_to_a_number_in_brackets_or_before_a_noun():
    found = figures("Up to 150mm (6in) of rain could fall.")
    assert [(c.value, c.unit) for c in found] == [(150.0, "mm"), (6.0, "in")]
    assert only_figure("The phone has a 6.9in display.").unit == "in"


def test_a_resolution_and_a_bus_route_are_no_figures():
    assert figures("The camera records 8K video.") == []
    assert figures("The No 73 bus will run more often.") == []
    assert [c.kind for c in figures("The world No 4 lost in Paris.")] == ["ordinal"]


def test_first_time_buyers_hold_no_ordinal():
    assert figures("First-time buyers need a bigger deposit.") == []


def test_m_after_a_number_is_million_before_a_name_and_a_plural():
    c = only_figure("She posted the video to her 48m Instagram followers.")
    assert (c.value, c.unit) == (48e6, "instagram followers")


# --------------------------------------------------------------------------- bare ages


@pytest.mark.parametrize(
    "text, value",
    [
        ("The composer died at home on Friday. She was 89.", 89),
        ("He was 17 when he left the valley for good.", 17),
        ("The driver, who was 23, was not hurt.", 23),
        ("Hollis, now 94 and the last of the band, still plays.", 94),
        ("Her father, now 70, runs the farm.", 70),
    ],
)
def test_an_age_stated_bare_of_a_person_is_a_measure_in_years(text, value):
    claim = only_figure(text)
    assert (claim.kind, claim.value, claim.unit) == ("measure", value, "years")


@pytest.mark.parametrize(
    "text",
    [
        "Turnout in the ward was 45.",
        "The index, now 94, was at its highest since May.",
        "He was 1,200 short of the target.",
    ],
)
def test_a_bare_number_after_was_or_now_that_is_no_persons_age_stays_a_count(text):
    assert only_figure(text).kind == "count"


# --------------------------------------------------------------------------- number styles


@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        # A decimal comma, as South Africa and much of Europe write: never three digits after it.
        ("The metro's population has grown to 4,21 million.", "count", 4_210_000, None),
        ("Households with piped water rose to 87,3%.", "percent", 87.3, "%"),
        ("The council paid R1,2-billion for the pipes.", "money", 1_200_000_000, "ZAR"),
        ("The median age is 27,6 years.", "measure", 27.6, "years"),
        # Thousands set off by a space, a no-break space or a thin space.
        ("About 390 000 people live in the informal settlements.", "count", 390_000, "people"),
        ("He was fined R38 000 for the breach.", "money", 38_000, "ZAR"),
        ("The median household income is R7\u00a0850 a month.", "money", 7_850, "ZAR per month"),
        ("Le stade compte 45\u202f000 places.", "count", 45_000, None),
        # The English styles are read as before.
        ("The council paid R1,200 for the pipes.", "money", 1_200, "ZAR"),
        ("Shares fell 4,210 points.", "count", 4_210, "points"),
    ],
)
def test_decimal_commas_and_thousands_set_off_by_spaces_are_read_as_one_number(text, kind, value, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.value) == (kind, pytest.approx(value))
    if unit is not None:
        assert claim.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 500 people were evacuated from the valley.",
        "The helpline, 1800 707 707, is open all night.",
        "You can call the Samaritans free on 116 123.",
    ],
)
def test_numbers_next_to_each_other_that_are_no_spaced_thousands_stay_apart(text):
    values = sorted(c.value for c in figures(text) if c.value is not None)
    assert all(v < 1000 for v in values), values


@pytest.mark.parametrize(
    "text",
    ["Runway 29 was in use when the alert sounded.", "She was sitting in row 14.", "The tanker (IMO 9387421) caught fire."],
)
def test_a_runway_a_row_and_a_ships_imo_number_are_names_not_figures(text):
    assert figures(text) == []


# --------------------------------------------------------------------------- fractions and powers of ten


@pytest.mark.parametrize(
    "text, kind, value, surface",
    [
        ("He was jailed for 3 1/2 years.", "measure", 3.5, "3 1/2 years"),
        # Grain prices: the fraction is of the last place written, a half of a cent here.
        ("Corn fell 8 1/4 cents to $4.09 1/2 a bushel.", "money", 8.25, "8 1/4 cents"),
        ("Treasuries rose 3 16/32 points.", "count", 3.5, "3 16/32 points"),
        ("The tower is 2\u00bd times the height of the old one.", "count", 2.5, "2\u00bd"),
        ("The trail is 3\u00be miles long.", "measure", 3.75, "3\u00be miles"),
    ],
)
def test_a_mixed_number_is_read_whole(text, kind, value, surface):
    claim = figures(text)[0]
    assert (claim.kind, claim.value, claim.text) == (kind, pytest.approx(value), surface)


def test_a_grain_price_with_a_fraction_of_a_cent_keeps_its_place():
    prices = [c.value for c in figures("Wheat settled at $5.87 3/4 a bushel.")]
    assert prices == [pytest.approx(5.8775)]


@pytest.mark.parametrize(
    "text",
    [
        "The ballot is on 3 1/2/2025.",  # a date after a number, not a fraction
        "She rated it 4 1/5 stars.",  # fifths are no share a price is quoted in
        "It is open 24/7 all year.",
    ],
)
def test_a_slash_that_is_no_fraction_of_a_mixed_number_joins_nothing(text):
    assert not any(c.value is not None and c.value % 1 for c in figures(text))


@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        ("The asteroid's mass is put at 7.3 \u00d7 10\u00b9\u2070 kg.", "measure", 7.3e10, "kg"),
        ("Each sample held about 1.2 x 10^6 cells.", "count", 1.2e6, "cells"),
        ("The error is 8.1 \u00d7 10^-19, the lowest yet.", "count", 8.1e-19, None),
        ("A mole holds 6.02\u00d710\u00b2\u00b3 atoms.", "count", 6.02e23, "atoms"),
    ],
)
def test_scientific_notation_is_one_figure(text, kind, value, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.value, claim.unit) == (kind, value, unit)


@pytest.mark.parametrize("text", ["The squad ran the 4 x 100m relay.", "They built a 2 x 10 grid of plots."])
def test_a_product_that_is_no_power_of_ten_stays_two_figures(text):
    assert len(figures(text)) == 2


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("Fines range from Rs 500 to Rs 5,000 for households.", 500, 5_000, "INR"),
        ("Tickets cost between EUR 40 and EUR 65.", 40, 65, "EUR"),
    ],
)
def test_a_range_with_the_currency_at_both_ends_is_one_range(text, low, high, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.low, claim.high, claim.unit) == ("money", low, high, unit)


def test_rs_with_a_full_stop_does_not_end_the_sentence():
    claim = only_figure("He was fined Rs. 500 for the breach.")
    assert (claim.kind, claim.value, claim.unit, claim.text) == ("money", 500, "INR", "Rs. 500")


def test_a_plural_acronym_after_m_makes_millions():
    claim = only_figure("Support ended, leaving an estimated 21m PCs in Britain without updates.")
    assert (claim.kind, claim.value, claim.unit) == ("count", 21_000_000, "pcs")


def test_a_date_written_with_slashes_is_flagged_once():
    dates = [c for c in extract_claims("The order was signed on 3/4/2021 in Lagos.") if c.kind == "date"]
    assert [c.text for c in dates] == ["3/4/2021"]


def test_full_width_digits_are_read_and_the_surface_is_kept_as_written():
    text = "Sales rose \uff18\uff10\uff05 to \u00a5\uff13,\uff12\uff10\uff10 million."
    percent, money = figures(text)
    assert (percent.kind, percent.value, percent.text) == ("percent", 80, "\uff18\uff10\uff05")
    assert (money.kind, money.value, money.unit) == ("money", 3_200_000_000, "JPY")
    assert text[money.start:money.end] == money.text == "\u00a5\uff13,\uff12\uff10\uff10 million"


@pytest.mark.parametrize(
    "text, value, surface",
    [
        ("About \u0663\u0660 people were hurt.", 30, "About \u0663\u0660 people"),
        ("Prices rose \u0662\u066b\u0665% in May.", 2.5, "\u0662\u066b\u0665%"),
        ("The road runs \u096f\u0966 km.", 90, "\u096f\u0966 km"),
    ],
)
def test_arabic_indic_and_devanagari_digits_are_read_and_kept_as_written(text, value, surface):
    claim = only_figure(text)
    assert (claim.value, claim.text, text[claim.start:claim.end]) == (value, surface, surface)


@pytest.mark.parametrize(
    "text",
    [
        "He said the 405 bus ran only once an hour.",
        "She takes the 306 to college in town.",
        "He used the 159 express to get to class.",
        "New hires would come from the 78702 and 78721 ZIP codes.",
    ],
)
def test_a_bus_route_or_a_postal_code_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, value",
    [("The 300 buses were late.", 300), ("They took the 3 children to school.", 3)],
)
def test_buses_and_children_counted_after_the_stay_counts(text, value):
    assert only_figure(text).value == value


def test_a_scale_word_hyphenated_in_indian_style_scales_the_money():
    claim = only_figure("Work on the Rs 260-crore pipeline began last year.")
    assert (claim.kind, claim.value, claim.unit) == ("money", 2_600_000_000, "INR")


def test_a_stock_code_on_its_exchange_is_no_figure():
    found = figures("Aoba Precision (6857.T) soared 11.8%, and XPeng (9868.HK) jumped 8%.")
    assert [c.value for c in found] == [11.8, 8]


@pytest.mark.parametrize(
    "text, value",
    [
        ("They bought 300 zip ties for the stalls.", 300),
        ("The thieves took the 400 from the till.", 400),
        ("Quote log AB 12 if 40 people were hurt.", 40),
    ],
)
def test_counts_near_the_words_of_routes_and_codes_stay_counts(text, value):
    assert value in [c.value for c in figures(text)]


@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        ("They faced a 2\u00bd-hour wait at the border.", "measure", 2.5, "hour"),
        ("The 1\u00be-mile route opens in spring.", "measure", 1.75, "mile"),
    ],
)
def test_a_fraction_sign_before_a_hyphen_joins_its_number(text, kind, value, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.value, claim.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        ("The stadium cost a quarter of a billion dollars.", "money", 250_000_000, "USD"),
        ("He paid three-quarters of a million pounds for it.", "money", 750_000, "GBP"),
        ("Nearly half a billion euros went on consultants.", "money", 500_000_000, "EUR"),
        ("Two-thirds of a million voters stayed at home.", "count", 2 / 3 * 1_000_000, "voters"),
        ("Half a million pounds of beef was recalled.", "count", 500_000, "pounds"),
    ],
)
def test_a_share_of_a_scale_word_is_one_figure(text, kind, value, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.unit) == (kind, unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "He inherited the No. 11 shirt from his uncle.",
        "Mavis Ogbu, who wears No. 23, came off the bench.",
        "Proposal 2 would raise the sales tax.",
        "Bill 118 now goes to committee.",
    ],
)
def test_a_shirt_a_bill_or_a_proposal_is_named_by_its_number(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("In New Jersey 40% of voters backed it.", 40),
        ("Under the proposal 5,000 homes would be built.", 5000),
        ("Under the new bill 40,000 families would gain.", 40000),
        ("He wore the shirt 200 times.", 200),
    ],
)
def test_a_figure_after_the_words_for_a_bill_or_a_shirt_still_counts(text, value):
    assert value in [c.value for c in figures(text)]


def test_a_rank_after_no_is_still_an_ordinal():
    assert [(c.kind, c.value) for c in figures("She beat the world No. 3 in straight sets.")] == [("ordinal", 3)]


@pytest.mark.parametrize("text, value", [("Delgado hit .375 in the series.", 0.375), ("The rate was .5 higher.", 0.5)])
def test_a_decimal_with_no_digit_before_the_point_is_read_as_a_fraction(text, value):
    claim = only_figure(text)
    assert (claim.value, claim.text) == (value, text[claim.start:claim.end]) and claim.text.startswith(".")


def test_a_vote_tally_counts_no_noun_after_despite():
    found = figures("The council passed the budget 31-9 despite warnings from the unions.")
    assert [(c.value, c.unit) for c in found] == [(31, None), (9, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Mehra returned figures of 4-32 off 9.2 overs.",
        "Khan was the pick of the attack with 4-32 from his 10 overs.",
    ],
)
def test_bowling_figures_are_wickets_and_runs_not_a_range(text):
    wickets, runs = figures(text)[:2]
    assert (wickets.value, wickets.unit, runs.value, runs.unit) == (4, "wickets", 32, "runs")


@pytest.mark.parametrize("text", ["Children aged 4-12 attended.", "The clinic sees 5-30 patients a day."])
def test_a_range_that_is_no_bowling_figure_stays_a_range(text):
    claim = only_figure(text)
    assert claim.value is None and (claim.low, claim.high) in ((4, 12), (5, 30))


def test_a_leading_point_before_a_scale_word_keeps_its_point():
    claim = only_figure("Some .5 million voters stayed home.")
    assert (claim.value, claim.text) == (500_000, "Some .5 million voters")


@pytest.mark.parametrize(
    "text, value",
    [("Police recovered R4.7-million in cash.", 4_700_000), ("It was a R450-million tender.", 450_000_000)],
)
def test_rand_with_a_hyphenated_scale_is_money(text, value):
    claim = only_figure(text)
    assert (claim.kind, claim.value, claim.unit) == ("money", value, "ZAR")


def test_a_day_range_after_a_month_is_one_date():
    found = extract_claims("Policymakers meet on Dec. 12-13 and again on March 3-5, 2025.")
    assert [(c.kind, c.text) for c in found] == [("date", "Dec. 12-13"), ("date", "March 3-5, 2025")]


@pytest.mark.parametrize(
    "text, value",
    [("Of the 1300 people whose visas were cancelled, most left.", 1300), ("Bleaching hit 73% of the 1080 reefs.", 1080)],
)
def test_a_number_long_before_any_year_of_news_before_a_plural_counts(text, value):
    assert value in [c.value for c in figures(text)]


def test_twelve_noon_is_a_time_and_a_helpline_number_names_a_line():
    found = extract_claims("Work outdoors between 12 noon and 4 pm is banned; call the helpline 1070 for help.")
    assert [(c.kind, c.text) for c in found] == [("date", "12 noon"), ("date", "4 pm")]


def test_a_vague_plural_strong_is_read_as_a_number_strong_is():
    found = figures("A thousands-strong crowd marched past a 5,000-strong police cordon.")
    assert [(c.kind, c.text, c.low, c.high, c.value) for c in found] == [
        ("vague", "thousands-strong", 1000, 10000, None),
        ("count", "5,000-strong", None, None, 5000),
    ]


def test_a_compound_of_a_multiple_is_no_change_by_a_factor():
    found = figures("Okoye had a double-double in the twice-weekly game, and ticket sales doubled.")
    assert [(c.text, c.value, c.unit) for c in found] == [("doubled", 2, "times")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("A bag of rice now sells for N58,000 in Kano.", 58000, "NGN"),
        ("The state owes N2.5 trillion to contractors.", 2.5e12, "NGN"),
        ("The grant was raised to R370 a month.", 370, "ZAR"),
        ("A remark costs R140 per subject.", 140, "ZAR"),
    ],
)
def test_naira_and_rand_written_as_a_letter_before_the_digits(text, value, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.value, claim.unit.split()[0]) == ("money", value, unit)


def test_a_letter_and_a_number_that_read_as_no_money_name_a_road_or_a_mask():
    assert figures("Wear an N95 mask on the N7 and the R445 near Naas.") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Revenue rose to Rs 1,12,430 crore.", 1_12_430 * 1e7),
        ("Sales stood at 2,38,412 units in the quarter.", 238412),
        ("The fund holds 12,34,56,789 rupees.", 123456789),
    ],
)
def test_digits_grouped_in_the_indian_way_are_one_number(text, value):
    assert only_figure(text).value == value


def test_two_days_of_one_month_joined_by_and_are_one_date_but_a_count_after_them_stays():
    found = extract_claims("Talks resume on November 25 and 26. On May 3 and 4 shops closed.")
    assert [(c.kind, c.text) for c in found] == [
        ("date", "November 25 and 26"), ("date", "May 3"), ("count", "4 shops"),
    ]


def test_a_number_set_off_after_a_line_names_the_line():
    assert [c.text for c in figures("Call the corps' toll-free line, 122, for help; 40 people called.")] == ["40 people"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Labour has a 17-point lead after a five-point swing.", [("count", "17-point", 17), ("count", "five-point", 5)]),
        ("It set out a 10-point plan after a three-point shot.", []),
        ("Egypt led through a 34th-minute header.", [("ordinal", "34th", 34)]),
        ("It is the 3rd-largest port in a 19th-century town.", [("ordinal", "3rd", 3), ("date", "19th-century", None)]),
    ],
)
def test_hyphenated_margins_in_points_and_ordinals_glued_to_a_word(text, expected):
    assert [(c.kind, c.text, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("The waiting list stood at 7.4m in August.", "count", 7.4e6),
        ("Viewers peaked at 5.2m.", "count", 5.2e6),
        ("The sea wall is 7.4m high.", "measure", 7.4),
        ("She jumped 7.4m in the final.", "measure", 7.4),
        ("The audience for the final grew to 3.1m.", "count", 3.1e6),
    ],
)
def test_an_m_with_no_noun_after_it_is_millions_where_the_sentence_counts_and_metres_where_it_measures(text, kind, value):
    claim = only_figure(text)
    assert (claim.kind, claim.value) == (kind, value)


def test_shillings_written_ksh_before_a_bare_amount_are_money():
    found = figures("The shilling traded at about KSh 129.2 against the dollar; a permit costs Sh 300.")
    assert [(c.kind, c.value, c.unit) for c in found] == [("money", 129.2, "KES"), ("money", 300, "KES")]


def test_two_quarters_are_periods_and_three_quarters_of_a_thing_a_share():
    found = figures("The bank wants another two quarters of data. Three quarters of voters agreed.")
    assert [(c.text, c.value) for c in found] == [("two quarters", 2), ("Three quarters of voters", 0.75)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stocks fell after a 1.2 million-barrel draw.", [("measure", 1.2e6, "barrel")]),
        ("It sold a record 259 million-dollar flats.", [("count", 259, "million-dollar flats")]),
        ("Net profit rose to Rs 1,245 cr.", [("money", 1.245e10, "INR")]),
    ],
)
def test_a_scale_hyphenated_to_what_it_counts_and_crore_written_short(text, expected):
    assert [(c.kind, c.value, c.unit) for c in figures(text)] == expected


def test_quarters_of_a_year_are_periods_and_quarters_of_a_thing_a_share():
    found = figures("Imports rose in the first three quarters of 2024. Three quarters of the budget went on pay.")
    assert [(c.kind, c.text, c.value) for c in found] == [
        ("ordinal", "first", 1), ("count", "three quarters", 3), ("count", "Three quarters", 0.75),
    ]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("People living within 500m of the site were evacuated.", "measure", 500),
        ("Team members swam 400m.", "measure", 400),
        ("Nurses were given an N95 a day.", None, None),
    ],
)
def test_metres_and_masks_stay_what_they_are_beside_people(text, kind, value):
    found = figures(text)
    assert [(c.kind, c.value) for c in found] == ([(kind, value)] if kind else [])


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The rent rose to Dh110,000 a year.", 110000, "AED"),
        ("A paperback cost Dh8 then.", 8, "AED"),
        ("The tower cost Dhs 2.5bn to build.", 2.5e9, "AED"),
        ("The department released P84 million in aid.", 84e6, "PHP"),
        ("Each family gets P1,500 a month.", 1500, "PHP"),
    ],
)
def test_dirhams_and_philippine_pesos_written_before_the_digits(text, value, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.value, claim.unit.split()[0]) == ("money", value, unit)


def test_a_form_a_designated_hitter_and_a_lower_case_code_are_no_money():
    assert figures("He handed in his P45 and P60 and typed dh4 by mistake.") == []
    assert [c.kind for c in figures("The Dh45 fare and the DH 3.")] == ["money"]


def test_a_share_written_n_in_m_needs_a_whole_not_a_rank():
    found = figures("Hawks star kicks four in 200th game, while one in 20 adults smoke.")
    assert [(c.kind, c.value) for c in found] == [("count", 4), ("ordinal", 200), ("count", 0.05)]


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        ("His blood alcohol was 0.21g per 100ml.", "0.21g per 100ml", "g per 100ml"),
        ("The legal limit is 0.05g per 100 ml.", "0.05g per 100 ml", "g per 100 ml"),
        ("The car uses 6.5 litres per 100km.", "6.5 litres per 100km", "litres per 100km"),
    ],
)
def test_the_base_of_a_measured_rate_joins_its_unit(text, surface, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.text, claim.unit) == ("measure", surface, unit)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rice sold at P29 a kilo.", 29),
        ("Each kilometre costs P2.20 now.", 2.2),
        ("The board approved a P2 increase.", 2),
        ("A R50 hike was approved.", 50),
    ],
)
def test_small_sums_after_a_currency_letter_read_as_money_where_priced(text, value):
    claim = only_figure(text)
    assert (claim.kind, claim.value) == ("money", value)


def test_a_share_before_a_comparative_is_the_share_of_the_difference():
    found = figures("The harvest was a third less than last year, and a quarter more people came.")
    assert [(c.text, round(c.value, 4), c.direction) for c in found] == [
        ("a third", 0.3333, "down"), ("a quarter", 0.25, "up")
    ]


def test_an_hour_in_the_morning_is_a_time_and_three_digit_groups_are_a_number_to_dial():
    found = extract_claims(
        "Crews worked until 2 in the morning and trained at 6.30 in the morning. Call Lifeline on 13 11 14."
    )
    assert [(c.kind, c.text) for c in found] == [("date", "2 in the morning"), ("date", "6.30 in the morning")]


def test_a_game_numbered_in_a_series_and_three_quarter_time_are_no_figures():
    assert figures("Game 2 is on Saturday, and the Devils led at three-quarter time.") == []
    assert [c.text for c in figures("They need a three-quarter majority.")] == ["three-quarter"]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The loss was put at Shs180 million.", 180e6, "UGX"),
        ("She bought an oven for R800 she had saved.", 800, "ZAR"),
    ],
)
def test_ugandan_shillings_and_a_sum_after_a_word_of_buying(text, value, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.value, claim.unit) == ("money", value, unit)


def test_house_numbers_record_numbers_text_lines_and_zip_codes_are_no_counts():
    text = (
        "He died at his home at 7 Heol y Nant. She lives next door at 414 Elm. Her roll number was "
        "5231784. Donate by texting RUN10 to 70085. Write to P.O. Box 118, Pinewood, OR 97439. "
        "Heading for R445 near Naas, he sent a text to 40 friends."
    )
    assert [c.text for c in figures(text)] == ["40 friends"]


def test_an_age_in_brackets_after_a_person_but_not_a_party():
    found = figures("Driver (24) was banned. Aoife Byrne (31), of Tallaght, was fined. Labour (24) won seats.")
    assert [(c.kind, c.value, c.unit) for c in found] == [("measure", 24, "years"), ("measure", 31, "years")]


def test_millions_before_a_describing_word_and_race_distances_stay_metres():
    found = figures("The plan will deliver 1.5m new homes, and she swam the 400m freestyle heats.")
    assert [(c.text, c.value) for c in found] == [("1.5m new homes", 1.5e6), ("400m", 400)]


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("Support was highest among 18- to 34-year-olds.", 18, 34, "years"),
        ("It is a 10- to 15-minute walk.", 10, 15, "minute"),
    ],
)
def test_a_range_with_its_first_hyphen_left_hanging_is_one_range(text, low, high, unit):
    claim = only_figure(text)
    assert (claim.kind, claim.low, claim.high, claim.unit) == ("measure", low, high, unit)


def test_a_temperature_below_zero_written_with_a_dash_and_a_spaced_c():
    claim = only_figure("Temperatures were around \u201324 C at the time of the crash.")
    assert (claim.kind, claim.value, claim.unit) == ("measure", -24, "C")
    assert [c.value for c in figures("Between 1990 \u20132000 people moved.")] == [2000]


@pytest.mark.parametrize(
    "text",
    [
        "Free school meals are available for P1 to P5 pupils from August.",
        "Drivers on the R44 a kilometre from town were stopped, and the R101 cut through the village.",
        "Goals from Harry Kane (23) and Bukayo Saka (67) sealed the win.",
        "Scorers: Harry Kane (2) and Bukayo Saka.",
    ],
)
def test_a_school_year_a_road_and_goal_minutes_are_no_money_and_no_ages(text):
    assert [(c.kind, c.text) for c in figures(text) if c.kind == "money" or c.unit == "years"] == []


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The total number was 1,200 last year.", "1,200"),
        ("The school sent text messages to 3,000 parents on Friday.", "3,000 parents"),
        ("The council sent SMS alerts to 40,000 residents.", "40,000 residents"),
        ("Smith died at 92 Saturday in hospital.", "92"),
        ("There were 5 in the morning and 7 in the afternoon.", "5"),
        ("Anderson took 3 in the morning session.", "3"),
    ],
)
def test_counts_near_words_of_records_texts_homes_and_mornings_stay_counts(text, surface):
    assert figures(text)[0].text == surface


@pytest.mark.parametrize(
    "text",
    [
        "He was handed his P45 a week before Christmas.",
        "Children in Scotland start P1 a year later than in England.",
        "Piastri earned P3 on the grid, and Norris finished P2 a year ago.",
        "The Free SHS 1 students reported on Monday, and a TSH 4.5 reading is normal.",
    ],
)
def test_tax_forms_grid_places_school_years_and_tests_are_no_money(text):
    assert [c.text for c in figures(text) if c.kind == "money"] == []


def test_pesos_by_the_day_past_two_digits_and_a_sum_after_worth():
    found = figures("The daily wage is P610 a day, and the packs are worth P650 each.")
    assert [(c.kind, c.value) for c in found] == [("money", 610), ("money", 650)]


@pytest.mark.parametrize(
    "text",
    [
        "Scorers: Ella Toone (23), Lauren Hemp (41), Alessia Russo (78).",
        "Joe Root (84) was the top scorer.",
    ],
)
def test_runs_and_minutes_in_brackets_after_players_are_no_ages(text):
    assert [c.text for c in figures(text) if c.unit == "years"] == []


def test_an_age_in_brackets_before_who_or_of():
    found = figures("Ramesh Kulkarni (61), who runs a shop, and Sunita Jadhav (52) of Ward 9 spoke.")
    assert [(c.value, c.unit) for c in found] == [(61, "years"), (52, "years")]


def test_a_plain_number_is_no_record_without_a_word_for_the_record():
    assert [c.text for c in figures("The number was 12000 by Friday.")] == ["12000"]
    assert figures("Her roll number was 5231784.") == []


def test_a_base_hyphenated_to_its_unit_is_a_figure_of_its_own_and_no_rate_base():
    found = extract_claims("Cement fell by Rs 10-15 per 50-kg bag, with 17 deaths per 1,000 births.")
    assert [(c.kind, c.text, c.value, c.low, c.high) for c in found] == [
        ("money", "Rs 10-15", None, 10.0, 15.0),
        ("measure", "50-kg", 50.0, None, None),
        ("count", "17 deaths per 1,000 births", 17.0, None, None),
    ]


def test_ringgit_written_rm_with_mil_and_not_in_a_tracking_code():
    found = extract_claims(
        "The RM850 million mall opened. Police seized RM33.8mil of drugs and RM86,400 in cash."
        " Quote the tracking code RM 4481 2290 5GB, or code 4481 at the desk."
    )
    assert [(c.kind, c.text, c.value, c.unit) for c in found] == [
        ("money", "RM850 million", 850_000_000.0, "MYR"),
        ("money", "RM33.8mil", 33_800_000.0, "MYR"),
        ("money", "RM86,400", 86_400.0, "MYR"),
    ]
    # "mil" is a million only behind a currency.
    assert [(c.kind, c.value) for c in extract_claims("The sheet is 10 mil thick.")] == [("count", 10.0)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 47th Lac-Brule Winter Carnival opens soon.", [("ordinal", "47th")]),
        ("She won at the 78th Venice Film Festival.", [("ordinal", "78th")]),
        ("He served in the 101st Airborne Division on 42nd Street.", []),
        ("The colt, wearing saddlecloth No. 11, won; she is world No. 1.", [("ordinal", "No. 1")]),
        ("Those who lost the 2019 and 2021 finals will wait; the survey checked 2000 prices in 40 shops.",
         [("date", "2019"), ("date", "2021"), ("count", "2000 prices"), ("count", "40 shops")]),
    ],
)
def test_editions_of_events_worn_numbers_and_a_year_after_a_year(text, expected):
    assert [(c.kind, c.text) for c in extract_claims(text)] == expected


def test_gaelic_scores_of_goals_and_points_are_no_ranges():
    found = extract_claims("Kerry beat Dublin 1-18 to 0-19, after leading at the break, 0-9 to 0-6, before 41,000 fans.")
    assert [(c.kind, c.text) for c in found] == [("count", "41,000 fans")]


def test_half_time_is_a_moment_of_the_match_and_no_share():
    found = extract_claims("He scored six minutes before half-time and they led at half-time. She took a half-time job.")
    assert [(c.kind, c.text) for c in found] == [("measure", "six minutes"), ("date", "half-time"), ("date", "half-time")]


def test_a_change_named_by_a_noun_further_back_makes_from_and_to_two_figures():
    found = extract_claims("The budget includes an increase in the cost of a garden waste permit from £45 to £60.")
    assert [(c.kind, c.value, c.low, c.high) for c in found] == [("money", 45.0, None, None), ("money", 60.0, None, None)]


def test_cents_signs_rand_with_cents_and_a_count_of_rate_steps():
    found = extract_claims(
        "The Australian dollar dipped to US65.4¢; eggs cost 99¢. The rand weakened to R18.42/$ and shares rose to"
        " R142.30, but the R2035 bond and the R101 road are names. Officials see two quarter-point cuts."
    )
    assert [(c.kind, c.value, c.unit) for c in found] == [
        ("money", 65.4, "cents"), ("money", 99.0, "cents"), ("money", 18.42, "ZAR"), ("money", 142.3, "ZAR"),
        ("count", 2.0, "cuts"), ("percent", 0.25, "percentage points"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Class sizes grew from 20-25 to 30-35 pupils.", [("count", None, 20.0, 25.0), ("count", None, 30.0, 35.0)]),
        ("Households with incomes of anywhere from £20,000 to £40,000 pay more.", [("money", None, 20_000.0, 40_000.0)]),
        ("Schools with rolls of from 200 to 400 children.", [("count", None, 200.0, 400.0)]),
        ("In the first 10 months of the war, 30,000 people died.",
         [("ordinal", 1.0, None, None), ("measure", 10.0, None, None), ("count", 30_000.0, None, None)]),
        ("She works half-time as a nurse and earns $30,000.", [("money", 30_000.0, None, None)]),
        ("His flat, Rm 1503, was raided; the Royal Marines (RM 45 Commando) lost 3 men.",
         [("count", 1503.0, None, None), ("count", 45.0, None, None), ("count", 3.0, None, None)]),
        ("The firm posted a net profit of RM 450.3 mil for the quarter.", [("money", 450_300_000.0, None, None)]),
    ],
)
def test_the_review_of_the_new_figure_rules(text, expected):
    assert [(c.kind, c.value, c.low, c.high) for c in extract_claims(text) if c.kind != "date"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The house has 3-4 to 5-6 bedrooms.", [("count", None, 3.0, 4.0), ("count", None, 5.0, 6.0)]),
        ("Maybank's profit rose to RM1.2bil from RM980mil.", [("money", 1.2e9, None, None), ("money", 9.8e8, None, None)]),
        ("Sasol shares fell R12.50 to R142.30.", [("money", 12.5, None, None), ("money", 142.3, None, None)]),
        ("Section R302.11 of the residential code applies under R302.13.", []),
        ("Sales fell at stores in towns with populations from 10,000 to 50,000.", [("count", None, 10_000.0, 50_000.0)]),
        ("The judges handed her two half-point deductions.", [("count", 2.0, None, None)]),
    ],
)
def test_the_second_review_of_this_stops_figure_rules(text, expected):
    assert [(c.kind, c.value, c.low, c.high) for c in extract_claims(text) if c.kind != "date"] == expected


def test_storm_signals_and_a_state_in_capitals_are_no_figures_of_their_own():
    found = extract_claims(
        "Hong Kong raised its No 8 gale or storm signal; Signal No. 4 was raised in Luzon. 23 TN fishermen were"
        " freed, and Rs 5 CR was paid. She is world No. 1."
    )
    assert [(c.kind, c.value) for c in found] == [("count", 23.0), ("money", 50_000_000.0), ("ordinal", 1.0)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A vote "by five to four" is two counts, not a time; "at five to four" is a time.
        ("The Monetary Policy Committee voted by five to four to cut rates.",
         [("count", 5.0, None, None), ("count", 4.0, None, None)]),
        ("We met at five to four in the afternoon.", [("date", None, None, None)]),
        # A bill written short names a bill.
        ("The House advanced H.R. 2187, a bill that would require 40 agencies to act.",
         [("count", 40.0, None, None)]),
        # A week of a month is a date, not a rank; a week of a war is still a rank.
        ("Hospitals saw 5,400 flu patients a day in the first week of January.",
         [("count", 5400.0, None, None), ("date", None, None, None)]),
        ("Sales fell in the second week of May 2024.", [("date", None, None, None)]),
        ("It was the first week of the war.", [("ordinal", 1.0, None, None)]),
        # A count set off by a dash after another is an aside, not a range ...
        ("About one in 10 patients \u2013 158,721 people \u2013 waited more than 12 hours.",
         [("count", 0.1, None, None), ("count", 158_721.0, None, None), ("measure", 12.0, None, None)]),
        # ... but "10 \u2013 15 people" is a range.
        ("Between 10 \u2013 15 people died.", [("count", None, 10.0, 15.0)]),
        # A change by a gerund: two levels, not a range.
        ("Fares are going from $2.30 to $2.45 in March.",
         [("money", 2.3, None, None), ("money", 2.45, None, None), ("date", None, None, None)]),
        ("Even going from 2,000 to 4,000 steps a day helped.", [("count", 2000.0, None, None), ("count", 4000.0, None, None)]),
        ("Our rent has gone from Dh45,000 to Dh110,000 a year.", [("money", 45000.0, None, None), ("money", 110000.0, None, None)]),
        # Gaelic scores: a result line, and one team outscoring another.
        ("All-Ireland SHC semi-final: Limerick 2-24 Clare 0-25", []),
        ("In the last ten minutes they outscored Clare by 1-6 to 0-2.", [("measure", 10.0, None, None)]),
    ],
)
def test_votes_bills_weeks_of_a_month_asides_changes_and_result_lines(text, expected):
    assert [(c.kind, c.value, c.low, c.high) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Thousands in spaced groups with a unit of power after them, as South African copy writes them.
        ("Breakdowns must stay below 13 000MW, compared with 2 000MW last year.",
         [("measure", 13_000.0, "MW"), ("measure", 2000.0, "MW"), ("date", None, None)]),
        ("Kusile power station has a capacity of 4 800MW.", [("measure", 4800.0, "MW")]),
        ("The top 5 100m sprinters met.", [("count", 5.0, None), ("count", 100_000_000.0, "sprinters")]),
        # The first months of a financial year are a date; of a war, a length.
        ("Output rose in the first nine months of its financial year.", [("date", None, None)]),
        ("In the first 10 months of the war, 40 died.", [("ordinal", 1.0, None), ("measure", 10.0, "months"),
                                                        ("count", 40.0, None)]),
        # A helpline of four digits after "call"; "called 150 witnesses" counts.
        ("Disconnect and call 1930 immediately, police said.", []),
        ("Prosecutors called 150 witnesses.", [("count", 150.0, "witnesses")]),
        # A month that is a woman's name before her surname; "In June Parliament" is the month.
        ("Language teacher Aunty June Carrington, 83, spoke.", [("measure", 83.0, "years")]),
        ("In June Parliament voted.", [("date", None, None)]),
    ],
)
def test_spaced_thousands_financial_years_helplines_and_months_as_names(text, expected):
    assert [(c.kind, c.value, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A hedged share with nothing after it that it counts.
        ("Gun deaths were up from about a quarter in 2010.", [("count", 0.25, None), ("date", None, None)]),
        ("The appeal was less than a quarter funded.", [("count", 0.25, None)]),
        # One thing: a period, a time, a rank before its noun.
        ("It lasted nearly a quarter century.", []),
        ("A farming family counts the cost of a third dry year.", [("ordinal", 3.0, None)]),
        ("Exports rose, extending the streak to a sixth consecutive month.", [("ordinal", 6.0, None)]),
        # The quarter named by the month that ends it.
        ("Rents rose 1.3 per cent over the March quarter.", [("percent", 1.3, "%"), ("date", None, None)]),
        ("We will march quarter by quarter.", []),
    ],
)
def test_hedged_shares_and_quarters_named_by_their_month(text, expected):
    assert [(c.kind, c.value, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Months before a capitalised noun after "the" are months, not women's names.
        ("Traders are pricing in a cut at the June Fed meeting.", [("date", None, None)]),
        ("The August Bank Holiday weekend was wet.", [("date", None, None)]),
        # "In June half of all new cars" is a month and a share, not "the June half".
        ("In June half of all new cars sold in Norway were electric.", [("date", None, None), ("count", 0.5, "new cars")]),
        # "going to" is the future, and a relative clause ends the search for a change.
        ("The government is going to spend from $2bn to $3bn on the upgrade.", [("money", None, "USD")]),
        ("Families moving into homes that cost from $300,000 to $400,000 pay more.", [("money", None, "USD")]),
        # A share of a scale word is no share of its own.
        ("Nearly a quarter million people fled the fighting.", []),
        # A time after "at", not a vote; a vote after "by".
        ("She left the house at ten to four and walked to the station.", [("date", None, None)]),
        ("Voting closes at five to ten tonight.", [("date", None, None), ("date", None, None)]),
        # Four digits after "contact" count; after "call" only as a helpline's number.
        ("The bank said it would contact 4000 in the coming weeks.", [("count", 4000.0, None)]),
        # A range of people at a match is no score.
        ("At the quarter-final, 10-15 people were treated for crush injuries.", [("count", None, "people")]),
    ],
)
def test_the_review_of_this_stops_figure_rules(text, expected):
    assert [(c.kind, c.value, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Indonesian rupiah, written "Rp" (not "RP", which names other things).
        ("Candidates must spend between Rp 20 billion and Rp 30 billion to compete.",
         [("money", None, "IDR")]),
        ("A meal costs Rp15,800.", [("money", 15_800.0, "IDR")]),
        ("RP 45 was the route.", [("count", 45.0, None)]),
        # A price that moved by a sum in naira; a sum paid in pesos.
        ("The refinery raised its gantry price by N65 to N930 a litre.",
         [("money", 65.0, "NGN"), ("money", 930.0, "NGN per litre")]),
        ("Traffic moved from N65 to the M4.", []),
        ("I paid P150 for the tricycle.", [("money", 150.0, "PHP")]),
        ("Classes from P1 to P5 pupils will stay.", []),
        # "First" that orders what is said, not a rank.
        ('"First I will buy my parents a house," he said.', [("quote", None, None)]),
        ("First prize went to Ann.", [("ordinal", 1.0, None)]),
    ],
)
def test_rupiah_moved_and_paid_sums_and_first_as_an_adverb(text, expected):
    assert [(c.kind, c.value, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Four-digit helplines after other verbs of calling.
        ("Members of the public can text 1737 for free support.", []),
        # A relative clause inside a change keeps the change.
        ("The government increased the payment to families who qualify from \u20ac140 to \u20ac150 a month.",
         [("money", 140.0, "EUR"), ("money", 150.0, "EUR per month")]),
        # A tally right after "voted".
        ("The committee voted five to four in favour of the plan.", [("count", 5.0, None), ("count", 4.0, None)]),
        # "March quarter" needs no article; "In May half the staff" is a month and a share.
        ("March quarter inflation came in at 3.6 per cent.", [("date", None, None), ("percent", 3.6, "%")]),
        ("In May half the staff were sent home.", [("date", None, None), ("count", 0.5, "staff")]),
        # A road or a grid place near a price is no money.
        ("After toll fees rose, many truckers switched to R101 to avoid the plaza.", []),
        ("The grid penalty cost him dearly, dropping him from P12 to P18.", []),
        ("He raised his fare from N700 to N800 on Monday.",
         [("money", 700.0, "NGN"), ("money", 800.0, "NGN"), ("date", None, None)]),
    ],
)
def test_a_second_look_at_this_stops_figure_rules(text, expected):
    assert [(c.kind, c.value, c.unit) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A tally of votes in a headline, and one that failed, the fewer votes first ...
        ("Budget passes 6-3 after a long debate.", [("count", 6.0, None, None), ("count", 3.0, None, None)]),
        ("A motion to freeze the rate failed 4-5.", [("count", 4.0, None, None), ("count", 5.0, None, None)]),
        ("The motion was carried 7-2.", [("count", 7.0, None, None), ("count", 2.0, None, None)]),
        # ... but not a range of things, nor a score.
        ("He failed 2-3 drug tests.", [("count", None, 2.0, 3.0)]),
        ("United were defeated 2-1 at home in the league.", []),
    ],
)
def test_tallies_of_votes_that_pass_or_fail(text, expected):
    assert [(c.kind, c.value, c.low, c.high) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Millions written "m" before a word that describes what is counted ...
        ("Austel has about 4.3m mobile customers.", [("count", 4_300_000.0)]),
        # ... but metres in a race over hurdles or in heats.
        ("She won the 100m hurdles.", [("measure", 100.0)]),
        ("He won both 200m heats.", [("measure", 200.0)]),
    ],
)
def test_millions_written_m_before_a_described_noun_and_races_in_metres(text, expected):
    assert [(c.kind, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Odds and a lead that fail or are carried are no tallies of votes ...
        ("Ballyglass, the 9-4 favourite, failed to fire at Leopardstown.", []),
        ("Rovers carried a 2-0 advantage into the second leg.", [("ordinal", 2.0)]),
        # ... nor is a thing measured in metres that people use, or a gap they squeeze through.
        ("The 30m footbridge visitors use to reach the beach has been closed.", [("measure", 30.0)]),
        ("There is only a 3m gap people can squeeze through.", [("measure", 3.0)]),
        # Heats anywhere in the sentence do not make an audience metres.
        ("The show's heats drew an average audience of 3.1m.", [("count", 3_100_000.0)]),
        # One who asks for something is counted.
        ("Just one councillor asked for the plan to be delayed.", [("count", 1.0)]),
        # The number of an emergency line counts nothing; "4-H" is a name.
        ("We have had 911 calls we could not answer yet.", []),
        ("More than 310 4-H and FFA members entered.", [("count", 310.0)]),
        ("Police took 911 people into custody.", [("count", 911.0)]),
    ],
)
def test_odds_leads_things_in_metres_requests_and_service_numbers(text, expected):
    assert [(c.kind, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # What hospitals count in millions written "m".
        ("The backlog of planned hospital treatment fell to 7.54m in September.", [("count", 7_540_000.0), ("date", None)]),
        ("Staff delivered more than 1.6m elective treatments.", [("count", 1_600_000.0)]),
        # A curve that worsened from one level to another: two levels.
        ("The curve in his spine had worsened from 48 degrees to 71 degrees.", [("measure", 48.0), ("measure", 71.0)]),
    ],
)
def test_counts_of_treatment_in_millions_and_changes_for_the_worse(text, expected):
    assert [(c.kind, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # What is counted in millions right after the "m" does not make metres elsewhere millions.
        ("Visibility fell to 50m, and police urged drivers to avoid unnecessary journeys.", [("measure", 50.0)]),
        ("Rescue operations were suspended after the water rose to 2m.", [("measure", 2.0)]),
        # Getting better is a change only right before "from".
        ("Outcomes have improved for patients from 40 to 60 years old.", [("measure", None)]),
    ],
)
def test_metres_beside_things_counted_in_millions_and_ranges_after_getting_better(text, expected):
    assert [(c.kind, c.value) for c in extract_claims(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A match's result, on a line of its own or opening a headline, holds no figure to check.
        ("Clonmore 1-15 St Brendan\u2019s 0-14\n\nThe holders were beaten in front of 6,412 spectators.",
         [("count", 6412.0)]),
        ("Taraweka 27 Harbourside 20\n\nTaraweka won the final in the rain.", []),
        ("Dunmore Thistle 3 Kinloch Rovers 0\n\nThe visitors never threatened a goal.", []),
        ("Castlemere 2 Thornbury Town 1: Okafor double lifts Mariners into fourth\n\nOkafor scored twice.",
         [("ordinal", 4.0)]),
        # A sentence that only opens so, or a line with no game after it, or one that counts
        # votes, people or days, is read as ever.
        ("Acme 3 Group reported 15 new cases.", [("count", 3.0), ("count", 15.0)]),
        ("Harris 48 Trump 47: new poll shows a dead heat in Pennsylvania", [("count", 48.0)]),
        ("Ayes 312 Noes 290\n\nThe government won the vote.", [("count", 312.0)]),
        ("SNP 48 Labour 37, with the Tories on five, according to the exit poll.", [("count", 48.0), ("count", 5.0)]),
    ],
)
def test_results_of_matches_are_no_figures(text, expected):
    assert [(c.kind, c.value) for c in extract_claims(text)] == expected


def test_a_fixture_line_keeps_its_date_and_time():
    text = "Saturday 12 October 15:00 - Ireland v Argentina, Aviva Stadium"
    assert [(c.kind, c.text) for c in extract_claims(text)] == [("date", "Saturday 12 October"), ("date", "15:00")]


# --------------------------------------------------------------------------- later blind sets


@pytest.mark.parametrize(
    "text, found",
    [
        # An age in brackets after a name and before what befell the person, as Irish papers write it.
        ("Garda Ciaran Walsh (41) suffered a broken wrist and Garda Aoife Brennan (33) needed 11 stitches.",
         [("measure", 41, "years"), ("measure", 33, "years"), ("count", 11, "stitches")]),
        ("Mr Walsh (41) told the court he had been in hospital.", [("measure", 41, "years")]),
        # Minutes in a match report stay no ages.
        ("Harry Kane (23) and Bukayo Saka (67) scored.", []),
    ],
)
def test_an_age_in_brackets_after_a_name(text, found):
    assert [(c.kind, c.value, c.unit) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("They spent forty-one million dollars on the bridge.", 41_000_000, "money"),
        ('"Forty-one million euro on consultants is a scandal," she said.', 41_000_000, "money"),
        ("Some twenty-five thousand fans came.", 25_000, "count"),
        ("Twenty-one hundred people signed.", 2_100, "count"),
    ],
)
def test_a_hyphened_number_takes_the_scale_word_after_it(text, value, kind):
    found = only_figure(text)
    assert (found.kind, found.value) == (kind, value)


def test_a_hyphened_number_before_a_hyphened_noun_stays_one_figure():
    found = only_figure("A forty-five-year-old man died.")
    assert (found.kind, found.value, found.unit) == ("measure", 45, "years")


@pytest.mark.parametrize(
    "text, found",
    [
        # After a count, names each with a number in a list count the same thing.
        ("Nairobi has recorded 251 cases, Kisumu 112, Migori 31 and Homa Bay 18.",
         [(251, "cases"), (112, "cases"), (31, "cases"), (18, "cases")]),
        ("Punjab accounted for 97 deaths, Sindh 29 and Balochistan 18, while seven people died elsewhere.",
         [(97, "deaths"), (29, "deaths"), (18, "deaths"), (7, "people")]),
        # Named things stay names.
        ("The airline ordered 50 jets, Boeing 737 and Airbus 320 models.", [(50, "jets")]),
        ("He scored 12 points, Apollo 11 style.", [(12, "points")]),
    ],
)
def test_counts_of_a_list_after_a_count(text, found):
    assert [(c.value, c.unit) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # Ages, years, squad numbers and names in a list after a count are no counts of it.
        ("Police charged three men, Sean Kelly 24, Tom Walsh 31 and Jack Byrne 19.", [(3, "men")]),
        ("The film has won 12 awards, Cannes 2019, Berlin 2020 and Venice 2021.", [(12, "awards")]),
        ("The squad has 25 players, Kane 9, Saka 7, Rice 41.", [(25, "players")]),
        ("The Sensex lost 800 points, Nifty 50 and Bank Nifty also fell.", [(800, "points")]),
        ("The series has sold 10 million copies, Harry Potter 7 and Fantastic Beasts 3.", [(10_000_000, "copies")]),
        # Rounds, minutes and runs in brackets after a player are no ages.
        ("Shane Lowry (67) needed just 26 putts.", [(26, "putts")]),
        ("Jack Grealish (74) suffered a knock and was replaced.", []),
        ("Rory McIlroy (69) remains three shots off the lead.", [(3, "shots")]),
    ],
)
def test_the_review_of_lists_after_a_count_and_ages_in_brackets(text, found):
    assert [(c.value, c.unit) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # A fraction in digits before "of" is a share, as "a third of" is.
        ("The firm cut 1/3 of its staff.", 1 / 3, "staff"),
        ("About 2/3 of voters agreed.", 2 / 3, "voters"),
    ],
)
def test_a_fraction_in_digits_before_of_is_a_share(text, value, unit):
    found = only_figure(text)
    assert (found.kind, found.value, found.unit) == ("count", pytest.approx(value), unit)


def test_days_written_as_a_fraction_before_a_month_are_no_share():
    assert figures("It happened on 3/4 of May.") == []


@pytest.mark.parametrize(
    "text, kind, value",
    [
        # Decimals said in words: "three point four per cent" is 3.4, not 3 and 4%.
        ("Inflation was three point four percent.", "percent", 3.4),
        ("The economy grew two point five per cent.", "percent", 2.5),
        ("Some two point five million people voted.", "count", 2_500_000),
    ],
)
def test_decimals_said_in_words(text, kind, value):
    found = only_figure(text)
    assert (found.kind, found.value) == (kind, value)


def test_at_one_point_is_no_decimal():
    assert [c.value for c in figures("At one point four men were arrested.")] != [1.4]


@pytest.mark.parametrize(
    "tail",
    [
        " https://example.org/reports/" + "a" * 200,  # a long web address in the same paragraph
        " " + "x" * 200,
        "\u0301" * 150,  # combining marks pasted onto the last word
    ],
)
def test_a_sentence_keeps_its_figures_beside_an_over_long_word(tail):
    assert [c.text for c in figures("Prices rose 5% in May." + tail)] == ["5%"]


def test_a_run_with_no_spaces_still_yields_no_figures():
    assert figures("a" * 5000 + " 5 " + "b" * 5000) == []


def test_gulf_and_bangladeshi_currency_prefixes_are_money_in_their_currency():
    found = extract_claims(
        "Spending is set at RO11.8 billion, with QR5bn for roads, BD1.2 million for schools, KD1,500 per "
        "family and Tk 5,000 crore for power; a test costs Tk 100. Scan the QR code at the gate."
    )
    assert [(c.kind, c.text, c.value, c.unit) for c in found] == [
        ("money", "RO11.8 billion", 11_800_000_000.0, "OMR"),
        ("money", "QR5bn", 5_000_000_000.0, "QAR"),
        ("money", "BD1.2 million", 1_200_000.0, "BHD"),
        ("money", "KD1,500 per family", 1_500.0, "KWD per family"),
        ("money", "Tk 5,000 crore", 50_000_000_000.0, "BDT"),
        ("money", "Tk 100", 100.0, "BDT"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # The same letters as a flight's prefix, a postcode, a model or a compound.
        "Qatar Airways flight QR908 from Doha landed safely in Auckland.",
        "Turkish Airlines flight TK1951 crashed short of the runway at Amsterdam.",
        "The new office is at 1 Broadway, Bradford BD1 1JF.",
        "The Nike KD 17 goes on sale on Friday.",
        "The compound Ro 15-4513 was tested on rats.",
    ],
)
def test_gulf_currency_letters_that_name_something_else_are_no_money(text):
    assert [c.text for c in extract_claims(text) if c.kind == "money"] == []


def test_the_cedi_the_kwacha_and_zimbabwe_gold_as_their_papers_write_them():
    found = extract_claims(
        "Hauliers get between GH\u00a21,200 and GH\u00a22,650 per tonne. Maize sells at K7,500 per tonne, and "
        "assets worth K4.6 million were seized. The rate held between ZiG26.70 and ZiG27.10."
    )
    assert [(c.kind, c.text, c.value, c.low, c.high, c.unit) for c in found] == [
        ("money", "between GH\u00a21,200 and GH\u00a22,650 per tonne", None, 1_200.0, 2_650.0, "GHS per tonne"),
        ("money", "K7,500 per tonne", 7_500.0, None, None, "ZMW per tonne"),
        ("money", "K4.6 million", 4_600_000.0, None, None, "ZMW"),
        ("money", "between ZiG26.70 and ZiG27.10", None, 26.7, 27.1, "ZWG"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Climbers reached K2 on Monday.",
        "The hall is on Cork Street, D08 K2T6.",  # an Eircode, not 2 trillion kwacha
        "The file Bd3B was deleted.",
    ],
)
def test_a_letter_before_digits_that_is_no_currency(text):
    assert [c.text for c in extract_claims(text) if c.kind == "money"] == []


@pytest.mark.parametrize(
    "text, found",
    [
        # After a word for a person and a given name alone, or before a description after a comma.
        ("Bernadette Kinsella, whose son Conor (23) was killed, spoke to the inquest.", [("measure", 23, "years")]),
        ("Prosecution witness Vikas Patil (31) said he had warned the builder.", [("measure", 31, "years")]),
        ("The court heard from Ramesh Jadhav (48), a powerloom worker.", [("measure", 48, "years")]),
        # Minutes and runs of a match report stay no ages.
        ("Striker Harry Kane (23) was replaced.", []),
        ("Goals from Ella Toone (23), Lauren Hemp (41) and Alessia Russo (78) won it.", []),
    ],
)
def test_an_age_in_brackets_after_a_word_for_a_person_or_before_a_description(text, found):
    assert [(c.kind, c.value, c.unit) for c in figures(text)] == found


def test_a_currency_quoted_by_its_bid_and_offer_is_one_range():
    found = figures("The dollar fetched 155.28-30 yen, and the euro $1.0712-0713, against 154.62-64 yen.")
    assert [(c.kind, c.low, c.high, c.unit) for c in found] == [
        ("money", 155.28, 155.30, "JPY"), ("money", 1.0712, 1.0713, "USD"), ("money", 154.62, 154.64, "JPY"),
    ]
    # An ordinary range whose second end starts with a nought stays as written.
    assert [(c.low, c.high) for c in figures("Temperatures rose 0.1-0.2C.")] == [(0.1, 0.2)]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Petrol will fall 86c a litre.", "cents per litre"),
        ("The group declared a final dividend of 185c a share.", "cents per share"),
        ("The co-op's shares rose 3c to $6.18.", "cents"),
    ],
)
def test_a_c_glued_to_a_figure_is_cents(text, unit):
    assert (figures(text)[0].kind, figures(text)[0].unit) == ("money", unit)


def test_a_c_glued_to_a_figure_in_the_weather_is_degrees():
    assert [(c.kind, c.unit) for c in figures("Temperatures hit 30c in Margate.")] == [("measure", "c")]


def test_a_grade_of_petrol_is_no_figure():
    assert [c.text for c in figures("The price of 93 octane will fall 86c a litre and 95 octane 82c.")] == [
        "86c a litre", "82c",
    ]


def test_sets_in_a_list_of_a_tennis_match_are_scores():
    found = figures("Pennington, ranked 212th, won 7-6 (7/4), 3-6, 6-4, 6-7 (2/7), 6-3 in four and a half hours.")
    assert [c.text for c in found] == ["212th", "four and a half hours"]
    # Ranges of ages in a list stay ranges.
    assert [(c.low, c.high) for c in figures("Classes for children aged 3-6, 7-9 and 10-12 cost $40.")][:3] == [
        (3, 6), (7, 9), (10, 12),
    ]


def test_by_how_much_and_to_what_after_by():
    found = figures("It raised the price of its standard plan by $2 to $17.99 a month.")
    assert [(c.value, c.unit) for c in found] == [(2, "USD"), (17.99, "USD per month")]
    # A range of the movement stays a range.
    assert [(c.low, c.high) for c in figures("It cut fares by $2 to $3.")] == [(2, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "One Labour MP who voted against the bill said the whips had misjudged it.",
        "One Liberal MP, also speaking privately, said the polling was bad.",
    ],
)
def test_one_opening_a_source_who_speaks_after_a_clause_counts_nothing(text):
    assert figures(text) == []


def test_one_who_does_not_speak_still_counts():
    assert [c.text for c in figures("One man who lived there died.")] == ["One man"]


def test_a_trillion_written_tr_behind_a_currency():
    assert [(c.value, c.unit) for c in figures("The budget allocates Rs3.45tr for debt servicing.")] == [
        (3.45e12, "INR"),
    ]


def test_rand_spent_past_a_hedge_are_money():
    assert [(c.kind, c.value, c.unit) for c in figures("She had spent about R900 on bottled water.")] == [
        ("money", 900, "ZAR"),
    ]
    assert figures("They drove over R445 to Soweto.") == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("One person was killed, said a police spokesman.", [("count", 1, None, None)]),
        ("Rory McIlroy (66), a shot behind the leaders, will play with Scheffler.", []),
        ("His son Nikhil Kothari (31), a director in the firm, was acquitted.", [("measure", 31, None, None)]),
        ("The deceased were identified as Ravi Kumar and his son Arjun (8).", [("measure", 8, None, None)]),
        ("Households will be better off by $50 to $100 a month.", [("money", None, 50, 100)]),
        ("The average bill rose from about $71 a month to $98.", [("money", 71, None, None), ("money", 98, None, None)]),
        ("The euro fetched $1.0850-55.", [("money", None, 1.085, 1.0855)]),
        ("She had spent more than R900 on bottled water.", [("money", 900, None, None)]),
        ("A kilo of rice now costs about P45 in Manila markets.", [("money", 45, None, None)]),
    ],
)
def test_counts_ages_ranges_and_money_after_the_review(text, found):
    assert [(c.kind, c.value, c.low, c.high) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Petrol prices remain high, with unleaded at 189.9c a litre.", "money"),
        ("The shares hit a 52-week low of 86c.", "money"),
        ("Temperatures hit 31 degrees on Tuesday. Meanwhile petrol rose 4c a litre.", "money"),
        ("Hosepipe ban looms as parts of England hit 34c.", "measure"),
        ("Brits will bask in 30c on Saturday.", "measure"),
    ],
)
def test_cents_by_the_words_of_a_price_in_the_sentence_and_degrees_otherwise(text, kind):
    assert [c.kind for c in figures(text) if c.text.endswith(("c", "litre"))] == [kind]


@pytest.mark.parametrize(
    "text, units",
    [
        # An unnamed rupee is the currency of the country the copy is about ...
        ("ISLAMABAD: The government set a revenue target of Rs9.4tr. Karachi traders paid 300 rupees a kilogram.",
         ["PKR", "PKR per kilogram"]),
        ("COLOMBO: Sri Lanka raised Rs 40 billion in a bond sale.", ["LKR"]),
        ("KATHMANDU: Nepal will spend Rs 1.8 trillion next year.", ["NPR"]),
        # ... Indian where India is named as often, or nothing says.
        ("MUMBAI: A Pakistan-born investor paid Rs 5 crore for a flat in Mumbai, India.", ["INR"]),
        ("Tomatoes rose to Rs 250 a kilogram.", ["INR per kilogram"]),
        ("NEW DELHI: The Lok Sabha approved Rs 500 crore for border roads after Pakistan protested. Pakistan "
         "called the move provocative.", ["INR"]),
        # Crores and lakhs are how Indian copy counts rupees, whoever else it names.
        ("JAMMU: A relief package of Rs 1,000 crore was announced for villages shelled from Pakistan. Pakistan had "
         "violated the ceasefire, officials said, and Pakistani troops fired mortar shells.", ["INR"]),
        ("The company routed Rs 500 crore through shell firms registered in Mauritius.", ["INR"]),
        # A dateline outweighs passing mentions.
        ("KATHMANDU: The Nepal Electricity Authority earned Rs 12 billion by exporting power to India. India "
         "bought the power at Rs 5.2 per unit.", ["NPR", "NPR per unit"]),
        # A rupee the copy names keeps its country, and the rupee sign is money.
        ("LAHORE: Pakistan imported goods worth \u20b9 90 crore from India and paid \u20a8 300 a tonne.",
         ["INR", "PKR per tonne"]),
        ("ISLAMABAD: Pakistan paid 3 billion Indian rupees.", ["INR"]),
    ],
)
def test_an_unnamed_rupee_is_the_currency_of_the_country_the_copy_is_about(text, units):
    assert [c.unit for c in figures(text) if c.kind == "money"] == units


@pytest.mark.parametrize(
    "text, value",
    [
        # A million or a billion behind a hyphen, as Philippine papers write them.
        ("MANILA: The council approved P13.6-M for drainage works.", 13_600_000),
        ("Lotto jackpot hits P150-M", 150_000_000),
        ("The province will borrow P1.2-B next year.", 1_200_000_000),
        ("The province will borrow P1.2-B.", 1_200_000_000),
        ("The foundation gave a $5-M grant.", 5_000_000),
    ],
)
def test_a_million_or_a_billion_behind_a_hyphen(text, value):
    (money,) = [c for c in figures(text) if c.kind == "money"]
    assert money.value == value


@pytest.mark.parametrize("text", ["The 4-H club met.", "They watched it in 3-D.", "The 4-H, the 3-D."])
def test_a_letter_behind_a_hyphen_is_still_a_name_without_money(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        # A number in the years range before a described plural counts, for a year so long ago.
        ("In the 12 months to June, we had 1140 cancelled services on the line.", 1140),
        ("There were 1140 cancelled trains.", 1140),
    ],
)
def test_a_number_long_before_any_modern_year_before_a_described_plural_counts(text, value):
    assert [c.value for c in figures(text) if c.kind == "count"] == [value]


def test_a_year_long_ago_after_in_is_still_a_date():
    assert [c.kind for c in extract_claims("In 1066 Norman knights landed.")] == ["date"]


@pytest.mark.parametrize(
    "text, found",
    [
        # A letter currency priced by the unit, as Nigerian papers write tariffs.
        ("Band A customers went from N68 per kilowatt-hour to N209.50/kWh.", [("NGN per kilowatt-hour", 68), ("NGN per kwh", 209.5)]),
        # ... not a mask worn by the day.
        ("Wear an N95 per day.", []),
        # Dollars by the million as Malaysian papers write them.
        ("The tournament offers prize money of US$1.45mil.", [("USD", 1_450_000)]),
    ],
)
def test_letter_currencies_priced_by_the_unit_and_dollars_in_mil(text, found):
    assert [(c.unit, c.value) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A list of games with one the winner lost is a list of scores ...
        ("She beat Haruka Yamada of Japan 21-17, 19-21, 21-15 at the arena.", []),
        # ... rising bands are ranges.
        ("Respondents aged 25-34, 35-44 and 45-54 were asked.", [(25, 34), (35, 44), (45, 54)]),
    ],
)
def test_a_list_of_games_is_scores_and_a_list_of_rising_bands_ranges(text, found):
    assert [(c.low, c.high) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A million written short with its full stop, as Kyodo's headlines write it.
        ("Powerful typhoon pounds Okinawa; 1 dead, 1.2 mil. urged to evacuate", [1, 1_200_000]),
        # ... not thousandths of an inch.
        ("The film is 2.5 mil. thick at most.", [2.5]),
    ],
)
def test_a_million_written_short_with_its_full_stop(text, found):
    assert [c.value for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # Water and gas by the million a day, as South Asian papers write them.
        ("Supply fell to 40MGD from its usual 100MGD.", [("MGD", 40), ("MGD", 100)]),
        ("The plant supplies 450 MLD and 200 mmcfd of gas.", [("MLD", 450), ("mmcfd", 200)]),
        # Rupees with their full stop glued to the figure.
        ("COLOMBO: Families in Sri Lanka will receive rations worth Rs.10,000.", [("LKR", 10_000)]),
    ],
)
def test_water_and_gas_by_the_million_a_day_and_rupees_glued_to_their_stop(text, found):
    assert [(c.unit, c.value) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("The film cost $3 mil. to make.", [("USD", 3_000_000)]),
        # Reais by "mil" are thousands, as Brazilian copy writes them.
        ("It paid R$ 50 mil.", [("BRL", 50)]),
        # Crores are Indian, whatever Mauritius or Nepal the copy names.
        ("The film has collected Rs 300 crore worldwide, with strong numbers from Nepal and Sri Lanka. In Nepal "
         "alone it made Rs 12 crore.", [("INR", 3_000_000_000), ("INR", 120_000_000)]),
    ],
)
def test_dollars_in_mil_reais_in_mil_and_crores(text, found):
    assert [(c.unit, c.value) for c in figures(text) if c.kind == "money"] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A feat counted within a named competition is a rank; a street or a division is a name.
        ("Cameron Wade brought up his 31st Test century off the last ball.", [("ordinal", 31)]),
        ("She scored her 50th Premier League goal.", [("ordinal", 50)]),
        ("The 101st Airborne Division arrived.", []),
        # "first" as an adverb of time, and as a kind of buyer, is no rank.
        ("This report by The Canadian Press was first published on Friday.", []),
        ("First-home buyers have been squeezed, and first-time buyers too.", []),
        ("She finished first in the sprint.", [("ordinal", 1)]),
        # Petrol by its grade, and "with one voice".
        ("Super 98 will cost Dh2.63 a litre and Special 95 Dh2.51.", [("money", 2.63), ("money", 2.51)]),
        ("The council has spoken with one voice.", []),
    ],
)
def test_feats_counted_in_a_competition_first_as_an_adverb_petrol_grades_and_one_voice(text, found):
    assert [(c.kind, c.value) for c in figures(text)] == found


def test_an_american_retirement_plan_is_no_count():
    assert [(c.kind, c.value) for c in figures("The firm raised its 401(k) match by 2%.")] == [("percent", 2)]


@pytest.mark.parametrize(
    "text, found",
    [
        # Gold by its carats, not thousands.
        ("Prices of 24K gold are up, while 18K sold at Dh365.25.", [("measure", 24), ("measure", 18), ("money", 365.25)]),
        ("He earns 24K a year.", [("count", 24_000)]),
        # A race's metres before its runners.
        ("He won the 400m final in a national record.", [("measure", 400)]),
        ("Sales rose to 400m units.", [("count", 400_000_000)]),
        ("Taylor Swift has sold 200m records.", [("count", 200_000_000)]),
        ("The Gold Coast marathon drew 14K runners.", [("count", 14_000)]),
        # A price range in a letter currency whose high end reads as a price.
        ("Traders are buying palay at P12 to P14 per kilo.", [("money", (12, 14))]),
        ("Rathore's 14th Test ton put India in command.", [("ordinal", 14)]),
    ],
)
def test_carats_race_metres_letter_currency_ranges_and_test_tons(text, found):
    assert [(c.kind, c.value if c.value is not None else (c.low, c.high)) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("The horse was first seeded in the Derby.", [("ordinal", 1)]),
        ("Special 100 guests were invited.", [("count", 100)]),
        ("The motion passed with just one voice against.", [("count", 1)]),
        ("The 2nd Marine Division match ended.", []),
        ("He played his 300th AFL game on Saturday.", [("ordinal", 300)]),
    ],
)
def test_the_second_review_of_the_first_petrol_voice_and_feat_rules(text, found):
    assert [(c.kind, c.value) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # "half" as the subject of its verb, or as a share of another's figure.
        ("Of the 1,200 species known, fewer than half have been formally described.",
         [("count", 1200), ("count", 0.5)]),
        ("Half received 720 milligrams of the drug every four weeks.",
         [("count", 0.5), ("measure", 720), ("measure", 4)]),
        ("The launch costs about 5 billion yen, roughly half that of its predecessor.",
         [("money", 5_000_000_000), ("count", 0.5)]),
        ("I half expected him to win.", []),
        # Kinds of vehicle and petrol named by a number count nothing.
        ("Sales to rickshaws and two-wheelers rose by 9%.", [("percent", 9)]),
        ("The price of 92-octane petrol rose to EGP 21.75.", [("money", 21.75)]),
        ("Okoye forced overtime with a step-back 3-pointer.", []),
        # Egyptian pounds as Cairo papers write them.
        ("In Egypt a cylinder of butane went up to LE 225 from LE 200.", [("money", 225), ("money", 200)]),
        ("Cairo Metro tickets will stay at between LE 8 and LE 20.", [("money", (8, 20))]),
        # Pesos set as a fare or a change, and rand by the month in one word.
        ("They sought a provisional P1 increase in the fare, which stands at P13.", [("money", 1), ("money", 13)]),
        ("Millions receive the R370-a-month grant.", [("vague", (1_000_000, 10_000_000)), ("money", 370)]),
        # A cricketer's matches counted by their format.
        ("The left-hander was playing only his 14th ODI.", [("ordinal", 14)]),
        # The age in brackets of a person named as the one who died or was attacked.
        ("He admitted causing the death of Aoife Dunne (20) on the R417 near Athy.", [("measure", 20)]),
    ],
)
def test_half_as_a_subject_numbered_kinds_egyptian_pounds_and_match_formats(text, found):
    assert [(c.kind, c.value if c.value is not None else (c.low, c.high)) for c in figures(text)] == found


def test_up_to_after_a_verb_of_movement_is_where_a_price_went_not_a_cap():
    went = only_figure("The price of a cylinder went up to $225.")
    assert (went.value, went.qualifier, went.direction) == (225, None, "up")
    capped = only_figure("Fines of up to $500 apply.")
    assert (capped.value, capped.qualifier) == (500, "up to")


@pytest.mark.parametrize(
    "text, found",
    [
        # A cap stated by a law or an offer keeps its "up to".
        ("The offence carries imprisonment which may go up to seven years.", [("measure", 7, "up to")]),
        ("Discounts going up to 70% are on offer this weekend.", [("percent", 70, "up to")]),
        # Hedged fractions before "to" are shares, and so are the ends of ranges of shares.
        ("Shares rose about a quarter to 7 pence.", [("count", 0.25, "about"), ("money", 7, None)]),
        ("The number of smokers has dropped from about a quarter to 12pc of adults.", [("percent", 12, None)]),
        ("Its market share has fallen from half to 3 in 10 households.", [("count", 0.3, None)]),
        # "half" as "partly" counts nothing.
        ("Half buried in the sand, the wreck lay there.", []),
        ("He laughed and half turned away.", []),
        # A grid position, a mountain and a car's trim are no money.
        ("Sainz remained at P2 for much of the race.", []),
        ("The expedition remained at K2 base camp.", []),
        ("The Toyota Camry LE 2.5 is the best-selling trim.", []),
        # A name in the possessive before a career's matches; a unit named after a test is no match.
        ("It was Anderson's 188th Test.", [("ordinal", 188, None)]),
        ("The 412th Test Wing flew the aircraft.", []),
    ],
)
def test_the_review_of_the_rules_of_the_three_new_sets(text, found):
    assert [(c.kind, c.value, c.qualifier) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A scale written short, hyphenated to its currency, as ANSA writes it.
        ("Fiorentina land striker Holm in 45-mln-euro deal", [("money", 45_000_000)]),
        # A time zone's offset counts nothing.
        ("The story was filed at 12:41 GMT+2 from Strasbourg.", []),
    ],
)
def test_hyphenated_short_scales_and_time_zone_offsets(text, found):
    assert [(c.kind, c.value) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A price going up to a new level is a rise; a penalty or an offer going up to one is a cap.
        ("Petrol prices will go up to R25 a litre next month.", [("money", 25, None)]),
        ("The fine can go up to $10,000 under the new law.", [("money", 10_000, "up to")]),
        # "Half" and a verb in -ed is a share, unless a place or a way follows ("partly").
        ("Some 400 pupils sat the exam. Half failed.", [("count", 400, "some"), ("count", 0.5, None)]),
        ("Half drowned when the boat capsized.", [("count", 0.5, None)]),
        ("Of the 400 patients in the trial, half received the drug.", [("count", 400, None), ("count", 0.5, None)]),
        # A wage, a grant or a levy "stands at" a price.
        ("The daily minimum wage in Metro Manila stands at P610.", [("money", 610, None)]),
        # Copy about Egypt by a dateline in capitals.
        ("CAIRO, March 6 (Reuters) - The price of a subsidised loaf rose to LE 0.20.", [("money", 0.2, None)]),
        # A weekday after a cricketer's match, as American copy writes it.
        ("Stokes, who played his 100th Test Saturday, scored 12.", [("ordinal", 100, None), ("count", 12, None)]),
    ],
)
def test_the_second_review_of_the_rules_of_the_new_sets(text, found):
    assert [(c.kind, c.value, c.qualifier) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A share ranked by a superlative.
        ("Inflation for the poorest tenth of households was 3.2%.", [("count", 0.1), ("percent", 3.2)]),
        # Pence and cents by the share, in one word with it.
        ("Brightwater's 540p-a-share cash proposal values the firm at £4.6bn.", [("money", 540), ("money", 4_600_000_000)]),
        ("The 612.5c-a-share dividend was cut.", [("money", 612.5)]),
    ],
)
def test_a_ranked_share_and_pence_by_the_share(text, found):
    assert [(c.kind, c.value) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, value",
    [
        ("At sixty-three, after a hundred and forty-one dives, she has promised to stop.", 141),
        ("He made two hundred and ninety-nine appearances for the club.", 299),
        ("The hospital has one hundred and twenty-eight beds.", 128),
    ],
)
def test_a_hyphened_number_after_and_goes_on_with_the_hundreds(text, value):
    counts = [c for c in figures(text) if c.kind == "count" and c.value != 63]
    assert [c.value for c in counts] == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        # A given name alone with an age in brackets, where the copy goes on about the person.
        ("Gardai are increasingly concerned for Saoirse (19) missing from Galway since Friday.", 19),
        ("The victim, Priyanka (24), was married to the accused in 2018.", 24),
        # A parent by the number of their children, hyphened as tabloids and regional papers write it.
        ("A mum-of-three was left needing 40 stitches after the attack.", 3),
        ("The father-of-two died in hospital four days later.", 2),
    ],
)
def test_ages_in_brackets_after_a_given_name_and_parents_by_their_children(text, value):
    assert value in [c.value for c in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Complaints like this have been made before, in one form or another, for a decade.",
        "Deputies were called to the 12900 block of Harbour Pines Drive just after midnight.",
        "Officers found seven shells from a .45-caliber pistol at the scene.",
        "He kept a .22 calibre rifle and a 12-gauge shotgun in the barn.",
    ],
)
def test_idioms_addresses_and_the_bores_of_guns_count_nothing(text):
    assert [c for c in figures(text) if c.value in (1, 12900, 0.45, 0.22, 12)] == []



@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("It cost a hundred and twenty-five thousand pounds.", 125000, "GBP"),
        ("The deal is worth two hundred and fifty-five million dollars.", 255000000, "USD"),
        ("Over 500 bore wells have dried up in Bengaluru this summer.", 500, "bore wells"),
        ("The village has one borehole or the river for water.", 1, "borehole"),
        ("A grandfather-of-eleven was among the dead.", 11, "grandchildren"),
    ],
)
def test_the_review_of_this_rounds_figure_rules(text, value, unit):
    assert [(c.value, c.unit) for c in figures(text)] == [(value, unit)]


def test_a_given_name_and_a_number_in_brackets_in_a_match_report_is_no_age():
    assert [c for c in figures("United went ahead through a header by Marta (23) who rose highest.") if c.unit == "years"] == []


def test_a_season_in_a_title_case_headline_after_in_is_still_a_season():
    dates = [c.text for c in extract_claims("Fuel Prices To Rise In Spring After Record Winter Demand") if c.kind == "date"]
    assert dates == ["Spring"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Gardaí said the accused, Ramesh (32), was remanded in custody.", 32),
        ("The inquest heard that the deceased, Aoife (19), had been walking home.", 19),
        ("Attendance at the final reached one thousand and twenty-two.", 1022),
        ("By the close of voting the turnout had reached one thousand.", 1000),
    ],
)
def test_ages_after_the_accused_and_numbers_in_words_that_open_with_one(text, value):
    assert value in [c.value for c in figures(text)]


def test_a_gun_named_by_its_bore_alone_counts_nothing_but_a_batting_average_is_a_figure():
    assert figures("Officers recovered a .38 revolver and a .357 Magnum from the boot.") == []
    assert [c.value for c in figures("He ended the season with a .312 batting average.")] == [0.312]


def test_one_alone_with_no_unit_is_still_no_count():
    assert figures("It was one of the best nights the club has had, and one she will remember.") == []


def test_whose_first_name_ranks_nothing_but_the_first_aid_convoy_does():
    assert figures("She asked that only her first name be used.") == []
    assert [c.value for c in figures("The truce allowed the first aid convoy through.")] == [1]


def test_a_change_in_points_then_a_level_in_per_cent_are_two_figures_not_a_range():
    found = [(c.value, c.low, c.high) for c in figures("Four members backed a cut of 0.25 percentage points to 4 per cent.")]
    assert (0.25, None, None) in found and (4, None, None) in found
    assert [(c.low, c.high) for c in figures("It projects a further rise of 28cm to 101cm by 2100.")] == [(28, 101)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rain once seen as a 1-in-20-year event could fall every three years.", 0.05),
        ("The levee was built for a 1-in-100-year flood.", 0.01),
        ("Forecasters gave it a 1-in-4 chance.", 0.25),
    ],
)
def test_odds_written_as_one_word_are_the_share_they_state(text, value):
    assert value in [c.value for c in figures(text)]


def test_temperatures_in_deg_c_are_measures():
    found = [(c.kind, c.value) for c in figures("Rainfall rises about 7 per cent for every 1 deg C of warming, and 30 degC is likely.")]
    assert ("measure", 1) in found and ("measure", 30) in found


def test_a_year_after_2100_beside_one_of_this_century_is_a_date_but_a_count_before_a_noun_stays_one():
    claims = extract_claims("Seas could rise a metre by 2100 and two metres by 2150, and the firm will hire by 2300 people.")
    assert [c.text for c in claims if c.kind == "date"] == ["2100", "2150"]
    assert [c.value for c in claims if c.kind == "count"] == [2300]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jobs will be cut by 2200.", [("count", 2200)]),
        ("The clinic is open until 2300.", [("count", 2300)]),
        ("He bought 3 dozen eggs.", [("count", 3)]),
        ("She was the first lady mayor of the borough.", [("ordinal", 1)]),
        ("The lottery has 1-in-14-million odds.", [("count", 1 / 14_000_000)]),
    ],
)
def test_the_review_of_this_stop_s_figure_rules(text, expected):
    assert [(c.kind, c.value) for c in figures(text)] == expected


def test_a_counted_gap_before_earlier_that_opens_a_sentence_dates_it():
    assert "Three weeks earlier" in [c.text for c in extract_claims("Three weeks earlier, the same gang had struck.") if c.kind == "date"]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("It received a ransom demand for $US15 million in cryptocurrency.", 15_000_000, "USD"),
        ("The lottery fund paid out $A20m last year.", 20_000_000, "AUD"),
        ("Exports to Wellington earned $NZ5 million.", 5_000_000, "NZD"),
    ],
)
def test_which_dollar_written_after_its_sign_as_australian_copy_does(text, value, unit):
    assert [(c.value, c.unit) for c in figures(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents should call 132 500 for emergency help.",
        "Call the helpline on 0800 653 800, or 111 in an emergency.",
    ],
)
def test_numbers_to_ring_in_groups_or_in_an_emergency_count_nothing(text):
    assert figures(text) == []


def test_more_than_a_number_that_looks_like_a_year_counts():
    assert [(c.kind, c.value) for c in extract_claims("The final expects a crowd of more than 2000, they said.")] == [("count", 2000)]


def test_votes_after_a_party_s_name_with_their_share_in_brackets_are_counts():
    found = [c.value for c in figures("Labour polled 1,571 (35.8 per cent), Reform UK 1,122 (25.6 per cent) and the SNP 1,089 (24.8%).")]
    assert found == [1571, 35.8, 1122, 25.6, 1089, 24.8]


@pytest.mark.parametrize(
    "text, found",
    [
        ("We still had to come up with nine grand.", [("money", 9000)]),
        ("He earns 40 grand a year.", [("money", 40000)]),
        ("It cost him 20 quid to get home.", [("money", 20)]),
        # Not sums: grand finals, bucks that are deer.
        ("They have lost two grand finals.", [("count", 2)]),
        ("Hunters shot 30 bucks in the cull.", [("count", 30)]),
    ],
)
def test_money_as_people_say_it(text, found):
    assert [(c.kind, c.value) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("An M6.8 quake struck off the coast.", [("measure", 6.8)]),
        ("M7.1 earthquake jolts the north", [("measure", 7.1)]),
        ("Traffic on the M6.2 slip road was slow.", []),
    ],
)
def test_a_magnitude_written_after_m(text, found):
    assert [(c.kind, c.value) for c in figures(text)] == found


def test_an_emergency_service_named_by_its_number_is_no_figure_or_year():
    assert [(c.kind, c.value) for c in extract_claims("Rescue 1122 said its divers recovered six bodies.")] == [("count", 6)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Labour's Eamon Coyle took 6,204 and the Greens' Nuala Breen 2,981, while others shared 1,870 votes.",
         [6204, 2981, 1870]),
        # A race's name or a tournament's class, not a count.
        ("Her only Classic win came in the Irish 2,000 Guineas in 2011.", []),
        ("The ATP Masters 1,000 event in Rome starts on Monday.", []),
    ],
)
def test_a_number_grouped_in_thousands_after_a_name_is_a_count(text, found):
    assert [c.value for c in figures(text) if c.kind == "count"] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A second sum written the same way as one that reads as money in the sentence is money too.
        ("The contractor billed the town R2,400 a load, compared with R380 charged by the water board.", [2400, 380]),
        ("Fares rose from N650 to N925 in a month, against about N400 a year earlier.", [650, 925, 400]),
        ("It costs R1,500 and R900 for the two courses.", [1500, 900]),
        # Priced by the thing sold: a bucket, a bag, a loaf.
        ("Neighbours sold her water at R15 a bucket.", [15]),
        # Roads beside the money are still roads.
        ("The R1,500 grant reaches farmers along R40 and R61 in the province.", [1500]),
        ("The R3-billion upgrade covers the N1 and the R61.", [3_000_000_000]),
    ],
)
def test_a_letter_currency_reads_as_the_money_of_its_sentence(text, found):
    assert [c.value for c in figures(text) if c.kind == "money"] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("The government has set a target of building 80,000 homes a year.", [("count", 80000)]),
        ("They plan on building 450 classrooms.", [("count", 450)]),
        ("The programme aims at building 250 bridges.", [("count", 250)]),
        # A building's number is still no count.
        ("Staff in building 4 were moved.", []),
    ],
)
def test_building_as_a_verb_before_a_number_counts_what_is_built(text, found):
    assert [(c.kind, c.value) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # A share price in naira after the change that moved it.
        ("Okoro Breweries fell 7.1 per cent to N31.60, while Delta Cables dropped 4.4 per cent to N12.85.", [31.6, 12.85]),
        # A rise of a sum in pesos, rand or naira.
        ("The adjustment means an increase of about P58 in the monthly bill.", [58]),
    ],
)
def test_a_letter_currency_after_a_change_in_a_price_is_money(text, found):
    assert [c.value for c in figures(text) if c.kind == "money"] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # Sums compared with one before, or ending their clause in a list of prices.
        ("Rice sells at P52 a kilo, while sugar is P76.", [52, 76]),
        ("A ticket costs R150 for adults and R80 for children.", [150, 80]),
        # Beside a sum, a road, a mask, a school year stay what they are.
        ("He paid R300 for a bucket, and R61 was closed.", [300]),
        ("The N95 masks cost N3,000, while N95 stocks were low.", [3000]),
        ("The school charges P2,000 for P1 and P3,000 for P6.", [2000, 3000]),
        ("Maize costs R5 a kilo, and R40 takes you to Barberton.", [5]),
    ],
)
def test_a_letter_currency_beside_a_sum_is_money_only_where_a_price_stands(text, found):
    assert [c.value for c in figures(text) if c.kind == "money"] == found


@pytest.mark.parametrize(
    "text",
    [
        "Construction of building 11 costs $5m.",
        "The lift in building 5 breaks often, and building 6 costs more to heat.",
        "Students in building 2 houses the library, she said.",
    ],
)
def test_a_buildings_number_before_a_verb_is_no_count(text):
    assert [c for c in figures(text) if c.kind == "count"] == []


def test_a_vague_quantity_after_an_agencys_dateline_counts():
    found = figures("Bangkok, Feb 10 (PNS) Thousands of cane growers blocked a highway on Saturday.")
    assert [(c.kind, c.low, c.high, c.unit) for c in found] == [("vague", 1000, 10000, "cane growers")]
    # A place's name is still no quantity.
    assert figures("They moved to Thousand Oaks in May.") == []


@pytest.mark.parametrize(
    "text, ages",
    [
        ("Liam Corr pleaded guilty to assaulting Malachy Dunne (61) on May 14 last year.", [61]),
        ("The brothers, Suresh Kamath (71) and Ganesh Kamath (66), had been in court since 2007.", [71, 66]),
        # Not in a sentence of a game, a count of seats or a team.
        ("Scorers: Ella Toone (23), Lauren Hemp (41).", []),
        ("Fianna Fáil (48) and Sinn Féin (39) took most seats.", []),
    ],
)
def test_a_number_in_brackets_after_a_persons_name_is_their_age(text, ages):
    assert [c.value for c in figures(text) if c.unit == "years"] == ages


@pytest.mark.parametrize(
    "text, found",
    [
        ("For a town of 1800 people, that is a huge weekend.", [("count", 1800)]),
        ("The village of 2000 residents voted to keep its school.", [("count", 2000)]),
    ],
)
def test_a_number_like_a_year_before_people_counts_them(text, found):
    assert [(c.kind, c.value) for c in figures(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Joe Root (84) and Harry Brook (71) frustrated the attack at Headingley.",
        "Dublin City Council wards: Ballymun Finglas (6), Cabra Glasnevin (7).",
        "Iga Swiatek (1) and Coco Gauff (3) advanced to the quarter-finals in Rome.",
    ],
)
def test_numbers_in_brackets_after_names_outside_peoples_lives_are_no_ages(text):
    assert [c for c in figures(text) if c.unit == "years"] == []


@pytest.mark.parametrize(
    "text",
    [
        "As of 2021 households in the district numbered 3,400.",
        "The class of 2024 students will sit the new exam.",
        "The 2020 workers' strike in Mumbai lasted six weeks.",
    ],
)
def test_a_year_before_people_stays_a_year_where_it_dates_them(text):
    assert any(c.kind == "date" and c.text[:4].isdigit() for c in extract_claims(text))


def test_a_capitalised_vague_word_inside_a_title_is_no_quantity():
    assert [c for c in figures("She sang Thousands of years, a ballad from her first album.") if c.kind == "vague"] == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("The senator spoke against the bill for nearly an hour.", ("nearly an hour", 1, "hour", "nearly")),
        ("Some patients have been waiting more than a year for surgery.", ("more than a year", 1, "year", "more than")),
        ("The crash happened roughly a mile east of the village.", ("roughly a mile", 1, "mile", "roughly")),
        ("Buses on the main routes were running up to an hour late.", ("up to an hour", 1, "hour", "up to")),
        ("The rain went on for over an hour and a half.", ("over an hour and a half", 1.5, "hour", "over")),
        ("Bookings open at noon and the tables are gone within an hour.", ("an hour", 1, "hour", None)),
    ],
)
def test_one_of_a_unit_after_a_hedge_is_a_measure(text, found):
    assert [(c.text, c.value, c.unit, c.qualifier) for c in figures(text) if c.kind == "measure"] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "They meet twice a year to review the accounts.",
        "The pump moves about 54,000 litres an hour.",
        "He was sentenced to a year in prison.",
        "I have been dreaming about a day like this since I was a boy.",
        "It was more than a Year of Culture, the mayor said.",
    ],
)
def test_a_unit_with_a_or_an_is_no_measure_without_a_hedge_that_makes_it_one(text):
    assert [c for c in figures(text) if c.value == 1 and c.kind == "measure"] == []


def test_a_hedged_year_before_ago_or_earlier_stays_a_date():
    claims = extract_claims("Prices were 3% higher than a year ago and sales rose more than a year earlier.")
    assert [c.text for c in claims if c.kind == "date"] == ["a year ago", "a year earlier"]
    assert [c for c in claims if c.kind == "measure"] == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("If we had waited another half-hour I would not be here.", "half-hour"),
        ("It is a half-hour drive to the nearest hospital.", "a half-hour"),
        ("The ferry left after about a half hour at the quay.", "about a half hour"),
    ],
)
def test_a_half_hour_is_half_of_one(text, found):
    assert [(c.text, c.value, c.unit) for c in figures(text)] == [(found, 0.5, "hour")]


def test_a_half_hour_show_is_the_length_of_a_format():
    assert figures("The station will air a half-hour show on the election every night.") == []


def test_a_range_of_sums_in_naira_reads_its_low_end_as_naira_too():
    [fare] = figures("A single trip on the Blue Line costs between N450 and N1,200 depending on distance.")
    assert (fare.kind, fare.low, fare.high, fare.unit) == ("money", 450, 1200, "NGN")


def test_a_route_between_two_roads_is_no_money():
    assert figures("The new bypass runs between R40 and R61 near the town.") == []


def test_a_change_from_a_hedged_sum_to_another_is_a_before_and_an_after():
    found = figures("The bill raises the annual allocation from about Sh2.2 billion to Sh4.8 billion.")
    assert [(c.value, c.low, c.qualifier) for c in found] == [(2.2e9, None, "about"), (4.8e9, None, None)]


def test_a_price_range_from_a_hedged_sum_stays_a_range():
    [price] = figures("Tickets cost from about $40 to $60 at the gate.")
    assert (price.low, price.high) == (40, 60)


def test_three_numbers_with_no_month_among_them_are_no_date():
    found = extract_claims("A 50kg bag of NPK 15-15-15 fertiliser now sells for 40,000 naira.")
    assert [c.text for c in found] == ["50kg", "40,000 naira"]


@pytest.mark.parametrize("text", ["It was signed on 12-03-2024.", "It was signed on 2024-03-12.", "It was signed on 12/25/23."])
def test_numeric_dates_with_a_month_stay_dates(text):
    assert [c.kind for c in extract_claims(text)] == ["date"]


@pytest.mark.parametrize(
    "text",
    [
        "He talked about a year he spent in Kenya as a volunteer.",
        "The book is about a day in the life of a Mumbai taxi driver.",
        "The film tells a story about a week that changed the country.",
        "She spoke about an hour of terror inside the mall.",
        "They argued over a foot of land between the two farms.",
        "The fire burned within a mile of the village.",
        "The cyclone moved at about a mile an hour, the weather bureau said.",
    ],
)
def test_a_hedge_that_is_a_preposition_makes_no_measure_of_a_unit(text):
    assert [c for c in figures(text) if c.kind == "measure"] == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Firefighters battled the blaze for nearly an hour before bringing it under control.", "nearly an hour"),
        ("The children had been missing for nearly an hour when police were called.", "nearly an hour"),
        ("It was more than a year before the bodies were identified.", "more than a year"),
    ],
)
def test_a_hedged_unit_before_a_clause_is_a_length(text, found):
    assert [c.text for c in figures(text)] == [found]


def test_a_year_before_that_ends_its_clause_is_a_date():
    assert [(c.kind, c.text) for c in extract_claims("It was more than a year before, she said.")] == [("date", "a year before")]


def test_a_half_hour_comedy_is_a_format():
    assert figures("The sitcom returns as a half-hour comedy in the autumn.") == []


@pytest.mark.parametrize("text", ["Farmers applied NPK 20-10-10 to the maize crop.", "Sample batch 12-13-14 failed the test."])
def test_a_grade_or_a_batch_in_three_numbers_is_no_date(text):
    assert [c for c in extract_claims(text) if c.kind == "date"] == []


def test_an_iso_date_with_a_slip_in_it_stays_the_date_as_written():
    assert [c.text for c in extract_claims("The document is dated 2024-13-01, officials say.")] == ["2024-13-01"]


def test_rand_prices_that_move_after_the_price_named_far_before_are_money():
    found = figures("The price of a 5GB weekly bundle will drop from R149 to R119, while a 20GB bundle will fall to R299 from R349.")
    assert [(c.value, c.unit) for c in found if c.kind == "money"] == [(149, "ZAR"), (119, "ZAR"), (299, "ZAR"), (349, "ZAR")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("For a commuter this is an extra R100 or so a month.", ("R100 or so", 100)),
        ("The range has 1,100 products priced below R30.", ("below R30", 30)),
    ],
)
def test_rand_after_a_hedge_or_before_one_is_money(text, found):
    assert [(c.text, c.value) for c in figures(text) if c.kind == "money"] == [found]


def test_an_age_in_brackets_after_a_speaker_named_after_said():
    found = figures("\u201cSome nights we count well over 100 flights,\u201d said Gr\u00e1inne Doherty (58), a retired teacher.")
    assert [(c.value, c.unit) for c in found if c.unit == "years"] == [(58, "years")]


@pytest.mark.parametrize("text", ["The probe is headed for asteroid 2011 QF9, a rubble pile.", "Asteroid 2024 YR4 will miss Earth."])
def test_a_minor_planets_designation_is_no_year_and_no_measure(text):
    assert extract_claims(text) == []


def test_a_year_of_when_before_letters_and_a_number_stays_a_date():
    assert [c.text for c in extract_claims("In 2021 EU27 exports rose.")] == ["2021"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("He waited about an hour in the rain for the bus.", "about an hour"),
        ("The talks went on for about a year in Doha before collapsing.", "about a year"),
        ("The cargo ship was stuck for over a week in the canal.", "over a week"),
    ],
)
def test_a_hedge_after_a_word_of_how_long_stays_a_length_whatever_follows(text, found):
    assert [c.text for c in figures(text)] == [found]


@pytest.mark.parametrize("text", ["The 2018 GE14 election was close.", "The 2014 MH370 disappearance is unsolved."])
def test_a_year_before_a_code_is_a_year_unless_a_word_of_the_sky_goes_before(text):
    assert [c.text for c in extract_claims(text) if c.kind == "date"] == [text.split()[1]]


@pytest.mark.parametrize(
    "text",
    ["Rosaleen Duffy (75), a retired teacher, said the plan was wrong.", "The plan was wrong, said Tom O'Brien (67), a farmer."],
)
def test_an_age_in_brackets_opening_a_sentence_or_after_an_irish_surname(text):
    assert [c.unit for c in figures(text)] == ["years"]


@pytest.mark.parametrize(
    "text",
    [
        "The deal, which the Post first reported on May 3, closed.",
        "The Harcourt Trophy, first awarded in 1921, is contested each year.",
        "The money came through a third party, the bank said.",
        "Pupils in the sixth form sit the exam in May.",
        "The oil was sold through third countries.",
    ],
)
def test_an_ordinal_that_says_when_or_names_a_kind_is_no_rank(text):
    assert [c for c in figures(text) if c.kind == "ordinal"] == []


@pytest.mark.parametrize("text", ["It was the first reported case in the state.", "Second place went to Kenya."])
def test_a_rank_stays_a_rank(text):
    assert [c.kind for c in figures(text)] == ["ordinal"]


def test_an_owners_first_before_a_participle_is_a_rank():
    assert [c.kind for c in figures("Quispe would become Bolivia's first elected female governor.")] == ["ordinal"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("The IPO was priced at SR68 a share, raising SR4.1 billion.", [(68, "SAR"), (4.1e9, "SAR")]),
        ("Sales rose to SR1,250 million.", [(1.25e9, "SAR")]),
    ],
)
def test_saudi_riyals_written_sr(text, found):
    assert [(c.value, c.unit.split()[0]) for c in figures(text)] == found


def test_a_range_of_riyals_whose_high_end_reads_as_money():
    [price] = figures("Prices range from SR62 to SR68 a share.")
    assert (price.low, price.high) == (62, 68)


@pytest.mark.parametrize("text", ["Drive north on SR 99 for the lake.", "The SR-71 flew at Mach 3.", "Take the SR 62 to SR 68 exit."])
def test_sr_as_a_road_or_a_plane_is_no_money(text):
    assert [c for c in figures(text) if c.kind == "money"] == []


def test_a_range_of_naira_by_the_basket_with_no_comma_in_either_end():
    [price] = figures("Tomatoes cost between N200 and N400 a basket at the market.")
    assert (price.low, price.high, price.unit) == (200, 400, "NGN")


def test_a_range_of_rand_sold_for_between_two_prices():
    [price] = [c for c in figures("Hawkers are selling 25-litre drums for between R40 and R60 each.") if c.kind == "money"]
    assert (price.low, price.high, price.unit) == (40, 60, "ZAR")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Drivers on the new route earn a basic wage of P720 a shift.", 720, "PHP"),
        ("She was offered a starting salary of R18,500.", 18500, "ZAR"),
    ],
)
def test_a_sum_paid_as_a_wage_after_of_is_money(text, value, unit):
    assert [(c.value, c.unit) for c in figures(text)] == [(value, unit)]


def test_naira_prices_moved_from_and_to_past_a_comma_and_a_hedge():
    text = "From March, the cost of a text message goes up from N14 to about N18.50, while a song download goes from N120 to N180."
    assert [(c.value, c.unit) for c in figures(text) if c.kind == "money"] == [(14, "NGN"), (18.5, "NGN"), (120, "NGN"), (180, "NGN")]


def test_a_currency_letter_before_a_comma_and_a_cost_named_after_it_is_no_money():
    text = "The bus moved from N1 to N2 after the crash, the cost of which is unknown."
    assert [c for c in figures(text) if c.kind == "money"] == []


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Each one-minute call costs more now.", "minute"),
        ("He signed a one-year contract.", "year"),
        ("The one-hour special airs on Sunday.", "hour"),
    ],
)
def test_one_hyphen_a_unit_of_time_is_a_length_of_one(text, unit):
    [length] = figures(text)
    assert (length.kind, length.value, length.unit) == ("measure", 1, unit)


@pytest.mark.parametrize(
    "text",
    [
        "They won the one-day international series at home.",
        "Brent posted its biggest one-day gain in a month.",
        "The club lifted the One-Day Trophy for a second time.",
        "It was a one-off deal.",
    ],
)
def test_one_day_as_a_format_or_a_days_trading_is_no_length(text):
    assert [c for c in figures(text) if c.kind == "measure" and c.value == 1] == []


def test_a_gigabyte_is_a_measure():
    [data] = figures("A bundle of 1 gigabyte now costs more.")
    assert (data.kind, data.unit) == ("measure", "gigabyte")


def test_wards_named_by_their_numbers_in_a_list_are_no_counts():
    assert [c.value for c in figures("About 3,500 homes in wards 14, 22 and 41 lost water.")] == [3500]


def test_numbers_to_dial_before_emergency_are_no_counts_but_emergency_calls_are():
    text = "Calls to the 995 and 999 emergency numbers failed, and 40 emergency calls were lost."
    assert [c.value for c in figures(text)] == [40]


def test_a_count_between_two_numbers_like_years_is_a_range_of_a_count():
    [birds] = figures("Rangers now count between 1800 and 2400 birds on the island.")
    assert (birds.kind, birds.low, birds.high, birds.unit) == ("count", 1800, 2400, "birds")


def test_years_between_two_years_stay_dates():
    assert [c.kind for c in extract_claims("Between 2015 and 2019, turnout fell.")] == ["date", "date"]


def test_a_time_and_an_area_are_no_range():
    found = figures("Forest loss in the reserve dropped 11% over 12 months to 5,140 square kilometres.")
    assert [(c.value, c.unit) for c in found if c.kind == "measure"] == [(12, "months"), (5140, "square kilometres")]


def test_units_of_a_plant_named_by_their_numbers_count_nothing():
    assert figures("The utility will close units 3 and 4 at the plant.") == []


def test_a_case_filed_under_a_number_is_no_rank():
    assert [c for c in figures("The court heard Economic Case No. 14 over 26 sessions.") if c.kind == "ordinal"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The measure became Republic Act No. 10121 after 198 lawmakers backed it.",
        "House Bill No. 88 passed with 198 votes.",
        "Commuters waited at Platform No. 4 for 198 minutes.",
    ],
)
def test_a_law_or_a_platform_named_by_a_number_is_no_rank(text):
    assert [c.value for c in figures(text)] == [198]


@pytest.mark.parametrize("text", ["She is now the world No. 3.", "Housing is the party's No. 1 priority."])
def test_a_rank_after_no_stays_a_rank(text):
    assert [c.kind for c in figures(text)] == ["ordinal"]


def test_an_indian_train_by_its_number_counts_nothing_but_a_papers_readers_do():
    assert [c.value for c in figures("Fog held up 11 trains, including the 14023 Lakeside Express.")] == [11]
    assert [c.value for c in figures("About 12000 Express readers voted.")] == [12000]


def test_ages_between_the_ages_of_two_numbers_are_one_range():
    [ages] = figures("Most of those hurt were pupils between the ages of 6 and 16.")
    assert (ages.low, ages.high) == (6, 16)


@pytest.mark.parametrize(
    "text, found",
    [
        ("The bakery shrank from 22 workers to nine in 20 months.", [22, 9, 20]),
        ("Expect a summer this hot roughly one in five years.", [0.2]),
    ],
)
def test_a_count_reached_in_a_time_is_no_ratio_but_one_in_some_years_is(text, found):
    assert [c.value for c in figures(text)] == found


def test_an_area_code_and_a_shops_name_count_nothing():
    assert [c.value for c in figures("Homes in the 905 area code, near the 7-Eleven, sold for $1.6 million.")] == [1.6e6]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Dealers adjusted the price of kerosene from N640 to N715 per litre.", [640, 715]),
        ("The disability grant goes up by R35 to R2,190.", [35, 2190]),
    ],
)
def test_a_price_or_a_grant_that_moves_from_one_sum_to_another(text, found):
    assert [c.value for c in figures(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("The striker netted 19 in 25 league games for his old club.", [19, 25]),
        ("One in three games ended level.", [1 / 3]),
    ],
)
def test_a_tally_in_a_number_of_games_is_no_ratio(text, found):
    assert [c.value for c in figures(text)] == pytest.approx(found)


def test_the_edition_of_a_race_named_with_a_number_is_a_rank():
    assert [c.value for c in figures("She starts from pole for the 71st Riverside 300.")] == [71]


def test_a_racing_cars_number_is_no_rank():
    assert [c.value for c in figures("She drives the No. 42 Chevrolet and is ranked No. 3.")] == [3]


def test_between_two_years_before_a_plural_noun_stay_years():
    found = extract_claims("Between 2016 and 2023 growers in the valley lost 30% of their income.")
    assert [(c.kind, c.text) for c in found] == [("date", "2016"), ("date", "2023"), ("percent", "30%")]


def test_a_docket_number_counts_nothing():
    assert extract_claims("The indictment, case number 2:22-cr-00045, names him.") == []


def test_an_indian_train_followed_by_the_word_train_counts_nothing():
    assert figures("Fog held up the 14023 Lakeside Express train.") == []


def test_an_indian_train_before_a_verb_counts_nothing():
    assert [c.value for c in figures("The 14023 Lakeside Express was delayed by seven hours.")] == [7]


@pytest.mark.parametrize(
    "text",
    [
        "When somebody calls 911 because a window breaks, we come.",
        "Parents can get the results via SMS to 30051 any time.",
        "The flight, KQ 1902, touched down at the terminal.",
        "Signals No. 2 and No. 1 were raised, and Signal No. 4 or No. 5 may follow.",
        "The rules fall under Presidential Regulation No. 125 and Executive Order No. 62.",
    ],
)
def test_numbers_that_name_a_line_a_code_a_flight_a_signal_or_an_order_count_nothing(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Text 4357 to give $10 to the appeal.",
        "Call or text 4357 any time, day or night.",
        "Supporters can text SHELTER to 2024 from Friday.",
        "Text HOME to 85258 for free, confidential support.",
    ],
)
def test_a_number_to_text_is_no_count_and_no_year(text):
    assert [c.text for c in extract_claims(text) if c.text[:1].isdigit()] == []


@pytest.mark.parametrize(
    "text, value",
    [("He sent an SMS to 3000 customers.", 3000), ("She texted 4000 voters before the poll.", 4000)],
)
def test_people_sent_a_text_are_counted(text, value):
    assert [c.value for c in figures(text)] == [value]


@pytest.mark.parametrize(
    "text", ["Tips go to 1-800-TELL-ALL, the agency said.", "Call 1-888-555-HELP for a free check."]
)
def test_a_toll_free_number_spelt_in_letters_counts_nothing(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("CEBU - The tricycle costs her P25 each way.", 25, "PHP"),
        ("CEBU - A vendor earns P650 on a busy day.", 650, "PHP"),
        ("DURBAN - The bus ticket costs me R185 now.", 185, "ZAR"),
    ],
)
def test_a_letter_currency_after_whom_it_costs_or_a_verb_of_earning_is_money(text, value, unit):
    [money] = [c for c in figures(text) if c.kind == "money"]
    assert (money.value, money.unit) == (value, unit)


def test_a_place_on_the_grid_after_earned_is_no_money():
    assert [c for c in figures("She earned P3 on the grid in qualifying.") if c.kind == "money"] == []


@pytest.mark.parametrize(
    "text, value",
    [("Community radio stations, which now number 212, want a licence fee cut.", 212), ("They number 2,150 in all.", 2150)],
)
def test_number_as_a_verb_gives_a_count(text, value):
    assert [c.value for c in figures(text)] == [value]


@pytest.mark.parametrize("text", ["Route number 212 was cut.", "Dial the number 212 today."])
def test_a_number_named_by_number_counts_nothing(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The visitors declared on 488 for six before tea on the third day.",
        "At stumps the home side were 61 for two, still 300 behind.",
        "Okafor finished at 14 under par to take the title.",
        "She carded a 66, her best round of the golf season.",
        "The Hawks won 15.10 (100) to 9.8 (62).",
    ],
)
def test_scores_of_an_innings_a_round_or_a_football_match_count_nothing(text):
    assert [c for c in figures(text) if c.kind != "ordinal" and c.value not in (300,)] == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("The cricket club paid 300 for four new bats.", [300, 4]),
        ("Police found 40 for every 100 cars checked.", [40, 100]),
        ("Turnout was 12 under the average for a by-election.", [12]),
    ],
)
def test_numbers_like_scores_outside_a_game_are_counted(text, values):
    assert [c.value for c in figures(text)] == values


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Seats ranged from \u00a3150 in the upper stand to \u00a32,200 for a box.", 150, 2200),
        ("Rents range from about $900 to more than $3,000 a month.", 900, 3000),
        ("Class sizes vary from 14 in the hill schools to 41 in the town.", 14, 41),
    ],
)
def test_a_range_verb_spreads_one_range_over_a_phrase_or_a_hedge(text, low, high):
    [spread] = figures(text)
    assert (spread.value, spread.low, spread.high) == (None, low, high)


def test_a_change_from_one_figure_to_another_is_no_range():
    assert [c.value for c in figures("Fares rose from $5 in May to $10 in June.")] == [5, 10]


@pytest.mark.parametrize(
    "text, values",
    [
        ("The golf club posted a 62% rise in profits.", [62]),
        ("He fired a 70-yard wedge onto the green.", [70]),
        ("Tea at the cricket club costs \u00a32 for one.", [2]),
        ("The blood test costs 30 for one.", [30]),
        ("Revenue rose to $14.12 (96) million.", [14.12]),
        ("The council texted 5000 to warn them of the flood.", [5000]),
    ],
)
def test_figures_beside_words_of_a_game_or_a_text_stay_figures(text, values):
    assert [c.value for c in figures(text)] == values


@pytest.mark.parametrize(
    "text", ["Djokovic, who is now number 2 in the world, withdrew.", "The song is still number 1 on the chart."]
)
def test_a_rank_after_number_counts_nothing(text):
    assert figures(text) == []


def test_a_grid_place_after_cost_him_is_no_money():
    assert [c for c in figures("The penalty cost him P2 on the grid.") if c.kind == "money"] == []


def test_a_fee_and_a_rate_are_no_range():
    found = figures("Call-out fees range from $20 for a visit to $80 per hour for labour.")
    assert [(c.value, c.unit) for c in found] == [(20, "USD"), (80, "USD per hour")]


@pytest.mark.parametrize("text", ["Ireland, who now number 12 in world rugby, travel to Paris.", "Sinner is now number 12, behind Rune."])
def test_a_rank_past_ten_after_number_is_still_no_count(text):
    assert figures(text) == []


def test_officers_called_in_by_the_hundred_are_counted():
    assert [c.value for c in figures("Police called 999 officers to the ground.")] == [999]


# --------------------------------------------------------------------------- rooms, storeys and scales written short


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She rents a one-bedroom flat for £900 a month.", [("count", 1, "bedroom"), ("money", 900, "GBP per month")]),
        ("The council approved six four-storey blocks.", [("count", 6, "blocks"), ("measure", 4, "storey")]),
        ("They built twelve two-bedroom homes and a one-storey clinic.", [("count", 12, "homes"), ("count", 2, "bedroom"), ("measure", 1, "storey")]),
    ],
)
def test_rooms_and_storeys_are_counted_one_included_and_beside_another_count(text, expected):
    assert [(c.kind, c.value, c.unit) for c in figures(text)] == expected


@pytest.mark.parametrize("text", ["It was a one-off payment.", "A one-time ally, he said."])
def test_other_one_compounds_are_still_no_figures(text):
    assert figures(text) == []


def test_kilolitres_are_a_measure_however_written():
    found = figures("Households get 6kl of free water a month and pay for 20 kilolitres more.")
    assert [(c.kind, c.value) for c in found] == [("measure", 6), ("measure", 20)]


def test_a_scale_written_short_with_its_stop_keeps_its_currency():
    found = only_figure("The cabinet approved a record 9.1 tril. yen budget for defence.")
    assert (found.kind, found.value, found.unit) == ("money", 9.1e12, "JPY")


@pytest.mark.parametrize(
    "text, value",
    [
        ("The coating is 1.2 mil thick.", 1.2),
        ("The bags are 4.5 mil polythene.", 4.5),
        ("The club agreed a $40 mil budget.", 40e6),
        ("Some 1.2 mil. urged to leave.", 1.2e6),
    ],
)
def test_mil_is_a_million_behind_a_currency_or_with_its_stop(text, value):
    assert [c.value for c in figures(text)] == [value]


@pytest.mark.parametrize("text", ["The council owns seven five-star hotels.", "There are three three-star hotels."])
def test_a_rating_in_a_hyphened_word_stays_with_what_is_counted(text):
    found = only_figure(text)
    assert found.unit.endswith("-star hotels")


def test_the_first_five_eighths_of_a_distance_is_a_share():
    assert 0.625 in [c.value for c in figures("She ran the first five-eighths of a mile in 57 seconds.")]


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("They talked of a two- to three-day pause in the fighting.", 2, 3, "day"),
        ("Among five- to nine-year-olds the rate doubled.", 5, 9, "years"),
    ],
)
def test_a_range_in_words_with_its_first_hyphen_hanging(text, low, high, unit):
    found = [c for c in figures(text) if c.low is not None]
    assert [(c.kind, c.low, c.high, c.unit) for c in found] == [("measure", low, high, unit)]


def test_a_figure_after_so_called_is_a_name():
    assert figures("Funds went to the so-called three-pillar plan.") == []


# --------------------------------------------------------------------------- sport, roads, dockets and addresses


@pytest.mark.parametrize(
    "text",
    [
        "Riverside had resumed on 187 for six, only 14 runs behind.",
        '"We have been 25 for four too often in this series," the captain said.',
    ],
)
def test_runs_for_wickets_are_a_cricket_score_not_two_counts(text):
    assert [c.value for c in figures(text)] == ([14] if "14 runs" in text else [])


@pytest.mark.parametrize("text", ["The blood test costs 30 for one.", "They sold 3 for 10 dollars."])
def test_a_price_written_as_so_many_for_one_keeps_its_figures(text):
    assert figures(text) != []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Marsh, who will play his 14th Shield match, trained alone.", 14),
        ("It was Okoro's 30th Premiership final.", 30),
    ],
)
def test_a_players_tally_of_matches_named_with_capitals_is_an_ordinal(text, value):
    assert [(c.kind, c.value) for c in figures(text)] == [("ordinal", value)]


def test_a_units_name_before_a_match_is_still_a_name():
    assert figures("The 3rd Rifle Brigade match was called off.") == []


@pytest.mark.parametrize("text, value", [("She needs a top-20 finish to keep her card.", 20), ("He took a top-10 place.", 10)])
def test_a_place_in_a_top_n_written_with_a_hyphen_is_counted(text, value):
    assert [c.value for c in figures(text)] == [value]


def test_a_chart_named_top_40_is_no_figure():
    assert figures("The song reached the Top-40 chart.") == []


def test_rugbys_first_five_eighth_is_a_position():
    assert [c.value for c in figures("First five-eighth Rawiri Hona kicked 12 points.")] == [12]


@pytest.mark.parametrize(
    "text",
    [
        "A hearing in the case, No. 2025 CRB 004417, is set for March.",
        "Deputies stopped the van near mile marker 118 on Friday.",
        "He fled at speed on the US 50 before the crash.",
        "The deli at 212 W. Lake St. was robbed.",
        "Officers went to the 1400 block of 52 Street N.E. shortly after.",
    ],
)
def test_dockets_roads_and_addresses_are_no_figures(text):
    assert figures(text) == []


def test_a_sentence_punishable_by_a_range_of_years_is_one_range():
    found = only_figure("The charge is punishable by 5 to 20 years in prison.")
    assert (found.kind, found.low, found.high, found.unit) == ("measure", 5, 20, "years")


@pytest.mark.parametrize("text, value", [("Winds reached 120kmph at landfall.", 120), ("It moved north at 16 kmph overnight.", 16)])
def test_kmph_is_a_speed(text, value):
    found = only_figure(text)
    assert (found.kind, found.value, found.unit) == ("measure", value, "kmph")


def test_an_indian_national_highway_is_no_figure():
    assert figures("Traffic on the hill road (NH 766) was halted.") == []


@pytest.mark.parametrize(
    "text, low, high, unit",
    [("A surge of one to two metres is expected.", 1, 2, "metres"), ("The repair takes one to three hours.", 1, 3, "hours")],
)
def test_a_range_of_a_measure_may_open_with_one(text, low, high, unit):
    found = only_figure(text)
    assert (found.low, found.high, found.unit) == (low, high, unit)


@pytest.mark.parametrize(
    "text, value",
    [("The bank's shares closed at N36.40 on the exchange.", 36.4), ("The stock rose 9 per cent to close at N412.00 on Friday.", 412)],
)
def test_a_share_closing_at_a_naira_price_is_money(text, value):
    assert ("money", value, "NGN") in [(c.kind, c.value, c.unit) for c in figures(text)]


@pytest.mark.parametrize(
    "text, values",
    [
        ("The poll gave Labour 41 seats.", [41]),
        ("The Greens won 22 seats, Left-Alliance 20 and the Farmers 18.", [22, 20, 18]),
        ("The Union would have 30 seats, the Liberals 11, the Pirates 8 and the Left 7.", [30, 11, 8, 7]),
    ],
)
def test_seats_of_each_party_in_a_list_are_counted(text, values):
    assert [c.value for c in figures(text)] == values


def test_a_squads_players_are_no_list_of_seats():
    assert [c.value for c in figures("The squad has 25 players, Kane 9, Saka 7.")] == [25]


@pytest.mark.parametrize(
    "text, values",
    [
        ("In a runoff she would lose by 45 percent to 48 percent.", [(45, None, None), (48, None, None)]),
        ("Every weekend we would lose by $20,000 to $30,000.", [(None, 20000, 30000)]),
    ],
)
def test_lose_by_two_shares_is_a_result_but_by_two_sums_a_range(text, values):
    assert [(c.value, c.low, c.high) for c in figures(text)] == values


@pytest.mark.parametrize(
    "text", ["The first five-eighths Aaron Tipene and Manu Reihana were both named.", "The first five-eighths coach left."]
)
def test_rugbys_first_five_eighths_in_the_plural_are_positions(text):
    assert figures(text) == []


def test_the_first_five_eighths_of_a_race_is_a_share():
    assert 0.625 in [c.value for c in figures("She ran the first five-eighths in 50 seconds.")]


def test_losing_a_range_of_a_share_of_something_stays_a_range():
    found = only_figure("The firm would lose by 44 percent to 49 percent of its market value.")
    assert (found.low, found.high) == (44, 49)


@pytest.mark.parametrize(
    "text",
    [
        'The sequel "Paws 2" opened third.',
        'Her single "Noite 22" topped the chart again.',
        '"Composition No. 7," a canvas of 1951, sold on Tuesday.',
    ],
)
def test_a_number_in_a_short_quoted_title_is_no_figure(text):
    assert [c for c in figures(text) if c.kind != "ordinal"] == [] and "No. 7" not in [c.text for c in figures(text)]


def test_a_quoted_sentence_keeps_its_figures():
    assert [c.value for c in figures('"We sold 20 tickets," he said.')] == [20]


@pytest.mark.parametrize("text, value, unit", [("It will pass about 203m km from Mars.", 203e6, "km"), ("Exports reached 3m tonnes.", 3e6, "tonnes")])
def test_a_british_m_before_a_unit_is_millions_of_it(text, value, unit):
    found = only_figure(text)
    assert (found.value, found.unit) == (value, unit)


def test_a_second_in_a_speed_is_no_ordinal():
    assert [c.kind for c in figures("It travels at about 58km a second (130,000mph).")] == ["measure", "measure"]


def test_losing_by_two_shares_of_the_vote_is_a_result():
    assert [c.value for c in figures("The Democrats would lose by 44 percent to 49 percent of the vote.")] == [44, 49]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The utility will build a 1000-megawatt battery on the coast.", 1000, "megawatt"),
        ("She won the 1500-metre final in record time.", 1500, "metre"),
        ("Pilgrims visit the 1200-year-old temple each spring.", 1200, "years"),
    ],
)
def test_a_number_like_a_year_before_a_hyphened_unit_is_a_measure(text, value, unit):
    found = only_figure(text)
    assert (found.kind, found.value, found.unit) == ("measure", value, unit)


def test_a_year_before_a_hyphened_word_that_is_no_unit_stays_a_date():
    assert [c.kind for c in extract_claims("The yard restored a 1990-built ferry.")] == ["date"]


def test_a_rate_a_day_before_earlier_this_month_is_no_date_of_its_own():
    found = extract_claims("Flows fell to 88.4 million cubic metres a day from 93.1 million cubic metres a day earlier this month.")
    assert [c.text for c in found if c.kind == "date"] == ["earlier this month"]


def test_a_change_a_day_earlier_is_still_a_date():
    found = extract_claims("The index had fallen 3% a day earlier.")
    assert [c.text for c in found if c.kind == "date"] == ["a day earlier"]


@pytest.mark.parametrize("text", ["Ministers of the Group of 77 met in Geneva.", "It was the lowest among Group of 20 economies."])
def test_the_group_of_a_number_is_a_name(text):
    assert figures(text) == []


def test_a_group_of_a_number_of_people_counts_them():
    assert [c.value for c in figures("A Group of 20 students marched to the ministry.")] == [20]


@pytest.mark.parametrize(
    "text",
    ["Moreau won 7-6 (7-4) 6-3 6-7 (5-7) 6-4 in the final.", "The Bears (4-6) won the match on Sunday."],
)
def test_sets_written_without_commas_and_a_teams_record_are_no_ranges(text):
    assert [c for c in figures(text) if c.low is not None] == []


def test_ranges_beside_brackets_that_are_no_sets_stay_ranges():
    found = figures("The team will play 4-6 friendlies (2-3 at home) before the league starts.")
    assert [(c.low, c.high) for c in found] == [(4, 6), (2, 3)]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Only one passenger was hurt when the tram left the rails.", "passenger"),
        ("Traders now price in only one reduction before the summer.", "reduction"),
    ],
)
def test_only_one_before_what_it_counts_is_a_count(text, unit):
    found = only_figure(text)
    assert (found.kind, found.value, found.unit) == ("count", 1, unit)


@pytest.mark.parametrize(
    "text",
    ["She was the only one left on the platform.", "His only one was lost at sea.", "It was the only one of its kind."],
)
def test_the_only_one_is_no_count(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text, kind, low, high",
    [
        ("Core prices sit near the top of the bank's 1-to-3-per-cent range.", "percent", 1, 3),
        ("Inflation is above the 1.5%-to-4.5% tolerance band.", "percent", 1.5, 4.5),
        ("Most homes are a 10-to-15-minute walk from a station.", "measure", 10, 15),
    ],
)
def test_a_range_with_to_glued_by_hyphens_is_one_range(text, kind, low, high):
    found = only_figure(text)
    assert (found.kind, found.low, found.high) == (kind, low, high)


@pytest.mark.parametrize(
    "text", ["The lender's existing 2031 bonds rallied.", "It bought back its 2029 notes.", "Chile’s 2035 bonds slipped."]
)
def test_debt_named_by_the_year_it_falls_due_is_dated_not_counted(text):
    assert [c.kind for c in extract_claims(text)] == ["date"]


def test_a_count_of_bonds_sold_stays_a_count():
    assert [(c.kind, c.value) for c in figures("The council sold 2000 bonds to local savers.")] == [("count", 2000)]


@pytest.mark.parametrize(
    "text", ["This particular one came from a village churchyard.", "The mediator charged with finding one went home on Friday."]
)
def test_one_before_a_verb_is_a_pronoun(text):
    assert [c for c in figures(text) if c.value == 1] == []


def test_a_date_after_the_pronoun_one_is_still_found():
    found = extract_claims("A listener sent one last month with a drawing of her cat.")
    assert [c.text for c in found if c.kind == "date"] == ["last month"]


def test_sixth_forms_are_no_rank():
    assert figures("Ministers will direct extra money to sixth forms in coastal towns.") == []


def test_a_british_m_before_containers_counted_in_teu_is_millions():
    found = only_figure("The terminal will lift its capacity to 2.4m teu by 2028.")
    assert (found.kind, found.value) == ("count", 2_400_000)


def test_an_age_in_brackets_before_said_is_an_age():
    found = only_figure("Giving evidence, barman Colm Kehoe (27) said he had been locking the till.")
    assert (found.kind, found.value, found.unit) == ("measure", 27, "years")


def test_a_year_before_onwards_is_a_date():
    assert [c.kind for c in extract_claims("The levy applies to income from tax year 2026 onwards.")] == ["date"]


def test_the_alerts_of_an_emergency_number_count_nothing_but_messages_do():
    assert figures("Residents must follow the instructions in the 112 alerts at once.") == []
    assert [c.value for c in figures("The 112 messages he sent her were read to the jury.")] == [112]


@pytest.mark.parametrize("text", ["Each investor's 2000 bonds were converted into shares.", "Not only one person but a whole family was hurt."])
def test_near_misses_of_the_bonds_and_only_one_rules(text):
    found = figures(text)
    assert [c.value for c in found] == ([2000] if "bonds" in text else [])


@pytest.mark.parametrize("text", ["It revived a levy, an idea first floated by the regulator.", "The scheme was first mooted by ministers."])
def test_first_before_floated_or_mooted_says_when_not_a_rank(text):
    assert figures(text) == []


def test_eurobonds_by_the_year_they_fall_due_are_dated():
    assert [c.kind for c in extract_claims("Ghana's 2031 Eurobonds rallied on the news.")] == ["date"]


@pytest.mark.parametrize(
    "text, unit, when",
    [
        ("The council received one complaint last month.", "complaint", "last month"),
        ("Forty people were hospitalised, and one infant died last week.", "infant", "last week"),
        ("The club signed one player last summer.", "player", "last summer"),
    ],
)
def test_a_count_of_one_thing_leaves_the_date_after_it(text, unit, when):
    found = extract_claims(text)
    assert ("count", 1, unit) in [(c.kind, c.value, c.unit) for c in found]
    assert when in [c.text for c in found if c.kind == "date"]


def test_one_last_chance_is_no_date():
    assert [c for c in extract_claims("It is one last chance for the club.") if c.kind == "date"] == []
