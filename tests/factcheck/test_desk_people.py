"""People who leave the desk, or hold two roles: the claims they held, and the copy they may not check."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck import permissions, services
from factcheck.models import Claim, ClaimStatus, ScanRun
from newsroom.people import person_name
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
    assert claim.history.first().note == (
        f"Taken over by {person_name(colleague)} from {person_name(fact_checker)}, whose account is deactivated."
    )


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

    page = client.get(reverse("factcheck:queue"), {"stage": "any"}).content.decode()

    assert f"{person_name(fact_checker)} (deactivated)" in page
    assert reverse("factcheck:claim_take", args=[money.pk]) in page


# --- One person in two groups ------------------------------------------------------------------------


@pytest.fixture
def reporter_and_checker(db):
    person = UserFactory(username="rafa", role="Reporter")
    person.groups.add(Group.objects.get(name="Fact-checker"))
    return person


@pytest.fixture
def own_claim(reporter_and_checker, other_reporter, desk):
    article = ArticleFactory(author=other_reporter, co_authors=[reporter_and_checker], desk=desk, standfirst="", body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return Claim.objects.get(article=article, kind="money")


def test_a_reporter_who_is_also_a_fact_checker_does_not_take_or_rule_on_their_own_copy(reporter_and_checker, own_claim):
    with pytest.raises(PermissionDenied, match="you write"):
        services.claim_take(claim_id=own_claim.pk, user=reporter_and_checker)
    with pytest.raises(PermissionDenied, match="you write"):
        services.claim_rule(claim_id=own_claim.pk, user=reporter_and_checker, verdict="verified", note="Mine.", sources=[URL])
    with pytest.raises(PermissionDenied, match="you write"):
        services.claim_set_status(claim_id=own_claim.pk, user=reporter_and_checker, status="verified", note="Mine.",
                                  sources="https://council.example/minutes")
    own_claim.refresh_from_db()
    assert (own_claim.status, own_claim.assigned_to) == (ClaimStatus.UNVERIFIED, None)



@pytest.fixture
def co_author_now_on_the_desk(other_reporter, desk, fact_checker):
    """A reporter who co-wrote a story, then moved to the fact-check desk (one group each, as the
    newsroom's accounts are kept): still on the byline, no longer a reporter."""
    rafa = UserFactory(username="rafa", role="Reporter")
    article = ArticleFactory(author=other_reporter, co_authors=[rafa], desk=desk, standfirst="", body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    rafa.groups.set([Group.objects.get(name="Fact-checker")])
    return type(rafa).objects.get(pk=rafa.pk)  # without the permissions cached as a reporter


def test_a_co_author_who_moved_to_the_desk_does_not_take_rule_on_or_reuse_a_verdict_for_their_own_copy(
    co_author_now_on_the_desk, fact_checker, money
):
    rafa = co_author_now_on_the_desk
    own = Claim.objects.get(article__co_authors=rafa, kind="money")
    # The same figure ruled on in a colleague's story: a verdict the desk could reuse.
    services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="verified", note="In the minutes.", sources=[URL])

    assert not permissions.can_take_claim(rafa, own) and not permissions.can_rule_on_claim(rafa, own)
    with pytest.raises(PermissionDenied, match="you write"):
        services.claim_take(claim_id=own.pk, user=rafa)
    with pytest.raises(PermissionDenied, match="you write"):
        services.claim_rule(claim_id=own.pk, user=rafa, verdict="verified", note="Mine.", sources=[URL])
    with pytest.raises(PermissionDenied, match="you write"):
        services.claim_reuse_verdict(claim_id=own.pk, from_claim_id=money.pk, user=rafa, same_fact_confirmed=True)
    own.refresh_from_db()
    assert (own.status, own.assigned_to) == (ClaimStatus.UNVERIFIED, None)


def test_a_co_author_on_the_desk_removes_only_their_own_sources_from_their_own_copy(
    client, co_author_now_on_the_desk, fact_checker
):
    """On their own copy a checker is one of its writers: the evidence a colleague on the desk found is
    not theirs to take away, as it is not a reporter's."""
    rafa = co_author_now_on_the_desk
    own = Claim.objects.get(article__co_authors=rafa, kind="money")
    found = services.claim_add_source(claim_id=own.pk, user=fact_checker, kind="document", reference="Minutes p. 3")
    theirs = services.claim_add_source(claim_id=own.pk, user=rafa, kind="document", reference="My notes")

    assert not permissions.can_remove_source(rafa, found)
    with pytest.raises(PermissionDenied):
        services.claim_remove_source(source_id=found.pk, user=rafa)
    client.force_login(rafa)
    assert client.post(reverse("factcheck:source_remove", args=[found.pk])).status_code == 403
    client.post(reverse("factcheck:source_remove", args=[theirs.pk]))
    assert list(own.sources.values_list("reference", flat=True)) == ["Minutes p. 3"]


def test_the_claim_page_tells_a_co_author_on_the_desk_that_another_fact_checker_checks_their_copy(
    client, co_author_now_on_the_desk
):
    own = Claim.objects.get(article__co_authors=co_author_now_on_the_desk, kind="money")
    client.force_login(co_author_now_on_the_desk)

    page = client.get(reverse("factcheck:claim", args=[own.pk])).content.decode()

    assert "Take this claim" not in page and reverse("factcheck:claim_rule", args=[own.pk]) not in page
    assert "another fact-checker" in page

def test_a_reporter_who_is_also_a_fact_checker_checks_colleagues_copy(reporter_and_checker, money):
    services.claim_rule(claim_id=money.pk, user=reporter_and_checker, verdict="verified", note="In the minutes.", sources=[URL])
    money.refresh_from_db()
    assert money.status == ClaimStatus.VERIFIED


def test_the_desk_pages_offer_a_reporter_who_checks_no_take_or_ruling_on_their_own_copy(client, reporter_and_checker, own_claim):
    client.force_login(reporter_and_checker)

    queue = client.get(reverse("factcheck:queue"), {"stage": "any"}).content.decode()
    page = client.get(reverse("factcheck:claim", args=[own_claim.pk])).content.decode()

    assert reverse("factcheck:claim_take", args=[own_claim.pk]) not in queue
    assert "Take this claim" not in page and reverse("factcheck:claim_rule", args=[own_claim.pk]) not in page
    assert "another fact-checker" in page


def _queue_queries(client, user) -> int:
    client.force_login(user)
    # Every live article, drafts included: the stories below are drafts, and their rows are what is counted.
    client.get(reverse("factcheck:queue"), {"stage": "any"})  # the session and the permission caches, once
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("factcheck:queue"), {"stage": "any"}).status_code == 200
    return len(queries)


def test_the_queue_of_a_reporter_who_also_checks_costs_no_query_per_row(client, reporter_and_checker, other_reporter, desk):
    def scanned_story():
        article = ArticleFactory(author=other_reporter, desk=desk, standfirst="", body=BODY)
        services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)

    for _ in range(2):
        scanned_story()
    few = _queue_queries(client, reporter_and_checker)
    for _ in range(20):
        scanned_story()

    assert _queue_queries(client, reporter_and_checker) == few
