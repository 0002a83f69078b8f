"""The sign-in limit: after a few wrong passwords for one name from one address, sign-in for that name
from that address is paused for a while. Everything here goes through the real sign-in pages, the real
authentication backends and middleware, and the failures the database records."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from articles import services
from newsroom.client_address import client_address
from newsroom.times import as_recorded
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.pages import error_summary, takes_the_focus_on_opening

pytestmark = pytest.mark.django_db

SIGN_IN_PAGES = {"web": "login", "admin": "admin:login"}


def sign_in(client, page, username, password, **headers):
    return client.post(reverse(SIGN_IN_PAGES[page]), {"username": username, "password": password}, **headers)


def fail(client, page, username, times, **headers):
    return [sign_in(client, page, username, "not the password", **headers) for _ in range(times)]


def is_signed_in(client) -> bool:
    return client.get(reverse("password_change")).status_code == 200


def test_the_limit_and_cool_off_are_five_failures_and_fifteen_minutes_unless_the_environment_says_otherwise():
    assert settings.SIGN_IN_FAILURE_LIMIT == 5
    assert settings.SIGN_IN_COOL_OFF_MINUTES == 15


@pytest.mark.parametrize("page", ["web", "admin"])
def test_the_limit_of_wrong_passwords_pauses_sign_in_for_that_name_from_that_address(client, editor, page):
    refusals = fail(client, page, editor.username, settings.SIGN_IN_FAILURE_LIMIT)

    assert [response.status_code for response in refusals[:-1]] == [200] * (settings.SIGN_IN_FAILURE_LIMIT - 1)
    assert refusals[-1].status_code == 429
    # Now even the right password is refused, and nobody is signed in.
    assert sign_in(client, page, editor.username, DEFAULT_PASSWORD).status_code == 429
    assert not is_signed_in(client)


def test_fewer_wrong_passwords_than_the_limit_leave_sign_in_open(client, reporter):
    fail(client, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT - 1)

    response = sign_in(client, "web", reporter.username, DEFAULT_PASSWORD)

    assert response.status_code == 302 and is_signed_in(client)


def test_wrong_passwords_on_the_web_and_admin_sign_in_pages_count_together(client, editor):
    fail(client, "web", editor.username, settings.SIGN_IN_FAILURE_LIMIT - 1)
    assert fail(client, "admin", editor.username, 1)[-1].status_code == 429

    assert sign_in(client, "web", editor.username, DEFAULT_PASSWORD).status_code == 429


def test_guessing_at_a_name_from_elsewhere_does_not_pause_its_owner_at_their_own_address(reporter):
    attacker, owner = Client(REMOTE_ADDR="203.0.113.66"), Client(REMOTE_ADDR="198.51.100.7")
    assert fail(attacker, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT)[-1].status_code == 429

    response = sign_in(owner, "web", reporter.username, DEFAULT_PASSWORD)

    assert response.status_code == 302 and is_signed_in(owner)
    assert sign_in(attacker, "web", reporter.username, DEFAULT_PASSWORD).status_code == 429


def test_a_paused_address_may_still_sign_in_as_someone_else(client, reporter, editor):
    fail(client, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT)

    response = sign_in(client, "web", editor.username, DEFAULT_PASSWORD)

    assert response.status_code == 302 and is_signed_in(client)


def test_a_successful_sign_in_starts_the_count_again(client, reporter):
    fail(client, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT - 1)
    assert sign_in(client, "web", reporter.username, DEFAULT_PASSWORD).status_code == 302
    client.logout()

    again = fail(client, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT - 1)

    assert {response.status_code for response in again} == {200}
    assert not AccessAttempt.objects.filter(failures_since_start__gte=settings.SIGN_IN_FAILURE_LIMIT).exists()
    assert sign_in(client, "web", reporter.username, DEFAULT_PASSWORD).status_code == 302


def recorded_earlier(by: timedelta) -> None:
    """As though the failures the database holds had been made `by` earlier."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - by)


def test_the_pause_ends_when_the_cool_off_has_passed_since_the_last_failure(client, reporter):
    cool_off = timedelta(minutes=settings.SIGN_IN_COOL_OFF_MINUTES)
    fail(client, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT)

    recorded_earlier(cool_off - timedelta(minutes=1))
    assert sign_in(client, "web", reporter.username, DEFAULT_PASSWORD).status_code == 429

    recorded_earlier(timedelta(minutes=1, seconds=1))
    response = sign_in(client, "web", reporter.username, DEFAULT_PASSWORD)
    assert response.status_code == 302 and is_signed_in(client)
    assert not AccessAttempt.objects.exists()


def test_tries_while_paused_do_not_push_the_end_of_the_pause_back(client, reporter):
    fail(client, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT)
    recorded_earlier(timedelta(minutes=settings.SIGN_IN_COOL_OFF_MINUTES - 1))

    fail(client, "web", reporter.username, 3)
    recorded_earlier(timedelta(minutes=1, seconds=1))

    assert sign_in(client, "web", reporter.username, DEFAULT_PASSWORD).status_code == 302


def test_a_forged_forwarded_for_header_is_not_read_unless_the_deployment_trusts_a_proxy(client, reporter):
    # Each try claims another address; the web server's peer is the same one each time.
    for n in range(settings.SIGN_IN_FAILURE_LIMIT):
        last = sign_in(client, "web", reporter.username, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")

    assert last.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"127.0.0.1"}


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_each_client_is_counted_by_the_address_the_proxy_saw(reporter):
    # The proxy (127.0.0.1) adds the address it was reached from after whatever the client sent.
    attacker, owner = Client(), Client()
    for n in range(settings.SIGN_IN_FAILURE_LIMIT):
        last = sign_in(attacker, "web", reporter.username, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.66")
    assert last.status_code == 429

    response = sign_in(owner, "web", reporter.username, DEFAULT_PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7")

    assert response.status_code == 302 and is_signed_in(owner)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.66"}


@pytest.mark.parametrize(
    ("proxies", "remote_addr", "forwarded_for", "counted_as"),
    [
        (0, "203.0.113.5", "", "203.0.113.5"),
        (0, "127.0.0.1", "198.51.100.7", "127.0.0.1"),
        (1, "127.0.0.1", "198.51.100.7", "198.51.100.7"),
        (1, "127.0.0.1", "10.0.0.9, 198.51.100.7", "198.51.100.7"),
        (2, "127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
        (1, "127.0.0.1", " 2001:DB8::1 ", "2001:db8::1"),
        # Not through every trusted proxy, or not an address: the web server's peer.
        (2, "127.0.0.1", "198.51.100.7", "127.0.0.1"),
        (1, "127.0.0.1", "", "127.0.0.1"),
        (1, "127.0.0.1", "unknown", "127.0.0.1"),
    ],
)
def test_the_client_address_comes_from_the_trusted_end_of_the_forwarded_header(
    proxies, remote_addr, forwarded_for, counted_as
):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_address(RequestFactory().post("/", **headers)) == counted_as


# --- What the person paused sees ------------------------------------------------------------------------


def test_the_paused_sign_in_page_says_first_that_sign_in_is_paused_and_for_how_long(client, reporter):
    response = fail(client, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT)[-1]

    html = response.content.decode()
    assert response.status_code == 429
    assert "<title>Error: Sign-in paused · Newsroom</title>" in html
    summary = error_summary(html)
    assert "You are not signed in: sign-in as “rita” is paused for 15 minutes" in summary
    ends = AccessAttempt.objects.get().attempt_time + timedelta(minutes=15)
    assert f"until {as_recorded(ends)}" in summary
    assert takes_the_focus_on_opening(html, "form-error-summary")
    assert response["Retry-After"] == "900"
    # The site's own page, with its frame, not a bare "403" or "429" text.
    assert 'href="#main"' in html and "Back to the sign-in page" in html


def test_the_paused_page_counts_down_to_the_end_of_the_pause(client, reporter):
    fail(client, "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT)
    recorded_earlier(timedelta(minutes=14, seconds=30))

    response = sign_in(client, "web", reporter.username, DEFAULT_PASSWORD)

    assert "is paused for 1 minute<" in error_summary(response.content.decode())
    assert 0 < int(response["Retry-After"]) <= 30


def test_the_admin_says_the_same_in_its_own_look(client, editor):
    response = fail(client, "admin", editor.username, settings.SIGN_IN_FAILURE_LIMIT)[-1]

    html = response.content.decode()
    assert response.status_code == 429
    assert "<title>Error: Sign-in paused | Newsroom</title>" in html
    note = re.search(r'<p class="errornote" id="sign-in-paused" role="alert" tabindex="-1" data-focus-on-load>(.*?)</p>', html, re.S)
    assert note, html
    assert "sign-in as “edna” is paused for 15 minutes" in " ".join(note.group(1).split())
    assert takes_the_focus_on_opening(html, "sign-in-paused")
    assert "Newsroom editorial admin" in html
    assert f'href="{reverse("admin:login")}"' in html


def test_the_paused_page_goes_on_to_where_the_sign_in_was_going(client, reporter):
    queue = reverse("factcheck:queue")
    for _ in range(settings.SIGN_IN_FAILURE_LIMIT):
        response = client.post(reverse("login"), {"username": "rita", "password": "wrong", "next": queue})

    assert f'href="{reverse("login")}?next=%2Ffactcheck%2F"' in response.content.decode()
    assert "example.com" not in client.post(
        reverse("login"), {"username": "rita", "password": "wrong", "next": "https://example.com/"}
    ).content.decode()


def test_a_name_typed_as_markup_is_shown_as_text(client):
    response = fail(client, "web", "<b>rita</b>", settings.SIGN_IN_FAILURE_LIMIT)[-1]

    assert "“&lt;b&gt;rita&lt;/b&gt;”" in response.content.decode()


# --- Password changes: the other forms that check a password ---------------------------------------------

PASSWORD_PAGES = {"web": "password_change", "admin": "admin:password_change"}
NEW_PASSWORD = "harbour-lights-at-dusk-42"


def change_password(client, page, old_password):
    return client.post(reverse(PASSWORD_PAGES[page]), {
        "old_password": old_password, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD,
    })


@pytest.mark.parametrize("page", ["web", "admin"])
def test_wrong_old_passwords_at_a_browser_left_signed_in_pause_password_checks_for_that_name(client, editor, page):
    # Whoever is at a browser left signed in cannot try passwords on the password page any more than at sign-in.
    client.force_login(editor)
    refusals = [change_password(client, page, f"guess {n}") for n in range(settings.SIGN_IN_FAILURE_LIMIT)]

    assert [response.status_code for response in refusals[:-1]] == [200] * (settings.SIGN_IN_FAILURE_LIMIT - 1)
    assert refusals[-1].status_code == 429
    assert change_password(client, page, DEFAULT_PASSWORD).status_code == 429
    editor.refresh_from_db()
    assert editor.check_password(DEFAULT_PASSWORD)
    # The same pause holds at sign-in, from the same address.
    assert sign_in(Client(), page, editor.username, DEFAULT_PASSWORD).status_code == 429


def test_wrong_passwords_at_sign_in_pause_the_password_page_too(client, reporter):
    fail(Client(), "web", reporter.username, settings.SIGN_IN_FAILURE_LIMIT)
    client.force_login(reporter)

    assert change_password(client, "web", DEFAULT_PASSWORD).status_code == 429
    reporter.refresh_from_db()
    assert reporter.check_password(DEFAULT_PASSWORD)


def test_the_paused_password_page_says_the_password_is_unchanged_and_for_how_long(client, reporter):
    client.force_login(reporter)
    response = [change_password(client, "web", "guess") for _ in range(settings.SIGN_IN_FAILURE_LIMIT)][-1]

    html = response.content.decode()
    assert "<title>Error: Password change paused · Newsroom</title>" in html
    summary = error_summary(html)
    assert "Your password has not been changed: password checks for “rita” are paused for 15 minutes" in summary
    assert takes_the_focus_on_opening(html, "form-error-summary")


def test_the_admins_paused_password_page_keeps_the_admins_frame(client, editor):
    client.force_login(editor)
    response = [change_password(client, "admin", "guess") for _ in range(settings.SIGN_IN_FAILURE_LIMIT)][-1]

    html = response.content.decode()
    assert "<title>Error: Password change paused | Newsroom</title>" in html
    assert 'role="alert"' in html and "password checks for “edna” are paused for 15 minutes" in " ".join(html.split())
    assert reverse("admin:logout") in html  # still signed in, with the admin's own links


@pytest.mark.parametrize("page", ["web", "admin"])
def test_the_right_old_password_still_changes_it(client, editor, page):
    client.force_login(editor)

    response = change_password(client, page, DEFAULT_PASSWORD)

    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD)


def test_no_password_typed_is_kept_with_the_record_of_a_failure(client, reporter):
    client.force_login(reporter)
    change_password(client, "web", "my-old-guess")
    fail(Client(), "web", reporter.username, 1)

    for attempt in AccessAttempt.objects.all():
        for secret in ["my-old-guess", NEW_PASSWORD, "not the password"]:
            assert secret not in attempt.post_data


# --- The list of failed sign-ins in the admin ------------------------------------------------------------

FAILED_SIGN_INS = "admin:axes_accessattempt_changelist"


def paused(username="rita", address="203.0.113.66"):
    fail(Client(REMOTE_ADDR=address), "web", username, settings.SIGN_IN_FAILURE_LIMIT)
    return AccessAttempt.objects.get(username=username)


def test_an_editor_sees_who_is_paused_from_where_and_until_when(client, editor, reporter):
    attempt = paused()
    client.force_login(editor)

    index = client.get(reverse("admin:index")).content.decode()
    page = client.get(reverse(FAILED_SIGN_INS))

    assert reverse(FAILED_SIGN_INS) in index and "Sign-in limit" in index
    html = page.content.decode()
    assert page.status_code == 200
    assert "rita" in html and "203.0.113.66" in html
    ends = attempt.attempt_time + timedelta(minutes=settings.SIGN_IN_COOL_OFF_MINUTES)
    assert f"paused until {as_recorded(ends)}" in html


def test_an_editor_ends_a_pause_by_clearing_its_failures(client, editor, reporter):
    attempt = paused()
    client.force_login(editor)

    confirm = client.post(reverse(FAILED_SIGN_INS), {"action": "delete_selected", "_selected_action": [attempt.pk]})
    assert confirm.status_code == 200 and "Are you sure" in confirm.content.decode()
    done = client.post(
        reverse(FAILED_SIGN_INS), {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"}
    )

    assert done.status_code == 302
    assert not AccessAttempt.objects.exists()
    owner = Client(REMOTE_ADDR="203.0.113.66")
    assert sign_in(owner, "web", "rita", DEFAULT_PASSWORD).status_code == 302


def test_a_superuser_sees_and_clears_them_too(client, reporter, django_user_model):
    attempt = paused()
    client.force_login(django_user_model.objects.create_superuser("boss", "boss@newsroom.test", "x"))

    assert client.get(reverse(FAILED_SIGN_INS)).status_code == 200
    assert client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}).status_code == 302
    assert not AccessAttempt.objects.exists()


@pytest.mark.parametrize(
    "person",
    [
        pytest.param({"role": "Fact-checker", "is_staff": True}, id="fact-checker with staff status"),
        pytest.param({"role": "Reporter", "is_staff": True}, id="reporter with staff status"),
        pytest.param({"is_staff": True}, id="staff with no role"),
    ],
)
def test_other_staff_neither_see_nor_open_the_list(client, reporter, person):
    attempt = paused()
    client.force_login(UserFactory(username="someone", **person))

    assert reverse(FAILED_SIGN_INS) not in client.get(reverse("admin:index")).content.decode()
    assert client.get(reverse(FAILED_SIGN_INS)).status_code == 403
    assert client.get(reverse("admin:axes_accessattempt_change", args=[attempt.pk])).status_code == 403
    assert client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}).status_code == 403
    assert AccessAttempt.objects.exists()


def test_an_editor_without_staff_status_is_sent_to_sign_in(client, reporter):
    paused()
    client.force_login(UserFactory(username="ed", role="Editor"))

    response = client.get(reverse(FAILED_SIGN_INS))

    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


def test_seeing_the_list_is_not_clearing_it(client, reporter):
    attempt = paused()
    viewer = UserFactory(username="auditor", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(content_type__app_label="axes", codename="view_accessattempt"))
    client.force_login(viewer)

    page = client.get(reverse(FAILED_SIGN_INS))
    assert page.status_code == 200 and "delete_selected" not in page.content.decode()
    client.post(reverse(FAILED_SIGN_INS), {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"})
    assert client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}).status_code == 403

    assert AccessAttempt.objects.exists()
    with pytest.raises(PermissionDenied):
        services.sign_in_failures_clear(attempts=AccessAttempt.objects.all(), user=viewer)


def test_nobody_edits_or_adds_failed_sign_ins_by_hand(client, editor, reporter):
    attempt = paused()
    client.force_login(editor)

    assert client.get(reverse("admin:axes_accessattempt_add")).status_code == 403
    client.post(reverse("admin:axes_accessattempt_change", args=[attempt.pk]), {"failures_since_start": 0})
    attempt.refresh_from_db()
    assert attempt.failures_since_start == settings.SIGN_IN_FAILURE_LIMIT


def test_the_list_says_when_failures_no_longer_count(client, editor, reporter):
    client.force_login(editor)
    fail(Client(), "web", "oscar", 2)
    paused()
    # Each sign-in clears failures that no longer count; until the next one, they are listed.
    AccessAttempt.objects.filter(username="rita").update(
        attempt_time=F("attempt_time") - timedelta(minutes=settings.SIGN_IN_COOL_OFF_MINUTES, seconds=1)
    )

    html = client.get(reverse(FAILED_SIGN_INS)).content.decode()

    assert "open: these failures no longer count" in html
    assert f"open: paused after {settings.SIGN_IN_FAILURE_LIMIT - 2} more wrong passwords" in html
