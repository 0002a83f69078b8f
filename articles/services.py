"""Every write of the editorial app. Views, admin, commands and tasks hand off to these functions."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from axes.models import AccessAttempt
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.text import slugify

from newsroom.people import person_name
from newsroom.times import as_recorded, now_in_the_newsroom

from . import permissions, selectors
from .models import (
    CORRECTION_HELD_ACTION,
    CORRECTION_WITHDRAWN_ACTION,
    EMBARGO_CLEARED_ACTION,
    EMBARGO_SET_ACTION,
    Article,
    Desk,
    EditorialComment,
    HeldCorrection,
    Revision,
    WireImport,
    WorkflowEvent,
)
from .signals import revision_created
from .validators import (
    compose_accented_letters,
    remove_invisible_characters_inside_numbers,
    validate_body_length,
    validate_clean_text,
    validate_new_deadline,
    validate_note_length,
    validate_standfirst_length,
    validate_storable_time,
)
from .wire import WireStory, embargo_lifts_at, wire_headline_key
from .workflow import UNPUBLISHED_STATES, Actor, IllegalTransition, Status, check_transition, embargo_holds_back

if TYPE_CHECKING:
    from factcheck.selectors import CorrectionClaims

COPY_FIELDS = ("headline", "standfirst", "body")

__all__ = [
    "AlreadyScheduled",
    "CopyAlreadySaved",
    "DraftAlreadyCreated",
    "CorrectionAlreadyHeld",
    "CorrectionAlreadyPublished",
    "CorrectionOutcome",
    "EditConflict",
    "IllegalTransition",
    "PublicationBlocked",
    "PublicationEmbargoed",
    "StepRefused",
    "WireCopyAlreadyImported",
    "WireUpdateNotApplied",
    "WireUpdateOutOfDate",
    "article_assign_editor",
    "article_create",
    "article_import_wire",
    "article_set_embargo",
    "article_publish_cleared_corrections",
    "article_publish_correction",
    "article_publish_due",
    "article_publish_held_correction",
    "article_save_copy",
    "article_transition",
    "article_withdraw_held_correction",
    "editorial_comment_add",
    "sign_in_failures_clear",
]


@dataclass
class EditConflict(Exception):
    """A save was based on an older version than the one now stored; nothing was written."""

    article: Article
    base_version: int

    def __str__(self):
        return (
            f"{self.who_saved()} (now version {self.article.version}) after you opened "
            f"version {self.base_version}. Your text has not been saved; review their changes and save again."
        )

    @property
    def base_revision(self) -> Revision | None:
        return self.article.revisions.filter(number=self.base_version).first()

    @cached_property
    def current_revision(self) -> Revision | None:
        return self.article.revisions.select_related("created_by").filter(number=self.article.version).first()

    @property
    def saved_by(self):
        """Who saved the version now stored (None if its revision is unknown)."""
        return self.current_revision.created_by if self.current_revision else None

    def saved_by_user(self, user) -> bool:
        """Was the stored version saved by `user` themselves: in another window, or by an earlier click?"""
        return self.saved_by is not None and user is not None and self.saved_by.pk == user.pk

    def who_saved(self, user=None) -> str:
        """The start of every conflict message: telling someone that "someone else" saved the article
        when it was their own other window sends them looking for a colleague who does not exist."""
        if self.saved_by_user(user):
            return "You saved this article in another window"
        return "Someone else saved this article"


class CopyAlreadySaved(EditConflict):
    """A save based on an older version whose copy is the very copy now stored: most often the same
    form sent twice (a Save pressed again when the network seemed to drop, or sent again from a page
    the back button brought up). Nothing was lost and there is nothing to merge, so it is no conflict
    to resolve; as an EditConflict it still writes nothing for a caller that knows no better."""

    def describe(self, user=None) -> str:
        revision = self.current_revision
        when = f" at {as_recorded(revision.created_at)}" if revision else ""
        if self.saved_by_user(user):
            who = "you saved it"
        elif self.saved_by is not None:
            who = f"{person_name(self.saved_by)} saved the same text"
        else:
            who = "it was saved"
        return (
            f"This text is already saved: {who} as revision {self.article.version}{when}. "
            "Sending it again saved nothing more."
        )


def _is_the_copy_now_stored(article: Article, copy: dict[str, str], *, deadline, co_authors) -> bool:
    """Does a save ask for nothing that is not already stored: its copy, and any deadline or co-authors
    it sends, just as they are now?"""
    if any(getattr(article, name) != value for name, value in copy.items()):
        return False
    if deadline is not ... and deadline != article.deadline:
        return False
    if co_authors is not None:
        wanted = {u.pk for u in co_authors if u.pk != article.author_id}
        if wanted != set(article.co_authors.values_list("pk", flat=True)):
            return False
    return True


class DraftAlreadyCreated(Exception):
    """The new-draft form sent again after it made its draft (a Save pressed twice, or again when the
    network seemed to drop): that draft is the one the reporter wanted, and a second copy would put
    every claim in front of the desk twice."""

    def __init__(self, article: Article):
        self.article = article
        super().__init__(
            f"This draft is already saved (at {as_recorded(article.created_at)}): sending the form again "
            "made no second copy."
        )


class PublicationBlocked(IllegalTransition):
    """A gated step (schedule, publish) refused because the fact-check desk has not cleared the copy.

    `blockers` (factcheck.selectors.PublicationBlockers) names the claims and the scan in the way.
    """

    def __init__(self, transition, blockers):
        self.transition = transition
        self.blockers = blockers
        super().__init__(f"Cannot {transition.label.lower()}: {blockers.describe()}")


class PublicationEmbargoed(IllegalTransition):
    """A step that puts copy in front of readers (publish, schedule) refused because the copy would go
    out before its embargo lifts. No reason, however good, lets it through: see workflow.embargo_holds_back."""

    def __init__(self, transition, *, embargo_until: datetime, goes_out_at: datetime | None = None):
        self.transition = transition
        self.embargo_until = embargo_until
        lifts = as_recorded(embargo_until)
        if transition.needs_schedule_time and goes_out_at is not None:
            message = (
                f"Cannot {transition.label.lower()} for {as_recorded(goes_out_at)}: the article is embargoed "
                f"until {lifts}. Choose that time or later."
            )
        else:
            message = f"Cannot {transition.label.lower()}: the article is embargoed until {lifts}."
            if Actor.EDITOR in transition.actors:
                message += " Schedule it for that time or later."
        super().__init__(message)


class AlreadyScheduled(IllegalTransition):
    """A schedule for the very time the article is already scheduled for: the same form sent twice, or
    a colleague who set that time a moment before. Nothing changes; the notice says when it goes out."""

    def __init__(self, article: Article, scheduled: WorkflowEvent | None):
        self.article = article
        self.scheduled = scheduled
        super().__init__(f"The article is already scheduled for {as_recorded(article.scheduled_for)}.")

    def notice(self, user) -> selectors.StepAlreadyTaken:
        if self.scheduled is None:
            return selectors.StepAlreadyTaken(f"{self} Nothing was changed.", by_someone_else=False)
        return selectors.notice_of_step_taken(user, self.article, self.scheduled)


class StepRefused(IllegalTransition):
    """A step refused for more than one reason at once (a time already past and claims the desk has
    not cleared, say): `refusals` holds each, so that all are said together."""

    def __init__(self, transition, refusals: list[IllegalTransition]):
        self.transition = transition
        self.refusals = refusals
        super().__init__(" ".join(str(refusal) for refusal in refusals))


def publication_time_passed() -> str:
    """The refusal of a publication time that is not ahead, said by the service and the admin's form alike."""
    return f"The publication time must be in the future: in the newsroom it is now {now_in_the_newsroom()}."


def refusals_of(error: IllegalTransition) -> list[IllegalTransition]:
    """Each reason a step was refused for, one or several."""
    return list(error.refusals) if isinstance(error, StepRefused) else [error]


def held_by_the_gate(error: IllegalTransition) -> bool:
    """Was the step refused, among other reasons or alone, for claims the desk has not cleared?"""
    return any(isinstance(refusal, PublicationBlocked) for refusal in refusals_of(error))


class CorrectionAlreadyPublished(IllegalTransition):
    """The same correction a second time (a double submit, or a form sent again after a refusal):
    readers already see its note over the same text, so nothing is added."""

    def __init__(self, published: WorkflowEvent):
        self.published = published
        by = published.actor_display
        at = as_recorded(published.created_at)
        super().__init__(
            f"This correction is already published (by {by}, {at}): the text is unchanged and readers "
            "already see this note, so it was not added again."
        )


class CorrectionAlreadyHeld(IllegalTransition):
    """The same correction sent again while it waits for the fact-check desk (a double submit, or the
    form sent once more): it is held already, with this text and this note, so nothing is done twice."""

    def __init__(self, held: HeldCorrection):
        self.held = held
        super().__init__(
            f"This correction is already held for the fact-check desk (sent by "
            f"{person_name(held.requested_by)}, {as_recorded(held.requested_at)}): nothing more was saved."
        )


# Said when a step that would publish a correction meets one held for the desk.
A_CORRECTION_IS_HELD = (
    "A correction to this article is held for the fact-check desk: change it on its correction page, or "
    "withdraw it, before publishing another."
)


def _refuse_a_repeated_correction(article: Article, note: str) -> None:
    """Raise CorrectionAlreadyPublished if `note` is the article's latest correction note and the
    text has not changed since it was published."""
    latest = selectors.latest_correction(article)
    if latest is None or latest.comment != note:
        return
    if article.revisions.filter(created_at__gte=latest.created_at).exists():
        return  # a new text with the same note is a further correction, not a repeat
    raise CorrectionAlreadyPublished(latest)


def _check_deadline(deadline, previous=None) -> None:
    try:
        validate_new_deadline(deadline, previous)
    except ValidationError as error:
        raise ValidationError({"deadline": error.messages}) from None


def _clean_copy(*, headline: str, standfirst: str, body: str) -> dict[str, str]:
    """The copy as it will be stored, or a ValidationError per field. Every path that writes copy
    (the web forms, the admin, corrections, wire imports) comes through here."""
    headline, standfirst, body = (
        remove_invisible_characters_inside_numbers(compose_accented_letters(text or ""))
        for text in (headline, standfirst, body)
    )
    headline = headline.strip()
    errors = {}
    if not headline:
        errors["headline"] = ValidationError("A headline is required.", code="required")
    elif len(headline) > Article._meta.get_field("headline").max_length:
        errors["headline"] = ValidationError("The headline is longer than 200 characters.", code="max_length")
    for field, validators, value in [
        ("headline", [validate_clean_text], headline),
        ("standfirst", [validate_standfirst_length, validate_clean_text], standfirst or ""),
        ("body", [validate_body_length, validate_clean_text], body or ""),
    ]:
        if field in errors:
            continue
        for validator in validators:
            try:
                validator(value)
            except ValidationError as error:
                errors[field] = error
                break
    if errors:
        raise ValidationError(errors)
    return {
        "headline": _as_stored(headline),
        "standfirst": _as_stored(standfirst or ""),
        "body": _as_stored(body or ""),
    }


def _as_stored(text: str) -> str:
    """One box of copy with its line ends made newlines (Windows ends lines with CR LF, classic Mac
    programs and some phone mail apps with a lone CR), so that revisions diff and claim offsets line
    up across browsers and files; without the blanks at either end, or the byte order mark that
    text copied whole out of a file begins with. The mark is invisible, yet it made the first
    sentence another to the scan, so pasting a story again from its file reopened the claims the
    desk had ruled on there."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip().lstrip("\ufeff").strip()


def _clean_revision_note(note: str) -> str:
    """The note a save leaves in the revision history, as the forms check it (a longer one was once
    cut short without a word)."""
    note = (note or "").strip()
    limit = Revision._meta.get_field("note").max_length
    try:
        if len(note) > limit:
            raise ValidationError(f"The revision note is longer than {limit} characters (it has {len(note):,}).")
        validate_clean_text(note)
    except ValidationError as error:
        raise ValidationError({"note": error.messages}) from None
    return note


def _unique_slug(headline: str, *, article_id: int | None = None) -> str:
    base = slugify(headline, allow_unicode=True)[:200] or "article"
    slug, suffix = base, 2
    while Article.objects.filter(slug=slug).exclude(pk=article_id).exists():
        slug = f"{base}-{suffix}"
        suffix += 1
    return slug


def _save_with_a_free_slug(article: Article, **save_options) -> None:
    """Save an article whose slug was just chosen. Two drafts given the same headline at the same
    moment can both find its slug free; the one that saves second takes a suffix of its own."""
    try:
        with transaction.atomic():
            article.save(**save_options)
    except IntegrityError:
        if Article.objects.filter(slug=article.slug).exclude(pk=article.pk).exists():
            article.slug = f"{article.slug[:200]}-{secrets.token_hex(3)}"
            article.save(**save_options)
        else:
            raise


def _record_revision(*, article: Article, user, note: str, copy: dict[str, str] | None = None) -> Revision:
    """The revision `article.version` of the copy: the article's own, or `copy` for one that is not (yet)
    the article's (a correction held for the fact-check desk, the copy readers have put back)."""
    copy = copy or {name: getattr(article, name) for name in COPY_FIELDS}
    revision = Revision.objects.create(
        article=article,
        number=article.version,
        **copy,
        created_by=user,
        note=(note or "")[:300],
    )
    revision_created.send(sender=Revision, revision=revision)
    return revision


def _record_event(
    *, article: Article, actor, action: str, from_status: str, to_status: str, comment: str = "", scheduled_for=None
):
    return WorkflowEvent.objects.create(
        article=article,
        actor=actor,
        action=action,
        from_status=from_status,
        to_status=to_status,
        comment=comment,
        scheduled_for=scheduled_for,
    )


@transaction.atomic
def article_create(
    *,
    author,
    desk: Desk,
    headline: str,
    standfirst: str = "",
    body: str = "",
    deadline: datetime | None = None,
    co_authors=(),
    note: str = "",
    form_token=None,
) -> Article:
    """Start a draft. `form_token` is the new-draft form's one-time token: the same form sent again
    raises DraftAlreadyCreated with the draft it made; one sent again with other copy (the back button,
    then a change) makes a draft of its own."""
    if not permissions.can_create_article(author):
        raise PermissionDenied("Only reporters can start a draft.")
    copy = _clean_copy(headline=headline, standfirst=standfirst, body=body)
    note = _clean_revision_note(note)
    _check_deadline(deadline)
    earlier = selectors.draft_made_with_token(form_token)
    if earlier is not None:
        if selectors.is_the_draft_this_form_made(earlier, author=author, desk=desk, copy=copy):
            raise DraftAlreadyCreated(earlier)
        form_token = None
    article = Article(
        **copy,
        slug=_unique_slug(copy["headline"]),
        desk=desk,
        author=author,
        deadline=deadline,
        status=Status.DRAFT,
        version=1,
        draft_form_token=form_token,
    )
    try:
        with transaction.atomic():
            _save_with_a_free_slug(article, force_insert=True)
    except IntegrityError:
        # Both sends of a double click got past the look-up above; the one that saved second finds the
        # draft the first made once the database has refused its copy.
        earlier = Article.objects.filter(draft_form_token=form_token).first() if form_token is not None else None
        if earlier is None or earlier.author_id != author.pk:
            raise
        raise DraftAlreadyCreated(earlier) from None
    if co_authors:
        article.co_authors.set([u for u in co_authors if u.pk != author.pk])
    _record_revision(article=article, user=author, note=note or "First draft")
    _record_event(article=article, actor=author, action="create", from_status=Status.DRAFT, to_status=Status.DRAFT)
    return article


class WireCopyAlreadyImported(Exception):
    """This copy was imported before: the earlier import's article is the one the desk is working on."""

    def __init__(self, wire_import: WireImport):
        self.wire_import = wire_import
        super().__init__(
            f"already imported from {wire_import.file_name} as article #{wire_import.article_id} "
            f"at {as_recorded(wire_import.imported_at)}"
        )


def _wire_copy_fingerprint(copy: dict[str, str]) -> str:
    return hashlib.sha256(f"{copy['headline']}\n\n{copy['body']}".encode()).hexdigest()


def _wire_revision_note(file_name: str, story: WireStory) -> str:
    """What the revision history says of the import: the file, and what the agency said of this version."""
    note = " ".join(part for part in [f"Imported from {file_name}", story.version_tag, story.agency_note] if part)
    limit = Revision._meta.get_field("note").max_length
    return note if len(note) <= limit else note[: limit - 1] + "\u2026"


class WireUpdateNotApplied(Exception):
    """A later version of a story imported before, which cannot replace that draft's copy: the message
    says why and what the desk can do."""

    def __init__(self, message: str, *, article: Article):
        self.article = article
        super().__init__(message)


class WireUpdateOutOfDate(WireUpdateNotApplied):
    """An earlier version of a story whose later version is already imported (files imported out of order)."""

    @classmethod
    def of(cls, article: Article, furthest: WireImport) -> WireUpdateOutOfDate:
        return cls(
            f"it is an earlier version of article #{article.pk} {article.headline!r}, "
            f"which has {furthest.version_tag} already",
            article=article,
        )


# An agency's first version and its updates of a running story come within hours of each other. A first
# version (no tag, no note) that arrives after a later one under the same slug and headline is an earlier
# version sent out of order only within this time; later, it is the next story under a reused slug.
WIRE_OUT_OF_ORDER_WINDOW = timedelta(hours=2)


def _wire_update_refusal(article: Article, user, last_import: WireImport) -> str | None:
    """Why a later version of the story may not replace the draft's copy, or None when it may."""
    where = f"article #{article.pk} {article.headline!r}"
    if article.status in (Status.PUBLISHED, Status.CORRECTED):
        return f"it updates {where}, which is published: put the change in a correction"
    if not permissions.can_edit_copy(user, article):
        return (
            f"it updates {where}, which is {article.get_status_display().lower()} and not "
            f"{person_name(user)}'s to edit now: give it to the desk to apply"
        )
    stored = {"headline": article.headline, "body": article.body}
    if _wire_copy_fingerprint(stored) != last_import.copy_fingerprint:
        return (
            f"it updates {where}, whose copy has been edited since {last_import.file_name} was imported: "
            "apply the update by hand, so that the edits are not lost"
        )
    return None


def article_import_wire(*, author, desk: Desk, story: WireStory, file_name: str) -> tuple[Article, Revision]:
    """Take a wire story in: a new draft, or, for a later version of a story imported in the last
    selectors.WIRE_UPDATE_WINDOW (with a version tag or note, and the same slug keyword with a headline
    that tells the same story, or the same headline), a new revision of that draft, so that the desk
    has one draft of the story and keeps the rulings on the claims it did not change. Returns the
    article and the revision the copy went into.

    Raises WireCopyAlreadyImported for copy imported before, whatever happened to that draft since;
    WireUpdateOutOfDate for a version clearly older than one already imported; WireUpdateNotApplied
    when the earlier draft has moved on (submitted, published, edited by the desk) and an update would
    overwrite work or reach readers unseen. A story that is not clearly a version of one imported
    before becomes a draft of its own: a duplicate for the desk to merge is better than a lost story."""
    copy = _clean_copy(headline=story.headline, standfirst="", body=story.body)
    fingerprint = _wire_copy_fingerprint(copy)
    earlier = selectors.wire_import_of_copy(fingerprint)
    if earlier is not None:
        raise WireCopyAlreadyImported(earlier)
    note = _wire_revision_note(file_name, story)
    try:
        with transaction.atomic():
            article = _draft_of_an_earlier_version(story, copy=copy, fingerprint=fingerprint)
            if article is None:
                article = article_create(author=author, desk=desk, **copy, note=note)
                revision = article.revisions.get()
            else:
                refusal = _wire_update_refusal(article, author, selectors.latest_wire_import(article))
                if refusal:
                    raise WireUpdateNotApplied(refusal, article=article)
                article, revision = article_save_copy(
                    article_id=article.pk,
                    user=author,
                    base_version=article.version,
                    headline=copy["headline"],
                    standfirst=article.standfirst,
                    body=copy["body"],
                    note=note,
                )
            _take_the_agencys_embargo(article, story, importer=author)
            WireImport.objects.create(
                article=article,
                file_name=file_name[:255],
                copy_fingerprint=fingerprint,
                slug=story.slug[:120],
                headline_key=wire_headline_key(copy["headline"]),
                version_tag=story.version_tag[:60],
                update_number=story.update_number,
                imported_by=author,
            )
    except IntegrityError:
        # Another import of the same copy saved first; its draft stands and this one was rolled back.
        earlier = selectors.wire_import_of_copy(fingerprint)
        if earlier is None:
            raise
        raise WireCopyAlreadyImported(earlier) from None
    return article, revision


def _take_the_agencys_embargo(article: Article, story: WireStory, *, importer) -> None:
    """Hold the draft to the time the story's embargo line gives, when the line gives one that can be
    read (a later version's line replaces the earlier's). A line without a readable time stays at the
    top of the body only, and the import's report asks for the time to be set by hand."""
    if not story.embargo:
        return
    lifts = embargo_lifts_at(story.embargo, received=timezone.now())
    if lifts is None or lifts == article.embargo_until:
        return
    _apply_embargo(article, embargo_until=lifts, actor=importer, source=f"From the agency's line “{story.embargo}”.")


def _draft_of_an_earlier_version(story: WireStory, *, copy: dict[str, str], fingerprint: str) -> Article | None:
    """The draft, locked, whose copy `story` updates; None when the story is to be a draft of its own.
    Raises WireUpdateOutOfDate for a version clearly older than the draft's, and WireCopyAlreadyImported
    when an import of the same copy running at once saved it while this one waited for the lock."""
    last_import = selectors.earlier_import_of_the_story(story, headline=copy["headline"])
    if last_import is None:
        return None
    article = Article.objects.select_for_update().get(pk=last_import.article_id)
    # Read again under the lock: what was imported of the story may have changed while this waited.
    earlier = selectors.wire_import_of_copy(fingerprint)
    if earlier is not None:
        raise WireCopyAlreadyImported(earlier)
    furthest = selectors.furthest_wire_update(article)
    if not story.is_update:
        if _is_sent_before(story, furthest):
            raise WireUpdateOutOfDate.of(article, furthest)
        # The same headline again without a tag is another story ("Stocks close higher").
        return None
    # Versions are taken in the order they arrive: only an UPDATE number lower than one already
    # imported says a version is older. A version with a note or a correction and no number
    # ("(Adds death toll)", "CORRECTED-") follows the one imported before it.
    if story.update_number and story.update_number < furthest.update_number:
        raise WireUpdateOutOfDate.of(article, furthest)
    return article


def _is_sent_before(first_version: WireStory, furthest: WireImport) -> bool:
    """Is a story sent with no tag or note clearly the first version of one whose later version is in?
    Only with the same slug keyword (the look-up also matched the headline), and only when that later
    version came in so recently that the two were sent out of order."""
    later_version_in = bool(furthest.update_number or furthest.version_tag)
    same_slug = bool(first_version.slug) and furthest.slug == first_version.slug
    return later_version_in and same_slug and furthest.imported_at >= timezone.now() - WIRE_OUT_OF_ORDER_WINDOW


def article_save_copy(
    *,
    article_id: int,
    user,
    base_version: int,
    headline: str,
    standfirst: str,
    body: str,
    note: str = "",
    deadline: datetime | None | object = ...,
    co_authors=None,
) -> tuple[Article, Revision | None]:
    """Save new copy as a revision, unless someone saved since `base_version` (then raise EditConflict).

    Returns the article and the new revision (None when the copy did not change).
    """
    copy = _clean_copy(headline=headline, standfirst=standfirst, body=body)
    note = _clean_revision_note(note)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if not permissions.can_edit_copy(user, article):
            raise PermissionDenied("You cannot edit this article in its current state.")
        if article.version != base_version:
            if _is_the_copy_now_stored(article, copy, deadline=deadline, co_authors=co_authors):
                raise CopyAlreadySaved(article=article, base_version=base_version)
            raise EditConflict(article=article, base_version=base_version)
        if co_authors is not None:
            _check_byline_change(user, article, co_authors)
        changed_fields = [name for name, value in copy.items() if getattr(article, name) != value]
        meta_fields = []
        if deadline is not ... and deadline != article.deadline:
            _check_deadline(deadline, article.deadline)
            article.deadline = deadline
            meta_fields.append("deadline")
        if co_authors is not None:
            article.co_authors.set([u for u in co_authors if u.pk != article.author_id])
        if not changed_fields:
            if meta_fields:
                article.save(update_fields=[*meta_fields, "updated_at"])
            return article, None
        for name in changed_fields:
            setattr(article, name, copy[name])
        if "headline" in changed_fields and article.published_at is None:
            # Until readers have the address, it follows the headline ("...-20000-jobs" must not
            # outlive a corrected figure); once published, it never changes.
            article.slug = _unique_slug(article.headline, article_id=article.pk)
            meta_fields.append("slug")
        # The conditional update is the last guard: even a database without row locks cannot let two
        # saves based on the same version both win.
        won = Article.objects.filter(pk=article.pk, version=base_version).update(version=base_version + 1)
        if not won:
            raise EditConflict(article=Article.objects.get(pk=article.pk), base_version=base_version)
        article.version = base_version + 1
        if "slug" in meta_fields:
            _save_with_a_free_slug(article, update_fields=[*changed_fields, *meta_fields, "updated_at"])
        else:
            article.save(update_fields=[*changed_fields, *meta_fields, "updated_at"])
        revision = _record_revision(article=article, user=user, note=note)
        return article, revision


def _check_byline_change(user, article: Article, co_authors) -> None:
    wanted = {person.pk for person in co_authors}
    for person in article.co_authors.all():
        if person.pk not in wanted and not permissions.can_take_off_byline(user, article, person):
            raise ValidationError(
                {"co_authors": "You cannot take yourself off this story's byline: ask its author, or an editor "
                 "who is not on it, to do so. Nobody leaves a byline on their own, so that nobody leaves one to "
                 "approve or publish their own story."}
            )


class CorrectionOutcome(NamedTuple):
    """What became of a correction: published at once, or held for the fact-check desk."""

    article: Article
    revision: Revision | None  # the corrected copy's revision; None when the text did not change
    held: HeldCorrection | None  # the held correction, when it waits for the desk instead of going out
    claims: CorrectionClaims  # what the corrected copy brings, and which of it the desk has not cleared


def article_publish_correction(
    *, article_id: int, user, note: str, headline: str, standfirst: str, body: str, base_version: int
) -> CorrectionOutcome:
    """Publish a correction to a published article: the corrected copy, when the text changed, as a new
    revision, and the correction note, which readers see on the public page. Published copy changes in
    no other way.

    Nothing goes out while a claim the desk has not cleared is in it, corrections included: a corrected
    copy that brings such claims (new, or in a sentence it rewords, since the copy readers have) is
    held instead (HeldCorrection). Readers keep the copy they have; the corrected copy is the newest
    revision, scanned, and its claims go to the desk. It goes out by itself once they are cleared, or
    once an editor not on the byline waives them with a reason (factcheck.services.held_correction_waive).
    A claim in a sentence the correction leaves as it was keeps its ruling, as in a rescan, so a
    correction that fixes a typo or removes a sentence goes out at once. Sent while one is held, a
    correction replaces it, and goes out at once if what it brings is cleared by then."""
    from factcheck.selectors import claims_a_correction_brings  # the fact-check app builds on this one

    copy = _clean_copy(headline=headline, standfirst=standfirst, body=body)
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "Say what was corrected: readers see this note under the article."})
    validate_clean_text(note)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        permissions.check_user_transition(user, article, "correct")
        held = HeldCorrection.objects.select_for_update().select_related("requested_by").filter(article=article).first()
        # Readers' copy is the article's own; a held correction's is its newest revision.
        live = {name: getattr(article, name) for name in COPY_FIELDS}
        newest = _revision_copy(article, article.version) if held else live
        if copy == newest:
            # Before the version check: a form sent twice finds its own first copy stored, and is
            # told that it went out (or is held) rather than that someone else saved the article.
            if held is None:
                _refuse_a_repeated_correction(article, note)
            elif held.note == note:
                raise CorrectionAlreadyHeld(held)
        if article.version != base_version:
            raise EditConflict(article=article, base_version=base_version)
        brought = claims_a_correction_brings(article, corrected=copy, live=live)
        revision = None
        if copy != newest:
            # As for any save: the conditional update holds even where rows are not locked.
            won = Article.objects.filter(pk=article.pk, version=base_version).update(version=base_version + 1)
            if not won:
                raise EditConflict(article=Article.objects.get(pk=article.pk), base_version=base_version)
            article.version = base_version + 1
            held_or_not = "Correction held for the fact-check desk" if brought.uncleared else "Correction"
            revision = _record_revision(article=article, user=user, note=f"{held_or_not}: {note}"[:300], copy=copy)
        if brought.uncleared:
            held = _hold_correction(article, held=held, user=user, note=note, brought=brought, live_number=base_version)
            return CorrectionOutcome(article, revision, held, brought)
        changed_fields = [name for name in COPY_FIELDS if live[name] != copy[name]]
        for name in changed_fields:
            setattr(article, name, copy[name])
        if changed_fields:
            article.save(update_fields=[*changed_fields, "updated_at"])
        if held is not None:
            held.delete()  # what it brought is cleared: this correction replaces it, and goes out
        article = article_transition(article_id=article.pk, user=user, name="correct", comment=note)
        return CorrectionOutcome(article, revision, None, brought)


def _revision_copy(article: Article, number: int) -> dict[str, str]:
    revision = Revision.objects.only(*COPY_FIELDS).get(article=article, number=number)
    return {name: getattr(revision, name) for name in COPY_FIELDS}


def _hold_correction(
    article: Article, *, held: HeldCorrection | None, user, note: str, brought: CorrectionClaims, live_number: int
) -> HeldCorrection:
    """Record the correction as held for the desk (or what replaces the one held), and say so in the
    article's history with the claims it waits for."""
    if held is None:
        held = HeldCorrection(article=article, live_revision=Revision.objects.get(article=article, number=live_number))
    held.note = note
    held.claim_keys = brought.keys
    held.requested_by = user
    held.requested_at = timezone.now()
    held.save()
    _record_event(
        article=article, actor=user, action=CORRECTION_HELD_ACTION, from_status=article.status,
        to_status=article.status,
        comment=f"{note}\n\nHeld for the fact-check desk, readers keeping revision {held.live_revision.number}. "
        f"{brought.describe()}",
    )
    return held


def article_withdraw_held_correction(*, article_id: int, user) -> Article | None:
    """Withdraw the correction held for the desk: the copy readers have becomes the newest revision
    again (nothing is rewritten: the held copy stays in the history), scanned, so that its claims are
    the article's again with their rulings. None when no correction is held (withdrawn or published
    meanwhile: a second click, or a colleague)."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if not permissions.can_withdraw_held_correction(user, article):
            raise PermissionDenied("Only editors who may publish withdraw a held correction.")
        held = HeldCorrection.objects.select_for_update().select_related("live_revision").filter(article=article).first()
        if held is None:
            return None
        _withdraw_held_correction(article, held, actor=user, reason=f"Withdrawn by {person_name(user)}.")
        return article


def _withdraw_held_correction(article: Article, held: HeldCorrection, *, actor, reason: str) -> None:
    """The copy readers have (the article's own) as a new revision, and the held correction dropped."""
    Article.objects.filter(pk=article.pk).update(version=article.version + 1)
    article.version += 1
    article.save(update_fields=["updated_at"])
    _record_revision(
        article=article, user=actor, note=f"Held correction withdrawn: back to revision {held.live_revision.number}"
    )
    held.delete()
    _record_event(
        article=article, actor=actor, action=CORRECTION_WITHDRAWN_ACTION, from_status=article.status,
        to_status=article.status, comment=f"{reason} The note it would have published: {held.note}",
    )


def article_publish_held_correction(*, article_id: int) -> Article | None:
    """Publish the correction held for the desk if what it brings is cleared now (a system step, as
    publishing on schedule is); None when none is held or it must wait still. Called by Celery beat,
    and when a ruling or a waiver may have cleared its last claim."""
    if not HeldCorrection.objects.filter(article_id=article_id).exists():
        return None
    try:
        return article_transition(article_id=article_id, user=None, name="publish_held_correction", system=True)
    except IllegalTransition:  # its claims not cleared yet (PublicationBlocked), or withdrawn meanwhile
        return None


def article_publish_cleared_corrections() -> list[int]:
    """Publish every held correction whose claims the desk has cleared; called by Celery beat. Each in
    a transaction of its own, so that one that must wait holds back no other. Returns the article ids."""
    held = HeldCorrection.objects.values_list("article_id", flat=True)
    return [article_id for article_id in list(held) if article_publish_held_correction(article_id=article_id)]


def article_restore_revision(*, article_id: int, user, number: int, base_version: int) -> tuple[Article, Revision | None]:
    """Make an earlier revision's copy the current text, as a new revision: nothing is ever rewritten,
    so the history keeps the text being replaced. The same rules as any save apply (who may edit, and
    the version the page was based on); None for the revision when that copy is already current."""
    revision = Revision.objects.filter(article_id=article_id, number=number).first()
    if revision is None:
        raise ValidationError(f"This article has no revision {number}.")
    return article_save_copy(
        article_id=article_id,
        user=user,
        base_version=base_version,
        headline=revision.headline,
        standfirst=revision.standfirst,
        body=revision.body,
        note=f"Restored revision {number}",
    )


def article_transition(
    *,
    article_id: int,
    user,
    name: str,
    comment: str = "",
    scheduled_for: datetime | None = None,
    system: bool = False,
) -> Article:
    """Take one workflow step: check it against the table, apply it, and audit it.

    `system=True` acts as the scheduler/pipeline (no person); people always pass their user.
    """
    comment = (comment or "").strip()
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if system:
            transition = check_transition(name, article.status, {Actor.SYSTEM})
        else:
            transition = permissions.check_user_transition(user, article, name)
        if transition.needs_schedule_time and article.status == Status.SCHEDULED and (
            scheduled_for is not None and scheduled_for == article.scheduled_for
        ):
            # Not a new time, so no step: a second line in the history would record nothing.
            raise AlreadyScheduled(article, selectors.latest_event(article, transition.name))
        if comment:
            validate_note_length(comment)
            validate_clean_text(comment)
        if transition.name == "correct":
            if HeldCorrection.objects.filter(article=article).exists():
                raise IllegalTransition(A_CORRECTION_IS_HELD)
            _refuse_a_repeated_correction(article, comment)
        if transition.needs_schedule_time:
            validate_storable_time(scheduled_for)
        # Every reason the step cannot be taken now is said at once: told of the fact-check gate alone,
        # an editor waived the claims only to be refused next for the time, or the embargo.
        refusals: list[IllegalTransition] = []
        if transition.comment_required and not comment:
            refusals.append(IllegalTransition(f"{transition.label} needs a comment saying why."))
        if transition.needs_schedule_time:
            if scheduled_for is None:
                refusals.append(IllegalTransition("Choose a publication time to schedule the article."))
            elif scheduled_for <= timezone.now():
                refusals.append(IllegalTransition(publication_time_passed()))
        goes_out_at = scheduled_for if transition.needs_schedule_time else timezone.now()
        if goes_out_at is not None and embargo_holds_back(
            transition, goes_out_at=goes_out_at, embargo_until=article.embargo_until
        ):
            refusals.append(
                PublicationEmbargoed(transition, embargo_until=article.embargo_until, goes_out_at=goes_out_at)
            )
        if transition.gated:
            # Checked here, under the article's row lock, so that every route obeys it: admin actions,
            # web pages, the scheduler and any API. Imported late: the fact-check app builds on this one.
            from factcheck.selectors import publication_blockers

            blockers = publication_blockers(article, lock=True)
            if blockers:
                refusals.append(PublicationBlocked(transition, blockers))
        if len(refusals) == 1:
            raise refusals[0]
        if refusals:
            raise StepRefused(transition, refusals)
        update_fields = ["status", "updated_at"]
        if transition.publishes_held_correction:
            comment = _take_out_the_held_correction(article, transition, update_fields)
        if transition.name == "archive":
            held = HeldCorrection.objects.select_for_update().select_related("live_revision").filter(article=article).first()
            if held is not None:
                # Copy taken down publishes no correction later: the history keeps what readers had last.
                _withdraw_held_correction(article, held, actor=user, reason="The article was archived.")
        if transition.needs_schedule_time:
            article.scheduled_for = scheduled_for
            update_fields.append("scheduled_for")
        if transition.target == Status.PUBLISHED:
            # The first publication's time stays when archived copy comes back: readers see the story
            # as first published, with any correction notes after it.
            article.published_at = article.published_at or timezone.now()
            article.scheduled_for = None
            update_fields += ["published_at", "scheduled_for"]
        if article.status == Status.SCHEDULED and transition.target != Status.SCHEDULED:
            # Leaving the schedule by any step (unschedule, return to review, request changes, kill)
            # drops the time, so that nothing later mistakes it for a plan to publish.
            article.scheduled_for = None
            update_fields.append("scheduled_for")
        if transition.name == "start_review" and article.assigned_editor_id is None and not system:
            article.assigned_editor = user
            update_fields.append("assigned_editor")
        from_status = article.status
        article.status = transition.target
        article.save(update_fields=update_fields)
        _record_event(
            article=article,
            actor=None if system else user,
            action=transition.name,
            from_status=from_status,
            to_status=transition.target,
            comment=comment,
            scheduled_for=article.scheduled_for if transition.needs_schedule_time else None,
        )
        return article


def _take_out_the_held_correction(article: Article, transition, update_fields: list[str]) -> str:
    """Make the held correction's copy the article's (readers') copy, if the claims it brings are
    cleared, and drop it; returns its note, which readers see. Raises PublicationBlocked otherwise.
    Under the article's row lock, as the publish gate, so that every route obeys it."""
    from factcheck.selectors import held_correction_blockers  # the fact-check app builds on this one

    held = HeldCorrection.objects.select_for_update().filter(article=article).first()
    if held is None:
        raise IllegalTransition("No correction to this article is held for the fact-check desk.")
    blockers = held_correction_blockers(article, held, lock=True)
    if blockers:
        raise PublicationBlocked(transition, blockers)
    corrected = _revision_copy(article, article.version)
    for name in COPY_FIELDS:
        if getattr(article, name) != corrected[name]:
            setattr(article, name, corrected[name])
            update_fields.append(name)
    held.delete()
    return held.note


def article_assign_editor(*, article_id: int, user, editor) -> Article:
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if not permissions.can_assign_editor(user, article):
            raise PermissionDenied("Only editors can assign articles.")
        if editor is not None and not permissions.is_editor(editor):
            raise ValidationError(f"{person_name(editor)} is not an editor.")
        if editor is not None and not permissions.can_be_assigned_editor(editor, article):
            who = "You are" if editor.pk == user.pk else f"{person_name(editor)} is"
            raise ValidationError(
                f"{who} on this story's byline, so another editor must review this story: assign one who is not."
            )
        article.assigned_editor = editor
        article.save(update_fields=["assigned_editor", "updated_at"])
        _record_event(
            article=article,
            actor=user,
            action="assign",
            from_status=article.status,
            to_status=article.status,
            comment=f"Assigned to {person_name(editor)}" if editor else "Unassigned",
        )
        return article


def article_set_embargo(*, article_id: int, user, embargo_until: datetime | None) -> Article:
    """Set the time before which the article may not be published, or clear it (None), and record
    who did so. Only before publication: once out, an embargo has nothing left to hold back."""
    validate_storable_time(embargo_until)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if not permissions.can_change_embargo(user, article):
            if article.status not in UNPUBLISHED_STATES:
                raise PermissionDenied(
                    f"The article is {article.status_enum.label.lower()}: its embargo can no longer be changed."
                )
            if permissions.is_editor(user) and permissions.is_author_of(user, article):
                raise PermissionDenied(
                    "You are on this story's byline, so another editor must set or clear its embargo."
                )
            raise PermissionDenied("Only editors who may publish set or clear an embargo.")
        if embargo_until == article.embargo_until:
            return article
        if embargo_until is not None:
            _check_new_embargo(article, embargo_until)
        return _apply_embargo(article, embargo_until=embargo_until, actor=user)


def _check_new_embargo(article: Article, embargo_until: datetime) -> None:
    if embargo_until <= timezone.now():
        raise ValidationError(
            {"embargo_until": "That time has already passed, so it would hold nothing back: give a time still "
             "ahead, or leave the box empty for no embargo."}
        )
    if article.status == Status.SCHEDULED and article.scheduled_for < embargo_until:
        raise ValidationError(
            {"embargo_until": f"The article is scheduled for {as_recorded(article.scheduled_for)}, before that "
             "embargo would lift: unschedule it first, then schedule it for the embargo's time or later."}
        )


def _apply_embargo(article: Article, *, embargo_until: datetime | None, actor, source: str = "") -> Article:
    previous = article.embargo_until
    article.embargo_until = embargo_until
    article.save(update_fields=["embargo_until", "updated_at"])
    if embargo_until is None:
        action, comment = EMBARGO_CLEARED_ACTION, f"Embargo cleared (it was until {as_recorded(previous)})."
    else:
        action, comment = EMBARGO_SET_ACTION, f"Embargoed until {as_recorded(embargo_until)}."
        if source:
            comment += f" {source}"
    _record_event(
        article=article, actor=actor, action=action, from_status=article.status, to_status=article.status,
        comment=comment,
    )
    return article


def editorial_comment_add(*, article_id: int, user, body: str) -> EditorialComment:
    body = (body or "").strip()
    article = Article.objects.get(pk=article_id)
    if not permissions.can_comment(user, article):
        raise PermissionDenied("Only editors can leave editorial comments.")
    if not body:
        raise ValidationError({"body": "A comment cannot be empty."})
    validate_note_length(body)
    validate_clean_text(body)
    return EditorialComment.objects.create(article=article, author=user, body=body)


def article_publish_due(*, now: datetime | None = None) -> list[int]:
    """Publish every scheduled article whose time has come; called by Celery beat.

    Each article is published in its own transaction so that one refused by the gate does not hold
    back the rest. A refused article stays scheduled and is tried again on every run, so it goes out
    as soon as the desk clears it; the refusal is recorded once per scheduled time as a
    "publish_blocked" event naming the blockers. Returns the ids published.
    """
    now = now or timezone.now()
    published = []
    due = Article.objects.filter(status=Status.SCHEDULED, scheduled_for__lte=now).values_list("pk", flat=True)
    for article_id in list(due):
        try:
            article_transition(article_id=article_id, user=None, name="publish_scheduled", system=True)
        except (PublicationBlocked, PublicationEmbargoed, StepRefused) as refusal:
            _record_publish_blocked(article_id=article_id, refusal=refusal)
            continue
        except IllegalTransition:
            continue
        published.append(article_id)
    return published


def _record_publish_blocked(*, article_id: int, refusal: IllegalTransition) -> None:
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.status != Status.SCHEDULED or article.scheduled_for is None:
            return
        if article.events.filter(action="publish_blocked", created_at__gte=article.scheduled_for).exists():
            return  # already said for this scheduled time; the beat retries every 30 seconds
        _record_event(
            article=article,
            actor=None,
            action="publish_blocked",
            from_status=Status.SCHEDULED,
            to_status=Status.SCHEDULED,
            comment=str(refusal),
        )


def sign_in_failures_clear(*, attempts: QuerySet[AccessAttempt], user) -> int:
    """Forgets the failed sign-ins `attempts` (django-axes's records of them), ending any pause they
    hold: the person may sign in again from that address at once. Returns how many were cleared."""
    if not permissions.can_clear_sign_in_failures(user):
        raise PermissionDenied("Only editors may clear failed sign-ins.")
    _, cleared = attempts.delete()
    return cleared.get(AccessAttempt._meta.label, 0)
