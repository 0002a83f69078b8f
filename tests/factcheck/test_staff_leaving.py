"""A fact-checker who leaves the newsroom: the claims they held go back within the desk's reach."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, ClaimStatus, ScanRun
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

BODY = "The council approved a budget of $12.5 million for the new library."
URL = services.SourceInput(kind="url", reference="https://council.example/minutes")


@pytest.fixture
def money(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return Claim.objects.get(article=article, kind="money")


@pytest.fixture
def colleague(db):
    return UserFactory(username="fred", role="Fact-checker")


def _leaves(person):
    person.is_active = False
    person.save(update_fields=["is_active"])


def test_a_claim_held_by_a_checker_who_left_can_be_taken_over_by_a_colleague(money, fact_checker, colleague):
    services.claim_take(claim_id=money.pk, user=fact_checker)
    _leaves(fact_checker)

    claim = services.claim_take(claim_id=money.pk, user=colleague)

    assert (claim.status, claim.assigned_to) == (ClaimStatus.IN_PROGRESS, colleague)
    assert claim.history.first().note == "Taken over by fred from faye, whose account is deactivated."


def test_a_claim_held_by_a_checker_who_left_can_be_ruled_on_by_a_colleague(money, fact_checker, colleague):
    services.claim_take(claim_id=money.pk, user=fact_checker)
    _leaves(fact_checker)

    services.claim_rule(claim_id=money.pk, user=colleague, verdict="verified", note="In the minutes.", sources=[URL])

    money.refresh_from_db()
    assert money.status == ClaimStatus.VERIFIED


def test_the_claim_page_offers_a_colleague_the_claim_of_a_checker_who_left(client, money, fact_checker, colleague):
    services.claim_take(claim_id=money.pk, user=fact_checker)
    _leaves(fact_checker)
    client.force_login(colleague)

    page = client.get(reverse("factcheck:claim", args=[money.pk])).content.decode()

    assert "Take this claim" in page
    assert "Being checked by" not in page
    assert f"{fact_checker.get_full_name()} (deactivated)" in page


def test_the_queue_names_a_checker_who_left_and_offers_their_claim(client, money, fact_checker, colleague):
    services.claim_take(claim_id=money.pk, user=fact_checker)
    _leaves(fact_checker)
    client.force_login(colleague)

    page = client.get(reverse("factcheck:queue")).content.decode()

    assert "faye (deactivated)" in page
    assert reverse("factcheck:claim_take", args=[money.pk]) in page
