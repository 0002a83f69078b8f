"""The editorial pages at the size of a busy newsroom: a page runs the same number of queries whatever
the number of rows (a query per row is found here, on a few rows against many, rather than by a
newsroom whose pages slow down), and a record that grows with every save is shown a page at a time."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import services
from tests.factories import ArticleFactory


def queries_to_get(client, url, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def test_my_drafts_runs_as_many_queries_for_a_full_page_of_co_authored_copy_as_for_one_row(
    client, reporter, other_reporter, desk
):
    ArticleFactory(author=reporter, desk=desk)
    client.force_login(reporter)
    one_row = queries_to_get(client, "/articles/mine/")
    for n in range(12):
        # Copy the reporter co-writes is theirs to edit as much as their own: asked of every row.
        ArticleFactory(author=other_reporter, desk=desk, co_authors=[reporter], headline=f"Joint story {n}")
        ArticleFactory(author=reporter, desk=desk, headline=f"Own story {n}")

    full_page = queries_to_get(client, "/articles/mine/")

    assert full_page == one_row


def save_again(article, user, n):
    article.refresh_from_db()
    services.article_save_copy(
        article_id=article.pk, user=user, base_version=article.version, headline=article.headline,
        standfirst=article.standfirst, body=f"{article.body} Update {n}.", note=f"Update {n}",
    )


def test_the_revision_history_of_a_story_saved_all_day_lists_twenty_revisions_a_page(client, reporter, draft):
    for n in range(24):
        save_again(draft, reporter, n)  # revisions 2 to 25
    client.force_login(reporter)
    url = reverse("articles:revisions", args=[draft.pk])

    first = client.get(url)
    second = client.get(url, {"page": 2})

    assert [revision.number for revision, _ in first.context["rows"]] == list(range(25, 5, -1))
    assert [revision.number for revision, _ in second.context["rows"]] == [5, 4, 3, 2, 1]
    # The last row of a page still links to its changes from the revision on the next page.
    assert reverse("articles:revision_compare", args=[draft.pk, 5, 6]) in first.content.decode()
    assert "Page 1 of 2" in first.content.decode()
    # The comparison offers every revision, not only those of the page.
    assert 'value="1"' in first.content.decode() and 'value="25"' in second.content.decode()


def test_the_admin_page_of_a_story_saved_all_day_shows_its_twenty_newest_revisions_and_events(
    client, reporter, editor, draft
):
    for n in range(24):
        save_again(draft, reporter, n)  # revisions 2 to 25
    for n in range(12):
        # Submitted and withdrawn again and again: two workflow events a round, 25 with its creation.
        for step in ("submit", "withdraw"):
            services.article_transition(article_id=draft.pk, user=reporter, name=step, comment=f"Round {n}")
    client.force_login(editor)

    page = client.get(reverse("admin:articles_article_change", args=[draft.pk]))

    formsets = {formset.formset.model.__name__: formset.formset for formset in page.context["inline_admin_formsets"]}
    assert [form.instance.number for form in formsets["Revision"].forms] == list(range(25, 5, -1))
    assert len(formsets["WorkflowEvent"].forms) == 20
    html = page.content.decode()
    assert "Revisions: the 20 newest of 25" in html and "Workflow events: the 20 newest of 25" in html
    assert reverse("articles:revisions", args=[draft.pk]) in html
    events = f"{reverse('admin:articles_workflowevent_changelist')}?article__id__exact={draft.pk}"
    assert events in html
    listed = client.get(events)
    assert listed.status_code == 200 and listed.context["cl"].result_count == 25
