"""The claims highlighted in the text of the reporter's article page, as a keyboard, a screen reader and
someone who cannot tell the colours apart meet them."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from factcheck import services
from factcheck.models import Claim, ClaimStatus, ScanRun
from tests.browser.test_editorial_flow import sign_in
from tests.factories import ArticleFactory, DeskFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BODY = (
    "Rents rose 12% in May. The council spent $4 million on 300 homes.\n\n"
    "About 40 workers were hurt, and 7 firms were fined 2,000 pounds each."
)
# The claim (by its text) in each state a claim can be in.
STATES = {
    "12%": ClaimStatus.UNVERIFIED,
    "$4 million": ClaimStatus.IN_PROGRESS,
    "300 homes": ClaimStatus.VERIFIED,
    "About 40 workers": ClaimStatus.INACCURATE,
    "7 firms": ClaimStatus.UNVERIFIABLE,
    "2,000 pounds": ClaimStatus.WAIVED,
}


@pytest.fixture
def article_page(live_server, page):
    """Rita's scanned draft, its claims in every state, open on her article page."""
    reporter = UserFactory(username="rita", role="Reporter")
    article = ArticleFactory(
        author=reporter, desk=DeskFactory(name="City", slug="city"), headline="Housing", standfirst="", body=BODY
    )
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    for text, status in STATES.items():
        assert Claim.objects.filter(article=article, text=text).update(status=status) == 1

    sign_in(page, live_server.url + reverse("login"), "rita")
    page.goto(live_server.url + article.get_absolute_url())
    page.locator("#article-body mark.claim").first.wait_for()
    return article, page


def generated(locator, pseudo: str) -> str:
    return locator.evaluate(f"el => getComputedStyle(el, '{pseudo}').content")


def test_each_highlight_shows_its_state_by_a_symbol_the_key_explains_not_by_colour_alone(article_page):
    article, page = article_page
    body = page.locator("#article-body")
    symbols = {}
    for text, status in STATES.items():
        mark = body.locator("mark.claim", has_text=text)
        symbol = generated(mark, "::after")
        assert symbol not in ("none", "normal", ""), (text, symbol)
        symbols[status] = symbol
        # A screen reader hears the state with the claim, and a keyboard user finds it by both.
        label = ClaimStatus(status).label.lower()
        expect(body.get_by_role("button", name=f"{text} ({label})", exact=True)).to_have_count(1)
    assert len(set(symbols.values())) == len(STATES), symbols  # one symbol per state

    # The key: the scan panel's count of each state carries the same symbol as its highlights.
    panel = page.locator("#scan-panel .scan-done")
    for status, symbol in symbols.items():
        badge = panel.locator(f".claim-status-badge.claim-status-{status}")
        expect(badge).to_contain_text(ClaimStatus(status).label)
        assert generated(badge, "::before").split(" / ")[0] == symbol.split(" / ")[0]
    expect(panel).to_contain_text("The symbol after each highlight gives its status")


def test_the_highlights_are_one_tab_stop_with_arrow_keys_between_them_and_a_link_to_skip_them(article_page):
    """A long body held thousands of claims, each a Tab stop before the workflow buttons."""
    article, page = article_page
    marks = page.locator("#article-body mark.claim")
    texts = ["12%", "May", "$4 million", "300 homes", "About 40 workers", "7 firms", "2,000 pounds"]
    expect(marks).to_have_count(len(texts))
    assert marks.evaluate_all("all => all.filter(m => m.tabIndex >= 0).length") == 1

    skip = page.get_by_role("link", name="Skip past the highlighted text")
    skip.focus()
    expect(skip).to_be_visible()  # shown once it has the focus
    page.keyboard.press("Tab")
    expect(marks.nth(0)).to_be_focused()
    # One more Tab leaves the text for what follows it.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Edit copy")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(marks.nth(0)).to_be_focused()

    for key, index in [("ArrowRight", 1), ("ArrowDown", 2), ("j", 3), ("k", 2), ("ArrowLeft", 1), ("ArrowUp", 0),
                       ("ArrowLeft", 0), ("End", 6), ("ArrowRight", 6), ("Home", 0), ("j", 1), ("j", 2)]:
        page.keyboard.press(key)
        expect(marks.nth(index)).to_be_focused()
        expect(marks.nth(index)).to_have_text(texts[index])
    # The widget keeps its place: out and back in returns to the highlight last moved to.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Edit copy")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(marks.nth(2)).to_be_focused()
    assert marks.evaluate_all("all => all.filter(m => m.tabIndex >= 0).length") == 1

    # The skip link goes past every highlight: the next Tab reaches the buttons beside the text.
    skip.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#after-highlights")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Edit copy")).to_be_focused()


def test_enter_or_a_click_opens_a_highlights_details_with_a_link_to_its_page_and_escape_closes_them(
    live_server, article_page
):
    article, page = article_page
    homes = Claim.objects.get(article=article, text="300 homes")
    marks = page.locator("#article-body mark.claim")
    popover = page.locator(".popover")

    page.get_by_role("link", name="Skip past the highlighted text").focus()
    page.keyboard.press("Tab")
    expect(popover).to_have_count(0)  # moving through the text opens nothing
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    expect(marks.nth(3)).to_be_focused()
    expect(popover).to_have_count(0)

    page.keyboard.press("Enter")
    expect(popover.locator(".popover-header")).to_have_text("Count · Verified")
    link = popover.get_by_role("link", name="Open this claim’s page")
    expect(link).to_have_attribute("href", reverse("factcheck:claim", args=[homes.pk]))
    expect(marks.nth(3)).to_be_focused()
    page.keyboard.press("Escape")
    expect(popover).to_have_count(0)
    expect(marks.nth(3)).to_be_focused()

    # Space opens it too; Tab goes into it, Escape there closes it and puts the focus back.
    page.keyboard.press(" ")
    expect(popover).to_have_count(1)
    page.keyboard.press("Tab")
    expect(link).to_be_focused()
    page.keyboard.press("Escape")
    expect(popover).to_have_count(0)
    expect(marks.nth(3)).to_be_focused()

    # Moving on closes it; a click opens one and a click elsewhere closes it.
    page.keyboard.press("Enter")
    page.keyboard.press("ArrowRight")
    expect(popover).to_have_count(0)
    marks.nth(0).click()
    expect(popover.locator(".popover-header")).to_have_text("Percentage · Unverified")
    page.locator("h1").click()
    expect(popover).to_have_count(0)

    # And the link leads to the claim's page, by keyboard.
    marks.nth(3).focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + reverse("factcheck:claim", args=[homes.pk]))
