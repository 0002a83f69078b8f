"""The fact-check admin: claims and scans lists, claims inline on the article, and the rescan action."""

import html
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, ClaimStatus, ScanRun, ScanStatus
from newsroom.people import person_name
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

BODY = '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'


@pytest.fixture
def scanned(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return article


@pytest.fixture
def staff_fact_checker(db):
    return UserFactory(username="fiona", role="Fact-checker", is_staff=True)


def test_editors_list_claims_and_scans_filtered_by_status_kind_and_desk(client, editor, scanned):
    client.force_login(editor)
    response = client.get(reverse("admin:factcheck_claim_changelist"), {"status": "unverified", "kind": "count"})
    assert response.status_code == 200
    assert "20,000 terrorists" in response.content.decode()
    response = client.get(reverse("admin:factcheck_scanrun_changelist"), {"status": "done"})
    assert response.status_code == 200
    assert "scan-status-done" in response.content.decode()
    desk_filter = {"article__desk__id__exact": scanned.desk_id}
    assert "20,000 terrorists" in client.get(reverse("admin:factcheck_claim_changelist"), desk_filter).content.decode()


def test_the_article_admin_shows_its_claims_with_status_badges(client, editor, scanned):
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_change", args=[scanned.pk])).content.decode()
    assert "Claims flagged by the scan" in html
    assert "claim-status-unverified" in html and "20,000 terrorists" in html


def _claims(article, count, *, status=ClaimStatus.UNVERIFIED, score=0.5, is_present=True):
    revision = article.revisions.get(number=article.version)
    made = Claim.objects.bulk_create(
        Claim(
            article=article, kind="count", text=f"{n} {status} sheep", start=n, end=n + 1, value=n,
            fingerprint=f"{status}-{score}-{is_present}-{n}", status=status, score=score, is_present=is_present,
            first_seen_revision=revision, last_seen_revision=revision,
        )
        for n in range(count)
    )
    return [claim.pk for claim in made]


def test_the_article_admin_shows_fifty_claims_the_desk_would_take_first_and_links_to_the_rest(
    client, editor, reporter, desk
):
    from factcheck.admin import CLAIMS_SHOWN_INLINE

    article = ArticleFactory(author=reporter, desk=desk, body="No figures here.")
    _claims(article, 30, status=ClaimStatus.VERIFIED, score=0.9)
    _claims(article, 30, status=ClaimStatus.UNVERIFIED, score=0.9, is_present=False)
    low = _claims(article, 40, status=ClaimStatus.UNVERIFIED, score=0.2)
    high = _claims(article, 20, status=ClaimStatus.INACCURATE, score=0.8)
    client.force_login(editor)

    response = client.get(reverse("admin:articles_article_change", args=[article.pk]))

    [inline] = [f for f in response.context["inline_admin_formsets"] if f.formset.model is Claim]
    shown = [form.instance.pk for form in inline.formset.initial_forms]
    assert len(shown) == CLAIMS_SHOWN_INLINE == 50
    assert shown[:20] == high and shown[20:] == low[:30]  # still to check, most check-worthy first
    html = response.content.decode()
    assert "Claims flagged by the scan: 50 of 120 shown" in html
    link = reverse("admin:factcheck_claim_changelist") + f"?article__id__exact={article.pk}"
    assert f'href="{link}"' in html and "All 120 claims of this article" in html
    listed = client.get(link)
    assert listed.status_code == 200 and listed.context["cl"].result_count == 120


def test_the_article_admin_saves_with_more_claims_than_it_shows(client, editor, reporter, desk):
    from tests.admin_forms import article_change_form_data

    article = ArticleFactory(author=reporter, desk=desk, body="No figures here.")
    _claims(article, 60)
    client.force_login(editor)
    data = article_change_form_data(client, article, body="Still no figures.")

    response = client.post(reverse("admin:articles_article_change", args=[article.pk]), data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == "Still no figures."


def test_the_rescan_action_queues_a_scan_of_each_selected_article(client, editor, scanned):
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "rescan_articles", "_selected_action": [scanned.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert ScanRun.objects.filter(article=scanned, reason="rescan", status=ScanStatus.QUEUED).count() == 1


def test_a_fact_checker_rules_in_the_admin_and_the_ruling_is_in_the_history(client, staff_fact_checker, scanned):
    claim = Claim.objects.get(article=scanned, kind="count")
    client.force_login(staff_fact_checker)
    response = client.post(
        reverse("admin:factcheck_claim_change", args=[claim.pk]),
        {"status": ClaimStatus.INACCURATE, "note": "The ministry says 2,000.", "sources": "Ministry release",
         "history-TOTAL_FORMS": "0", "history-INITIAL_FORMS": "1", "history-MIN_NUM_FORMS": "0",
         "history-MAX_NUM_FORMS": "0"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.INACCURATE and claim.verdict == "The ministry says 2,000."
    assert claim.history.filter(actor=staff_fact_checker, to_status=ClaimStatus.INACCURATE).exists()


def test_a_fact_checker_cannot_waive_a_claim_in_the_admin(client, staff_fact_checker, scanned):
    claim = Claim.objects.get(article=scanned, kind="count")
    client.force_login(staff_fact_checker)
    response = client.post(
        reverse("admin:factcheck_claim_change", args=[claim.pk]),
        {"status": ClaimStatus.WAIVED, "note": "", "sources": "", "history-TOTAL_FORMS": "0",
         "history-INITIAL_FORMS": "1", "history-MIN_NUM_FORMS": "0", "history-MAX_NUM_FORMS": "0"},
    )
    assert response.status_code == 200  # the form again, with the error
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED


def _admin_ruling(status, note, sources=""):
    return {"status": status, "note": note, "sources": sources, "history-TOTAL_FORMS": "0",
            "history-INITIAL_FORMS": "1", "history-MIN_NUM_FORMS": "0", "history-MAX_NUM_FORMS": "0"}


def test_the_admin_keeps_the_desks_rule_that_a_taken_claim_is_left_to_its_checker(client, staff_fact_checker, scanned):
    holder = UserFactory(username="hal", role="Fact-checker")
    claim = Claim.objects.get(article=scanned, kind="count")
    services.claim_take(claim_id=claim.pk, user=holder)
    client.force_login(staff_fact_checker)

    response = client.post(
        reverse("admin:factcheck_claim_change", args=[claim.pk]),
        _admin_ruling(ClaimStatus.VERIFIED, "Army figures agree.", "https://army.example/figures"),
    )

    assert response.status_code == 200  # the form again, with the error
    claim.refresh_from_db()
    assert (claim.status, claim.assigned_to) == (ClaimStatus.IN_PROGRESS, holder)
    with pytest.raises(PermissionDenied, match=f"being checked by {person_name(holder)}"):
        services.claim_set_status(claim_id=claim.pk, user=staff_fact_checker, status=ClaimStatus.VERIFIED,
                                  note="Army figures agree.", sources="https://army.example/figures")


def test_a_ruling_in_the_admin_needs_a_note_as_on_the_desk(client, staff_fact_checker, scanned):
    claim = Claim.objects.get(article=scanned, kind="count")
    client.force_login(staff_fact_checker)

    response = client.post(
        reverse("admin:factcheck_claim_change", args=[claim.pk]),
        _admin_ruling(ClaimStatus.VERIFIED, "", "https://army.example/figures"),
    )

    assert response.status_code == 200 and "a note is required" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED
    with pytest.raises(ValidationError, match="a note is required"):
        services.claim_set_status(claim_id=claim.pk, user=staff_fact_checker, status=ClaimStatus.UNVERIFIABLE, note="")


def test_reporters_see_no_claims_in_the_admin(client, desk, scanned):
    staff_reporter = UserFactory(username="remy", role="Reporter", is_staff=True)
    client.force_login(staff_reporter)
    assert client.get(reverse("admin:factcheck_claim_changelist")).status_code == 403
    assert client.get(reverse("admin:factcheck_scanrun_changelist")).status_code == 403


def test_a_source_for_who_said_it_does_not_let_the_admin_verify_the_figure(client, staff_fact_checker, scanned):
    claim = Claim.objects.get(article=scanned, kind="count")  # inside the minister's quote
    services.claim_add_source(claim_id=claim.pk, user=staff_fact_checker, kind="document",
                              reference="Press conference tape", check="attribution")
    client.force_login(staff_fact_checker)

    response = client.post(
        reverse("admin:factcheck_claim_change", args=[claim.pk]),
        _admin_ruling(ClaimStatus.VERIFIED, "Army figures agree."),
    )

    assert response.status_code == 200 and "needs at least one source" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED


def _status_options(client, claim):
    html = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).content.decode()
    select = re.search(r'<select name="status".*?</select>', html, re.S).group()
    return set(re.findall(r'<option value="([a-z_]+)"', select))


def test_the_claim_admin_offers_only_the_rulings_its_user_may_give(client, editor, staff_fact_checker, scanned):
    claim = Claim.objects.get(article=scanned, kind="count")
    client.force_login(editor)
    offered_to_the_editor = _status_options(client, claim)
    assert ClaimStatus.WAIVED in offered_to_the_editor and ClaimStatus.UNVERIFIED in offered_to_the_editor
    assert not {ClaimStatus.VERIFIED, ClaimStatus.INACCURATE} & offered_to_the_editor

    client.force_login(staff_fact_checker)
    offered_to_the_checker = _status_options(client, claim)
    assert {ClaimStatus.VERIFIED, ClaimStatus.INACCURATE, ClaimStatus.UNVERIFIABLE} <= offered_to_the_checker
    assert ClaimStatus.WAIVED not in offered_to_the_checker


@pytest.mark.parametrize(
    "status, note, sources, field, error",
    [
        (ClaimStatus.UNVERIFIABLE, "Rang the ministry \x07 twice", "", "note", "control character"),
        (ClaimStatus.UNVERIFIABLE, "Rang the ministry. " * 300, "", "note", "the limit is 5,000"),
        (ClaimStatus.VERIFIED, "Army figures agree.", "https://army.example/\x1b", "sources", "control character"),
        (ClaimStatus.VERIFIED, "Army figures agree.", "https://" + "a" * 2100 + ".example/", "sources", "2,000 characters"),
        (ClaimStatus.UNVERIFIED, "Back to the queue \x1b[0m", "", "note", "control character"),
    ],
)
def test_a_ruling_the_service_refuses_comes_back_on_the_admin_form_with_what_was_typed(
    client, staff_fact_checker, scanned, status, note, sources, field, error
):
    claim = Claim.objects.get(article=scanned, kind="count")
    history = claim.history.count()
    client.force_login(staff_fact_checker)

    response = client.post(
        reverse("admin:factcheck_claim_change", args=[claim.pk]), _admin_ruling(status, note, sources)
    )

    assert response.status_code == 200  # the form again, not "changed successfully"
    form = response.context["adminform"].form
    assert error in " ".join(form.errors[field])
    assert form["note"].value() == note and form["sources"].value() == sources
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED and claim.history.count() == history


def _page_text(response) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_the_claim_and_scan_pages_name_the_checker_who_added_a_source_and_who_asked_for_a_scan(client, scanned):
    checker = UserFactory(username="okoro-signin", first_name="Farah", last_name="Okoro", role="Fact-checker")
    editor = UserFactory(username="baig-signin", first_name="Omar", last_name="Baig", role="Editor", is_staff=True)
    claim = Claim.objects.get(article=scanned, kind="count")
    services.claim_rule(
        claim_id=claim.pk, user=checker, verdict="verified", note="The ministry's own figure.",
        sources=[services.SourceInput(kind="url", reference="https://ministry.example/statement")],
    )
    rescan = services.scan_article_rescan(article_id=scanned.pk, user=editor)

    # The claim's sources are listed on its page for the superuser alone.
    client.force_login(UserFactory(username="mara", is_staff=True, is_superuser=True))
    claim_page = _page_text(client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])))
    client.force_login(editor)
    scan_page = _page_text(client.get(reverse("admin:factcheck_scanrun_change", args=[rescan.pk])))

    # By full name, as text: the user field itself shows the sign-in name, linked to an account page.
    assert "Assigned to: Farah Okoro" in claim_page
    assert "https://ministry.example/statement - Farah Okoro" in claim_page  # the source, with who added it
    assert "okoro-signin" not in claim_page
    assert "Requested by: Omar Baig" in scan_page and "baig-signin" not in scan_page
