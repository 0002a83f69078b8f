"""What a screen-reader and keyboard user meets on the pages every role shares: sign-in and the page frame."""

import re

import pytest
from django.urls import reverse

from tests.pages import error_summary, takes_the_focus_on_opening

pytestmark = pytest.mark.django_db


def test_every_page_starts_with_a_link_past_the_navigation_to_the_main_content(client, reporter):
    client.force_login(reporter)
    for url in [reverse("articles:my_drafts"), reverse("articles:public_index"), reverse("factcheck:queue")]:
        html = client.get(url).content.decode()
        body = html[html.index("<body"):]
        first_link = re.search(r"<a [^>]*>", body).group(0)
        assert 'href="#main"' in first_link, url
        assert re.search(r'<main [^>]*id="main"[^>]*tabindex="-1"', html), url


def test_a_refused_sign_in_is_said_first_in_the_title_and_a_focused_summary(client, reporter):
    response = client.post(reverse("login"), {"username": reporter.username, "password": "not the password"})

    html = response.content.decode()
    assert "<title>Error: Sign in" in html
    summary = error_summary(html)
    assert "You are not signed in: 1 thing to put right" in summary
    assert "Please enter a correct username and password" in summary
    assert takes_the_focus_on_opening(html, "form-error-summary")


def test_a_refused_sign_in_says_why_once_in_the_summary_not_again_above_the_boxes(client, reporter):
    html = client.post(reverse("login"), {"username": reporter.username, "password": "not the password"}).content.decode()

    assert html.count("Please enter a correct username and password") == 1
    assert "Please enter a correct username and password" in error_summary(html)
    form = html[html.index('<form method="post" novalidate'):]
    assert "alert" not in form[: form.index("</form>")]


def test_a_draft_refused_as_a_whole_says_why_once(client, reporter, desk):
    # The same summary opens the drafting, correction and password forms: none says it again.
    client.force_login(reporter)
    forged = {"headline": "Budget", "desk": desk.pk, "status": "published"}

    html = client.post(reverse("articles:create"), forged).content.decode()

    assert html.count("A status cannot be set from this form") == 1
    assert "A status cannot be set from this form" in error_summary(html)


def test_an_empty_sign_in_box_is_listed_with_a_link_to_it(client):
    html = client.post(reverse("login"), {"username": "", "password": ""}).content.decode()

    summary = error_summary(html)
    assert '<a href="#id_username">Username: This field is required.</a>' in summary
    assert '<a href="#id_password">Password: This field is required.</a>' in summary


def test_a_refused_password_change_is_summed_up_and_focused(client, reporter):
    client.force_login(reporter)
    html = client.post(
        reverse("password_change"), {"old_password": "wrong", "new_password1": "x", "new_password2": "y"}
    ).content.decode()

    summary = error_summary(html)
    assert "Your password has not been changed" in summary
    assert 'href="#id_old_password"' in summary


def test_the_mark_of_a_required_box_is_hidden_from_screen_readers_which_hear_required_instead(
    client, reporter, desk
):
    # A screen reader read the label "Headline*" as "Headline star"; the box's own `required` says it.
    client.force_login(reporter)
    pages = {
        "new draft": client.get(reverse("articles:create")).content.decode(),
        "password": client.get(reverse("password_change")).content.decode(),
    }
    client.logout()
    pages["sign-in"] = client.get(reverse("login")).content.decode()

    for name, html in pages.items():
        marks = re.findall(r"<span[^>]*asteriskField[^>]*>", html)
        assert marks, name
        assert all('aria-hidden="true"' in mark for mark in marks), (name, marks)
    boxes = {
        "headline": re.search(r'<input[^>]*name="headline"[^>]*>', pages["new draft"]).group(0),
        "username": re.search(r'<input[^>]*name="username"[^>]*>', pages["sign-in"]).group(0),
    }
    assert all(" required" in box for box in boxes.values()), boxes
