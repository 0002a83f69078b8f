"""An embargo holds copy back until the time it lifts, by every route that publishes, with no override."""

from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, WorkflowEvent
from articles.workflow import TRANSITIONS, Status, embargo_holds_back
from newsroom.times import as_recorded
from tests.admin_forms import article_change_form_data
from tests.factories import move_to

CHANGELIST = reverse("admin:articles_article_changelist")


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def embargo(article, *, by, hours=2):
    lifts = (timezone.now() + timedelta(hours=hours)).replace(second=0, microsecond=0)
    return services.article_set_embargo(article_id=article.pk, user=by, embargo_until=lifts)


@pytest.fixture
def approved(draft, editor):
    return move_to(draft, "approved", editor=editor)


# --- The rule, in the workflow table ---------------------------------------------------------------


def test_only_the_steps_that_put_copy_in_front_of_readers_wait_for_an_embargo():
    held = {name for name, transition in TRANSITIONS.items() if transition.held_by_embargo}

    assert held == {"schedule", "publish", "publish_scheduled", "unarchive"}


def test_copy_may_go_out_at_the_moment_its_embargo_lifts_and_not_a_minute_before():
    lifts = timezone.now() + timedelta(hours=1)
    publish = TRANSITIONS["publish"]

    assert embargo_holds_back(publish, goes_out_at=lifts - timedelta(minutes=1), embargo_until=lifts)
    assert not embargo_holds_back(publish, goes_out_at=lifts, embargo_until=lifts)
    assert not embargo_holds_back(publish, goes_out_at=lifts - timedelta(days=9), embargo_until=None)
    assert not embargo_holds_back(TRANSITIONS["approve"], goes_out_at=lifts - timedelta(hours=2), embargo_until=lifts)


# --- Publishing ------------------------------------------------------------------------------------


def test_publishing_before_the_embargo_is_refused_saying_until_when(approved, editor):
    article = embargo(approved, by=editor)

    with pytest.raises(services.PublicationEmbargoed) as refusal:
        services.article_transition(article_id=article.pk, user=editor, name="publish")

    assert str(refusal.value) == (
        f"Cannot publish now: the article is embargoed until {as_recorded(article.embargo_until)}. "
        "Schedule it for that time or later."
    )
    article.refresh_from_db()
    assert article.status == Status.APPROVED and article.published_at is None
    assert not WorkflowEvent.objects.filter(article=article, action="publish").exists()


def test_the_admins_publish_action_is_refused_before_the_embargo_with_the_reason(client, approved, editor):
    article = embargo(approved, by=editor)
    client.force_login(editor)

    response = client.post(CHANGELIST, {"action": "publish", ACTION_CHECKBOX_NAME: [article.pk]}, follow=True)

    assert any("embargoed until" in message for message in messages_of(response))
    assert Article.objects.get(pk=article.pk).status == Status.APPROVED


def test_publishing_from_the_article_page_before_the_embargo_is_refused_there(client, approved, editor):
    article = embargo(approved, by=editor)
    client.force_login(editor)

    response = client.post(reverse("articles:transition", args=[article.pk, "publish"]), {"comment": ""})

    assert response.status_code == 400
    assert "Publish now: not done." in response.content.decode()
    assert "embargoed until" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == Status.APPROVED


def test_once_the_embargo_has_lifted_the_copy_is_published(approved, editor, monkeypatch):
    article = embargo(approved, by=editor, hours=1)
    later = article.embargo_until + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    article = services.article_transition(article_id=article.pk, user=editor, name="publish")

    assert article.status == Status.PUBLISHED and article.published_at == later


# --- Scheduling and the scheduled-publication task -------------------------------------------------


def test_scheduling_before_the_embargo_is_refused(approved, editor):
    article = embargo(approved, by=editor, hours=3)

    with pytest.raises(services.PublicationEmbargoed, match="Choose that time or later"):
        services.article_transition(
            article_id=article.pk, user=editor, name="schedule", scheduled_for=article.embargo_until - timedelta(hours=1)
        )

    assert Article.objects.get(pk=article.pk).status == Status.APPROVED


def test_scheduling_at_the_embargo_works_and_the_task_publishes_it_then(approved, editor, monkeypatch):
    article = embargo(approved, by=editor, hours=1)
    lifts = article.embargo_until

    article = services.article_transition(article_id=article.pk, user=editor, name="schedule", scheduled_for=lifts)
    assert article.status == Status.SCHEDULED and article.scheduled_for == lifts

    monkeypatch.setattr(timezone, "now", lambda: lifts + timedelta(seconds=30))
    assert services.article_publish_due() == [article.pk]
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.published_at >= lifts


def test_the_scheduled_publication_task_itself_holds_copy_until_the_embargo(approved, editor):
    # Scheduling refuses a time before the embargo, so this asks the task to run as if its time had come
    # while the clock says the embargo still holds.
    article = embargo(approved, by=editor, hours=1)
    services.article_transition(article_id=article.pk, user=editor, name="schedule", scheduled_for=article.embargo_until)

    assert services.article_publish_due(now=article.embargo_until + timedelta(minutes=1)) == []

    article.refresh_from_db()
    assert article.status == Status.SCHEDULED and article.published_at is None
    blocked = WorkflowEvent.objects.get(article=article, action="publish_blocked")
    assert "embargoed until" in blocked.comment


def test_the_database_keeps_copy_from_a_schedule_or_a_publication_before_its_embargo(approved, editor):
    article = embargo(approved, by=editor, hours=1)
    services.article_transition(article_id=article.pk, user=editor, name="schedule", scheduled_for=article.embargo_until)

    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(scheduled_for=article.embargo_until - timedelta(minutes=5))
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(status=Status.PUBLISHED, published_at=timezone.now())


# --- Setting and clearing ---------------------------------------------------------------------------


def test_setting_and_clearing_an_embargo_is_recorded_with_who_and_until_when(draft, editor):
    article = embargo(draft, by=editor)
    lifts = article.embargo_until

    services.article_set_embargo(article_id=article.pk, user=editor, embargo_until=None)

    article.refresh_from_db()
    assert article.embargo_until is None
    events = list(WorkflowEvent.objects.filter(article=article, action__in=["set_embargo", "clear_embargo"]).order_by("id"))
    assert [(e.action, e.actor) for e in events] == [("set_embargo", editor), ("clear_embargo", editor)]
    assert events[0].comment == f"Embargoed until {as_recorded(lifts)}."
    assert events[1].comment == f"Embargo cleared (it was until {as_recorded(lifts)})."


def test_an_embargo_that_has_already_passed_is_refused(draft, editor):
    with pytest.raises(ValidationError, match="already passed"):
        services.article_set_embargo(
            article_id=draft.pk, user=editor, embargo_until=timezone.now() - timedelta(minutes=1)
        )


def test_an_embargo_later_than_the_articles_scheduled_time_is_refused_until_it_is_unscheduled(draft, editor):
    article = move_to(draft, "scheduled", editor=editor)  # two hours ahead

    with pytest.raises(ValidationError, match="unschedule it first"):
        embargo(article, by=editor, hours=5)

    assert Article.objects.get(pk=article.pk).embargo_until is None


def test_only_an_editor_who_may_publish_sets_an_embargo_and_only_before_publication(draft, reporter, editor):
    with pytest.raises(PermissionDenied, match="Only editors"):
        embargo(draft, by=reporter)
    published = move_to(draft, "published", editor=editor)
    with pytest.raises(PermissionDenied, match="can no longer be changed"):
        embargo(published, by=editor)


# --- The admin and the reporter's page --------------------------------------------------------------


def test_an_editor_sets_and_clears_the_embargo_on_the_admins_change_form(client, draft, editor, settings):
    settings.TIME_ZONE = "Europe/London"
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[draft.pk])
    tomorrow = timezone.localtime(timezone.now() + timedelta(days=1))

    response = client.post(
        url,
        article_change_form_data(
            client, draft, embargo_until_0=tomorrow.strftime("%Y-%m-%d"), embargo_until_1="09:30:00"
        ),
    )

    assert response.status_code == 302
    draft.refresh_from_db()
    assert timezone.localtime(draft.embargo_until).strftime("%H:%M") == "09:30"
    page = client.get(url).content.decode()
    assert "Embargoed until" in page and "Europe/London" in page

    response = client.post(url, article_change_form_data(client, draft, embargo_until_0="", embargo_until_1=""))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.embargo_until is None
    assert WorkflowEvent.objects.filter(article=draft, action="clear_embargo", actor=editor).exists()


def test_a_refused_embargo_comes_back_on_the_admins_form_beside_its_box(client, draft, editor):
    client.force_login(editor)
    yesterday = timezone.localtime(timezone.now() - timedelta(days=1))

    response = client.post(
        reverse("admin:articles_article_change", args=[draft.pk]),
        article_change_form_data(
            client, draft, headline="A new headline", embargo_until_0=yesterday.strftime("%Y-%m-%d"),
            embargo_until_1="09:30:00",
        ),
    )

    assert response.status_code == 200
    assert "already passed" in str(response.context["adminform"].form.errors["embargo_until"])
    draft.refresh_from_db()
    assert draft.embargo_until is None and draft.headline != "A new headline"


def test_the_admin_page_of_published_copy_shows_the_embargo_it_was_held_to(client, approved, editor, monkeypatch):
    article = embargo(approved, by=editor, hours=1)
    lifts = article.embargo_until
    with monkeypatch.context() as later:
        later.setattr(timezone, "now", lambda: lifts + timedelta(minutes=1))
        services.article_transition(article_id=article.pk, user=editor, name="publish")
    client.force_login(editor)

    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()

    assert "Embargoed until" in page and as_recorded(lifts) in page


def test_the_reporter_sees_the_embargo_on_the_articles_page(client, draft, reporter, editor):
    article = embargo(draft, by=editor)
    client.force_login(reporter)

    page = client.get(article.get_absolute_url()).content.decode()

    assert "Embargoed until" in page
    assert f"{as_recorded(article.embargo_until)}: not to be published before then" in page
    assert f"Embargoed until {as_recorded(article.embargo_until)}." in page  # the record, in the history
