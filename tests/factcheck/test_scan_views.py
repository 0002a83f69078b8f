"""The live scan panel of the article page: who sees it, what it shows, and the rescan button."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from factcheck import services
from factcheck.models import ClaimStatus, ScanRun, ScanStatus
from tests.factories import ArticleFactory, move_to

pytestmark = pytest.mark.django_db

BODY = (
    '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.\n\n'
    "<script>alert('x')</script> Officials said 300 people & 12 dogs were evacuated."
)


@pytest.fixture
def article(reporter, desk):
    return ArticleFactory(author=reporter, desk=desk, headline="Minister: 20,000 killed", standfirst="", body=BODY)


def panel_url(article):
    return reverse("factcheck:scan_panel", args=[article.pk])


def rescan_url(article):
    return reverse("factcheck:rescan", args=[article.pk])


def scan(article):
    run = ScanRun.objects.filter(article=article).latest("id")
    services.scan_run_execute(scan_run_id=run.pk)


def test_the_article_page_loads_the_scan_panel(client, article, reporter):
    client.force_login(reporter)
    response = client.get(article.get_absolute_url())
    assert f'hx-get="{panel_url(article)}"' in response.content.decode()


def test_while_the_scan_runs_the_panel_says_so_and_polls(client, article, reporter):
    services.scan_run_start(scan_run_id=ScanRun.objects.get(article=article).pk)
    client.force_login(reporter)
    html = client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()
    assert "Scanning version 1" in html
    assert 'hx-trigger="every 1s"' in html
    assert "<mark" not in html


def test_a_scan_no_worker_has_taken_yet_is_shown_waiting_not_running(
    client, reporter, desk, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # handed to the broker, as a save is
        article = ArticleFactory(author=reporter, desk=desk, headline="Minister: 20,000 killed", body=BODY)
    assert ScanRun.objects.get(article=article).published_at is not None
    client.force_login(reporter)

    html = client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()

    assert "Version 1 is waiting for a scanner" in html and "Scanning" not in html
    assert 'hx-trigger="every 1s"' in html


def test_the_time_a_waiting_scan_was_queued_names_its_zone(
    client, reporter, desk, settings, django_capture_on_commit_callbacks
):
    # As every other time the newsroom shows: "16:05" alone is hours wrong to a desk in another zone.
    settings.TIME_ZONE = "America/New_York"
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(author=reporter, desk=desk, headline="Minister: 20,000 killed", body=BODY)
    queued_at = ScanRun.objects.get(article=article).queued_at
    client.force_login(reporter)

    html = client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()

    shown = timezone.localtime(queued_at).strftime("%-d %b %Y, %H:%M ") + timezone.localtime(queued_at).tzname()
    assert f"(queued at {shown})" in html


def test_a_scan_cut_off_by_a_worker_or_redis_dying_says_so_rather_than_scanning(client, article, reporter, settings):
    # Started longer ago than the hard time limit allows any scan to run: its worker died mid-scan,
    # or lost Redis and cancelled it; the run waits for Redis or the sweeper to hand it out again.
    started = timezone.now() - timedelta(seconds=settings.SCAN_TIME_LIMIT + 5)
    services.scan_run_start(scan_run_id=ScanRun.objects.get(article=article).pk, now=started)
    client.force_login(reporter)

    html = client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()

    assert "The scan of version 1 was cut off" in html and "Scanning" not in html
    assert "handed over again automatically" in html
    assert 'hx-trigger="every 1s"' in html


def test_a_scan_the_broker_could_not_take_says_so_and_that_it_is_handed_over_again(client, article, reporter):
    # Redis was down when the draft was saved: the run is recorded, but never handed to a worker.
    assert ScanRun.objects.get(article=article).published_at is None
    client.force_login(reporter)

    html = client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()

    assert "the scan queue could not be reached when it was saved" in html
    assert "handed over again automatically" in html and "Scanning" not in html
    assert 'hx-trigger="every 1s"' in html


def test_a_finished_scan_highlights_each_claim_escaped_and_stops_polling(client, article, reporter, fact_checker):
    scan(article)
    claim = article.claims.get(kind="count", text="20,000 terrorists")
    services.claim_set_status(claim_id=claim.pk, user=fact_checker, status=ClaimStatus.VERIFIED, note="Checked.",
                              sources="https://records.example/checked")
    client.force_login(reporter)

    html = client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()

    assert "every 1s" not in html
    assert 'id="article-body"' in html and 'hx-swap-oob="true"' in html
    assert f'data-claim-id="{claim.pk}"' in html
    mark = html[html.index(f'data-claim-id="{claim.pk}"') :]
    mark = mark[: mark.index("</mark>")]
    assert "claim-verified" in html[html.rindex("<mark", 0, html.index(f'data-claim-id="{claim.pk}"')) :][:200]
    assert "Count · Verified" in mark and "Speaker: Yoav Adler" in mark and "Value: 20,000 terrorists" in mark
    assert mark.endswith("20,000 terrorists")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "</mark> &amp; <mark" in html  # between the claims "300 people" and "12 dogs"
    shown = set(re.findall(r'data-claim-id="(\d+)"', html))
    assert shown == {str(pk) for pk in article.claims.filter(is_present=True).values_list("pk", flat=True)}


def test_a_quote_cut_by_the_figure_inside_it_shows_its_status_symbol_once_after_its_last_piece(client, article, reporter):
    scan(article)
    quote = article.claims.get(kind="quote", is_present=True)
    figure = article.claims.get(kind="count", text="20,000 terrorists")
    client.force_login(reporter)

    html = client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()

    def classes_of_pieces(claim):
        return [m.group(1) for m in re.finditer(rf'<mark class="([^"]*)"[^>]*data-claim-id="{claim.pk}"', html)]

    quote_pieces = classes_of_pieces(quote)
    assert len(quote_pieces) == 2  # before the figure and after it
    assert ["claim-end" in classes.split() for classes in quote_pieces] == [False, True]
    assert ["claim-end" in classes.split() for classes in classes_of_pieces(figure)] == [True]


def test_a_failed_scan_says_so_and_offers_a_rescan_to_the_author(client, article, reporter, fact_checker):
    run = ScanRun.objects.get(article=article)
    services.scan_run_start(scan_run_id=run.pk)
    services.scan_run_fail(scan_run_id=run.pk, error="The scan failed: ValueError: bad input\n\ntraceback")

    client.force_login(reporter)
    html = client.get(panel_url(article)).content.decode()
    assert "failed" in html and "ValueError: bad input" in html and "traceback" not in html
    assert f'hx-post="{rescan_url(article)}"' in html

    client.force_login(fact_checker)  # may read the article, may not rescan it
    html = client.get(panel_url(article)).content.decode()
    assert "ValueError: bad input" in html
    assert rescan_url(article) not in html


def test_rescan_queues_a_new_scan_and_returns_the_polling_panel(client, article, reporter):
    scan(article)
    client.force_login(reporter)
    response = client.post(rescan_url(article), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "every 1s" in response.content.decode()
    assert ScanRun.objects.filter(article=article, status=ScanStatus.QUEUED, reason="rescan").count() == 1


def test_rescan_needs_post_and_the_right_person(client, article, other_reporter, fact_checker, editor):
    client.force_login(fact_checker)
    assert client.get(rescan_url(article)).status_code == 405
    assert client.post(rescan_url(article)).status_code == 403
    client.force_login(other_reporter)
    assert client.post(rescan_url(article)).status_code == 404
    client.force_login(editor)
    assert client.post(rescan_url(article)).status_code == 302
    assert ScanRun.objects.filter(article=article).count() == 1  # reused the waiting scan


def test_a_reporter_is_not_offered_nor_allowed_a_rescan_of_published_copy(client, article, reporter, editor):
    scan(article)
    article = move_to(article, "published", editor=editor)
    client.force_login(reporter)

    assert "Rescan" not in client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()
    assert client.post(rescan_url(article)).status_code == 403
    assert not ScanRun.objects.filter(article=article, reason="rescan").exists()


@pytest.mark.parametrize("state", ["killed", "archived"])
def test_a_reporter_is_not_offered_nor_allowed_a_rescan_of_killed_or_archived_copy(
    client, article, reporter, editor, state
):
    scan(article)
    article = move_to(article, state, editor=editor)
    client.force_login(reporter)

    assert "Rescan" not in client.get(panel_url(article), HTTP_HX_REQUEST="true").content.decode()
    refused = client.post(rescan_url(article))
    assert refused.status_code == 403
    assert "nothing to rescan" in refused.content.decode()
    assert not ScanRun.objects.filter(article=article, reason="rescan").exists()


def test_a_refused_rescan_gets_the_refusal_page_that_says_why(client, article, reporter, fact_checker, editor):
    client.force_login(fact_checker)
    refused = client.post(rescan_url(article))
    assert refused.status_code == 403
    assert "That is not allowed" in refused.content.decode()
    assert "Only the article&#x27;s author or an editor can rescan it." in refused.content.decode()

    scan(article)
    article = move_to(article, "published", editor=editor)
    client.force_login(reporter)
    refused = client.post(rescan_url(article))
    assert refused.status_code == 403
    assert "Published copy is scanned again when it is corrected; ask an editor" in refused.content.decode()


def test_rescan_is_refused_without_the_csrf_token(article, reporter):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(reporter)
    assert client.post(rescan_url(article)).status_code == 403


def test_people_who_cannot_read_the_article_get_no_panel(client, article, other_reporter):
    assert client.get(panel_url(article)).status_code == 302  # to the login page
    client.force_login(other_reporter)
    assert client.get(panel_url(article)).status_code == 404
    assert client.get(reverse("factcheck:scan_panel", args=[10**17])).status_code == 404


def test_a_scan_that_lost_the_database_tells_the_reporter_so_without_the_servers_details(client, article, reporter):
    from django.db import OperationalError

    from factcheck.tasks import scan_revision

    run = ScanRun.objects.filter(article=article).latest("id")
    refusal = OperationalError(
        'connection to server at "db.internal.example" (10.0.3.7), port 5432 failed: '
        'FATAL:  password authentication failed for user "newsroom"'
    )
    scan_revision.on_failure(refusal, "task-id", [run.pk], {}, None)
    run.refresh_from_db()
    assert run.status == ScanStatus.FAILED
    # The whole message stays on the run, for the editors' scan admin.
    assert "db.internal.example" in run.error

    client.force_login(reporter)
    panel = client.get(panel_url(article)).content.decode()
    assert "could not reach the database" in panel
    for detail in ("db.internal.example", "10.0.3.7", "5432", "newsroom\"", "password authentication"):
        assert detail not in panel


def test_a_standfirst_pasted_in_two_paragraphs_keeps_them_apart_among_its_highlights(client, reporter, desk):
    article = ArticleFactory(
        author=reporter, desk=desk, headline="Floods", body="Crews worked overnight.",
        standfirst="Floods reached 3,000 homes.\n\nThe mayor puts the damage at £2m.",
    )
    scan(article)
    client.force_login(reporter)

    html = client.get(panel_url(article)).content.decode()

    standfirst = re.search(r'<span class="text-muted">Standfirst:</span>(.*?)</div>', html, re.S).group(1)
    words = re.sub(r"<br>", "\n", standfirst)
    words = re.sub(r"<[^>]+>", "", words)
    assert "homes.The mayor" not in words
    assert re.search(r"homes\.\s+The mayor", words)


FLOOD = " ".join(["The council spent 5 million pounds."] * 2777)  # just under the 100,000 characters a body holds


def test_a_draft_flooded_with_claims_gets_a_page_of_them_at_a_time_and_a_count_of_the_rest(client, reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Scratch notes", standfirst="", body=FLOOD)
    scan(article)
    total = article.claims.filter(is_present=True).count()
    assert total > 2000
    client.force_login(reporter)

    first = client.get(panel_url(article))
    html = first.content.decode()

    # Every claim highlighted, each with its popover, and a row of the list for each: megabytes.
    assert len(first.content) < 500_000
    assert html.count("<mark ") == 200 and html.count('<tr>') == 201  # the header row and 200 claims
    assert f"{total} claims flagged in version 1" in html
    assert f"Claims 1 to 200 of {total} are highlighted" in html
    assert f'href="{article.get_absolute_url()}?claims_page=2#scan-panel"' in html
    # The counts per status are of every claim, not of the page's.
    assert first.context["panel"].status_counts == [("unverified", "Unverified", total)]

    last = client.get(panel_url(article), {"claims_page": 99})
    assert last.context["panel"].page == last.context["panel"].num_pages == -(-total // 200)
    assert f"Claims {200 * (last.context['panel'].num_pages - 1) + 1} to {total} of {total}" in last.content.decode()
    # The article page passes the page it was opened at on to the panel it loads.
    page = client.get(reverse("articles:detail", args=[article.pk]), {"claims_page": 3}).content.decode()
    assert f'{panel_url(article)}?claims_page=3"' in page
