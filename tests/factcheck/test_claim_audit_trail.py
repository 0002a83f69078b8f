"""A claim's history as a standards editor reads it back: when it left the copy and came back, which
check each ruling was on, and who gave the ruling in force."""

import pytest
from django.urls import reverse

from articles import services as article_services
from factcheck import services
from factcheck.models import Claim, ClaimCheck, ClaimStatus, ScanRun
from newsroom.people import person_name
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

JOBS = "The council cut 4,200 jobs in 2025, the report said."
RATE = "Unemployment in the district rose to 7.5 percent last year."
QUOTE = '"We spent $3 million on the bridge," said Mayor Jane Doe.'
SOURCE = [services.SourceInput(kind="url", reference="https://stats.example/table")]


def _save_and_scan(article, body):
    article.refresh_from_db()
    article_services.article_save_copy(
        article_id=article.pk, user=article.author, base_version=article.version,
        headline=article.headline, standfirst=article.standfirst, body=body,
    )
    _scan(article)


def _scan(article):
    article.refresh_from_db()
    run = ScanRun.objects.filter(article=article, revision__number=article.version).latest("id")
    services.scan_run_execute(scan_run_id=run.pk)


@pytest.fixture
def article(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Council cuts jobs", standfirst="",
                             body="\n\n".join([JOBS, RATE, QUOTE]))
    _scan(article)
    return article


def _claim(article, text):
    return Claim.objects.get(article=article, text=text)


def test_a_claim_cut_from_the_copy_and_put_back_says_when_in_its_history(article, fact_checker):
    rate = _claim(article, "7.5 percent")
    services.claim_rule(claim_id=rate.pk, user=fact_checker, verdict="inaccurate", note="Table says 7.1%.",
                        sources=SOURCE)
    _save_and_scan(article, "\n\n".join([JOBS, QUOTE]))
    _save_and_scan(article, "\n\n".join([JOBS, RATE, QUOTE]))

    notes = list(rate.history.order_by("id").values_list("note", "from_status", "to_status", "actor"))
    assert notes[-2] == ("No longer in the article as of revision 2.", "inaccurate", "inaccurate", None)
    assert notes[-1] == ("Back in the article in revision 3, with its ruling.", "inaccurate", "inaccurate", None)


def test_a_ruling_sent_twice_after_a_claim_came_back_names_the_checker_not_the_scan(article, fact_checker):
    rate = _claim(article, "7.5 percent")
    services.claim_rule(claim_id=rate.pk, user=fact_checker, verdict="verified", note="Matches.", sources=SOURCE)
    _save_and_scan(article, "\n\n".join([JOBS, QUOTE]))
    _save_and_scan(article, "\n\n".join([JOBS, RATE, QUOTE]))
    with pytest.raises(services.RulingAlreadyGiven, match=person_name(fact_checker)):
        services.claim_rule(claim_id=rate.pk, user=fact_checker, verdict="verified", note="Matches.")


def test_admin_claim_history_says_which_check_each_change_was_on(client, article, fact_checker, editor):
    figure = _claim(article, "$3 million")
    services.claim_rule(claim_id=figure.pk, user=fact_checker, verdict="verified", note="Said on tape.",
                        sources=SOURCE, check=ClaimCheck.ATTRIBUTION)
    client.force_login(editor)
    html = client.get(reverse("admin:factcheck_claim_change", args=[figure.pk])).content.decode()
    history = html.split("Said on tape.")[0].rsplit("<tr", 1)[1]
    assert "Attribution" in history


def test_the_checker_shown_is_whoever_gave_the_ruling_in_force(client, article, fact_checker, editor):
    """A second fact-checker who overturns a ruling is the one who decided; the claim page must not
    go on naming the first."""
    second = UserFactory(username="second-checker", role="Fact-checker", first_name="Priya", last_name="Raman")
    rate = _claim(article, "7.5 percent")
    services.claim_rule(claim_id=rate.pk, user=fact_checker, verdict="verified", note="Matches.", sources=SOURCE)
    services.claim_rule(claim_id=rate.pk, user=second, verdict="inaccurate", note="Revised table: 7.1%.",
                        sources=SOURCE)
    rate.refresh_from_db()
    assert rate.status == ClaimStatus.INACCURATE
    assert rate.assigned_to == second
    client.force_login(editor)
    html = client.get(reverse("factcheck:claim", args=[rate.pk])).content.decode()
    assert "Priya Raman" in html.split("Check-worthiness")[1].split("</dl>")[0]


def test_the_queue_still_filters_by_a_fact_checker_who_has_left(client, article, fact_checker, editor):
    """A checker whose account was deactivated still holds the claims they took and gave the rulings
    they gave; the desk must be able to list them, to take them over or to answer for them."""
    rate = _claim(article, "7.5 percent")
    services.claim_take(claim_id=rate.pk, user=fact_checker)
    fact_checker.is_active = False
    fact_checker.save(update_fields=["is_active"])
    client.force_login(editor)
    html = client.get(reverse("factcheck:queue")).content.decode()
    assert f'<option value="{fact_checker.pk}"' in html
    listed = client.get(reverse("factcheck:queue"), {"assignee": fact_checker.pk, "stage": "any"}).content.decode()
    assert f"/factcheck/claims/{rate.pk}/" in listed


def test_a_waiver_given_in_the_admin_keeps_the_fact_checkers_finding(article, fact_checker, editor):
    """The claim must still say what the desk found as well as why it went out anyway, whichever
    route the editor waived it by."""
    rate = _claim(article, "7.5 percent")
    services.claim_rule(claim_id=rate.pk, user=fact_checker, verdict="inaccurate", note="Table says 7.1%.",
                        sources=SOURCE)
    services.claim_set_status(claim_id=rate.pk, user=editor, status="waived", note="Official figure at the time.")
    rate.refresh_from_db()
    assert rate.status == ClaimStatus.WAIVED
    assert "Table says 7.1%." in rate.verdict
    assert "Official figure at the time." in rate.verdict
