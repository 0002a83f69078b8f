from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Desk, EditorialComment, Revision, WorkflowEvent
from tests.admin_forms import CHANGELIST, REVIEW_QUEUE, article_change_form_data, change_url, messages_of
from tests.factories import ArticleFactory, UserFactory, move_to

def post_action(client, action, articles, url=CHANGELIST, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in articles], **extra}
    return client.post(url, data)


@pytest.fixture
def staff_reporter(db):
    return UserFactory(username="stan", role="Reporter", is_staff=True)


@pytest.fixture
def staff_fact_checker(db):
    return UserFactory(username="fiona", role="Fact-checker", is_staff=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def submitted(draft, editor):
    return move_to(draft, "submitted", editor=editor)


# --- Lists -------------------------------------------------------------------------------------------


def test_changelist_filters_by_status_and_searches_headline(editor_client, reporter, desk, editor):
    wanted = ArticleFactory(author=reporter, desk=desk, headline="Harbour bridge reopens after repairs")
    move_to(wanted, "submitted", editor=editor)
    ArticleFactory(author=reporter, desk=desk, headline="Harbour ferry timetable changes")  # a draft
    ArticleFactory(author=reporter, desk=desk, headline="School budget approved")

    response = editor_client.get(CHANGELIST, {"q": "harbour", "status__exact": "submitted"})

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [Article.objects.get(pk=wanted.pk)]


def test_changelist_searches_by_author_username_and_loads_every_filter(editor_client, draft, desk):
    other = ArticleFactory(headline="Written by somebody else")  # on another desk

    response = editor_client.get(CHANGELIST, {"q": "rita"})

    assert response.status_code == 200
    shown = {a.pk for a in response.context["cl"].result_list}
    assert draft.pk in shown and other.pk not in shown
    assert {spec.title for spec in response.context["cl"].filter_specs} >= {"status", "desk", "author", "deadline"}


def test_changelist_does_not_load_bodies(editor_client, draft):
    response = editor_client.get(CHANGELIST)

    row = response.context["cl"].result_list[0]
    assert "body" in row.get_deferred_fields()


def test_status_badge_shows_coloured_label(editor_client, submitted):
    response = editor_client.get(CHANGELIST)

    html = response.content.decode()
    # Coloured by the admin's stylesheet, which the page links: a style attribute would be refused.
    assert '<span class="admin-badge status-badge status-submitted">Submitted</span>' in html
    assert "css/newsroom_admin.css" in html


def test_headline_markup_is_escaped_in_the_list(editor_client, reporter, desk):
    ArticleFactory(author=reporter, desk=desk, headline="<script>alert(1)</script> in council")

    html = editor_client.get(CHANGELIST).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; in council" in html


def test_review_queue_lists_only_submitted_and_in_review_by_nearest_deadline(
    editor_client, reporter, desk, editor
):
    now = timezone.now()

    def article(status, deadline):
        created = ArticleFactory(author=reporter, desk=desk, deadline=deadline)
        return move_to(created, status, editor=editor)

    later = article("submitted", now + timedelta(days=3))
    no_deadline = article("in_review", None)
    soonest = article("in_review", now + timedelta(hours=2))
    article("draft", now + timedelta(hours=1))
    article("approved", now + timedelta(hours=1))
    article("changes_requested", now + timedelta(hours=1))

    response = editor_client.get(REVIEW_QUEUE)

    assert response.status_code == 200
    assert [a.pk for a in response.context["cl"].result_list] == [soonest.pk, later.pk, no_deadline.pk]


def filter_choices(response, title):
    [spec] = [spec for spec in response.context["cl"].filter_specs if spec.title == title]
    return [choice["display"] for choice in spec.choices(response.context["cl"])]


def test_the_review_queues_status_filter_offers_only_the_statuses_it_holds(editor_client, submitted):
    response = editor_client.get(REVIEW_QUEUE)

    assert filter_choices(response, "status") == ["All", "Submitted", "In review"]
    assert editor_client.get(REVIEW_QUEUE, {"_facets": "True"}).status_code == 200  # with "Show counts"


def test_the_review_queue_filtered_by_status_lists_that_status(editor_client, submitted, reporter, desk, editor):
    in_review = move_to(ArticleFactory(author=reporter, desk=desk), "in_review", editor=editor)

    response = editor_client.get(REVIEW_QUEUE, {"status__exact": "in_review"})

    assert [a.pk for a in response.context["cl"].result_list] == [in_review.pk]


def test_the_review_queue_asked_for_a_status_it_never_holds_shows_all_and_says_so(editor_client, submitted):
    response = editor_client.get(REVIEW_QUEUE, {"status__exact": "published"}, follow=True)

    assert response.redirect_chain[-1][0].endswith("?e=1")
    assert [a.pk for a in response.context["cl"].result_list] == [submitted.pk]
    assert any("could not be filtered as its address asked" in text for text in messages_of(response))


def offered_actions(response):
    return [name for name, _label in response.context["action_form"].fields["action"].choices if name]


def test_the_review_queue_offers_only_the_steps_its_articles_can_take(editor_client, submitted):
    offered = offered_actions(editor_client.get(REVIEW_QUEUE))

    assert offered == [
        "assign_to_me", "start_review", "request_changes", "approve", "kill",
        "rescan_articles", "waive_fact_check_gate",
    ]
    # The whole list keeps every step: it holds articles in every state.
    assert {"publish", "schedule", "archive", "unarchive", "restore"} <= set(offered_actions(editor_client.get(CHANGELIST)))


def test_a_step_the_review_queue_does_not_offer_is_not_taken_when_sent_to_it(editor_client, submitted):
    response = post_action(editor_client, "publish", [submitted], url=REVIEW_QUEUE, index="0")

    assert Article.objects.get(pk=submitted.pk).status == "submitted"
    assert "No action selected." in messages_of(response)


def test_the_assigned_editor_filter_names_editors_by_full_name(editor_client, editor, submitted):
    UserFactory(username="nameless", role="Editor", is_staff=True, first_name="", last_name="")
    UserFactory(username="ed2", role="Editor", is_staff=True, first_name=editor.first_name, last_name=editor.last_name)
    UserFactory(username="gone", role="Editor", first_name="Gus", last_name="Gone", is_active=False)

    for url in [REVIEW_QUEUE, CHANGELIST]:
        offered = filter_choices(editor_client.get(url), "assigned editor")

        assert f"{editor.get_full_name()} (edna)" in offered  # two editors share the name
        assert f"{editor.get_full_name()} (ed2)" in offered
        assert "nameless" in offered and "Gus Gone (deactivated)" in offered
        assert offered[-1] == "Not assigned"  # the stories no editor has, after the people
        people = [choice for choice in offered if choice not in ("All", "Not assigned")]
        assert people == sorted(people, key=str.casefold)


# --- Workflow actions ----------------------------------------------------------------------------------


def test_assign_to_me_records_an_event_by_the_editor(editor_client, editor, submitted):
    response = post_action(editor_client, "assign_to_me", [submitted])

    assert response.status_code == 302
    assert Article.objects.get(pk=submitted.pk).assigned_editor == editor
    event = WorkflowEvent.objects.filter(article=submitted, action="assign").get()
    assert event.actor == editor


def test_take_for_review_moves_the_article_and_audits_the_editor(editor_client, editor, submitted):
    post_action(editor_client, "start_review", [submitted])

    article = Article.objects.get(pk=submitted.pk)
    assert article.status == "in_review"
    assert article.assigned_editor == editor
    assert WorkflowEvent.objects.filter(article=article, action="start_review", actor=editor).exists()


def test_approve_applies_to_the_allowed_article_and_names_the_refused_one(editor_client, editor, reporter, desk):
    ready = move_to(ArticleFactory(author=reporter, desk=desk, headline="Ready copy"), "in_review", editor=editor)
    still_draft = ArticleFactory(author=reporter, desk=desk, headline="Unfinished draft")

    response = post_action(editor_client, "approve", [ready, still_draft])

    assert response.status_code == 302
    assert Article.objects.get(pk=ready.pk).status == "approved"
    assert Article.objects.get(pk=still_draft.pk).status == "draft"
    texts = messages_of(response)
    assert any("Unfinished draft" in t and "Cannot approve" in t for t in texts)
    assert not WorkflowEvent.objects.filter(article=still_draft, action="approve").exists()


def test_request_changes_asks_for_a_comment_then_records_it(editor_client, editor, submitted):
    first = post_action(editor_client, "request_changes", [submitted], index="0")

    assert first.status_code == 200
    html = first.content.decode()
    assert "<textarea" in html and "csrfmiddlewaretoken" in html
    assert f'name="{ACTION_CHECKBOX_NAME}" value="{submitted.pk}"' in html
    assert Article.objects.get(pk=submitted.pk).status == "submitted"

    second = post_action(
        editor_client, "request_changes", [submitted], apply="yes", comment="Source the figure in para 2."
    )

    assert second.status_code == 302
    assert Article.objects.get(pk=submitted.pk).status == "changes_requested"
    event = WorkflowEvent.objects.get(article=submitted, action="request_changes")
    assert (event.actor, event.comment) == (editor, "Source the figure in para 2.")


def test_the_step_form_shows_the_editor_no_template_comment(editor_client, submitted):
    response = post_action(editor_client, "request_changes", [submitted], index="0")

    html = response.content.decode()
    assert "No, take me back" in html
    assert "{#" not in html and "#}" not in html


def test_request_changes_without_a_comment_shows_the_form_again_and_changes_nothing(editor_client, submitted):
    response = post_action(editor_client, "request_changes", [submitted], apply="yes", comment="   ")

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert Article.objects.get(pk=submitted.pk).status == "submitted"


def test_schedule_asks_for_a_future_time(editor_client, editor, draft):
    article = move_to(draft, "approved", editor=editor)
    past = (timezone.now() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")

    refused = post_action(editor_client, "schedule", [article], apply="yes", scheduled_for=past)

    assert refused.status_code == 200
    assert "must be in the future" in refused.content.decode()
    assert Article.objects.get(pk=article.pk).status == "approved"

    future = timezone.now() + timedelta(days=1)
    done = post_action(
        editor_client, "schedule", [article], apply="yes", scheduled_for=future.strftime("%Y-%m-%dT%H:%M")
    )

    assert done.status_code == 302
    article.refresh_from_db()
    assert article.status == "scheduled"
    assert abs(article.scheduled_for - future) < timedelta(minutes=1)


def test_publish_now_publishes_approved_copy(editor_client, editor, draft):
    approved = move_to(draft, "approved", editor=editor)

    post_action(editor_client, "publish", [approved])

    article = Article.objects.get(pk=approved.pk)
    assert article.status == "published" and article.published_at is not None
    assert WorkflowEvent.objects.filter(article=article, action="publish", actor=editor).exists()


def test_kill_records_the_reason(editor_client, editor, draft):
    post_action(editor_client, "kill", [draft], apply="yes", comment="Legal advice: do not run.")

    assert Article.objects.get(pk=draft.pk).status == "killed"
    event = WorkflowEvent.objects.get(article=draft, action="kill")
    assert (event.actor, event.comment) == (editor, "Legal advice: do not run.")


def test_a_reason_pasted_many_times_over_its_limit_is_refused_on_the_form_and_nothing_moves(editor_client, draft):
    reason = "Legal advice: do not run. " * 1000  # 26,000 characters

    response = post_action(editor_client, "kill", [draft], apply="yes", comment=reason)

    assert response.status_code == 200  # the form again, with the reason typed and the error
    assert "at most 5000 characters" in response.content.decode()
    assert Article.objects.get(pk=draft.pk).status == "draft"
    assert not WorkflowEvent.objects.filter(article=draft, action="kill").exists()


def test_the_workflow_and_comment_services_refuse_a_reason_over_its_limit(editor, draft):
    from django.core.exceptions import ValidationError

    from articles import services

    with pytest.raises(ValidationError, match="limit is 5,000"):
        services.article_transition(article_id=draft.pk, user=editor, name="kill", comment="x" * 5001)
    with pytest.raises(ValidationError, match="limit is 5,000"):
        services.editorial_comment_add(article_id=draft.pk, user=editor, body="x" * 5001)
    assert Article.objects.get(pk=draft.pk).status == "draft"
    assert not EditorialComment.objects.filter(article=draft).exists()
    services.article_transition(article_id=draft.pk, user=editor, name="kill", comment="x" * 5000)


def test_correction_on_unpublished_copy_is_refused_with_a_message(editor_client, draft):
    response = post_action(editor_client, "correct", [draft], apply="yes", comment="Fix the vote count.")

    assert response.status_code == 302
    assert any(draft.headline in t and "Cannot publish a correction" in t for t in messages_of(response))
    assert Article.objects.get(pk=draft.pk).status == "draft"


def test_the_bulk_correction_note_applied_twice_is_added_once(editor_client, editor, draft):
    published = move_to(draft, "published", editor=editor)
    post_action(editor_client, "correct", [published], apply="yes", comment="The vote was 9-4, not 9-3.")

    again = post_action(editor_client, "correct", [published], apply="yes", comment="The vote was 9-4, not 9-3.")

    assert any("already published" in t for t in messages_of(again))
    assert WorkflowEvent.objects.filter(article=published, action="correct").count() == 1


def test_the_bulk_correction_says_it_adds_a_note_and_leaves_the_text(editor_client, draft):
    page = post_action(editor_client, "correct", [draft]).content.decode()

    assert "Correction note readers see" in page
    assert "the published text stays as it is" in page and "Publish a correction…" in page


@pytest.mark.parametrize(
    "action, state, reason, error",
    [
        ("kill", "draft", "Legal said no \x07 today", "control character"),
        ("request_changes", "submitted", "Check the vote \u202e 9-4", "reverses how the text after it is shown"),
        ("archive", "published", "\u200b\u200b", "only invisible characters"),
        ("correct", "published", "The vote was 9-4 \x1b[0m", "control character"),
    ],
)
def test_a_reason_refused_for_its_characters_stays_on_the_form_and_nothing_moves(
    editor_client, editor, draft, action, state, reason, error
):
    article = move_to(draft, state, editor=editor)
    events = WorkflowEvent.objects.filter(article=article).count()

    response = post_action(editor_client, action, [article], apply="yes", comment=reason)

    page = response.content.decode()
    assert response.status_code == 200  # the form again, with the reason typed and the error
    assert error in page
    assert response.context["form"]["comment"].value() == reason
    assert Article.objects.get(pk=article.pk).status == state
    assert WorkflowEvent.objects.filter(article=article).count() == events


# --- Server-side permissions -------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["staff_reporter", "staff_fact_checker"])
def test_staff_without_the_editor_role_cannot_post_actions(request, client, who, submitted):
    client.force_login(request.getfixturevalue(who))

    response = post_action(client, "approve", [submitted], index="0")

    assert response.status_code == 403
    assert Article.objects.get(pk=submitted.pk).status == "submitted"
    assert not WorkflowEvent.objects.filter(action="approve").exists()


@pytest.mark.parametrize("who", ["staff_reporter", "staff_fact_checker"])
def test_staff_without_the_editor_role_cannot_open_or_post_the_change_form(request, client, who, draft):
    client.force_login(request.getfixturevalue(who))
    data = {"headline": "Hijacked", "body": "x", "base_version": draft.version}

    assert client.get(change_url(draft)).status_code == 403
    assert client.post(change_url(draft), data).status_code == 403
    assert client.get(CHANGELIST).status_code == 403
    assert Article.objects.get(pk=draft.pk).headline == draft.headline


def test_non_staff_reporter_is_sent_to_the_login_page(client, reporter, submitted):
    client.force_login(reporter)

    response = post_action(client, "approve", [submitted], index="0")

    assert response.status_code == 302 and "/login/" in response["Location"]
    assert Article.objects.get(pk=submitted.pk).status == "submitted"


def test_editor_without_publishing_permission_is_not_offered_publish(client, desk, reporter, draft):
    from django.contrib.auth.models import Permission

    junior = UserFactory(username="junior", role="Editor", is_staff=True)
    junior.groups.clear()
    junior.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_article", "change_article", "review_article"])
    )
    client.force_login(junior)
    editor = UserFactory(username="senior", role="Editor", is_staff=True)
    approved = move_to(draft, "approved", editor=editor)

    response = post_action(client, "publish", [approved], index="0")

    assert Article.objects.get(pk=approved.pk).status == "approved"
    assert response.status_code == 302
    assert any("No action selected" in t for t in messages_of(response))


def test_forged_status_in_the_change_form_is_ignored(editor_client, editor, draft):
    data = article_change_form_data(editor_client, draft, status="published", body="A sub-edited body.")

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 302
    article = Article.objects.get(pk=draft.pk)
    assert article.status == "draft" and article.published_at is None
    assert article.body == "A sub-edited body."


def test_an_invisible_character_inside_a_figure_is_removed_when_an_editor_saves(editor_client, draft):
    data = article_change_form_data(editor_client, draft, body="Turnout was 61\ufeff.4% of 2\u200f000 voters.")

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 302
    assert Article.objects.get(pk=draft.pk).body == "Turnout was 61.4% of 2000 voters."


def test_a_deadline_that_has_passed_is_an_error_in_the_change_form(editor_client, draft):
    data = article_change_form_data(editor_client, draft, deadline_0="2020-01-01", deadline_1="09:00")

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 200
    assert "That deadline has already passed" in response.content.decode()
    assert Article.objects.get(pk=draft.pk).deadline is None


def test_saving_the_change_form_records_a_revision_through_the_service(editor_client, editor, draft):
    data = article_change_form_data(editor_client, draft, headline="Council approves library budget", note="Tighter head")

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 302
    article = Article.objects.get(pk=draft.pk)
    assert article.version == 2
    revision = Revision.objects.get(article=article, number=2)
    assert (revision.headline, revision.created_by, revision.note) == (
        "Council approves library budget",
        editor,
        "Tighter head",
    )


def test_invalid_text_in_the_change_form_is_an_error_not_a_save(editor_client, draft):
    data = article_change_form_data(editor_client, draft, body="Bad \x00 byte")

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["body"]
    assert Article.objects.get(pk=draft.pk).version == 1


@pytest.mark.parametrize("steps", [["approve", "publish"], ["kill"]], ids=["published", "killed"])
def test_saving_a_change_form_opened_before_a_colleague_published_or_killed_the_article_says_why(
    editor_client, reporter, desk, steps
):
    from articles import services
    from tests.factories import clear_fact_check

    colleague = UserFactory(username="gus", first_name="Gus", last_name="Tanaka", role="Editor", is_staff=True)
    article = move_to(ArticleFactory(author=reporter, desk=desk), "in_review", editor=colleague)
    opened = article_change_form_data(
        editor_client, article, body="My sub-edited body, two hours of work.",
        **{"comments-0-body": "Check the vote count with the clerk."},
    )
    for name in steps:
        services.article_transition(article_id=article.pk, user=colleague, name=name, comment="Legal advice.")
        if name == "approve":
            clear_fact_check(article)

    response = editor_client.post(change_url(article), opened)

    assert response.status_code == 403
    page = response.content.decode()
    assert f"is now {Article.objects.get(pk=article.pk).status_enum.label.lower()}" in page
    assert "by Gus Tanaka" in page and "Nothing was saved" in page
    # What the editor typed is on the page to copy, and nothing stored changed.
    assert "My sub-edited body, two hours of work." in page and "Check the vote count with the clerk." in page
    assert Article.objects.get(pk=article.pk).version == 1
    assert not EditorialComment.objects.filter(article=article).exists()


def test_a_standfirst_over_its_limit_in_the_change_form_is_an_error_not_a_save(editor_client, draft):
    data = article_change_form_data(editor_client, draft, standfirst="s" * 1001)

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 200
    assert "the limit is 1,000" in " ".join(response.context["adminform"].form.errors["standfirst"])
    assert Article.objects.get(pk=draft.pk).version == 1


def test_editor_adds_a_comment_inline_through_the_service(editor_client, editor, draft):
    data = article_change_form_data(editor_client, draft, **{"comments-0-body": "Check the mayor's quote."})

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 302
    comment = EditorialComment.objects.get(article=draft)
    assert (comment.author, comment.body) == (editor, "Check the mayor's quote.")
    assert Article.objects.get(pk=draft.pk).version == 1  # copy unchanged, no revision


def test_published_article_is_read_only_in_the_admin(editor_client, editor, draft):
    published = move_to(draft, "published", editor=editor)

    page = editor_client.get(change_url(published))
    forged = editor_client.post(change_url(published), {"headline": "Rewritten", "base_version": published.version})

    assert page.status_code == 200
    assert "headline" not in page.context["adminform"].form.fields
    assert forged.status_code == 403
    assert Article.objects.get(pk=published.pk).headline == published.headline


def test_articles_cannot_be_added_or_deleted_by_editors(editor_client, draft):
    add = editor_client.get(reverse("admin:articles_article_add"))
    delete = editor_client.post(reverse("admin:articles_article_delete", args=[draft.pk]), {"post": "yes"})
    bulk = post_action(editor_client, "delete_selected", [draft], index="0", post="yes")

    assert add.status_code == 403
    assert delete.status_code == 403
    assert bulk.status_code == 302
    assert Article.objects.filter(pk=draft.pk).exists()


def test_change_page_lists_revisions_with_a_compare_link_and_events(editor_client, editor, draft):
    data = article_change_form_data(editor_client, draft, body="Second version of the body.")
    editor_client.post(change_url(draft), data)

    html = editor_client.get(change_url(draft)).content.decode()

    assert reverse("articles:revision_compare", args=[draft.pk, 1, 2]) in html
    assert "First draft" in html
    assert "create" in html


# --- Supporting admins -------------------------------------------------------------------------------


def test_revisions_and_events_are_read_only_for_editors(editor_client, draft):
    revision = Revision.objects.get(article=draft)

    assert editor_client.get(reverse("admin:articles_revision_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:articles_workflowevent_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:articles_revision_add")).status_code == 403
    change = editor_client.post(reverse("admin:articles_revision_change", args=[revision.pk]), {"note": "forged"})
    assert change.status_code == 403
    assert Revision.objects.get(pk=revision.pk).note == "First draft"


def test_desks_are_viewed_by_editors_and_managed_by_superusers(client, editor_client, desk):
    assert editor_client.get(reverse("admin:articles_desk_changelist")).status_code == 200
    forged = editor_client.post(reverse("admin:articles_desk_add"), {"name": "Sport", "slug": "sport"})
    assert forged.status_code == 403

    boss = UserFactory(username="boss", is_staff=True, is_superuser=True)
    client.force_login(boss)
    created = client.post(reverse("admin:articles_desk_add"), {"name": "Sport", "slug": "sport"})

    assert created.status_code == 302
    assert Desk.objects.filter(slug="sport").exists()


def test_review_queue_offers_the_same_actions_and_opens_the_change_form(editor_client, editor, submitted):
    page = editor_client.get(reverse("admin:articles_reviewqueuearticle_change", args=[submitted.pk]))
    response = post_action(editor_client, "approve", [submitted], url=REVIEW_QUEUE)

    assert page.status_code == 200
    assert response.status_code == 302 and response["Location"].startswith(REVIEW_QUEUE)
    assert Article.objects.get(pk=submitted.pk).status == "approved"
    assert editor_client.get(REVIEW_QUEUE).context["cl"].result_count == 0


def test_the_change_page_of_published_copy_links_to_the_correction_page(editor_client, editor, draft):
    assert "correct-text-link" not in editor_client.get(change_url(draft)).content.decode()
    published = move_to(draft, "published", editor=editor)
    page = editor_client.get(change_url(published)).content.decode()
    assert "correct-text-link" in page and reverse("articles:correct", args=[published.pk]) in page


def test_the_admin_offers_reporters_as_co_authors_and_not_a_superuser(editor_client, draft, other_reporter):
    UserFactory(username="root", is_staff=True, is_superuser=True)
    field = editor_client.get(change_url(draft)).context["adminform"].form.fields["co_authors"]

    offered = {user.get_username() for user in field.queryset}
    assert "root" not in offered and other_reporter.get_username() in offered


def test_the_admin_does_not_offer_the_author_as_their_own_co_author(editor_client, draft, other_reporter):
    field = editor_client.get(change_url(draft)).context["adminform"].form.fields["co_authors"]

    offered = {user.get_username() for user in field.queryset}
    assert draft.author.get_username() not in offered
    # As on the web form, where the author is not offered either.
    data = article_change_form_data(editor_client, draft, co_authors=[draft.author.pk])
    response = editor_client.post(change_url(draft), data)
    assert response.status_code == 200 and response.context["adminform"].form.errors["co_authors"]


def test_a_co_author_id_no_database_could_hold_is_an_error_in_the_change_form(editor_client, draft):
    data = article_change_form_data(editor_client, draft, body="A sub-edited body.", co_authors=["99999999999999999999"])

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["co_authors"]
    assert "A sub-edited body." in response.content.decode()
    assert Article.objects.get(pk=draft.pk).version == 1


@pytest.mark.parametrize("note, error", [("Tightened \x1b[1m the top", "control character"), ("\ufeff", "only invisible")])
def test_a_revision_note_refused_for_its_characters_is_an_error_and_the_copy_kept(editor_client, draft, note, error):
    data = article_change_form_data(editor_client, draft, body="A sub-edited body.", note=note)

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 200
    assert error in " ".join(response.context["adminform"].form.errors["note"])
    assert "A sub-edited body." in response.content.decode()
    assert Article.objects.get(pk=draft.pk).version == 1


def test_the_service_refuses_a_revision_note_the_forms_would_refuse(editor, draft):
    from django.core.exceptions import ValidationError

    from articles import services

    for note in ["Bad \x07 bell", "n" * 301]:
        with pytest.raises(ValidationError) as refused:
            services.article_save_copy(article_id=draft.pk, user=editor, base_version=1, headline=draft.headline,
                                       standfirst="", body="New body.", note=note)
        assert list(refused.value.message_dict) == ["note"]
    assert Revision.objects.filter(article=draft).count() == 1


def test_a_deadline_beyond_the_calendar_is_an_error_in_the_change_form(settings, editor_client, draft):
    settings.TIME_ZONE = "America/New_York"
    data = article_change_form_data(editor_client, draft, body="A sub-edited body.", deadline_0="9999-12-31",
                                    deadline_1="23:59")

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 200
    assert "outside the calendar" in " ".join(response.context["adminform"].form.errors["deadline"])
    assert Article.objects.get(pk=draft.pk).deadline is None


@pytest.mark.parametrize(
    "url, query",
    [
        (CHANGELIST, "created_at__year=0"),
        (CHANGELIST, "deadline__year=99999"),
        (CHANGELIST, "headline__regex=("),
        (REVIEW_QUEUE, "created_at__year=0"),
        (reverse("admin:articles_revision_changelist"), "created_at__year=0"),
        (reverse("admin:articles_workflowevent_changelist"), "created_at__gte=10000-01-01"),
    ],
)
def test_a_list_address_the_admin_cannot_read_shows_the_whole_list_and_says_so(editor_client, draft, url, query):
    response = editor_client.get(f"{url}?{query}", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain and response.redirect_chain[-1][0].endswith("?e=1")
    assert any("could not be filtered as its address asked" in text for text in messages_of(response))


def test_an_id_too_large_for_the_database_in_a_list_address_is_no_server_error(editor_client, draft):
    response = editor_client.get(f"{CHANGELIST}?id__in=99999999999999999999", follow=True)

    assert response.status_code == 200
    if response.redirect_chain:
        # SQLite cannot hold the number: the whole list, and a word of why.
        assert response.redirect_chain[-1][0].endswith("?e=1")
        assert any("could not be filtered as its address asked" in text for text in messages_of(response))
    else:
        # PostgreSQL finds no article of that id.
        assert draft.headline not in response.content.decode()


def test_a_list_sorted_by_a_column_it_lacks_says_it_is_sorted_as_usual(editor_client, draft):
    # "²" is a digit to Python's isdigit() but no number to int(); nor are 5,000 digits, more than it reads.
    for order in ["99", "abc", "-1.2.x", "\u00b2", "9" * 5000]:
        response = editor_client.get(CHANGELIST, {"o": order})

        assert response.status_code == 200
        assert any("no such order to sort by" in text for text in messages_of(response))
    assert not any("no such order" in text for text in messages_of(editor_client.get(CHANGELIST, {"o": "-2"})))


@pytest.mark.parametrize("selected", ["", "abc", "1.5", "99999999999999999999"])
def test_an_action_on_a_selection_that_is_no_list_of_ids_does_nothing_and_says_so(editor_client, draft, selected):
    response = editor_client.post(
        CHANGELIST, {"action": "kill", ACTION_CHECKBOX_NAME: [selected], "apply": "yes", "comment": "Legal said no."}
    )

    assert response.status_code == 302
    assert any("selection could not be read" in text for text in messages_of(response))
    assert Article.objects.get(pk=draft.pk).status == "draft"


def test_the_way_back_from_an_action_asking_for_a_reason_leads_to_the_list_it_came_from(editor_client, draft):
    # Without the script (or before it has loaded) the link itself must lead back to the same filtered list.
    response = editor_client.post(f"{CHANGELIST}?status__exact=draft", {"action": "kill", ACTION_CHECKBOX_NAME: [draft.pk]})

    assert response.status_code == 200
    assert f'href="{CHANGELIST}?status__exact=draft" class="button cancel-link"' in response.content.decode()
    assert Article.objects.get(pk=draft.pk).status == "draft"


def test_the_review_queue_names_people_as_its_filters_do_and_says_who_is_not_assigned(
    editor_client, reporter, desk, editor
):
    reporter.first_name, reporter.last_name = "Rita", "Reyes"
    reporter.save(update_fields=["first_name", "last_name"])
    editor.first_name, editor.last_name = "Edna", "Eze"
    editor.save(update_fields=["first_name", "last_name"])
    taken = move_to(ArticleFactory(author=reporter, desk=desk, headline="Taken"), "in_review", editor=editor)
    move_to(ArticleFactory(author=reporter, desk=desk, headline="Waiting"), "submitted", editor=editor)
    assert taken.assigned_editor == editor

    response = editor_client.get(REVIEW_QUEUE)

    rows = response.content.decode()
    assert "<td class=\"field-author_named\">Rita Reyes</td>" in rows
    assert "<td class=\"field-assigned_editor_named\">Edna Eze</td>" in rows
    assert "<td class=\"field-assigned_editor_named\">Not assigned</td>" in rows
    assert ">rita<" not in rows and ">edna<" not in rows
    assert filter_choices(response, "assigned editor")[-1] == "Not assigned"
    only_unassigned = editor_client.get(REVIEW_QUEUE, {"assigned_editor__isnull": "True"})
    assert [a.headline for a in only_unassigned.context["cl"].result_list] == ["Waiting"]
