"""The editorial pages at the size of a busy newsroom: a page runs the same number of queries whatever
the number of rows (a query per row is found here, on a few rows against many, rather than by a
newsroom whose pages slow down), and a record that grows with every save is shown a page at a time."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import selectors, services
from newsroom.people import person_name
from tests.factories import ArticleFactory, move_to
from tests.query_plans import sorts_rows_itself


def distinct_reads_of_the_newsroom(captured) -> list[str]:
    """Queries with a DISTINCT over articles, revisions, events, claims or scans (not the few users)."""
    newsroom_tables = ("articles_", "factcheck_")
    return [q["sql"] for q in captured if "DISTINCT" in q["sql"] and any(t in q["sql"] for t in newsroom_tables)]


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


def test_the_editors_admin_lists_and_their_filters_read_no_distinct_over_a_whole_table(
    client, reporter, other_reporter, editor, desk
):
    published = move_to(ArticleFactory(author=reporter, desk=desk), "published", editor=editor)
    move_to(ArticleFactory(author=other_reporter, desk=desk, headline="In review"), "in_review", editor=editor)
    client.force_login(editor)
    lists = [
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_reviewqueuearticle_changelist"),
        reverse("admin:articles_revision_changelist"),
        reverse("admin:articles_workflowevent_changelist"),
    ]

    for url in lists:
        with CaptureQueriesContext(connection) as captured:
            page = client.get(url)
        assert page.status_code == 200
        # Filter choices and date drill-downs gathered from every article, revision or event.
        assert not distinct_reads_of_the_newsroom(captured), url

    by_reporter = client.get(lists[0], {"author__id__exact": reporter.pk})
    assert [a.pk for a in by_reporter.context["cl"].result_list] == [published.pk]
    assert person_name(other_reporter) in client.get(lists[0]).content.decode()  # every reporter is offered
    assert client.get(lists[1], {"assigned_editor__id__exact": editor.pk}).context["cl"].result_count == 1
    publishing = client.get(lists[3], {"action": "publish"}).context["cl"].result_list
    assert [(e.article_id, e.action) for e in publishing] == [(published.pk, "publish")]
    assert client.get(lists[2], {"created_at__gte": "2000-01-01 00:00:00+00:00"}).context["cl"].result_count == 2


def test_the_public_news_list_is_read_latest_first_along_an_index(client, reporter, editor, desk):
    for n in range(3):
        move_to(ArticleFactory(author=reporter, desk=desk, headline=f"Story {n}"), "published", editor=editor)

    page = client.get(reverse("articles:public_index"))

    assert len(page.context["page"].object_list) == 3
    assert not sorts_rows_itself(selectors.published_articles()[:20])
