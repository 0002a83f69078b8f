"""The editorial workflow: every transition, allowed and refused, for every role.

The expected matrix below is written out by hand from the newsroom's rules, independently of
articles/workflow.py, so that a change to the table that breaks a rule fails here.
"""

import subprocess
import sys
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles import services
from articles.models import Article, WorkflowEvent
from articles.workflow import TRANSITIONS, IllegalTransition, Status, step_done_label, steps_taken_from
from tests.factories import ArticleFactory, UserFactory, move_to

ALL = [s.value for s in Status]
PRE_PUBLICATION = ["draft", "submitted", "in_review", "changes_requested", "approved", "scheduled"]

# transition -> (states it may start from, roles that may take it)
EXPECTED = {
    "submit": ({"draft", "changes_requested"}, {"author"}),
    "withdraw": ({"submitted"}, {"author"}),
    "start_review": ({"submitted"}, {"editor"}),
    "request_changes": ({"submitted", "in_review", "approved", "scheduled"}, {"editor"}),
    "approve": ({"submitted", "in_review"}, {"editor"}),
    "schedule": ({"approved", "scheduled"}, {"editor"}),
    "unschedule": ({"scheduled"}, {"editor"}),
    "publish": ({"approved", "scheduled"}, {"editor"}),
    "publish_scheduled": ({"scheduled"}, {"system"}),
    "return_to_review": ({"approved", "scheduled"}, {"editor", "system"}),
    "correct": ({"published", "corrected"}, {"editor"}),
    "publish_held_correction": ({"published", "corrected"}, {"system"}),
    "kill": (set(PRE_PUBLICATION), {"editor"}),
    "archive": ({"published", "corrected"}, {"editor"}),
    "unarchive": ({"archived"}, {"editor"}),
    "restore": ({"killed"}, {"editor"}),
}
ROLES = ["author", "co_author", "other_reporter", "editor", "fact_checker", "system"]
CASES = [
    (name, status, role)
    for name in EXPECTED
    for status in ALL
    for role in ROLES
    # Taken only with a correction held for the fact-check desk: tests/articles/test_correction_gate.py.
    if not (name == "publish_held_correction" and status in EXPECTED[name][0] and role in EXPECTED[name][1])
]


def test_the_table_has_exactly_the_expected_transitions():
    assert set(TRANSITIONS) == set(EXPECTED)


def test_the_steps_taken_from_the_review_queues_states_are_the_reviewers_and_the_kill():
    assert steps_taken_from([Status.SUBMITTED, Status.IN_REVIEW]) == {
        "withdraw", "start_review", "request_changes", "approve", "kill",
    }
    assert steps_taken_from(["archived"]) == {"unarchive"}


def test_every_step_has_a_name_for_when_it_is_done():
    # The admin's log says a step by this name; an empty one would be a blank line in an article's history.
    assert {name: bool(t.done_label) for name, t in TRANSITIONS.items()} == {name: True for name in EXPECTED}
    assert step_done_label("approve", Status.SUBMITTED) == "Approved"
    assert step_done_label("schedule", Status.APPROVED) == "Scheduled"
    assert step_done_label("schedule", Status.SCHEDULED) == "Rescheduled"


def test_workflow_module_imports_no_django():
    code = "import sys, articles.workflow; sys.exit(any(m.split('.')[0] == 'django' for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def _actor_for(role, article, editor, co_author):
    return {
        "author": article.author,
        "co_author": co_author,
        "other_reporter": UserFactory(role="Reporter"),
        "editor": editor,
        "fact_checker": UserFactory(role="Fact-checker"),
        "system": None,
    }[role]


def _expected_allowed(name, status, role):
    sources, roles = EXPECTED[name]
    role_for_table = "author" if role == "co_author" else role
    return status in sources and role_for_table in roles


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "status", "role"), CASES, ids=[f"{n}-from-{s}-as-{r}" for n, s, r in CASES])
def test_transition_allowed_or_refused(name, status, role, desk):
    editor = UserFactory(role="Editor", is_staff=True)
    co_author = UserFactory(role="Reporter")
    article = ArticleFactory(desk=desk, co_authors=[co_author])
    article = move_to(article, status, editor=editor)
    user = _actor_for(role, article, editor, co_author)
    events_before = WorkflowEvent.objects.filter(article=article).count()
    call = dict(
        article_id=article.pk,
        user=user,
        name=name,
        comment="Because the figures need a second source.",
        scheduled_for=timezone.now() + timedelta(hours=3),
        system=role == "system",
    )
    if _expected_allowed(name, status, role):
        result = services.article_transition(**call)
        assert result.status == TRANSITIONS[name].target.value
        event = WorkflowEvent.objects.filter(article=article).order_by("-id").first()
        assert (event.action, event.from_status, event.to_status) == (name, status, result.status)
        assert event.actor == (None if role == "system" else user)
        assert event.comment == call["comment"]
    else:
        with pytest.raises((IllegalTransition, PermissionDenied)):
            services.article_transition(**call)
        article.refresh_from_db()
        assert article.status == status
        assert WorkflowEvent.objects.filter(article=article).count() == events_before


@pytest.mark.django_db
@pytest.mark.parametrize("name", [n for n, t in TRANSITIONS.items() if t.comment_required])
def test_transitions_that_need_a_reason_refuse_an_empty_comment(name, draft, editor):
    status = sorted(EXPECTED[name][0])[0]
    article = move_to(draft, status, editor=editor)
    with pytest.raises(IllegalTransition, match="comment"):
        services.article_transition(article_id=article.pk, user=editor, name=name, comment="   ")
    article.refresh_from_db()
    assert article.status == status


@pytest.mark.django_db
def test_schedule_needs_a_future_time(draft, editor):
    article = move_to(draft, "approved", editor=editor)
    for when in [None, timezone.now() - timedelta(minutes=1)]:
        with pytest.raises(IllegalTransition):
            services.article_transition(article_id=article.pk, user=editor, name="schedule", scheduled_for=when)
    article.refresh_from_db()
    assert article.status == "approved" and article.scheduled_for is None


@pytest.mark.django_db
def test_publishing_sets_publication_time_and_clears_the_schedule(draft, editor):
    article = move_to(draft, "scheduled", editor=editor)
    assert article.scheduled_for is not None
    article = services.article_transition(article_id=article.pk, user=editor, name="publish")
    assert article.published_at is not None and article.scheduled_for is None
    assert article.is_public


@pytest.mark.django_db
def test_an_editor_without_the_publishing_permission_cannot_publish(draft, editor):
    article = move_to(draft, "approved", editor=editor)
    reviewers = Group.objects.create(name="Reviewers only")
    reviewers.permissions.add(Permission.objects.get(codename="review_article"))
    night_editor = UserFactory(is_staff=True)
    night_editor.groups.set([reviewers])
    with pytest.raises(IllegalTransition, match="permission"):
        services.article_transition(article_id=article.pk, user=night_editor, name="publish")
    # Reviewing is still theirs to do.
    services.article_transition(article_id=article.pk, user=night_editor, name="request_changes", comment="Tighten")


@pytest.mark.django_db
def test_unknown_transition_is_a_clear_error(draft, editor):
    with pytest.raises(IllegalTransition, match="no workflow step"):
        services.article_transition(article_id=draft.pk, user=editor, name="teleport")


@pytest.mark.django_db
def test_taking_for_review_assigns_the_editor_when_nobody_is_assigned(draft, editor):
    article = move_to(draft, "in_review", editor=editor)
    assert article.assigned_editor == editor


@pytest.mark.django_db
def test_publish_due_publishes_only_articles_whose_time_has_come(desk, editor):
    due = move_to(ArticleFactory(desk=desk), "scheduled", editor=editor)
    later = move_to(ArticleFactory(desk=desk), "scheduled", editor=editor)
    Article.objects.filter(pk=due.pk).update(scheduled_for=timezone.now() - timedelta(seconds=1))
    assert services.article_publish_due() == [due.pk]
    due.refresh_from_db()
    later.refresh_from_db()
    assert due.status == "published" and later.status == "scheduled"
    assert due.events.filter(action="publish_scheduled", actor=None).exists()


def test_the_address_follows_the_headline_until_publication(reporter, editor, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Plant to cut 20,000 jobs", body="Text.")
    ArticleFactory(author=reporter, desk=desk, headline="Plant to cut 2,000 jobs", body="Other.")
    assert article.slug == "plant-to-cut-20000-jobs"

    article, _ = services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=article.version,
        headline="Plant to cut 2,000 jobs", standfirst="", body="Text.",
    )

    assert article.slug == "plant-to-cut-2000-jobs-2"  # the other story keeps its address
    assert move_to(article, "published", editor=editor).slug == "plant-to-cut-2000-jobs-2"


def test_two_drafts_given_one_address_at_once_both_save(reporter, desk, monkeypatch):
    first = ArticleFactory(author=reporter, desk=desk, headline="Plant to cut jobs", body="Text.")
    # Both found the address free: the second to save finds it taken when it writes.
    monkeypatch.setattr(services, "_unique_slug", lambda headline, **kwargs: first.slug)

    second = ArticleFactory(author=reporter, desk=desk, headline="Plant to cut jobs", body="Other.")
    third = ArticleFactory(author=reporter, desk=desk, headline="A different story", body="More.")
    third, _ = services.article_save_copy(
        article_id=third.pk, user=reporter, base_version=third.version,
        headline="Plant to cut jobs", standfirst="", body="More.",
    )

    slugs = [Article.objects.get(pk=a.pk).slug for a in (first, second, third)]
    assert slugs[0] == "plant-to-cut-jobs" and len(set(slugs)) == 3
    assert all(slug.startswith("plant-to-cut-jobs-") for slug in slugs[1:])
