"""Claim memory: the same figure from the same speaker, ruled before in any article, is offered again."""

from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck import memory, selectors, services
from factcheck.models import Claim, ClaimStatus, ScanRun
from tests.factories import ArticleFactory

SOURCE = services.SourceInput(kind="url", reference="https://stats.example/army-2024")


@dataclass
class Figure:
    kind: str = "count"
    text: str = "20,000 terrorists"
    value: float | None = 20000.0
    low: float | None = None
    high: float | None = None
    unit: str | None = "terrorists"
    qualifier: str | None = None
    direction: str | None = None
    speaker: str | None = "Yoav Adler"


def test_the_memory_module_imports_no_django():
    source = open(memory.__file__).read()
    assert "import django" not in source and "from django" not in source


@pytest.mark.parametrize(
    "other",
    [
        Figure(text="20000 terrorists"),
        Figure(value=20000.0000001),
        Figure(unit="  Terrorists "),
        Figure(speaker="yoav  adler"),
        Figure(kind="vague"),  # a vague count is still a count
    ],
)
def test_the_same_figure_unit_and_speaker_share_a_key(other):
    assert memory.memory_key(other) == memory.memory_key(Figure()) != ""


@pytest.mark.parametrize(
    "other",
    [
        Figure(value=21000.0),
        Figure(unit="soldiers"),
        Figure(speaker="Another Minister"),
        Figure(speaker=None),
        Figure(qualifier="more than"),
        Figure(direction="up"),
        Figure(kind="money"),
    ],
)
def test_a_different_figure_unit_speaker_or_hedge_has_another_key(other):
    assert memory.memory_key(other) != memory.memory_key(Figure())


def test_ranges_percent_spellings_and_quotes_are_keyed_by_what_they_say():
    assert memory.memory_key(Figure(value=None, low=10.0, high=15.0)) != memory.memory_key(
        Figure(value=None, low=10.0, high=16.0)
    )
    assert memory.memory_key(Figure(kind="percent", unit="per cent", value=40.0)) == memory.memory_key(
        Figure(kind="percent", unit="%", value=40.0)
    )
    quote = Figure(kind="quote", text="“We will win,”", value=None, unit=None)
    same_words = Figure(kind="quote", text='"We will win"', value=None, unit=None)
    assert memory.memory_key(quote) == memory.memory_key(same_words)
    assert memory.memory_key(Figure(value=None, unit=None)) == ""  # nothing to compare


@pytest.mark.parametrize(
    "claim",
    [
        Figure(kind="date", text="on Monday", value=None, unit=None, speaker=None),
        Figure(kind="ordinal", text="first", value=1.0, unit=None, speaker=None),
        Figure(kind="count", text="three", value=3.0, unit=None, speaker=None),
    ],
    ids=["date", "bare-ordinal", "bare-count"],
)
def test_claims_with_nothing_particular_to_remember_have_no_key(claim):
    # The same weekday or "the first" in another story is another claim; reusing its verdict would
    # wave it through the gate.
    assert memory.memory_key(claim) == ""


# --- In the database -------------------------------------------------------------------------------

MINISTER = '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'


def scanned(reporter, desk, body, headline):
    article = ArticleFactory(author=reporter, desk=desk, headline=headline, standfirst="", body=body)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return article


def quoted_count(article):
    return Claim.objects.get(article=article, kind="count")


@pytest.mark.django_db
def test_the_scan_keys_every_claim_it_finds(reporter, desk):
    article = scanned(reporter, desk, MINISTER + " Turnout rose to 64%.", "Minister speaks")
    claims = list(Claim.objects.filter(article=article))
    assert claims and all(c.memory_key == memory.memory_key(c) != "" for c in claims)


@pytest.mark.django_db
def test_a_new_claim_shows_the_latest_earlier_verdict_with_its_sources(reporter, desk, fact_checker):
    first = quoted_count(scanned(reporter, desk, MINISTER, "Minister's figure, Monday"))
    services.claim_rule(claim_id=first.pk, user=fact_checker, verdict="inaccurate", note="Army says 2,000.",
                        sources=[SOURCE])
    later = quoted_count(scanned(reporter, desk, "At a rally: " + MINISTER, "Minister repeats figure"))
    other_speaker = quoted_count(
        scanned(reporter, desk, '"We have killed 20,000 terrorists," the army chief, Dan Roth, said.', "Army chief")
    )

    found = selectors.latest_verdicts_for([later, other_speaker])

    assert set(found) == {later.pk}
    assert found[later.pk].pk == first.pk and found[later.pk].verdict == "Army says 2,000."
    assert [s.reference for s in found[later.pk].sources.all()] == [SOURCE.reference]


@pytest.mark.django_db
def test_claim_memory_for_a_page_costs_two_queries_whatever_its_size(reporter, desk, fact_checker):
    ruled = quoted_count(scanned(reporter, desk, MINISTER, "Original"))
    services.claim_rule(claim_id=ruled.pk, user=fact_checker, verdict="verified", note="Yes.", sources=[SOURCE])
    page = [quoted_count(scanned(reporter, desk, MINISTER, f"Repeat {chr(65 + n)}")) for n in range(12)]

    with CaptureQueriesContext(connection) as few:
        selectors.latest_verdicts_for(page[:2])
    with CaptureQueriesContext(connection) as many:
        found = selectors.latest_verdicts_for(page)

    assert len(few) == len(many) == 2
    assert {claim.pk for claim in page} == set(found)


def a_verified_count_and_the_same_again(reporter, desk, fact_checker):
    """The minister's quoted count ruled verified in one article, and the same sentence in another."""
    first = quoted_count(scanned(reporter, desk, MINISTER, "First"))
    services.claim_rule(claim_id=first.pk, user=fact_checker, verdict="verified", note="Army data agree.",
                        sources=[SOURCE])
    return first, quoted_count(scanned(reporter, desk, MINISTER, "Second"))


@pytest.mark.django_db
def test_reusing_a_verdict_is_one_post_that_copies_it_and_records_the_reuse(client, reporter, desk, fact_checker):
    first, later = a_verified_count_and_the_same_again(reporter, desk, fact_checker)
    client.force_login(fact_checker)
    queue = client.get(reverse("factcheck:queue"), {"stage": "any"}).content.decode()
    assert "Checked before" in queue and "Reuse this verdict" in queue and "Army data agree." in queue

    response = client.post(
        reverse("factcheck:claim_reuse", args=[later.pk]), {"from_claim": first.pk, "version": later.version}
    )

    assert response.status_code == 302
    later.refresh_from_db()
    assert (later.status, later.verdict) == (ClaimStatus.VERIFIED, "Army data agree.")
    copied = later.sources.get()
    assert copied.reference == SOURCE.reference and copied.copied_from.claim_id == first.pk
    change = later.history.first()
    assert change.reused_from_id == first.pk and change.note.startswith(f"Reused verdict of claim #{first.pk}")
    assert later.has_attribution_check and later.blocks_publication  # who said it is checked on its own


@pytest.mark.django_db
def test_reuse_this_verdict_clicked_twice_copies_it_once_and_says_so(client, reporter, desk, fact_checker):
    first, later = a_verified_count_and_the_same_again(reporter, desk, fact_checker)
    client.force_login(fact_checker)
    click = {"from_claim": first.pk, "version": later.version, "row": "1"}
    client.post(reverse("factcheck:claim_reuse", args=[later.pk]), click, HTTP_HX_REQUEST="true")

    again = client.post(reverse("factcheck:claim_reuse", args=[later.pk]), click, HTTP_HX_REQUEST="true")

    row = again.content.decode()
    assert again.status_code == 200
    assert f"Claim #{later.pk} already has the verdict of claim #{first.pk}" in row
    assert "changed after you opened it" not in row
    assert later.sources.count() == 1 and later.history.filter(reused_from=first).count() == 1


@pytest.mark.django_db
def test_a_verdict_cannot_be_reused_on_a_claim_that_does_not_match(reporter, desk, fact_checker):
    first = quoted_count(scanned(reporter, desk, MINISTER, "First"))
    services.claim_rule(claim_id=first.pk, user=fact_checker, verdict="verified", note="Yes.", sources=[SOURCE])
    unrelated = Claim.objects.get(
        article=scanned(reporter, desk, "Turnout rose to 64% in the spring election.", "Turnout"), kind="percent"
    )
    with pytest.raises(Exception, match="does not match"):
        services.claim_reuse_verdict(claim_id=unrelated.pk, from_claim_id=first.pk, user=fact_checker)
    unrelated.refresh_from_db()
    assert unrelated.status == ClaimStatus.UNVERIFIED


@pytest.mark.django_db
def test_a_claim_that_has_its_own_verdict_is_not_offered_an_earlier_one(reporter, desk, fact_checker):
    first = quoted_count(scanned(reporter, desk, MINISTER, "First"))
    services.claim_rule(claim_id=first.pk, user=fact_checker, verdict="verified", note="Yes.", sources=[SOURCE])
    later = quoted_count(scanned(reporter, desk, "Again: " + MINISTER, "Second"))
    services.claim_rule(claim_id=later.pk, user=fact_checker, verdict="unverifiable", note="No record.")
    later.refresh_from_db()

    assert selectors.latest_verdicts_for([later]) == {}
    with pytest.raises(Exception, match="does not match"):
        services.claim_reuse_verdict(claim_id=later.pk, from_claim_id=first.pk, user=fact_checker)
    later.refresh_from_db()
    assert later.status == ClaimStatus.UNVERIFIABLE


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["claim_take", "claim_release"])
def test_a_reporter_asking_for_the_queue_row_gets_no_memory_of_another_draft(
    client, reporter, other_reporter, desk, fact_checker, action
):
    theirs = quoted_count(scanned(other_reporter, desk, MINISTER, "Unpublished scoop on the army"))
    services.claim_rule(claim_id=theirs.pk, user=fact_checker, verdict="inaccurate", note="Army data disagree.",
                        sources=[SOURCE])
    mine = quoted_count(scanned(reporter, desk, "Again: " + MINISTER, "Mine"))
    client.force_login(reporter)

    response = client.post(
        reverse(f"factcheck:{action}", args=[mine.pk]), {"row": "1", "version": mine.version}, HTTP_HX_REQUEST="true"
    )

    page = response.content.decode()
    assert response.status_code == 403
    assert "Unpublished scoop" not in page and "Army data disagree." not in page and SOURCE.reference not in page


TURNOUT = "Turnout of 61.4% was the highest in Westmere since 1997."
VOTE_SHARE = "Maria Okonkwo won 61.4% of the vote in the Eastgate ward."


def a_verified_turnout_and_the_same_figure_as_a_vote_share(reporter, desk, fact_checker):
    """One figure, two facts: the memory key (61.4, per cent) is the same, the sentences are not."""
    turnout = Claim.objects.get(article=scanned(reporter, desk, TURNOUT, "Westmere turnout"), text="61.4%")
    services.claim_rule(claim_id=turnout.pk, user=fact_checker, verdict="verified", note="Declaration sheet.",
                        sources=[SOURCE])
    share = Claim.objects.get(article=scanned(reporter, desk, VOTE_SHARE, "Eastgate result"), text="61.4%")
    assert share.memory_key == turnout.memory_key
    return turnout, share


def test_only_the_same_sentence_or_quote_states_the_same_fact_unread():
    turnout = Figure(kind="percent")
    turnout.sentence = TURNOUT
    same = Figure(kind="percent")
    same.sentence = "  turnout of 61.4 % was the highest in Westmere since 1997 "
    share = Figure(kind="percent")
    share.sentence = VOTE_SHARE
    quote = Figure(kind="quote")
    quote.sentence = '"We will win," she said.'
    other_quote = Figure(kind="quote")
    other_quote.sentence = '"We will win," Okonkwo told the count.'

    assert memory.states_the_same_fact(same, turnout)
    assert not memory.states_the_same_fact(share, turnout)
    assert memory.states_the_same_fact(other_quote, quote)  # a quote's key is its words and speaker


@pytest.mark.django_db
def test_a_figure_verdict_from_another_sentence_is_reused_only_once_the_checker_says_it_is_the_same_fact(
    reporter, desk, fact_checker
):
    turnout, share = a_verified_turnout_and_the_same_figure_as_a_vote_share(reporter, desk, fact_checker)

    with pytest.raises(services.SameFactNotConfirmed, match="in another sentence"):
        services.claim_reuse_verdict(claim_id=share.pk, from_claim_id=turnout.pk, user=fact_checker)
    share.refresh_from_db()
    assert share.status == ClaimStatus.UNVERIFIED and not share.sources.exists()

    services.claim_reuse_verdict(
        claim_id=share.pk, from_claim_id=turnout.pk, user=fact_checker, same_fact_confirmed=True
    )
    share.refresh_from_db()
    assert share.status == ClaimStatus.VERIFIED
    assert TURNOUT in share.history.get(reused_from=turnout).note  # what was judged the same fact


@pytest.mark.django_db
def test_the_queue_shows_the_sentence_an_earlier_verdict_was_given_on_and_asks_before_reusing_it(
    client, reporter, desk, fact_checker
):
    turnout, share = a_verified_turnout_and_the_same_figure_as_a_vote_share(reporter, desk, fact_checker)
    client.force_login(fact_checker)

    row = client.get(reverse("factcheck:queue"), {"article": share.article_id}).content.decode()
    assert "In another sentence" in row and "Turnout of <mark" in row and 'name="same_fact"' in row

    click = {"from_claim": turnout.pk, "version": share.version, "row": "1"}
    refused = client.post(reverse("factcheck:claim_reuse", args=[share.pk]), click, HTTP_HX_REQUEST="true")
    assert refused.status_code == 409 and "Nothing was copied" in refused.content.decode()
    share.refresh_from_db()
    assert share.status == ClaimStatus.UNVERIFIED

    reused = client.post(
        reverse("factcheck:claim_reuse", args=[share.pk]), {**click, "same_fact": "1"}, HTTP_HX_REQUEST="true"
    )
    assert reused.status_code == 200
    share.refresh_from_db()
    assert share.status == ClaimStatus.VERIFIED


@pytest.mark.django_db
def test_each_queue_row_asks_for_the_same_fact_only_where_its_own_sentence_differs(
    client, reporter, desk, fact_checker
):
    turnout, share = a_verified_turnout_and_the_same_figure_as_a_vote_share(reporter, desk, fact_checker)
    repeat = Claim.objects.get(article=scanned(reporter, desk, TURNOUT, "Westmere turnout, update"), text="61.4%")
    client.force_login(fact_checker)

    page = client.get(reverse("factcheck:queue"), {"stage": "any"}).content.decode()

    # Both rows are offered the same earlier claim; only the vote share's sentence is another.
    assert f'id="same-fact-{share.pk}"' in page
    assert f'id="same-fact-{repeat.pk}"' not in page and f"claim-row-{repeat.pk}" in page
