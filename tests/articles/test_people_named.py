"""An article's history, its pages and the messages about it name people as colleagues know them: by
their full name, by their sign-in name only when they have none, and "system" for a step nobody took."""

import html
import re

import pytest
from django.urls import reverse

from articles import services
from articles.models import WorkflowEvent
from tests.factories import UserFactory, move_to

pytestmark = pytest.mark.django_db


# The conftest's reporter and editor, with names a test can spell out.
@pytest.fixture
def reporter(db):
    return UserFactory(username="rita", first_name="Rita", last_name="Reyes", role="Reporter")


@pytest.fixture
def editor(db):
    return UserFactory(username="alice", first_name="Alice", last_name="Smith", role="Editor", is_staff=True)


@pytest.fixture
def nameless_editor(db):
    return UserFactory(username="deskhand", first_name="", last_name="", role="Editor", is_staff=True)


def page_text(response) -> str:
    """The page's words as a reader sees them: without tags, entities or line breaks."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def history_of(client, article) -> str:
    page = page_text(client.get(article.get_absolute_url()))
    return page.split("History", 1)[1]


def test_the_article_page_history_names_who_took_each_step_by_full_name(client, reporter, editor, draft):
    move_to(draft, "in_review", editor=editor)
    client.force_login(reporter)

    history = history_of(client, draft)

    assert "Alice Smith · Take for review" in history
    assert "Rita Reyes · Submit" in history
    assert "alice ·" not in history and "rita ·" not in history


def test_someone_with_no_full_name_is_named_in_the_history_by_their_sign_in_name(
    client, reporter, nameless_editor, draft
):
    move_to(draft, "in_review", editor=nameless_editor)
    client.force_login(reporter)

    assert "deskhand · Take for review" in history_of(client, draft)


def test_a_step_nobody_took_is_the_systems(draft):
    event = WorkflowEvent(article=draft, action="publish", from_status="scheduled", to_status="published")

    assert event.actor_display == "system"


def test_the_already_done_notice_names_the_colleague_who_took_the_step(client, reporter, editor, draft):
    submitted = move_to(draft, "submitted", editor=editor)
    services.article_transition(article_id=submitted.pk, user=editor, name="start_review")
    colleague = UserFactory(username="ed2", first_name="Omar", last_name="Baig", role="Editor", is_staff=True)
    client.force_login(colleague)

    response = client.post(reverse("articles:transition", args=[draft.pk, "start_review"]), follow=True)

    [told] = response.context["messages"]
    assert "“Take for review” was already done by Alice Smith at" in str(told)
