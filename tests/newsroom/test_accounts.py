"""Signing in and looking after one's own account: every role changes its own password."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD
from tests.pages import classes_around_link
from tests.signing_in import log_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "harbour-lights-at-dusk-42"


@pytest.mark.parametrize("role", ["reporter", "fact_checker", "editor"])
def test_each_role_changes_their_own_password_in_the_web_app(client, request, role):
    person = request.getfixturevalue(role)
    client.force_login(person)
    home = client.get(reverse("articles:home"), follow=True).content.decode()
    if role != "editor":  # an editor lands in the admin, which has its own link
        assert reverse("password_change") in home

    response = client.post(reverse("password_change"), {
        "old_password": DEFAULT_PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD,
    }, follow=True)

    assert response.redirect_chain[-1][0] == reverse("password_change_done")
    assert "Your password has been changed" in response.content.decode()
    assert client.get(reverse("password_change")).status_code == 200  # still signed in here
    assert log_in(Client(), person.get_username(), NEW_PASSWORD)
    assert not log_in(Client(), person.get_username(), DEFAULT_PASSWORD)


def test_the_change_password_link_is_styled_as_a_link_of_the_dark_navigation_bar(client, reporter):
    # Bootstrap gives a .nav-link the bar's light colour only inside a .navbar-nav: anywhere else in
    # the dark bar it took the page's dark link colour, and could not be seen.
    client.force_login(reporter)
    page = client.get(reverse("articles:my_drafts")).content.decode()

    link, *around = classes_around_link(page, reverse("password_change"))

    assert "nav-link" in link
    assert any("navbar-nav" in classes for classes in around)
    assert any("navbar-dark" in classes for classes in around)


def test_a_wrong_old_password_changes_nothing_and_says_so(client, reporter):
    client.force_login(reporter)

    response = client.post(reverse("password_change"), {
        "old_password": "not-it", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD,
    })

    assert response.status_code == 200
    assert "Your old password was entered incorrectly" in response.content.decode()
    reporter.refresh_from_db()
    assert reporter.check_password(DEFAULT_PASSWORD)


def test_changing_the_password_signs_out_the_other_sessions(reporter):
    stolen_laptop, desk_pc = Client(), Client()
    for browser in (stolen_laptop, desk_pc):
        log_in(browser, reporter.username, DEFAULT_PASSWORD)

    desk_pc.post(reverse("password_change"), {
        "old_password": DEFAULT_PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD,
    })

    assert stolen_laptop.get(reverse("articles:my_drafts"))["Location"].startswith(reverse("login"))
    assert desk_pc.get(reverse("articles:my_drafts")).status_code == 200


def test_the_password_page_asks_a_visitor_to_sign_in(client):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
