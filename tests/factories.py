"""Test data built through the same services the product uses, so factories never bypass the rules."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles import services
from articles.models import Article, Desk

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@newsroom.test")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if extracted:
            user.groups.add(Group.objects.get(name=extracted))
        user.save()


class DeskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Desk
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Desk {n}")
    slug = factory.Sequence(lambda n: f"desk-{n}")


class ArticleFactory(factory.Factory):
    """Creates a draft through services.article_create (revision 1, audit event, scan hook)."""

    class Meta:
        model = Article

    author = factory.SubFactory(UserFactory, role="Reporter")
    desk = factory.SubFactory(DeskFactory)
    headline = factory.Sequence(lambda n: f"Council approves budget for new library, number {n}")
    standfirst = "The vote followed two years of debate over the site."
    body = (
        "The city council voted 9-4 on Tuesday to approve a budget of $12.5 million for the new library.\n\n"
        '"This is the biggest investment in reading this town has made," said Mayor Alice Moreno.'
    )
    deadline = None

    @classmethod
    def _create(cls, model_class, **kwargs):
        return services.article_create(**kwargs)

    @classmethod
    def _build(cls, model_class, **kwargs):
        return model_class(**kwargs)


def clear_fact_check(article, *, checker=None):
    """Run the newest revision's claim scan here (as the worker would) and verify every open claim,
    with a source, as a fact-checker: what the desk does before an article may be published."""
    from factcheck import services as factcheck_services
    from factcheck.models import ClaimCheck, ScanRun
    from factcheck.selectors import claims_blocking_publication

    article.refresh_from_db()
    checker = checker or UserFactory(username="desk-checker", role="Fact-checker")
    run = ScanRun.objects.filter(article=article, revision__number=article.version).order_by("-id").first()
    if run is None or run.is_open:
        run = run or factcheck_services.scan_run_queue(revision=article.revisions.get(number=article.version))
        factcheck_services.scan_run_execute(scan_run_id=run.pk)
    source = factcheck_services.SourceInput(kind="document", reference="Checked against the original record")
    for claim in claims_blocking_publication(article):
        checks = [ClaimCheck.FIGURE, ClaimCheck.ATTRIBUTION] if claim.has_attribution_check else [ClaimCheck.FIGURE]
        for check in checks:
            factcheck_services.claim_rule(
                claim_id=claim.pk, user=checker, verdict="verified", note="Matches the record.", sources=[source],
                check=check,
            )
    return article


def move_to(article, status, *, editor, reporter=None, fact_check=True):
    """Walk an article through the real workflow to `status` (for tests that need a later state).

    Copy is cleared by the fact-check desk on approval (see clear_fact_check), so that it may be
    scheduled and published; `fact_check=False` leaves its claims open, for tests of the gate.
    """
    from datetime import timedelta

    from django.utils import timezone

    reporter = reporter or article.author
    paths = {
        "draft": [],
        "submitted": [("submit", reporter)],
        "in_review": [("submit", reporter), ("start_review", editor)],
        "changes_requested": [("submit", reporter), ("request_changes", editor)],
        "approved": [("submit", reporter), ("approve", editor)],
        "scheduled": [("submit", reporter), ("approve", editor), ("schedule", editor)],
        "published": [("submit", reporter), ("approve", editor), ("publish", editor)],
        "corrected": [("submit", reporter), ("approve", editor), ("publish", editor), ("correct", editor)],
        "killed": [("kill", editor)],
        "archived": [("submit", reporter), ("approve", editor), ("publish", editor), ("archive", editor)],
    }
    for name, user in paths[status]:
        article = services.article_transition(
            article_id=article.pk,
            user=user,
            name=name,
            comment="Test step" ,
            scheduled_for=timezone.now() + timedelta(hours=2) if name == "schedule" else None,
        )
        if name == "approve" and fact_check:
            clear_fact_check(article)
    return article
