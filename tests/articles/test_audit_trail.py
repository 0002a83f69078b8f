"""What a standards editor reads back, after a complaint, about how a story went out: every step,
every save and every time, stated so that it cannot be misread."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from tests.factories import move_to

pytestmark = pytest.mark.django_db

NEW_YORK = "America/New_York"


def _zone_name(moment) -> str:
    return timezone.localtime(moment).tzname()


@override_settings(TIME_ZONE=NEW_YORK)
def test_article_history_says_which_time_zone_its_times_are_in(client, editor, draft):
    """A time with no zone is ambiguous by hours to anyone outside the newsroom (a lawyer, a reader
    abroad, a colleague in another bureau): the history names the zone beside each time."""
    move_to(draft, "submitted", editor=editor)
    client.force_login(editor)
    html = client.get(draft.get_absolute_url()).content.decode()
    submitted = draft.events.get(action="submit")
    local = timezone.localtime(submitted.created_at)
    assert f"{local:%H:%M} {_zone_name(submitted.created_at)}" in html


@override_settings(TIME_ZONE=NEW_YORK)
def test_revision_history_says_which_time_zone_its_times_are_in(client, editor, draft):
    client.force_login(editor)
    html = client.get(reverse("articles:revisions", args=[draft.pk])).content.decode()
    first = draft.revisions.get(number=1)
    assert f"{timezone.localtime(first.created_at):%H:%M} {_zone_name(first.created_at)}" in html


@override_settings(TIME_ZONE=NEW_YORK)
def test_admin_times_say_which_time_zone_they_are_in(client, editor, draft):
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_change", args=[draft.pk])).content.decode()
    created = draft.events.get(action="create").created_at
    assert f"{timezone.localtime(created):%H:%M} {_zone_name(created)}" in html

