"""A scheduled article takes a new time: the schedule step again, with its checks, recorded in the
history, and said with the time it now goes out at, by every route. The same time sent again changes
nothing, and says so with that time."""

from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import WorkflowEvent
from articles.workflow import IllegalTransition, Status
from newsroom.times import as_recorded
from tests.factories import UserFactory, move_to

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


def in_hours(hours):
    # As a form sends it: to the minute.
    return (timezone.now() + timedelta(hours=hours)).replace(second=0, microsecond=0)


def as_typed(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def messages_of(response):
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def scheduled(draft, editor):
    approved = move_to(draft, "approved", editor=editor)
    return services.article_transition(
        article_id=approved.pk, user=editor, name="schedule", scheduled_for=in_hours(2)
    )


def schedules_of(article):
    return list(WorkflowEvent.objects.filter(article=article, action="schedule").order_by("id"))


# --- The service ------------------------------------------------------------------------------------


def test_a_scheduled_article_takes_a_new_time_recorded_in_its_history(scheduled, editor):
    first = scheduled.scheduled_for
    later = in_hours(5)

    article = services.article_transition(article_id=scheduled.pk, user=editor, name="schedule", scheduled_for=later)

    assert article.status == Status.SCHEDULED and article.scheduled_for == later
    _, rescheduled = schedules_of(article)
    assert (rescheduled.from_status, rescheduled.to_status) == ("scheduled", "scheduled")
    assert rescheduled.scheduled_for == later and rescheduled.actor == editor
    assert first != later


def test_the_same_time_again_changes_nothing_and_records_nothing(scheduled, editor):
    with pytest.raises(services.AlreadyScheduled) as repeat:
        services.article_transition(
            article_id=scheduled.pk, user=editor, name="schedule", scheduled_for=scheduled.scheduled_for
        )

    assert len(schedules_of(scheduled)) == 1
    notice = repeat.value.notice(editor)
    assert not notice.by_someone_else
    assert f"now scheduled for {as_recorded(scheduled.scheduled_for)}" in notice.text


def test_a_new_time_must_still_be_in_the_future_and_after_the_embargo(scheduled, editor):
    with pytest.raises(IllegalTransition, match="must be in the future"):
        services.article_transition(
            article_id=scheduled.pk, user=editor, name="schedule", scheduled_for=timezone.now() - timedelta(minutes=5)
        )
    services.article_set_embargo(article_id=scheduled.pk, user=editor, embargo_until=scheduled.scheduled_for)
    with pytest.raises(services.PublicationEmbargoed):
        services.article_transition(article_id=scheduled.pk, user=editor, name="schedule", scheduled_for=in_hours(1))

    scheduled.refresh_from_db()
    assert len(schedules_of(scheduled)) == 1 and scheduled.scheduled_for == in_hours(2)


# --- The article's web page -------------------------------------------------------------------------


def test_the_page_offers_a_new_time_starting_from_the_one_set(client, scheduled, editor):
    client.force_login(editor)

    page = client.get(scheduled.get_absolute_url()).content.decode()

    assert f'value="{as_typed(scheduled.scheduled_for)}"' in page
    assert "a new time replaces it" in page and ">Reschedule</button>" in page


def test_rescheduling_on_the_page_says_the_new_time_and_the_one_it_replaced(client, scheduled, editor):
    client.force_login(editor)
    later = in_hours(7)

    response = client.post(
        reverse("articles:transition", args=[scheduled.pk, "schedule"]), {"scheduled_for": as_typed(later)}, follow=True
    )

    scheduled.refresh_from_db()
    assert scheduled.scheduled_for == later
    [(level, text)] = [(m.level_tag, str(m)) for m in response.context["messages"]]
    assert level == "success"
    assert text == f"Rescheduled: the article now goes out at {as_recorded(later)}, not {as_recorded(in_hours(2))}."
    assert "Reschedule</strong>" in response.content.decode()  # its line in the history


def test_a_first_schedule_on_the_page_says_when_the_article_goes_out(client, draft, editor):
    approved = move_to(draft, "approved", editor=editor)
    client.force_login(editor)
    when = in_hours(3)

    response = client.post(
        reverse("articles:transition", args=[approved.pk, "schedule"]), {"scheduled_for": as_typed(when)}, follow=True
    )

    [message] = response.context["messages"]
    assert str(message) == f"Scheduled: the article goes out at {as_recorded(when)}."


def test_the_same_schedule_sent_again_from_the_page_says_it_is_done_and_when(client, scheduled, editor):
    client.force_login(editor)

    response = client.post(
        reverse("articles:transition", args=[scheduled.pk, "schedule"]),
        {"scheduled_for": as_typed(scheduled.scheduled_for)},
        follow=True,
    )

    [message] = response.context["messages"]
    assert message.level_tag == "info"
    assert str(message).startswith("“Schedule” was already done: you did it at")
    assert str(message).endswith(f"and the article is now scheduled for {as_recorded(scheduled.scheduled_for)}.")
    assert len(schedules_of(scheduled)) == 1


def test_a_colleagues_identical_schedule_is_a_warning_naming_them_and_the_time(client, scheduled, editor):
    colleague = UserFactory(username="ed2", role="Editor", is_staff=True)
    client.force_login(colleague)

    response = client.post(
        reverse("articles:transition", args=[scheduled.pk, "schedule"]),
        {"scheduled_for": as_typed(scheduled.scheduled_for)},
        follow=True,
    )

    [message] = response.context["messages"]
    assert message.level_tag == "warning"
    assert f"already done by {editor.get_full_name()}" in str(message) and as_recorded(scheduled.scheduled_for) in str(message)


# --- The admin's action -----------------------------------------------------------------------------


def schedule_in_admin(client, article, when):
    return client.post(
        CHANGELIST,
        {"action": "schedule", ACTION_CHECKBOX_NAME: [article.pk], "apply": "1", "scheduled_for": as_typed(when)},
    )


def test_the_admins_schedule_action_gives_a_scheduled_article_the_new_time_and_says_it(client, scheduled, editor):
    client.force_login(editor)
    later = in_hours(9)

    told = messages_of(schedule_in_admin(client, scheduled, later))

    scheduled.refresh_from_db()
    assert scheduled.scheduled_for == later
    assert told == [("success", f"Schedule: done for 1 article: it goes out at {as_recorded(later)}.")]


def test_the_admins_schedule_action_sent_again_with_the_same_time_states_that_time(client, scheduled, editor):
    client.force_login(editor)

    [(level, text)] = messages_of(schedule_in_admin(client, scheduled, scheduled.scheduled_for))

    assert level == "info" and "“Schedule” was already done: you did it at" in text
    assert text.endswith(f"now scheduled for {as_recorded(scheduled.scheduled_for)}.")
    assert len(schedules_of(scheduled)) == 1


def test_another_step_sent_again_on_a_scheduled_article_names_the_time_it_goes_out(client, scheduled, editor):
    client.force_login(editor)

    [(level, text)] = messages_of(client.post(CHANGELIST, {"action": "approve", ACTION_CHECKBOX_NAME: [scheduled.pk]}))

    assert level == "info" and "“Approve” was already done" in text
    assert text.endswith(f"the article is now scheduled for {as_recorded(scheduled.scheduled_for)}.")


def test_a_schedule_sent_again_after_the_article_went_out_is_told_as_done(client, scheduled, editor):
    # Records that move no status (an editor assigned while it waited) do not make the schedule due again.
    colleague = UserFactory(username="ed2", role="Editor", is_staff=True)
    services.article_assign_editor(article_id=scheduled.pk, user=editor, editor=colleague)
    services.article_transition(article_id=scheduled.pk, user=editor, name="publish")
    client.force_login(editor)

    response = client.post(
        reverse("articles:transition", args=[scheduled.pk, "schedule"]), {"scheduled_for": as_typed(in_hours(4))},
        follow=True,
    )

    [message] = response.context["messages"]
    assert message.level_tag == "info" and "“Schedule” was already done" in str(message)
    assert str(message).endswith("and the article is now published.")
