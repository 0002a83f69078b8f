"""Quote speakers in shapes the first rules missed: a quote split around an attribution
with a description of the speaker, an occupation written like a title, and a partial quote
followed by more of the reported sentence."""

from factcheck.extraction import extract_claims


def speakers(text):
    return [(c.text, c.speaker) for c in extract_claims(text) if c.kind == "quote"]


def test_a_quote_split_around_a_described_speaker_keeps_the_speaker_for_both_parts():
    text = (
        "\u201cWe have waited nine months for a repair,\u201d said Oonagh Tierney, a tenant of the "
        "estate, \u201cand nobody has even called us back.\u201d"
    )
    assert [s for _, s in speakers(text)] == ["Oonagh Tierney", "Oonagh Tierney"]


def test_an_occupation_before_a_name_is_not_part_of_the_name():
    text = (
        "Commuter Declan Fahy, 41, was waiting on the platform. "
        "\u201cThis is the third cancellation this week,\u201d he said."
    )
    assert speakers(text)[0][1] == "Declan Fahy"


def test_a_partial_quote_followed_by_more_of_the_sentence_belongs_to_its_subject():
    text = (
        "Marta Lindqvist, the chief executive of Baltic Rail, appeared before MPs on Tuesday. "
        "Lindqvist told the committee the company had spent \u201cwell over \u00a3200m\u201d on "
        "signalling since 2021 but conceded: \u201cPassengers deserve better.\u201d"
    )
    assert [s for _, s in speakers(text)] == ["Marta Lindqvist", "Marta Lindqvist"]
