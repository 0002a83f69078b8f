"""What a standards editor reads back, after a complaint, about how a story went out: every step,
every save and every time, stated so that it cannot be misread."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import WorkflowEvent
from tests.factories import UserFactory, move_to

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


def test_a_schedule_step_keeps_the_time_it_set_after_the_article_is_unscheduled(client, editor, draft):
    """The article's own publication time is cleared when it leaves the schedule, so the step that
    set it is the only record of when the desk meant the story to go out."""
    move_to(draft, "approved", editor=editor)
    planned = (timezone.now() + timedelta(days=1)).replace(second=0, microsecond=0)
    services.article_transition(article_id=draft.pk, user=editor, name="schedule", scheduled_for=planned)
    services.article_transition(article_id=draft.pk, user=editor, name="unschedule")

    scheduled = WorkflowEvent.objects.get(article=draft, action="schedule")
    assert scheduled.scheduled_for == planned
    client.force_login(editor)
    html = client.get(draft.get_absolute_url()).content.decode()
    assert f"for {timezone.localtime(planned):%-d %b %Y, %H:%M}" in html


def test_admin_author_filter_still_offers_a_reporter_who_has_left(client, editor, reporter, desk):
    """A deactivated account keeps its articles; the list's author filter must still find them."""
    from tests.factories import ArticleFactory

    leaver = UserFactory(username="leaver", role="Reporter")
    ArticleFactory(author=leaver, desk=desk)
    leaver.is_active = False
    leaver.save(update_fields=["is_active"])
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert f"author__id__exact={leaver.pk}" in html
