"""The fact-check queue in a real browser: take and release swap the row in place with htmx, and a
refusal is shown in the row as well, not dropped by the browser."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from articles.services import article_transition
from factcheck import services
from factcheck.models import Claim, ScanRun
from newsroom.people import person_name
from tests.browser.test_editorial_flow import sign_in
from tests.factories import ArticleFactory, DeskFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def faye_at_a_queue_row(live_server, page):
    """A money claim of Rita's in the queue, and Faye, a fact-checker, looking at its row: (reporter, claim, row)."""
    desk = DeskFactory(name="City", slug="city")
    reporter = UserFactory(username="rita", role="Reporter")
    UserFactory(username="faye", role="Fact-checker")
    article = ArticleFactory(
        author=reporter, desk=desk, headline="Library budget", standfirst="",
        body="The council approved a budget of $12.5 million for the new library.",
    )
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    article_transition(article_id=article.pk, user=reporter, name="submit")  # the queue lists copy sent to the desk
    claim = Claim.objects.get(article=article, kind="money")

    sign_in(page, live_server.url + reverse("login"), "faye")
    page.goto(live_server.url + reverse("factcheck:queue"))
    row = page.locator(f"#claim-row-{claim.pk}")
    expect(row.get_by_role("button", name="Take")).to_be_visible()
    return reporter, claim, row


def test_a_take_refused_because_a_colleague_took_the_claim_says_so_in_the_row(live_server, page):
    colleague = UserFactory(username="fred", role="Fact-checker")
    _, claim, row = faye_at_a_queue_row(live_server, page)
    # Meanwhile a colleague takes it from their own queue.
    services.claim_take(claim_id=claim.pk, user=colleague)

    row.get_by_role("button", name="Take").click()

    expect(row.get_by_role("alert")).to_contain_text(f"in progress by {person_name(colleague)}")
    expect(row.get_by_role("button", name="Take")).to_have_count(0)
    expect(page.locator("body")).not_to_contain_text("htmx")  # the page's settings for htmx stay out of sight


def test_a_take_refused_because_the_claim_changed_says_so_in_the_row(live_server, page):
    reporter, claim, row = faye_at_a_queue_row(live_server, page)
    # The reporter attaches a source meanwhile: the row's page is out of date.
    services.claim_add_source(claim_id=claim.pk, user=reporter, kind="url", reference="https://council.example/14")

    row.get_by_role("button", name="Take").click()

    expect(row.get_by_role("alert")).to_contain_text("changed after you opened it")
    claim.refresh_from_db()
    assert claim.assigned_to is None


def test_taking_and_releasing_a_claim_by_keyboard_keeps_focus_in_its_row(live_server, page):
    """The Take button goes away when the row is swapped; focus must not fall back to the top of the
    page, or a keyboard user has to tab through the whole queue again after every claim."""
    _, claim, row = faye_at_a_queue_row(live_server, page)

    row.get_by_role("button", name="Take").focus()
    page.keyboard.press("Enter")

    message = row.get_by_role("status")
    expect(message).to_contain_text(f"Claim #{claim.pk} is yours to check")
    expect(message).to_be_focused()
    page.keyboard.press("Tab")
    expect(row.get_by_role("button", name="Release")).to_be_focused()

    page.keyboard.press("Enter")
    expect(row.get_by_role("button", name="Take")).to_be_visible()
    page.wait_for_function(f"() => document.activeElement.closest('tr')?.id === 'claim-row-{claim.pk}'")


def test_the_queue_filters_wrap_on_a_phone_instead_of_squeezing_or_widening_the_page(live_server, page):
    """At 375 pixels the six filters used to share one row, each box a letter wide, and the page
    scrolled sideways: they stack, each wide enough to read what it is set to."""
    faye_at_a_queue_row(live_server, page)
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()

    form = page.locator("form.queue-filters")
    for label in ["Status", "Kind", "Desk", "Assignee", "Speaker", "Stage"]:
        box = form.get_by_label(label, exact=True).bounding_box()
        assert box["width"] >= 150, (label, box)
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, (label, box)
    assert page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
