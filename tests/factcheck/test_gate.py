"""The publish gate: no route schedules or publishes copy with a claim the desk has not cleared.

Claims come from the real scan service, run here on the article's revision as the worker would.
Every route is tried with a forged request where there is one (the web transition endpoint and the
admin actions), and the database is asked afterwards whether anything went out unchecked.
"""

import re
from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from articles import services as article_services
from articles.models import Article, WorkflowEvent
from articles.workflow import PUBLIC_STATES, Status
from factcheck import services
from factcheck.models import Claim, ClaimCheck, ClaimStatus, ScanRun, ScanStatus
from factcheck.selectors import claims_blocking_publication, publication_blockers
from tests.admin_forms import article_change_form_data
from tests.factories import ArticleFactory, UserFactory, clear_fact_check, move_to

pytestmark = pytest.mark.django_db

BODY = (
    "The council approved a budget of $12.5 million for the new library.\n\n"
    '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'
)
SOURCE = services.SourceInput(kind="url", reference="https://council.example/minutes/2024-05")


def scan(article):
    article.refresh_from_db()
    run = ScanRun.objects.filter(article=article, revision__number=article.version).latest("id")
    services.scan_run_execute(scan_run_id=run.pk)
    run.refresh_from_db()
    assert run.status == ScanStatus.DONE
    return run


def approved_with_open_claims(author, desk, editor, *, headline="Library budget approved"):
    article = ArticleFactory(author=author, desk=desk, headline=headline, standfirst="", body=BODY)
    article = move_to(article, "approved", editor=editor, fact_check=False)
    scan(article)
    assert claims_blocking_publication(article).exists()
    return article


def verify_everything(article, checker):
    for claim in claims_blocking_publication(article):
        services.claim_rule(claim_id=claim.pk, user=checker, verdict="verified", note="Matches.", sources=[SOURCE])
        if claim.has_attribution_check:
            services.claim_rule(
                claim_id=claim.pk, user=checker, verdict="verified", note="On tape.", sources=[SOURCE],
                check=ClaimCheck.ATTRIBUTION,
            )


def future():
    return (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")


# --- One function per route; each returns the text the person is shown. ---------------------------


def web_publish(client, article, editor):
    client.force_login(editor)
    response = client.post(reverse("articles:transition", args=[article.pk, "publish"]), {"comment": ""}, follow=True)
    return response.content.decode()


def web_schedule(client, article, editor):
    client.force_login(editor)
    url = reverse("articles:transition", args=[article.pk, "schedule"])
    return client.post(url, {"scheduled_for": future()}, follow=True).content.decode()


def admin_action(client, editor, action, articles, **extra):
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": action, ACTION_CHECKBOX_NAME: [str(a.pk) for a in articles], "index": "0", **extra},
        follow=True,
    )
    return response.content.decode()


def admin_publish(client, article, editor):
    return admin_action(client, editor, "publish", [article])


def admin_schedule(client, article, editor):
    return admin_action(client, editor, "schedule", [article], apply="yes", scheduled_for=future())


def service_publish(client, article, editor):
    try:
        article_services.article_transition(article_id=article.pk, user=editor, name="publish")
    except article_services.PublicationBlocked as refusal:
        return str(refusal)
    return ""


ROUTES = {
    "web-publish": web_publish,
    "web-schedule": web_schedule,
    "admin-publish": admin_publish,
    "admin-schedule": admin_schedule,
    "service-publish": service_publish,
}


@pytest.mark.parametrize("route", list(ROUTES))
def test_every_route_refuses_copy_with_unchecked_claims_and_names_them(route, client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)

    shown = ROUTES[route](client, article, editor)

    article.refresh_from_db()
    assert article.status == Status.APPROVED and article.published_at is None and article.scheduled_for is None
    assert "not cleared by the fact-check desk" in shown
    assert "$12.5 million" in shown and "20,000 terrorists" in shown
    assert "unverified" in shown


@pytest.mark.parametrize("route", list(ROUTES))
def test_every_route_goes_through_once_the_desk_has_verified(route, client, reporter, desk, editor, fact_checker):
    article = approved_with_open_claims(reporter, desk, editor)
    verify_everything(article, fact_checker)

    ROUTES[route](client, article, editor)

    article.refresh_from_db()
    assert article.status in {Status.PUBLISHED, Status.SCHEDULED}


def test_zero_unchecked_publications_over_every_route_and_every_blocking_state(
    client, reporter, desk, editor, fact_checker
):
    """Each route against each way a claim can stand in the way; count what went out anyway."""
    blocking_states = {
        "unverified": lambda claim: None,
        "in_progress": lambda claim: services.claim_take(claim_id=claim.pk, user=fact_checker),
        "inaccurate": lambda claim: services.claim_rule(
            claim_id=claim.pk, user=fact_checker, verdict="inaccurate", note="It was $1.25m.", sources=[SOURCE]
        ),
        "attribution_open": lambda claim: None,
    }
    attempts, unchecked = 0, []
    for number, (state, make) in enumerate(blocking_states.items()):
        for route, take_route in ROUTES.items():
            article = approved_with_open_claims(reporter, desk, editor, headline=f"Budget {number} {route}")
            claims = list(claims_blocking_publication(article))
            for claim in claims:
                if state == "attribution_open" and claim.has_attribution_check:
                    services.claim_rule(
                        claim_id=claim.pk, user=fact_checker, verdict="verified", note="Right.", sources=[SOURCE]
                    )
                elif state == "attribution_open" and claim.kind == "quote":
                    # A quote verified as said would answer for its figures too; one found unverifiable
                    # clears itself and leaves "did they say this figure?" open.
                    services.claim_rule(claim_id=claim.pk, user=fact_checker, verdict="unverifiable", note="No tape.")
                elif state == "attribution_open":
                    verify_everything_one(claim, fact_checker)
                else:
                    make(claim)
            assert publication_blockers(Article.objects.get(pk=article.pk))
            take_route(client, article, editor)
            attempts += 1
            article.refresh_from_db()
            if article.status in PUBLIC_STATES or article.status == Status.SCHEDULED:
                unchecked.append((state, route))
    assert attempts == len(blocking_states) * len(ROUTES)
    assert unchecked == [], f"{len(unchecked)} unchecked publications: {unchecked}"


def verify_everything_one(claim, checker):
    services.claim_rule(claim_id=claim.pk, user=checker, verdict="verified", note="Matches.", sources=[SOURCE])
    if claim.has_attribution_check:
        services.claim_rule(
            claim_id=claim.pk, user=checker, verdict="verified", note="On tape.", sources=[SOURCE],
            check=ClaimCheck.ATTRIBUTION,
        )


def test_a_bulk_publish_lets_out_only_the_cleared_articles_and_names_what_holds_the_rest(
    client, reporter, desk, editor, fact_checker
):
    held = [approved_with_open_claims(reporter, desk, editor, headline=f"Held back {n}") for n in range(2)]
    cleared = approved_with_open_claims(reporter, desk, editor, headline="Cleared for print")
    verify_everything(cleared, fact_checker)

    shown = admin_action(client, editor, "publish", [*held, cleared])

    statuses = dict(Article.objects.filter(pk__in=[a.pk for a in [*held, cleared]]).values_list("headline", "status"))
    assert statuses == {"Held back 0": "approved", "Held back 1": "approved", "Cleared for print": "published"}
    assert "Publish now: done for 1 article." in shown
    assert shown.count("not cleared by the fact-check desk") == 2


def test_unverifiable_and_waived_claims_do_not_hold_an_article_back(reporter, desk, editor, fact_checker):
    article = approved_with_open_claims(reporter, desk, editor)
    money, *quoted = list(claims_blocking_publication(article))
    services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="unverifiable", note="No public record.")
    services.article_waive_gate(article_id=article.pk, user=editor, reason="The minister's claim is the story.")

    article = article_services.article_transition(article_id=article.pk, user=editor, name="publish")

    assert article.status == Status.PUBLISHED


def test_an_unfinished_scan_of_the_newest_copy_blocks_publication_and_cannot_be_waived(
    reporter, desk, editor, fact_checker
):
    article = ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY)
    article = move_to(article, "approved", editor=editor)  # scanned and verified
    article, _ = article_services.article_save_copy(
        article_id=article.pk, user=editor, base_version=article.version, headline=article.headline,
        standfirst="", body=BODY + "\n\nTurnout rose to 64% in the spring election.",
    )

    with pytest.raises(article_services.PublicationBlocked, match="scan of version 2 is still queued"):
        article_services.article_transition(article_id=article.pk, user=editor, name="publish")
    with pytest.raises(Exception, match="Wait for it to finish"):
        services.article_waive_gate(article_id=article.pk, user=editor, reason="Deadline in five minutes.")
    assert Article.objects.get(pk=article.pk).status == Status.APPROVED


def test_a_failed_scan_blocks_until_an_editor_waives_the_gate_with_a_reason(reporter, desk, editor):
    article = ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY)
    article = move_to(article, "approved", editor=editor, fact_check=False)
    run = ScanRun.objects.get(article=article)
    services.scan_run_start(scan_run_id=run.pk)
    services.scan_run_fail(scan_run_id=run.pk, error="The extractor crashed.")

    with pytest.raises(article_services.PublicationBlocked, match="scan of version 1 failed"):
        article_services.article_transition(article_id=article.pk, user=editor, name="publish")
    services.article_waive_gate(article_id=article.pk, user=editor, reason="Extractor bug; copy read by the desk.")

    article = article_services.article_transition(article_id=article.pk, user=editor, name="publish")
    assert article.status == Status.PUBLISHED


def test_waiving_one_claim_does_not_let_copy_whose_scan_failed_go_out(client, reporter, desk, editor):
    budget = "The council approved a budget of $12.5 million for the new library."
    article = ArticleFactory(author=reporter, desk=desk, standfirst="", body=budget)
    scan(article)
    old_claim = Claim.objects.get(article=article)
    article = move_to(article, "approved", editor=editor, fact_check=False)
    article_services.article_save_copy(
        article_id=article.pk, user=editor, base_version=article.version, headline=article.headline,
        standfirst="", body=budget + "\n\nOfficials said 4,000 jobs would go.",
    )
    run = ScanRun.objects.filter(article=article).latest("id")
    services.scan_run_start(scan_run_id=run.pk)
    services.scan_run_fail(scan_run_id=run.pk, error="The extractor crashed.")
    client.force_login(editor)

    client.post(reverse("factcheck:claim_waive", args=[old_claim.pk]), {"reason": "The clerk confirmed the budget."})
    client.post(reverse("articles:transition", args=[article.pk, "publish"]))

    article.refresh_from_db()
    assert article.status != Status.PUBLISHED
    assert "scan of version 2 failed" in publication_blockers(article).scan_problem
    services.article_waive_gate(article_id=article.pk, user=editor, reason="Extractor bug; copy read by the desk.")
    assert WorkflowEvent.objects.get(article=article, action="waive_failed_scan").comment.endswith(
        "Waived: the failed claim scan of version 2."
    )
    assert article_services.article_transition(article_id=article.pk, user=editor, name="publish").status == Status.PUBLISHED


def test_a_waiver_is_audited_on_the_claims_and_in_the_article_history(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)
    reason = "Breaking news: the figures are attributed on air."

    waived = services.article_waive_gate(article_id=article.pk, user=editor, reason=reason)

    assert {c.kind for c in waived} >= {"money", "count"}
    for claim in Claim.objects.filter(pk__in=[c.pk for c in waived]):
        assert claim.status == ClaimStatus.WAIVED
        assert claim.history.filter(actor=editor, to_status=ClaimStatus.WAIVED, note__contains=reason).exists()
    event = WorkflowEvent.objects.get(article=article, action="waive_gate")
    assert event.actor == editor and reason in event.comment and "$12.5 million" in event.comment
    client.force_login(editor)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Waive gate" in page and reason in page


def test_a_waiver_needs_a_written_reason_and_an_editor(reporter, desk, editor, fact_checker):
    article = approved_with_open_claims(reporter, desk, editor)
    with pytest.raises(Exception, match="reason"):
        services.article_waive_gate(article_id=article.pk, user=editor, reason="   ")
    for outsider in [reporter, fact_checker]:
        with pytest.raises(Exception, match="Only editors"):
            services.article_waive_gate(article_id=article.pk, user=outsider, reason="I say so, honestly.")
    assert claims_blocking_publication(article).count() >= 2
    assert not WorkflowEvent.objects.filter(article=article, action="waive_gate").exists()


def test_a_waiver_reason_over_its_limit_is_refused_and_copied_to_no_claim(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)
    reason = "Court ruling quoted. " * 1000  # 21,000 characters, which every waived claim would repeat

    with pytest.raises(Exception, match="limit is 5,000"):
        services.article_waive_gate(article_id=article.pk, user=editor, reason=reason)
    asked = admin_action(client, editor, "waive_fact_check_gate", [article], apply="yes", reason=reason)

    assert "at most 5000 characters" in asked
    assert claims_blocking_publication(article).count() >= 2
    assert not WorkflowEvent.objects.filter(article=article, action="waive_gate").exists()


def test_a_waiver_reason_with_a_control_character_stays_on_the_admin_form_and_waives_nothing(
    client, reporter, desk, editor
):
    article = approved_with_open_claims(reporter, desk, editor)

    asked = admin_action(client, editor, "waive_fact_check_gate", [article], apply="yes", reason="Court \x07ruling")

    assert "control character" in asked and "Court \x07ruling" in asked
    assert claims_blocking_publication(article).count() >= 2
    assert not WorkflowEvent.objects.filter(article=article, action="waive_gate").exists()


def test_the_waive_action_in_the_article_admin_asks_for_a_reason_then_waives(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)

    asked = admin_action(client, editor, "waive_fact_check_gate", [article])
    assert "Reason" in asked and not WorkflowEvent.objects.filter(action="waive_gate").exists()
    done = admin_action(client, editor, "waive_fact_check_gate", [article], apply="yes", reason="Court ruling quoted.")

    assert "waived" in done.lower()
    assert not claims_blocking_publication(article).exists()
    assert WorkflowEvent.objects.get(article=article, action="waive_gate").comment.startswith("Court ruling quoted.")


def test_scheduled_publishing_holds_an_article_whose_claim_was_reopened_and_says_so_once(
    reporter, desk, editor, fact_checker
):
    article = move_to(ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY), "scheduled", editor=editor)
    money = Claim.objects.get(article=article, kind="money")
    services.claim_rule(
        claim_id=money.pk, user=fact_checker, verdict="inaccurate", note="Minutes say $1.25m.", sources=[SOURCE]
    )
    Article.objects.filter(pk=article.pk).update(scheduled_for=timezone.now() - timedelta(seconds=5))

    assert article_services.article_publish_due() == []
    assert article_services.article_publish_due() == []  # the beat runs again 30 seconds later

    article.refresh_from_db()
    assert article.status == Status.SCHEDULED and article.published_at is None
    blocked = WorkflowEvent.objects.filter(article=article, action="publish_blocked")
    assert blocked.count() == 1 and "$12.5 million" in blocked.get().comment and "inaccurate" in blocked.get().comment

    services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="verified", note="Corrected minutes.")
    assert article_services.article_publish_due() == [article.pk]


def test_an_edit_after_approval_that_changes_a_checked_claim_sends_the_article_back_to_review(
    reporter, desk, editor
):
    article = move_to(ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY), "scheduled", editor=editor)
    article, _ = article_services.article_save_copy(
        article_id=article.pk, user=editor, base_version=article.version, headline=article.headline,
        standfirst="", body=BODY.replace("$12.5 million", "$15 million"),
    )

    scan(article)

    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW and article.scheduled_for is None
    event = article.events.filter(action="return_to_review").get()
    assert event.actor is None and "Version 2" in event.comment
    new = Claim.objects.get(article=article, kind="money", is_present=True)
    assert new.status == ClaimStatus.UNVERIFIED and new.replaces.status == ClaimStatus.VERIFIED


def test_an_editor_changing_scheduled_copy_in_the_admin_is_told_and_the_history_says_why(
    client, reporter, desk, editor
):
    article = move_to(ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY), "scheduled", editor=editor)
    client.force_login(editor)
    data = article_change_form_data(client, article, body=BODY.replace("$12.5 million", "$15 million"))

    saved = client.post(reverse("admin:articles_article_change", args=[article.pk]), data, follow=True)

    told = " ".join(str(m) for m in saved.context["messages"])
    assert "goes back to review and is unscheduled" in told
    scan(article)
    page = client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    history = page.split('class="audit-trail"', 1)[1]
    assert "Version 2 changed checked copy: 1 new or changed claim(s) to check" in history


def test_an_editor_opening_scheduled_copy_in_the_admin_is_told_before_saving(client, reporter, desk, editor):
    article = move_to(ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY), "scheduled", editor=editor)
    client.force_login(editor)

    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()

    assert "If you change its copy and the claim scan finds new or reworded claims" in page
    assert "goes back to review and is unscheduled" in page


@pytest.mark.parametrize("status, consequence", [
    ("approved", "it goes back to review until the desk"),
    ("scheduled", "it goes back to review and is unscheduled until the desk"),
])
def test_an_editor_changing_cleared_copy_on_the_web_page_is_told_before_and_after_saving(
    client, reporter, desk, editor, status, consequence
):
    article = move_to(ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY), status, editor=editor)
    client.force_login(editor)
    url = reverse("articles:edit", args=[article.pk])

    form_page = client.get(url).content.decode()
    saved = client.post(url, {
        "headline": article.headline, "standfirst": "", "body": BODY.replace("$12.5 million", "$15 million"),
        "note": "", "deadline": "", "base_version": article.version,
    }, follow=True)

    assert f"This article is {status}. If you change its copy" in form_page and consequence in form_page
    told = [str(m) for m in saved.context["messages"]]
    assert any(m.startswith(f"The copy of this {status} article changed.") and consequence in m for m in told)
    scan(article)
    assert Article.objects.get(pk=article.pk).status == Status.IN_REVIEW


def test_the_web_edit_page_gives_no_warning_for_copy_not_yet_cleared(client, reporter, draft):
    client.force_login(reporter)
    url = reverse("articles:edit", args=[draft.pk])

    form_page = client.get(url).content.decode()
    saved = client.post(url, {
        "headline": draft.headline, "standfirst": "", "body": "New copy.", "note": "", "deadline": "",
        "base_version": draft.version,
    }, follow=True)

    assert "cleared-copy-warning" not in form_page
    assert [str(m) for m in saved.context["messages"]] == ["Saved as revision 2."]


def test_an_edit_after_approval_that_leaves_the_claims_alone_keeps_the_approval(reporter, desk, editor):
    article = move_to(ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY), "approved", editor=editor)
    article, _ = article_services.article_save_copy(
        article_id=article.pk, user=editor, base_version=article.version, headline=article.headline,
        standfirst="", body=BODY + "\n\nResidents welcomed the decision.",
    )

    scan(article)

    article.refresh_from_db()
    assert article.status == Status.APPROVED
    assert article_services.article_transition(article_id=article.pk, user=editor, name="publish").is_public


def test_a_forged_publish_from_a_fact_checker_or_reporter_is_refused_even_when_cleared(
    client, reporter, desk, editor, fact_checker
):
    article = approved_with_open_claims(reporter, desk, editor)
    clear_fact_check(article, checker=fact_checker)
    staff_reporter = UserFactory(username="staffer", role="Reporter", is_staff=True)
    for person in [reporter, fact_checker, staff_reporter]:
        client.force_login(person)
        client.post(reverse("articles:transition", args=[article.pk, "publish"]))
        client.post(
            reverse("admin:articles_article_changelist"),
            {"action": "publish", ACTION_CHECKBOX_NAME: [str(article.pk)], "index": "0"},
        )
    article.refresh_from_db()
    assert article.status == Status.APPROVED


def money_ruled_inaccurate(article, checker):
    """The article's money claim, which the desk has ruled inaccurate."""
    money = Claim.objects.get(article=article, kind="money")
    services.claim_rule(
        claim_id=money.pk, user=checker, verdict="inaccurate", note="The minutes say $1.25 million.",
        sources=[SOURCE],
    )
    return money


def test_the_gate_waiver_of_a_whole_article_leaves_a_claim_ruled_inaccurate_in_place(
    client, reporter, desk, editor, fact_checker
):
    article = approved_with_open_claims(reporter, desk, editor)
    money = money_ruled_inaccurate(article, fact_checker)

    waived = services.article_waive_gate(article_id=article.pk, user=editor, reason="Deadline; desk is short.")

    assert money.pk not in {c.pk for c in waived} and waived
    money.refresh_from_db()
    assert money.status == ClaimStatus.INACCURATE
    assert list(claims_blocking_publication(article)) == [money]
    with pytest.raises(article_services.PublicationBlocked, match="inaccurate"):
        article_services.article_transition(article_id=article.pk, user=editor, name="publish")
    # Asked again, with nothing else to waive, it says why it will not.
    with pytest.raises(Exception, match="ruled it inaccurate.*\\$12.5 million.*waive each such claim on its own"):
        services.article_waive_gate(article_id=article.pk, user=editor, reason="Still on deadline.")


def test_the_admin_waiver_shows_what_it_covers_and_what_it_leaves_before_and_after(
    client, reporter, desk, editor, fact_checker
):
    article = approved_with_open_claims(reporter, desk, editor)
    money = money_ruled_inaccurate(article, fact_checker)

    asked = admin_action(client, editor, "waive_fact_check_gate", [article])
    covers, holds = asked.split("Not waived, ruled inaccurate", 1)
    assert "20,000 terrorists" in covers and "$12.5 million" not in covers.split("Waives:", 1)[1]
    assert "$12.5 million" in holds
    done = admin_action(client, editor, "waive_fact_check_gate", [article], apply="yes", reason="Court ruling quoted.")

    assert "Not waived, because the desk ruled it inaccurate" in done and "$12.5 million" in done
    assert list(claims_blocking_publication(article)) == [money]


def test_waiving_a_claim_ruled_inaccurate_on_its_own_keeps_the_desks_finding_beside_the_reason(
    reporter, desk, editor, fact_checker
):
    article = approved_with_open_claims(reporter, desk, editor)
    money = money_ruled_inaccurate(article, fact_checker)

    services.claim_waive(claim_id=money.pk, user=editor, reason="The council's own press release says $12.5m.")

    money.refresh_from_db()
    assert money.status == ClaimStatus.WAIVED
    assert money.verdict.startswith("The minutes say $1.25 million.")
    assert "Waived: The council's own press release says $12.5m." in money.verdict


def test_a_waiver_given_under_the_old_rule_still_lifts_the_failed_scan_it_followed(reporter, desk, editor):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("factcheck.migrations.0005_keep_earlier_waivers_of_failed_scans")
    article = ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY)
    article = move_to(article, "approved", editor=editor, fact_check=False)
    run = ScanRun.objects.get(article=article)
    services.scan_run_start(scan_run_id=run.pk)
    services.scan_run_fail(scan_run_id=run.pk, error="The extractor crashed.")
    WorkflowEvent.objects.create(  # as a claim waiver wrote it before the rule changed
        article=article, actor=editor, action="waive_gate", from_status=article.status, to_status=article.status,
        comment="Court ruling quoted.",
    )
    assert "failed" in publication_blockers(article).scan_problem

    migration.keep_earlier_waivers(apps, None)
    migration.keep_earlier_waivers(apps, None)  # run twice, one twin

    assert publication_blockers(article).scan_problem == ""
    twin = WorkflowEvent.objects.get(article=article, action="waive_failed_scan")
    assert (twin.actor, twin.comment) == (editor, "Court ruling quoted.")


# --- Every reason a step is refused for, said together ------------------------------------------------


def past():
    return (timezone.localtime() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")


@pytest.mark.parametrize(
    ("sent_time", "time_refusal"),
    [("", "Choose a publication time"), ("past", "The publication time must be in the future: in the newsroom it is now")],
    ids=["no time", "a time already past"],
)
def test_a_schedule_refused_on_the_page_names_the_gate_and_the_time_together(
    client, reporter, desk, editor, sent_time, time_refusal
):
    article = approved_with_open_claims(reporter, desk, editor)
    client.force_login(editor)

    response = client.post(
        reverse("articles:transition", args=[article.pk, "schedule"]),
        {"scheduled_for": past() if sent_time == "past" else ""},
    )

    assert response.status_code == 400
    time_error, *other_errors = response.context["refused_step"]["errors"]
    assert time_error.startswith(time_refusal)
    assert other_errors == [f"Cannot schedule: {publication_blockers(article).describe()}"]
    page = response.content.decode()
    assert time_refusal in page and "not cleared by the fact-check desk" in page
    assert Article.objects.get(pk=article.pk).status == Status.APPROVED


def test_the_service_refuses_a_step_for_all_its_reasons_at_once(reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)

    with pytest.raises(article_services.StepRefused) as refused:
        article_services.article_transition(
            article_id=article.pk, user=editor, name="schedule", scheduled_for=timezone.now() - timedelta(hours=1)
        )

    kinds = [type(refusal) for refusal in refused.value.refusals]
    assert kinds == [article_services.IllegalTransition, article_services.PublicationBlocked]
    assert article_services.held_by_the_gate(refused.value)
    assert not WorkflowEvent.objects.filter(article=article, action="schedule").exists()


def test_the_admins_schedule_page_names_the_gate_beside_a_refused_time(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)

    page = admin_action(client, editor, "schedule", [article], apply="yes", scheduled_for=past())

    assert "The publication time must be in the future: in the newsroom it is now" in page
    assert "Held back by the fact-check gate" in page and "not cleared by the fact-check desk" in page
    assert Article.objects.get(pk=article.pk).status == Status.APPROVED


# --- The waiver, linked from the article's page ------------------------------------------------------


def waive_url(article):
    return reverse("factcheck:article_waive_gate", args=[article.pk])


def test_a_publish_refused_by_the_gate_on_the_page_links_the_waiver(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)
    client.force_login(editor)

    response = client.post(reverse("articles:transition", args=[article.pk, "publish"]))

    assert response.status_code == 400
    refusal = re.search(r'<div class="alert alert-danger[^"]*refused-step".*?</div>', response.content.decode(), re.S)
    assert "not cleared by the fact-check desk" in refusal.group(0)
    assert f'href="{waive_url(article)}"' in refusal.group(0)


def test_the_article_page_says_what_the_gate_holds_back_and_links_the_waiver(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)
    client.force_login(editor)

    page = client.get(article.get_absolute_url()).content.decode()

    status = re.search(r'<div class="alert alert-warning[^"]*gate-status">.*?</div>', page, re.S).group(0)
    assert "Held back by the fact-check gate" in status and "not cleared by the fact-check desk" in status
    assert f'href="{waive_url(article)}"' in status


def test_an_editor_who_may_not_waive_is_shown_the_gate_but_no_waiver(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)
    publisher = UserFactory(username="pat", is_staff=True)
    publisher.user_permissions.add(
        *Permission.objects.filter(codename__in=["review_article", "publish_article", "view_article", "view_claim"])
    )
    client.force_login(publisher)

    page = client.get(article.get_absolute_url()).content.decode()
    refused = client.post(reverse("articles:transition", args=[article.pk, "publish"])).content.decode()

    assert "Held back by the fact-check gate" in page
    assert waive_url(article) not in page and waive_url(article) not in refused
    assert client.get(waive_url(article)).status_code == 403


def test_the_page_of_cleared_copy_says_nothing_of_the_gate(client, reporter, desk, editor, fact_checker):
    article = approved_with_open_claims(reporter, desk, editor)
    verify_everything(article, fact_checker)
    client.force_login(editor)

    page = client.get(article.get_absolute_url()).content.decode()

    assert "gate-status" not in page and waive_url(article) not in page


def test_the_waiver_page_lists_what_it_waives_and_what_it_leaves_then_waives_with_the_reason(
    client, reporter, desk, editor, fact_checker
):
    article = approved_with_open_claims(reporter, desk, editor)
    inaccurate = money_ruled_inaccurate(article, fact_checker)
    client.force_login(editor)

    page = client.get(waive_url(article)).content.decode()

    covers = re.search(r'<ul class="waiver-covers">.*?</ul>', page, re.S).group(0)
    holds = re.search(r'<ul class="waiver-holds">.*?</ul>', page, re.S).group(0)
    assert f"#{inaccurate.pk}" in holds and f"#{inaccurate.pk}" not in covers
    assert 'name="reason"' in page

    response = client.post(waive_url(article), {"reason": "Read from the minister's own statement."}, follow=True)

    assert response.redirect_chain[-1][0] == article.get_absolute_url()
    assert list(claims_blocking_publication(article)) == [inaccurate]
    assert WorkflowEvent.objects.filter(article=article, action="waive_gate").count() == 1


def test_the_waiver_page_names_its_step_once_and_its_button_says_what_it_does(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)
    client.force_login(editor)

    page = client.get(waive_url(article)).content.decode()

    body = page.split("</title>", 1)[1]
    assert body.count("Waive the fact-check gate") == 1
    assert re.search(r"<h1[^>]*>Waive the fact-check gate</h1>", body)
    assert re.search(r'<button type="submit"[^>]*>Waive with this reason</button>', body)


def test_a_waiver_without_a_reason_comes_back_on_its_page_with_the_error(client, reporter, desk, editor):
    article = approved_with_open_claims(reporter, desk, editor)
    client.force_login(editor)

    response = client.post(waive_url(article), {"reason": ""})

    assert response.status_code == 400
    assert "Nothing was waived" in response.content.decode()
    assert claims_blocking_publication(article).count() == len(response.context["preview"].covers)


@pytest.mark.parametrize("who", ["reporter", "fact_checker", "writer_who_edits"])
def test_the_waiver_page_is_refused_on_the_server_to_whoever_may_not_waive(client, reporter, desk, editor, fact_checker, who):
    article = approved_with_open_claims(reporter, desk, editor)
    if who == "writer_who_edits":
        reporter.groups.add(Group.objects.get(name="Editor"))
    person = {"reporter": reporter, "fact_checker": fact_checker, "writer_who_edits": reporter}[who]
    client.force_login(type(person).objects.get(pk=person.pk))

    for response in [client.get(waive_url(article)), client.post(waive_url(article), {"reason": "Mine."})]:
        assert response.status_code in (403, 404)
    assert claims_blocking_publication(article).exists()


def test_copy_not_scanned_yet_is_said_held_back_with_no_waiver_to_follow(client, reporter, desk, editor):
    article = move_to(ArticleFactory(author=reporter, desk=desk, body=BODY), "approved", editor=editor, fact_check=False)
    client.force_login(editor)

    page = client.get(article.get_absolute_url()).content.decode()
    refused = client.post(reverse("articles:transition", args=[article.pk, "publish"])).content.decode()
    waiver_page = client.get(waive_url(article)).content.decode()

    assert "Held back by the fact-check gate" in page and "is still queued" in page
    assert waive_url(article) not in page and waive_url(article) not in refused
    assert "cannot be waived until it has finished" in waiver_page and 'name="reason"' not in waiver_page
