from django.apps import AppConfig


def queue_scan_of_new_revision(sender, revision, **kwargs):
    """Every saved revision gets a scan: recorded in the saving transaction, published on its commit."""
    from .services import scan_run_queue

    scan_run_queue(revision=revision, reason="save", requested_by=revision.created_by)


class FactcheckConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "factcheck"
    verbose_name = "Fact-checking"

    def ready(self):
        from articles.models import Revision
        from articles.signals import revision_created

        revision_created.connect(
            queue_scan_of_new_revision, sender=Revision, dispatch_uid="factcheck.queue_scan_of_new_revision"
        )
        from django.db.models.signals import post_save

        from articles.models import Article

        from .services import claims_follow_article

        post_save.connect(claims_follow_article, sender=Article, dispatch_uid="factcheck.claims_follow_article")
