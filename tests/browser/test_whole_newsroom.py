"""The whole newsroom in a real browser, with the real scan pipeline behind it.

A reporter's draft is scanned for claims by a Celery worker process (over a private Redis server,
against the test database) while the article page watches; the fact-check desk rules on the claims;
the editor's publish is refused by the gate until the desk has cleared the copy; the public page
shows the story. Each role's main page is saved as a screenshot on the way (see the README).
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article
from articles.workflow import Status
from factcheck.models import Claim, ClaimKind, ClaimStatus, ScanRun, ScanStatus
from factcheck.selectors import publication_blockers
from tests.browser.test_editorial_flow import sign_in
from tests.factories import ArticleFactory, DeskFactory, UserFactory, move_to

pytestmark = [
    pytest.mark.browser,
    pytest.mark.integration,
    # The live server and the worker process see only committed data; the serialized rollback puts
    # back the role groups that the flush after the test drops.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# The worker scans in milliseconds once it runs; starting a worker process takes seconds.
WORKER_TIMEOUT_MS = 30_000

HEADLINE = "Harbour traffic reaches a record as the board plans a new quay"
STANDFIRST = "The harbour board will debate the expansion at its next meeting."
QUOTE = 'Harbour master Jonas Pike said: "More than 4,000 vessels used the port."'
FIGURE = "More than 4,000 vessels"
# Plain text that looks like markup: every page must show it as written, never as an element.
MARKUP_LOOKALIKE = "His report, titled <Harbour & Tides>, goes to the harbour board next."
BODY = f"{QUOTE}\n\n{MARKUP_LOOKALIKE}"
SOURCE_URL = "https://harbour.example.org/reports/annual-traffic"
PHONE_CALL = "Call with Jonas Pike, harbour master, 27 November"


def rule(page, section_id: str, *, note: str, source: str, button: str, source_kind: str = "Web address") -> None:
    """Rule one check of the open claim page verified, with a note and a source."""
    # The ruling form of that check (the card also offers to attach a source without ruling).
    section = page.locator(f"#{section_id} form.ruling-form")
    section.get_by_label("Verified").check()
    section.get_by_label("Note").fill(note)
    section.get_by_label("Source", exact=True).select_option(label=source_kind)
    section.get_by_label("Address or document", exact=True).fill(source)
    section.get_by_role("button", name=button).click()


def take_and_open(page, claim: Claim) -> None:
    """Take a claim from the queue (the row is swapped in place) and open its page to rule on it."""
    row = page.locator(f"#claim-row-{claim.pk}")
    in_progress = page.locator('#status-tabs [data-status="in_progress"] .status-count')
    taken_before = int(in_progress.inner_text()) if in_progress.count() else 0
    row.get_by_role("button", name="Take").click()
    expect(row.locator(".row-success")).to_have_text(f"Claim #{claim.pk} is yours to check.")
    expect(row.locator(".claim-status-badge").first).to_have_text("In progress")
    expect(in_progress).to_have_text(str(taken_before + 1))  # the tabs' counts follow the take
    row.get_by_role("link", name="Rule").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"claim #{claim.pk}")


def publish_from_changelist(page, live_server, headline: str) -> None:
    page.goto(live_server.url + reverse("admin:articles_article_changelist"))
    page.locator("#result_list tbody tr").filter(has_text=headline).get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option(label="Publish now")
    page.get_by_role("button", name="Go").click()


def test_a_quoted_figure_is_flagged_checked_and_cleared_before_the_story_goes_out(
    live_server, new_page, save_screenshot, start_worker, broker
):
    desk = DeskFactory(name="Harbour", slug="harbour")
    reporter = UserFactory(username="rita", first_name="Rita", last_name="Reporter", role="Reporter")
    other_reporter = UserFactory(username="omar", first_name="Omar", last_name="Ortiz", role="Reporter")
    editor = UserFactory(username="edna", first_name="Edna", last_name="Editor", role="Editor", is_staff=True)
    UserFactory(username="faye", first_name="Faye", last_name="Checker", role="Fact-checker")
    # Other work in the newsroom, so that the lists are not empty: the scans of these wait in Redis
    # for the worker, like the reporter's.
    ArticleFactory(
        author=reporter,
        desk=desk,
        headline="Lifeboat crew marks a long century of rescues",
        standfirst="Volunteers gathered at the slipway on Sunday.",
        body="The station has launched more than 9,000 times since it opened.",
    )
    ferry = ArticleFactory(
        author=other_reporter,
        desk=desk,
        headline="Ferry fares to rise from April",
        standfirst="The operator blames fuel costs.",
        body="Fares on the island ferry will rise by 8% from April, the operator said.",
        deadline=timezone.now() + timedelta(hours=3),
    )
    move_to(ferry, Status.SUBMITTED, editor=editor)

    # 1. The reporter writes a draft with a quoted figure. No worker runs yet, so its scan waits.
    reporter_page = new_page()
    sign_in(reporter_page, live_server.url + reverse("login"), "rita")
    expect(reporter_page.get_by_role("heading", name="My drafts")).to_be_visible()
    reporter_page.get_by_role("navigation").get_by_role("link", name="New draft").click()
    reporter_page.get_by_label("Headline").fill(HEADLINE)
    reporter_page.get_by_label("Standfirst").fill(STANDFIRST)
    reporter_page.get_by_label("Body").fill(BODY)
    reporter_page.get_by_label("Desk").select_option(label=desk.name)
    reporter_page.get_by_role("button", name="Save draft").click()
    expect(reporter_page.get_by_role("alert")).to_contain_text("Draft saved as revision 1.")
    expect(reporter_page.locator(".scan-waiting")).to_contain_text("Version 1 is waiting for a scanner")
    article = Article.objects.get(headline=HEADLINE)
    assert article.body == BODY

    # 2. The worker starts; the page, still the same document, polls and shows the highlights.
    reporter_page.evaluate("window.loadedBeforeTheScan = true")
    start_worker()
    body = reporter_page.locator("#article-body")
    figure_mark = body.locator("mark.claim").filter(has_text=re.compile(rf"^{FIGURE}$"))
    expect(figure_mark).to_be_visible(timeout=WORKER_TIMEOUT_MS)
    assert reporter_page.evaluate("window.loadedBeforeTheScan === true"), "the page was reloaded"
    expect(reporter_page.locator(".scan-done")).to_contain_text("2 claims flagged in version 1")
    # The quote around the figure is highlighted too, on either side of it.
    expect(body.locator("mark.claim")).to_have_count(3)
    expect(body.locator("p").nth(1)).to_have_text(MARKUP_LOOKALIKE)

    figure = Claim.objects.get(article=article, kind=ClaimKind.COUNT, is_present=True)
    quote = Claim.objects.get(article=article, kind=ClaimKind.QUOTE, is_present=True)
    assert (figure.value, figure.speaker, figure.quoted) == (4000, "Jonas Pike", True)
    assert quote.speaker == "Jonas Pike"

    figure_mark.click()
    popover = reporter_page.locator(".popover")
    expect(popover.locator(".popover-header")).to_have_text("Count · Unverified")
    expect(popover.locator(".popover-body")).to_have_text(
        "Value: more than 4,000 vessels. Speaker: Jonas Pike. Status: Unverified."
    )
    save_screenshot(reporter_page, "reporter-article.png", docs=True)

    # 3. The reporter submits; the editor, who lands on the review queue, approves.
    reporter_page.locator("#comment-submit").fill("Figure from the harbour master's annual report.")
    reporter_page.get_by_role("button", name="Submit for review").click()
    expect(reporter_page.locator(".status-badge")).to_have_text("Submitted")
    reporter_page.get_by_role("navigation").get_by_role("link", name="My drafts").click()
    drafts = reporter_page.locator("table tbody tr")
    expect(drafts).to_have_count(2)
    expect(drafts.filter(has_text=HEADLINE).locator(".status-badge")).to_have_text("Submitted")
    save_screenshot(reporter_page, "reporter-drafts.png", docs=True)

    editor_page = new_page()
    sign_in(editor_page, live_server.url + reverse("login"), "edna")
    expect(editor_page).to_have_url(live_server.url + reverse("admin:articles_reviewqueuearticle_changelist"))
    queue_rows = editor_page.locator("#result_list tbody tr")
    expect(queue_rows).to_have_count(2)
    row = queue_rows.filter(has_text=HEADLINE)
    row.get_by_role("checkbox").check()
    save_screenshot(editor_page, "editor-review-queue.png", docs=True)
    editor_page.locator("select[name=action]").select_option(label="Approve")
    editor_page.get_by_role("button", name="Go").click()
    expect(editor_page.locator("ul.messagelist")).to_contain_text("Approve: done for 1 article.")

    # 4. Publishing is refused while the desk has not cleared the claims, and the refusal names them.
    publish_from_changelist(editor_page, live_server, HEADLINE)
    refusal = editor_page.locator("ul.messagelist li.error")
    expect(refusal).to_contain_text(f"“{HEADLINE}”")
    expect(refusal).to_contain_text("2 claims are not cleared by the fact-check desk")
    expect(refusal).to_contain_text(f"Count “{FIGURE}” (#{figure.pk}, unverified, attribution unverified)")
    expect(refusal).to_contain_text(f"(#{quote.pk}, attribution unverified)")
    save_screenshot(editor_page, "editor-publish-refused.png", docs=True)
    article.refresh_from_db()
    assert article.status == Status.APPROVED

    # 5. The fact-checker takes the quoted figure and verifies both its checks, then the quote.
    checker_page = new_page()
    sign_in(checker_page, live_server.url + reverse("login"), "faye")
    expect(checker_page.get_by_role("heading", name="Fact-check queue")).to_be_visible()
    figure_row = checker_page.locator(f"#claim-row-{figure.pk}")
    expect(figure_row).to_contain_text("Said by Jonas Pike")
    expect(figure_row.locator(".queue-value")).to_have_text("more than 4,000 vessels")
    expect(checker_page.locator(f"#claim-row-{quote.pk}")).to_be_visible()
    save_screenshot(checker_page, "factchecker-queue.png", docs=True)

    take_and_open(checker_page, figure)
    rule(
        checker_page,
        "check-figure",
        note="The port's annual report counts 4,212 vessel arrivals this season.",
        source=SOURCE_URL,
        button="Save figure ruling",
    )
    expect(checker_page.get_by_role("alert")).to_contain_text(f"Claim #{figure.pk}: ruled verified.")
    rule(
        checker_page,
        "check-attribution",
        note="Jonas Pike confirmed the quote by phone to the desk.",
        source=PHONE_CALL,
        source_kind="Document",
        button="Save attribution ruling",
    )
    expect(checker_page.get_by_role("alert")).to_contain_text(f"Claim #{figure.pk}: ruled verified.")
    expect(checker_page.locator("#check-figure .claim-status-badge")).to_have_text("Verified")
    expect(checker_page.locator("#check-attribution .claim-status-badge")).to_have_text("Verified")
    expect(checker_page.locator("#check-figure .claim-sources")).to_contain_text(SOURCE_URL)
    save_screenshot(checker_page, "factchecker-claim.png", docs=True)

    checker_page.get_by_role("link", name="Fact-check queue").first.click()
    expect(checker_page.locator(f"#claim-row-{figure.pk}")).to_have_count(0)  # cleared claims leave the queue
    take_and_open(checker_page, quote)
    rule(
        checker_page,
        "check-figure",  # a quote's one check, whether its speaker said it, is its main one
        note="Jonas Pike confirmed the quote by phone to the desk.",
        source=PHONE_CALL,
        source_kind="Document",
        button="Save attribution ruling",
    )
    expect(checker_page.get_by_role("alert")).to_contain_text(f"Claim #{quote.pk}: ruled verified.")

    figure.refresh_from_db()
    quote.refresh_from_db()
    assert (figure.status, figure.attribution_status, quote.status) == (ClaimStatus.VERIFIED,) * 3
    assert [s.reference for s in figure.sources.filter(check_type="figure")] == [SOURCE_URL]
    assert not publication_blockers(article)

    # 6. The editor's publish now goes through.
    publish_from_changelist(editor_page, live_server, HEADLINE)
    expect(editor_page.locator("ul.messagelist")).to_contain_text("Publish now: done for 1 article.")
    expect(editor_page.locator("ul.messagelist li.error")).to_have_count(0)
    published_row = editor_page.locator("#result_list tbody tr").filter(has_text=HEADLINE)
    expect(published_row.locator(".status-badge")).to_have_text("Published")
    save_screenshot(editor_page, "editor-published.png")
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.published_at is not None

    # 7. Anyone can read it, the markup-like text shown as written.
    reader_page = new_page()
    reader_page.goto(live_server.url + reverse("articles:public", args=[article.slug]))
    expect(reader_page.get_by_role("heading", level=1)).to_have_text(HEADLINE)
    expect(reader_page.locator(".lead")).to_have_text(STANDFIRST)
    public_body = reader_page.locator("#article-body")
    expect(public_body.locator("p")).to_have_text([QUOTE, MARKUP_LOOKALIKE])
    expect(public_body.locator(":not(p)")).to_have_count(0)
    expect(reader_page.locator("mark")).to_have_count(0)  # the desk's highlights are not for readers
    save_screenshot(reader_page, "public-article.png", docs=True)
    # Every scan the worker was given has finished: nothing was left behind in the queue.
    assert not ScanRun.objects.exclude(status=ScanStatus.DONE).exists()
