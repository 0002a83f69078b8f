"""Copy as reporters paste it (a long web address, a chemical name, a spreadsheet table) on a phone-sized
screen: the pages that show the text wrap it instead of making the whole page scroll sideways."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles import services as article_services
from factcheck import services
from factcheck.models import Claim, ScanRun
from tests.browser.test_editorial_flow import sign_in
from tests.factories import ArticleFactory, DeskFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 375, "height": 800}
LONG_URL = "https://statistics.example.org/" + "regional-housing-tables-" * 12 + "?edition=" + "7" * 80
LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4
BODY = (
    f"The full tables are at {LONG_URL} and show that rents rose 12% in May.\n\n"
    f"Doctors said 40 workers had {LONG_WORD}.\n\n"
    "Region\tQ1\tQ2\nNorth\t1,200\t1,350\nSouth\t980\t1,020"
)


def page_width_overflow(page) -> int:
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.fixture
def long_copy(live_server, new_page):
    desk = DeskFactory(name="City", slug="city")
    reporter = UserFactory(username="rita", role="Reporter")
    UserFactory(username="faye", role="Fact-checker")
    article = ArticleFactory(author=reporter, desk=desk, headline="Rents", standfirst="", body=BODY)
    article_services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=article.version, headline="Rents", standfirst="",
        body=BODY.replace("rose 12%", "rose 14%"),
    )
    services.scan_run_execute(scan_run_id=ScanRun.objects.filter(article=article).latest("pk").pk)
    page = new_page()
    page.set_viewport_size(PHONE)
    return article, page


def test_the_article_page_wraps_long_addresses_and_words_on_a_phone(live_server, long_copy):
    article, page = long_copy
    sign_in(page, live_server.url + reverse("login"), "rita")
    page.goto(live_server.url + article.get_absolute_url())
    page.locator("mark.claim").first.wait_for()  # the highlighted body has replaced the plain one

    assert page_width_overflow(page) == 0
    assert LONG_URL in page.locator("#article-body").inner_text()  # wrapped, not cut


def test_the_revision_comparison_wraps_long_addresses_and_words_on_a_phone(live_server, long_copy):
    article, page = long_copy
    sign_in(page, live_server.url + reverse("login"), "rita")
    page.goto(live_server.url + reverse("articles:revision_compare", args=[article.pk, 1, 2]))
    page.locator(".diff ins").first.wait_for()

    assert page_width_overflow(page) == 0


def test_the_claim_page_wraps_long_addresses_and_words_on_a_phone(live_server, long_copy):
    article, page = long_copy
    claim = Claim.objects.filter(article=article, kind="percent").first()
    sign_in(page, live_server.url + reverse("login"), "faye")
    page.goto(live_server.url + reverse("factcheck:claim", args=[claim.pk]))

    assert page_width_overflow(page) == 0


def test_the_revision_comparison_marks_added_words_by_more_than_colour(live_server, long_copy):
    """Struck through for removed words, underlined for added ones: a reader who cannot tell the green
    from the red still sees which is which."""
    article, page = long_copy
    sign_in(page, live_server.url + reverse("login"), "rita")
    page.goto(live_server.url + reverse("articles:revision_compare", args=[article.pk, 1, 2]))

    decoration = "el => getComputedStyle(el).textDecorationLine"
    assert page.locator(".diff ins").first.evaluate(decoration) == "underline"
    assert page.locator(".diff del").first.evaluate(decoration) == "line-through"
