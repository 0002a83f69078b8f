"""The scan service: queueing on commit, reconciling claims by fingerprint, never losing a ruling."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import services as article_services
from factcheck import services
from factcheck.models import (
    Claim,
    ClaimStatus,
    ClaimStatusChange,
    ScanRun,
    ScanStatus,
    compose_scan_text,
    scan_text_parts,
)
from newsroom.people import person_name
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

MINISTER = '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'
BUDGET = "The council approved a budget of $12.5 million for the new library."
TURNOUT = "Turnout rose to 64% in the spring election."
BODY = "\n\n".join([MINISTER, BUDGET, TURNOUT])


def save(article, *, body, user=None):
    article.refresh_from_db()
    article, revision = article_services.article_save_copy(
        article_id=article.pk,
        user=user or article.author,
        base_version=article.version,
        headline=article.headline,
        standfirst=article.standfirst,
        body=body,
    )
    return article


def newest_run(article) -> ScanRun:
    article.refresh_from_db()
    return ScanRun.objects.filter(article=article, revision__number=article.version).latest("id")


def scan(article) -> ScanRun:
    """Run the newest revision's scan here, as the worker would."""
    run = newest_run(article)
    services.scan_run_execute(scan_run_id=run.pk)
    run.refresh_from_db()
    return run


def present(article):
    return list(Claim.objects.filter(article=article, is_present=True).order_by("start"))


def rule_all(claims, user, status=ClaimStatus.VERIFIED):
    for claim in claims:
        services.claim_set_status(claim_id=claim.pk, user=user, status=status, note="Checked against the source.",
                                  sources="https://records.example/checked")


@pytest.fixture
def article(reporter, desk):
    return ArticleFactory(author=reporter, desk=desk, headline="Minister claims big gains", standfirst="", body=BODY)


def test_saving_a_draft_records_a_queued_scan_of_its_revision(article):
    run = ScanRun.objects.get(article=article)
    assert run.status == ScanStatus.QUEUED
    assert run.revision.number == article.version == 1
    assert run.reason == "save"


def test_a_committed_save_publishes_exactly_one_scan(reporter, desk, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        article = ArticleFactory(author=reporter, desk=desk, body=BODY)
    publishes = [cb for cb in callbacks if getattr(cb, "func", None) is services.scan_run_publish]
    assert len(publishes) == 1
    assert publishes[0].keywords == {"scan_run_id": ScanRun.objects.get(article=article).pk}


def test_a_rolled_back_save_schedules_no_scan(article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                save(article, body=BODY + "\n\nA new paragraph with 42 more figures.")
                raise RuntimeError("the request failed after the save")
    assert callbacks == []
    assert ScanRun.objects.filter(article=article).count() == 1  # only the first draft's


def test_a_scan_flags_the_figures_with_their_speaker(article):
    run = scan(article)
    assert run.status == ScanStatus.DONE
    claims = present(article)
    assert run.claims_found == len(claims) > 0
    terrorists = [c for c in claims if c.kind == "count" and c.value == 20000]
    assert len(terrorists) == 1
    assert "Adler" in terrorists[0].speaker or "minister" in terrorists[0].speaker.lower()
    text = compose_scan_text(headline=article.headline, standfirst=article.standfirst, body=article.body)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.status == ClaimStatus.UNVERIFIED
        assert claim.history.get().to_status == ClaimStatus.UNVERIFIED


def test_scanning_the_same_revision_twice_changes_nothing(article):
    scan(article)
    before = list(Claim.objects.filter(article=article).values().order_by("id"))
    rerun = services.scan_article_rescan(article_id=article.pk, user=article.author)
    services.scan_run_execute(scan_run_id=rerun.pk)
    rerun.refresh_from_db()
    assert rerun.status == ScanStatus.DONE
    assert rerun.claims_new == rerun.claims_reopened == rerun.claims_gone == 0
    assert list(Claim.objects.filter(article=article).values().order_by("id")) == before


def test_unchanged_claims_keep_their_verdict_when_other_text_changes(article, fact_checker):
    scan(article)
    rule_all(present(article), fact_checker)
    save(article, body="A new opening paragraph without figures.\n\n" + BODY)
    scan(article)
    claims = present(article)
    assert claims and all(c.status == ClaimStatus.VERIFIED for c in claims)
    assert all(c.verdict == "Checked against the source." for c in claims)
    body = article.body
    text = compose_scan_text(headline=article.headline, standfirst=article.standfirst, body=body)
    assert all(text[c.start : c.end] == c.text for c in claims)  # offsets follow the text


def test_an_edit_changing_one_figure_reopens_only_that_claim(article, fact_checker):
    scan(article)
    rule_all(present(article), fact_checker)
    budget_claims = {c.pk for c in present(article) if BUDGET[:20] in c.sentence}
    assert budget_claims

    save(article, body=BODY.replace("$12.5 million", "$14 million"))
    run = scan(article)

    claims = present(article)
    reopened = [c for c in claims if c.status != ClaimStatus.VERIFIED]
    assert reopened and all(c.status == ClaimStatus.UNVERIFIED for c in reopened)
    assert all("$14 million" in c.sentence for c in reopened)
    assert {c.replaces_id for c in reopened} <= budget_claims
    money = next(c for c in reopened if c.kind == "money")
    assert money.replaces.status == ClaimStatus.VERIFIED  # the old ruling is kept, linked
    assert money.replaces.is_present is False
    assert money.history.get().from_status == ClaimStatus.VERIFIED
    assert "the text changed from “$12.5 million” to “$14 million”" in money.history.get().note
    assert run.claims_reopened == len([c for c in reopened if c.replaces_id])
    assert all(c.status == ClaimStatus.VERIFIED for c in claims if BUDGET[:20] not in c.sentence)


def test_a_figure_reopened_by_a_rewritten_sentence_says_the_sentence_changed(article, fact_checker):
    scan(article)
    rule_all(present(article), fact_checker)

    save(article, body=BODY.replace("for the new library", "for the new central library"))
    scan(article)

    money = next(c for c in present(article) if c.kind == "money")
    assert money.status == ClaimStatus.UNVERIFIED and money.replaces.text == money.text == "$12.5 million"
    note = money.history.get().note
    assert "its sentence changed around “$12.5 million”" in note
    assert "changed from" not in note


def test_a_figure_reworded_while_a_checker_works_on_it_stays_with_that_checker(article, fact_checker):
    scan(article)
    old = next(c for c in present(article) if c.kind == "money")
    services.claim_take(claim_id=old.pk, user=fact_checker)

    save(article, body=BODY.replace("$12.5 million", "$14 million"))
    scan(article)

    new = next(c for c in present(article) if c.kind == "money")
    assert new.replaces_id == old.pk
    assert (new.status, new.assigned_to) == (ClaimStatus.IN_PROGRESS, fact_checker)
    assert f"Still with {person_name(fact_checker)}" in new.history.get().note
    gone = old.history.order_by("-id").first().note
    assert f"It now reads “$14 million”: claim #{new.pk}." in gone


def test_the_checkers_of_reworded_claims_are_loaded_at_once(article, fact_checker):
    def queries_to_rescan(rewording):
        scan(article)
        for claim in present(article):
            if claim.kind in ("money", "percent", "count"):
                services.claim_take(claim_id=claim.pk, user=fact_checker)
        save(article, body=rewording(article.body))
        with CaptureQueriesContext(connection) as queries:
            scan(article)
        figures = [c for c in present(article) if c.replaces_id and c.kind in ("money", "percent", "count")]
        assert figures and all(c.assigned_to == fact_checker for c in figures)
        return [q["sql"] for q in queries.captured_queries if "auth_user" in q["sql"]]

    one = queries_to_rescan(lambda body: body.replace("$12.5 million", "$14 million"))
    three = queries_to_rescan(
        lambda body: body.replace("$14 million", "$15 million").replace("64%", "65%").replace("20,000", "21,000")
    )
    assert len(three) == len(one)


def test_a_figure_reworded_after_its_ruling_goes_back_to_the_whole_desk(article, fact_checker):
    scan(article)
    rule_all(present(article), fact_checker)

    save(article, body=BODY.replace("$12.5 million", "$14 million"))
    scan(article)

    money = next(c for c in present(article) if c.kind == "money")
    assert (money.status, money.assigned_to) == (ClaimStatus.UNVERIFIED, None)


def test_a_claim_that_leaves_the_text_is_marked_gone_not_deleted(article, fact_checker):
    scan(article)
    turnout = [c for c in present(article) if c.kind == "percent"]
    assert turnout
    rule_all(turnout, fact_checker, ClaimStatus.INACCURATE)
    save(article, body="\n\n".join([MINISTER, BUDGET]))
    run = scan(article)
    for claim in turnout:
        claim.refresh_from_db()
        assert claim.is_present is False
        assert claim.status == ClaimStatus.INACCURATE
    assert run.claims_gone >= len(turnout)

    save(article, body=BODY)  # the sentence comes back: so does its ruling
    scan(article)
    for claim in turnout:
        claim.refresh_from_db()
        assert claim.is_present is True
        assert claim.status == ClaimStatus.INACCURATE


def test_an_older_revisions_scan_finishing_late_changes_nothing(article):
    old_run = newest_run(article)
    started = services.scan_run_start(scan_run_id=old_run.pk)
    old_text = compose_scan_text(headline=article.headline, standfirst="", body=article.body)
    old_found = services.extract_claims(old_text)

    save(article, body=TURNOUT)
    scan(article)
    after_new_scan = list(Claim.objects.filter(article=article).values().order_by("id"))

    late = services.scan_run_apply(scan_run_id=started.pk, found=old_found)
    assert late.status == ScanStatus.SUPERSEDED
    assert list(Claim.objects.filter(article=article).values().order_by("id")) == after_new_scan


def test_a_queued_scan_of_an_older_revision_is_superseded_without_work(article):
    old_run = newest_run(article)
    save(article, body=TURNOUT)
    assert services.scan_run_start(scan_run_id=old_run.pk) is None
    old_run.refresh_from_db()
    assert old_run.status == ScanStatus.SUPERSEDED
    assert old_run.attempts == 0


def test_a_verdict_given_while_a_rescan_runs_is_kept(article, fact_checker):
    scan(article)
    claim = present(article)[0]
    rerun = services.scan_article_rescan(article_id=article.pk, user=article.author)

    started = services.scan_run_start(scan_run_id=rerun.pk)  # the worker has read the revision ...
    found = services.extract_claims(
        compose_scan_text(headline=article.headline, standfirst=article.standfirst, body=article.body)
    )
    services.claim_set_status(  # ... when the fact-checker rules ...
        claim_id=claim.pk, user=fact_checker, status=ClaimStatus.INACCURATE, note="The ministry says 2,000.",
        sources="https://records.example/checked",
    )
    services.scan_run_apply(scan_run_id=started.pk, found=found)  # ... and then it writes.

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.INACCURATE
    assert claim.verdict == "The ministry says 2,000."
    assert claim.history.filter(actor=fact_checker).count() == 1


@override_settings(SCAN_MAX_ATTEMPTS=3)
def test_a_draft_that_keeps_killing_workers_ends_as_a_failed_scan(article):
    run = newest_run(article)
    for _ in range(3):
        # Each delivery starts the scan, and the worker dies before it finishes.
        assert services.scan_run_start(scan_run_id=run.pk) is not None
    assert services.scan_run_execute(scan_run_id=run.pk) is None  # the next redelivery gives up
    run.refresh_from_db()
    assert run.status == ScanStatus.FAILED
    assert "interrupted 3 times" in run.error
    assert services.scan_run_execute(scan_run_id=run.pk) is None  # and later deliveries stay no-ops
    assert run.attempts == 3


def test_an_extraction_error_fails_the_scan_with_its_message(article, monkeypatch):
    def broken_extractor(text):
        raise ValueError("unbalanced quotation marks")

    monkeypatch.setattr(services, "extract_claims", broken_extractor)
    run = scan(article)
    assert run.status == ScanStatus.FAILED
    assert "ValueError: unbalanced quotation marks" in run.error_summary
    assert not Claim.objects.filter(article=article).exists()


def test_a_rescan_while_one_is_waiting_reuses_it(article):
    first = services.scan_article_rescan(article_id=article.pk, user=article.author)
    second = services.scan_article_rescan(article_id=article.pk, user=article.author)
    assert first.pk == second.pk == newest_run(article).pk


def test_a_rescan_while_the_scan_runs_sends_no_second_message(article, django_capture_on_commit_callbacks):
    services.scan_run_start(scan_run_id=newest_run(article).pk)
    with django_capture_on_commit_callbacks() as callbacks:
        run = services.scan_article_rescan(article_id=article.pk, user=article.author)
    assert run.status == ScanStatus.RUNNING
    assert callbacks == []


def test_only_the_author_or_an_editor_may_rescan(article, other_reporter, editor, fact_checker):
    for outsider in [other_reporter, fact_checker]:
        with pytest.raises(PermissionDenied):
            services.scan_article_rescan(article_id=article.pk, user=outsider)
    assert services.scan_article_rescan(article_id=article.pk, user=editor)


def test_only_fact_checkers_rule_and_only_editors_waive(article, reporter, fact_checker, editor):
    scan(article)
    claim = present(article)[0]
    with pytest.raises(PermissionDenied):
        services.claim_set_status(claim_id=claim.pk, user=reporter, status=ClaimStatus.VERIFIED)
    with pytest.raises(PermissionDenied):
        services.claim_set_status(claim_id=claim.pk, user=fact_checker, status=ClaimStatus.WAIVED)
    services.claim_set_status(claim_id=claim.pk, user=editor, status=ClaimStatus.WAIVED, note="Opinion.")
    services.claim_set_status(claim_id=claim.pk, user=fact_checker, status=ClaimStatus.IN_PROGRESS)
    history = list(ClaimStatusChange.objects.filter(claim=claim).order_by("id"))
    assert [(h.from_status, h.to_status) for h in history] == [
        ("", ClaimStatus.UNVERIFIED),
        (ClaimStatus.UNVERIFIED, ClaimStatus.WAIVED),
        (ClaimStatus.WAIVED, ClaimStatus.IN_PROGRESS),
    ]
    assert [h.actor for h in history] == [None, editor, fact_checker]


def test_a_ruling_based_on_a_stale_page_is_refused(article, fact_checker):
    scan(article)
    claim = present(article)[0]
    services.claim_set_status(claim_id=claim.pk, user=fact_checker, status=ClaimStatus.VERIFIED, expected_version=1,
                              note="Checked.", sources="https://records.example/checked")
    with pytest.raises(services.ClaimConflict):
        services.claim_set_status(
            claim_id=claim.pk, user=fact_checker, status=ClaimStatus.INACCURATE, expected_version=1
        )
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.VERIFIED


def test_the_sweeper_queues_what_was_never_published_or_was_lost(article, reporter, desk):
    now = timezone.now()
    never_published = newest_run(article)
    assert never_published.published_at is None
    lost_article = ArticleFactory(author=reporter, desk=desk, body=BODY)
    lost = newest_run(lost_article)
    ScanRun.objects.filter(pk=lost.pk).update(
        status=ScanStatus.RUNNING, attempts=1, published_at=now - timedelta(hours=1), started_at=now - timedelta(hours=1)
    )
    fresh_article = ArticleFactory(author=reporter, desk=desk, body=BODY)
    fresh = newest_run(fresh_article)
    ScanRun.objects.filter(pk=fresh.pk).update(published_at=now)

    result = services.scan_runs_sweep(
        now=now + timedelta(seconds=60), unpublished_after=timedelta(seconds=30), lost_after=timedelta(minutes=10)
    )

    assert result["requeued"] == 2
    for run in [never_published, lost]:
        run.refresh_from_db()
        assert run.published_at is not None and run.published_at > now - timedelta(minutes=1)
    fresh.refresh_from_db()
    assert fresh.published_at == now  # published a minute ago: Redis still has it, left alone
    assert services.scan_runs_sweep(now=now + timedelta(seconds=60))["requeued"] == 0


def test_the_sweeper_supersedes_open_scans_of_old_revisions(article):
    old_run = newest_run(article)
    save(article, body=TURNOUT)
    ScanRun.objects.filter(article=article).exclude(pk=old_run.pk).update(status=ScanStatus.DONE)
    result = services.scan_runs_sweep()
    old_run.refresh_from_db()
    assert old_run.status == ScanStatus.SUPERSEDED
    assert result["superseded"] == 1


def test_the_sweeper_gives_a_scan_to_a_newest_revision_that_has_none(article):
    ScanRun.objects.filter(article=article).delete()
    assert services.scan_runs_sweep()["created"] == 1
    assert newest_run(article).reason == "sweep"


def test_scan_text_parts_map_offsets_back_to_headline_standfirst_and_body():
    parts = scan_text_parts(headline="Ten dead", standfirst="", body="Police said 12 were hurt.")
    text = compose_scan_text(headline="Ten dead", standfirst="", body="Police said 12 were hurt.")
    for name, offset, part in parts:
        assert text[offset : offset + len(part)] == part
    assert [name for name, _, _ in parts] == ["headline", "standfirst", "body"]


@pytest.mark.parametrize(
    "given",
    [lambda pk: "abc", lambda pk: None, lambda pk: pk + 0.5, lambda pk: [pk], lambda pk: {"id": pk}, lambda pk: True,
     lambda pk: -pk, lambda pk: 0, lambda pk: 2**64],
    ids=["text", "none", "fraction", "list", "dict", "bool", "negative", "zero", "huge"],
)
def test_a_scan_task_given_no_scan_run_id_says_so_and_scans_nothing(article, caplog, given):
    from factcheck.tasks import scan_revision

    run = newest_run(article)
    given = given(run.pk)  # 1.5 was once read as scan run 1

    result = scan_revision.apply(args=[given])

    assert result.successful()  # said in the log, not raised: the message is retried for nothing
    assert "no scan run's id" in caplog.text and repr(given) in caplog.text
    run.refresh_from_db()
    assert run.status == ScanStatus.QUEUED and run.attempts == 0


def test_a_scan_task_whose_revision_was_deleted_says_so(article, caplog):
    from factcheck.tasks import scan_revision

    run = newest_run(article)
    run_id = run.pk
    article.delete()  # the revision, and its scan run, go with it

    assert scan_revision.apply(args=[run_id]).successful()
    assert f"Scan run {run_id} does not exist" in caplog.text


def test_a_scan_task_given_its_id_as_text_scans(article):
    from factcheck.tasks import scan_revision

    scan_revision.apply(args=[str(newest_run(article).pk)])

    assert newest_run(article).status == ScanStatus.DONE


@pytest.mark.parametrize("given", ["abc", -5, float("nan"), float("inf"), [1]])
def test_a_sweep_given_no_number_of_seconds_says_so_and_sweeps_nothing(article, caplog, given):
    from factcheck.tasks import sweep_scans

    assert sweep_scans.apply(kwargs={"lost_after_seconds": given}).successful()
    assert "no number of seconds" in caplog.text
