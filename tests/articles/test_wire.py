"""Reading the agency's lines of a wire story (articles.wire: pure text handling)."""

from datetime import datetime, timezone

import pytest

from articles.wire import embargo_lifts_at, parse_wire_text


@pytest.mark.parametrize(
    "headline",
    [
        "Embargo on Russian oil tightens as EU adds tankers",
        "Not for publication: the memo ministers hid",
        "Hold for release of hostages, envoy urges",
        "EMBARGO ON RUSSIAN OIL TIGHTENS",
    ],
)
def test_a_headline_that_begins_with_an_embargo_word_stays_the_headline(headline):
    story = parse_wire_text(f"{headline}\n\nBRUSSELS (Reuters) - The EU added 27 tankers.\n\nThe second paragraph.")

    assert (story.headline, story.embargo) == (headline, "")
    assert story.body.startswith("BRUSSELS (Reuters)")


@pytest.mark.parametrize(
    "line",
    [
        "EMBARGOED UNTIL 0001 GMT MARCH 4",
        "EMBARGOED: 00:01 GMT Thursday",
        "HOLD FOR RELEASE 1400 GMT",
        "NOT FOR PUBLICATION BEFORE 0600 GMT",
        "*** EMBARGOED ***",
    ],
)
def test_an_agencys_embargo_line_in_capitals_is_read_as_the_embargo(line):
    story = parse_wire_text(f"{line}\nHealth study finds walking cuts heart risk\n\nLONDON (Reuters) - People walk.")

    assert story.embargo == line
    assert story.headline == "Health study finds walking cuts heart risk"
    assert story.body.startswith(f"{line}\n\nLONDON")


# Tuesday 3 March 2026, 15:00 GMT: when the copy below came in.
RECEIVED = datetime(2026, 3, 3, 15, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "line, lifts",
    [
        ("EMBARGOED UNTIL 0001 GMT MARCH 4", datetime(2026, 3, 4, 0, 1)),
        ("EMBARGOED UNTIL 00:01 GMT ON THURSDAY 5 MARCH 2026", datetime(2026, 3, 5, 0, 1)),
        ("EMBARGOED UNTIL 12:01 A.M. EST THURSDAY, MARCH 5, 2026", datetime(2026, 3, 5, 5, 1)),
        ("EMBARGOED UNTIL 2026-03-05T00:01Z", datetime(2026, 3, 5, 0, 1)),
        ("EMBARGOED UNTIL 0001 HRS GMT 4TH MARCH", datetime(2026, 3, 4, 0, 1)),
        ("EMBARGOED UNTIL 1000 UTC+2 MARCH 10", datetime(2026, 3, 10, 8, 0)),
        # Eastern time is on summer time from 8 March 2026.
        ("EMBARGOED UNTIL 10 AM ET MARCH 10", datetime(2026, 3, 10, 14, 0)),
        # A weekday alone is the next one; a time alone the next time the clock shows it.
        ("EMBARGOED: 00:01 GMT Thursday", datetime(2026, 3, 5, 0, 1)),
        ("HOLD FOR RELEASE 1400 GMT", datetime(2026, 3, 4, 14, 0)),
        ("HOLD FOR RELEASE UNTIL 6:30 P.M. EDT", datetime(2026, 3, 3, 22, 30)),
        # A date without a year is the one nearest the copy's arrival, even when it has passed.
        ("EMBARGOED UNTIL 2359 GMT DEC 31", datetime(2025, 12, 31, 23, 59)),
    ],
)
def test_the_time_an_embargo_lifts_is_read_with_its_zone(line, lifts):
    assert embargo_lifts_at(line, received=RECEIVED) == lifts.replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "line",
    [
        "*** EMBARGOED ***",
        "EMBARGOED UNTIL 0001 MARCH 4",  # no zone: any of two dozen moments
        "EMBARGOED UNTIL 0001 GMT FEBRUARY 30",
        "EMBARGOED UNTIL 00:01 GMT ON FRIDAY 5 MARCH 2026",  # 5 March 2026 is a Thursday
        "EMBARGOED UNTIL 2501 GMT",
    ],
)
def test_an_embargo_line_without_a_time_that_can_be_trusted_gives_none(line):
    assert embargo_lifts_at(line, received=RECEIVED) is None
