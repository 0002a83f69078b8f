"""The fact-check desk's pages: the queue (order, filters, counts, pages), the claim page, the rulings."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from factcheck import services
from factcheck.models import Claim, ClaimStatus, ScanRun
from factcheck.selectors import QUEUE_PAGE_SIZE
from newsroom.people import person_name
from tests.factories import ArticleFactory, DeskFactory, UserFactory, move_to

pytestmark = pytest.mark.django_db

QUEUE = reverse("factcheck:queue")
BODY = (
    "The council approved a budget of $12.5 million for the new library.\n\n"
    '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'
)


def scanned(author, desk, *, body=BODY, headline="Library budget", deadline=None):
    article = ArticleFactory(author=author, desk=desk, headline=headline, standfirst="", body=body, deadline=deadline)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return article


def queue_ids(client, **params):
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    return [claim.pk for claim in response.context["rows"]]


@pytest.fixture
def desk_client(client, fact_checker):
    client.force_login(fact_checker)
    return client


def test_the_queue_orders_by_deadline_then_score_then_age(desk_client, reporter, desk):
    now = timezone.now()
    no_deadline = scanned(reporter, desk, headline="No deadline")
    later = scanned(reporter, desk, headline="Later", deadline=now + timedelta(days=2))
    sooner = scanned(reporter, desk, headline="Sooner", deadline=now + timedelta(hours=1))

    ids = queue_ids(desk_client, stage="any")

    def claims_of(article):
        return list(
            Claim.objects.filter(article=article, is_present=True).order_by("-score", "created_at", "id").values_list(
                "pk", flat=True
            )
        )

    assert ids == claims_of(sooner) + claims_of(later) + claims_of(no_deadline)


def _in_order(claims, *keys):
    """The ids of `claims` sorted as the queue's keys would: the deadline (none last), the score (highest
    first), the age (oldest first), the id; `keys` names them in the order they count."""
    far = datetime.max.replace(tzinfo=UTC)
    columns = {
        "deadline": lambda c: c.article_deadline or far,
        "score": lambda c: -c.score,
        "age": lambda c: c.created_at,
        "id": lambda c: c.pk,
    }
    return [c.pk for c in sorted(claims, key=lambda c: tuple(columns[k](c) for k in keys))]


@pytest.fixture
def three_deadlines(reporter, desk):
    """Three articles' open claims, with deadlines, scores and ages that each order puts differently;
    ties on the score and on the age, which the work order breaks."""
    now = timezone.now()
    articles = [
        scanned(reporter, desk, headline="No deadline"),
        scanned(reporter, desk, headline="Later", deadline=now + timedelta(days=2)),
        scanned(reporter, desk, headline="Sooner", deadline=now + timedelta(hours=1)),
    ]
    claims = list(Claim.objects.filter(article__in=articles, is_present=True).order_by("id"))
    born = now - timedelta(days=3)
    for n, claim in enumerate(claims):
        # Scores of 0.9, 0.5 and 0.1 in turn; every two claims found at the same moment.
        Claim.objects.filter(pk=claim.pk).update(score=(0.9, 0.5, 0.1)[n % 3], created_at=born + timedelta(hours=n // 2))
    return list(Claim.objects.filter(pk__in=[c.pk for c in claims]))


def test_the_queue_sorts_by_priority_the_most_check_worthy_first_the_work_order_breaking_ties(
    desk_client, three_deadlines
):
    ids = queue_ids(desk_client, stage="any", sort="priority")

    assert ids == _in_order(three_deadlines, "score", "deadline", "age", "id")
    assert ids != _in_order(three_deadlines, "deadline", "score", "age", "id")


def test_the_queue_sorts_by_age_the_oldest_first_the_work_order_breaking_ties(desk_client, three_deadlines):
    ids = queue_ids(desk_client, stage="any", sort="age")

    assert ids == _in_order(three_deadlines, "age", "deadline", "score", "id")
    assert ids != _in_order(three_deadlines, "age", "id")  # the claims found together: nearest deadline first


def test_the_queue_sorted_by_deadline_is_its_work_order_and_the_default(desk_client, three_deadlines):
    work_order = _in_order(three_deadlines, "deadline", "score", "age", "id")

    assert queue_ids(desk_client, stage="any") == work_order
    assert queue_ids(desk_client, stage="any", sort="deadline") == work_order
    html = desk_client.get(QUEUE, {"stage": "any"}).content.decode()
    assert re.search(r'<option value="deadline" selected>Nearest deadline</option>', html)
    assert "Nearest deadline first, then the most check-worthy, then the oldest." in html


@pytest.mark.parametrize("sort", ["bogus", "", "PRIORITY", "<b>", "deadline;drop"])
def test_an_order_the_queue_does_not_know_lists_the_work_order_without_an_error(desk_client, three_deadlines, sort):
    response = desk_client.get(QUEUE, {"stage": "any", "sort": sort})

    html = response.content.decode()
    assert response.status_code == 200
    assert [c.pk for c in response.context["rows"]] == _in_order(three_deadlines, "deadline", "score", "age", "id")
    # The box shows the order applied, with no complaint beside it.
    assert re.search(r'<option value="deadline" selected>', html) and 'id="id_sort_error"' not in html
    assert 'name="sort" class="[^"]*is-invalid' not in html and "not one of the available choices" not in html


def test_the_order_chosen_is_said_and_marked_on_its_column(desk_client, three_deadlines):
    priority = desk_client.get(QUEUE, {"stage": "any", "sort": "priority"}).content.decode()
    age = desk_client.get(QUEUE, {"stage": "any", "sort": "age"}).content.decode()
    default = desk_client.get(QUEUE, {"stage": "any"}).content.decode()

    assert "Most check-worthy first, then the nearest deadline, then the oldest." in priority
    assert re.search(r'<th scope="col" title="Check-worthiness" aria-sort="descending">Score</th>', priority)
    assert "Oldest first, then the nearest deadline, then the most check-worthy." in age
    assert "aria-sort" not in age  # no column shows a claim's age
    assert '<th scope="col" aria-sort="ascending">Deadline</th>' in default


def test_the_order_chosen_survives_paging_the_status_tabs_the_filters_and_the_way_back(
    desk_client, reporter, desk, fact_checker
):
    scanned(reporter, desk, body=TWO_PAGES)
    response = desk_client.get(QUEUE, {"stage": "any", "kind": "money", "sort": "age"})
    html = response.content.decode()

    # The pages and the status tabs carry the whole query string, the order with it.
    assert 'href="?stage=any&amp;kind=money&amp;sort=age&amp;page=2">Next<' in html
    assert 'href="?stage=any&amp;kind=money&amp;sort=age&amp;status=unverified"' in html
    # The filters' form sends it again with any filter changed.
    assert re.search(r'<select name="sort"[^>]*>.*?<option value="age" selected>Oldest</option>', html, re.S)
    # The queue's own links to other listings keep it.
    assert 'href="?assignee=me&amp;status=open&amp;stage=any&amp;sort=age">My open claims<' in html
    second = desk_client.get(QUEUE, {"stage": "any", "kind": "money", "sort": "age", "page": 2})
    first_page = [c.pk for c in response.context["rows"]]
    both = first_page + [c.pk for c in second.context["rows"]]
    money = Claim.objects.filter(kind="money", is_present=True)
    assert both == _in_order(money, "age", "deadline", "score", "id")
    # The way back from a claim lists the queue as it was, in its order.
    claim = second.context["rows"][0]
    back = desk_client.get(reverse("factcheck:claim", args=[claim.pk])).content.decode()
    assert f'href="{QUEUE}?stage=any&amp;kind=money&amp;sort=age&amp;page=2">Fact-check queue<' in back
    # And a take sent without htmx comes back to it too.
    taken = desk_client.post(
        reverse("factcheck:claim_take", args=[claim.pk]),
        {"version": claim.version, "next": f"{QUEUE}?stage=any&kind=money&sort=age&page=2"},
    )
    assert taken["Location"] == f"{QUEUE}?stage=any&kind=money&sort=age&page=2"


def test_a_history_listing_keeps_the_latest_ruling_first_whatever_order_is_chosen(
    desk_client, reporter, desk, fact_checker
):
    article = scanned(reporter, desk)
    first, second = Claim.objects.filter(article=article, is_present=True).order_by("id")[:2]
    for claim in (second, first):  # the first claim ruled last
        services.claim_rule(claim_id=claim.pk, user=fact_checker, verdict="unverifiable", note="No record kept.")

    response = desk_client.get(QUEUE, {"stage": "any", "status": "unverifiable", "sort": "age"})

    assert [c.pk for c in response.context["rows"]] == [first.pk, second.pk]
    html = response.content.decode()
    assert "Latest ruling first (the order box is for the claims still to act on)." in html
    assert "aria-sort" not in html
    # The order chosen is kept for when the listing is of work again.
    assert 'href="?stage=any&amp;sort=age&amp;status=open"' in html


def test_a_sorted_queue_runs_the_queries_of_the_work_order_and_no_more_as_the_data_grow(
    desk_client, reporter, desk, fact_checker
):
    scanned(reporter, desk, headline="First story")
    with CaptureQueriesContext(connection) as work_order:
        desk_client.get(QUEUE, {"stage": "any"})
    counted = {}
    for sort in ("priority", "age"):
        with CaptureQueriesContext(connection) as small:
            desk_client.get(QUEUE, {"stage": "any", "sort": sort})
        counted[sort] = len(small)
    for n in range(20):
        article = scanned(reporter, desk, headline=f"Story {chr(65 + n)}")
        services.claim_take(claim_id=Claim.objects.filter(article=article).first().pk, user=fact_checker)

    for sort in ("priority", "age"):
        with CaptureQueriesContext(connection) as large:
            response = desk_client.get(QUEUE, {"stage": "any", "sort": sort})
        assert len(response.context["rows"]) == QUEUE_PAGE_SIZE
        assert counted[sort] == len(work_order) == len(large)


def test_the_queue_shows_only_open_claims_and_counts_each_status(desk_client, reporter, desk, fact_checker):
    article = scanned(reporter, desk)
    money = Claim.objects.get(article=article, kind="money")
    services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="verified", note="Minutes.",
                        sources=[services.SourceInput(kind="document", reference="Minutes p. 3")])
    total = Claim.objects.filter(article=article).count()

    response = desk_client.get(QUEUE, {"stage": "any"})

    assert money.pk not in [c.pk for c in response.context["rows"]]
    counts = response.context["counts"]
    assert counts["unverified"] == total - 1 and counts["open"] == total - 1 and "verified" not in counts
    assert response.context["page"].paginator.count == total - 1
    assert queue_ids(desk_client, status="verified", stage="any") == [money.pk]
    assert len(queue_ids(desk_client, status="all", stage="any")) == total


def test_the_queue_filters_by_kind_desk_article_assignee_and_speaker(desk_client, reporter, desk, fact_checker):
    sport = DeskFactory(name="Sport", slug="sport")
    politics = scanned(reporter, desk)
    match = scanned(
        reporter, sport, body="The stadium holds 45,000 fans, the club's chairman said.", headline="Stadium"
    )
    money = Claim.objects.get(article=politics, kind="money")
    services.claim_take(claim_id=money.pk, user=fact_checker)
    minister = set(Claim.objects.filter(article=politics, speaker__icontains="adler").values_list("pk", flat=True))

    assert queue_ids(desk_client, kind="money", stage="any") == [money.pk]
    sport_claims = set(Claim.objects.filter(article=match).values_list("pk", flat=True))
    assert set(queue_ids(desk_client, desk=sport.pk, stage="any")) == sport_claims
    assert set(queue_ids(desk_client, article=politics.pk)) == set(
        Claim.objects.filter(article=politics).values_list("pk", flat=True)
    )
    assert queue_ids(desk_client, assignee="me", stage="any") == [money.pk]
    assert money.pk not in queue_ids(desk_client, assignee="none", stage="any")
    assert set(queue_ids(desk_client, speaker="ADLER", stage="any")) == minister and minister


def test_the_queue_tells_copy_sent_to_the_desk_from_drafts_and_filters_by_it(desk_client, reporter, desk, editor):
    draft = scanned(reporter, desk, body="Some 4,000 people marched, organisers said.", headline="Scratch draft")
    sent = scanned(reporter, desk, headline="Budget story")
    move_to(sent, "submitted", editor=editor)
    sent_claims = set(Claim.objects.filter(article=sent).values_list("pk", flat=True))
    draft_claims = set(Claim.objects.filter(article=draft).values_list("pk", flat=True))

    assert set(queue_ids(desk_client, stage="submitted")) == sent_claims
    assert set(queue_ids(desk_client, stage="drafts")) == draft_claims
    assert set(queue_ids(desk_client, stage="any")) == sent_claims | draft_claims
    page = desk_client.get(QUEUE, {"stage": "any"}).content.decode()
    assert page.count('article-stage">Submitted<') == len(sent_claims) and 'article-stage">Draft<' in page


FLOOD = "The council spent 5 million pounds. " * 2777  # just under the 100,000 characters a body may hold


def test_the_queue_lists_copy_sent_to_the_desk_unless_asked_for_drafts(desk_client, reporter, other_reporter, desk, editor):
    flood = scanned(other_reporter, desk, headline="Scratch notes", body=FLOOD.strip())
    sent = move_to(scanned(reporter, desk, headline="Budget story"), "submitted", editor=editor)
    sent_claims = set(Claim.objects.filter(article=sent).values_list("pk", flat=True))
    flooded = Claim.objects.filter(article=flood).count()
    assert flooded > 2000

    response = desk_client.get(QUEUE)

    # A reporter's draft repeating one figure thousands of times filled every page of the default queue.
    assert {claim.pk for claim in response.context["rows"]} == sent_claims
    assert response.context["counts"]["open"] == len(sent_claims)
    assert response.context["page"].paginator.num_pages == 1
    page = response.content.decode()
    assert re.search(r'<option value="submitted" selected>Sent to the desk</option>', page)
    assert 'value="any"' in page and 'value="drafts"' in page and 'value="killed_or_archived"' in page
    # The other stages are a choice away.
    assert len(queue_ids(desk_client, stage="drafts")) == QUEUE_PAGE_SIZE
    assert desk_client.get(QUEUE, {"stage": "any"}).context["counts"]["open"] == flooded + len(sent_claims)
    # One article's own claims are listed whatever stage it is at, as its rows' "all claims" link asks.
    assert desk_client.get(QUEUE, {"article": flood.pk}).context["counts"]["open"] == flooded


def test_nonsense_filters_are_ignored_not_an_error(desk_client, reporter, desk):
    scanned(reporter, desk)
    nonsense = {"status": "bogus", "desk": "x", "article": "9" * 40, "page": "-3", "kind": "<b>"}
    response = desk_client.get(QUEUE, {**nonsense, "stage": "any"})
    assert response.status_code == 200 and response.context["rows"]
    # A stage it does not know lists the default one, copy sent to the desk (the draft is not).
    unknown_stage = desk_client.get(QUEUE, {"stage": "<i>"})
    assert unknown_stage.status_code == 200 and not unknown_stage.context["rows"]


def test_the_queue_pages_by_fifty_and_its_query_count_does_not_grow_with_the_data(
    desk_client, reporter, desk, fact_checker
):
    scanned(reporter, desk, headline="First story")
    with CaptureQueriesContext(connection) as small:
        desk_client.get(QUEUE, {"stage": "any"})
    for n in range(25):
        article = scanned(reporter, desk, headline=f"Story {chr(65 + n)}")
        claim = Claim.objects.filter(article=article).first()
        services.claim_take(claim_id=claim.pk, user=fact_checker)  # some rows with an assignee
    with CaptureQueriesContext(connection) as large:
        response = desk_client.get(QUEUE, {"stage": "any"})

    assert len(response.context["rows"]) == 50 and response.context["page"].paginator.num_pages > 1
    assert len(large) == len(small)
    second = desk_client.get(QUEUE, {"page": 2, "stage": "any"})
    assert not set(c.pk for c in second.context["rows"]) & set(c.pk for c in response.context["rows"])


# Sixty money claims: two pages of the queue from one article.
TWO_PAGES = " ".join(f"The council spent {n} million pounds on item {n}." for n in range(1, 61))


def test_a_page_past_the_last_shows_the_last_and_says_how_many_pages_the_listing_has(desk_client, reporter, desk):
    scanned(reporter, desk, body=TWO_PAGES)
    last = desk_client.get(QUEUE, {"stage": "any", "page": 2})
    assert last.context["page"].paginator.num_pages == 2 and not last.context["page_notice"]

    with CaptureQueriesContext(connection) as asked_too_far:
        response = desk_client.get(QUEUE, {"stage": "any", "page": 7})

    assert response.status_code == 200
    assert response.context["page"].number == 2
    assert [c.pk for c in response.context["rows"]] == [c.pk for c in last.context["rows"]]
    html = response.content.decode()
    assert re.search(
        r'<p class="[^"]*page-notice" role="status">There is no page 7: this listing has only 2 pages\. '
        r"Showing page 2, the last\.</p>",
        html,
    )
    # Where a take without htmx, and the way back from a claim, return to: the page shown, not page 7.
    assert f'name="next" value="{QUEUE}?stage=any&amp;page=2"' in html
    claim = response.context["rows"][0]
    back = desk_client.get(reverse("factcheck:claim", args=[claim.pk])).content.decode()
    assert f'href="{QUEUE}?stage=any&amp;page=2">Fact-check queue<' in back
    # Saying so costs no query.
    with CaptureQueriesContext(connection) as in_range:
        desk_client.get(QUEUE, {"stage": "any", "page": 2})
    assert len(asked_too_far) == len(in_range)


def test_a_page_past_the_last_of_a_listing_of_one_page_says_it_has_only_one(desk_client, reporter, desk):
    scanned(reporter, desk)

    response = desk_client.get(QUEUE, {"stage": "any", "page": "3"})

    assert response.context["page"].number == 1
    assert "There is no page 3: this listing has only 1 page. Showing page 1, the last." in response.content.decode()
    assert f'name="next" value="{QUEUE}?stage=any"' in response.content.decode()


def test_a_page_past_the_last_of_a_history_listing_counted_up_to_its_cap_says_so(
    monkeypatch, desk_client, reporter, desk
):
    from factcheck import selectors

    scanned(reporter, desk, body=TWO_PAGES)
    monkeypatch.setattr(selectors, "COUNT_CAP", 55)

    response = desk_client.get(QUEUE, {"stage": "any", "status": "all", "page": 9})

    assert response.context["capped"] and response.context["page"].number == 2
    assert response.context["page_notice"] == (
        "There is no page 9: only the first 55 claims are listed, on 2 pages. Showing page 2, the last."
    )


def test_a_page_past_the_end_of_an_empty_listing_says_nothing_matches(desk_client, reporter, desk):
    scanned(reporter, desk)

    response = desk_client.get(QUEUE, {"stage": "any", "kind": "date", "page": "4"})

    assert response.status_code == 200 and not response.context["rows"]
    assert response.context["page_notice"] == "There is no page 4: no claims match this listing."


@pytest.mark.parametrize(
    "page, notice",
    [
        ("abc", "“abc” is not a page number: showing the first page."),
        ("-3", "“-3” is not a page number: showing the first page."),
        ("1e3", "“1e3” is not a page number: showing the first page."),
        # Digits to str.isdigit() or numbers to int(), but not what anyone types for a page.
        ("\u00b2", "“\u00b2” is not a page number: showing the first page."),
        ("\u0663", "“\u0663” is not a page number: showing the first page."),
        (" 2", "“ 2” is not a page number: showing the first page."),
        ("x" * 40, f"“{'x' * 19}…” is not a page number: showing the first page."),
        ("0", "There is no page 0: showing the first page."),
        ("000", "There is no page 0: showing the first page."),
    ],
)
def test_a_page_that_is_no_page_number_shows_the_first_and_says_so(desk_client, reporter, desk, page, notice):
    scanned(reporter, desk, body=TWO_PAGES)

    response = desk_client.get(QUEUE, {"stage": "any", "page": page})

    assert response.status_code == 200 and response.context["page"].number == 1
    assert response.context["page_notice"] == notice
    assert f'name="next" value="{QUEUE}?stage=any"' in response.content.decode()


def test_a_page_number_too_long_to_be_any_page_shows_the_last_not_an_error(desk_client, reporter, desk):
    scanned(reporter, desk, body=TWO_PAGES)

    # int() refuses a string of more than 4,300 digits; a number of 19 is past the largest page there is.
    for digits, said in (("9" * 19, "9" * 19), ("9" * 5000, "9" * 19 + "…")):
        response = desk_client.get(QUEUE, {"stage": "any", "page": digits})
        assert response.status_code == 200 and response.context["page"].number == 2
        assert response.context["page_notice"] == (
            f"There is no page {said}: this listing has only 2 pages. Showing page 2, the last."
        )
    exact = desk_client.get(QUEUE, {"stage": "any", "page": "9" * 18})
    assert exact.context["page_notice"].startswith("There is no page 999,999,999,999,999,999: ")


def test_a_page_asked_for_that_the_listing_has_says_nothing(desk_client, reporter, desk):
    scanned(reporter, desk, body=TWO_PAGES)

    for query in ({}, {"page": ""}, {"page": "1"}, {"page": "02"}):
        response = desk_client.get(QUEUE, {"stage": "any", **query})
        assert response.context["page_notice"] == "" and "page-notice" not in response.content.decode()


def test_claim_text_is_escaped_and_marked_in_its_sentence(desk_client, reporter, desk):
    body = "<script>alert('x')</script> Officials said 300 people & 12 dogs were evacuated."
    article = scanned(reporter, desk, body=body)
    claim = Claim.objects.filter(article=article, kind="count").first()

    queue = desk_client.get(QUEUE, {"stage": "any"}).content.decode()
    page = desk_client.get(reverse("factcheck:claim", args=[claim.pk])).content.decode()

    for html in [queue, page]:
        assert "<script>alert" not in html and "&lt;script&gt;alert" in html
        assert f'<mark class="claim-mark">{claim.text.replace("&", "&amp;")}</mark>' in html


def test_a_take_from_a_page_whose_address_cannot_be_read_still_swaps_the_row(desk_client, reporter, desk, fact_checker):
    # The address comes in a header anyone can write; one that is no address lists the queue as usual.
    claim = Claim.objects.filter(article=scanned(reporter, desk)).first()
    response = desk_client.post(
        reverse("factcheck:claim_take", args=[claim.pk]), {"version": claim.version, "row": "1"},
        HTTP_HX_REQUEST="true", HTTP_HX_CURRENT_URL="http://[::1/",
    )
    assert response.status_code == 200 and "is yours to check" in response.content.decode()
    assert f'name="next" value="{reverse("factcheck:queue")}"' in response.content.decode()


def test_taking_from_the_list_with_htmx_swaps_the_row(desk_client, reporter, desk, fact_checker):
    claim = Claim.objects.filter(article=scanned(reporter, desk)).first()
    response = desk_client.post(
        reverse("factcheck:claim_take", args=[claim.pk]),
        {"version": claim.version, "row": "1"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL="http://testserver/factcheck/?kind=money",
    )
    html = response.content.decode()
    assert response.status_code == 200 and html.strip().startswith(f'<tr id="claim-row-{claim.pk}"')
    assert "Release" in html and "is yours to check" in html
    claim.refresh_from_db()
    assert claim.assigned_to == fact_checker

    stale = desk_client.post(
        reverse("factcheck:claim_release", args=[claim.pk]), {"version": claim.version - 1, "row": "1"},
        HTTP_HX_REQUEST="true",
    )
    assert stale.status_code == 409 and "changed after you opened it" in stale.content.decode()


def test_a_take_or_release_clicked_twice_in_the_queue_says_what_is_so_not_that_the_claim_changed(
    desk_client, reporter, desk, fact_checker
):
    claim = Claim.objects.filter(article=scanned(reporter, desk)).first()

    def click(action, version):
        return desk_client.post(
            reverse(f"factcheck:{action}", args=[claim.pk]), {"version": version, "row": "1"}, HTTP_HX_REQUEST="true"
        )

    click("claim_take", claim.version)
    second_take = click("claim_take", claim.version)
    assert second_take.status_code == 200
    assert "is yours to check" in second_take.content.decode()
    assert "changed after you opened it" not in second_take.content.decode()

    taken = Claim.objects.get(pk=claim.pk).version
    click("claim_release", taken)
    second_release = click("claim_release", taken)
    assert second_release.status_code == 200
    assert "is back in the queue" in second_release.content.decode()
    assert "Only the fact-checker who took a claim" not in second_release.content.decode()
    claim.refresh_from_db()
    assert (claim.status, claim.assigned_to) == (ClaimStatus.UNVERIFIED, None)


def test_two_checkers_taking_one_claim_from_the_queue_the_second_is_told_who_has_it(
    client, reporter, desk, fact_checker
):
    claim = Claim.objects.filter(article=scanned(reporter, desk)).first()
    services.claim_take(claim_id=claim.pk, user=fact_checker)  # a moment before, from the same page
    client.force_login(UserFactory(username="gus", role="Fact-checker"))

    second = client.post(
        reverse("factcheck:claim_take", args=[claim.pk]), {"version": claim.version, "row": "1"}, HTTP_HX_REQUEST="true"
    )

    assert second.status_code == 409
    assert f"Claim #{claim.pk} changed after you opened it (it is now in progress by {person_name(fact_checker)})" in second.content.decode()
    claim.refresh_from_db()
    assert claim.assigned_to == fact_checker and claim.history.filter(to_status="in_progress").count() == 1


def test_bulk_take_from_the_queue(desk_client, reporter, desk, fact_checker):
    claims = list(Claim.objects.filter(article=scanned(reporter, desk)).values_list("pk", flat=True))
    response = desk_client.post(reverse("factcheck:claims_take"), {"claims": [*map(str, claims), "x", "9" * 30, "\u00b2", "\u0663"]})
    assert response.status_code == 302
    assert Claim.objects.filter(pk__in=claims, assigned_to=fact_checker, status="in_progress").count() == len(claims)


def test_bulk_take_counts_and_names_only_the_claims_it_took_apart_from_those_already_yours(
    desk_client, reporter, desk, fact_checker
):
    held, new = Claim.objects.filter(article=scanned(reporter, desk)).order_by("pk")[:2]
    services.claim_take(claim_id=held.pk, user=fact_checker)

    response = desk_client.post(reverse("factcheck:claims_take"), {"claims": [held.pk, new.pk]}, follow=True)

    assert [str(m) for m in response.context["messages"]] == [
        f"1 claim taken: #{new.pk}.",
        f"Already yours, left as they were: #{held.pk}.",
    ]


def test_the_queue_offers_to_release_the_selected_claims_beside_taking_them(desk_client, reporter, desk, fact_checker):
    article = scanned(reporter, desk)
    held = Claim.objects.filter(article=article).order_by("pk").first()
    services.claim_take(claim_id=held.pk, user=fact_checker)

    html = desk_client.get(QUEUE, {"stage": "any"}).content.decode()

    form = re.search(r'<form method="post" action="([^"]+)" id="bulk-claims">.*?</form>', html, re.S)
    assert form.group(1) == reverse("factcheck:claims_take") and "csrfmiddlewaretoken" in form.group(0)
    assert re.search(
        rf'<button type="submit" form="bulk-claims" formaction="{reverse("factcheck:claims_release")}"[^>]*>Release selected</button>',
        html,
    )
    # The claim held has its checkbox in the same selection as those to take.
    assert f'value="{held.pk}" form="bulk-claims"' in html


def test_bulk_release_from_the_queue_counts_what_it_released_what_was_not_yours_and_what_it_refused(
    desk_client, reporter, desk, fact_checker
):
    article = scanned(reporter, desk)
    mine, ruled, colleagues = Claim.objects.filter(article=article).order_by("pk")[:3]
    for claim in (mine, ruled):
        services.claim_take(claim_id=claim.pk, user=fact_checker)
    services.claim_rule(claim_id=ruled.pk, user=fact_checker, verdict="unverifiable", note="No record kept.")
    colleague = UserFactory(username="gus", role="Fact-checker")
    services.claim_take(claim_id=colleagues.pk, user=colleague)
    listing = f"{QUEUE}?stage=any&page=1"

    response = desk_client.post(
        reverse("factcheck:claims_release"),
        {"claims": [mine.pk, ruled.pk, colleagues.pk, "987654", "x", "\u00b2"], "next": listing},
    )

    assert response.status_code == 302 and response["Location"] == listing
    shown = [str(m) for m in desk_client.get(listing).context["messages"]]
    assert shown == [
        f"1 claim released: #{mine.pk}.",
        f"1 claim not held by you, left as it was: #{colleagues.pk}.",
        f"2 claims not released: Claim #{ruled.pk} is ruled unverifiable by {person_name(fact_checker)}: a ruled "
        "claim stays with whoever ruled on it. To change the verdict, give a new ruling on its page. "
        "Claim #987654 no longer exists.",
    ]
    mine.refresh_from_db()
    colleagues.refresh_from_db()
    assert (mine.status, mine.assigned_to) == (ClaimStatus.UNVERIFIED, None)
    assert (colleagues.status, colleagues.assigned_to) == (ClaimStatus.IN_PROGRESS, colleague)


def test_bulk_release_of_several_claims_counts_them_in_the_plural(desk_client, reporter, desk, fact_checker):
    claims = list(Claim.objects.filter(article=scanned(reporter, desk)).order_by("pk"))
    for claim in claims[:2]:
        services.claim_take(claim_id=claim.pk, user=fact_checker)

    response = desk_client.post(reverse("factcheck:claims_release"), {"claims": [c.pk for c in claims]}, follow=True)

    mine, others = claims[:2], claims[2:]
    assert [str(m) for m in response.context["messages"]] == [
        f"2 claims released: #{mine[0].pk}, #{mine[1].pk}.",
        f"{len(others)} claim{'s' if len(others) > 1 else ''} not held by you, left as "
        f"{'they were' if len(others) > 1 else 'it was'}: {', '.join(f'#{c.pk}' for c in others)}.",
    ]


def test_bulk_release_with_nothing_selected_says_to_select_first(desk_client):
    response = desk_client.post(reverse("factcheck:claims_release"), {"claims": ["x"]}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Select the claims to release first."]


def test_bulk_release_is_refused_without_the_csrf_token(reporter, desk, fact_checker):
    from django.test import Client

    claim = Claim.objects.filter(article=scanned(reporter, desk)).first()
    services.claim_take(claim_id=claim.pk, user=fact_checker)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(fact_checker)

    refused = browser.post(reverse("factcheck:claims_release"), {"claims": [claim.pk]})

    assert refused.status_code == 403
    claim.refresh_from_db()
    assert claim.assigned_to == fact_checker
    # With the token the queue's form carries, the same request goes through.
    browser.get(QUEUE, {"stage": "any"})
    token = browser.cookies["csrftoken"].value
    sent = browser.post(reverse("factcheck:claims_release"), {"claims": [claim.pk], "csrfmiddlewaretoken": token})
    assert sent.status_code == 302
    claim.refresh_from_db()
    assert claim.assigned_to is None


@pytest.mark.parametrize("who", ["editor", "reporter"])
def test_bulk_release_by_anyone_but_a_fact_checker_is_refused_and_says_why(request, client, reporter, desk, fact_checker, who):
    claim = Claim.objects.filter(article=scanned(reporter, desk)).first()
    services.claim_take(claim_id=claim.pk, user=fact_checker)
    client.force_login(request.getfixturevalue(who))

    response = client.post(reverse("factcheck:claims_release"), {"claims": [claim.pk]})

    assert response.status_code == 403
    assert "Only fact-checkers release the claims they hold in bulk." in response.content.decode()
    claim.refresh_from_db()
    assert claim.assigned_to == fact_checker


def test_bulk_release_answers_only_a_post(desk_client):
    assert desk_client.get(reverse("factcheck:claims_release")).status_code == 405


def test_the_claim_page_shows_context_article_speaker_history_and_sources(desk_client, reporter, desk, fact_checker):
    article = scanned(reporter, desk, headline="Minister speaks")
    claim = Claim.objects.get(article=article, kind="count")
    services.claim_rule(
        claim_id=claim.pk, user=fact_checker, verdict="verified", note="Army data agree.",
        sources=[services.SourceInput(kind="url", reference="https://army.example/report")],
    )

    html = desk_client.get(reverse("factcheck:claim", args=[claim.pk])).content.decode()

    assert "Minister speaks" in html and "Said by Yoav Adler" in html
    assert "budget of $12.5 million" in html  # the paragraphs around the sentence
    assert 'href="https://army.example/report"' in html and "Army data agree." in html
    assert "Attribution: did Yoav Adler say it?" in html and "Figure: is the figure right?" in html
    assert "unverified → In progress" not in html and "Unverified → Verified" in html


def test_a_ruling_form_with_a_bad_source_keeps_what_was_typed_and_says_why(desk_client, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"verdict": "verified", "note": "My careful note", "version": claim.version, "check": "figure",
         "source_kind_1": "url", "source_reference_1": "javascript:alert(1)"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "http" in html and "My careful note" in html and 'href="javascript' not in html
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED


def test_the_claim_page_leads_back_to_the_queue_as_it_was_last_listed_with_its_filters(desk_client, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    claim_url = reverse("factcheck:claim", args=[claim.pk])
    assert f'href="{QUEUE}">Fact-check queue<' in desk_client.get(claim_url).content.decode()

    desk_client.get(QUEUE, {"kind": "money", "desk": desk.pk, "page": 1})
    desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"verdict": "unverifiable", "note": "The council would not say.", "version": claim.version, "check": "figure"},
    )

    html = desk_client.get(claim_url).content.decode()
    assert f'href="{QUEUE}?kind=money&amp;desk={desk.pk}&amp;page=1">Fact-check queue<' in html


def test_the_claim_page_puts_the_ruling_first_and_folds_away_the_source_attached_without_ruling(
    desk_client, reporter, desk
):
    # Above the ruling, the attach box was the first a checker filled; the ruling sent next
    # carried no source, was refused for want of one, and the address typed there was gone.
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    url = reverse("factcheck:claim", args=[claim.pk])

    html = desk_client.get(url).content.decode()

    assert html.index('class="ruling-form"') < html.index('class="source-form')
    assert re.search(r'<details class="attach-source-without-ruling[^"]*">\s*<summary[^>]*>Attach a source without ruling', html)
    refused = desk_client.post(
        reverse("factcheck:claim_add_source", args=[claim.pk]),
        {"check": "figure", "kind": "url", "reference": "Council minutes"},
    ).content.decode()
    assert re.search(r'<details class="attach-source-without-ruling[^"]*" open>', refused)


@pytest.mark.parametrize("version", [None, "", "abc", "-1"])
def test_a_ruling_with_a_missing_or_forged_version_says_so_and_keeps_the_note(desk_client, reporter, desk, version):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    data = {"verdict": "unverifiable", "note": "Rang the council twice", "check": "figure"}
    if version is not None:
        data["version"] = version

    response = desk_client.post(reverse("factcheck:claim_rule", args=[claim.pk]), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert "This form lost track of which version of the claim you were ruling on." in html
    assert "Rang the council twice" in html
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNVERIFIED


def test_a_ruling_on_an_attribution_check_the_claim_lacks_says_so_and_keeps_the_note(desk_client, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")  # the article's own figure

    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"verdict": "unverifiable", "note": "Rang the council twice", "check": "attribution", "version": claim.version},
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "Only a figure inside a quote has a separate attribution check" in html
    assert "Rang the council twice" in html
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNVERIFIED


def test_a_waiver_with_a_forged_version_says_so(client, editor, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    client.force_login(editor)

    response = client.post(reverse("factcheck:claim_waive", args=[claim.pk]), {"reason": "Agency copy.", "version": "x"})

    assert response.status_code == 400
    # Said once, in the summary that takes the focus, and not again above the box.
    assert response.content.decode().count("lost track of which version of the claim you were waiving") == 1
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNVERIFIED


def test_a_waiver_clicked_twice_says_it_is_already_waived(client, editor, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    client.force_login(editor)
    data = {"reason": "Agency copy.", "version": claim.version}
    client.post(reverse("factcheck:claim_waive", args=[claim.pk]), data)

    response = client.post(reverse("factcheck:claim_waive", args=[claim.pk]), data, follow=True)

    page = response.content.decode()
    assert response.status_code == 200
    assert f"Claim #{claim.pk} is already waived (by {person_name(editor)}" in page


def test_a_waiver_refused_because_the_desk_cleared_the_claim_meanwhile_says_so(client, editor, fact_checker, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    client.force_login(editor)
    opened_at = claim.version
    services.claim_rule(claim_id=claim.pk, user=fact_checker, verdict="verified", note="Minutes, item 7.",
                        sources=[services.SourceInput(kind="url", reference="https://council.example/14")])

    response = client.post(
        reverse("factcheck:claim_waive", args=[claim.pk]), {"reason": "Agency copy.", "version": opened_at}, follow=True
    )

    # The claim no longer needs a waiver, so its page has no waiver form to carry the refusal.
    page = response.content.decode()
    assert "changed after you opened it (it is now verified" in page
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.VERIFIED


def test_a_ruling_clicked_twice_says_it_is_already_given_not_that_the_claim_changed(desk_client, fact_checker, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    data = {"verdict": "unverifiable", "note": "Rang the council twice", "version": claim.version, "check": "figure"}
    desk_client.post(reverse("factcheck:claim_rule", args=[claim.pk]), data)

    response = desk_client.post(reverse("factcheck:claim_rule", args=[claim.pk]), data, follow=True)

    page = response.content.decode()
    assert response.status_code == 200
    assert f"Claim #{claim.pk} is already ruled unverifiable (by {person_name(fact_checker)}" in page
    assert "changed after you opened it" not in page


def test_bulk_take_says_which_claim_no_longer_exists(desk_client, reporter, desk):
    scanned(reporter, desk)

    response = desk_client.post(reverse("factcheck:claims_take"), {"claims": ["987654"]}, follow=True)

    assert "Claim #987654 no longer exists." in [str(m) for m in response.context["messages"]]


@pytest.mark.parametrize("action", ["claim_reuse", "claim_take", "claim_release"])
def test_a_reporter_on_a_desk_action_is_told_it_is_for_fact_checkers_before_anything_else(
    client, reporter, desk, action
):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    client.force_login(reporter)

    response = client.post(reverse(f"factcheck:{action}", args=[claim.pk]), {"version": claim.version - 1})

    html = response.content.decode()
    assert response.status_code == 403 and "That is not allowed" in html
    assert "fact-checker" in html and "changed after you opened it" not in html


def test_a_reuse_with_a_forged_version_is_refused_with_a_message(desk_client, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")

    response = desk_client.post(
        reverse("factcheck:claim_reuse", args=[claim.pk]), {"version": "abc", "from_claim": "1"}, follow=True
    )

    assert response.status_code == 200
    assert "Say which earlier ruling to reuse." in [str(m) for m in response.context["messages"]]


def test_a_ruling_on_a_stale_page_is_refused_with_the_form_kept(desk_client, reporter, desk, fact_checker):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    colleague = UserFactory(username="fred", role="Fact-checker")
    services.claim_rule(claim_id=claim.pk, user=colleague, verdict="unverifiable", note="No record.")
    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"verdict": "verified", "note": "Typed on an old page", "version": claim.version, "check": "figure",
         "source_kind_1": "document", "source_reference_1": "Minutes"},
    )
    assert response.status_code == 409 and "Typed on an old page" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIABLE
    # Sent again from the page that showed the refusal, it is a ruling made knowingly.
    again = desk_client.post(reverse("factcheck:claim_rule", args=[claim.pk]), {
        "verdict": "verified", "note": "Typed on an old page", "check": "figure",
        "version": response.context["checks"][0]["form"]["version"].value(),
        "source_kind_1": "document", "source_reference_1": "Minutes",
    })
    assert again.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.VERIFIED


def test_a_ruling_refused_because_a_colleague_took_the_claim_shows_why_and_the_note_typed(
    desk_client, reporter, desk
):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    colleague = UserFactory(username="fred", role="Fact-checker")
    services.claim_take(claim_id=claim.pk, user=colleague)

    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"verdict": "unverifiable", "note": "Rang the council twice", "version": claim.version, "check": "figure"},
    )

    html = response.content.decode()
    assert response.status_code == 409
    assert "changed after you opened it" in html and f"by {person_name(colleague)}" in html and "Rang the council twice" in html
    claim.refresh_from_db()
    assert (claim.status, claim.assigned_to) == (ClaimStatus.IN_PROGRESS, colleague)


def test_opening_the_ruling_address_after_a_refused_ruling_shows_the_claim(desk_client, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    response = desk_client.get(reverse("factcheck:claim_rule", args=[claim.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("factcheck:claim", args=[claim.pk])


def test_a_claim_you_have_ruled_offers_neither_release_nor_take_again(desk_client, reporter, desk, fact_checker):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    services.claim_take(claim_id=claim.pk, user=fact_checker)
    services.claim_rule(
        claim_id=claim.pk, user=fact_checker, verdict="verified", note="Minutes.",
        sources=[services.SourceInput(kind="document", reference="Minutes p. 3")],
    )
    claim.refresh_from_db()

    page = desk_client.get(reverse("factcheck:claim", args=[claim.pk]))
    # Released, the verdict would be left with nobody, and "back in the queue" would not be so.
    assert page.context["can_take"] is False and page.context["can_release"] is False
    row = next(r for r in desk_client.get(QUEUE, {"status": "verified", "stage": "any"}).context["rows"] if r.pk == claim.pk)
    assert row.can_take is False and row.can_release is False
    assert 'name="claims"' not in desk_client.get(QUEUE, {"status": "verified", "stage": "any"}).content.decode()

    history = claim.history.count()
    desk_client.post(reverse("factcheck:claim_take", args=[claim.pk]), {"version": claim.version})
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.VERIFIED and claim.history.count() == history


def test_reporters_have_no_queue_but_read_the_rulings_on_their_own_claims(client, reporter, other_reporter, desk):
    claim = Claim.objects.filter(article=scanned(reporter, desk)).first()
    client.force_login(reporter)
    assert client.get(QUEUE).status_code == 403
    page = client.get(reverse("factcheck:claim", args=[claim.pk]))
    assert page.status_code == 200 and "ruling-form" not in page.content.decode()
    client.force_login(other_reporter)
    assert client.get(reverse("factcheck:claim", args=[claim.pk])).status_code == 404


def test_fact_checkers_land_on_the_queue(client, fact_checker):
    client.force_login(fact_checker)
    assert client.get(reverse("articles:home")).url == QUEUE


def test_a_changed_deadline_moves_the_article_s_claims_in_the_queue(desk_client, reporter, desk):
    from articles import services as article_services

    now = timezone.now()
    first = scanned(reporter, desk, headline="First", deadline=now + timedelta(hours=1))
    second = scanned(reporter, desk, headline="Second", deadline=now + timedelta(hours=5))
    assert Claim.objects.get(pk=queue_ids(desk_client, stage="any")[0]).article == first

    article_services.article_save_copy(
        article_id=second.pk, user=reporter, base_version=second.version, headline=second.headline,
        standfirst=second.standfirst, body=second.body, deadline=now + timedelta(minutes=10),
    )

    assert Claim.objects.get(pk=queue_ids(desk_client, stage="any")[0]).article == second


def test_ruling_a_quote_says_which_figures_inside_it_took_the_ruling(desk_client, reporter, desk):
    article = scanned(reporter, desk)
    quote = Claim.objects.get(article=article, kind="quote")
    figure = Claim.objects.get(article=article, kind="count", quoted=True)

    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[quote.pk]),
        {"verdict": "verified", "note": "On the ministry's video.", "check": "figure", "version": quote.version,
         "source_kind_1": "url", "source_reference_1": "https://mod.example/video"},
        follow=True,
    )

    assert f"The figures inside it (#{figure.pk}) are verified as said too." in response.content.decode()


def test_a_quotes_page_lists_its_figures_and_flags_one_ruled_not_said(desk_client, reporter, desk, fact_checker):
    article = scanned(reporter, desk)
    quote = Claim.objects.get(article=article, kind="quote")
    figure = Claim.objects.get(article=article, kind="count", quoted=True)
    services.claim_rule(claim_id=figure.pk, user=fact_checker, verdict="inaccurate", check="attribution",
                        note="He said 2,000.", sources=[services.SourceInput(kind="document", reference="Tape")])
    services.claim_rule(claim_id=quote.pk, user=fact_checker, verdict="verified", note="On the video.",
                        sources=[services.SourceInput(kind="url", reference="https://mod.example/video")])

    page = desk_client.get(reverse("factcheck:claim", args=[quote.pk])).content.decode()

    listed = page.split('class="card mb-3 figures-inside"', 1)[1].split("</section>", 1)[0]
    assert f"#{figure.pk} 20,000 terrorists" in listed
    assert "ruled not said, though the quote is verified" in listed


def _tab_count(html, status):
    tab = re.search(rf'data-status="{status}".*?</a>', html, re.S).group()
    count = re.search(r'status-count">(\d+)<', tab)
    return int(count.group(1)) if count else None


def test_a_take_with_htmx_sends_the_status_tabs_again_with_their_new_counts(desk_client, reporter, desk):
    claims = list(Claim.objects.filter(article=scanned(reporter, desk), kind="count"))
    queue = desk_client.get(QUEUE, {"kind": "count", "stage": "any"}).content.decode()
    unverified, in_progress = _tab_count(queue, "unverified"), _tab_count(queue, "in_progress")

    response = desk_client.post(
        reverse("factcheck:claim_take", args=[claims[0].pk]),
        {"version": claims[0].version, "row": "1"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL="http://testserver/factcheck/?kind=count&stage=any",
    )

    html = response.content.decode()
    assert '<ul id="status-tabs"' in html and 'hx-swap-oob="true"' in html
    assert _tab_count(html, "unverified") == unverified - 1
    assert _tab_count(html, "in_progress") == (in_progress or 0) + 1
    # The tabs keep the listing's other filters.
    assert "kind=count&amp;stage=any&amp;status=unverified" in html


@pytest.mark.parametrize("next_page", ["queue", "abc", "0", "../claims/", "https://elsewhere.example/", "//elsewhere.example/"])
def test_a_hidden_next_that_is_no_page_of_the_site_returns_to_the_claim(desk_client, reporter, desk, next_page):
    claim = Claim.objects.filter(article=scanned(reporter, desk), kind="money").first()

    response = desk_client.post(
        reverse("factcheck:claim_take", args=[claim.pk]), {"version": claim.version, "next": next_page}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("factcheck:claim", args=[claim.pk])
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_PROGRESS


def test_a_ruling_with_a_hidden_next_that_is_no_page_is_saved_and_shows_the_claim(desk_client, reporter, desk):
    claim = Claim.objects.filter(article=scanned(reporter, desk), kind="money").first()

    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"verdict": "unverifiable", "note": "No record kept.", "version": claim.version, "check": "figure",
         "next": "queue"},
    )

    assert response.status_code == 302 and response["Location"] == reverse("factcheck:claim", args=[claim.pk])
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIABLE


def test_a_ruling_note_of_invisible_characters_only_is_refused_and_nothing_ruled(desk_client, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")

    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"verdict": "unverifiable", "note": "\u200b\u200b", "version": claim.version, "check": "figure"},
    )

    assert response.status_code == 400
    assert "only invisible characters" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNVERIFIED


def test_a_waiver_whose_reason_shows_nothing_is_refused(client, editor, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    client.force_login(editor)

    response = client.post(
        reverse("factcheck:claim_waive", args=[claim.pk]), {"reason": "\ufeff\u2060", "version": claim.version}
    )

    assert response.status_code == 400
    assert "only invisible characters" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNVERIFIED


@pytest.mark.parametrize("who, action", [("fact_checker", "claim_add_source"), ("editor", "claim_waive")])
def test_reloading_the_address_a_refused_source_or_waiver_was_shown_at_shows_the_claim(
    request, client, reporter, desk, who, action
):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")
    client.force_login(request.getfixturevalue(who))
    refused = client.post(reverse(f"factcheck:{action}", args=[claim.pk]), {"reference": "", "reason": ""})
    assert refused.status_code == 400  # the claim's page, at the form's own address

    reloaded = client.get(reverse(f"factcheck:{action}", args=[claim.pk]))

    assert reloaded.status_code == 302 and reloaded["Location"] == reverse("factcheck:claim", args=[claim.pk])


def test_a_ruling_on_a_figure_reworded_meanwhile_points_the_checker_to_its_new_wording(
    desk_client, reporter, desk, fact_checker
):
    from articles import services as article_services

    article = scanned(reporter, desk)
    money = Claim.objects.get(article=article, kind="money")
    services.claim_take(claim_id=money.pk, user=fact_checker)
    money.refresh_from_db()
    article.refresh_from_db()
    article_services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=article.version, headline=article.headline,
        standfirst="", body=BODY.replace("$12.5 million", "$14 million"),
    )
    services.scan_run_execute(scan_run_id=ScanRun.objects.filter(article=article).latest("id").pk)
    reworded = Claim.objects.get(article=article, kind="money", is_present=True)

    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[money.pk]),
        {"verdict": "verified", "note": "Budget papers.", "check": "figure", "version": money.version,
         "source_kind_1": "url", "source_reference_1": "https://council.example/budget"},
    )

    page = response.content.decode()
    assert "is no longer in the article" in page and "Budget papers." in page  # the note typed is kept
    assert "It now reads “$14 million”" in page
    assert reverse("factcheck:claim", args=[reworded.pk]) in page
    assert "Replaced by" in desk_client.get(reverse("factcheck:claim", args=[money.pk])).content.decode()


def test_an_editor_releases_a_claim_a_checker_holds_from_its_page_and_from_the_queue(
    client, reporter, desk, fact_checker, editor
):
    article = scanned(reporter, desk)
    move_to(article, "submitted", editor=editor)
    claims = list(Claim.objects.filter(article=article, is_present=True).order_by("id")[:2])
    for claim in claims:
        services.claim_take(claim_id=claim.pk, user=fact_checker)
    client.force_login(editor)
    first, second = (Claim.objects.get(pk=c.pk) for c in claims)

    page = client.get(reverse("factcheck:claim", args=[first.pk])).content.decode()
    assert "Release to the queue" in page
    response = client.post(reverse("factcheck:claim_release", args=[first.pk]), {"version": first.version})
    assert response.status_code == 302
    # In the queue, the row's Release button, through htmx, swaps the row in place.
    queue = client.get(QUEUE, {"assignee": str(fact_checker.pk)}).content.decode()
    assert f'action="{reverse("factcheck:claim_release", args=[second.pk])}"' in queue
    row = client.post(
        reverse("factcheck:claim_release", args=[second.pk]),
        {"version": second.version, "row": "1", "next": QUEUE},
        HTTP_HX_REQUEST="true",
    )
    assert row.status_code == 200

    for claim in claims:
        claim.refresh_from_db()
        assert (claim.status, claim.assigned_to) == (ClaimStatus.UNVERIFIED, None)


def test_a_fact_checker_or_a_reporter_cannot_release_a_colleagues_claim(client, reporter, desk, fact_checker):
    article = scanned(reporter, desk)
    claim = Claim.objects.filter(article=article, is_present=True).first()
    services.claim_take(claim_id=claim.pk, user=fact_checker)
    colleague = UserFactory(username="fred", role="Fact-checker")

    for person in (colleague, reporter):
        client.force_login(person)
        assert "Release to the queue" not in client.get(reverse("factcheck:claim", args=[claim.pk])).content.decode()
        client.post(reverse("factcheck:claim_release", args=[claim.pk]), {"version": claim.version + 1})

    claim.refresh_from_db()
    assert (claim.status, claim.assigned_to) == (ClaimStatus.IN_PROGRESS, fact_checker)


def test_the_desk_names_a_checker_by_their_full_name_as_its_checker_filter_does(client, reporter, desk, fact_checker):
    # The filter offered "Faye Fenwick" while the rows, the claim page and the history said "faye".
    fact_checker.first_name, fact_checker.last_name = "Faye", "Fenwick"
    fact_checker.save(update_fields=["first_name", "last_name"])
    article = scanned(reporter, desk)
    claim = Claim.objects.filter(article=article, is_present=True).first()
    services.claim_take(claim_id=claim.pk, user=fact_checker)
    client.force_login(UserFactory(username="gus", role="Fact-checker"))

    queue = client.get(QUEUE, {"stage": "any", "assignee": str(fact_checker.pk)})
    row = re.search(rf'(?s)<tr id="claim-row-{claim.pk}".*?</tr>', queue.content.decode()).group(0)
    page = client.get(reverse("factcheck:claim", args=[claim.pk])).content.decode()

    assert "Faye Fenwick" in row and ">faye<" not in row
    assert "Being checked by Faye Fenwick." in page
    assert "Taken by Faye Fenwick." in page  # the history: who, and the note
    assert re.search(r"UTC</span> · Faye Fenwick", page)


def test_the_queue_gives_each_deadline_with_its_year_and_the_newsroom_s_time_zone(settings, desk_client, reporter, desk):
    # The desk may sit far from the article's deadline: "18:00" alone leaves open whose 18:00, and
    # a deadline in January seen in December leaves open which January.
    settings.TIME_ZONE = "America/New_York"
    year = timezone.now().year + 2
    scanned(reporter, desk, deadline=datetime(year, 1, 15, 23, 0, tzinfo=UTC))

    page = desk_client.get(QUEUE, {"stage": "any"}).content.decode()

    assert f'<time datetime="{year}-01-15T18:00:00-05:00">15 Jan {year}, 18:00 EST</time>' in page


def test_a_refused_source_in_the_ruling_form_names_its_row_and_reads_as_one_sentence(desk_client, reporter, desk):
    claim = Claim.objects.get(article=scanned(reporter, desk), kind="money")

    response = desk_client.post(
        reverse("factcheck:claim_rule", args=[claim.pk]),
        {"verdict": "verified", "note": "Minutes.", "version": claim.version, "check": "figure",
         "source_kind_1": "document", "source_reference_1": "Council minutes, 14 May",
         "source_kind_2": "url", "source_reference_2": "ftp://council.example/minutes"},
    )

    html = response.content.decode()
    assert response.status_code == 400
    # Said beside the second row's box, and the summary leads to it.
    assert re.search(
        r'<a href="#id_figure_source_reference_2">[^<]*Source 2: Enter a web address starting with '
        r"http:// or https:// \(“ftp://council.example/minutes” is not one\)\.</a>",
        html,
    )
    # Before: "…https://. (got “…”)", the quote after the full stop.
    assert "(got " not in html and "https://. (" not in html
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED


def test_the_ruling_form_of_a_claim_already_ruled_says_it_changes_the_ruling(desk_client, reporter, desk, fact_checker):
    article = scanned(reporter, desk)
    money = Claim.objects.get(article=article, kind="money")
    quoted = Claim.objects.get(article=article, kind="count")
    services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="unverifiable", note="No minutes kept.")

    ruled = desk_client.get(reverse("factcheck:claim", args=[money.pk])).content.decode()
    open_claim = desk_client.get(reverse("factcheck:claim", args=[quoted.pk])).content.decode()

    assert "Change the figure ruling" in ruled and "Save figure ruling" not in ruled
    assert "Save figure ruling" in open_claim and "Change the figure ruling" not in open_claim


def test_a_saved_ruling_links_to_the_next_open_claim_of_the_listing_the_checker_came_from(
    desk_client, reporter, desk
):
    scanned(reporter, desk, headline="Sooner", deadline=timezone.now() + timedelta(hours=1))
    scanned(reporter, desk, headline="Later", deadline=timezone.now() + timedelta(days=1))
    listed = queue_ids(desk_client, kind="count", stage="any")  # the listing kept in the cookie
    first, second = (Claim.objects.get(pk=pk) for pk in listed)

    def rule(claim):
        return desk_client.post(
            reverse("factcheck:claim_rule", args=[claim.pk]),
            {"verdict": "unverifiable", "note": "No record kept.", "version": claim.version, "check": "figure"},
            follow=True,
        ).content.decode()

    after_first = rule(first)
    assert re.search(rf'Next open claim in the queue: <a href="{reverse("factcheck:claim", args=[second.pk])}"', after_first)
    after_last = rule(second)
    assert f"Claim #{second.pk}: ruled unverifiable." in after_last and "Next open claim" not in after_last


def test_the_next_open_claim_is_never_one_of_the_checkers_own_copy(desk_client, reporter, desk, fact_checker):
    # A checker who also co-wrote a story may not rule on its claims: the way on leads past them.
    scanned(reporter, desk, headline="Sooner", deadline=timezone.now() + timedelta(hours=1))
    own = scanned(reporter, desk, headline="Co-written", deadline=timezone.now() + timedelta(hours=2))
    own.co_authors.add(fact_checker)
    scanned(reporter, desk, headline="Later", deadline=timezone.now() + timedelta(days=1))
    listed = queue_ids(desk_client, kind="count", stage="any")
    first = Claim.objects.get(pk=listed[0])
    later = Claim.objects.get(article__headline="Later", kind="count")

    page = desk_client.post(
        reverse("factcheck:claim_rule", args=[first.pk]),
        {"verdict": "unverifiable", "note": "No record kept.", "version": first.version, "check": "figure"},
        follow=True,
    ).content.decode()

    assert re.search(rf'Next open claim in the queue: <a href="{reverse("factcheck:claim", args=[later.pk])}"', page)


@pytest.mark.parametrize("sort", ["deadline", "priority", "age"])
def test_the_next_open_claim_after_each_claim_is_the_one_the_listing_puts_after_it_in_its_order(
    desk_client, three_deadlines, fact_checker, sort
):
    from factcheck.selectors import QueueFilters, next_open_claim_after

    listed = queue_ids(desk_client, stage="any", sort=sort)
    filters = QueueFilters(stage="any", sort=sort)
    by_id = {claim.pk: claim for claim in three_deadlines}

    following = [next_open_claim_after(by_id[pk], filters, fact_checker) for pk in listed]

    assert [claim.pk if claim else None for claim in following] == [*listed[1:], None]


def test_a_saved_ruling_links_to_the_next_open_claim_in_the_order_the_checker_listed(desk_client, three_deadlines):
    work_order = queue_ids(desk_client, stage="any")
    listed = queue_ids(desk_client, stage="any", sort="priority")  # the listing kept in the cookie
    first = Claim.objects.get(pk=listed[0])
    assert work_order[work_order.index(first.pk) + 1] != listed[1]  # the work order would lead elsewhere

    page = desk_client.post(
        reverse("factcheck:claim_rule", args=[first.pk]),
        {"verdict": "unverifiable", "note": "No record kept.", "version": first.version, "check": "figure"},
        follow=True,
    ).content.decode()

    assert re.search(rf'Next open claim in the queue: <a href="{reverse("factcheck:claim", args=[listed[1]])}"', page)
