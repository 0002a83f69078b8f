"""Two saves of one draft from separate database connections: exactly one wins, nothing is lost silently."""

import threading
import time

import pytest
from django.db import connection, connections, transaction

from articles import services
from articles.models import Article, Revision
from articles.wire import parse_wire_text
from tests.factories import ArticleFactory, UserFactory
from tests.postgres_locks import waiting_on_locks

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks between connections need PostgreSQL"),
]


# serialized_rollback: the flush after this test must leave the role groups and content types as the
# migrations made them, or later tests that restore serialized data would collide with re-created rows.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_saves_of_one_draft_exactly_one_wins(desk):
    author = UserFactory(role="Reporter")
    co_author = UserFactory(role="Reporter")
    article = ArticleFactory(author=author, desk=desk, co_authors=[co_author], body="Original body.")
    outcomes: dict[str, object] = {}

    def save(user, body):
        try:
            services.article_save_copy(
                article_id=article.pk,
                user=user,
                base_version=1,
                headline=article.headline,
                standfirst=article.standfirst,
                body=body,
                note=f"{user.username}'s edit",
            )
            outcomes[user.username] = "won"
        except services.EditConflict as conflict:
            outcomes[user.username] = conflict
        except Exception as error:  # reported below rather than lost in the thread
            outcomes[user.username] = error
        finally:
            connections.close_all()  # this thread's own connection

    # Hold the article's row lock so that both saves are provably in flight at the same moment,
    # each on its own connection, before either may proceed.
    with transaction.atomic():
        Article.objects.select_for_update().get(pk=article.pk)
        threads = [
            threading.Thread(target=save, args=(author, "The author's version.")),
            threading.Thread(target=save, args=(co_author, "The co-author's version.")),
        ]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 20
        while waiting_on_locks() < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert waiting_on_locks() == 2, f"both saves should be waiting on the row lock: {outcomes}"
    for thread in threads:
        thread.join(timeout=30)

    winners = [name for name, outcome in outcomes.items() if outcome == "won"]
    losers = [outcome for outcome in outcomes.values() if isinstance(outcome, services.EditConflict)]
    assert len(winners) == 1 and len(losers) == 1
    article.refresh_from_db()
    assert article.version == 2
    winning_body = "The author's version." if winners == [author.username] else "The co-author's version."
    assert article.body == winning_body
    assert list(Revision.objects.filter(article=article).values_list("number", flat=True).order_by("number")) == [1, 2]
    # The loser is told what it was based on and what is there now, so it can merge.
    conflict = losers[0]
    assert conflict.base_version == 1 and conflict.article.version == 2
    assert conflict.current_revision.body == winning_body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_imports_of_the_same_wire_update_at_once_apply_it_once_and_skip_the_other(reporter, desk):
    first = parse_wire_text("BC-FLOODS/\nFloods close schools\n\nFloods closed 120 schools.")
    article, _ = services.article_import_wire(author=reporter, desk=desk, story=first, file_name="a.txt")
    update = parse_wire_text("BC-FLOODS/\nUPDATE 1-Floods close schools\n\nFloods closed 140 schools.")
    outcomes: dict[str, object] = {}

    def import_update(file_name):
        try:
            services.article_import_wire(author=reporter, desk=desk, story=update, file_name=file_name)
            outcomes[file_name] = "applied"
        except Exception as error:  # the outcome is what the test checks
            outcomes[file_name] = error
        finally:
            connections.close_all()

    # Both runs have found the draft and wait for its lock before either may go on.
    with transaction.atomic():
        Article.objects.select_for_update().get(pk=article.pk)
        threads = [threading.Thread(target=import_update, args=(name,)) for name in ("b.txt", "b-again.txt")]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 20
        while waiting_on_locks() < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert waiting_on_locks() == 2, f"both imports should be waiting on the row lock: {outcomes}"
    for thread in threads:
        thread.join(timeout=30)

    # The one that waited is told the copy is in already, not that the desk edited the draft.
    assert sorted(type(outcome).__name__ if outcome != "applied" else outcome for outcome in outcomes.values()) == [
        "WireCopyAlreadyImported", "applied"
    ], outcomes
    article.refresh_from_db()
    assert (article.version, article.body) == (2, "Floods closed 140 schools.")
