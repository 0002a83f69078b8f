"""The comparison of two revisions, as a screen reader meets it: words removed and added are said so,
not only struck through and highlighted."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from articles import services
from tests.browser.test_editorial_flow import sign_in
from tests.factories import ArticleFactory, DeskFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_removed_and_added_words_are_read_out(live_server, page):
    reporter = UserFactory(username="rita", role="Reporter")
    article = ArticleFactory(
        author=reporter, desk=DeskFactory(name="City", slug="city"), headline="Housing", standfirst="",
        body="Rents rose 12% in May.",
    )
    services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=article.version,
        headline="Housing", standfirst="", body="Rents rose 14% in May.",
    )
    sign_in(page, live_server.url + reverse("login"), "rita")
    page.goto(live_server.url + reverse("articles:revision_compare", args=[article.pk, 1, 2]))
    body = page.locator(".diff").last
    body.wait_for()
    said = body.aria_snapshot()
    assert re.search(r"\[removed: 12%\s*\]", said) and re.search(r"\[added: 14%\s*\]", said), said
    # On screen the words stay as they were: the markers take no room.
    assert page.evaluate("() => document.querySelector('.diff del').getBoundingClientRect().width") < 80
