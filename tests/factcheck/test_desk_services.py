"""The desk's rulings: take, release, rule with sources, two checks for quoted figures, stale pages."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError

from factcheck import services
from factcheck.models import Claim, ClaimCheck, ClaimStatus, ClaimStatusChange, ScanRun, Source
from newsroom.people import person_name
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

BODY = (
    "The council approved a budget of $12.5 million for the new library.\n\n"
    '"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'
)
URL = services.SourceInput(kind="url", reference="https://council.example/minutes")


@pytest.fixture
def article(reporter, desk):
    article = ArticleFactory(author=reporter, desk=desk, standfirst="", body=BODY)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return article


@pytest.fixture
def money(article):
    return Claim.objects.get(article=article, kind="money")


@pytest.fixture
def quoted_figure(article):
    return Claim.objects.get(article=article, kind="count", quoted=True)


@pytest.fixture
def quote(article):
    return Claim.objects.get(article=article, kind="quote")


def _quote_article(reporter, desk, body='"We have killed 20,000 terrorists," the defence minister, Yoav Adler, said.'):
    article = ArticleFactory(author=reporter, desk=desk, headline="Minister", standfirst="", body=body)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    return article


def _verify(claim, checker):
    services.claim_rule(claim_id=claim.pk, user=checker, verdict="verified", note="On the video.",
                        sources=[services.SourceInput(kind="url", reference="https://mod.example/video")])


def test_taking_a_claim_assigns_it_and_marks_it_in_progress_in_the_history(money, fact_checker):
    claim = services.claim_take(claim_id=money.pk, user=fact_checker, expected_version=money.version)
    assert (claim.status, claim.assigned_to, claim.version) == (ClaimStatus.IN_PROGRESS, fact_checker, 2)
    change = claim.history.first()
    assert (change.actor, change.from_status, change.to_status) == (fact_checker, "unverified", "in_progress")


def test_a_claim_someone_holds_cannot_be_taken_ruled_or_released_by_another(money, fact_checker):
    colleague = UserFactory(username="fred", role="Fact-checker")
    services.claim_take(claim_id=money.pk, user=fact_checker)
    for action in [services.claim_take, services.claim_release]:
        with pytest.raises(PermissionDenied, match=f"being checked by {person_name(fact_checker)}"):
            action(claim_id=money.pk, user=colleague)
    with pytest.raises(PermissionDenied, match=f"being checked by {person_name(fact_checker)}"):
        services.claim_rule(claim_id=money.pk, user=colleague, verdict="verified", note="Fine.", sources=[URL])
    money.refresh_from_db()
    assert (money.status, money.assigned_to) == (ClaimStatus.IN_PROGRESS, fact_checker)


def test_releasing_puts_the_claim_back_in_the_queue(money, fact_checker):
    services.claim_take(claim_id=money.pk, user=fact_checker)
    claim = services.claim_release(claim_id=money.pk, user=fact_checker)
    assert (claim.status, claim.assigned_to) == (ClaimStatus.UNVERIFIED, None)
    assert [h.to_status for h in claim.history.order_by("id")] == ["unverified", "in_progress", "unverified"]


def test_an_editor_releases_a_claim_a_checker_holds_back_to_the_queue_and_the_history_says_so(
    money, fact_checker, editor
):
    # The checker who took it is away: the claim would hold its article back until they came back.
    taken = services.claim_take(claim_id=money.pk, user=fact_checker)

    claim = services.claim_release(claim_id=money.pk, user=editor, expected_version=taken.version)

    assert (claim.status, claim.assigned_to) == (ClaimStatus.UNVERIFIED, None)
    change = claim.history.order_by("-id").first()
    assert (change.actor, change.from_status, change.to_status) == (editor, "in_progress", "unverified")
    assert change.note == f"Released to the queue by {person_name(editor)}, an editor, from {person_name(fact_checker)}."
    # Any checker takes it up now; sent again (a double click), the release changes nothing.
    colleague = UserFactory(username="fred", role="Fact-checker")
    assert services.claim_release(claim_id=money.pk, user=editor).version == claim.version
    assert services.claim_take(claim_id=money.pk, user=colleague).assigned_to == colleague


def test_an_editor_leaves_a_ruled_claim_with_its_checker(money, fact_checker, editor):
    services.claim_take(claim_id=money.pk, user=fact_checker)
    _verify(money, fact_checker)

    with pytest.raises(PermissionDenied, match=f"ruled verified by {person_name(fact_checker)}: a ruled claim stays"):
        services.claim_release(claim_id=money.pk, user=editor)

    money.refresh_from_db()
    assert (money.status, money.assigned_to) == (ClaimStatus.VERIFIED, fact_checker)


def test_a_ruled_claim_stays_with_whoever_ruled_on_it_neither_released_nor_taken(money, fact_checker):
    colleague = UserFactory(username="fred", role="Fact-checker")
    services.claim_take(claim_id=money.pk, user=fact_checker)
    _verify(money, fact_checker)

    with pytest.raises(PermissionDenied, match="a ruled claim stays with whoever ruled on it"):
        services.claim_release(claim_id=money.pk, user=fact_checker)
    with pytest.raises(ValidationError, match=f"ruled verified by {person_name(fact_checker)}.*give a new ruling"):
        services.claim_take(claim_id=money.pk, user=colleague)
    taken, _, refusals = services.claim_take_many(claim_ids=[money.pk], user=colleague)

    assert taken == [] and len(refusals) == 1
    money.refresh_from_db()
    assert (money.status, money.assigned_to) == (ClaimStatus.VERIFIED, fact_checker)
    assert [h.to_status for h in money.history.order_by("id")] == ["unverified", "in_progress", "verified"]


def test_a_take_sent_twice_leaves_the_claim_taken_once(money, fact_checker):
    # A double click on "Take": both requests carry the version of the page they were sent from.
    services.claim_take(claim_id=money.pk, user=fact_checker, expected_version=money.version)

    claim = services.claim_take(claim_id=money.pk, user=fact_checker, expected_version=money.version)

    assert (claim.status, claim.assigned_to, claim.version) == (ClaimStatus.IN_PROGRESS, fact_checker, 2)
    assert claim.history.count() == 2  # found by the scan, taken once


def test_a_release_sent_twice_leaves_the_claim_in_the_queue_without_a_refusal(money, fact_checker):
    taken = services.claim_take(claim_id=money.pk, user=fact_checker)
    services.claim_release(claim_id=money.pk, user=fact_checker, expected_version=taken.version)

    claim = services.claim_release(claim_id=money.pk, user=fact_checker, expected_version=taken.version)

    assert (claim.status, claim.assigned_to, claim.version) == (ClaimStatus.UNVERIFIED, None, taken.version + 1)
    assert [h.to_status for h in claim.history.order_by("id")] == ["unverified", "in_progress", "unverified"]


def test_a_claim_nobody_holds_is_still_no_reporters_to_release(money, reporter):
    with pytest.raises(PermissionDenied, match="Only the fact-checker who took a claim"):
        services.claim_release(claim_id=money.pk, user=reporter)


def test_bulk_take_takes_what_it_can_and_reports_the_rest(article, fact_checker):
    colleague = UserFactory(username="fred", role="Fact-checker")
    claims = list(Claim.objects.filter(article=article).order_by("id"))
    services.claim_take(claim_id=claims[0].pk, user=colleague)

    taken, already_yours, refusals = services.claim_take_many(claim_ids=[c.pk for c in claims], user=fact_checker)

    assert {c.pk for c in taken} == {c.pk for c in claims[1:]} and already_yours == []
    assert len(refusals) == 1 and person_name(colleague) in refusals[0]


FIVE_FIGURES = (
    "The council approved a budget of $12.5 million. Some 300 people came to the meeting. Turnout was 61.4%. "
    "The bridge will be 12 km long. It opens in 2031."
)


def test_bulk_release_gives_back_the_claims_you_hold_and_counts_the_rest_apart(reporter, desk, fact_checker):
    article = ArticleFactory(author=reporter, desk=desk, standfirst="", body=FIVE_FIGURES)
    services.scan_run_execute(scan_run_id=ScanRun.objects.get(article=article).pk)
    mine, also_mine, ruled, colleagues, in_the_queue = Claim.objects.filter(article=article).order_by("id")[:5]
    colleague = UserFactory(username="fred", role="Fact-checker")
    for claim in (mine, also_mine, ruled):
        services.claim_take(claim_id=claim.pk, user=fact_checker)
    services.claim_rule(claim_id=ruled.pk, user=fact_checker, verdict="unverifiable", note="No record kept.")
    services.claim_take(claim_id=colleagues.pk, user=colleague)
    selection = [mine.pk, also_mine.pk, ruled.pk, colleagues.pk, in_the_queue.pk, 987654, mine.pk]

    released, not_held, refusals = services.claim_release_many(claim_ids=selection, user=fact_checker)

    assert [c.pk for c in released] == [mine.pk, also_mine.pk]
    assert [c.pk for c in not_held] == [colleagues.pk, in_the_queue.pk]
    assert refusals == [
        f"Claim #{ruled.pk} is ruled unverifiable by {person_name(fact_checker)}: a ruled claim stays with whoever "
        "ruled on it. To change the verdict, give a new ruling on its page.",
        "Claim #987654 no longer exists.",
    ]
    for claim in (mine, also_mine):
        claim.refresh_from_db()
        assert (claim.status, claim.assigned_to) == (ClaimStatus.UNVERIFIED, None)
        # Released once, though the selection named it twice.
        assert [h.note for h in claim.history.filter(note__startswith="Released")] == [
            f"Released by {person_name(fact_checker)}."
        ]
    colleagues.refresh_from_db()
    assert (colleagues.status, colleagues.assigned_to) == (ClaimStatus.IN_PROGRESS, colleague)
    ruled.refresh_from_db()
    assert (ruled.status, ruled.assigned_to) == (ClaimStatus.UNVERIFIABLE, fact_checker)


def test_bulk_release_sent_twice_releases_once_and_says_the_claims_are_not_yours_the_second_time(
    money, quoted_figure, fact_checker
):
    for claim in (money, quoted_figure):
        services.claim_take(claim_id=claim.pk, user=fact_checker)
    services.claim_release_many(claim_ids=[money.pk, quoted_figure.pk], user=fact_checker)

    released, not_held, refusals = services.claim_release_many(claim_ids=[money.pk, quoted_figure.pk], user=fact_checker)

    assert (released, [c.pk for c in not_held], refusals) == ([], [money.pk, quoted_figure.pk], [])
    assert money.history.filter(note__startswith="Released").count() == 1


def test_bulk_release_never_hands_back_a_colleagues_claim_even_for_an_editor_who_also_checks(money, fact_checker, editor):
    from django.contrib.auth.models import Group

    services.claim_take(claim_id=money.pk, user=fact_checker)
    editor.groups.add(Group.objects.get(name="Fact-checker"))
    # An editor hands a checker's claim back on its own page or row, where it says from whom.
    released, not_held, refusals = services.claim_release_many(claim_ids=[money.pk], user=editor)

    assert (released, [c.pk for c in not_held], refusals) == ([], [money.pk], [])
    money.refresh_from_db()
    assert money.assigned_to == fact_checker


@pytest.mark.parametrize("who", ["editor", "reporter"])
def test_bulk_release_is_for_fact_checkers_only(request, money, fact_checker, who):
    services.claim_take(claim_id=money.pk, user=fact_checker)

    with pytest.raises(PermissionDenied, match="Only fact-checkers release the claims they hold in bulk"):
        services.claim_release_many(claim_ids=[money.pk], user=request.getfixturevalue(who))

    money.refresh_from_db()
    assert money.assigned_to == fact_checker


def test_a_claim_an_editor_handed_back_before_a_bulk_release_is_not_counted_as_released_by_it(
    money, fact_checker, editor
):
    services.claim_take(claim_id=money.pk, user=fact_checker)
    services.claim_release(claim_id=money.pk, user=editor)  # the checker's page still shows it theirs

    released, not_held, _ = services.claim_release_many(claim_ids=[money.pk], user=fact_checker)

    assert released == [] and [c.pk for c in not_held] == [money.pk]
    assert money.history.filter(note__startswith="Released").count() == 1


@pytest.mark.parametrize("verdict", ["verified", "inaccurate"])
def test_verified_and_inaccurate_need_a_note_and_a_source(money, fact_checker, verdict):
    with pytest.raises(ValidationError, match="source"):
        services.claim_rule(claim_id=money.pk, user=fact_checker, verdict=verdict, note="Checked.")
    with pytest.raises(ValidationError, match="note"):
        services.claim_rule(claim_id=money.pk, user=fact_checker, verdict=verdict, note=" ", sources=[URL])
    claim = services.claim_rule(claim_id=money.pk, user=fact_checker, verdict=verdict, note="Minutes.", sources=[URL])
    assert (claim.status, claim.verdict) == (verdict, "Minutes.")
    assert list(claim.sources.values_list("kind", "reference", "check_type", "added_by")) == [
        ("url", URL.reference, "figure", fact_checker.pk)
    ]
    assert claim.history.first().to_status == verdict and claim.history.first().note == "Minutes."


def test_unverifiable_needs_a_note_but_no_source(money, fact_checker):
    claim = services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="unverifiable", note="No record.")
    assert claim.status == ClaimStatus.UNVERIFIABLE and not claim.sources.exists()


def test_a_document_reference_counts_as_a_source(money, fact_checker):
    document = services.SourceInput(kind="document", reference="Council minutes, 4 May 2024, item 7")
    claim = services.claim_rule(
        claim_id=money.pk, user=fact_checker, verdict="verified", note="Yes.", sources=[document]
    )
    assert claim.sources.get().kind == "document"


@pytest.mark.parametrize(
    "reference",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>x</script>",
        "ftp://example.com/a",
        "not a url",
    ],
)
def test_a_web_source_must_be_an_http_address(money, fact_checker, reference):
    with pytest.raises(ValidationError, match="http"):
        services.claim_rule(
            claim_id=money.pk, user=fact_checker, verdict="verified", note="Yes.",
            sources=[services.SourceInput(kind="url", reference=reference)],
        )
    money.refresh_from_db()
    assert money.status == ClaimStatus.UNVERIFIED and not Source.objects.exists()


def test_the_database_refuses_a_non_http_web_source_whatever_writes_it(money):
    with pytest.raises(IntegrityError):
        Source.objects.create(claim=money, kind="url", reference="javascript:alert(1)")


def test_a_ruling_based_on_a_stale_page_is_refused_and_writes_nothing(money, fact_checker):
    opened_at = money.version
    services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="verified", note="Yes.", sources=[URL])
    with pytest.raises(services.ClaimConflict, match="changed after you opened it"):
        services.claim_rule(
            claim_id=money.pk, user=fact_checker, verdict="inaccurate", note="No.", sources=[URL],
            expected_version=opened_at,
        )
    money.refresh_from_db()
    assert money.status == ClaimStatus.VERIFIED and money.sources.count() == 1


def test_a_quoted_figure_has_two_checks_ruled_separately(quoted_figure, fact_checker):
    assert quoted_figure.has_attribution_check and quoted_figure.blocks_publication
    services.claim_rule(
        claim_id=quoted_figure.pk, user=fact_checker, verdict="verified", note="Army figures agree.", sources=[URL]
    )
    claim = Claim.objects.get(pk=quoted_figure.pk)
    assert claim.status == ClaimStatus.VERIFIED and claim.blocks_publication  # the attribution is still open

    tape = services.SourceInput(kind="document", reference="Press conference recording, 14:02")
    services.claim_rule(
        claim_id=claim.pk, user=fact_checker, verdict="verified", note="He said it.", sources=[tape],
        check=ClaimCheck.ATTRIBUTION,
    )
    claim = Claim.objects.get(pk=quoted_figure.pk)
    assert (claim.attribution_status, claim.attribution_note) == (ClaimStatus.VERIFIED, "He said it.")
    assert not claim.blocks_publication
    assert set(claim.sources.values_list("check_type", flat=True)) == {"figure", "attribution"}
    assert [h.check_type for h in claim.history.order_by("id")][-2:] == ["figure", "attribution"]


def test_an_inaccurate_attribution_blocks_even_when_the_figure_is_right(quoted_figure, fact_checker):
    services.claim_rule(claim_id=quoted_figure.pk, user=fact_checker, verdict="verified", note="Yes.", sources=[URL])
    services.claim_rule(
        claim_id=quoted_figure.pk, user=fact_checker, verdict="inaccurate", note="It was his deputy.",
        sources=[URL], check=ClaimCheck.ATTRIBUTION,
    )
    assert Claim.objects.get(pk=quoted_figure.pk).blocks_publication


def test_a_plain_quote_and_an_unquoted_figure_have_no_separate_attribution_check(quote, money, fact_checker):
    for claim in [quote, money]:
        with pytest.raises(ValidationError, match="attribution"):
            services.claim_rule(
                claim_id=claim.pk, user=fact_checker, verdict="verified", note="Yes.", sources=[URL],
                check=ClaimCheck.ATTRIBUTION,
            )
    services.claim_rule(claim_id=quote.pk, user=fact_checker, verdict="verified", note="On tape.", sources=[URL])
    assert not Claim.objects.get(pk=quote.pk).blocks_publication


def test_reporters_and_editors_never_rule_and_fact_checkers_never_waive(money, reporter, editor, fact_checker):
    for person in [reporter, editor]:
        with pytest.raises(PermissionDenied):
            services.claim_rule(claim_id=money.pk, user=person, verdict="verified", note="Yes.", sources=[URL])
        with pytest.raises(PermissionDenied):
            services.claim_take(claim_id=money.pk, user=person)
    for person in [reporter, fact_checker]:
        with pytest.raises(PermissionDenied):
            services.claim_waive(claim_id=money.pk, user=person, reason="Looks fine to me.")
    money.refresh_from_db()
    assert money.status == ClaimStatus.UNVERIFIED and money.history.count() == 1


def test_someone_who_may_not_act_is_told_so_before_any_stale_page_or_bad_input(money, reporter, editor):
    stale = money.version - 1
    for action in [
        lambda: services.claim_take(claim_id=money.pk, user=reporter, expected_version=stale),
        lambda: services.claim_release(claim_id=money.pk, user=reporter, expected_version=stale),
        lambda: services.claim_rule(claim_id=money.pk, user=reporter, verdict="verified", note="", expected_version=stale),
        lambda: services.claim_reuse_verdict(claim_id=money.pk, from_claim_id=None, user=reporter, expected_version=stale),
        lambda: services.claim_waive(claim_id=money.pk, user=reporter, reason="", expected_version=stale),
    ]:
        with pytest.raises(PermissionDenied):
            action()
    with pytest.raises(PermissionDenied):
        services.claim_rule(claim_id=money.pk, user=editor, verdict="nonsense", note="")


def test_bulk_take_names_a_claim_that_no_longer_exists(article, fact_checker):
    taken, already_yours, refusals = services.claim_take_many(claim_ids=[987654], user=fact_checker)
    assert (taken, already_yours, refusals) == ([], [], ["Claim #987654 no longer exists."])


def test_a_claim_that_left_the_article_cannot_be_taken_or_ruled(money, fact_checker):
    Claim.objects.filter(pk=money.pk).update(is_present=False)
    with pytest.raises(ValidationError, match="no longer in the article"):
        services.claim_take(claim_id=money.pk, user=fact_checker)
    with pytest.raises(ValidationError, match="no longer in the article"):
        services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="unverifiable", note="Gone.")


def test_an_editor_waives_one_claim_with_a_reason_recorded_on_claim_and_article(money, editor):
    with pytest.raises(ValidationError, match="reason"):
        services.claim_waive(claim_id=money.pk, user=editor, reason="")
    claim = services.claim_waive(claim_id=money.pk, user=editor, reason="The council's own press release.")
    assert (claim.status, claim.verdict) == (ClaimStatus.WAIVED, "The council's own press release.")
    event = claim.article.events.get(action="waive_gate")
    assert event.actor == editor and "press release" in event.comment and f"#{claim.pk}" in event.comment


def test_a_waiver_sent_twice_is_recorded_once_and_the_editor_told(money, editor):
    # A double click on "Waive this claim": both requests carry the version of the page they came from.
    version = money.version
    services.claim_waive(claim_id=money.pk, user=editor, reason="Agency copy.", expected_version=version)

    with pytest.raises(services.ClaimAlreadyWaived) as repeat:
        services.claim_waive(claim_id=money.pk, user=editor, reason="Agency copy.", expected_version=version)

    assert f"Claim #{money.pk} is already waived (by {person_name(editor)}," in str(repeat.value)
    assert money.article.events.filter(action="waive_gate").count() == 1
    assert ClaimStatusChange.objects.filter(claim=money, to_status=ClaimStatus.WAIVED).count() == 1


def test_a_ruling_sent_twice_is_recorded_once_and_the_checker_told(money, fact_checker):
    # A double click on "Save figure ruling": both requests carry the version of the page they came from.
    version = money.version
    ruling = {"verdict": "verified", "note": "Minutes, item 7.", "sources": [URL], "expected_version": version}
    services.claim_rule(claim_id=money.pk, user=fact_checker, **ruling)

    with pytest.raises(services.RulingAlreadyGiven) as repeat:
        services.claim_rule(claim_id=money.pk, user=fact_checker, **ruling)

    assert f"Claim #{money.pk} is already ruled verified (by {person_name(fact_checker)}," in str(repeat.value)
    assert ClaimStatusChange.objects.filter(claim=money, to_status=ClaimStatus.VERIFIED).count() == 1
    assert Source.objects.filter(claim=money).count() == 1


def test_the_same_verdict_with_another_note_on_a_stale_page_is_still_refused(money, fact_checker):
    version = money.version
    services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="unverifiable", note="No answer yet.",
                        expected_version=version)

    with pytest.raises(services.ClaimConflict):
        services.claim_rule(claim_id=money.pk, user=fact_checker, verdict="unverifiable", note="Still nothing.",
                            expected_version=version)


def test_a_quote_verified_as_said_verifies_that_its_speaker_said_each_figure_in_it(reporter, desk, fact_checker):
    article = _quote_article(
        reporter, desk,
        body='"We have killed 20,000 terrorists and freed 300 villages," the defence minister, Yoav Adler, said. '
             "The army lost 40 soldiers.",
    )
    quote = Claim.objects.get(article=article, kind="quote")
    inside = list(Claim.objects.filter(article=article, quoted=True).exclude(kind="quote").order_by("start"))
    outside = Claim.objects.get(article=article, quoted=False, kind="count")
    assert len(inside) == 2
    services.claim_rule(claim_id=inside[1].pk, user=fact_checker, verdict="unverifiable", check="attribution",
                        note="Not in the transcript we have.")

    services.claim_rule(claim_id=quote.pk, user=fact_checker, verdict="verified", note="On the ministry's video, 2:14.",
                        sources=[services.SourceInput(kind="url", reference="https://mod.example/video")])

    first, second = (Claim.objects.get(pk=c.pk) for c in inside)
    assert first.attribution_status == "verified" and first.status == "unverified"  # the figure is still to check
    assert first.attribution_note.startswith(f"Verified with the quote it is in (claim #{quote.pk})")
    assert list(first.sources.values_list("check_type", "reference")) == [
        (ClaimCheck.ATTRIBUTION, "https://mod.example/video")]
    assert ClaimStatusChange.objects.filter(claim=first, check_type="attribution", to_status="verified").exists()
    assert second.attribution_status == "unverifiable"  # a ruling of its own is left as it is
    assert Claim.objects.get(pk=outside.pk).attribution_status == outside.attribution_status


def test_a_quote_ruled_anything_but_verified_leaves_its_figures_to_the_desk(quote, quoted_figure, fact_checker):
    services.claim_rule(claim_id=quote.pk, user=fact_checker, verdict="unverifiable", note="No recording.")

    assert Claim.objects.get(pk=quoted_figure.pk).attribution_status == "unverified"


@pytest.mark.parametrize(
    "value, unit, shown",
    [
        (5.97e24, "kg", "5.97 × 10^24 kg"),
        (5e-9, "grams", "5 × 10^-9 grams"),
        (4.125, "USD", "4.125 USD"),
        (12_500_000, "USD", "12,500,000 USD"),
        (87.3, "%", "87.3 %"),
        (1 / 3, None, "0.333333"),
        (0.0004, None, "0.0004"),
        (0.00125, None, "0.00125"),
        (12.34567, None, "12.3457"),
        (1_234_567.5, None, "1,234,567.5"),
        (1_234_567_890_123_456, "USD", "1.23457 × 10^15 USD"),
        (-2.5, "%", "-2.5 %"),
    ],
)
def test_a_figure_is_shown_to_the_desk_as_written_however_large_or_small(value, unit, shown):
    assert Claim(kind="measure", value=value, unit=unit).value_display == shown


def test_a_quote_ruled_otherwise_after_verified_reopens_the_attribution_it_gave(quote, quoted_figure, fact_checker):
    _verify(quote, fact_checker)
    assert Claim.objects.get(pk=quoted_figure.pk).attribution_status == "verified"

    services.claim_rule(claim_id=quote.pk, user=fact_checker, verdict="inaccurate", note="A different speaker.")

    figure = Claim.objects.get(pk=quoted_figure.pk)
    assert figure.attribution_status == "unverified"
    assert figure.attribution_note == f"Reopened: the quote it is in (claim #{quote.pk}) is now inaccurate."
    assert figure.blocks_publication


def test_a_ruling_note_longer_than_a_page_is_refused(money, fact_checker):
    claim = money

    with pytest.raises(ValidationError) as refused:
        services.claim_rule(claim_id=claim.pk, user=fact_checker, verdict="unverifiable", note="x" * 5001)

    assert "note" in refused.value.message_dict
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNVERIFIED


def test_a_quote_verified_again_after_a_reopening_copies_its_sources_once(reporter, desk, fact_checker):
    article = _quote_article(reporter, desk)
    quote = Claim.objects.get(article=article, kind="quote")
    _verify(quote, fact_checker)
    services.claim_rule(claim_id=quote.pk, user=fact_checker, verdict="unverifiable", note="The video was cut.")
    services.claim_rule(claim_id=quote.pk, user=fact_checker, verdict="verified", note="The full video.")

    figure = Claim.objects.get(article=article, kind="count")
    assert figure.attribution_status == "verified"
    assert figure.sources.filter(check_type="attribution").count() == 1


def test_a_quote_that_leaves_the_copy_reopens_what_it_verified(reporter, desk, fact_checker):
    from articles import services as article_services

    said = '"We have killed 20,000 terrorists. We will go on," {who} said.'
    article = _quote_article(reporter, desk, body=said.format(who="the defence minister, Yoav Adler,"))
    figure = Claim.objects.get(article=article, kind="count")
    _verify(Claim.objects.get(article=article, kind="quote"), fact_checker)
    article.refresh_from_db()
    # The figure's own sentence is unchanged, so it keeps its claim; the quote it stands in is another's.
    article_services.article_save_copy(
        article_id=article.pk, user=reporter, base_version=article.version, headline="Minister", standfirst="",
        body=said.format(who="the army spokesman, Dana Levi,"),
    )
    services.scan_run_execute(scan_run_id=ScanRun.objects.filter(article=article).latest("id").pk)

    figure.refresh_from_db()
    assert figure.is_present
    assert figure.attribution_status == "unverified" and "is no longer in the article" in figure.attribution_note


def test_a_reused_quote_verdict_verifies_the_figures_inside_it(reporter, desk, fact_checker):
    earlier = Claim.objects.get(article=_quote_article(reporter, desk), kind="quote")
    _verify(earlier, fact_checker)
    later = Claim.objects.get(article=_quote_article(reporter, desk), kind="quote")

    services.claim_reuse_verdict(claim_id=later.pk, from_claim_id=earlier.pk, user=fact_checker)

    assert Claim.objects.get(article=later.article, kind="count").attribution_status == "verified"
