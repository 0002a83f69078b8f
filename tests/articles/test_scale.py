"""The editorial pages at the size of a busy newsroom: a page runs the same number of queries whatever
the number of rows (a query per row is found here, on a few rows against many, rather than by a
newsroom whose pages slow down)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

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

