"""A keyboard user on a highlighted claim while a scan finishes: the scan panel's poll replaces the
article's text with the newly highlighted one, and the highlight that had the focus with it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from articles import services as article_services
from factcheck import services
from factcheck.models import Claim, ScanRun
from tests.browser.test_scan_panel_keyboard import open_scanned_draft_and_rescan

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BODY = "Rents rose 12% in May. The council spent $4 million on 300 homes."


def focused_claim_id(page) -> str | None:
    return page.evaluate(
        "() => { var el = document.activeElement; return el && el.matches('mark.claim') && el.isConnected"
        " ? el.getAttribute('data-claim-id') : null; }"
    )


@pytest.fixture
def rescanning_page(live_server, page):
    """Rita's scanned draft open on her page, a rescan asked for (so the panel polls), and the focus on
    the "$4 million" highlight of the text the rescan will replace."""
    article = open_scanned_draft_and_rescan(live_server, page, BODY)

    claim = Claim.objects.get(article=article, text="$4 million")
    page.locator(f'#article-body mark.claim[data-claim-id="{claim.pk}"]').focus()
    assert focused_claim_id(page) == str(claim.pk)
    return article, claim, page


def test_a_finished_scan_keeps_the_focus_on_the_same_highlighted_claim(rescanning_page):
    article, claim, page = rescanning_page
    old_mark = page.locator("#article-body mark.claim[data-claim-id]").first.element_handle()

    services.scan_run_execute(scan_run_id=ScanRun.objects.filter(article=article).latest("pk").pk)

    expect(page.locator("#scan-status")).to_contain_text("Scan of version 1 finished")
    page.wait_for_function("mark => !mark.isConnected", arg=old_mark)  # the text was replaced
    page.wait_for_timeout(200)
    assert focused_claim_id(page) == str(claim.pk), "the focus fell back to the top of the page"
    # It is the highlights' one Tab stop, so Tab away and back returns to it.
    expect(page.locator(f'#article-body mark.claim[data-claim-id="{claim.pk}"]')).to_have_attribute("tabindex", "0")


def test_when_the_focused_claim_is_gone_from_the_new_text_the_focus_goes_to_the_scan_panel(rescanning_page):
    article, claim, page = rescanning_page
    article_services.article_save_copy(
        article_id=article.pk, user=article.author, base_version=article.version, headline=article.headline,
        standfirst="", body="Rents rose 12% in May. The council built 300 homes.",
    )

    services.scan_run_execute(scan_run_id=ScanRun.objects.filter(article=article).latest("pk").pk)

    expect(page.locator("#scan-status")).to_contain_text("Scan of version 2 finished")
    expect(page.locator("#article-body")).not_to_contain_text("$4 million")
    page.wait_for_timeout(200)
    assert page.evaluate("() => document.activeElement && document.activeElement.id") == "scan-panel"
