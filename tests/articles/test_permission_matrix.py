"""Roles against editorial actions, through forged POSTs to the web views and the admin.

Every case forges the request a user could send by hand, whether or not a button is shown to them,
and then looks at the database: did the action take effect? The expected authorisation is written
out here from the newsroom's rules. The suite fails on any unauthorised success and on any
authorised action that did not go through.
"""

from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, Revision, WorkflowEvent
from tests.admin_forms import article_change_form_data
from tests.factories import ArticleFactory, DeskFactory, UserFactory, move_to

ROLES = ["anonymous", "author", "co_author", "other_reporter", "fact_checker", "staff_reporter", "editor"]
STATES = [
    "draft", "submitted", "in_review", "changes_requested", "approved", "scheduled", "published", "killed", "archived"
]
PRE_PUBLICATION = {"draft", "submitted", "in_review", "changes_requested", "approved", "scheduled"}

# Who may take which workflow step, and from where: the newsroom's rules, written independently of the code.
STEP_RULES = {
    "submit": ({"draft", "changes_requested"}, {"author", "co_author"}),
    "withdraw": ({"submitted"}, {"author", "co_author"}),
    "start_review": ({"submitted"}, {"editor"}),
    "request_changes": ({"submitted", "in_review", "approved", "scheduled"}, {"editor"}),
    "approve": ({"submitted", "in_review"}, {"editor"}),
    "schedule": ({"approved", "scheduled"}, {"editor"}),  # a scheduled article takes a new time
    "unschedule": ({"scheduled"}, {"editor"}),
    "publish": ({"approved", "scheduled"}, {"editor"}),
    "publish_scheduled": (set(), set()),  # the scheduler's alone; no person, no route
    "return_to_review": ({"approved", "scheduled"}, {"editor"}),
    "correct": ({"published", "corrected"}, {"editor"}),
    "kill": (PRE_PUBLICATION, {"editor"}),
    "archive": ({"published", "corrected"}, {"editor"}),
    "unarchive": ({"archived"}, {"editor"}),
    "restore": ({"killed"}, {"editor"}),
}
ADMIN_ACTIONS = {
    # admin action -> (workflow step it takes, or None for assignment; extra POST fields)
    "assign_to_me": (None, {}),
    "start_review": ("start_review", {}),
    "request_changes": ("request_changes", {"apply": "1", "comment": "Source the second figure."}),
    "approve": ("approve", {}),
    "schedule": ("schedule", {"apply": "1"}),
    "publish": ("publish", {}),
    "kill": ("kill", {"apply": "1", "comment": "Legal advice."}),
    "correct": ("correct", {"apply": "1", "comment": "An earlier version gave the wrong year."}),
    "unschedule": ("unschedule", {}),
    "restore": ("restore", {}),
    "archive": ("archive", {"apply": "1", "comment": "Legal complaint upheld."}),
    "unarchive": ("unarchive", {"apply": "1", "comment": "The complaint was withdrawn."}),
}


def may_edit(role, state):
    if role in {"author", "co_author"}:
        return state in {"draft", "changes_requested"}
    return role == "editor" and state in PRE_PUBLICATION


def may_step(role, state, step):
    states, roles = STEP_RULES[step]
    return state in states and role in roles


def may_admin_action(role, state, action):
    step, _ = ADMIN_ACTIONS[action]
    if role != "editor":
        return False
    return True if step is None else may_step(role, state, step)


CASES = (
    [("web", "create", role, "draft") for role in ROLES]
    + [("web", "edit", role, state) for role in ROLES for state in STATES]
    + [("web", "restore_revision", role, state) for role in ROLES for state in STATES]
    + [("web", "correct_text", role, state) for role in ROLES for state in STATES]
    + [("web", f"step:{step}", role, state) for step in STEP_RULES for role in ROLES for state in STATES]
    + [("admin", "change", role, state) for role in ROLES for state in STATES]
    + [("admin", f"action:{action}", role, state) for action in ADMIN_ACTIONS for role in ROLES for state in STATES]
)


def expected(route, action, role, state):
    if action == "create":
        return role in {"author", "co_author", "other_reporter", "staff_reporter"}
    if action == "correct_text":
        return may_step(role, state, "correct")  # the correction page is the "correct" step with a text
    if action in ("edit", "restore_revision"):
        return may_edit(role, state)  # restoring an earlier text is an edit of the copy
    if action.startswith("step:"):
        return may_step(role, state, action.split(":", 1)[1])
    if action == "change":
        return role == "editor" and state in PRE_PUBLICATION
    return may_admin_action(role, state, action.split(":", 1)[1])


@pytest.fixture
def cast(db):
    desk = DeskFactory(name="Metro", slug="metro")
    author = UserFactory(username="author", role="Reporter")
    people = {
        "anonymous": None,
        "author": author,
        "co_author": UserFactory(username="coauthor", role="Reporter"),
        "other_reporter": UserFactory(username="other", role="Reporter"),
        "fact_checker": UserFactory(username="checker", role="Fact-checker", is_staff=True),
        "staff_reporter": UserFactory(username="staffreporter", role="Reporter", is_staff=True),
        "editor": UserFactory(username="editor", role="Editor", is_staff=True),
    }
    return desk, people


def _snapshot(article):
    article.refresh_from_db()
    return (
        article.status,
        article.version,
        article.assigned_editor_id,
        WorkflowEvent.objects.filter(article=article).count(),
        Revision.objects.filter(article=article).count(),
    )


def _admin_form_scaffolding(article, editor):
    """The change form as an editor's browser holds it: a forger can read these fields off any change
    form, and a valid POST leaves only the permission checks between it and the database."""
    scout = Client()
    scout.force_login(editor)
    return article_change_form_data(scout, article)


def _forge(client, route, action, article, desk, editor):
    future = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    copy = {
        "headline": "Forged headline",
        "standfirst": "Forged standfirst",
        "body": "Forged body with 99 forged figures.",
        "note": "forged",
        "status": "published",  # never honoured anywhere
    }
    # The draft forms refuse a status outright (tests/articles/test_bad_input.py); without one, the
    # forged copy is otherwise valid, so that only the permission checks stand in its way.
    draft_copy = {name: value for name, value in copy.items() if name != "status"}
    if route == "web" and action == "create":
        return client.post(reverse("articles:create"), {**draft_copy, "desk": desk.pk})
    if route == "web" and action == "edit":
        # The co-authors as the form shows them: a co-author does not take themselves off the byline.
        byline = [str(pk) for pk in article.co_authors.values_list("pk", flat=True)]
        return client.post(
            reverse("articles:edit", args=[article.pk]),
            {**draft_copy, "co_authors": byline, "base_version": article.version},
        )
    if route == "web" and action == "correct_text":
        return client.post(reverse("articles:correct", args=[article.pk]), {**copy, "base_version": article.version})
    if route == "web" and action == "restore_revision":
        return client.post(reverse("articles:revision_restore", args=[article.pk, 1]), {"base_version": article.version})
    if route == "web":
        step = action.split(":", 1)[1]
        return client.post(
            reverse("articles:transition", args=[article.pk, step]),
            {"comment": "Forged reason.", "scheduled_for": future},
        )
    if action == "change":
        return client.post(
            reverse("admin:articles_article_change", args=[article.pk]),
            {**_admin_form_scaffolding(article, editor), **copy, "base_version": article.version},
        )
    name = action.split(":", 1)[1]
    extra = dict(ADMIN_ACTIONS[name][1])
    if name == "schedule":
        extra["scheduled_for"] = future
    return client.post(
        reverse("admin:articles_article_changelist"),
        {"action": name, ACTION_CHECKBOX_NAME: [str(article.pk)], "index": "0", **extra},
    )


@pytest.mark.parametrize(
    ("route", "action", "role", "state"),
    CASES,
    ids=[f"{len(CASES)}cases-{r}-{a}-as-{who}-on-{s}" for r, a, who, s in CASES],
)
def test_forged_request_succeeds_only_when_authorised(route, action, role, state, cast, client):
    desk, people = cast
    article = ArticleFactory(author=people["author"], desk=desk, co_authors=[people["co_author"]])
    if action == "restore_revision":
        # A second text, so that restoring the first changes something.
        article, _ = services.article_save_copy(
            article_id=article.pk, user=people["author"], base_version=article.version,
            headline=article.headline, standfirst=article.standfirst, body="A second version of the body.",
        )
    article = move_to(article, state, editor=people["editor"])
    if people[role] is not None:
        client.force_login(people[role])
    before = _snapshot(article)
    articles_before = Article.objects.count()

    response = _forge(client, route, action, article, desk, people["editor"])

    assert response.status_code < 500
    if action == "create":
        took_effect = Article.objects.count() > articles_before
    else:
        took_effect = _snapshot(article) != before
    authorised = expected(route, action, role, state)
    if not authorised:
        assert not took_effect, f"unauthorised success: {role} {route} {action} on {state}"
    else:
        assert took_effect, f"authorised {role} could not {route} {action} on {state}"
