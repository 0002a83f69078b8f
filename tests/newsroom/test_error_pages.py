"""The pages a newsroom user or a reader meets when something is refused: the site's own, saying what
happened and what to do, never Django's bare text."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def test_a_form_sent_after_signing_in_again_elsewhere_says_so_and_that_nothing_was_saved(reporter, draft):
    browser = Client(enforce_csrf_checks=True)
    browser.login(username=reporter.username, password=DEFAULT_PASSWORD)
    edit_page = browser.get(reverse("articles:edit", args=[draft.pk]))
    stale_token = edit_page.context["csrf_token"]
    # The session ran out, and the reporter signed in again in another tab: signing in renews the token.
    browser.logout()
    browser.login(username=reporter.username, password=DEFAULT_PASSWORD)
    browser.cookies["csrftoken"] = "x" * 32

    response = browser.post(
        reverse("articles:edit", args=[draft.pk]),
        {"csrfmiddlewaretoken": stale_token, "headline": "Typed with care", "base_version": draft.version},
    )

    page = response.content.decode()
    assert response.status_code == 403
    assert "Nothing was saved" in page
    assert "signed in again" in page and "Go back" in page
    assert "CSRF verification failed" not in page
    assert "My drafts" in page  # the site's own page, with its navigation
    draft.refresh_from_db()
    assert draft.headline != "Typed with care"


def test_a_form_sent_without_the_cookie_says_cookies_are_needed(reporter, draft):
    browser = Client(enforce_csrf_checks=True)
    browser.login(username=reporter.username, password=DEFAULT_PASSWORD)

    response = browser.post(reverse("articles:edit", args=[draft.pk]), {"headline": "x"})

    page = response.content.decode()
    assert response.status_code == 403
    assert "Allow cookies for this site" in page and "Nothing was saved" in page


def test_a_missing_public_page_is_the_sites_own_page_with_a_way_to_the_news(client):
    # A reader following an old link to a story that was archived, or a mistyped address.
    response = client.get("/news/no-such-story/")

    page = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in page
    assert f'href="{reverse("articles:public_index")}"' in page and "Sign in" in page


def test_a_signed_in_user_meets_the_same_page_with_their_navigation(client, reporter):
    client.force_login(reporter)

    response = client.get(reverse("articles:detail", args=[999_999]))

    page = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in page and "My drafts" in page
