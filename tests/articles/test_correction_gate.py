"""The fact-check gate holds for corrections too: a correction whose copy brings claims the desk has not
cleared waits for them (held), while readers keep the copy they have; it goes out once the desk clears
them, or when an editor off the byline waives them with a reason. One that brings none goes out at once."""

import pytest
from django.urls import reverse

from articles import services
from articles.models import Article, HeldCorrection, Revision, WorkflowEvent
from articles.workflow import IllegalTransition, Status
from factcheck import services as desk_services
from factcheck.models import Claim, ClaimStatus, ScanRun
from tests.factories import ArticleFactory, UserFactory, move_to

pytestmark = pytest.mark.django_db

BODY = (
    "The council approved a transport scheme costing 2 billion pounds on Tuesday.\n\n"
    "Opponents said they would fight the plan."
)
NEW_FIGURE = "The scheme will also cost taxpayers 9 billion pounds over 40 years."
NOTE = "An earlier version of this article left out the scheme's cost to taxpayers."
SOURCE = desk_services.SourceInput(kind="document", reference="Council budget papers, p. 12")


@pytest.fixture
def published(reporter, editor, desk):
    article = ArticleFactory(author=reporter, desk=desk, headline="Council backs transport scheme", standfirst="", body=BODY)
    return move_to(article, "published", editor=editor)


@pytest.fixture
def chief(db):
    """A second editor, on no byline: the one who may waive."""
    return UserFactory(username="chief", role="Editor", is_staff=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def correction(article, *, body, note=NOTE, **changes):
    return {"headline": article.headline, "standfirst": article.standfirst, "body": body, "note": note,
            "base_version": article.version, **changes}


def correct(client, article, *, body, note=NOTE, follow=False, **changes):
    return client.post(
        reverse("articles:correct", args=[article.pk]), correction(article, body=body, note=note, **changes),
        follow=follow,
    )


def with_new_figure(article) -> str:
    return article.body.replace("on Tuesday.", f"on Tuesday. {NEW_FIGURE}")


def scan_newest(article):
    """Run the newest revision's scan here, as the worker would."""
    article.refresh_from_db()
    run = ScanRun.objects.filter(article=article, revision__number=article.version).latest("id")
    desk_services.scan_run_execute(scan_run_id=run.pk)


def public_page(client, article) -> str:
    return client.get(reverse("articles:public", args=[article.slug])).content.decode()


def new_claims(article) -> list[Claim]:
    """The claims of the new sentence: its cost, "9 billion pounds", and its term, "over 40 years"."""
    claims = list(Claim.objects.filter(article=article, is_present=True, sentence=NEW_FIGURE).order_by("start"))
    assert [c.text for c in claims] == ["9 billion pounds", "over 40 years"]
    return claims


def desk_verifies(claims, fact_checker):
    for claim in claims:
        desk_services.claim_rule(claim_id=claim.pk, user=fact_checker, verdict="verified", note="Budget papers.",
                                 sources=[SOURCE])


def test_a_correction_bringing_an_unchecked_figure_is_held_and_readers_keep_their_copy(
    editor_client, client, published
):
    response = correct(editor_client, published, body=with_new_figure(published), follow=True)

    page = response.content.decode()
    assert "The correction is held for the fact-check desk, not published" in page
    assert "“9 billion pounds” (new)" in page
    published.refresh_from_db()
    # Before: the correction was published at once, the new figure unresolved on the public page.
    assert published.status == Status.PUBLISHED and NEW_FIGURE not in published.body
    held = HeldCorrection.objects.get(article=published)
    assert held.note == NOTE and held.live_revision.number == published.version - 1
    newest = Revision.objects.get(article=published, number=published.version)
    assert NEW_FIGURE in newest.body and ScanRun.objects.filter(revision=newest).exists()
    client.logout()
    public = public_page(client, published)
    assert NEW_FIGURE not in public and "left out the scheme" not in public and "Corrections" not in public
    assert WorkflowEvent.objects.filter(article=published, action="correct").count() == 0
    assert WorkflowEvent.objects.get(article=published, action="hold_correction").comment.startswith(NOTE)


def test_the_held_correction_goes_out_once_the_desk_clears_its_claims_which_alone_were_reopened(
    editor_client, client, published, fact_checker, django_capture_on_commit_callbacks
):
    checked = {c.fingerprint: c.status for c in Claim.objects.filter(article=published, is_present=True)}
    correct(editor_client, published, body=with_new_figure(published))
    scan_newest(published)

    # The claims of the sentences the correction left alone keep their rulings; the new one is the desk's.
    now = {c.fingerprint: c.status for c in Claim.objects.filter(article=published, is_present=True)}
    assert {key: now[key] for key in checked} == checked and set(checked.values()) == {ClaimStatus.VERIFIED}
    assert {status for key, status in now.items() if key not in checked} == {ClaimStatus.UNVERIFIED}
    cost, term = new_claims(published)
    # The desk finds them in its default queue: published copy is copy sent to the desk.
    client.force_login(fact_checker)
    assert {cost.pk, term.pk} <= {c.pk for c in client.get(reverse("factcheck:queue")).context["rows"]}
    with django_capture_on_commit_callbacks(execute=True):
        desk_verifies([cost], fact_checker)
    assert Article.objects.get(pk=published.pk).status == Status.PUBLISHED  # one still to clear

    with django_capture_on_commit_callbacks(execute=True):
        desk_verifies([term], fact_checker)

    published.refresh_from_db()
    assert published.status == Status.CORRECTED and NEW_FIGURE in published.body
    assert not HeldCorrection.objects.filter(article=published).exists()
    event = WorkflowEvent.objects.get(article=published, action="publish_held_correction")
    assert event.actor is None and event.comment == NOTE
    client.logout()
    public = public_page(client, published)
    assert NEW_FIGURE in public and "left out the scheme&#x27;s cost" in public


def test_beat_publishes_a_held_correction_whose_claims_were_cleared_and_not_one_still_waiting(
    editor, published, fact_checker, reporter, desk
):
    correct_by_service = dict(user=editor, note=NOTE, headline=published.headline, standfirst="")
    services.article_publish_correction(
        article_id=published.pk, body=with_new_figure(published), base_version=published.version, **correct_by_service
    )
    other = move_to(ArticleFactory(author=reporter, desk=desk, headline="Second story", standfirst="", body=BODY),
                    "published", editor=editor)
    services.article_publish_correction(
        article_id=other.pk, body=with_new_figure(other), base_version=other.version, **correct_by_service
    )
    scan_newest(published)
    scan_newest(other)
    desk_verifies(new_claims(published), fact_checker)

    assert services.article_publish_cleared_corrections() == [published.pk]

    assert Article.objects.get(pk=published.pk).status == Status.CORRECTED
    assert Article.objects.get(pk=other.pk).status == Status.PUBLISHED
    assert HeldCorrection.objects.filter(article=other).exists()


def test_a_held_correction_waits_for_the_scan_of_its_copy_and_for_a_claim_ruled_inaccurate(
    editor, published, fact_checker
):
    services.article_publish_correction(
        article_id=published.pk, user=editor, note=NOTE, headline=published.headline, standfirst="",
        body=with_new_figure(published), base_version=published.version,
    )
    assert services.article_publish_held_correction(article_id=published.pk) is None  # not scanned yet
    scan_newest(published)
    cost, term = new_claims(published)
    desk_verifies([term], fact_checker)
    desk_services.claim_rule(claim_id=cost.pk, user=fact_checker, verdict="inaccurate",
                             note="The papers say 7 billion.", sources=[SOURCE])

    assert services.article_publish_held_correction(article_id=published.pk) is None
    with pytest.raises(IllegalTransition, match="not cleared by the fact-check desk"):
        services.article_transition(article_id=published.pk, user=None, name="publish_held_correction", system=True)
    assert Article.objects.get(pk=published.pk).status == Status.PUBLISHED


def test_an_editor_off_the_byline_waives_the_held_claims_with_a_reason_and_it_goes_out(
    client, published, editor, chief
):
    client.force_login(editor)
    correct(client, published, body=with_new_figure(published))
    scan_newest(published)
    cost, term = new_claims(published)
    client.force_login(chief)
    page = client.get(published.get_absolute_url()).content.decode()
    assert "A correction is held for the fact-check desk" in page and "2 claims the desk has not cleared" in page
    assert f"#{cost.pk}</a> Money “9 billion pounds”" in page and f"#{term.pk}</a>" in page
    assert "Waive them and publish the correction" in page

    response = client.post(
        reverse("articles:held_correction_waive", args=[published.pk]),
        {"reason": "The council confirmed the figure on the record; readers need it now."}, follow=True,
    )

    assert "Waived 2 claims: the correction is published." in response.content.decode()
    published.refresh_from_db()
    assert published.status == Status.CORRECTED and NEW_FIGURE in published.body
    for claim in (cost, term):
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.WAIVED
        assert claim.history.filter(actor=chief, to_status="waived", note__contains="on the record").exists()
    waiver = WorkflowEvent.objects.get(article=published, action="waive_gate")
    assert waiver.actor == chief and f"#{cost.pk}" in waiver.comment and f"#{term.pk}" in waiver.comment
    # The rest of the article was cleared when it went out: nothing else was waived.
    assert not Claim.objects.filter(article=published, status=ClaimStatus.WAIVED).exclude(pk__in=[cost.pk, term.pk])


def test_nobody_on_the_byline_and_no_reporter_or_fact_checker_waives_or_withdraws_a_held_correction(
    client, published, editor, reporter, fact_checker
):
    co_editor = UserFactory(username="coed", role="Editor", is_staff=True)
    published.co_authors.add(co_editor)
    services.article_publish_correction(
        article_id=published.pk, user=editor, note=NOTE, headline=published.headline, standfirst="",
        body=with_new_figure(published), base_version=published.version,
    )
    scan_newest(published)
    waive = reverse("articles:held_correction_waive", args=[published.pk])
    withdraw = reverse("articles:held_correction_withdraw", args=[published.pk])

    for person in [co_editor, reporter, fact_checker]:
        client.force_login(person)
        assert "Waive them and publish" not in client.get(published.get_absolute_url()).content.decode()
        assert client.post(waive, {"reason": "Trust me."}).status_code == 403
    for person in [reporter, fact_checker]:
        client.force_login(person)
        assert client.post(withdraw).status_code == 403

    assert HeldCorrection.objects.filter(article=published).exists()
    assert {claim.status for claim in new_claims(published)} == {ClaimStatus.UNVERIFIED}
    assert Article.objects.get(pk=published.pk).status == Status.PUBLISHED


def test_a_waiver_refused_for_its_reason_keeps_what_was_typed(client, published, editor, chief):
    services.article_publish_correction(
        article_id=published.pk, user=editor, note=NOTE, headline=published.headline, standfirst="",
        body=with_new_figure(published), base_version=published.version,
    )
    scan_newest(published)
    client.force_login(chief)

    response = client.post(reverse("articles:held_correction_waive", args=[published.pk]), {"reason": "\u200b\u200b"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Waive and publish: not done." in page and "only invisible characters" in page
    assert ">\u200b\u200b</textarea>" in page
    assert Article.objects.get(pk=published.pk).status == Status.PUBLISHED


def test_a_waiver_before_the_scan_has_read_the_correction_is_refused(client, published, editor, chief):
    services.article_publish_correction(
        article_id=published.pk, user=editor, note=NOTE, headline=published.headline, standfirst="",
        body=with_new_figure(published), base_version=published.version,
    )
    client.force_login(chief)

    response = client.post(reverse("articles:held_correction_waive", args=[published.pk]), {"reason": "Urgent."})

    assert response.status_code == 400 and "Wait for it to finish" in response.content.decode()
    assert HeldCorrection.objects.filter(article=published).exists()


@pytest.mark.parametrize(
    "change",
    [
        lambda body: body + "  ",
        lambda body: body.replace("Opponents said they", "Opponents on the council said they"),
        lambda body: body.split("\n\n")[0],
    ],
    ids=["whitespace-only", "typo-in-a-sentence-without-a-new-claim", "a-sentence-removed"],
)
def test_a_correction_that_brings_no_claim_to_clear_goes_out_at_once(editor_client, client, published, change):
    corrected = change(published.body)

    response = correct(editor_client, published, body=corrected, follow=True)

    assert "Correction published" in response.content.decode()
    published.refresh_from_db()
    assert published.status == Status.CORRECTED and published.body == corrected.strip()
    assert not HeldCorrection.objects.filter(article=published).exists()
    assert NOTE.replace("'", "&#x27;") in public_page(client, published)


def test_a_reworded_sentence_with_a_figure_is_a_claim_to_clear(editor_client, published):
    correct(editor_client, published, body=published.body.replace("on Tuesday", "on Wednesday"))

    assert HeldCorrection.objects.filter(article=published).exists()
    assert Article.objects.get(pk=published.pk).status == Status.PUBLISHED


def test_a_held_correction_sent_twice_is_held_once(editor_client, published):
    data = correction(published, body=with_new_figure(published))
    url = reverse("articles:correct", args=[published.pk])
    editor_client.post(url, data)

    again = editor_client.post(url, data, follow=True)

    assert "This correction is already held for the fact-check desk" in again.content.decode()
    assert WorkflowEvent.objects.filter(article=published, action="hold_correction").count() == 1
    assert Revision.objects.filter(article=published).count() == published.version + 1


def test_the_correction_page_of_a_held_correction_starts_from_it_and_a_change_clearing_it_goes_out(
    editor_client, published
):
    correct(editor_client, published, body=with_new_figure(published))
    url = reverse("articles:correct", args=[published.pk])

    form = editor_client.get(url)

    assert "A correction is held for the fact-check desk" in form.content.decode()
    assert NEW_FIGURE in form.context["form"]["body"].value() and form.context["form"]["note"].value() == NOTE
    published.refresh_from_db()
    # The editor drops the unchecked figure and says so: nothing left for the desk, so it goes out now.
    fixed = published.body.replace("Opponents said", "Its opponents said")
    response = correct(editor_client, published, body=fixed, note="An earlier version misdescribed the work.",
                       follow=True)
    assert "Correction published" in response.content.decode()
    published.refresh_from_db()
    assert published.status == Status.CORRECTED and published.body == fixed
    assert not HeldCorrection.objects.filter(article=published).exists()


def test_withdrawing_a_held_correction_puts_the_readers_copy_back_as_the_newest_revision(
    editor_client, client, published
):
    live_body = published.body
    correct(editor_client, published, body=with_new_figure(published))

    response = editor_client.post(reverse("articles:held_correction_withdraw", args=[published.pk]), follow=True)

    assert "The held correction is withdrawn" in response.content.decode()
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED and published.body == live_body
    assert Revision.objects.get(article=published, number=published.version).body == live_body
    assert NEW_FIGURE in Revision.objects.get(article=published, number=published.version - 1).body
    assert not HeldCorrection.objects.filter(article=published).exists()
    assert WorkflowEvent.objects.filter(article=published, action="withdraw_correction").exists()
    # Its claims are the article's again, with their rulings, once that copy is scanned.
    scan_newest(published)
    assert not Claim.objects.filter(article=published, is_present=True).exclude(status=ClaimStatus.VERIFIED).exists()
    again = editor_client.post(reverse("articles:held_correction_withdraw", args=[published.pk]), follow=True)
    assert "No correction is held" in again.content.decode()


def test_archiving_drops_a_held_correction_and_another_correction_waits_for_it(editor_client, published, editor):
    correct(editor_client, published, body=with_new_figure(published))
    # The admin's note-only correction would publish a note over copy readers do not have.
    with pytest.raises(IllegalTransition, match="held for the fact-check desk"):
        services.article_transition(article_id=published.pk, user=editor, name="correct", comment="A note.")

    services.article_transition(article_id=published.pk, user=editor, name="archive", comment="Legal.")

    published.refresh_from_db()
    assert published.status == Status.ARCHIVED and not HeldCorrection.objects.filter(article=published).exists()
    assert NEW_FIGURE not in Revision.objects.get(article=published, number=published.version).body


def test_a_correction_refused_because_the_article_was_archived_meanwhile_keeps_what_was_typed(
    editor_client, published, chief
):
    services.article_transition(article_id=published.pk, user=chief, name="archive", comment="Legal.")

    response = correct(editor_client, published, body="Typed with care.", note="Mine.")

    assert response.status_code == 409
    assert response.context["form"]["body"].value() == "Typed with care."
    assert "Cannot publish a correction" in response.content.decode()


def test_only_editors_who_may_correct_send_a_correction_to_be_held(client, published, reporter):
    client.force_login(reporter)

    response = correct(client, published, body=with_new_figure(published))

    assert response.status_code == 403
    assert not HeldCorrection.objects.filter(article=published).exists()


def test_the_admin_page_of_the_article_says_a_correction_is_held(editor_client, published):
    correct(editor_client, published, body=with_new_figure(published))

    page = " ".join(editor_client.get(reverse("admin:articles_article_change", args=[published.pk])).content.decode().split())

    assert "is held for the fact-check desk: readers keep the copy shown here (version 1)" in page
    assert published.get_absolute_url() in page
