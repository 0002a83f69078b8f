"""The fact-check desk and admin at the size of a busy newsroom: lists read no whole table to draw their
filters, and read their rows in order along an index instead of sorting them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck import selectors, services
from factcheck.models import Claim, ScanRun
from tests.factories import ArticleFactory
from tests.query_plans import sorts_rows_itself, sql_sorts_rows_itself

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def distinct_reads_of_the_newsroom(captured) -> list[str]:
    """Queries with a DISTINCT over articles, revisions, events, claims or scans (not the few users)."""
    newsroom_tables = ("articles_", "factcheck_")
    return [q["sql"] for q in captured if "DISTINCT" in q["sql"] and any(t in q["sql"] for t in newsroom_tables)]


def test_the_scan_run_list_and_its_filters_read_no_distinct_over_every_scan(editor_client, reporter, editor, desk):
    article = ArticleFactory(author=reporter, desk=desk)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    services.scan_article_rescan(article_id=article.pk, user=editor)
    url = reverse("admin:factcheck_scanrun_changelist")

    with CaptureQueriesContext(connection) as captured:
        page = editor_client.get(url)

    assert page.status_code == 200
    # The reasons and the date drill-down were gathered from every scan run ever made.
    assert not distinct_reads_of_the_newsroom(captured)
    rescans = editor_client.get(url, {"reason": "rescan"}).context["cl"].result_list
    assert [run.reason for run in rescans] == ["rescan"]
    assert editor_client.get(url, {"queued_at__gte": "2000-01-01 00:00:00+00:00"}).context["cl"].result_count == 2


def test_the_claim_list_of_the_admin_is_read_along_an_index_not_sorted_claim_by_claim(editor_client, reporter, desk):
    for n in range(3):
        article = ArticleFactory(author=reporter, desk=desk, headline=f"Story {n}")
        services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    page = editor_client.get(reverse("admin:factcheck_claim_changelist"))
    listed = page.context["cl"].queryset

    assert not sorts_rows_itself(listed[:100])


MINISTER = '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'


def test_claim_memory_finds_the_latest_ruling_on_a_figure_along_an_index_however_often_it_was_ruled(
    reporter, desk, fact_checker
):
    source = services.SourceInput(kind="url", reference="https://stats.example/army-2024")
    ruled = []
    for n in range(4):
        article = ArticleFactory(author=reporter, desk=desk, headline=f"Ruled {chr(65 + n)}", standfirst="", body=MINISTER)
        services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
        claim = Claim.objects.get(article=article, kind="count")
        services.claim_rule(claim_id=claim.pk, user=fact_checker, verdict="verified", note="Yes.", sources=[source])
        ruled.append(claim)
    article = ArticleFactory(author=reporter, desk=desk, headline="Again", standfirst="", body=MINISTER)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    again = Claim.objects.get(article=article, kind="count")

    with CaptureQueriesContext(connection) as captured:
        found = selectors.latest_verdicts_for([again])

    assert found[again.pk].pk == ruled[-1].pk and [s.reference for s in found[again.pk].sources.all()] == [
        source.reference
    ]
    # Before: every earlier ruling with the key was ranked by a window over all of them, and sorted.
    assert not sql_sorts_rows_itself(captured[0]["sql"])


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the queue's partial indexes are PostgreSQL's to read")
@pytest.mark.parametrize("sort", ["deadline", "priority", "age"])
@pytest.mark.parametrize("status", ["open", "unverified", "inaccurate"])
def test_each_order_of_the_queue_is_read_along_an_index_not_sorted_claim_by_claim(
    client, reporter, desk, fact_checker, sort, status
):
    # SQLite reads every claim and sorts it in any order (see README, "Newsroom pages benchmark").
    for n in range(3):
        article = ArticleFactory(author=reporter, desk=desk, headline=f"Story {n}", standfirst="", body=MINISTER)
        services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    if status == "inaccurate":
        claim = Claim.objects.filter(kind="count").first()
        services.claim_rule(claim_id=claim.pk, user=fact_checker, verdict="inaccurate", note="He said 2,000.",
                            sources=[services.SourceInput(kind="document", reference="Tape")])
    client.force_login(fact_checker)

    with CaptureQueriesContext(connection) as captured:
        page = client.get(reverse("factcheck:queue"), {"stage": "any", "status": status, "sort": sort})

    assert page.context["rows"]
    # The page of rows: the one query that reads claims in the listing's order (the claim memory reads
    # the latest ruling first, along an index of its own).
    order = {"deadline": '"article_deadline" ASC', "priority": '"score" DESC', "age": '"created_at" ASC'}[sort]
    listing = [q["sql"] for q in captured if f'ORDER BY "factcheck_claim".{order}' in q["sql"]]
    assert len(listing) == 1
    assert not sql_sorts_rows_itself(listing[0])
