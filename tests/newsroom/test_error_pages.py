"""The pages a newsroom user or a reader meets when something is refused: the site's own, saying what
happened and what to do, never Django's bare text."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from django.urls import path, reverse

from articles.models import Article
from articles.kept_copy import TYPED_BEFORE_SIGN_IN
from tests.factories import DEFAULT_PASSWORD, ArticleFactory
from tests.signing_in import log_in

pytestmark = pytest.mark.django_db


def test_a_form_sent_after_signing_in_again_elsewhere_says_so_and_that_nothing_was_saved(reporter, draft):
    browser = Client(enforce_csrf_checks=True)
    log_in(browser, reporter.username, DEFAULT_PASSWORD)
    edit_page = browser.get(reverse("articles:edit", args=[draft.pk]))
    stale_token = edit_page.context["csrf_token"]
    # The session ran out, and the reporter signed in again in another tab: signing in renews the token.
    browser.logout()
    log_in(browser, reporter.username, DEFAULT_PASSWORD)
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
    log_in(browser, reporter.username, DEFAULT_PASSWORD)

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


def test_an_htmx_click_after_the_session_ended_takes_the_whole_page_to_sign_in_and_back(client, reporter, draft):
    # Signed out in another window, the fact-checker clicks "Take" in the queue, or the reporter's
    # scan panel polls: the sign-in page must not land inside a table row, nor lead back to an
    # address that takes only POST.
    response = client.post(
        reverse("factcheck:claim_take", args=[1]),
        {"row": "1"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL="http://testserver/factcheck/?desk=2",
    )

    assert response.status_code == 200
    assert response["HX-Redirect"] == reverse("login") + "?next=/factcheck/%3Fdesk%3D2"

    polled = client.get(
        reverse("factcheck:scan_panel", args=[draft.pk]),
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver{draft.get_absolute_url()}",
    )
    assert polled["HX-Redirect"] == reverse("login") + f"?next={draft.get_absolute_url()}"


def test_an_htmx_request_naming_a_page_address_that_cannot_be_read_goes_to_sign_in_all_the_same(client, draft):
    # The page's address comes in a header the browser sends, which anyone can write: "http://[::1/"
    # is no address, and reading it once ended in a server error.
    for address in ["http://[::1/", "http://[not-an-address]/"]:
        polled = client.get(
            reverse("factcheck:scan_panel", args=[draft.pk]), HTTP_HX_REQUEST="true", HTTP_HX_CURRENT_URL=address
        )
        assert polled.status_code == 200
        assert polled["HX-Redirect"] == reverse("login") + "?next=" + reverse("articles:home")


def test_a_sign_in_redirect_outside_htmx_is_left_as_it_is(client):
    response = client.get(reverse("factcheck:queue"))

    assert response.status_code == 302 and "HX-Redirect" not in response


def test_an_htmx_click_refused_for_an_out_of_date_token_shows_the_page_in_place_of_the_whole_page(reporter, draft):
    browser = Client(enforce_csrf_checks=True)
    log_in(browser, reporter.username, DEFAULT_PASSWORD)

    response = browser.post(reverse("factcheck:rescan", args=[draft.pk]), HTTP_HX_REQUEST="true")

    assert response.status_code == 403
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("body", "innerHTML")
    assert "Nothing was saved" in response.content.decode()


def test_a_form_sent_after_the_session_ended_signs_in_and_comes_back_to_the_page_it_was_on(client, reporter, draft):
    # "Submit for review" clicked after the session timed out: the step's address takes only POST,
    # so coming back to it after signing in would show a blank "405" page.
    response = client.post(
        reverse("articles:transition", args=[draft.pk, "submit"]),
        {"comment": "Ready."},
        HTTP_REFERER=f"http://testserver{draft.get_absolute_url()}",
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("login") + f"?next={draft.get_absolute_url()}"
    signed_in = client.post(
        response["Location"], {"username": reporter.username, "password": DEFAULT_PASSWORD, "next": draft.get_absolute_url()}
    )
    assert signed_in["Location"] == draft.get_absolute_url()
    draft.refresh_from_db()
    assert draft.status == "draft"  # nothing was done on the reporter's behalf


def _signed_in_then_timed_out(client, user, page):
    """`user` worked on `page` with this browser, and then their session timed out."""
    client.force_login(user)
    assert client.get(page).status_code == 200
    Session.objects.filter(session_key=client.session.session_key).delete()


def _sign_in_from(client, login_page, reporter):
    next_page = login_page.split("next=", 1)[1]
    signed_in = client.post(login_page, {"username": reporter.username, "password": DEFAULT_PASSWORD, "next": next_page})
    return signed_in["Location"]


def test_an_edit_saved_after_the_session_ended_comes_back_in_the_form_after_signing_in(client, reporter, draft):
    # A long update typed while the session ran out (or the reporter signed out in another tab): Save
    # cannot save it, but it must not throw away what was typed.
    edit_page = reverse("articles:edit", args=[draft.pk])
    typed = draft.body + "\n\nUpdate, 14:05: the death toll has risen to 41, the fire service said."
    _signed_in_then_timed_out(client, reporter, edit_page)

    response = client.post(
        edit_page,
        {"headline": draft.headline, "standfirst": draft.standfirst, "body": typed, "base_version": draft.version,
         "note": "Toll update"},
        HTTP_REFERER=f"http://testserver{edit_page}",
    )

    assert response["Location"] == reverse("login") + f"?next={edit_page}"
    sign_in_page = client.get(response["Location"]).content.decode()
    assert "Your session had ended, so nothing was saved" in sign_in_page
    back_at = _sign_in_from(client, response["Location"], reporter)
    assert back_at == edit_page
    form_page = client.get(back_at)
    form = form_page.context["form"]
    assert form["body"].value() == typed and form["note"].value() == "Toll update"
    assert form["base_version"].value() == str(draft.version)
    assert "It is not saved yet" in form_page.content.decode()
    draft.refresh_from_db()
    assert draft.version == 1 and "death toll" not in draft.body  # nothing saved on anyone's behalf
    # Once only: the next visit shows the copy as stored.
    assert client.get(edit_page).context["form"]["body"].value() == draft.body


def test_a_new_draft_saved_after_the_session_ended_comes_back_in_the_form_after_signing_in(client, reporter, desk):
    new_page = reverse("articles:create")
    _signed_in_then_timed_out(client, reporter, new_page)

    response = client.post(
        new_page,
        {"headline": "Tower fire: 200 evacuated", "body": "About 200 residents were evacuated.", "desk": desk.pk},
        HTTP_REFERER=f"http://testserver{new_page}",
    )

    client.get(response["Location"])
    form_page = client.get(_sign_in_from(client, response["Location"], reporter))
    form = form_page.context["form"]
    assert form["headline"].value() == "Tower fire: 200 evacuated"
    assert form["body"].value() == "About 200 residents were evacuated."
    assert str(form["desk"].value()) == str(desk.pk)
    assert not Article.objects.filter(headline="Tower fire: 200 evacuated").exists()


SCOOP = "Leaked: the minister resigns tomorrow, says a source close to her."


def _sign_in(client, user):
    response = client.post(reverse("login"), {"username": user.username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302


def test_a_new_draft_sent_after_signing_out_is_not_given_to_the_next_person_who_signs_in(
    client, reporter, other_reporter, desk
):
    # Rita signed out (in another window, say) and then pressed Save; she walks away from the shared
    # newsroom computer, and Oscar signs in on it.
    _sign_in(client, reporter)
    client.post(reverse("logout"))
    client.post(reverse("articles:create"), {"headline": "Scoop", "body": SCOOP, "desk": desk.pk})
    _sign_in(client, other_reporter)

    page = client.get(reverse("articles:create"))

    assert SCOOP not in page.content.decode()
    assert not page.context["typed_before_sign_in"]


def test_an_edit_sent_after_the_session_timed_out_is_not_given_to_a_co_author_who_signs_in(
    client, reporter, other_reporter, desk
):
    article = ArticleFactory(author=reporter, co_authors=[other_reporter], desk=desk)
    edit_page = reverse("articles:edit", args=[article.pk])
    _signed_in_then_timed_out(client, reporter, edit_page)
    client.post(edit_page, {"headline": article.headline, "body": SCOOP, "base_version": article.version})
    _sign_in(client, other_reporter)

    page = client.get(edit_page)

    assert SCOOP not in page.content.decode()
    assert page.context["form"]["body"].value() == article.body
    # Nor is it there for Rita once Oscar has signed in with the browser after her.
    client.post(reverse("logout"))
    _sign_in(client, reporter)
    assert SCOOP not in client.get(edit_page).content.decode()


def test_copy_sent_after_signing_out_comes_back_to_the_same_person(client, reporter, desk):
    _sign_in(client, reporter)
    client.post(reverse("logout"))
    client.post(reverse("articles:create"), {"headline": "Scoop", "body": SCOOP, "desk": desk.pk})
    _sign_in(client, reporter)

    assert client.get(reverse("articles:create")).context["form"]["body"].value() == SCOOP


def test_a_browser_nobody_signed_in_with_keeps_nothing_in_the_session_table(desk):
    anonymous = Client()
    large = "x" * 400_000
    for pk in range(1, 11):
        response = anonymous.post(f"/articles/{pk}/edit/", {"headline": "h", "body": large, "standfirst": large})
        assert response.status_code == 302
    anonymous.post(reverse("articles:create"), {"headline": "h", "body": large})

    assert sum(len(session.session_data) for session in Session.objects.all()) < 5_000
    page = anonymous.get(reverse("login")).content.decode()
    assert "what you typed will be back" not in page and "nothing was saved" in page


def test_copy_kept_through_sign_in_is_one_form_of_a_form_s_size_at_most(client, reporter, draft):
    edit_page = reverse("articles:edit", args=[draft.pk])
    _signed_in_then_timed_out(client, reporter, edit_page)
    oversized = "x" * 400_000
    for pk in [draft.pk, draft.pk + 1000]:  # the draft, and an article that does not exist
        client.post(f"/articles/{pk}/edit/", {"headline": "h", "body": oversized, "standfirst": oversized})
    client.post(reverse("articles:create"), {"headline": "First", "body": "One."})
    client.post(edit_page, {"headline": "Second", "body": "Two.", "base_version": draft.version})

    kept = client.session[TYPED_BEFORE_SIGN_IN]
    assert kept["path"] == edit_page and kept["fields"]["headline"] == ["Second"]  # the latest only
    assert sum(len(session.session_data) for session in Session.objects.all()) < 5_000

@pytest.mark.parametrize("referer", [None, "https://elsewhere.example/articles/1/"])
def test_a_form_sent_after_the_session_ended_from_no_page_of_ours_signs_in_to_the_start_page(client, draft, referer):
    extra = {"HTTP_REFERER": referer} if referer else {}

    response = client.post(reverse("articles:transition", args=[draft.pk, "submit"]), **extra)

    assert response["Location"] == reverse("login") + "?next=/"


def test_an_admin_page_an_editor_may_not_open_is_the_sites_own_not_allowed_page(client, editor):
    # An editor following a link to the user accounts, which only an administrator manages.
    client.force_login(editor)

    response = client.get("/admin/auth/user/")

    page = response.content.decode()
    assert response.status_code == 403
    assert "Not allowed" in page and "403 Forbidden" not in page
    assert "an administrator" in page
    assert f'href="{reverse("articles:home")}"' in page


def _fails(request):
    raise RuntimeError("a fault in the code")


urlpatterns = [path("fails/", _fails)]


@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_is_the_sites_own_page_that_says_what_to_do(client):
    client.raise_request_exception = False

    response = client.get("/fails/")

    page = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in page and "Server Error (500)" not in page
    assert "a fault in the code" not in page
    assert 'href="/"' in page
