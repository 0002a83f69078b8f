"""Two editors on one article: a save based on an older version never overwrites silently, and a workflow
step a colleague took a moment before is refused with who took it."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from articles import admin as articles_admin
from articles import services
from articles.models import Article, Revision, WorkflowEvent
from tests.admin_forms import article_change_form_data
from tests.factories import UserFactory, move_to


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


@pytest.fixture
def first_editor(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def second_editor(db):
    client = Client()
    client.force_login(UserFactory(username="ed2", role="Editor", is_staff=True))
    return client


def test_second_save_from_the_same_version_is_refused_with_the_diff_and_keeps_the_text(
    first_editor, second_editor, draft
):
    first_data = article_change_form_data(first_editor, draft)
    second_data = article_change_form_data(second_editor, draft)
    assert first_data["base_version"] == second_data["base_version"] == 1

    won = first_editor.post(change_url(draft), {**first_data, "headline": "Council backs library budget"})
    assert won.status_code == 302

    refused = second_editor.post(change_url(draft), {**second_data, "body": "My rewritten body."})

    assert refused.status_code == 200
    form = refused.context["adminform"].form
    assert "Someone else saved this article (now version 2)" in " ".join(form.non_field_errors())
    html = refused.content.decode()
    assert "<del>approves</del><ins>backs library</ins>" in html
    assert form["body"].value() == "My rewritten body."
    assert form["base_version"].value() == 2
    assert Revision.objects.filter(article=draft).count() == 2
    assert Article.objects.get(pk=draft.pk).body == draft.body


def test_saving_again_after_seeing_the_conflict_goes_through(first_editor, second_editor, draft):
    first_data = article_change_form_data(first_editor, draft)
    second_data = article_change_form_data(second_editor, draft)
    first_editor.post(change_url(draft), {**first_data, "headline": "Council backs library budget"})
    refused = second_editor.post(change_url(draft), {**second_data, "body": "My rewritten body."})
    rebased = refused.context["adminform"].form["base_version"].value()

    saved = second_editor.post(
        change_url(draft), {**second_data, "body": "My rewritten body.", "base_version": rebased}
    )

    assert saved.status_code == 302
    article = Article.objects.get(pk=draft.pk)
    assert (article.version, article.body) == (3, "My rewritten body.")
    assert Revision.objects.get(article=draft, number=3).created_by.username == "ed2"



def test_the_same_save_sent_twice_is_told_already_saved_and_saves_nothing_more(first_editor, editor, draft):
    data = article_change_form_data(
        first_editor, draft, body=draft.body + " The vote was 7 to 2.", note="Vote count", **{
            "comments-0-body": "Checked the count with the clerk.",
        }
    )
    first_editor.post(change_url(draft), data, follow=True)  # its "changed successfully" read

    # Save pressed again when the network seemed to drop: the same form, based on version 1.
    again = first_editor.post(change_url(draft), data, follow=True)

    page = again.content.decode()
    assert again.redirect_chain and again.redirect_chain[0][0] == change_url(draft)
    assert "This text is already saved: you saved it as revision 2" in page
    assert "Someone else saved" not in page and "was changed successfully" not in page
    article = Article.objects.get(pk=draft.pk)
    assert (article.version, article.body) == (2, draft.body + " The vote was 7 to 2.")
    assert article.comments.count() == 1  # the comment sent with it is not added twice


def test_a_save_sent_twice_with_other_copy_the_second_time_is_a_conflict(first_editor, draft):
    data = article_change_form_data(first_editor, draft, body=draft.body + " The vote was 7 to 2.")
    first_editor.post(change_url(draft), data)

    refused = first_editor.post(change_url(draft), {**data, "body": draft.body + " The vote was 8 to 1."})

    assert refused.status_code == 200
    assert refused.context["adminform"].form.edit_conflict is not None
    assert Article.objects.get(pk=draft.pk).version == 2

def test_conflict_diff_escapes_markup_typed_by_the_other_editor(first_editor, second_editor, draft):
    first_data = article_change_form_data(first_editor, draft)
    second_data = article_change_form_data(second_editor, draft)
    first_editor.post(change_url(draft), {**first_data, "standfirst": "<script>alert('x')</script>"})

    html = second_editor.post(change_url(draft), {**second_data, "body": "Mine."}).content.decode()

    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


@pytest.mark.parametrize("forged", ["99", "0"])
def test_a_base_version_that_never_existed_is_a_conflict_not_a_crash(first_editor, draft, forged):
    data = article_change_form_data(first_editor, draft)

    response = first_editor.post(change_url(draft), {**data, "body": "Forged.", "base_version": forged})

    assert response.status_code == 200
    assert response.context["adminform"].form.edit_conflict is not None
    assert Article.objects.get(pk=draft.pk).version == 1


def test_a_missing_base_version_is_a_form_error(first_editor, draft):
    data = article_change_form_data(first_editor, draft)
    del data["base_version"]

    response = first_editor.post(change_url(draft), {**data, "body": "No version."})

    assert response.status_code == 200
    assert "base_version" in response.context["adminform"].form.errors
    assert Article.objects.get(pk=draft.pk).version == 1


def test_a_conflict_found_only_by_the_service_is_shown_on_the_form(monkeypatch, first_editor, draft):
    """Another save lands between the form's check and the service's write (the SQLite race)."""
    data = article_change_form_data(first_editor, draft)
    real_save = services.article_save_copy
    rival = UserFactory(username="rival", role="Editor", is_staff=True)

    def save_after_a_rival(**kwargs):
        real_save(
            article_id=kwargs["article_id"],
            user=rival,
            base_version=kwargs["base_version"],
            headline="Rival headline",
            standfirst="",
            body="Rival body",
        )
        return real_save(**kwargs)

    monkeypatch.setattr(articles_admin.services, "article_save_copy", save_after_a_rival)

    response = first_editor.post(change_url(draft), {**data, "body": "My body."})

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "Someone else saved this article" in " ".join(form.non_field_errors())
    assert form["body"].value() == "My body."
    # The refused request wrote nothing, not even the rival's save that shared its transaction.
    assert Article.objects.get(pk=draft.pk).version == 1
    assert Revision.objects.filter(article=draft).count() == 1


def take_action(client, action, article):
    response = client.post(
        reverse("admin:articles_article_changelist"), {"action": action, ACTION_CHECKBOX_NAME: [article.pk]}
    )
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def test_two_editors_publishing_one_article_publish_it_once_and_the_second_is_told_by_whom(
    first_editor, second_editor, editor, draft
):
    approved = move_to(draft, "approved", editor=editor)
    take_action(first_editor, "publish", approved)  # both had the list open; the first click lands first

    told = take_action(second_editor, "publish", approved)

    assert len(told) == 1
    level, text = told[0]
    assert level == "warning" and text.startswith(f"“{approved.headline}”: “Publish now” was already done by {editor.get_full_name()} at")
    assert text.endswith("and the article is now published. Nothing was changed.")
    assert WorkflowEvent.objects.filter(article=approved, action="publish").count() == 1


def test_an_editor_clicking_take_for_review_twice_is_told_it_is_done_as_news(first_editor, editor, draft):
    submitted = move_to(draft, "submitted", editor=editor)
    take_action(first_editor, "start_review", submitted)

    level, text = take_action(first_editor, "start_review", submitted)[-1]  # after the first click's "done"

    assert level == "info" and "“Take for review” was already done: you did it at" in text


def test_a_step_refused_for_another_reason_still_says_why(second_editor, draft):
    [(level, text)] = take_action(second_editor, "publish", draft)

    assert level == "error" and "Cannot publish now: the article is draft" in text


def test_publish_now_on_an_archived_article_is_refused_as_an_error_not_told_as_done(first_editor, editor, draft):
    # The article was published once, then archived: its publication was undone, so "Publish now" is a
    # step that does not apply to it now, not one already taken.
    archived = move_to(draft, "archived", editor=editor)

    [(level, text)] = take_action(first_editor, "publish", archived)

    assert level == "error"
    assert "Cannot publish now: the article is archived" in text
    assert "already done" not in text
    assert Article.objects.get(pk=archived.pk).status == "archived"
    assert WorkflowEvent.objects.filter(article=archived, action="publish").count() == 1


def test_archive_sent_twice_is_told_as_already_done(first_editor, editor, draft):
    published = move_to(draft, "published", editor=editor)
    services.article_transition(article_id=published.pk, user=editor, name="archive", comment="Legal")

    response = first_editor.post(
        reverse("admin:articles_article_changelist"),
        {"action": "archive", ACTION_CHECKBOX_NAME: [published.pk], "apply": "yes", "comment": "Legal"},
    )

    [told] = [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]
    assert told[0] == "info" and "“Archive (unpublish)” was already done: you did it at" in told[1]
