"""The four-eyes rule: nobody on a story's byline reviews it, publishes it or lets its claims out unchecked.

People who hold both a writer's and an editor's role are forged against every route that takes those
steps, the web pages and the admin (its actions, bulk and single, and the claim admin), and the
database is asked whether anything moved. The expectations are written out here from the rule:
the story's author and co-author are refused, with a message that says another editor must take the
step; an editor who is not on the byline, or the managing editor (the superuser), still takes it.
"""

import html
from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, Revision, WorkflowEvent
from articles.workflow import TRANSITIONS, IllegalTransition
from factcheck import services as factcheck_services
from factcheck.models import Claim, ClaimStatus, ClaimStatusChange, ScanRun
from factcheck.selectors import claims_blocking_publication
from tests.admin_forms import article_change_form_data
from tests.factories import ArticleFactory, DeskFactory, UserFactory, move_to

ROLES = ["writer", "co_writer", "other_editor", "managing_editor"]
ON_THE_BYLINE = {"writer", "co_writer"}

# The steps that are a second person's, and what the refusal asks of another editor: the newsroom's
# rule, written independently of the workflow table.
FOUR_EYES_STEPS = {
    "start_review": "review",
    "approve": "approve",
    "schedule": "schedule",
    "publish": "publish",
    "correct": "correct",
    "unarchive": "republish",
}
WAIVER_REFUSAL = "another editor must decide whether its claims go out unchecked"

# (route, action, state the story is in)
CASES = [
    ("web", "step:start_review", "submitted"),
    ("web", "step:approve", "submitted"),
    ("web", "step:approve", "in_review"),
    ("web", "step:schedule", "approved"),
    ("web", "step:schedule", "scheduled"),  # a new time
    ("web", "step:publish", "approved"),
    ("web", "step:publish", "scheduled"),
    ("web", "step:correct", "published"),
    ("web", "correct_text", "published"),
    ("web", "step:unarchive", "archived"),
    ("web", "waive_claim", "in_review"),
    ("web", "waive_gate", "in_review"),
    ("admin", "action:assign_to_me", "submitted"),
    ("admin", "action:start_review", "submitted"),
    ("admin", "action:approve", "submitted"),
    ("admin", "action:approve", "in_review"),
    ("admin", "action:schedule", "approved"),
    ("admin", "action:schedule", "scheduled"),
    ("admin", "action:publish", "approved"),
    ("admin", "action:publish", "scheduled"),
    ("admin", "action:correct", "published"),
    ("admin", "action:unarchive", "archived"),
    ("admin", "action:waive_fact_check_gate", "in_review"),
    ("admin", "claim_waive", "in_review"),
]
MATRIX = [(route, action, state, role) for route, action, state in CASES for role in ROLES]
ADMIN_ACTION_FIELDS = {
    "schedule": {"apply": "1"},
    "correct": {"apply": "1", "comment": "An earlier version gave the wrong year."},
    "unarchive": {"apply": "1", "comment": "The complaint was withdrawn."},
    "waive_fact_check_gate": {"apply": "1", "reason": "The council's own minutes, read on air."},
}


def _writer_and_editor(username, **extra):
    """A reporter who also edits: the person the rule is about."""
    person = UserFactory(username=username, role="Reporter", is_staff=True, **extra)
    person.groups.add(Group.objects.get(name="Editor"))
    return person


@pytest.fixture
def cast(db):
    desk = DeskFactory(name="Metro", slug="metro")
    people = {
        "writer": _writer_and_editor("wren"),
        "co_writer": _writer_and_editor("cole"),
        "other_editor": UserFactory(username="otto", role="Editor", is_staff=True),
        "managing_editor": UserFactory(username="mara", is_staff=True, is_superuser=True),
    }
    return desk, people


def _story(desk, people, state, *, open_claims=False):
    """The writer's story, co-written, walked to `state` by the other editor; its claims scanned and,
    unless `open_claims`, cleared by the desk on approval."""
    article = ArticleFactory(author=people["writer"], desk=desk, co_authors=[people["co_writer"]])
    if open_claims:
        factcheck_services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return move_to(article, state, editor=people["other_editor"], fact_check=not open_claims)


def _snapshot(article):
    article.refresh_from_db()
    claims = Claim.objects.filter(article=article).order_by("pk")
    return (
        article.status,
        article.version,
        article.assigned_editor_id,
        WorkflowEvent.objects.filter(article=article).count(),
        Revision.objects.filter(article=article).count(),
        tuple(claims.values_list("status", "attribution_status", "version")),
        ClaimStatusChange.objects.filter(claim__article=article).count(),
    )


def _forge(client, route, action, article):
    future = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    if action == "correct_text":
        return client.post(
            reverse("articles:correct", args=[article.pk]),
            {"headline": article.headline, "standfirst": article.standfirst, "body": article.body + " It opens in May.",
             "note": "Adds the opening month.", "base_version": article.version},
        )
    if action.startswith("waive") or action == "claim_waive":
        claim = claims_blocking_publication(article).first()
        if action == "waive_claim":
            url = reverse("factcheck:claim_waive", args=[claim.pk])
            return client.post(url, {"reason": "Read from the council's minutes.", "version": claim.version})
        if action == "waive_gate":
            url = reverse("factcheck:article_waive_gate", args=[article.pk])
            return client.post(url, {"reason": "Read from the council's minutes."})
        if action == "claim_waive":
            return client.post(
                reverse("admin:factcheck_claim_change", args=[claim.pk]),
                {"status": ClaimStatus.WAIVED, "note": "Read from the council's minutes.", "sources": "",
                 # The inlines' management forms: the superuser's page shows the sources inline too.
                 **{f"{inline}-{field}": "0" for inline in ("history", "sources")
                    for field in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS")}},
            )
    if route == "web":
        step = action.split(":", 1)[1]
        return client.post(
            reverse("articles:transition", args=[article.pk, step]),
            {"comment": "An earlier version gave the wrong year.", "scheduled_for": future},
        )
    name = action.split(":", 1)[1]
    extra = dict(ADMIN_ACTION_FIELDS.get(name, {}))
    if name == "schedule":
        extra["scheduled_for"] = future
    return client.post(
        reverse("admin:articles_article_changelist"),
        {"action": name, ACTION_CHECKBOX_NAME: [str(article.pk)], "index": "0", **extra},
        follow=True,
    )


def _refusal(action) -> str:
    """The words the refusal must carry: why, and what to do instead."""
    if "waive" in action:
        return WAIVER_REFUSAL
    step = action.split(":", 1)[-1]
    if step == "correct_text":
        step = "correct"
    if step == "assign_to_me":
        step = "start_review"  # the assigned editor reviews the story
    return f"another editor must {FOUR_EYES_STEPS[step]} this story"


@pytest.mark.parametrize(
    ("route", "action", "state", "role"),
    MATRIX,
    ids=[f"{len(MATRIX)}cases-{r}-{a}-on-{s}-as-{who}" for r, a, s, who in MATRIX],
)
def test_only_someone_off_the_byline_reviews_publishes_or_waives_a_story(route, action, state, role, cast, client):
    desk, people = cast
    article = _story(desk, people, state, open_claims="waive" in action)
    client.force_login(people[role])
    before = _snapshot(article)

    response = _forge(client, route, action, article)

    assert response.status_code < 500
    took_effect = _snapshot(article) != before
    if role in ON_THE_BYLINE:
        assert not took_effect, f"{role} on the byline could {route} {action} on {state}"
        if action != "claim_waive":  # the claim admin does not offer a writer the waiver at all
            assert _refusal(action) in response.content.decode()
    else:
        assert took_effect, f"{role}, not on the byline, could not {route} {action} on {state}"


def test_the_workflow_table_leaves_exactly_the_reviewing_and_publishing_steps_to_another_editor():
    assert {name: t.another_editor_must for name, t in TRANSITIONS.items() if t.another_editor_must} == (
        FOUR_EYES_STEPS
    )


def test_a_story_the_managing_editor_wrote_is_approved_by_another_editor_and_has_no_override(cast):
    desk, people = cast
    managing_editor = people["managing_editor"]
    article = ArticleFactory(author=managing_editor, desk=desk)
    article = services.article_transition(article_id=article.pk, user=managing_editor, name="submit")

    with pytest.raises(IllegalTransition, match="another editor must approve this story"):
        services.article_transition(article_id=article.pk, user=managing_editor, name="approve")

    article = services.article_transition(article_id=article.pk, user=people["other_editor"], name="approve")
    assert article.status == "approved"


def test_a_writer_who_edits_is_shown_no_approve_button_and_told_who_approves(cast, client):
    desk, people = cast
    article = _story(desk, people, "submitted")
    client.force_login(people["writer"])

    page = client.get(reverse("articles:detail", args=[article.pk]))

    offered = {action.name for action in page.context["actions"]}
    assert offered == {"withdraw", "request_changes", "kill"}
    assert "another editor must review or approve this story" in page.content.decode()
    client.force_login(people["other_editor"])
    page = client.get(reverse("articles:detail", args=[article.pk]))
    assert {"start_review", "approve"} <= {action.name for action in page.context["actions"]}
    assert "left-to-another-editor" not in page.content.decode()


def test_the_admin_page_of_their_own_story_tells_a_writer_who_edits_who_publishes_it(cast, client):
    desk, people = cast
    article = _story(desk, people, "approved")
    client.force_login(people["co_writer"])

    page = client.get(reverse("admin:articles_article_change", args=[article.pk]))

    assert "another editor must schedule or publish this story" in page.content.decode()


def test_a_writers_approve_sent_after_a_colleague_approved_says_another_editor_approves(cast, client):
    """Refused for who they are, rather than told the step is done, as if it were theirs to take."""
    desk, people = cast
    article = _story(desk, people, "approved")
    client.force_login(people["writer"])

    response = client.post(reverse("articles:transition", args=[article.pk, "approve"]), {"comment": ""})

    assert response.status_code == 403
    assert "another editor must approve this story" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == "approved"


def test_a_claim_page_offers_a_writer_who_edits_no_waiver_and_says_why(cast, client):
    desk, people = cast
    article = _story(desk, people, "in_review", open_claims=True)
    claim = claims_blocking_publication(article).first()
    client.force_login(people["writer"])

    page = client.get(reverse("factcheck:claim", args=[claim.pk]))

    assert page.context["can_waive"] is False
    assert WAIVER_REFUSAL in page.content.decode()
    client.force_login(people["other_editor"])
    assert client.get(reverse("factcheck:claim", args=[claim.pk])).context["can_waive"] is True


def test_the_claim_admin_offers_a_writer_who_edits_no_waiver(cast, client):
    desk, people = cast
    article = _story(desk, people, "in_review", open_claims=True)
    claim = claims_blocking_publication(article).first()
    client.force_login(people["co_writer"])

    form = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).context["adminform"].form

    assert ClaimStatus.WAIVED not in dict(form.fields["status"].choices)
    with pytest.raises(PermissionDenied, match="another editor must decide"):
        factcheck_services.claim_set_status(
            claim_id=claim.pk, user=people["co_writer"], status=ClaimStatus.WAIVED, note="Read from the minutes."
        )


@pytest.mark.parametrize("route", ["web", "admin"])
def test_a_writer_who_edits_changes_their_copy_only_while_it_is_theirs_and_keeps_what_they_typed(
    route, cast, client
):
    desk, people = cast
    article = _story(desk, people, "in_review")
    client.force_login(people["writer"])
    typed = "A last-minute paragraph no second editor has read."

    if route == "web":
        response = client.post(
            reverse("articles:edit", args=[article.pk]),
            {"headline": article.headline, "standfirst": article.standfirst, "body": typed,
             "co_authors": [people["co_writer"].pk], "note": "", "base_version": article.version},
        )
        assert response.status_code == 403
        assert "You are on its byline, so while it is with the desk another editor changes it" in (
            response.content.decode()
        )
    else:
        page = client.get(reverse("admin:articles_article_change", args=[article.pk]))
        assert "body" not in page.context["adminform"].form.fields  # shown, not offered for editing

    article.refresh_from_db()
    assert article.body != typed and article.version == 1
    client.force_login(people["other_editor"])
    data = article_change_form_data(client, article, body=typed)
    assert client.post(reverse("admin:articles_article_change", args=[article.pk]), data).status_code == 302
    article.refresh_from_db()
    assert article.body == typed


def test_a_writer_who_edits_still_edits_their_own_draft(cast, client):
    desk, people = cast
    article = _story(desk, people, "draft")
    client.force_login(people["writer"])

    response = client.post(
        reverse("articles:edit", args=[article.pk]),
        {"headline": article.headline, "standfirst": article.standfirst, "body": "Rewritten before submitting.",
         "co_authors": [people["co_writer"].pk], "note": "", "base_version": article.version},
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == "Rewritten before submitting."


def test_an_editor_on_the_byline_does_not_set_or_clear_its_embargo(cast, client):
    """Clearing an embargo lets the copy out: a release decision, as publishing is."""
    desk, people = cast
    article = _story(desk, people, "draft")
    client.force_login(people["writer"])
    form = client.get(reverse("admin:articles_article_change", args=[article.pk])).context["adminform"].form
    lifts = timezone.now() + timedelta(days=2)

    assert "body" in form.fields and "embargo_until" not in form.fields  # their draft, its embargo not theirs
    with pytest.raises(PermissionDenied, match="another editor must set or clear its embargo"):
        services.article_set_embargo(article_id=article.pk, user=people["writer"], embargo_until=lifts)
    article = services.article_set_embargo(article_id=article.pk, user=people["other_editor"], embargo_until=lifts)
    assert article.embargo_until == lifts


def test_an_editor_on_the_byline_is_not_assigned_to_review_it_and_the_form_keeps_what_was_typed(cast, client):
    desk, people = cast
    article = _story(desk, people, "submitted")
    client.force_login(people["other_editor"])
    typed = "Sub-edited while assigning."
    data = article_change_form_data(client, article, body=typed, assigned_editor=people["co_writer"].pk)

    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)

    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert f"{people['co_writer'].get_full_name()} is on this story's byline, so another editor must review this story" in page
    assert typed in page
    article.refresh_from_db()
    assert (article.assigned_editor_id, article.version) == (None, 1)


@pytest.mark.parametrize("route", ["web", "admin"])
def test_a_co_author_does_not_take_themselves_off_the_byline_and_keeps_what_they_typed(route, cast, client):
    desk, people = cast
    co_writer = people["co_writer"]
    article = _story(desk, people, "draft")
    client.force_login(co_writer)
    typed = "Their last edit."

    if route == "web":
        response = client.post(
            reverse("articles:edit", args=[article.pk]),
            {"headline": article.headline, "standfirst": article.standfirst, "body": typed, "co_authors": [],
             "note": "", "base_version": article.version},
        )
    else:
        data = article_change_form_data(client, article, body=typed, co_authors=[])
        response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)

    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "You cannot take yourself off this story's byline: ask its author" in page
    assert typed in page
    article.refresh_from_db()
    assert list(article.co_authors.all()) == [co_writer] and article.version == 1
    with pytest.raises(ValidationError, match="take yourself off"):
        services.article_save_copy(
            article_id=article.pk, user=co_writer, base_version=article.version, headline=article.headline,
            standfirst=article.standfirst, body=typed, co_authors=[],
        )


def test_the_author_takes_a_co_author_off_the_byline(cast):
    desk, people = cast
    article = _story(desk, people, "draft")
    saved, _ = services.article_save_copy(
        article_id=article.pk, user=people["writer"], base_version=article.version, headline=article.headline,
        standfirst=article.standfirst, body=article.body, co_authors=[],
    )
    assert list(saved.co_authors.all()) == []
