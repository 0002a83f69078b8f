"""Properties of the claim extractor that must hold for any input."""

import unicodedata
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.extraction import extract_claims
from factcheck.extraction.composition import composed

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "The ministry said", "Mayor Ines Vale", "she said", "he added,", "according to officials",
    "20,000", "1.5 million", "$5bn", "US $71.10 per barrel", "40%", "3 percentage points",
    "twenty-five", "a dozen", "one of the", "no one", "thousands of", "tens of thousands of",
    "people", "protesters", "dollars", "euros", "km/h", "metres", "between", "and", "to",
    "10-15", "2-1", "won", "rose", "fell", "about", "more than", "up to", "at least",
    "Tuesday night", "on Monday", "January 5", "in 2019", "last week", "at 3 p.m.",
    "COVID-19", "G7", "Boeing 737", "Flight 370", "v2.3", "555-123-4567", "third-largest",
    "No. 1", "1.", "(a)", '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", ",", ".", ":",
    "\n", "\n\n", "Mr.", "U.S.", "Dec.", "half", "-", "\u20ac3.2m", "\u00a340", "45 cents",
    "some", "nearly", "second", "first", "9", "0", "1,", "..."
]

fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join)
# Every code point, lone surrogates and control characters included.
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)
news_or_noise = st.one_of(fragment_text, any_text, st.tuples(fragment_text, any_text).map("".join))

PARAGRAPH = st.lists(
    st.sampled_from(
        [
            "Exports rose 4% in March.",
            "The mine employs 900 miners.",
            "About 20 people were hurt on Tuesday night.",
            "Thousands of dockworkers marched.",
            "It is the third-largest port.",
            "The fund holds \u20ac3.2m and $5bn in bonds.",
            "Harbour master Lena Strauss spoke.",
            "\u201cWe moved 2,000 containers,\u201d Strauss said.",
            "Between 10 and 15 boats sank in 2019.",
        ]
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


def check_invariants(text, claims):
    starts = [c.start for c in claims]
    assert starts == sorted(starts)
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.sentence[0] <= c.start and c.end <= c.sentence[1]
        assert 0 <= c.sentence[0] <= c.sentence[1] <= len(text)
        assert 0.0 <= c.score <= 1.0
        assert c.kind in ("count", "vague", "percent", "money", "measure", "ordinal", "date", "quote")
        assert c.quoted or c.speaker is None
        d = c.to_dict()
        assert list(d) == [
            "kind", "text", "start", "end", "value", "low", "high", "unit", "qualifier",
            "direction", "speaker", "quoted", "sentence", "score", "fingerprint",
        ]


@SETTINGS
@given(news_or_noise)
def test_spans_are_valid_for_any_text(text):
    check_invariants(text, extract_claims(text))


@SETTINGS
@given(st.text(max_size=200))
def test_no_crash_on_arbitrary_unicode_including_control_characters(text):
    check_invariants(text, extract_claims(text))


@SETTINGS
@given(st.lists(st.sampled_from(["\x00", "\ud800", "\udfff", "\x1b", "\u2028", "\r", "5", '"', " "]), max_size=60).map("".join))
def test_no_crash_on_control_characters_and_lone_surrogates(text):
    check_invariants(text, extract_claims(text))


@SETTINGS
@given(news_or_noise)
def test_output_is_deterministic(text):
    assert extract_claims(text) == extract_claims(text)


@SETTINGS
@given(PARAGRAPH, PARAGRAPH, PARAGRAPH)
def test_fingerprints_stable_when_other_paragraphs_change_or_move(a, b, extra):
    original = "\n\n".join([a, b])
    swapped = "\n\n".join([b, a])
    grown = "\n\n".join([extra, a, b, extra])

    def figure_prints(text):
        return Counter(c.fingerprint for c in extract_claims(text) if c.kind != "quote")

    base = figure_prints(original)
    assert figure_prints(swapped) == base
    grown_prints = figure_prints(grown)
    for fp, n in base.items():
        assert grown_prints[fp] >= n


@SETTINGS
@given(PARAGRAPH, st.sampled_from(["An unrelated opening line.", "Editor's note: updated."]))
def test_fingerprints_stable_when_a_sentence_is_prepended_or_appended(para, other):
    base = Counter(c.fingerprint for c in extract_claims(para) if c.kind != "quote")
    for text in (other + "\n\n" + para, para + "\n\n" + other):
        got = Counter(c.fingerprint for c in extract_claims(text) if c.kind != "quote")
        for fp, n in base.items():
            assert got[fp] >= n


RECORD_FRAGMENTS = [
    "record", "records", "all-time", "all", "time", "first-ever", "first", "ever", "never",
    "most", "best-selling", "non-record", "a-record", "record-breaking", "Record", "RECORD",
    "-", "--", "'s", "5", " ", ",", ".", "highest", "x", "time-high", "\u00e9", "\u212a", "\u0130",
    "\u00a3", "\u201c", "\u00c9", "recor", "\u212ad", "\u00e9record",
]


@given(st.lists(st.sampled_from(RECORD_FRAGMENTS), max_size=12).map("".join))
@example("A record\u212a year.")  # lower-cases to "recordk": no whole word
@example("The \u00a35m record\u0130 sale.")
@SETTINGS
def test_record_word_shortcut_agrees_with_the_pattern(text):
    # has_record_words settles most ASCII sentences from their runs of letters; it must say
    # what the whole-word pattern says on the lower-cased text, hyphens and all.
    from factcheck.extraction.scoring import _RECORD_RE, has_record_words

    assert has_record_words(text) == (_RECORD_RE.search(text.lower()) is not None)


TRIGGER_FRAGMENTS = [
    "Monday's", "march", "May", "may", "twenty-five", "one", "first", "mid-", "mid", "last",
    "week", "this", "earlier", "in", "later", "that", "year", "thousands", "dozen", "half",
    "next", "wee", "mon", "5", "caf\u00e9", "\u00e9three", "three\u00e9", "\u0130", "\u212a", "\u017f", "\u201c",
    "-", "'", " ", ".", "x", "Seven", "SIX", "ago", "day", "Patrick", "\u2019s", "Eve", "New Year",
]
sentence_words = st.lists(st.sampled_from(TRIGGER_FRAGMENTS), min_size=1, max_size=8).map("".join)


@given(st.lists(sentence_words, min_size=1, max_size=6))
@example(["Sales fell last wee\u212a.", "Nothing here."])  # a Kelvin sign matches "k" under IGNORECASE
@example(["The talks ended.", "They resume \u0130n March."])
@SETTINGS
def test_trigger_test_over_a_block_agrees_with_the_pattern_on_each_sentence(sentences):
    # The block is read once for all its sentences; for each sentence it must say what
    # TRIGGER_RE says of that sentence alone, in ASCII and outside it, odd case letters too.
    from factcheck.extraction.quantities import TRIGGER_RE, TriggerTest

    text = " ".join(sentences)
    has_trigger = TriggerTest(text, 0, len(text))
    start = 0
    for sentence in sentences:
        end = start + len(sentence)
        assert has_trigger(start, end) == (TRIGGER_RE.search(sentence) is not None), sentence
        start = end + 1


def _trigger_compounds():
    from factcheck.extraction.quantities import _TRIGGERS

    for word in sorted(_TRIGGERS):
        for compound in (f"{word}-strong", f"{word}-double", f"{word}-{word}", f"double-{word}"):
            yield f"A {compound} crowd of 5 and {compound.capitalize()} came on Monday."


def test_every_figure_reader_takes_a_hyphenated_compound_of_its_word_without_raising():
    """Each word that starts a figure is also tried as the head of a compound ("a double-double",
    "a thousands-strong crowd"). Its reader is called directly here, past the scan's guard, so a
    word missing from a reader's table shows up as the error it is."""
    from factcheck.extraction.quantities import _HANDLERS, _TRIGGERS, SentenceScanner, _hyphen_head

    failures = []
    for sentence in _trigger_compounds():
        scanner = SentenceScanner(sentence, 0, len(sentence))
        for i in scanner.candidates():
            if scanner.K[i] == "n":
                continue
            low = scanner.L[i]
            head = _hyphen_head(low)
            trigger = _TRIGGERS.get(low) or ("mid" if head == "mid" else _TRIGGERS[head])
            try:
                _HANDLERS[trigger](scanner, i)
            except Exception as exc:  # noqa: BLE001 - the test lists every failure at once
                failures.append(f"{sentence!r}: {type(exc).__name__} {exc}")
    assert failures == []


ACCENTED_PARAGRAPH = st.lists(
    st.sampled_from(
        [
            "Jos\u00e9 \u00c1lvarez runs the caf\u00e9 in M\u00e1laga.",
            "\u201cWe lost 40 homes in the flood,\u201d \u00c1lvarez said.",
            "Exports from Malm\u00f6 rose 4% in March.",
            "Ren\u00e9e Fran\u00e7ois said the fund holds \u20ac3.2m.",
            "\u201cIt was the hardest year,\u201d she said on Tuesday.",
            "\ud55c\uad6d\uc740\ud589 raised rates by 25 basis points.",
            "Nguy\u1ec5n Th\u1ecb H\u01b0\u01a1ng, 34, sells 200 bowls a day.",
        ]
    ),
    min_size=1,
    max_size=8,
).map(" ".join)


@SETTINGS
@given(ACCENTED_PARAGRAPH)
def test_accents_written_as_marks_of_their_own_give_the_same_claims_where_they_are_written(text):
    # Many Mac programs copy "\u00e9" as "e" and a combining accent: the same claims, speakers and
    # fingerprints, with offsets and surfaces in the text as written.
    decomposed = unicodedata.normalize("NFD", text)
    as_composed = extract_claims(text)
    as_decomposed = extract_claims(decomposed)
    assert [(c.kind, c.value, c.low, c.high, c.speaker, c.fingerprint) for c in as_decomposed] == [
        (c.kind, c.value, c.low, c.high, c.speaker, c.fingerprint) for c in as_composed
    ]
    for claim, twin in zip(as_decomposed, as_composed):
        assert decomposed[claim.start:claim.end] == claim.text
        assert unicodedata.normalize("NFC", claim.text) == twin.text
        assert claim.sentence[0] <= claim.start <= claim.end <= claim.sentence[1] <= len(decomposed)


@SETTINGS
@given(st.one_of(any_text, st.lists(st.sampled_from(
    ["e", "a", " ", ".", "\u0301", "\u0308", "\u0323", "\u1100", "\u1161", "\u11a8", "\u09c7", "\u09be",
     "\u0f73", "\u0f71", "\u0344", "\u212b", "\u304b", "\u3099"]), max_size=40).map("".join)))
def test_the_composed_text_is_nfc_and_its_offsets_map_back_in_order(text):
    composed_text, origin = composed(text)
    assert composed_text == unicodedata.normalize("NFC", text)
    mapped = [origin(k) for k in range(len(composed_text) + 1)]
    assert mapped == sorted(mapped)
    assert mapped[0] == 0 and mapped[-1] == len(text)
