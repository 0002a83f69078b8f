"""Reporters attach the sources their copy rests on, and read the desk's rulings on it.

A source is evidence for the desk, not a ruling: attaching one never changes a claim's status. The
article's reporters attach sources until it is published; the desk, to any claim still in its article.
"""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from articles import services as article_services
from factcheck import services
from factcheck.models import Claim, ClaimStatus, ScanRun, Source
from newsroom.people import person_name
from tests.factories import ArticleFactory, move_to

pytestmark = pytest.mark.django_db

BODY = "The council approved a budget of $12.5 million for the new library on Tuesday."
SOURCE = {"kind": "url", "reference": "https://council.example/minutes/14", "note": "Item 7.", "check": "figure"}


@pytest.fixture
def money_claim(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Library budget", standfirst="", body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return Claim.objects.get(article=article, kind="money")


def attach(client, claim, **data):
    return client.post(reverse("factcheck:claim_add_source", args=[claim.pk]), {**SOURCE, **data})


def test_a_reporter_attaches_a_source_to_a_figure_in_their_draft(client, reporter, money_claim):
    client.force_login(reporter)
    before = (money_claim.status, money_claim.version)

    response = attach(client, money_claim)

    assert response.status_code == 302
    source = Source.objects.get(claim=money_claim)
    assert (source.kind, source.reference, source.note, source.added_by) == (
        "url", "https://council.example/minutes/14", "Item 7.", reporter)
    money_claim.refresh_from_db()
    # Evidence, not a ruling; a desk page opened before it came is out of date.
    assert (money_claim.status, money_claim.version) == (before[0], before[1] + 1)
    page = client.get(reverse("factcheck:claim", args=[money_claim.pk])).content.decode()
    assert 'href="https://council.example/minutes/14"' in page and "Item 7." in page


def test_a_document_source_needs_no_address(client, reporter, money_claim):
    client.force_login(reporter)
    attach(client, money_claim, kind="document", reference="Council minutes, 14 May, p. 3", note="")
    assert Source.objects.get(claim=money_claim).reference == "Council minutes, 14 May, p. 3"


@pytest.mark.parametrize(
    "reference, message",
    [
        ("javascript:alert(1)", "Enter a web address starting with http:// or https:// (“javascript:alert(1)” is not one)."),
        ("", "This field is required."),
    ],
)
def test_a_bad_source_is_refused_with_the_reason_and_nothing_is_saved(client, reporter, money_claim, reference, message):
    client.force_login(reporter)

    response = attach(client, money_claim, reference=reference)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Source.objects.filter(claim=money_claim).exists()


@pytest.mark.parametrize("reference", ["Council minutes, 14 May, p. 3", "Minutes: item 7, 14 May"])
def test_a_document_sent_as_a_web_address_is_echoed_as_typed_and_the_refusal_says_to_choose_document(
    client, reporter, money_claim, reference
):
    # The box's placeholder offers "https://… or a document", and "Web address" is chosen at first.
    client.force_login(reporter)

    response = attach(client, money_claim, kind="url", reference=reference)

    html = response.content.decode()
    assert response.status_code == 400
    assert f"(“{reference}” is not one)." in html  # not lower-cased
    assert "choose “Document” as the source" in html
    assert not Source.objects.filter(claim=money_claim).exists()


def test_a_refused_web_address_with_a_scheme_is_not_told_to_be_a_document(client, reporter, money_claim):
    client.force_login(reporter)

    html = attach(client, money_claim, kind="url", reference="JavaScript:alert(1)").content.decode()

    assert "(“JavaScript:alert(1)” is not one)." in html
    assert "choose “Document”" not in html


@pytest.mark.parametrize("check", [None, "", "nonsense"])
def test_a_source_sent_without_its_check_says_so_and_keeps_what_was_typed(client, reporter, money_claim, check):
    client.force_login(reporter)
    data = {**SOURCE, "reference": "Council minutes, 14 May, p. 3", "kind": "document"}
    if check is None:
        del data["check"]
    else:
        data["check"] = check

    response = client.post(reverse("factcheck:claim_add_source", args=[money_claim.pk]), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert "This form lost track" in html and "Council minutes, 14 May, p. 3" in html
    assert not Source.objects.filter(claim=money_claim).exists()


def test_once_published_only_the_desk_adds_sources(reporter, editor, fact_checker, money_claim):
    services.claim_rule(claim_id=money_claim.pk, user=fact_checker, verdict="verified", note="Minutes.",
                        sources=[services.SourceInput(kind="document", reference="Minutes p. 3")])
    move_to(money_claim.article, "published", editor=editor)

    with pytest.raises(PermissionDenied):
        services.claim_add_source(claim_id=money_claim.pk, user=reporter, kind="url",
                                  reference="https://council.example/late")
    services.claim_add_source(claim_id=money_claim.pk, user=fact_checker, kind="url",
                              reference="https://council.example/budget")
    assert list(Source.objects.filter(claim=money_claim).values_list("added_by__username", flat=True)) == [
        fact_checker.username, fact_checker.username]


def test_a_refused_reporter_is_told_why(client, reporter, other_reporter, money_claim):
    client.force_login(other_reporter)
    assert attach(client, money_claim).status_code == 404  # not their article: not even shown

    money_claim.is_present = False
    money_claim.save(update_fields=["is_present"])
    client.force_login(reporter)
    response = attach(client, money_claim)
    assert response.status_code == 403 and "no longer in the article" in response.content.decode()
    with pytest.raises(ValidationError):
        services.claim_add_source(claim_id=money_claim.pk, user=reporter, kind="url",
                                  reference="https://council.example/minutes/14")


def test_the_checker_may_verify_on_the_reporters_source(reporter, fact_checker, money_claim):
    services.claim_add_source(claim_id=money_claim.pk, user=reporter, kind="url",
                              reference="https://council.example/minutes/14")

    services.claim_rule(claim_id=money_claim.pk, user=fact_checker, verdict="verified", note="Item 7 agrees.")

    money_claim.refresh_from_db()
    assert money_claim.status == ClaimStatus.VERIFIED


def test_the_reporters_page_lists_each_claim_with_its_ruling_and_sources(client, reporter, fact_checker, money_claim):
    services.claim_rule(claim_id=money_claim.pk, user=fact_checker, verdict="inaccurate",
                        note="The minutes say $11.5 million.",
                        sources=[services.SourceInput(kind="document", reference="Minutes p. 3")])
    client.force_login(reporter)

    panel = client.get(reverse("factcheck:scan_panel", args=[money_claim.article.pk])).content.decode()

    assert "The minutes say $11.5 million." in panel
    assert reverse("factcheck:claim", args=[money_claim.pk]) in panel
    row = panel.split("The minutes say $11.5 million.</td>", 2)[1].split("</tr>")[0]
    assert "<td>1</td>" in row  # one source


def test_the_source_form_is_offered_to_the_reporter_until_publication(client, reporter, editor, money_claim):
    url = reverse("factcheck:claim", args=[money_claim.pk])
    client.force_login(reporter)
    assert 'class="source-form' in client.get(url).content.decode()

    move_to(money_claim.article, "published", editor=editor)

    assert 'class="source-form' not in client.get(url).content.decode()


def test_the_reporter_does_not_see_what_the_desk_ruled_on_another_article(client, reporter, other_reporter, desk,
                                                                          fact_checker, money_claim):
    secret = ArticleFactory(author=other_reporter, desk=desk, headline="Secret merger scoop", standfirst="", body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=secret).pk)
    earlier = Claim.objects.get(article=secret, kind="money")
    services.claim_rule(claim_id=earlier.pk, user=fact_checker, verdict="verified", note="Minutes, item 7.",
                        sources=[services.SourceInput(kind="document", reference="Minutes p. 3")])
    url = reverse("factcheck:claim", args=[money_claim.pk])

    client.force_login(reporter)
    assert "Secret merger scoop" not in client.get(url).content.decode()
    client.force_login(fact_checker)
    assert "Secret merger scoop" in client.get(url).content.decode()  # the desk may reuse it


def test_a_source_the_reporter_attached_is_marked_as_theirs(client, reporter, fact_checker, money_claim):
    services.claim_add_source(claim_id=money_claim.pk, user=reporter, kind="url",
                              reference="https://council.example/minutes/14")
    services.claim_add_source(claim_id=money_claim.pk, user=fact_checker, kind="document", reference="Budget book p. 9")
    client.force_login(fact_checker)

    page = client.get(reverse("factcheck:claim", args=[money_claim.pk])).content.decode()

    rows = page.split('<ul class="small mb-2 claim-sources">', 1)[1].split("</ul>", 1)[0].split("<li>")[1:]
    assert ["from the reporter" in row for row in rows] == [True, False]


def test_the_desk_attaches_a_source_without_ruling_and_a_refused_one_says_why(client, fact_checker, money_claim):
    client.force_login(fact_checker)

    assert 'class="source-form' in client.get(reverse("factcheck:claim", args=[money_claim.pk])).content.decode()

    response = attach(client, money_claim, reference="javascript:alert(1)", check="attribution")

    assert response.status_code == 400 and "http:// or https://" in response.content.decode()
    assert not Source.objects.filter(claim=money_claim).exists()


def test_a_ruling_from_a_page_opened_before_a_new_source_is_refused(reporter, fact_checker, money_claim):
    opened_at = money_claim.version
    services.claim_add_source(claim_id=money_claim.pk, user=reporter, kind="url",
                              reference="https://council.example/minutes/14")

    with pytest.raises(services.ClaimConflict):
        services.claim_rule(claim_id=money_claim.pk, user=fact_checker, verdict="verified", note="Looks right.",
                            expected_version=opened_at)
    assert Claim.objects.get(pk=money_claim.pk).status == ClaimStatus.UNVERIFIED


def test_the_list_shows_where_a_claim_is_and_whether_its_speaker_said_it(client, reporter, desk, fact_checker):
    article = ArticleFactory(author=reporter, desk=desk, headline="Army claims 20,000 killed", standfirst="",
                             body='"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.')
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    quote = Claim.objects.get(article=article, kind="quote")
    services.claim_rule(claim_id=quote.pk, user=fact_checker, verdict="verified", note="On the video.",
                        sources=[services.SourceInput(kind="url", reference="https://mod.example/video")])
    client.force_login(reporter)

    panel = client.get(reverse("factcheck:scan_panel", args=[article.pk])).content.decode()
    rows = panel.split("<tbody>", 1)[1].split("</tbody>", 1)[0].split("<tr>")[1:]

    headline_row = next(row for row in rows if "headline</span>" in row)
    assert "20,000" in headline_row and "said:" not in headline_row
    quoted_row = next(row for row in rows if "20,000 terrorists" in row and "(Yoav Adler)" in row and "<td>&quot;" not in row)
    assert "said:" in quoted_row and "Verified with the quote it is in" in quoted_row


def test_a_source_attached_by_mistake_is_taken_back_until_a_verdict_rests_on_it(
    client, reporter, other_reporter, fact_checker, money_claim
):
    mine = services.claim_add_source(claim_id=money_claim.pk, user=reporter, kind="document", reference="Wrong file")
    desks = services.claim_add_source(claim_id=money_claim.pk, user=fact_checker, kind="document", reference="Minutes")
    client.force_login(reporter)
    page = client.get(reverse("factcheck:claim", args=[money_claim.pk])).content.decode()
    assert page.count("remove-source") == 1  # their own only

    assert client.post(reverse("factcheck:source_remove", args=[desks.pk])).status_code == 403
    client.post(reverse("factcheck:source_remove", args=[mine.pk]))
    assert list(Source.objects.filter(claim=money_claim).values_list("reference", flat=True)) == ["Minutes"]
    assert money_claim.history.filter(note="Source removed: Wrong file", actor=reporter).exists()

    services.claim_rule(claim_id=money_claim.pk, user=fact_checker, verdict="verified", note="Minutes, item 7.")
    with pytest.raises(PermissionDenied):
        services.claim_remove_source(source_id=desks.pk, user=fact_checker)  # the verdict rests on it
    client.force_login(other_reporter)
    assert client.post(reverse("factcheck:source_remove", args=[desks.pk])).status_code == 404


def test_my_drafts_says_how_much_the_desk_has_still_to_clear(client, reporter, fact_checker, money_claim):
    total = Claim.objects.filter(article=money_claim.article, is_present=True).count()
    services.claim_rule(claim_id=money_claim.pk, user=fact_checker, verdict="inaccurate", note="It was $11.5m.",
                        sources=[services.SourceInput(kind="document", reference="Minutes p. 3")])
    client.force_login(reporter)

    page = client.get(reverse("articles:my_drafts")).content.decode()

    summary = page.split('fact-check-summary">', 1)[1].split("</td>", 1)[0]
    assert "1 inaccurate" in summary and f"{total} of {total} to clear" in summary


def _my_drafts_summary(client):
    page = client.get(reverse("articles:my_drafts")).content.decode()
    return page.split('fact-check-summary">', 1)[1].split("</td>", 1)[0]


def _verify_every_claim(article, checker, *, but=None):
    document = [services.SourceInput(kind="document", reference="Minutes p. 3")]
    for claim in Claim.objects.filter(article=article, is_present=True).exclude(pk=getattr(but, "pk", None)):
        services.claim_rule(claim_id=claim.pk, user=checker, verdict="verified", note="Checked.", sources=document)
        if claim.has_attribution_check:
            services.claim_rule(
                claim_id=claim.pk, user=checker, verdict="verified", note="On tape.", sources=document, check="attribution"
            )


def test_my_drafts_tells_a_claim_waived_despite_an_inaccurate_ruling_from_those_cleared(
    client, reporter, editor, fact_checker, money_claim
):
    total = Claim.objects.filter(article=money_claim.article, is_present=True).count()
    _verify_every_claim(money_claim.article, fact_checker, but=money_claim)
    services.claim_rule(claim_id=money_claim.pk, user=fact_checker, verdict="inaccurate", note="It was $11.5m.",
                        sources=[services.SourceInput(kind="document", reference="Minutes p. 3")])
    services.claim_waive(claim_id=money_claim.pk, user=editor, reason="The council's own figure; we quote it.")
    client.force_login(reporter)

    summary = _my_drafts_summary(client)

    assert "1 waived despite an inaccurate ruling" in summary and "waived-inaccurate" in summary
    assert f"all {total} cleared: {total - 1} by the desk's verdict, 1 waived by an editor" in summary


def test_my_drafts_counts_a_claim_waived_unchecked_without_the_inaccurate_badge(
    client, reporter, editor, fact_checker, money_claim
):
    total = Claim.objects.filter(article=money_claim.article, is_present=True).count()
    _verify_every_claim(money_claim.article, fact_checker, but=money_claim)
    services.claim_waive(claim_id=money_claim.pk, user=editor, reason="Agency copy, checked at source.")
    client.force_login(reporter)

    summary = _my_drafts_summary(client)

    assert "despite an inaccurate ruling" not in summary
    assert f"all {total} cleared: {total - 1} by the desk's verdict, 1 waived by an editor" in summary


def test_my_drafts_says_all_cleared_by_the_desks_verdict_when_nothing_was_waived(
    client, reporter, fact_checker, money_claim
):
    total = Claim.objects.filter(article=money_claim.article, is_present=True).count()
    _verify_every_claim(money_claim.article, fact_checker)
    client.force_login(reporter)

    assert f"all {total} cleared by the desk's verdict" in _my_drafts_summary(client)


def test_my_drafts_says_a_new_version_is_not_scanned_yet_instead_of_all_cleared(
    client, reporter, fact_checker, money_claim
):
    article = money_claim.article
    total = Claim.objects.filter(article=article, is_present=True).count()
    _verify_every_claim(article, fact_checker)
    # A new figure, saved while no worker can scan it (the worker is down, or Redis is).
    article_services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=article.version, headline=article.headline,
        standfirst=article.standfirst, body=BODY + " Visitors rose to 41,000 last year.",
    )
    client.force_login(reporter)

    summary = _my_drafts_summary(client)

    assert "version 2 not scanned yet" in summary and "scan-pending" in summary
    assert f"last finished scan: all {total} cleared by the desk's verdict" in summary


def test_my_drafts_says_the_scan_failed_instead_of_no_claims(client, reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Library budget", standfirst="", body=BODY)
    services.scan_run_fail(scan_run_id=ScanRun.objects.get(article=article).pk, error="The worker stopped.")
    client.force_login(reporter)

    summary = _my_drafts_summary(client)

    assert "scan of version 1 failed" in summary and "scan-failed" in summary
    assert "no claims" not in summary


def test_my_drafts_reads_the_scans_of_a_whole_page_in_one_query(client, reporter, desk):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(3):
        ArticleFactory(author=reporter, desk=desk, headline=f"Library budget {number}", standfirst="", body=BODY)
    client.force_login(reporter)

    with CaptureQueriesContext(connection) as captured:
        client.get(reverse("articles:my_drafts"))

    assert sum("factcheck_scanrun" in query["sql"] for query in captured.captured_queries) == 1


def test_the_claim_page_asks_for_the_co_authors_once_however_many_sources(client, other_reporter, money_claim):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    money_claim.article.co_authors.add(other_reporter)
    client.force_login(other_reporter)
    url = reverse("factcheck:claim", args=[money_claim.pk])
    services.claim_add_source(claim_id=money_claim.pk, user=other_reporter, kind="document", reference="Notes 1")
    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    for n in range(2, 7):
        services.claim_add_source(claim_id=money_claim.pk, user=other_reporter, kind="document", reference=f"Notes {n}")
    with CaptureQueriesContext(connection) as six:
        assert client.get(url).status_code == 200
    assert len(six) == len(one)


def test_the_same_source_sent_twice_is_attached_once_and_the_reporter_told(client, reporter, money_claim):
    # A double click on "Attach source", or the form sent again from the back button.
    client.force_login(reporter)
    attach(client, money_claim)
    version = Claim.objects.get(pk=money_claim.pk).version

    response = attach(client, money_claim)

    assert response.status_code == 302
    assert Source.objects.filter(claim=money_claim).count() == 1
    assert Claim.objects.get(pk=money_claim.pk).version == version  # a checker's open page stays current
    page = client.get(response["Location"]).content.decode()
    assert "already attached" in page


def test_the_service_attaches_a_source_once_however_often_it_is_sent(reporter, fact_checker, money_claim):
    services.claim_add_source(claim_id=money_claim.pk, user=reporter, **SOURCE)

    with pytest.raises(services.SourceAlreadyAttached) as repeat:
        services.claim_add_source(claim_id=money_claim.pk, user=fact_checker, **SOURCE)

    assert f"already attached to claim #{money_claim.pk}" in str(repeat.value)
    assert f"by {person_name(reporter)}" in str(repeat.value)
    assert Source.objects.filter(claim=money_claim).count() == 1


def test_the_same_address_with_another_note_is_a_source_of_its_own(reporter, money_claim):
    services.claim_add_source(claim_id=money_claim.pk, user=reporter, **SOURCE)
    services.claim_add_source(claim_id=money_claim.pk, user=reporter, **{**SOURCE, "note": "Item 9 as well."})

    assert Source.objects.filter(claim=money_claim).count() == 2


def test_a_verdict_reused_from_another_reporters_draft_does_not_show_that_drafts_sentence(
    client, reporter, other_reporter, desk, fact_checker, money_claim
):
    secret_sentence = "Northgate will buy the council's library site for $12.5 million, sources say."
    secret = ArticleFactory(author=other_reporter, desk=desk, headline="Scoop", standfirst="", body=secret_sentence)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=secret).pk)
    earlier = Claim.objects.get(article=secret, kind="money")
    services.claim_rule(claim_id=earlier.pk, user=fact_checker, verdict="verified", note="Land registry, title 9.",
                        sources=[services.SourceInput(kind="document", reference="Land registry")])
    # Another sentence with the same figure: the checker says it states the same fact and reuses the verdict.
    services.claim_reuse_verdict(claim_id=money_claim.pk, from_claim_id=earlier.pk, user=fact_checker,
                                 same_fact_confirmed=True)
    url = reverse("factcheck:claim", args=[money_claim.pk])

    client.force_login(reporter)
    page = client.get(url).content.decode()
    assert "Northgate" not in page
    assert "Reused verdict of claim" in page  # the history still says where the verdict came from
    client.force_login(fact_checker)
    assert "Northgate" in client.get(url).content.decode()  # the desk reads the sentence it compared
