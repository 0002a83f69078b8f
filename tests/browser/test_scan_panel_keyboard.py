"""The scan panel of the reporter's article page, as a keyboard and screen-reader user meets it: htmx
replaces it whole at a rescan and at every poll while the scan runs."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from factcheck import services
from factcheck.models import ScanRun
from tests.browser.test_editorial_flow import sign_in
from tests.factories import ArticleFactory, DeskFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BODY = "Rents rose 12% in May. The council spent $4 million on 300 homes."


def focus_is_in_panel(page) -> bool:
    return page.evaluate("() => document.getElementById('scan-panel').contains(document.activeElement)")


def open_scanned_draft_and_rescan(live_server, page, body: str = BODY):
    """Rita's draft, scanned once, open on her page, and a rescan asked for from the keyboard: the
    panel now polls until the rescan's run is executed. Returns the article."""
    reporter = UserFactory(username="rita", role="Reporter")
    article = ArticleFactory(
        author=reporter, desk=DeskFactory(name="City", slug="city"), headline="Housing", standfirst="", body=body
    )
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    sign_in(page, live_server.url + reverse("login"), "rita")
    page.goto(live_server.url + article.get_absolute_url())
    rescan = page.locator("#scan-panel").get_by_role("button", name="Rescan")
    rescan.wait_for()
    rescan.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#scan-panel .scan-scanning")).to_be_visible()
    return article


def test_rescan_keeps_the_focus_on_the_panel_and_the_result_is_told(live_server, page):
    article = open_scanned_draft_and_rescan(live_server, page)
    page.wait_for_timeout(300)
    assert focus_is_in_panel(page), "the focus fell back to the top of the page"
    # Neither the panel drawn as the page opened nor the rescan's is announced: the focus is on it.
    expect(page.locator("#scan-status")).to_have_text("")

    services.scan_run_execute(scan_run_id=ScanRun.objects.filter(article=article).latest("pk").pk)
    expect(page.locator("#scan-status")).to_have_text("Scan of version 1 finished: 4 claims flagged.")
    expect(page.locator("#scan-status")).to_have_attribute("role", "status")
    assert focus_is_in_panel(page)
