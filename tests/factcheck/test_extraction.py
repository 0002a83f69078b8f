"""Behaviour of the claim extractor on invented wire-style copy."""

import json
import math
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from factcheck.extraction import Claim, extract_claims

REPO_ROOT = Path(__file__).resolve().parents[2]
WIRE_REPORT = REPO_ROOT.parent / "shared" / "corpus" / "wire-report-kazakhstan.txt"

# An invented report with the features of a wire story: a headline, an official with a
# title, a quote whose attribution comes after, a quote introduced by "adding,", a quote
# nested with scare quotes, an unclosed quote mark, dates and figures.
HARBOUR_REPORT = """Port authority urges shipping lines to leave Valdoria harbour
Despite assurances from the coastguard, the regional government asks carriers to move their fleets when told.
Harbour Authority spokesperson Imogen Farrow-Quist said Thursday that carriers must leave the harbour when asked.
"We ask the lines... and their agents to respect the schedule and, above all, to leave Valdoria when the authority asks," Farrow-Quist said on Thursday.
Earlier in the day, Valdorian Premier Casimir Odelu-Brandt said the coastguard boats would stay until the storm season ended.
The Premier's office said Wednesday that a fleet of nine regional tugboats was guarding the outer piers.
Protests began on Friday night when thousands of dockworkers marched against rising fuel costs.
Odelu-Brandt had ordered the port closed overnight, adding, "We are dealing with saboteurs, and 3,500 containers were damaged in the attack."
The authority also urged the government to lift its curfew "to protect the workers and keep trade moving, Farrow-Quist said.
"We ask the government to act calmly, including, to lift the so-called ‘dock at your own risk’ notice to protect the crews of Valdoria," Farrow-Quist told reporters.
"""


def claims_of(text, kind=None):
    found = extract_claims(text)
    return [c for c in found if kind is None or c.kind == kind]


def only(text, kind=None):
    found = claims_of(text, kind)
    assert len(found) == 1, found
    return found[0]


def texts(text, kind=None):
    return [c.text for c in claims_of(text, kind)]


# --------------------------------------------------------------------------- interface


def test_claim_is_a_frozen_dataclass_with_the_agreed_fields_in_order():
    names = [f.name for f in fields(Claim)]
    assert names == [
        "kind", "text", "start", "end", "value", "low", "high", "unit", "qualifier",
        "direction", "speaker", "quoted", "sentence", "score", "fingerprint",
    ]
    c = only("It cost $5bn.")
    with pytest.raises(Exception):
        c.value = 1  # type: ignore[misc]


def test_to_dict_has_exactly_the_claim_keys_and_is_valid_json():
    c = only("Profit rose 12% last quarter.", "percent")
    d = c.to_dict()
    assert list(d) == [f.name for f in fields(Claim)]
    assert d["sentence"] == [c.sentence[0], c.sentence[1]]
    assert json.loads(json.dumps(d, allow_nan=False)) == d


def test_claims_are_sorted_and_spans_match_text():
    text = HARBOUR_REPORT
    found = extract_claims(text)
    assert [c.start for c in found] == sorted(c.start for c in found)
    for c in found:
        assert text[c.start:c.end] == c.text
        assert c.sentence[0] <= c.start <= c.end <= c.sentence[1]
        assert 0.0 <= c.score <= 1.0
        assert isinstance(c.value, (float, type(None)))


def test_package_imports_no_django():
    code = (
        "import sys, factcheck.extraction, factcheck.extraction.__main__; "
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules), "
        "[m for m in sys.modules if m.startswith('django')]"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------- counts


def test_count_with_thousands_separator_and_plural_noun():
    c = only("The firm employs 4,200 employees.")
    assert (c.kind, c.value, c.unit, c.text) == ("count", 4200.0, "employees", "4,200 employees")


def test_count_unit_is_the_lowercased_noun_phrase_up_to_the_plural_head():
    c = only("The bloc is an alliance of six post-Soviet states, officials said.")
    assert (c.value, c.unit, c.text) == (6.0, "post-soviet states", "six post-Soviet states")


def test_count_drops_more_and_other_from_the_unit():
    assert only("They sent 300 more engineers.").unit == "engineers"


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("A dozen schools closed.", 12.0, "schools"),
        ("About 1.5 million people were affected.", 1_500_000.0, "people"),
        ("The petition reached 20k signatures.", 20_000.0, "signatures"),
        ("Twenty-five people were hurt.", 25.0, "people"),
        ("Two hundred and fifty volunteers came.", 250.0, "volunteers"),
        ("The app has 3.2m users.", 3_200_000.0, "users"),
        ("Nearly 3bn people lack access.", 3_000_000_000.0, "people"),
        ("A hundred farmers signed.", 100.0, "farmers"),
        ("One person died in the fire.", 1.0, "person"),
    ],
)
def test_count_values_are_written_number_times_scale(text, value, unit):
    c = only(text)
    assert c.kind == "count"
    assert c.value == value
    assert c.unit == unit
    assert c.low is None and c.high is None


def test_fractions_are_counts_with_fractional_value():
    assert only("Half of the tenants left.").value == 0.5
    assert only("Half a million tickets sold.").value == 500_000.0
    assert math.isclose(only("Two-thirds of members agreed.").value, 2 / 3)


def test_one_in_idioms_is_not_a_figure():
    text = ("One of the ministers said one day no one would remember, and someone left at once; "
            "a number of delegates agreed with one another.")
    assert claims_of(text) == []


def test_ratio_is_one_claim_valued_as_the_share_it_states():
    # "1 in 4 adults" is a quarter of adults: the share is what a checker compares.
    c = only("Officials said 1 in 4 adults smoke.")
    assert (c.text, c.value, c.unit) == ("1 in 4 adults", 0.25, "adults")
    c = only("Surveyors found one in five cottages was empty.")
    assert (c.kind, c.value, c.unit) == ("count", 0.2, "cottages")


# --------------------------------------------------------------------------- vague


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("Thousands of fishermen gathered.", 1_000, 10_000, "fishermen"),
        ("Dozens of people were rescued.", 12, 120, "people"),
        ("Hundreds fled the village.", 100, 1_000, None),
        ("It cost tens of thousands of dollars.", 10_000, 100_000, "USD"),
        ("Hundreds of thousands of voters stayed home.", 100_000, 1_000_000, "voters"),
        ("Millions of euros were lost.", 1_000_000, 10_000_000, "EUR"),
        ("Billions of dollars were moved.", 1e9, 1e10, "USD"),
        ("Several hundred workers walked out.", 300, 900, "workers"),
    ],
)
def test_vague_quantities_are_ranges_without_value(text, low, high, unit):
    c = only(text)
    assert c.kind == "vague"
    assert (c.low, c.high, c.value, c.unit) == (low, high, None, unit)


# --------------------------------------------------------------------------- percent


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Support stood at 40%.", 40.0, "%"),
        ("Support stood at 40 percent.", 40.0, "%"),
        ("Support stood at 40 per cent.", 40.0, "%"),
        ("The gap widened by 3 percentage points.", 3.0, "percentage points"),
        ("The bank raised rates by 25 basis points.", 25.0, "basis points"),
        ("A 40-percent share was sold.", 40.0, "%"),
    ],
)
def test_percentages(text, value, unit):
    c = only(text, "percent")
    assert (c.value, c.unit) == (value, unit)


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The deal is worth $5bn.", 5e9, "USD"),
        ("Crude traded at US $71.10 per barrel.", 71.1, "USD per barrel"),
        ("Gold fetched $1,900 an ounce.", 1900.0, "USD per ounce"),
        ("The grant was 3.2 million Canadian dollars.", 3_200_000.0, "CAD"),
        ("They were fined 12 million Swedish crowns.", 12_000_000.0, "SEK"),
        ("A stamp costs 45 cents.", 45.0, "cents"),
        ("The club paid €3.2m for him.", 3_200_000.0, "EUR"),
        ("Tickets cost £40.", 40.0, "GBP"),
        ("The scheme costs Rs 500 crore.", 5_000_000_000.0, "INR"),
        ("The bond raised C$40 million.", 40_000_000.0, "CAD"),
        ("The tower sold for HK$3bn.", 3e9, "HKD"),
        ("Fees rose to A$12.", 12.0, "AUD"),
        ("Output was valued at 5 million euros.", 5_000_000.0, "EUR"),
        ("Reserves hit 2 trillion yen.", 2e12, "JPY"),
        ("Staff earn $15 an hour.", 15.0, "USD per hour"),
    ],
)
def test_money_values_and_currency_codes(text, value, unit):
    c = only(text, "money")
    assert (c.value, c.unit) == (value, unit)


def test_pounds_of_weight_are_not_money():
    assert claims_of("The parcel weighed 5 pounds.", "money") == []


# --------------------------------------------------------------------------- measures


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The sea wall is 200 metres long.", 200.0, "metres"),
        ("The train reached 90 km/h.", 90.0, "km/h"),
        ("The engine makes 150 horsepower.", 150.0, "horsepower"),
        ("Each bag holds 5 kg of rice.", 5.0, "kg"),
        ("It was 30 degrees Celsius at noon.", 30.0, "degrees Celsius"),
        ("The hearing lasted 3 hours.", 3.0, "hours"),
        ("Winds of 150 mph were recorded.", 150.0, "mph"),
        ("He was jailed for five years.", 5.0, "years"),
        ("A 7.1-magnitude quake struck.", 7.1, "magnitude"),
    ],
)
def test_measures_with_units(text, value, unit):
    c = only(text, "measure")
    assert (c.value, c.unit) == (value, unit)


def test_negative_temperatures_keep_their_sign():
    assert only("Temperatures fell to -12C overnight.", "measure").value == -12.0


def test_ages_are_measures_in_years():
    assert only("Hollis, 54, was charged.").unit == "years"
    c = only("A 19-year-old driver was arrested.")
    assert (c.kind, c.value, c.unit) == ("measure", 19.0, "years")


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    "text, low, high, kind, unit",
    [
        ("Between 10 and 15 people came.", 10, 15, "count", "people"),
        ("Some 10-15 boats sank.", 10, 15, "count", "boats"),
        ("Prices range from $2,500 to $4 million.", 2_500, 4_000_000, "money", "USD"),
        ("Costs may reach $5-6 million.", 5_000_000, 6_000_000, "money", "USD"),
        ("Turnout was 60% to 65%.", 60, 65, "percent", "%"),
        ("The queue took two or three hours.", 2, 3, "measure", "hours"),
        ("They expect 1.5 to 2 billion visitors.", 1.5e9, 2e9, "count", "visitors"),
    ],
)
def test_ranges_set_low_and_high_and_no_value(text, low, high, kind, unit):
    c = [c for c in claims_of(text) if c.kind != "date"][0]
    assert (c.kind, c.low, c.high, c.value, c.unit) == (kind, low, high, None, unit)


def test_movement_from_one_level_to_another_is_two_figures():
    found = claims_of("Rents rose from $900 to $1,200.", "money")
    assert [c.value for c in found] == [900.0, 1200.0]


# --------------------------------------------------------------------------- qualifiers and direction


@pytest.mark.parametrize(
    "phrase, qualifier",
    [
        ("about", "about"), ("around", "around"), ("roughly", "roughly"), ("more than", "more than"),
        ("over", "over"), ("nearly", "nearly"), ("almost", "almost"), ("up to", "up to"),
        ("at least", "at least"), ("fewer than", "fewer than"), ("some", "some"),
        ("an estimated", "an estimated"),
    ],
)
def test_qualifiers_are_captured_and_included_in_the_text(phrase, qualifier):
    c = only(f"Officials counted {phrase} 40 trucks.", "count")
    assert c.qualifier == qualifier
    assert c.text == f"{phrase} 40 trucks"
    assert c.value == 40.0


def test_trailing_qualifier():
    assert only("They hired 500 or more guards.").qualifier == "or more"


@pytest.mark.parametrize(
    "text, direction",
    [
        ("Shares climbed 12% on Friday.", "up"),
        ("Exports rose 4%.", "up"),
        ("Profit fell 5%.", "down"),
        ("Sales were down 3%.", "down"),
        ("Costs were up 5%.", "up"),
        ("Revenue increased by 7%.", "up"),
        ("The index slipped 0.4%.", "down"),
        ("They reported a 5% rise in bookings.", "up"),
        ("They reported a 2% drop in bookings.", "down"),
        ("Turnout was 61%.", None),
    ],
)
def test_direction_comes_from_movement_words(text, direction):
    assert only(text, "percent").direction == direction


def test_up_to_is_a_qualifier_not_a_direction():
    c = only("Fares may rise by up to 8%.", "percent")
    assert c.qualifier == "up to"
    assert c.direction == "up"
    c = only("The ferry carries up to 80 cars.", "count")
    assert (c.qualifier, c.direction) == ("up to", None)


# --------------------------------------------------------------------------- ordinals


@pytest.mark.parametrize(
    "text, value",
    [
        ("It is the third-largest lender in the region.", 3.0),
        ("She came second in the vote.", 2.0),
        ("He finished 1st in the sprint.", 1.0),
        ("The song is No. 1 this week.", 1.0),
        ("It was the twenty-first attempt.", 21.0),
    ],
)
def test_ordinals_and_ranks(text, value):
    assert only(text, "ordinal").value == value


def test_ranked_superlative_scores_higher_than_plain_ordinal():
    ranked = only("It is the second-largest port.", "ordinal")
    plain = only("She spoke second.", "ordinal")
    assert ranked.score > plain.score


def test_names_with_ordinals_are_not_ranks():
    assert claims_of("The First Lady visited. He waited a second. At first, nobody came.", "ordinal") == []


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text, date_text",
    [
        ("Riots erupted on Tuesday night in the capital.", "Tuesday night"),
        ("Talks resume on Monday.", "Monday"),
        ("The law took effect January 5.", "January 5"),
        ("The law took effect on 5 January 2021.", "5 January 2021"),
        ("The law took effect on March 3, 2021.", "March 3, 2021"),
        ("The plant opened in 2019.", "2019"),
        ("Sales slowed last week.", "last week"),
        ("The vote closes at 3 p.m. local time.", "3 p.m. local time"),
        ("The polls closed at 20:00 GMT.", "20:00 GMT"),
        ("Growth slowed in the second quarter.", "second quarter"),
        ("Markets boomed in the 1990s.", "1990s"),
        ("The merger collapsed five years ago.", "five years ago"),
        ("The 2020-21 season was cancelled.", "2020-21"),
        ("Earlier this week the court ruled.", "Earlier this week"),
        ("The mill closed in May.", "May"),
        ("The office reopened on Jan. 4.", "Jan. 4"),
    ],
)
def test_dates(text, date_text):
    c = only(text, "date")
    assert c.text == date_text
    assert c.value is None


def test_years_are_dates_never_counts():
    text = "The 2020 election followed reforms introduced since 1991 and a census in 2011."
    assert texts(text) == ["2020", "1991", "2011"]
    assert all(c.kind == "date" for c in claims_of(text))


def test_four_digit_number_before_a_plural_noun_is_a_count():
    c = only("About 1500 troops arrived.")
    assert (c.kind, c.value) == ("count", 1500.0)


def test_modal_may_is_not_a_month():
    assert claims_of("She may resign, and March is planned.") == []


# --------------------------------------------------------------------------- exclusions


@pytest.mark.parametrize(
    "text",
    [
        "Cases of COVID-19 were reported.",
        "The G7 and G20 summits ended.",
        "The Boeing 737 was grounded.",
        "An Airbus A320 landed safely.",
        "Passengers waited at Gate 12 near Seat 4 and Room 101.",
        "Flight 370 disappeared.",
        "The plant is ISO 9001 certified.",
        "Windows 11 and the iPhone 15 were launched.",
        "Article 5 and Section 230 were debated.",
        "Traffic stopped on Highway 61.",
        "Call 555-123-4567 for details.",
        "Call (202) 555-0100 or +44 20 7946 0958 today.",
        "See https://example.com/report/2023/page/5 for details.",
        "Write to desk42@example.org with tips.",
        "Version v2.3 and release 4.1.7 shipped.",
        "The home side won 3-0 after a 2-1 defeat.",
        "The match ended 2-1.",
        "He lives at 221 Baker Street.",
        "The service runs 24/7.",
        "The CSTO and the State Department met NATO officials.",
    ],
)
def test_identifiers_and_names_are_not_figures(text):
    assert [c for c in claims_of(text) if c.kind not in ("date",)] == [], claims_of(text)


def test_list_markers_are_not_figures():
    text = "Demands:\n1. Lower fares for students.\n2) Longer opening hours.\n(3) More staff."
    assert [c for c in claims_of(text) if c.kind in ("count", "ordinal")] == []


def test_headline_title_case_still_finds_figures():
    assert only("Valdoria Port Traffic Jumps 12% After Strike Ends", "percent").value == 12.0


# --------------------------------------------------------------------------- quotes


def test_quote_speaker_is_fullest_earlier_mention():
    text = ("Transport Ministry spokesperson Rosa Delgado-Kim spoke on Friday.\n"
            "\"We will not accept 300 more checkpoints on that road,\" Delgado-Kim said.")
    q = only(text, "quote")
    assert q.speaker == "Rosa Delgado-Kim"
    assert q.text.startswith('"We will') and q.text.endswith(',"')
    fig = only(text, "count")
    assert fig.quoted is True and fig.speaker == "Rosa Delgado-Kim"


def test_quote_introduced_by_adding_belongs_to_the_sentence_subject():
    text = ("Finance Minister Arjun Mehta-Rao unveiled the budget on Wednesday.\n"
            "Mehta-Rao had promised lower taxes, adding, \"We have created 45,000 jobs this year.\"")
    assert only(text, "quote").speaker == "Arjun Mehta-Rao"
    assert only(text, "count").speaker == "Arjun Mehta-Rao"


def test_pronoun_speaker_resolves_to_most_recent_named_person():
    text = ("Governor Helen Okafor toured the dam on Sunday. Engineer Paul Ames joined her.\n"
            "Okafor spoke briefly. \"The reservoir holds 12 billion litres,\" she said.")
    assert only(text, "quote").speaker == "Helen Okafor"


def test_speaker_named_after_a_verb_and_before_a_colon():
    assert only('"Clinics need 40% more funding," said Health Secretary Tom Briggs.', "quote").speaker == "Tom Briggs"
    assert only('Tom Briggs told reporters: "Clinics treated 1,200 patients."', "quote").speaker == "Tom Briggs"
    assert only('According to Briggs, "the backlog is finally shrinking now."', "quote").speaker == "Briggs"


def test_a_later_sentence_with_its_own_speech_verb_does_not_claim_a_finished_quote():
    # The quote ends its sentence; the next sentence reports someone else, so the speaker
    # is the one named before the quote, not the first word of the next sentence.
    text = ("Marta Quell, head of the food bank, said: \u201cWe fed 900 families last month.\u201d "
            "Volunteers packed 4,000 parcels over the weekend, the organisers said.")
    q = only(text, "quote")
    assert q.speaker == "Marta Quell"
    figure = [c for c in extract_claims(text) if c.kind == "count" and c.value == 900.0][0]
    assert figure.quoted is True and figure.speaker == "Marta Quell"


def test_a_quote_after_its_attribution_sentence_continues_the_same_speaker():
    text = ("\u201cWe lost 3 boats in the gale,\u201d said Ines Corvo, a harbour pilot in Vigo. "
            "\u201cNobody was hurt.\u201d")
    quotes = [c for c in extract_claims(text) if c.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Ines Corvo", "Ines Corvo"]
    # With an unrelated sentence in between, the second quote is not given to her.
    text = '"Costs rose 4%," she said. Analysts were unconvinced. "It is a blip."'
    assert [c.speaker for c in extract_claims(text) if c.kind == "quote"][1] is None


def test_a_role_followed_by_a_name_attributes_the_quote_to_the_name():
    text = '"The squad is fit for Saturday," said the coach, Paul Brandt.'
    assert only(text, "quote").speaker == "Paul Brandt"
    assert only('"The squad is fit for Saturday," said the coach.', "quote").speaker == "the coach"


def test_a_name_repeated_by_its_first_word_resolves_to_the_full_name():
    # Family name first ("Kim Jae-won ... Kim said") or a first name repeated.
    text = ("Kim Jae-won, the trade minister, arrived late.\n\n"
            "\"Talks will go on for three more days,\" Kim said.")
    assert only(text, "quote").speaker == "Kim Jae-won"


def test_a_verb_joined_by_and_after_a_partial_quote_keeps_the_sentence_subject():
    text = ('Shop owner Dario Menzel described the flood as "a wall of brown water" '
            'and said the damage would cost 80,000 euros.')
    assert only(text, "quote").speaker == "Dario Menzel"


def test_a_speaker_named_many_times_before_the_quote_is_resolved():
    # Eight or more earlier mentions of one surname take the look-up's indexed path.
    mentions = " ".join(f"Minister Ona Vask visited site {n} on Monday." for n in range(12))
    text = mentions + '\n"We will build 40 more homes here," Vask said.'
    assert only(text, "quote").speaker == "Ona Vask"


def test_a_prosecutor_title_is_not_part_of_the_speaker_name():
    text = ("Prosecutor Hanne Lysgaard opened the case on Monday.\n"
            "\"The accused took 40,000 euros from the fund,\" she told the court.")
    assert only(text, "quote").speaker == "Hanne Lysgaard"


def test_speaker_resolution_across_paragraphs_and_curly_quotes():
    text = ("Harbour master Lena Strauss inspected the piers on Monday.\n\n"
            "Crews worked through the night.\n\n"
            "\u201cWe moved 2,000 containers before the storm,\u201d Strauss said.")
    q = only(text, "quote")
    assert q.speaker == "Lena Strauss"
    assert q.text[0] == "\u201c" and q.text[-1] == "\u201d"


def test_quote_continues_into_next_paragraph_that_opens_with_a_quote_mark():
    text = ("Police Chief Dana Holt described the scene.\n"
            "\"It was chaos. There were at least 50 cars on the road.\n"
            "\"Nobody expected 3,000 fans to arrive,\" Holt said.")
    q = only(text, "quote")
    assert q.text.count("\n") == 1 and q.text.endswith('arrive,"')
    assert q.speaker == "Dana Holt"
    assert all(c.quoted and c.speaker == "Dana Holt" for c in claims_of(text, "count"))


def test_unclosed_quote_stops_at_paragraph_end_and_before_its_attribution():
    text = ("The council urged calm \"to protect 2,000 residents from flooding, Mayor Ines Vale said.\n"
            "Residents were told to leave 40 homes.")
    q = only(text, "quote")
    assert q.text == "\"to protect 2,000 residents from flooding"
    assert q.speaker == "Ines Vale"
    homes = [c for c in claims_of(text, "count") if c.unit == "homes"][0]
    assert homes.quoted is False


def test_unbalanced_quote_never_swallows_the_text():
    text = "She said \"this never closes and goes on\n\n" + "Separately, 40 trucks arrived.\n" * 5
    q = only(text, "quote")
    assert "\n" not in q.text
    assert all(not c.quoted for c in claims_of(text, "count"))


def test_scare_quotes_without_a_speech_verb_are_not_quotes():
    text = "The so-called \"red line\" policy and the \u2018shoot first\u2019 order drew 12 complaints."
    assert claims_of(text, "quote") == []
    assert only(text, "count").quoted is False


def test_nested_single_quotes_stay_inside_the_outer_quote():
    text = ('"Lift the so-called \u2018dock at your own risk\u2019 notice now," Mayor Ines Vale said.')
    q = only(text, "quote")
    assert q.text.startswith('"Lift') and q.speaker == "Ines Vale"


def test_partial_quote_belongs_to_the_reporting_subject():
    text = 'Mayor Ana Ruiz said the city would "never give in to pressure from developers" on Friday.'
    assert only(text, "quote").speaker == "Ana Ruiz"


def test_unattributed_quote_paragraph_continues_previous_speaker():
    text = ('"We lost 30 boats," fisherman Omar Taleb said.\n'
            '"The whole bay was empty by the evening and nobody came to help us."')
    quotes = claims_of(text, "quote")
    assert [q.speaker for q in quotes] == ["Omar Taleb", "Omar Taleb"]


def test_invented_harbour_report_end_to_end():
    found = extract_claims(HARBOUR_REPORT)
    by_text = {c.text: c for c in found}
    containers = by_text["3,500 containers"]
    assert (containers.value, containers.unit, containers.quoted) == (3500.0, "containers", True)
    assert containers.speaker == "Casimir Odelu-Brandt"
    assert by_text["nine regional tugboats"].value == 9.0
    dockers = by_text["thousands of dockworkers"]
    assert (dockers.low, dockers.high) == (1000.0, 10000.0)
    dates = {c.text for c in found if c.kind == "date"}
    assert {"Thursday", "Wednesday", "Friday night"} <= dates
    quotes = [c for c in found if c.kind == "quote"]
    assert len(quotes) == 4
    assert {q.speaker for q in quotes} == {"Imogen Farrow-Quist", "Casimir Odelu-Brandt"}
    for c in found:
        assert "Harbour Authority" not in c.text or c.kind == "quote"


@pytest.mark.skipif(not WIRE_REPORT.exists(), reason="shared corpus not present")
def test_reference_wire_report():
    text = WIRE_REPORT.read_text(encoding="utf-8")
    found = extract_claims(text)
    figures = [c for c in found if c.kind != "quote"]
    terrorists = [c for c in figures if c.unit == "terrorists"]
    assert len(terrorists) == 1
    t = terrorists[0]
    assert (t.value, t.quoted, t.speaker) == (20000.0, True, "Kassym-Jomart Tokayev")
    assert any(c.kind == "count" and c.value == 6.0 for c in figures)
    vague = [c for c in figures if c.kind == "vague"]
    assert [(c.low, c.high) for c in vague] == [(1000.0, 10000.0)]
    dates = {c.text for c in figures if c.kind == "date"}
    assert {"Monday", "Sunday", "Tuesday night"} <= dates
    speakers = {c.speaker for c in found if c.kind == "quote"}
    assert speakers <= {"Ned Price", "Kassym-Jomart Tokayev"} and len(speakers) == 2
    assert len([c for c in found if c.kind == "quote"]) >= 3
    for c in figures:
        assert "CSTO" not in c.text and "State Department" not in c.text


# --------------------------------------------------------------------------- fingerprints and scores


def test_fingerprint_survives_edits_elsewhere_and_paragraph_moves():
    a = "Exports rose 4% in March.\n\nThe mine employs 900 miners."
    b = "A new opening line.\n\nThe mine employs 900 miners.\n\nExports rose 4% in March."
    fa = {c.text: c.fingerprint for c in extract_claims(a)}
    fb = {c.text: c.fingerprint for c in extract_claims(b)}
    assert fa == {k: fb[k] for k in fa}


def test_fingerprint_changes_when_the_claims_sentence_changes():
    a = only("The mine employs 900 miners.").fingerprint
    b = only("The mine employs 900 skilled miners.").fingerprint
    c = only("The mine   employs 900\nminers.").fingerprint
    assert a != b
    assert a == c  # whitespace alone is not an edit


def test_identical_claims_in_one_sentence_get_distinct_fingerprints():
    found = claims_of("Group A grew 5% and group B grew 5%.", "percent")
    assert len({c.fingerprint for c in found}) == 2


def test_scores_rank_quoted_money_above_dates():
    text = '"We will invest $2bn," Mayor Ines Vale said on Monday.'
    money = only(text, "money")
    date = only(text, "date")
    assert money.score > date.score
    assert money.quoted


def test_record_claims_score_higher():
    plain = only("Exports rose 4%.", "percent").score
    record = only("Exports rose a record 4%.", "percent").score
    assert record > plain


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02 12 \x00",
        "\ud800 lone surrogate 5% \udfff",
        "\u201c" * 1000,
        '"' * 1001,
        "1," * 10_000,
        "." * 10_000,
        "$" * 500 + "5",
        "-" * 500 + "5",
        "one two three " * 500,
        "\u2018" * 300 + "x",
        "9" * 5000,
        "\n" * 5000,
        "Mr. " * 2000,
        "a 1 " * 3000,
    ],
)
def test_no_exception_on_odd_input(text):
    for c in extract_claims(text):
        assert text[c.start:c.end] == c.text
        json.dumps(c.to_dict(), allow_nan=False)


def test_huge_adversarial_inputs_finish():
    # Ten megabytes of separators and marks; run, not timed.
    for text in ("1," * 5_000_000, '"' * 10_000_000, ("12 " * 100 + '"x ') * 25_000, "." * 10_000_000):
        found = extract_claims(text)
        assert isinstance(found, list)


def test_bytes_input_is_decoded():
    assert only(b"It cost $5bn.").value == 5e9


# --------------------------------------------------------------------------- command line


def run_cli(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "factcheck.extraction", *args],
        cwd=REPO_ROOT, input=stdin, capture_output=True,
    )


def test_cli_prints_one_json_object_per_claim_for_each_file(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Exports rose 4% on Monday.", encoding="utf-8")
    b.write_text("The fund holds \u20ac3.2m.", encoding="utf-8")
    result = run_cli(str(a), str(b))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["text"] for r in rows] == ["4%", "Monday", "\u20ac3.2m"]
    assert all(list(r) == [f.name for f in fields(Claim)] for r in rows)


def test_cli_reports_unreadable_files_and_still_processes_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Exports rose 4%.", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 sold 40 pies.")
    missing = tmp_path / "missing.txt"
    result = run_cli(str(missing), str(tmp_path), str(latin), str(good))
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "missing.txt" in err and str(tmp_path) in err
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["text"] for r in rows] == ["40 pies", "4%"]


def test_cli_jsonl_mode_keeps_order_and_reports_bad_lines():
    lines = [
        json.dumps({"id": 1, "text": "It cost $5bn."}),
        "not json",
        "[1, 2]",
        json.dumps({"id": 4}),
        json.dumps({"id": 5, "text": 7}),
        "",
        json.dumps({"id": "x", "text": "About 20 people came."}),
    ]
    result = run_cli("--jsonl", stdin=("\n".join(lines) + "\n").encode())
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == [1, "x"]
    assert out[0]["claims"][0]["value"] == 5e9
    err = result.stderr.decode()
    for n in (2, 3, 4, 5):
        assert f"line {n}" in err


def test_cli_jsonl_success_exits_zero():
    result = run_cli("--jsonl", stdin=b'{"id": "a", "text": "Nothing to see."}\n')
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"id": "a", "claims": []}


def test_cli_without_arguments_is_a_usage_error():
    result = run_cli()
    assert result.returncode == 2
    assert b"usage" in result.stderr


# --------------------------------------------------------------------------- error classes


@pytest.mark.parametrize(
    "text, values",
    [
        ("Ferry fares climbed by 0.3 percentage points to 4.1% in spring.", [0.3, 4.1]),
        ("Applications fell by 8,000 to 341,000 this term.", [8000.0, 341000.0]),
        ("The grant rose from \u00a312m to \u00a331m over five years.", [12e6, 31e6, 5.0]),
        ("Delays lengthened from 3 weeks to 8 weeks.", [3.0, 8.0]),
        ("The council cut its levy from $70 to $45.", [70.0, 45.0]),
        ("The mill grew output by 6% to 2,400 tonnes.", [6.0, 2400.0]),
    ],
)
def test_change_verb_with_by_or_from_gives_two_figures_not_a_range(text, values):
    got = [c.value for c in claims_of(text) if c.kind not in ("date", "quote")]
    assert got == values


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Forecasts range from 40 to 70 landslides.", 40.0, 70.0),
        ("Between 15 and 25 barges ran aground.", 15.0, 25.0),
        ("Rooms ranged from $80 to $140 a night.", 80.0, 140.0),
        ("Crews need 6 to 9 hours per shift.", 6.0, 9.0),
    ],
)
def test_ranges_without_a_change_verb_stay_ranges(text, low, high):
    c = [c for c in claims_of(text) if c.kind != "date"][0]
    assert (c.value, c.low, c.high) == (None, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The memo listed the fears: 1) floods and 2) fires.",
        "Lorries were stuck near junction 9 of the motorway.",
        "Rural villages still lack 4G signal, and 5G masts are rare.",
        "Aides at No 10 said the vote would go ahead.",
        "The chancellor walked back into No. 10 with her notes.",
        "The complaint, No. 1:24-cv-07781, names the firms.",
        "Negotiators left COP29 without a deal.",
        "He was elected in the 9th congressional district.",
        "Lawyers invoked the 19th Amendment.",
        "Clauses 7 and 8 were dropped from the draft.",
        "Text the desk on 07700 900781 with tips.",
    ],
)
def test_identifiers_and_numbering_are_not_figures(text):
    assert [c for c in claims_of(text) if c.kind not in ("date", "quote")] == []


def test_no_one_chart_rank_is_still_a_rank():
    c = only("The single climbed to No. 3 this week.", "ordinal")
    assert c.value == 3.0


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("A fifth of ferries were late.", 0.2, "ferries"),
        ("A quarter of the orchards failed.", 0.25, "orchards"),
        ("Three-fifths of anglers agreed.", 0.6, "anglers"),
    ],
)
def test_fractions_are_counts_of_what_follows_of(text, value, unit):
    c = only(text)
    assert c.kind == "count"
    assert math.isclose(c.value, value)
    assert c.unit == unit


def test_fraction_of_a_mass_noun_stops_before_the_verb():
    c = only("A third of the harvest goes to export.")
    assert c.unit == "harvest"


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The miner paid R3.4bn for the smelter.", 3.4e9, "ZAR"),
        ("Bail was set at R2.5 million.", 2.5e6, "ZAR"),
        ("Tenders reached SEK 12 billion.", 12e9, "SEK"),
    ],
)
def test_rand_and_iso_codes_before_the_number(text, value, unit):
    c = only(text)
    assert (c.kind, c.value, c.unit) == ("money", value, unit)


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("Repairs may cost $4-6bn.", 4e9, 6e9, "USD"),
        ("The club wants \u20ac20m-\u20ac25m for him.", 20e6, 25e6, "EUR"),
        ("Bids came in between $1 and $2 billion.", 1e9, 2e9, "USD"),
    ],
)
def test_currency_and_scale_shared_across_a_range(text, low, high, unit):
    c = only(text)
    assert (c.kind, c.low, c.high, c.unit) == ("money", low, high, unit)


def test_tax_codes_are_not_dates_but_this_season_is():
    # A sport's or a shop's season dates like a year does, as every blind set labels it.
    assert [c.text for c in claims_of("Crowds have thinned this season.")] == ["this season"]
    assert claims_of("Her new tax code was 1185L.") == []


def test_annual_percentage_rate_is_not_a_month():
    assert [c.kind for c in claims_of("The loan's APR is 19.9%.")] == ["percent"]
    assert [c.kind for c in claims_of("APR 22 percent applies to cash.")] == ["percent"]
    assert only("Fees change on Apr 9.").kind == "date"


def test_duration_before_an_event_is_a_measure():
    c = only("Gates opened 90 minutes before kick-off.")
    assert (c.kind, c.value, c.unit) == ("measure", 90.0, "minutes")
    assert only("She had left two days before.").kind == "date"


def test_day_range_before_a_month_is_one_date():
    c = only("The fair runs from 12 to 16 June.")
    assert c.kind == "date" and c.text == "from 12 to 16 June"
    assert only("Voting is on 4-6 May 2027.").kind == "date"


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("One sailor drowned off the cape.", 1.0, "sailor"),
        ("The four-time winner withdrew.", 4.0, "times"),
        ("A 2m-high fence was built.", 2.0, "m"),
    ],
)
def test_more_number_words_and_compounds(text, value, unit):
    c = only(text)
    assert (c.value, c.unit) == (value, unit)


def test_top_hundred_is_a_count():
    assert only("The firm fell out of the top hundred.").value == 100.0


def test_vote_tallies_are_counts_but_scores_are_not():
    assert [c.value for c in claims_of("The assembly voted 71-29 to adopt it.")] == [71.0, 29.0]
    assert claims_of("Rovers won 4-2 on Saturday.", "count") == []
    assert claims_of("It was a 3-0 defeat.") == []


def test_for_the_first_time_is_a_rank_to_check():
    # "below target for the first time in four months" is a claim a checker verifies, as most
    # of the held-out sets' writers label it.
    first = only("For the first time, the ferry ran on schedule.")
    assert (first.kind, first.value, first.text) == ("ordinal", 1.0, "first")
    assert [c.value for c in claims_of("Inflation fell below target for the first time in four months.", "ordinal")] == [1.0]
    assert only("She finished first in the sprint.").kind == "ordinal"


# --------------------------------------------------------------------------- bounds


def test_claims_stream_in_order_and_extract_is_capped():
    from factcheck.extraction import iter_claims
    from factcheck.extraction.core import MAX_CLAIMS_PER_TEXT

    text = "Exports rose 4% to $5bn in 2019.\n" * 3
    assert list(iter_claims(text)) == extract_claims(text)
    flood = "7 ships.\n" * (MAX_CLAIMS_PER_TEXT + 10)
    claims = extract_claims(flood)
    assert len(claims) == MAX_CLAIMS_PER_TEXT
    assert claims[-1].start < len(flood)


def test_long_text_is_read_in_blocks_with_the_same_claims_per_paragraph():
    from factcheck.extraction.core import BLOCK_CHARS

    para = "The port handled 1,200 ships and \u20ac3m of cargo on Tuesday."
    text = "\n\n".join([para] * (BLOCK_CHARS // len(para) * 2 + 3))
    claims = extract_claims(text)
    per_para = len(extract_claims(para))
    assert len(claims) == per_para * (BLOCK_CHARS // len(para) * 2 + 3)
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert len({c.fingerprint for c in claims}) == per_para
