"""Reading the agency's lines of a wire story (articles.wire: pure text handling)."""

import pytest

from articles.wire import parse_wire_text


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
