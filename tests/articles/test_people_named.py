"""An article's history, its pages and the messages about it name people as colleagues know them: by
their full name, by their sign-in name only when they have none, and "system" for a step nobody took."""

import html
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from articles import services
from articles.models import HeldCorrection, WorkflowEvent
from tests.admin_forms import article_change_form_data
from tests.factories import ArticleFactory, UserFactory, move_to

pytestmark = pytest.mark.django_db

NEW_FIGURE = "The scheme will also cost taxpayers 9 billion pounds over 40 years."


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


def test_assigning_an_editor_records_them_by_full_name(reporter, editor, draft):
    submitted = move_to(draft, "submitted", editor=editor)

    services.article_assign_editor(article_id=submitted.pk, user=editor, editor=editor)

    assert WorkflowEvent.objects.filter(article=draft, action="assign").get().comment == "Assigned to Alice Smith"


def test_assigning_an_editor_with_no_full_name_records_their_sign_in_name(editor, nameless_editor, draft):
    submitted = move_to(draft, "submitted", editor=editor)

    services.article_assign_editor(article_id=submitted.pk, user=editor, editor=nameless_editor)

    assert WorkflowEvent.objects.filter(article=draft, action="assign").get().comment == "Assigned to deskhand"


def test_refusing_to_assign_names_the_person_refused(editor, draft):
    submitted = move_to(draft, "submitted", editor=editor)
    not_an_editor = UserFactory(username="fc9", first_name="Farah", last_name="Okoro", role="Fact-checker")
    writer_and_editor = UserFactory(username="wren", first_name="Wren", last_name="Hale", role="Editor", is_staff=True)
    co_written = ArticleFactory(author=submitted.author, desk=submitted.desk, co_authors=[writer_and_editor])

    with pytest.raises(ValidationError, match="Farah Okoro is not an editor."):
        services.article_assign_editor(article_id=submitted.pk, user=editor, editor=not_an_editor)
    with pytest.raises(ValidationError, match="Wren Hale is on this story's byline"):
        services.article_assign_editor(article_id=co_written.pk, user=editor, editor=writer_and_editor)


def test_the_same_text_saved_by_a_colleague_is_said_to_be_saved_by_them_by_name(reporter, desk):
    co_author = UserFactory(username="oscar", first_name="Oscar", last_name="Nkemelu", role="Reporter")
    article = ArticleFactory(author=reporter, desk=desk, co_authors=[co_author])
    copy = {"headline": article.headline, "standfirst": article.standfirst, "body": article.body + " More."}
    services.article_save_copy(article_id=article.pk, user=co_author, base_version=1, **copy)

    with pytest.raises(services.CopyAlreadySaved) as repeat:
        services.article_save_copy(article_id=article.pk, user=reporter, base_version=1, **copy)

    told = repeat.value.describe(reporter)
    assert "This text is already saved: Oscar Nkemelu saved the same text as revision 2" in told


def test_the_revision_comparison_names_who_saved_each_revision(client, reporter, desk):
    co_author = UserFactory(username="oscar", first_name="Oscar", last_name="Nkemelu", role="Reporter")
    article = ArticleFactory(author=reporter, desk=desk, co_authors=[co_author])
    services.article_save_copy(
        article_id=article.pk, user=co_author, base_version=1,
        headline=article.headline, standfirst=article.standfirst, body=article.body + " More.",
    )
    client.force_login(reporter)

    page = page_text(client.get(reverse("articles:revision_compare", args=[article.pk, 1, 2])))

    assert "revision 1 by Rita Reyes (" in page and "revision 2 by Oscar Nkemelu (" in page


def test_the_admins_edit_conflict_names_who_saved_the_stored_copy(client, reporter, editor, draft):
    client.force_login(editor)
    opened = article_change_form_data(client, draft, body="My sub-edited body.")
    services.article_save_copy(
        article_id=draft.pk, user=reporter, base_version=1,
        headline=draft.headline, standfirst=draft.standfirst, body=draft.body + " More.",
    )

    page = page_text(client.post(reverse("admin:articles_article_change", args=[draft.pk]), opened))

    assert "The stored copy is now version 2, saved by Rita Reyes at" in page


@pytest.fixture
def held_correction(client, reporter, editor, desk):
    """A published article whose correction, bringing a figure the desk has not checked, is held."""
    article = ArticleFactory(
        author=reporter, desk=desk, standfirst="",
        body="The council approved a transport scheme costing 2 billion pounds on Tuesday.",
    )
    article = move_to(article, "published", editor=editor)
    client.force_login(editor)
    correction = {
        "headline": article.headline, "standfirst": "", "body": f"{article.body} {NEW_FIGURE}",
        "note": "An earlier version left out the scheme's cost to taxpayers.", "base_version": article.version,
    }
    client.post(reverse("articles:correct", args=[article.pk]), correction)
    assert HeldCorrection.objects.filter(article=article).exists()
    return article, correction


def test_a_held_correction_sent_again_names_who_sent_it(client, held_correction):
    article, correction = held_correction

    page = page_text(client.post(reverse("articles:correct", args=[article.pk]), correction, follow=True))

    assert "This correction is already held for the fact-check desk (sent by Alice Smith," in page


def test_withdrawing_a_held_correction_records_who_withdrew_it_by_name(client, held_correction):
    article, _ = held_correction

    client.post(reverse("articles:held_correction_withdraw", args=[article.pk]))

    withdrawn = WorkflowEvent.objects.get(article=article, action="withdraw_correction")
    assert withdrawn.comment.startswith("Withdrawn by Alice Smith.")



def test_the_admin_page_names_who_sent_the_held_correction(client, held_correction):
    article, _ = held_correction

    page = page_text(client.get(reverse("admin:articles_article_change", args=[article.pk])))

    assert "A correction sent by Alice Smith at" in page


# --- The admin's lists and pages of revisions, workflow events and comments --------------------------


def words_in_results(response) -> list[str]:
    """The words of an admin list's rows (not its filters, nor the "Welcome" beside the user's own name)."""
    page = response.content.decode()
    rows = page.split('id="result_list"', 1)[1].split("</table>", 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", " ", rows)).split()


def test_the_admin_lists_of_revisions_and_workflow_events_name_people_by_full_name(client, reporter, editor, draft):
    move_to(draft, "in_review", editor=editor)
    client.force_login(editor)

    revisions = words_in_results(client.get(reverse("admin:articles_revision_changelist")))
    events = words_in_results(client.get(reverse("admin:articles_workflowevent_changelist")))

    assert "Reyes" in revisions and "rita" not in revisions
    assert {"Reyes", "Smith"} <= set(events) and not {"rita", "alice"} & set(events)


def test_the_admin_pages_of_a_revision_and_a_workflow_event_name_people_by_full_name(
    client, reporter, editor, nameless_editor, draft
):
    move_to(draft, "in_review", editor=nameless_editor)
    client.force_login(editor)
    revision = draft.revisions.get(number=1)
    taken = WorkflowEvent.objects.get(article=draft, action="start_review")

    revision_page = page_text(client.get(reverse("admin:articles_revision_change", args=[revision.pk])))
    event_page = page_text(client.get(reverse("admin:articles_workflowevent_change", args=[taken.pk])))

    # As text: a link to the person's account page was one only the superuser may open.
    assert "Created by: Rita Reyes" in revision_page
    assert "Actor: deskhand" in event_page


def test_an_editorial_comment_in_the_admin_is_by_its_authors_full_name(client, editor, draft):
    comment = services.editorial_comment_add(article_id=draft.pk, user=editor, body="Check the vote count.")
    client.force_login(editor)

    page = page_text(client.get(reverse("admin:articles_article_change", args=[draft.pk])))

    assert str(comment) == f"Comment by Alice Smith on {draft.pk}"
    assert f"Comment by Alice Smith on {draft.pk}" in page


def test_the_admins_assigned_editor_box_offers_editors_by_full_name_with_their_sign_in_name(
    client, editor, nameless_editor, draft
):
    client.force_login(editor)

    form = client.get(reverse("admin:articles_article_change", args=[draft.pk])).context["adminform"].form
    offered = [label for value, label in form.fields["assigned_editor"].choices if value]

    # As the co-author box beside it offers reporters; someone with no full name by their sign-in name.
    assert "Alice Smith (alice)" in offered and "deskhand" in offered
    assert "alice" not in offered


def test_the_admin_page_of_copy_an_editor_cannot_change_names_its_co_authors_and_editor_by_full_name(
    client, reporter, editor, desk
):
    co_author = UserFactory(username="oscar", first_name="Oscar", last_name="Nkemelu", role="Reporter")
    article = move_to(ArticleFactory(author=reporter, desk=desk, co_authors=[co_author]), "published", editor=editor)
    services.article_assign_editor(article_id=article.pk, user=editor, editor=editor)
    client.force_login(editor)

    page = page_text(client.get(reverse("admin:articles_article_change", args=[article.pk])))

    assert "Author: Rita Reyes Co authors: Oscar Nkemelu Assigned editor: Alice Smith" in page


@pytest.mark.parametrize(
    "changelist",
    ["admin:articles_article_changelist", "admin:articles_revision_changelist", "admin:articles_workflowevent_changelist"],
)
@pytest.mark.parametrize("query", ["Reyes", "Rita Reyes", "rita"])
def test_the_admin_lists_find_a_reporter_by_the_name_they_show(client, editor, reporter, desk, changelist, query):
    # The lists show "Rita Reyes": an editor who searches for what the list shows finds her work.
    mine = ArticleFactory(author=reporter, desk=desk, headline="Harbour repairs")
    move_to(mine, "submitted", editor=editor)
    someone_else = UserFactory(username="omar", first_name="Omar", last_name="Haddad", role="Reporter")
    theirs = ArticleFactory(author=someone_else, desk=desk, headline="School meals")
    move_to(theirs, "submitted", editor=editor)
    client.force_login(editor)

    rows = client.get(reverse(changelist), {"q": query}).context["cl"].result_list

    articles = {getattr(row, "article_id", row.pk) for row in rows}
    assert mine.pk in articles and theirs.pk not in articles
