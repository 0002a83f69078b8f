"""A quote ruled while a scan of its article is applied, from separate database connections: the two
take the article's row first, so one waits for the other and neither is chosen as a deadlock victim."""

import threading

import pytest
from django.db import connection, connections

from articles import services as article_services
from factcheck import services
from factcheck.models import Claim, ScanRun, ScanStatus
from tests.factories import ArticleFactory, UserFactory
from tests.postgres_locks import waiting_on_locks

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks between connections need PostgreSQL"),
]
QUOTE = '"We have killed 20,000 terrorists. We will go on this {when}," the defence minister, Yoav Adler, said.'


def _save_and_scan(article, reporter, body):
    article.refresh_from_db()
    article_services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=article.version, headline=article.headline,
        standfirst="", body=body,
    )
    return ScanRun.objects.filter(article=article).latest("id")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_quote_ruled_while_its_articles_scan_is_applied_deadlocks_neither(desk, monkeypatch):
    reporter = UserFactory(role="Reporter")
    checker = UserFactory(role="Fact-checker")
    article = ArticleFactory(author=reporter, desk=desk, headline="Minister", standfirst="", body=QUOTE.format(when="year"))
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    # Reworded around the figure: a new quote claim, newer than the figure claim it holds, so that
    # the rows a scan updates (in table order) and a quote's ruling locks (quote, then figure) cross.
    services.scan_run_execute(scan_run_id=_save_and_scan(article, reporter, QUOTE.format(when="spring")).pk)
    quote = Claim.objects.get(article=article, kind="quote", is_present=True)
    figure = Claim.objects.get(article=article, kind="count", is_present=True)
    assert figure.pk < quote.pk
    pending = _save_and_scan(article, reporter, QUOTE.format(when="spring") + " The army lost 40 soldiers.")

    quote_locked = threading.Event()
    go_on = threading.Event()
    attribute = services._attribute_figures_inside

    def after_a_pause(quote_claim, *, user):
        quote_locked.set()
        go_on.wait(10)  # the quote's row is held; let the scan ask for its rows meanwhile
        return attribute(quote_claim, user=user)

    monkeypatch.setattr(services, "_attribute_figures_inside", after_a_pause)
    outcomes: dict[str, object] = {}

    def rule():
        try:
            services.claim_rule(claim_id=quote.pk, user=checker, verdict="verified", note="On the video.",
                                sources=[services.SourceInput(kind="url", reference="https://mod.example/video")])
            outcomes["rule"] = "ruled"
        except Exception as error:  # noqa: BLE001 - any failure is the finding
            outcomes["rule"] = error
        finally:
            connections.close_all()

    def scan():
        try:
            services.scan_run_execute(scan_run_id=pending.pk)
            outcomes["scan"] = "applied"
        except Exception as error:  # noqa: BLE001
            outcomes["scan"] = error
        finally:
            connections.close_all()

    ruling = threading.Thread(target=rule)
    ruling.start()
    assert quote_locked.wait(10)
    scanning = threading.Thread(target=scan)
    scanning.start()
    for _ in range(100):
        if waiting_on_locks() >= 1:
            break
        threading.Event().wait(0.05)
    go_on.set()
    ruling.join(30)
    scanning.join(30)

    assert outcomes == {"rule": "ruled", "scan": "applied"}
    pending.refresh_from_db()
    assert pending.status == ScanStatus.DONE
    assert Claim.objects.get(pk=figure.pk).attribution_status == "verified"
