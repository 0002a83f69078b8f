"""The Workflow box on an article's admin page, and the admin's log of workflow steps.

The box offers the steps this person may take on this article now; each button sends the change
list's own action for that one article, with the article's page as the way back. The tests post what
the page's own form holds (read from the rendered page), so they also check that the page sends it.
"""

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, WorkflowEvent
from factcheck import services as factcheck_services
from factcheck.models import ScanRun
from tests.admin_forms import CHANGELIST, REVIEW_QUEUE, change_url, messages_of
from tests.factories import ArticleFactory, UserFactory, move_to

class _WorkflowBox(HTMLParser):
    """The Workflow box's form: where it posts, its hidden fields and its buttons (name, value, label)."""

    def __init__(self):
        super().__init__()
        self.action = None
        self.hidden: dict[str, str] = {}
        self.buttons: list[tuple[str, str]] = []
        self.labels: dict[str, str] = {}
        self._inside = False
        self._button = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "workflow-steps" in (attrs.get("class") or "").split():
            self._inside, self.action = True, attrs.get("action")
        elif self._inside and tag == "input" and attrs.get("type") == "hidden":
            self.hidden[attrs["name"]] = attrs.get("value", "")
        elif self._inside and tag == "button":
            self._button = attrs["value"]
            self.buttons.append((attrs["name"], attrs["value"]))
            self.labels[attrs["value"]] = ""

    def handle_data(self, data):
        if self._button:
            self.labels[self._button] += data

    def handle_endtag(self, tag):
        if tag == "button":
            self._button = None
        elif tag == "form":
            self._inside = False


def workflow_box(response) -> _WorkflowBox:
    assert response.status_code == 200
    box = _WorkflowBox()
    box.feed(response.content.decode())
    return box


def steps_offered(client, article) -> list[str]:
    return [value for _, value in workflow_box(client.get(change_url(article))).buttons]


def press(client, article, step, **typed):
    """Open the article's admin page and press one of its Workflow buttons (with what an intermediate
    form then asks for in `typed`), as a browser sends it."""
    box = workflow_box(client.get(change_url(article)))
    assert ("action", step) in box.buttons, f"{step} is not offered"
    return client.post(box.action, {**box.hidden, "action": step, **typed})


def forge(client, article, step, *, next_url=None, **typed):
    """A post of `step` for one article, as the box would send it, whether or not the page offered it."""
    data = {"action": step, ACTION_CHECKBOX_NAME: [str(article.pk)], **typed}
    data["next"] = change_url(article) if next_url is None else next_url
    return client.post(CHANGELIST, data)


def log_entries(article):
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Article), object_id=str(article.pk)
    ).order_by("pk")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def other_editor(db):
    return UserFactory(username="otto", role="Editor", is_staff=True)


def _writer_and_editor(username):
    person = UserFactory(username=username, role="Reporter", is_staff=True)
    person.groups.add(Group.objects.get(name="Editor"))
    return person


# --- What the box offers ------------------------------------------------------------------------------

# Written out from the README's table of steps, for an editor who may publish and is on no byline (and
# is not the article's assigned editor, so "Assign to me" is offered throughout).
STEPS_FOR_AN_EDITOR = {
    "draft": ["assign_to_me", "kill"],
    "submitted": ["assign_to_me", "start_review", "request_changes", "approve", "kill"],
    "in_review": ["assign_to_me", "request_changes", "approve", "kill"],
    "changes_requested": ["assign_to_me", "kill"],
    "approved": ["assign_to_me", "request_changes", "schedule", "publish", "kill"],
    "scheduled": ["assign_to_me", "request_changes", "schedule", "publish", "unschedule", "kill"],
    "published": ["assign_to_me", "correct", "archive"],
    "corrected": ["assign_to_me", "correct", "archive"],
    "killed": ["assign_to_me", "restore"],
    "archived": ["assign_to_me", "unarchive"],
}


@pytest.mark.parametrize("state", list(STEPS_FOR_AN_EDITOR))
def test_the_box_offers_an_editor_exactly_the_steps_of_the_articles_state(editor_client, other_editor, draft, state):
    article = move_to(draft, state, editor=other_editor)

    assert steps_offered(editor_client, article) == STEPS_FOR_AN_EDITOR[state]


def test_the_buttons_say_what_the_change_lists_actions_say(editor_client, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    labels = workflow_box(editor_client.get(change_url(article))).labels

    assert labels == {
        "assign_to_me": "Assign to me",
        "start_review": "Take for review",
        "request_changes": "Request changes…",
        "approve": "Approve",
        "kill": "Kill…",
    }


def test_assign_to_me_is_not_offered_to_the_editor_already_assigned(editor_client, editor, draft):
    article = move_to(draft, "in_review", editor=editor)  # taking it for review assigned them
    assert article.assigned_editor == editor

    assert steps_offered(editor_client, article) == ["request_changes", "approve", "kill"]


def test_an_editor_who_may_not_publish_is_offered_no_publishing_step(client, other_editor, draft):
    junior = UserFactory(username="junior", is_staff=True)
    junior.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_article", "change_article", "review_article"])
    )
    client.force_login(junior)
    article = move_to(draft, "approved", editor=other_editor)

    assert steps_offered(client, article) == ["assign_to_me", "request_changes", "kill"]


@pytest.mark.parametrize("staff", [True, False])
def test_a_reporter_gets_no_admin_page_and_so_no_box(client, reporter, other_editor, draft, staff):
    reporter.is_staff = staff
    reporter.save(update_fields=["is_staff"])
    client.force_login(reporter)
    article = move_to(draft, "submitted", editor=other_editor)

    response = client.get(change_url(article))

    assert response.status_code == (403 if staff else 302)
    assert b"workflow-steps" not in response.content


@pytest.mark.parametrize("state", ["submitted", "in_review", "approved", "scheduled", "published", "archived"])
def test_an_editor_on_the_byline_is_offered_no_step_another_editor_must_take(client, desk, other_editor, state):
    writer, co_writer = _writer_and_editor("wren"), _writer_and_editor("cole")
    article = move_to(
        ArticleFactory(author=writer, desk=desk, co_authors=[co_writer]), state, editor=other_editor
    )
    # Off the byline, the same person would be offered review, approval and publication: written out,
    # as the editor's list above, minus what the four-eyes rule leaves to another editor (reviewing,
    # approving, scheduling, publishing, correcting, republishing) and being its assigned editor.
    mine = {
        "submitted": ["request_changes", "kill"],
        "in_review": ["request_changes", "kill"],
        "approved": ["request_changes", "kill"],
        "scheduled": ["request_changes", "unschedule", "kill"],
        "published": ["archive"],
        "archived": [],
    }[state]

    for person in (writer, co_writer):
        client.force_login(person)
        assert steps_offered(client, article) == mine
    client.force_login(other_editor)
    assert steps_offered(client, article) == [
        step for step in STEPS_FOR_AN_EDITOR[state] if step != "assign_to_me" or state != "in_review"
    ]


def test_a_page_with_no_step_open_says_so(client, desk, other_editor):
    writer = _writer_and_editor("wren")
    article = move_to(ArticleFactory(author=writer, desk=desk), "archived", editor=other_editor)
    client.force_login(writer)

    html = client.get(change_url(article)).content.decode()

    assert "No workflow step on this article is yours to take now." in html
    assert "another editor must republish this story" in html


def test_the_box_is_its_own_form_beside_the_change_form_and_says_a_step_saves_nothing_typed(editor_client, draft):
    html = editor_client.get(change_url(draft)).content.decode()

    box_at, change_form_at = html.index('class="module workflow-steps"'), html.index('id="article_form"')
    assert box_at < change_form_at  # above the change form, not inside it: forms do not nest
    assert "A step does not save what is typed in the form below" in html


def test_the_review_queues_page_of_an_article_sends_its_steps_to_the_article_list(editor_client, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    box = workflow_box(editor_client.get(reverse("admin:articles_reviewqueuearticle_change", args=[article.pk])))

    assert box.action == CHANGELIST
    assert box.hidden == {"csrfmiddlewaretoken": box.hidden["csrfmiddlewaretoken"], ACTION_CHECKBOX_NAME: str(article.pk),
                          "next": change_url(article)}


# --- Taking a step from the box -----------------------------------------------------------------------


def test_pressing_approve_takes_the_step_and_comes_back_to_the_page(editor_client, editor, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    response = press(editor_client, article, "approve")

    assert response.status_code == 302 and response["Location"] == change_url(article)
    assert Article.objects.get(pk=article.pk).status == "approved"
    assert WorkflowEvent.objects.filter(article=article, action="approve", actor=editor).exists()
    assert "Approve: done for 1 article." in messages_of(response)
    page = editor_client.get(response["Location"])
    assert "schedule" in [value for _, value in workflow_box(page).buttons]


def test_a_step_that_asks_for_a_comment_asks_on_the_action_page_then_comes_back(editor_client, editor, other_editor, draft):
    article = move_to(draft, "in_review", editor=other_editor)

    asked = press(editor_client, article, "request_changes")

    assert asked.status_code == 200
    html = asked.content.decode()
    assert "<textarea" in html
    assert f'<input type="hidden" name="next" value="{change_url(article)}">' in html
    # The way back without sending is to the article's page too, not to the list.
    assert f'href="{change_url(article)}" class="button cancel-link"' in html
    assert Article.objects.get(pk=article.pk).status == "in_review"

    refused = editor_client.post(
        CHANGELIST,
        {"action": "request_changes", ACTION_CHECKBOX_NAME: [str(article.pk)], "apply": "yes", "comment": " ",
         "next": change_url(article)},
    )
    assert refused.status_code == 200 and "This field is required." in refused.content.decode()
    assert f'<input type="hidden" name="next" value="{change_url(article)}">' in refused.content.decode()

    done = editor_client.post(
        CHANGELIST,
        {"action": "request_changes", ACTION_CHECKBOX_NAME: [str(article.pk)], "apply": "yes",
         "comment": "Source the figure in para 2.", "next": change_url(article)},
    )

    assert done.status_code == 302 and done["Location"] == change_url(article)
    event = WorkflowEvent.objects.get(article=article, action="request_changes")
    assert (event.actor, event.comment) == (editor, "Source the figure in para 2.")


def test_schedule_from_the_box_asks_for_the_time_and_comes_back(editor_client, other_editor, draft):
    article = move_to(draft, "approved", editor=other_editor)
    when = timezone.localtime() + timedelta(days=1)

    assert press(editor_client, article, "schedule").status_code == 200
    done = forge(editor_client, article, "schedule", apply="yes", scheduled_for=when.strftime("%Y-%m-%dT%H:%M"))

    assert done.status_code == 302 and done["Location"] == change_url(article)
    assert Article.objects.get(pk=article.pk).status == "scheduled"


def test_assign_to_me_from_the_box_assigns_and_comes_back(editor_client, editor, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    response = press(editor_client, article, "assign_to_me")

    assert response["Location"] == change_url(article)
    assert Article.objects.get(pk=article.pk).assigned_editor == editor
    assert "assign_to_me" not in steps_offered(editor_client, article)


def test_a_forged_step_the_page_did_not_offer_is_refused_and_nothing_changes(client, desk, other_editor):
    writer = _writer_and_editor("wren")
    article = move_to(ArticleFactory(author=writer, desk=desk), "submitted", editor=other_editor)
    client.force_login(writer)
    assert "approve" not in steps_offered(client, article)
    events = WorkflowEvent.objects.filter(article=article).count()

    response = forge(client, article, "approve")

    assert response.status_code == 302 and response["Location"] == change_url(article)
    assert any("another editor must approve this story" in text for text in messages_of(response))
    assert Article.objects.get(pk=article.pk).status == "submitted"
    assert WorkflowEvent.objects.filter(article=article).count() == events
    assert not log_entries(article).exists()


def test_a_forged_step_from_a_state_it_does_not_start_from_is_refused(editor_client, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    response = forge(editor_client, article, "publish")

    assert response["Location"] == change_url(article)
    assert any("Cannot publish now" in text for text in messages_of(response))
    assert Article.objects.get(pk=article.pk).status == "submitted"
    assert not log_entries(article).exists()


def test_a_forged_publishing_step_from_an_editor_who_may_not_publish_does_nothing(client, other_editor, draft):
    junior = UserFactory(username="junior", is_staff=True)
    junior.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_article", "change_article", "review_article"])
    )
    client.force_login(junior)
    article = move_to(draft, "approved", editor=other_editor)

    response = forge(client, article, "publish")

    assert response["Location"] == change_url(article)
    assert any("No action selected" in text for text in messages_of(response))
    assert Article.objects.get(pk=article.pk).status == "approved"
    assert not log_entries(article).exists()


@pytest.mark.parametrize(
    "next_url",
    [
        "https://elsewhere.example/admin/articles/article/1/change/",
        "//elsewhere.example/admin/",
        "/\\elsewhere.example/admin/",
        "javascript:alert(1)",
        "/articles/",  # the newsroom's own, but no admin page
        "",
    ],
)
def test_a_return_address_that_is_not_an_admin_page_of_this_site_is_ignored(editor_client, other_editor, draft, next_url):
    article = move_to(draft, "submitted", editor=other_editor)

    response = forge(editor_client, article, "approve", next_url=next_url)

    # The step is taken; the way back is the list's, as for any action sent from the list.
    assert response.status_code == 302 and response["Location"] == CHANGELIST
    assert Article.objects.get(pk=article.pk).status == "approved"


def test_a_return_address_is_ignored_on_an_intermediate_form_when_it_is_off_site(editor_client, draft):
    response = forge(editor_client, draft, "kill", next_url="https://elsewhere.example/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "elsewhere.example" not in html
    assert f'href="{CHANGELIST}" class="button cancel-link"' in html


def test_the_list_s_own_actions_still_return_to_the_list(editor_client, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    response = editor_client.post(
        f"{CHANGELIST}?status__exact=submitted", {"action": "approve", ACTION_CHECKBOX_NAME: [article.pk], "index": "0"}
    )

    assert response["Location"] == f"{CHANGELIST}?status__exact=submitted"


# --- The admin's log ----------------------------------------------------------------------------------


def test_a_step_taken_in_the_admin_is_in_its_log_and_the_articles_history(editor_client, editor, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    press(editor_client, article, "approve")

    entry = log_entries(article).get()
    assert (entry.user, entry.action_flag, entry.change_message) == (editor, CHANGE, "Approved")
    assert entry.object_repr == article.headline
    history = editor_client.get(reverse("admin:articles_article_history", args=[article.pk])).content.decode()
    assert "Approved" in history
    # "Recent actions" on the admin's front page lists it, linked to the article's page.
    index = editor_client.get(reverse("admin:index")).content.decode()
    assert f'href="{change_url(article)}"' in index


@pytest.mark.parametrize(
    ("state", "step", "typed", "logged"),
    [
        ("submitted", "start_review", {}, "Taken for review"),
        ("in_review", "request_changes", {"comment": "Source the figure."}, "Changes requested"),
        ("approved", "publish", {}, "Published"),
        ("scheduled", "unschedule", {}, "Unscheduled"),
        ("draft", "kill", {"comment": "Legal said no."}, "Killed"),
        ("killed", "restore", {}, "Restored to draft"),
        ("published", "correct", {"comment": "The vote was 9-4, not 9-3."}, "Correction published"),
        ("published", "archive", {"comment": "Legal said so."}, "Archived"),
        ("archived", "unarchive", {"comment": "The complaint was withdrawn."}, "Republished"),
    ],
)
def test_each_step_is_logged_by_its_name(editor_client, other_editor, draft, state, step, typed, logged):
    article = move_to(draft, state, editor=other_editor)

    forge(editor_client, article, step, **({"apply": "yes", **typed} if typed else {}))

    assert [entry.change_message for entry in log_entries(article)] == [logged]


def test_a_schedule_is_logged_with_the_time_it_goes_out_and_a_new_time_as_a_reschedule(
    editor_client, other_editor, draft
):
    article = move_to(draft, "approved", editor=other_editor)
    first = (timezone.localtime() + timedelta(days=1)).replace(hour=14, minute=0, second=0, microsecond=0)
    second = first + timedelta(days=1)

    for when in (first, second):
        forge(editor_client, article, "schedule", apply="yes", scheduled_for=when.strftime("%Y-%m-%dT%H:%M"))

    messages = [entry.change_message for entry in log_entries(article)]
    assert len(messages) == 2
    assert messages[0].startswith("Scheduled for ") and first.strftime("%H:%M") in messages[0]
    assert messages[1].startswith("Rescheduled for ")


def test_assign_to_me_is_logged_naming_the_editor(editor_client, editor, other_editor, draft):
    editor.first_name, editor.last_name = "Edna", "Eze"
    editor.save(update_fields=["first_name", "last_name"])
    article = move_to(draft, "submitted", editor=other_editor)

    press(editor_client, article, "assign_to_me")

    assert [entry.change_message for entry in log_entries(article)] == ["Assigned to Edna Eze"]


def test_a_step_sent_twice_is_logged_once(editor_client, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    forge(editor_client, article, "approve")
    again = forge(editor_client, article, "approve")

    assert any("was already done" in text for text in messages_of(again))
    assert log_entries(article).count() == 1


def test_a_refused_step_is_not_logged_and_the_others_of_a_bulk_action_are(editor_client, other_editor, reporter, desk):
    ready = move_to(ArticleFactory(author=reporter, desk=desk), "submitted", editor=other_editor)
    not_submitted = ArticleFactory(author=reporter, desk=desk)

    editor_client.post(CHANGELIST, {"action": "approve", ACTION_CHECKBOX_NAME: [ready.pk, not_submitted.pk], "index": "0"})

    assert [entry.change_message for entry in log_entries(ready)] == ["Approved"]
    assert not log_entries(not_submitted).exists()


def test_a_step_refused_by_the_fact_check_gate_is_not_logged(editor_client, other_editor, draft):
    # Scanned, and its claims left open: the desk has not cleared them.
    factcheck_services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=draft).pk)
    article = move_to(draft, "approved", editor=other_editor, fact_check=False)

    response = forge(editor_client, article, "publish")

    assert Article.objects.get(pk=article.pk).status == "approved"
    assert any("not cleared" in text for text in messages_of(response)), messages_of(response)
    assert not log_entries(article).exists()


def test_a_step_taken_from_the_review_queue_is_logged_for_the_article(editor_client, other_editor, draft):
    article = move_to(draft, "submitted", editor=other_editor)

    editor_client.post(REVIEW_QUEUE, {"action": "approve", ACTION_CHECKBOX_NAME: [article.pk], "index": "0"})

    # For the article, not for the queue's proxy model: the article's history shows it.
    assert [entry.change_message for entry in log_entries(article)] == ["Approved"]
