"""The desk works on copy that may still reach readers: the queue leaves out the claims of killed and
archived articles (its listings, counts, pages and claim memory), while a claim a checker had taken
on copy that was then killed stays within their reach."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.services import article_transition
from factcheck import selectors, services
from factcheck.models import Claim, ClaimStatus, ScanRun
from tests.factories import ArticleFactory, move_to

pytestmark = pytest.mark.django_db

QUEUE = reverse("factcheck:queue")
BODY = (
    "The council approved a budget of $12.5 million for the new library.\n\n"
    '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'
)
SOURCE = services.SourceInput(kind="url", reference="https://stats.example/army-2024")


def scanned(author, desk, *, headline, body=BODY):
    article = ArticleFactory(author=author, desk=desk, headline=headline, standfirst="", body=body)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return article


def claim_ids(article) -> set[int]:
    return set(Claim.objects.filter(article=article, is_present=True).values_list("pk", flat=True))


def queue(client, **params):
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    return response


def queue_ids(client, **params) -> set[int]:
    return {claim.pk for claim in queue(client, **params).context["rows"]}


@pytest.fixture
def desk_client(client, fact_checker):
    client.force_login(fact_checker)
    return client


@pytest.fixture
def newsroom(reporter, desk, editor):
    """One article in each state the desk may meet: a draft and copy sent to the desk (claims open),
    published copy with a figure reopened by a correction, and killed and archived copy."""
    draft = scanned(reporter, desk, headline="Draft")
    submitted = move_to(scanned(reporter, desk, headline="Submitted"), "submitted", editor=editor)
    published = move_to(scanned(reporter, desk, headline="Published"), "published", editor=editor)
    # As a correction that changes a figure does: the published copy has a claim to check again.
    reopened = Claim.objects.filter(article=published).order_by("id").first()
    Claim.objects.filter(pk=reopened.pk).update(status=ClaimStatus.UNVERIFIED)
    killed = move_to(scanned(reporter, desk, headline="Killed"), "killed", editor=editor)
    archived = move_to(scanned(reporter, desk, headline="Archived"), "archived", editor=editor)
    return {
        "draft": draft, "submitted": submitted, "published": published, "reopened": reopened,
        "killed": killed, "archived": archived,
    }


def test_the_queue_leaves_out_the_open_claims_of_killed_copy(desk_client, newsroom):
    expected = claim_ids(newsroom["draft"]) | claim_ids(newsroom["submitted"]) | {newsroom["reopened"].pk}

    response = queue(desk_client, stage="any")

    assert {claim.pk for claim in response.context["rows"]} == expected
    assert response.context["counts"]["open"] == response.context["counts"]["unverified"] == len(expected)
    assert response.context["page"].paginator.count == len(expected)
    assert 'article-stage">Killed<' not in response.content.decode()


def test_every_status_tab_and_filter_leaves_out_killed_and_archived_copy_but_keeps_published(desk_client, newsroom):
    dead = claim_ids(newsroom["killed"]) | claim_ids(newsroom["archived"])
    published = claim_ids(newsroom["published"])

    everything = queue_ids(desk_client, status="all")
    verified = queue_ids(desk_client, status="verified")

    assert not everything & dead and published <= everything
    assert not verified & dead and published - {newsroom["reopened"].pk} == verified
    for filters in [{"status": "unverified"}, {"kind": "money"}, {"speaker": "adler"}, {"assignee": "none"}]:
        assert not queue_ids(desk_client, **filters) & dead, filters
    assert queue_ids(desk_client, stage="submitted") == claim_ids(newsroom["submitted"]) | {newsroom["reopened"].pk}
    # The article's own claims, asked for by name, are the one listing that still shows them.
    assert queue_ids(desk_client, article=newsroom["killed"].pk, status="all") == claim_ids(newsroom["killed"])


def test_killed_and_archived_copy_can_be_listed_on_purpose(desk_client, newsroom):
    response = queue(desk_client, stage="killed_or_archived", status="all")

    assert {c.pk for c in response.context["rows"]} == claim_ids(newsroom["killed"]) | claim_ids(newsroom["archived"])
    assert response.context["counts"]["open"] == len(claim_ids(newsroom["killed"]))


def test_the_counts_after_a_take_in_place_leave_out_killed_copy(desk_client, newsroom):
    claim = Claim.objects.filter(article=newsroom["draft"]).first()
    live_open = len(claim_ids(newsroom["draft"]) | claim_ids(newsroom["submitted"])) + 1  # and the reopened one

    response = desk_client.post(
        reverse("factcheck:claim_take", args=[claim.pk]),
        {"version": claim.version, "row": "1"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver{QUEUE}?stage=any",
    )

    html = response.content.decode()
    assert response.status_code == 200
    open_tab = html[html.index('data-status="open"'):]
    assert f'status-count">{live_open}<' in open_tab[: open_tab.index("</a>")]


def a_claim_taken_then_killed(reporter, desk, editor, fact_checker, headline):
    """An article whose money claim a fact-checker took before an editor killed it: (article, claim)."""
    article = scanned(reporter, desk, headline=headline)
    taken = Claim.objects.get(article=article, kind="money")
    services.claim_take(claim_id=taken.pk, user=fact_checker)
    move_to(article, "killed", editor=editor)
    return article, taken


def test_a_claim_taken_before_its_article_was_killed_stays_within_its_checkers_reach(
    desk_client, reporter, desk, editor, fact_checker
):
    article, taken = a_claim_taken_then_killed(reporter, desk, editor, fact_checker, "Doomed story")

    mine = queue(desk_client, assignee="me")
    assert list(mine.context["rows"]) == []
    # The queue says where the work went, and links to it.
    assert mine.context["counts"]["yours_on_killed_or_archived_copy"] == 1
    html = mine.content.decode()
    assert "1 claim you took is on killed or archived copy" in html
    assert "stage=killed_or_archived" in html
    assert queue_ids(desk_client, assignee="me", stage="killed_or_archived") == {taken.pk}

    # Its page still works, says what became of the article, and the checker may hand it back.
    page = desk_client.get(reverse("factcheck:claim", args=[taken.pk]))
    assert page.status_code == 200 and "Killed" in page.content.decode()
    taken.refresh_from_db()
    assert (taken.status, taken.assigned_to) == (ClaimStatus.IN_PROGRESS, fact_checker)
    services.claim_release(claim_id=taken.pk, user=fact_checker)
    assert Claim.objects.get(pk=taken.pk).assigned_to is None


def test_restored_copy_comes_back_to_the_queue_with_the_claims_as_they_were(
    desk_client, reporter, desk, editor, fact_checker
):
    article, taken = a_claim_taken_then_killed(reporter, desk, editor, fact_checker, "Second life")
    assert not queue_ids(desk_client, stage="any") & claim_ids(article)

    article_transition(article_id=article.pk, user=editor, name="restore")

    # Restored to draft: back with the drafts, for whoever lists them.
    assert queue_ids(desk_client, stage="any") == claim_ids(article)
    assert queue_ids(desk_client, assignee="me", stage="any") == {taken.pk}


def test_a_scan_that_finishes_after_the_article_was_killed_adds_nothing_to_the_queue(
    desk_client, reporter, desk, editor
):
    article = ArticleFactory(author=reporter, desk=desk, headline="Killed before its scan ran", body=BODY)
    move_to(article, "killed", editor=editor)

    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)

    assert claim_ids(article) and not queue_ids(desk_client, stage="any") & claim_ids(article)


def test_claim_memory_offers_no_verdict_from_killed_or_archived_copy(reporter, desk, editor, fact_checker):
    ruled = Claim.objects.get(article=scanned(reporter, desk, headline="First telling"), kind="count")
    services.claim_rule(claim_id=ruled.pk, user=fact_checker, verdict="verified", note="Army data.", sources=[SOURCE])
    again = Claim.objects.get(article=scanned(reporter, desk, headline="Second telling"), kind="count")
    assert selectors.latest_verdicts_for([again])[again.pk].pk == ruled.pk

    move_to(ruled.article, "killed", editor=editor)

    assert selectors.latest_verdicts_for([again]) == {}


def test_the_queue_costs_the_same_queries_with_claims_on_killed_copy_held(
    desk_client, reporter, desk, editor, fact_checker
):
    scanned(reporter, desk, headline="Live story")
    with CaptureQueriesContext(connection) as without:
        queue(desk_client, assignee="me")
    article = scanned(reporter, desk, headline="Killed story")
    services.claim_take(claim_id=Claim.objects.filter(article=article).first().pk, user=fact_checker)
    move_to(article, "killed", editor=editor)
    with CaptureQueriesContext(connection) as held:
        queue(desk_client, assignee="me")

    assert len(held) == len(without)
