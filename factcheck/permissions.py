"""Every fact-check permission decision, in one place (views, admin, admin actions and services ask here).

Role capabilities come from the permissions that the fact-check data migration grants to the
Fact-checker and Editor groups; object rules (who wrote the article) come from articles.permissions.
"""

from __future__ import annotations

from articles import permissions as article_permissions
from articles.workflow import UNPUBLISHED_STATES

from .models import OPEN_CLAIM_STATUSES, ClaimCheck, ClaimStatus

CHECK_PERMISSION = "factcheck.check_claim"
WAIVE_PERMISSION = "factcheck.waive_claim"
RESCAN_PERMISSION = "factcheck.rescan_article"
VIEW_CLAIM_PERMISSION = "factcheck.view_claim"
VIEW_SCANRUN_PERMISSION = "factcheck.view_scanrun"


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def can_view_claims(user, article) -> bool:
    """The claims and scan state of an article are shown to whoever may read the article."""
    return article_permissions.can_view_article(user, article)


def can_rescan(user, article) -> bool:
    if not _active(user):
        return False
    if user.has_perm(RESCAN_PERMISSION):
        return True
    # A reporter rescans copy on its way to readers; published copy changes only by a correction,
    # and killed or archived copy is going nowhere.
    return (
        article_permissions.is_reporter(user) and article_permissions.is_author_of(user, article)
        and article.status in UNPUBLISHED_STATES
    )


def can_set_claim_status(user, claim, status: str) -> bool:
    """Fact-checkers rule on claims; waiving one (publishing it unchecked) is an editor's call."""
    if not _active(user):
        return False
    if status == ClaimStatus.WAIVED:
        return can_waive_claims_of(user, claim.article)
    return can_rule_on_claim(user, claim)


def can_use_admin_for_claims(user) -> bool:
    return _active(user) and user.is_staff and user.has_perm(VIEW_CLAIM_PERMISSION)


def can_rescan_any(user) -> bool:
    """Editors may rescan any article (the admin's bulk action)."""
    return _active(user) and user.has_perm(RESCAN_PERMISSION)


def can_use_admin_for_scans(user) -> bool:
    return _active(user) and user.is_staff and user.has_perm(VIEW_SCANRUN_PERMISSION)


# --- The fact-check desk ---------------------------------------------------------------------------


def can_use_desk(user) -> bool:
    """The queue and the claim pages are for the fact-checkers and the editors."""
    return _active(user) and user.has_perm(VIEW_CLAIM_PERMISSION)


def can_view_claim(user, claim) -> bool:
    # The article's reporters read the rulings on their copy; they never make them.
    return can_use_desk(user) or can_view_claims(user, claim.article)


def can_check_claims(user) -> bool:
    return _active(user) and user.has_perm(CHECK_PERMISSION)


def _in_progress_under_another(user, claim) -> bool:
    return (
        claim.assigned_to_id is not None
        and claim.assigned_to_id != getattr(user, "pk", None)
        and claim.status == ClaimStatus.IN_PROGRESS
    )


def claim_held_by_other(user, claim) -> bool:
    """Someone else has taken this claim: the desk leaves it to them until they release it. A checker
    whose account is deactivated holds nothing: they can no longer release it, and the claim would
    block its article's publication for good."""
    return _in_progress_under_another(user, claim) and claim.assigned_to.is_active


def claim_held_by_someone_who_left(user, claim) -> bool:
    """The claim is in progress under a checker whose account is deactivated: a colleague takes it over."""
    return _in_progress_under_another(user, claim) and not claim.assigned_to.is_active


def claim_held_by_user(user, claim) -> bool:
    """The claim is already this user's: taking it again would change nothing (an unverified one they
    hold still moves to in progress when taken)."""
    return claim.assigned_to_id == getattr(user, "pk", None) and claim.status != ClaimStatus.UNVERIFIED


def checks_own_copy(user, claim) -> bool:
    """Anyone on the article's byline (its author or a co-author) would be checking their own figures:
    the desk's ruling is meant to be a second pair of eyes. Whatever their role now: a reporter who
    moved to the desk stays on the byline of what they wrote."""
    return article_permissions.is_author_of(user, claim.article)


def kept_from_own_copy(user, claim) -> bool:
    """A fact-checker on the article's byline, whom the claim page tells another checker checks it."""
    return can_check_claims(user) and checks_own_copy(user, claim)


def is_a_ruling(status) -> bool:
    """Whether a check's status is a verdict (or a waiver) rather than work still open."""
    return status not in OPEN_CLAIM_STATUSES


def is_ruled(claim) -> bool:
    """A ruled (or waived) claim stays with whoever ruled on it: its checker column says who answers for
    the verdict. Taking it would change no status, only that name, and releasing it would leave the
    verdict with nobody; a second opinion is given as a new ruling, which names its checker."""
    return is_a_ruling(claim.status)


def can_take_claim(user, claim) -> bool:
    return (
        can_check_claims(user)
        and claim.is_present
        and not is_ruled(claim)
        and not checks_own_copy(user, claim)
        and not claim_held_by_other(user, claim)
        and not claim_held_by_user(user, claim)
    )


def can_release_claim(user, claim) -> bool:
    return (
        can_check_claims(user) and claim.assigned_to_id == getattr(user, "pk", None) and not is_ruled(claim)
    )


def can_hand_back_claim(user, claim) -> bool:
    """An editor runs the desk: a claim a checker took and cannot finish (off sick, on leave, moved to
    another story) goes back to the queue at the editor's word, rather than holding its article back
    until the checker returns or is deactivated. Releasing puts nothing in front of readers, so the
    editor's own copy is no exception."""
    return article_permissions.is_editor(user) and _in_progress_under_another(user, claim)


def can_release_in_bulk(user) -> bool:
    """A bulk release gives back the claims one holds oneself: a fact-checker's. An editor hands a
    checker's claims back one at a time, from the row or the claim's page, each recorded with whom it
    was taken from: giving back a colleague's whole selection is not to be done with one click."""
    return can_check_claims(user)


def releases_claims(user) -> bool:
    """Fact-checkers release the claims they took; editors, a checker's claim for them."""
    return can_check_claims(user) or article_permissions.is_editor(user)


def can_rule_on_claim(user, claim) -> bool:
    return (
        can_check_claims(user)
        and claim.is_present
        and not claim_held_by_other(user, claim)
        and not checks_own_copy(user, claim)
    )


def can_waive(user) -> bool:
    """Publishing a claim unchecked is an editor's call, taken with a written reason."""
    return _active(user) and user.has_perm(WAIVE_PERMISSION)


def waiver_left_to_another_editor(user, article) -> bool:
    """A waiver is the publishing override, so the four-eyes rule holds for it as for publishing:
    an editor on the article's byline does not let its claims out unchecked (see
    articles.permissions.is_left_to_another_editor)."""
    return can_waive(user) and article_permissions.is_author_of(user, article)


def can_waive_claims_of(user, article) -> bool:
    return can_waive(user) and not waiver_left_to_another_editor(user, article)


# Why a waiver is refused to a writer of the story, and who gives it instead.
WAIVER_LEFT_TO_ANOTHER_EDITOR = (
    "You cannot waive the fact-check: you are on this story's byline, so another editor must decide "
    "whether its claims go out unchecked."
)


def can_add_source(user, claim) -> bool:
    """The desk adds sources to any claim still in its article; the article's reporters attach what
    their copy rests on while it is unpublished. A source is evidence for the desk, not a ruling."""
    if not _active(user) or not claim.is_present:
        return False
    if can_check_claims(user) or article_permissions.is_editor(user):
        return True
    article = claim.article
    return (
        article.status in UNPUBLISHED_STATES
        and article_permissions.is_reporter(user)
        and article_permissions.is_author_of(user, article)
    )


def can_remove_source(user, source) -> bool:
    """Whoever attached a source may take it back, and fact-checkers may remove any, while the claim
    is still in its article and its check is still open: once ruled (or waived after a ruling), the
    finding keeps its evidence. A fact-checker on the article's byline is one of its writers there:
    what a colleague on the desk found is not theirs to take away."""
    claim = source.claim
    if not _active(user) or not claim.is_present:
        return False
    attribution = source.check_type == ClaimCheck.ATTRIBUTION and claim.has_attribution_check
    status = claim.attribution_status if attribution else claim.status
    if status not in (ClaimStatus.UNVERIFIED, ClaimStatus.IN_PROGRESS):
        return False
    if can_check_claims(user) and not checks_own_copy(user, claim):
        return True
    return source.added_by_id == getattr(user, "pk", None) and can_add_source(user, claim)
