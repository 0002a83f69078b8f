"""Celery entry points of the editorial app. Each one hands off to a service."""

from celery import shared_task

from . import services


@shared_task(name="articles.tasks.publish_due_articles")
def publish_due_articles() -> list[int]:
    """Publish the scheduled articles whose time has come (run by Celery beat every 30 seconds)."""
    return services.article_publish_due()


@shared_task(name="articles.tasks.publish_cleared_corrections")
def publish_cleared_corrections() -> list[int]:
    """Publish the corrections held for the fact-check desk whose claims are cleared (run by Celery beat
    every 30 seconds; a ruling or waiver that clears the last claim publishes one at once as well)."""
    return services.article_publish_cleared_corrections()
