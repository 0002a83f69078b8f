from datetime import timedelta

from django.utils import timezone

from articles.models import Article, WorkflowEvent
from articles.tasks import publish_due_articles
from tests.factories import ArticleFactory, move_to


def scheduled_article(*, author, desk, editor, due_in: timedelta):
    article = move_to(ArticleFactory(author=author, desk=desk), "scheduled", editor=editor)
    # The service refuses a publication time in the past, so the clock is moved by rewriting the time.
    Article.objects.filter(pk=article.pk).update(scheduled_for=timezone.now() + due_in)
    return article


def test_publish_due_articles_publishes_an_article_whose_time_has_passed(reporter, desk, editor):
    article = scheduled_article(author=reporter, desk=desk, editor=editor, due_in=timedelta(minutes=-1))

    assert publish_due_articles() == [article.pk]

    article.refresh_from_db()
    assert article.status == "published"
    assert article.published_at is not None
    assert article.scheduled_for is None


def test_publish_due_articles_leaves_articles_scheduled_for_the_future_alone(reporter, desk, editor):
    article = scheduled_article(author=reporter, desk=desk, editor=editor, due_in=timedelta(hours=1))

    assert publish_due_articles() == []

    article.refresh_from_db()
    assert article.status == "scheduled"
    assert article.published_at is None


def test_scheduled_publication_is_audited_as_the_system_not_a_person(reporter, desk, editor):
    article = scheduled_article(author=reporter, desk=desk, editor=editor, due_in=timedelta(seconds=-5))

    publish_due_articles()

    event = WorkflowEvent.objects.filter(article=article).order_by("-id").first()
    assert (event.action, event.from_status, event.to_status) == ("publish_scheduled", "scheduled", "published")
    assert event.actor is None


def test_publish_due_articles_run_twice_publishes_once(reporter, desk, editor):
    article = scheduled_article(author=reporter, desk=desk, editor=editor, due_in=timedelta(minutes=-1))

    assert publish_due_articles() == [article.pk]
    assert publish_due_articles() == []
    assert WorkflowEvent.objects.filter(article=article, action="publish_scheduled").count() == 1
