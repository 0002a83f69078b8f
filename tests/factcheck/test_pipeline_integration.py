"""The scan pipeline end to end: real Redis servers, real Celery worker processes, the real database.

Nothing here runs tasks eagerly or mocks the broker: drafts are saved through the editorial services,
their scans are published on commit to a private redis-server, and separate `celery worker` processes
scan them. The tests wait for outcomes by polling, never for fixed lengths of time.
"""

import pytest
import redis
from django.db import transaction

from articles import services as article_services
from factcheck import services
from factcheck.models import Claim, ClaimStatus, ScanRun, ScanStatus, compose_scan_text
from factcheck.tasks import sweep_scans
from tests.factcheck.conftest import all_scans_finished, newest_scan, wait_for, wait_for_scan
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MINISTER = '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said on Tuesday.'
BUDGET = "The council approved a budget of $12.5 million for the new library."
TURNOUT = "Turnout rose to 64% in the spring election, from 58% four years ago."
BODY = "\n\n".join([MINISTER, BUDGET, TURNOUT])


def save(article, body):
    article.refresh_from_db()
    article, _ = article_services.article_save_copy(
        article_id=article.pk,
        user=article.author,
        base_version=article.version,
        headline=article.headline,
        standfirst=article.standfirst,
        body=body,
    )
    return article


def expected_keys(article) -> list[str]:
    """The fingerprints a single clean scan of the article's current text yields."""
    article.refresh_from_db()
    found = services.extract_claims(
        compose_scan_text(headline=article.headline, standfirst=article.standfirst, body=article.body)
    )
    return sorted(item.key for item in services._keyed(found))


def present_keys(article) -> list[str]:
    return sorted(Claim.objects.filter(article=article, is_present=True).values_list("fingerprint", flat=True))


def snapshot(article):
    return list(
        Claim.objects.filter(article=article)
        .order_by("id")
        .values("id", "fingerprint", "start", "end", "status", "verdict", "is_present", "replaces_id")
    )


def killed_mid_scan(run_ids) -> set[int]:
    """Which of the runs that were running when their worker was killed did not get to finish.

    A scan killed just after sending its final COMMIT still finishes: the database server completes
    the transaction on its own, a moment after the client died. Reading the runs under their row
    lock waits for any such transaction to commit or roll back, so a scan that in fact completed is
    not counted as interrupted (it would rightly never run again).
    """
    with transaction.atomic():
        runs = ScanRun.objects.select_for_update().filter(pk__in=run_ids).order_by("pk")
        return {run.pk for run in runs if run.status == ScanStatus.RUNNING or run.attempts >= 2}


def long_body(n: int) -> str:
    paragraphs = [
        f"Officials said {1000 + 37 * i + n:,} people were evacuated from district {i} on Monday, "
        f"and {12 + i}% of homes lost power." for i in range(60)
    ]
    return "\n\n".join([MINISTER, *paragraphs])


def ward_report(length: int) -> str:
    """A long body dense with figures, dates and speakers: its scan takes a second or two."""
    paragraphs, n = [], 0
    while sum(len(p) + 2 for p in paragraphs) < length:
        n += 1
        paragraphs.append(
            f"Ward {n} recorded {n * 37 + 11} potholes in {1990 + n % 30}, up {n % 17 + 2}.{n % 10}% on the "
            f"year, and the repair bill reached £{n * 3 + 1}.{n % 9}m by {n % 28 + 1} March, said councillor "
            f"Ann Lee {n}."
        )
    return "\n\n".join(paragraphs)


def test_a_saved_draft_has_its_claims_flagged_with_their_speaker(start_worker, broker, reporter, desk):
    start_worker()
    article = ArticleFactory(author=reporter, desk=desk, headline="Minister claims gains", standfirst="", body=BODY)

    run = wait_for_scan(article)

    assert run.status == ScanStatus.DONE, run.error
    claims = list(Claim.objects.filter(article=article, is_present=True))
    assert len(claims) == run.claims_found > 0
    terrorists = [c for c in claims if c.kind == "count" and c.value == 20000]
    assert len(terrorists) == 1
    assert "Adler" in terrorists[0].speaker or "minister" in terrorists[0].speaker.lower()
    assert present_keys(article) == expected_keys(article)


def test_killing_workers_mid_scan_loses_no_scan_and_duplicates_no_claim(start_worker, broker, reporter, desk):
    worker = start_worker()
    articles, interrupted = [], set()
    for round_number in range(12):
        if len(interrupted) >= 3:
            break
        # Fresh drafts keep the worker busy; kill it as soon as one of their scans is running.
        articles += [ArticleFactory(author=reporter, desk=desk, body=long_body(10 * round_number + n)) for n in range(6)]
        running = wait_for(
            lambda: list(ScanRun.objects.filter(status=ScanStatus.RUNNING).values_list("pk", flat=True)),
            timeout=30,
            interval=0.002,
            message="a scan to be running",
        )
        if round_number % 2 == 0:
            # The pool process dies (as under the OOM killer): the worker requeues its message itself.
            assert worker.kill_pool(), "the worker has no pool process to kill"
        else:
            # The whole worker dies: its unacknowledged message waits in Redis; a new worker starts.
            worker.kill()
        interrupted |= killed_mid_scan(running)
        if round_number % 2:
            worker = start_worker()
    assert interrupted, "no kill landed while a scan was running"

    # What Redis would redeliver after its visibility timeout, the sweeper queues now.
    sweep_scans.apply_async(kwargs={"unpublished_after_seconds": 0, "lost_after_seconds": 0})
    wait_for(lambda: all_scans_finished([a.pk for a in articles]), timeout=90, message="every scan to finish")

    for article in articles:
        run = newest_scan(article)
        assert run.status == ScanStatus.DONE, run.error
        assert present_keys(article) == expected_keys(article)  # every claim once, none missing
    for run in ScanRun.objects.filter(pk__in=interrupted):
        # Started again after the kill, and finished.
        assert run.status == ScanStatus.DONE and run.attempts >= 2, (run.pk, run.status, run.attempts, run.error)


def test_drafts_saved_while_redis_is_down_are_scanned_once_the_sweeper_runs(
    start_worker, broker, redis_server, reporter, desk
):
    start_worker()
    redis_server.stop()

    articles = [ArticleFactory(author=reporter, desk=desk, body=BODY.replace("64%", f"{50 + n}%")) for n in range(5)]
    articles.append(save(articles[0], BODY.replace("$12.5 million", "$13 million")))

    runs = ScanRun.objects.filter(article__in=articles, revision__number=1)
    assert runs.count() == 5 and all(r.status == ScanStatus.QUEUED and r.published_at is None for r in runs)

    redis_server.start()
    sweep_scans.apply_async(kwargs={"unpublished_after_seconds": 0})
    wait_for(lambda: all_scans_finished([a.pk for a in articles]), timeout=90, message="the sweeper's scans")

    for article in articles:
        run = newest_scan(article)
        assert run.status == ScanStatus.DONE, run.error
        assert present_keys(article) == expected_keys(article)
    assert not ScanRun.objects.filter(article__in=articles, status=ScanStatus.FAILED).exists()


def test_a_worker_scanning_when_redis_restarts_stays_up_and_scans_on(
    start_worker, broker, redis_server, reporter, desk
):
    # Redis restarted (an upgrade, a reboot) while a scan runs: the worker holds an unacknowledged
    # message when its connection drops. It must wait for Redis, as it does when idle, not exit.
    worker = start_worker(concurrency=2, as_in_production=True)
    articles = [ArticleFactory(author=reporter, desk=desk, body=ward_report(90_000))]
    wait_for(
        lambda: ScanRun.objects.filter(status=ScanStatus.RUNNING).exists(),
        timeout=30, interval=0.002, message="a scan to be running",
    )

    redis_server.stop()
    wait_for(lambda: "Connection to broker lost" in worker.log_text(), timeout=30, message="the worker to notice")
    redis_server.start()
    wait_for(
        lambda: worker.log_text().count("Connected to redis") >= 2 or worker.process.poll() is not None,
        timeout=60, message="the worker to reconnect",
    )

    assert worker.process.poll() is None, worker.log_text()[-3000:]
    # What the restarted Redis forgot, the sweeper queues again; and new copy is scanned as before.
    sweep_scans.apply_async(kwargs={"unpublished_after_seconds": 0, "lost_after_seconds": 0})
    articles.append(ArticleFactory(author=reporter, desk=desk, body=BODY))
    wait_for(lambda: all_scans_finished([a.pk for a in articles]), timeout=90, message="every scan to finish")
    for article in articles:
        assert newest_scan(article).status == ScanStatus.DONE
        assert present_keys(article) == expected_keys(article)


def test_two_rescans_racing_leave_identical_claims(start_worker, broker, reporter, desk):
    start_worker(concurrency=2)
    article = ArticleFactory(author=reporter, desk=desk, body=long_body(1))
    wait_for_scan(article)
    before = snapshot(article)

    run = services.scan_article_rescan(article_id=article.pk, user=reporter)
    services.scan_run_publish(scan_run_id=run.pk)  # a second delivery of the same scan, racing the first
    wait_for(lambda: not ScanRun.objects.get(pk=run.pk).is_open, timeout=30, message="the rescan")

    assert ScanRun.objects.get(pk=run.pk).status == ScanStatus.DONE
    assert snapshot(article) == before


def test_a_verdict_given_during_a_rescan_is_kept(start_worker, broker, reporter, fact_checker, desk):
    start_worker()
    article = ArticleFactory(author=reporter, desk=desk, body=long_body(2))
    wait_for_scan(article)
    claim = Claim.objects.filter(article=article, kind="count").order_by("start").first()

    run = services.scan_article_rescan(article_id=article.pk, user=reporter)
    services.claim_set_status(
        claim_id=claim.pk, user=fact_checker, status=ClaimStatus.INACCURATE, note="The ministry says 2,000.",
        sources="https://records.example/checked",
    )
    wait_for(lambda: not ScanRun.objects.get(pk=run.pk).is_open, timeout=30, message="the rescan")

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.INACCURATE
    assert claim.verdict == "The ministry says 2,000."


def test_an_edit_to_one_figure_of_a_verified_article_reopens_only_that_claim(
    start_worker, broker, reporter, fact_checker, desk
):
    start_worker()
    article = ArticleFactory(author=reporter, desk=desk, body=BODY)
    wait_for_scan(article)
    for claim in Claim.objects.filter(article=article):
        services.claim_set_status(claim_id=claim.pk, user=fact_checker, status=ClaimStatus.VERIFIED, note="Checked.",
                                  sources="https://records.example/checked")

    article = save(article, BODY.replace("$12.5 million", "$14 million"))
    assert wait_for_scan(article).status == ScanStatus.DONE

    claims = list(Claim.objects.filter(article=article, is_present=True))
    reopened = [c for c in claims if c.status != ClaimStatus.VERIFIED]
    assert reopened, "the changed figure must be checked again"
    assert all("$14 million" in c.sentence and c.status == ClaimStatus.UNVERIFIED for c in reopened)
    assert any(c.replaces is not None and c.replaces.status == ClaimStatus.VERIFIED for c in reopened)
    assert all(c.status == ClaimStatus.VERIFIED for c in claims if "$14 million" not in c.sentence)


def test_a_rolled_back_save_publishes_no_scan(start_worker, broker, reporter, desk):
    worker = start_worker()
    article = ArticleFactory(author=reporter, desk=desk, body=BODY)
    wait_for_scan(article)
    with pytest.raises(RuntimeError), transaction.atomic():
        save(article, BODY + "\n\nAnd 99 red balloons.")
        raise RuntimeError("the request failed after the save")

    article.refresh_from_db()
    assert article.version == 1
    assert ScanRun.objects.filter(article=article).count() == 1
    # Nothing reached the broker: the worker received exactly the one scan of the committed draft.
    assert worker.log_text().count("] received") == 1
    assert redis.Redis.from_url(broker.url).llen("celery") == 0
