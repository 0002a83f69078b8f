"""Roles against the fact-check desk's actions, through forged POSTs to the desk's endpoints.

Every case sends the request a user could forge by hand, whether or not a button is shown to them,
then asks the database whether it took effect. The expected authorisation is written out here from
the newsroom's rules: fact-checkers take, release (their own, one at a time or in bulk), rule and reuse; editors
waive, and release a claim a checker holds back to the queue, one at a time; nobody
else does any of it, and a fact-checker never edits copy. Sources are attached by the desk and by the
article's own reporter. The suite fails on any unauthorised success
and on any authorised action that did not go through.
"""

import pytest
from django.urls import reverse

from articles.models import Article, WorkflowEvent
from factcheck import services
from factcheck.models import Claim, ClaimStatusChange, ScanRun, Source
from tests.factories import ArticleFactory, DeskFactory, UserFactory, move_to

ROLES = ["anonymous", "author", "other_reporter", "staff_reporter", "fact_checker", "other_fact_checker", "editor"]
BODY = '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'
SOURCE = {"source_kind_1": "url", "source_reference_1": "https://army.example/figures"}

# Who may do what on the desk: the newsroom's rules, written independently of the code.
RULES = {
    "take": {"fact_checker", "other_fact_checker"},
    "bulk_take": {"fact_checker", "other_fact_checker"},
    # The claim is held by fact_checker; an editor may give it back to the queue for a checker who is away.
    "release_own": {"fact_checker", "editor"},
    "release_held_by_other_checker": {"other_fact_checker", "editor"},  # no other checker's to release
    # A bulk release gives back one's own claims: an editor hands a checker's back one at a time.
    "bulk_release_own": {"fact_checker"},
    "bulk_release_held_by_other_checker": {"other_fact_checker"},
    "rule_verified": {"fact_checker", "other_fact_checker"},
    "rule_inaccurate": {"fact_checker", "other_fact_checker"},
    "rule_unverifiable": {"fact_checker", "other_fact_checker"},
    "rule_attribution": {"fact_checker", "other_fact_checker"},
    "rule_held_by_other": {"fact_checker"},  # held by fact_checker: only they rule on it
    "reuse": {"fact_checker", "other_fact_checker"},
    "waive_claim": {"editor"},
    "waive_gate": {"editor"},
    "edit_body": {"editor"},  # the article is in review: its author waits, the desk never writes copy
    # A source is evidence, not a ruling: the desk and the article's own reporter, before publication.
    "attach_source": {"author", "fact_checker", "other_fact_checker", "editor"},
    # A source the author attached: they may take it back, and the desk's checkers may remove it.
    "remove_source": {"author", "fact_checker", "other_fact_checker"},
}
CASES = [(action, role) for action in RULES for role in ROLES]


@pytest.fixture
def cast(db):
    desk = DeskFactory(name="World", slug="world")
    people = {
        "anonymous": None,
        "author": UserFactory(username="author", role="Reporter"),
        "other_reporter": UserFactory(username="other", role="Reporter"),
        "staff_reporter": UserFactory(username="staffreporter", role="Reporter", is_staff=True),
        "fact_checker": UserFactory(username="checker", role="Fact-checker", is_staff=True),
        "other_fact_checker": UserFactory(username="checker2", role="Fact-checker"),
        "editor": UserFactory(username="editor", role="Editor", is_staff=True),
    }
    return desk, people


def _scanned(desk, author, headline):
    article = ArticleFactory(author=author, desk=desk, headline=headline, standfirst="", body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return article


def _setup(action, desk, people):
    article = _scanned(desk, people["author"], "Minister claims gains")
    article = move_to(article, "in_review", editor=people["editor"])
    claim = Claim.objects.get(article=article, kind="count")
    extra = {}
    if action in {"release_own", "bulk_release_own", "rule_held_by_other"}:
        services.claim_take(claim_id=claim.pk, user=people["fact_checker"])
    if action in {"release_held_by_other_checker", "bulk_release_held_by_other_checker"}:
        services.claim_take(claim_id=claim.pk, user=people["other_fact_checker"])
    if action == "reuse":
        earlier = Claim.objects.get(article=_scanned(desk, people["author"], "Minister, last week"), kind="count")
        services.claim_rule(
            claim_id=earlier.pk, user=people["fact_checker"], verdict="verified", note="Army data agree.",
            sources=[services.SourceInput(kind="url", reference="https://army.example/figures")],
        )
        extra["from_claim"] = earlier.pk
    if action == "remove_source":
        extra["source"] = services.claim_add_source(
            claim_id=claim.pk, user=people["author"], kind="document", reference="Army press release"
        ).pk
    claim.refresh_from_db()
    return article, claim, extra


def _snapshot(article, claim):
    claim.refresh_from_db()
    article.refresh_from_db()
    return (
        claim.status,
        claim.attribution_status,
        claim.assigned_to_id,
        claim.version,
        ClaimStatusChange.objects.filter(claim=claim).count(),
        Source.objects.filter(claim=claim).count(),
        article.version,
        article.body,
        WorkflowEvent.objects.filter(article=article).count(),
    )


def _forge(client, action, article, claim, extra):
    def claim_url(name):
        return reverse(f"factcheck:{name}", args=[claim.pk])

    version = {"version": claim.version}
    if action == "take":
        return client.post(claim_url("claim_take"), version)
    if action == "bulk_take":
        return client.post(reverse("factcheck:claims_take"), {"claims": [str(claim.pk)]})
    if action.startswith("bulk_release"):
        return client.post(reverse("factcheck:claims_release"), {"claims": [str(claim.pk)]})
    if action.startswith("release"):
        return client.post(claim_url("claim_release"), version)
    if action.startswith("rule"):
        verdict = action.split("_", 1)[1] if action in {"rule_verified", "rule_inaccurate", "rule_unverifiable"} else (
            "verified"
        )
        check = "attribution" if action == "rule_attribution" else "figure"
        return client.post(
            claim_url("claim_rule"),
            {"verdict": verdict, "note": "Forged ruling.", "check": check, **version, **SOURCE},
        )
    if action == "reuse":
        return client.post(claim_url("claim_reuse"), {"from_claim": extra["from_claim"], **version})
    if action == "waive_claim":
        return client.post(claim_url("claim_waive"), {"reason": "Forged waiver reason.", **version})
    if action == "waive_gate":
        return client.post(
            reverse("factcheck:article_waive_gate", args=[article.pk]), {"reason": "Forged waiver reason."}
        )
    if action == "remove_source":
        return client.post(reverse("factcheck:source_remove", args=[extra["source"]]))
    if action == "attach_source":
        return client.post(
            claim_url("claim_add_source"),
            {"kind": "url", "reference": "https://army.example/figures", "note": "Table 2.", "check": "figure"},
        )
    if action == "edit_body":
        return client.post(
            reverse("articles:edit", args=[article.pk]),
            {"headline": article.headline, "standfirst": "", "body": "Forged body: 99 forged figures.",
             "note": "forged", "base_version": article.version},
        )
    raise AssertionError(action)


@pytest.mark.parametrize(
    ("action", "role"),
    CASES,
    ids=[f"{len(CASES)}cases-{action}-as-{role}" for action, role in CASES],
)
def test_forged_desk_request_succeeds_only_when_authorised(action, role, cast, client):
    desk, people = cast
    article, claim, extra = _setup(action, desk, people)
    if people[role] is not None:
        client.force_login(people[role])
    before = _snapshot(article, claim)
    articles_before = Article.objects.count()

    response = _forge(client, action, article, claim, extra)

    assert response.status_code < 500
    took_effect = _snapshot(article, claim) != before or Article.objects.count() != articles_before
    if role in RULES[action]:
        assert took_effect, f"authorised {role} could not {action}"
    else:
        assert not took_effect, f"unauthorised success: {role} {action}"
