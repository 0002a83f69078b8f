"""Every write of the fact-check app: queueing scans, running them, and ruling on claims.

The scan of a revision runs in three phases so that the slow part holds no lock:

1. `scan_run_start`   marks the run running and counts the attempt (committed before any work, so a
                      worker that dies mid-scan still used up an attempt: a draft that kills workers
                      cannot loop for ever);
2. extraction         pure Python, outside any transaction;
3. `scan_run_apply`   under the article's row lock: if the revision is still the newest, reconcile
                      the claims by fingerprint and finish the run.

Reconciliation only ever writes the fields the scan owns (text, offsets, presence). Rulings are
written by `claim_set_status` alone, so a ruling made while a rescan runs is never overwritten.
"""

from __future__ import annotations

import hashlib
import logging
import re
import traceback
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models import F, Q, prefetch_related_objects
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError

from articles.models import Article, HeldCorrection, Revision, WorkflowEvent
from articles.permissions import is_author_of
from articles.validators import NOTE_MAX_CHARS, validate_clean_text, validate_note_length
from articles.workflow import Status
from newsroom.people import person_name
from newsroom.refusals import refusal_text
from newsroom.times import as_recorded

from . import permissions, selectors
from .memory import memory_key, reused_verdict_note, states_the_same_fact
from .models import (
    BLOCKING_CLAIM_STATUSES,
    OPEN_SCAN_STATUSES,
    RULING_CLAIM_STATUSES,
    VERDICT_STATUSES,
    Claim,
    ClaimCheck,
    ClaimKind,
    ClaimStatus,
    ClaimStatusChange,
    ScanRun,
    ScanStatus,
    Source,
    SourceKind,
    compose_scan_text,
)
from .selectors import FAILED_SCAN_WAIVER_ACTION, GATE_WAIVER_ACTION

logger = logging.getLogger(__name__)

__all__ = [
    "ClaimConflict",
    "TRANSIENT_ERRORS",
    "claim_set_status",
    "claims_found_in",
    "held_correction_waive",
    "scan_article_rescan",
    "scan_run_apply",
    "scan_run_execute",
    "scan_run_fail",
    "scan_run_publish",
    "scan_run_queue",
    "scan_run_start",
    "scan_runs_sweep",
]

# Errors worth retrying: the database was busy, restarting or briefly unreachable. An IntegrityError
# can only come from two scans of one article racing; run again, the scan reconciles with the winner.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, IntegrityError)

# Fields a scan writes on an existing claim. Status, verdict, sources and assignee are not among them.
SCAN_OWNED_FIELDS = (
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "direction",
    "speaker",
    "quoted",
    "sentence",
    "sentence_start",
    "sentence_end",
    "score",
    "last_seen_revision",
    "is_present",
)

# Written on every claim a scan sees again, whether or not its text moved.
SEEN_FIELDS = ("last_seen_revision", "is_present")

# How alike (share of words in common) two sentences must be for a new claim to count as the
# reworded form of a vanished one.
REWORDING_SIMILARITY = 0.6
_WORD = re.compile(r"\w+")


def extract_claims(text: str) -> list:
    # Imported here so that Django starts (and saves drafts) even if the extractor fails to import;
    # the scans then fail visibly instead of the whole site.
    from factcheck.extraction import extract_claims as extract

    return extract(text)


# --------------------------------------------------------------------------------------------------
# Queueing


def scan_run_queue(*, revision: Revision, reason: str = "save", requested_by=None) -> ScanRun:
    """Record a queued scan of `revision` in the caller's transaction and publish it once that commits.

    A rolled-back save therefore queues nothing, and a committed one always leaves a ScanRun behind,
    even if Redis is down at that moment (the sweeper publishes it later).
    """
    with transaction.atomic():
        run = ScanRun.objects.filter(revision=revision, status__in=OPEN_SCAN_STATUSES).first()
        if run is None:
            try:
                with transaction.atomic():
                    run = ScanRun.objects.create(
                        article_id=revision.article_id, revision=revision, reason=reason, requested_by=requested_by
                    )
            except IntegrityError:
                # Someone queued the same revision a moment ago: their scan will do.
                run = ScanRun.objects.get(revision=revision, status__in=OPEN_SCAN_STATUSES)
    # A scan already running needs no second message (each delivery counts as an attempt); a queued
    # one is published again, in case its message was lost.
    if run.status == ScanStatus.QUEUED:
        transaction.on_commit(partial(scan_run_publish, scan_run_id=run.pk))
    return run


def scan_run_publish(*, scan_run_id: int) -> bool:
    """Hand the scan to the broker; never raises (a save must not fail because Redis is down)."""
    from .tasks import scan_revision

    try:
        scan_revision.apply_async(
            args=[scan_run_id], retry=True, retry_policy=settings.CELERY_TASK_PUBLISH_RETRY_POLICY
        )
    except KombuOperationalError as error:
        # The broker is down or unreachable: a known state with its own line, not a 100-line traceback
        # per save, which buried everything else in the log (and the report of a wire import) for as
        # long as Redis was away.
        logger.warning(
            "Could not queue scan run %s (the broker is unreachable: %s); it stays queued and the "
            "sweeper will queue it again.",
            scan_run_id,
            error,
        )
        return False
    except Exception:
        logger.warning(
            "Could not queue scan run %s; it stays queued and the sweeper will queue it again.",
            scan_run_id,
            exc_info=True,
        )
        return False
    try:
        ScanRun.objects.filter(pk=scan_run_id).update(published_at=timezone.now())
    except DatabaseError:
        # Only bookkeeping for the sweeper: at worst it publishes the scan once more, harmlessly.
        logger.warning("Could not record that scan run %s was queued.", scan_run_id, exc_info=True)
    return True


def scan_article_rescan(*, article_id: int, user) -> ScanRun:
    """Scan the newest revision of an article again (after a failure, or to pick up a new extractor)."""
    with transaction.atomic():
        article = Article.objects.get(pk=article_id)
        if not permissions.can_rescan(user, article):
            if not is_author_of(user, article):
                raise PermissionDenied("Only the article's author or an editor can rescan it.")
            if article.is_public:
                raise PermissionDenied(
                    "Published copy is scanned again when it is corrected; ask an editor to rescan it."
                )
            # Killed or archived: only a killed article can be restored to draft.
            restore = " An editor can restore it to draft first." if article.status == Status.KILLED else ""
            raise PermissionDenied(
                f"This article is {article.status_enum.label.lower()}; its copy is going nowhere, so there "
                f"is nothing to rescan.{restore}"
            )
        revision = Revision.objects.filter(article=article, number=article.version).first()
        if revision is None:
            raise ValidationError("This article has no saved revision to scan.")
        return scan_run_queue(revision=revision, reason="rescan", requested_by=user)


# --------------------------------------------------------------------------------------------------
# Running a scan


def scan_run_execute(*, scan_run_id: int) -> ScanRun | None:
    """Run one scan to its end: the single entry point of the worker task.

    Transient database errors propagate (the task retries them); any other error fails the run
    with its message, since scanning the same text again would fail the same way.
    """
    run = scan_run_start(scan_run_id=scan_run_id)
    if run is None:
        return None
    try:
        revision = run.revision
        text = compose_scan_text(headline=revision.headline, standfirst=revision.standfirst, body=revision.body)
        found = extract_claims(text)
        return scan_run_apply(scan_run_id=run.pk, found=found)
    except TRANSIENT_ERRORS:
        raise
    except Exception as error:
        logger.exception("Scan run %s failed", scan_run_id)
        return scan_run_fail(scan_run_id=run.pk, error=_describe(error))


def scan_run_start(*, scan_run_id: int, now: datetime | None = None) -> ScanRun | None:
    """Mark the run running and count the attempt; None if there is nothing (more) to do."""
    now = now or timezone.now()
    with transaction.atomic():
        run = (
            ScanRun.objects.select_for_update(of=("self",))
            .select_related("revision", "article")
            .filter(pk=scan_run_id)
            .first()
        )
        if run is None:
            logger.warning(
                "Scan run %s does not exist (its article or revision was deleted); nothing to scan.", scan_run_id
            )
            return None
        if not run.is_open:
            return None  # a duplicate delivery of a scan already finished
        if run.revision.number != run.article.version:
            _finish(run, ScanStatus.SUPERSEDED, now=now)
            return None
        if run.attempts >= settings.SCAN_MAX_ATTEMPTS:
            reason = f"The scan was interrupted {run.attempts} times (the worker stopped each time); given up."
            _finish(run, ScanStatus.FAILED, now=now, error="\n\n".join(filter(None, [reason, run.error])))
            return None
        run.status = ScanStatus.RUNNING
        run.attempts += 1
        run.started_at = now
        run.save(update_fields=["status", "attempts", "started_at"])
        return run


def scan_run_fail(*, scan_run_id: int, error: str) -> ScanRun | None:
    with transaction.atomic():
        run = ScanRun.objects.select_for_update().filter(pk=scan_run_id).first()
        if run is None or not run.is_open:
            return run
        _finish(run, ScanStatus.FAILED, error=error[:20000])
        return run


def _describe(error: BaseException) -> str:
    from celery.exceptions import SoftTimeLimitExceeded

    if isinstance(error, SoftTimeLimitExceeded):
        summary = f"The scan took longer than {settings.SCAN_SOFT_TIME_LIMIT} seconds and was stopped."
    else:
        summary = f"The scan failed: {type(error).__name__}: {error}"
    detail = "".join(traceback.format_exception(error, limit=-8))
    return f"{summary}\n\n{detail}"


def _finish(run: ScanRun, status: str, *, now: datetime | None = None, error: str = "", counts=None) -> None:
    run.status = status
    run.finished_at = now or timezone.now()
    run.error = error
    fields = ["status", "finished_at", "error"]
    for name, value in (counts or {}).items():
        setattr(run, name, value)
        fields.append(name)
    run.save(update_fields=fields)


@dataclass
class _Found:
    """One extracted claim, with the fingerprint made unique within its scan."""

    key: str
    claim: object

    def scan_fields(self, revision: Revision) -> dict:
        c = self.claim
        sentence_start, sentence_end = getattr(c, "sentence", None) or (c.start, c.end)
        return {
            "kind": c.kind,
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "value": c.value,
            "low": c.low,
            "high": c.high,
            "unit": (c.unit or "")[:60],
            "qualifier": (c.qualifier or "")[:60],
            "direction": (getattr(c, "direction", None) or "")[:8],
            "speaker": (c.speaker or "")[:200],
            "quoted": bool(c.quoted),
            "sentence_start": sentence_start,
            "sentence_end": sentence_end,
            "score": float(c.score or 0.0),
            "last_seen_revision": revision,
            "is_present": True,
        }


def _keyed(found: list) -> list[_Found]:
    """Give every extracted claim a key unique in this text: its fingerprint, numbered on repeats.

    The same sentence written twice yields the same fingerprint twice; numbering the repeats in text
    order keeps both claims, and keeps the keys stable when neither moves.
    """
    seen: Counter[str] = Counter()
    keyed = []
    for claim in sorted(found, key=lambda c: (c.start, c.end)):
        fingerprint = str(claim.fingerprint)
        if len(fingerprint) > 100:
            fingerprint = hashlib.sha256(fingerprint.encode()).hexdigest()
        seen[fingerprint] += 1
        key = fingerprint if seen[fingerprint] == 1 else f"{fingerprint}#{seen[fingerprint]}"
        keyed.append(_Found(key=key, claim=claim))
    return keyed


def claims_found_in(*, headline: str, standfirst: str, body: str) -> dict[str, object]:
    """The claims a scan of this copy would find, by the key each would be reconciled by. What a
    correction brings is known before it is saved, by the scan's own extractor and keys (see
    selectors.claims_a_correction_brings)."""
    text = compose_scan_text(headline=headline, standfirst=standfirst, body=body)
    return {item.key: item.claim for item in _keyed(extract_claims(text))}


def scan_run_apply(*, scan_run_id: int, found: list, now: datetime | None = None) -> ScanRun:
    """Reconcile the article's claims with those `found` in the run's revision, and finish the run."""
    now = now or timezone.now()
    with transaction.atomic():
        article_id = ScanRun.objects.values_list("article_id", flat=True).get(pk=scan_run_id)
        # The article's row lock serialises scans of one article (and saves of it, which take it too).
        article = Article.objects.select_for_update().get(pk=article_id)
        run = ScanRun.objects.select_for_update(of=("self",)).select_related("revision").get(pk=scan_run_id)
        if not run.is_open:
            return run
        revision = run.revision
        if revision.number != article.version:
            # An older scan finishing late: the newest revision's scan decides the claims.
            _finish(run, ScanStatus.SUPERSEDED, now=now)
            return run
        text = compose_scan_text(headline=revision.headline, standfirst=revision.standfirst, body=revision.body)
        counts = _reconcile(article=article, revision=revision, text=text, found=_keyed(found), now=now)
        _finish(run, ScanStatus.DONE, counts=counts)
        return run


def _reconcile(
    *, article: Article, revision: Revision, text: str, found: list[_Found], now: datetime
) -> dict[str, int]:
    found_keys = {item.key for item in found}
    # Gone claims pile up over many revisions; only those that come back in this text matter.
    existing = {
        claim.fingerprint: claim
        for claim in Claim.objects.filter(article=article).filter(Q(is_present=True) | Q(fingerprint__in=found_keys))
    }
    vanished = [c for c in existing.values() if c.is_present and c.fingerprint not in found_keys]
    returning = [c for c in existing.values() if not c.is_present and c.fingerprint in found_keys]

    changed, changed_fields, created, seen = [], set(), [], []
    new_items = []
    for item in found:
        claim = existing.get(item.key)
        if claim is None:
            new_items.append(item)
            continue
        seen.append(claim.pk)
        fields = item.scan_fields(revision)
        fields["sentence"] = text[fields["sentence_start"] : fields["sentence_end"]]
        differing = {
            name
            for name, value in fields.items()
            if name not in SEEN_FIELDS and name != "kind" and getattr(claim, name) != value
        }
        if differing:
            for name in differing:
                setattr(claim, name, fields[name])
            claim.updated_at = now
            changed.append(claim)
            changed_fields |= differing | {"updated_at"}
    # Every claim still in the text was seen in this revision: one statement for all of them, and a
    # bulk update of only the fields that moved (usually just offsets) for the few that changed.
    if seen:
        Claim.objects.filter(pk__in=seen).exclude(last_seen_revision=revision, is_present=True).update(
            last_seen_revision=revision, is_present=True, updated_at=now
        )
    if changed:
        Claim.objects.bulk_update(changed, sorted(changed_fields), batch_size=200)
    kept = len(seen)

    replaced = _pair_rewordings(new_items, vanished, text)
    # Whether a reworded claim's checker is still active is asked of each: load them all at once.
    prefetch_related_objects([c for c in replaced.values() if c.assigned_to_id is not None], "assigned_to")
    reopened = 0
    history = []
    for item in new_items:
        fields = item.scan_fields(revision)
        fields["sentence"] = text[fields["sentence_start"] : fields["sentence_end"]]
        predecessor = replaced.get(item.key)
        # A figure reworded while a checker is working on it stays theirs: left unassigned, it dropped
        # out of their claims, and a colleague could take the same figure up from the start.
        holder = _checker_still_holding(predecessor)
        claim = Claim(
            article=article,
            fingerprint=item.key,
            first_seen_revision=revision,
            replaces=predecessor,
            status=ClaimStatus.IN_PROGRESS if holder else ClaimStatus.UNVERIFIED,
            assigned_to=holder,
            **fields,
        )
        created.append(claim)
    Claim.objects.bulk_create(created)
    for claim in created:
        predecessor = claim.replaces
        if predecessor is not None:
            reopened += 1
            # The claim's own words may be unchanged while its sentence was rewritten around them.
            change = (
                f"its sentence changed around “{claim.text}”"
                if predecessor.text == claim.text
                else f"the text changed from “{predecessor.text}” to “{claim.text}”"
            )
            still_with = (
                f" Still with {person_name(claim.assigned_to)}, who had taken #{predecessor.pk}."
                if claim.assigned_to_id
                else ""
            )
            note = (
                f"Reopened: {change} in revision {revision.number}; it replaces claim #{predecessor.pk} "
                f"({predecessor.get_status_display()}).{still_with}"
            )
            from_status = predecessor.status
        else:
            note = f"Found in revision {revision.number}."
            from_status = ""
        history.append(
            ClaimStatusChange(claim=claim, actor=None, from_status=from_status, to_status=claim.status, note=note)
        )
    # A claim leaving the copy, or coming back with its ruling, changes no status, but which version
    # of the copy carried a ruled figure is what anyone answering for the story asks first.
    for claim in returning:
        with_ruling = ", with its ruling" if claim.status in RULING_CLAIM_STATUSES else ""
        history.append(_presence_change(claim, f"Back in the article in revision {revision.number}{with_ruling}.", now))
    replacement = {claim.replaces_id: claim for claim in created if claim.replaces_id}
    for claim in vanished:
        successor = replacement.get(claim.pk)
        reworded = f" It now reads “{successor.text}”: claim #{successor.pk}." if successor else ""
        history.append(
            _presence_change(claim, f"No longer in the article as of revision {revision.number}.{reworded}", now)
        )
    ClaimStatusChange.objects.bulk_create(history)

    if vanished:
        # Marked gone, never deleted: the ruling and its history stay, and come back if the text does.
        Claim.objects.filter(pk__in=[c.pk for c in vanished]).update(is_present=False, updated_at=now)
        for quote in vanished:
            if quote.kind == ClaimKind.QUOTE and quote.status == ClaimStatus.VERIFIED:
                # A figure still in the copy no longer stands in the quote verified as said.
                _reopen_figures_attributed_by(quote, user=None, why="is no longer in the article")
    claims_reconciled(article=article, revision=revision, created=created, changed=changed, vanished=vanished)
    return {
        "claims_found": len(found),
        "claims_new": len(created) - reopened,
        "claims_kept": kept,
        "claims_reopened": reopened,
        "claims_gone": len(vanished),
    }


def _checker_still_holding(claim: Claim | None):
    """The fact-checker working on `claim` (in progress, their account active), or None."""
    if claim is None or claim.status != ClaimStatus.IN_PROGRESS or claim.assigned_to_id is None:
        return None
    return claim.assigned_to if claim.assigned_to.is_active else None


def _presence_change(claim: Claim, note: str, now: datetime) -> ClaimStatusChange:
    return ClaimStatusChange(
        claim=claim, actor=None, from_status=claim.status, to_status=claim.status, note=note, created_at=now
    )


def _pair_rewordings(new_items: list[_Found], vanished: list[Claim], text: str) -> dict[str, Claim]:
    """Match each new claim to the vanished claim it rewords (same kind, most alike sentence).

    This is what links a changed figure to the ruling on its old value, instead of losing it.
    Likeness is the overlap of the two sentences' words, which stays cheap when a rewrite changes
    hundreds of claims at once.
    """
    if not new_items or not vanished:
        return {}
    old_words = {old.pk: _words(old.sentence) for old in vanished}
    candidates = []
    for item in new_items:
        c = item.claim
        sentence_start, sentence_end = getattr(c, "sentence", None) or (c.start, c.end)
        words = _words(text[sentence_start:sentence_end])
        for old in vanished:
            if old.kind != c.kind:
                continue
            union = len(words | old_words[old.pk])
            likeness = len(words & old_words[old.pk]) / union if union else 0.0
            if likeness >= REWORDING_SIMILARITY:
                # The most alike sentence first, then the nearest position.
                candidates.append((-likeness, abs(old.start - c.start), item.key, old.pk, old))
    pairs: dict[str, Claim] = {}
    used: set[int] = set()
    for _likeness, _distance, key, old_pk, old in sorted(candidates, key=lambda t: t[:4]):
        if key in pairs or old_pk in used:
            continue
        pairs[key] = old
        used.add(old_pk)
    return pairs


def _words(sentence: str) -> set[str]:
    return set(_WORD.findall(sentence.lower()))


# --------------------------------------------------------------------------------------------------
# The sweeper


def scan_runs_sweep(
    *,
    now: datetime | None = None,
    unpublished_after: timedelta | None = None,
    lost_after: timedelta | None = None,
    limit: int = 500,
) -> dict[str, int]:
    """Find every newest revision whose scan is not done and cannot be expected to be, and queue it.

    - a newest revision with no scan at all gets one;
    - a queued scan never handed to Redis (it was down) is published after `unpublished_after`;
    - a scan handed over, or started, longer ago than `lost_after` is published again: by then Redis
      would have redelivered it and the time limit would have ended it, so its message is lost.
      A duplicate is harmless: the scan is idempotent and a finished run ignores its message.
    - an open scan of a revision that is no longer the newest is marked superseded.
    """
    now = now or timezone.now()
    unpublished_after = (
        timedelta(seconds=settings.SCAN_REQUEUE_UNPUBLISHED_AFTER) if unpublished_after is None else unpublished_after
    )
    lost_after = timedelta(seconds=settings.SCAN_REQUEUE_LOST_AFTER) if lost_after is None else lost_after
    result = {"created": 0, "requeued": 0, "superseded": 0}

    superseded = ScanRun.objects.filter(status__in=OPEN_SCAN_STATUSES).exclude(
        revision__number=F("article__version")
    )
    stale_ids = list(
        superseded.filter(status=ScanStatus.QUEUED).values_list("pk", flat=True)[:limit]
    ) + list(superseded.filter(started_at__lt=now - lost_after).values_list("pk", flat=True)[:limit])
    if stale_ids:
        result["superseded"] = ScanRun.objects.filter(pk__in=stale_ids, status__in=OPEN_SCAN_STATUSES).update(
            status=ScanStatus.SUPERSEDED, finished_at=now
        )

    unscanned = Revision.objects.filter(number=F("article__version"), scan_runs__isnull=True)
    for revision in unscanned[:limit]:
        with transaction.atomic():
            scan_run_queue(revision=revision, reason="sweep")
        result["created"] += 1

    newest_open = ScanRun.objects.filter(status__in=OPEN_SCAN_STATUSES, revision__number=F("article__version"))
    never_published = newest_open.filter(
        status=ScanStatus.QUEUED, published_at__isnull=True, queued_at__lte=now - unpublished_after
    )
    lost = newest_open.filter(
        Q(published_at__lte=now - lost_after) | Q(published_at__isnull=True, status=ScanStatus.RUNNING)
    ).exclude(started_at__gt=now - lost_after)
    for run_id in list(never_published.values_list("pk", flat=True)[:limit]) + list(
        lost.values_list("pk", flat=True)[:limit]
    ):
        if scan_run_publish(scan_run_id=run_id):
            result["requeued"] += 1
    if any(result.values()):
        logger.info("Scan sweep: %s", result)
    return result


# --------------------------------------------------------------------------------------------------
# Rulings


class ClaimConflict(Exception):
    """The claim was ruled on since the page was loaded; nothing was written."""


def claim_set_status(
    *,
    claim_id: int,
    user,
    status: str,
    note: str = "",
    sources: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Rule on a claim (or take it up, or reopen it); every change is kept in its history.

    `sources` is text, one source a line (a line that is an http(s) address becomes a web source, any
    other a document reference). The desk's claim_rule / claim_waive add the checks of a full ruling.
    """
    if status not in ClaimStatus.values:
        raise ValidationError({"status": f"Unknown claim status {status!r}."})
    note = (note or "").strip()
    try:
        # Any note goes into the claim's history, whatever the status: checked as a ruling's is.
        validate_note_length(note)
        validate_clean_text(note)
    except ValidationError as error:
        raise ValidationError({"note": error.messages}) from None
    try:
        new_sources = _sources_from_text(sources)
    except ValidationError as error:
        raise ValidationError({"sources": error.messages}) from None
    with transaction.atomic():
        claim = _lock_claim(claim_id)
        if status != ClaimStatus.WAIVED:
            # The desk's rules hold in the admin too: a claim gone from the copy, or one another
            # fact-checker has taken, is not ruled on here.
            _refuse_unless_open_to(claim, user)
        elif permissions.waiver_left_to_another_editor(user, claim.article):
            raise PermissionDenied(permissions.WAIVER_LEFT_TO_ANOTHER_EDITOR)
        if not permissions.can_set_claim_status(user, claim, status):
            raise PermissionDenied("You cannot give this ruling on a claim.")
        if expected_version is not None and claim.version != expected_version:
            raise ClaimConflict(
                f"Someone else ruled on this claim (now {claim.get_status_display().lower()}) after you opened it."
            )
        if status == ClaimStatus.WAIVED and claim.status != status:
            note = _clean_reason(note)
        if status in VERDICT_STATUSES and claim.status != status:
            note = _clean_ruling_note(note)
            _require_a_source(claim, status, ClaimCheck.FIGURE, new_sources)
        if claim.status == status and not note and not new_sources:
            return claim
        history = ClaimStatusChange(
            claim=claim, actor=user, from_status=claim.status, to_status=status, note=note
        )
        claim.status = status
        claim.version += 1
        fields = ["status", "version", "updated_at"]
        if note:
            finding = claim.verdict.strip()
            if status == ClaimStatus.WAIVED and history.from_status != status and finding:
                # As on the desk's own waiver (_waive_locked): the checker's finding stays, and the
                # editor's reason follows it, so the claim says what was found and why it went out.
                claim.verdict = f"{finding}\n\nWaived: {note}"
            else:
                claim.verdict = note
            fields.append("verdict")
        claim.save(update_fields=fields)
        history.save()
        Source.objects.bulk_create(
            Source(claim=claim, kind=s.kind, reference=s.reference, note=s.note, added_by=user) for s in new_sources
        )
        if status == ClaimStatus.WAIVED:
            _record_gate_waiver(article=claim.article, user=user, reason=note, claims=[claim])
        _follow_the_quote(claim, history.from_status, user=user)
        _publish_a_held_correction_once_committed(claim.article_id)
        return claim


# --------------------------------------------------------------------------------------------------
# The fact-check desk: taking claims, ruling on them, reusing earlier verdicts, waiving the gate
#
# Every ruling locks the claim row, checks permissions.py, refuses a ruling based on a stale page
# (the claim's `version`), writes one ClaimStatusChange per check it changes, and bumps the version.


@dataclass(frozen=True)
class SourceInput:
    """A source as typed on a ruling form: a web address or a document reference, and a note."""

    kind: str
    reference: str
    note: str = ""


_http_url = URLValidator(schemes=["http", "https"])
# A ruling's note is a sentence or two; a page of text belongs in a source.
RULING_NOTE_MAX_CHARS = NOTE_MAX_CHARS


def clean_sources(sources) -> list[SourceInput]:
    """Validate sources; web addresses must be http(s) (no javascript: or data: links ever reach a page)."""
    cleaned, errors = [], []
    for source in sources:
        kind, reference, note = source.kind, (source.reference or "").strip(), (source.note or "").strip()
        if not reference:
            continue
        if kind not in SourceKind.values:
            errors.append(f"Unknown kind of source {kind!r}.")
            continue
        try:
            validate_clean_text(reference)
            validate_clean_text(note)
        except ValidationError as error:
            errors.extend(error.messages)
            continue
        if len(reference) > Source._meta.get_field("reference").max_length:
            errors.append("A source reference is limited to 2,000 characters.")
            continue
        if len(note) > Source._meta.get_field("note").max_length:
            errors.append("A source note is limited to 500 characters.")
            continue
        if kind == SourceKind.URL:
            typed = reference
            scheme, sep, rest = reference.partition(":")
            if sep and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme):
                reference = scheme.lower() + sep + rest
            try:
                _http_url(reference)
            except ValidationError:
                # Echo what was typed, as typed; and a reference with no scheme at all is most often a
                # document (the box's placeholder offers both), so say how to attach it as one.
                looks_like_an_address = "://" in typed or re.match(r"[A-Za-z][A-Za-z0-9+.-]*:\S", typed)
                hint = (
                    "" if looks_like_an_address
                    else " For a document, a report or an interview, choose “Document” as the source."
                )
                # The address typed goes inside the sentence, before its full stop, not after it.
                errors.append(f"Enter a web address starting with http:// or https:// (“{typed[:80]}” is not one).{hint}")
                continue
        cleaned.append(SourceInput(kind=kind, reference=reference, note=note))
    if errors:
        raise ValidationError(errors)
    return cleaned


def _sources_from_text(text: str | None) -> list[SourceInput]:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return clean_sources(
        SourceInput(kind=SourceKind.URL if re.match(r"(?i)https?://", line) else SourceKind.DOCUMENT, reference=line)
        for line in lines
    )


def _lock_claim(claim_id: int) -> Claim:
    # The article's row is locked first, as a scan applying its results locks it before the claims:
    # a ruling that goes on to lock other claims of the article (the figures inside a quote) then
    # waits for the scan, or the scan for it, and the two never hold each other's rows.
    article_id = Claim.objects.filter(pk=claim_id).values_list("article_id", flat=True).first()
    if article_id is None:
        raise ValidationError(f"Claim #{claim_id} no longer exists.")
    list(Article.objects.select_for_update().filter(pk=article_id).values_list("pk", flat=True))
    claim = Claim.objects.select_for_update(of=("self",)).select_related("assigned_to").filter(pk=claim_id).first()
    if claim is None:
        raise ValidationError(f"Claim #{claim_id} no longer exists.")
    return claim


def _refuse_if_changed(claim: Claim, expected_version: int | None) -> None:
    """Refuse work based on a page older than the claim. Checked after the permission, so that someone
    who may not do this at all is told so, not sent to look at the claim again."""
    if expected_version is not None and claim.version != expected_version:
        who = f" by {person_name(claim.assigned_to)}" if claim.assigned_to_id else ""
        raise ClaimConflict(
            f"Claim #{claim.pk} changed after you opened it (it is now {claim.get_status_display().lower()}{who}). "
            "Nothing was saved: look at it again."
        )


def _clean_ruling_note(note: str) -> str:
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "Say what the ruling rests on: a note is required."})
    if len(note) > RULING_NOTE_MAX_CHARS:
        raise ValidationError({"note": f"Keep the note under {RULING_NOTE_MAX_CHARS:,} characters; put the rest in a source."})
    validate_clean_text(note)
    return note


def _require_a_source(claim: Claim, verdict: str, check: str, new_sources) -> None:
    if verdict in (ClaimStatus.VERIFIED, ClaimStatus.INACCURATE) and not new_sources:
        if not claim.sources.filter(check_type=check).exists():
            raise ValidationError({"sources": "A verified or inaccurate ruling needs at least one source."})


def _refuse_unless_open_to(claim: Claim, user) -> None:
    """A claim gone from the copy, taken by another fact-checker, or in copy `user` writes, is not worked on."""
    if not claim.is_present:
        raise ValidationError(f"Claim #{claim.pk} is no longer in the article.")
    if permissions.checks_own_copy(user, claim):
        raise PermissionDenied(f"Claim #{claim.pk} is in an article you write: another fact-checker checks it.")
    if permissions.claim_held_by_other(user, claim):
        raise PermissionDenied(_held_message(claim))


def _held_message(claim: Claim) -> str:
    return f"Claim #{claim.pk} is being checked by {person_name(claim.assigned_to)}; ask them to release it."


def _ruled_message(claim: Claim) -> str:
    by = f" by {person_name(claim.assigned_to)}" if claim.assigned_to_id else ""
    return (
        f"Claim #{claim.pk} is ruled {claim.get_status_display().lower()}{by}: a ruled claim stays with "
        "whoever ruled on it. To change the verdict, give a new ruling on its page."
    )


def _record_change(claim, *, user, check, from_status, to_status, note, reused_from=None) -> ClaimStatusChange:
    return ClaimStatusChange.objects.create(
        claim=claim,
        actor=user,
        check_type=check,
        from_status=from_status,
        to_status=to_status,
        note=note,
        reused_from=reused_from,
    )


def _save_claim(claim: Claim, fields: list[str]) -> None:
    claim.version += 1
    claim.save(update_fields=[*fields, "version", "updated_at"])


def claim_take(*, claim_id: int, user, expected_version: int | None = None) -> Claim:
    """Assign the claim to `user` and mark it in progress (taking a claim you hold changes nothing)."""
    if not permissions.can_check_claims(user):
        raise PermissionDenied("Only fact-checkers take claims.")
    with transaction.atomic():
        claim = _lock_claim(claim_id)
        if claim.assigned_to_id == user.pk and claim.status == ClaimStatus.IN_PROGRESS:
            # Taken already by this checker (a double click, or another window): nothing is left to do,
            # and "changed after you opened it" would send them looking for a change that is their own.
            return claim
        _refuse_if_changed(claim, expected_version)
        _refuse_unless_open_to(claim, user)
        if permissions.is_ruled(claim):
            raise ValidationError(_ruled_message(claim))
        if permissions.claim_held_by_user(user, claim):
            return claim
        note = f"Taken by {person_name(user)}."
        if permissions.claim_held_by_someone_who_left(user, claim):
            note = (
                f"Taken over by {person_name(user)} from {person_name(claim.assigned_to)}, "
                "whose account is deactivated."
            )
        return _assign_claim(
            claim, to=user, by=user, note=note, moves_from=ClaimStatus.UNVERIFIED, moves_to=ClaimStatus.IN_PROGRESS
        )


def claim_take_many(*, claim_ids, user) -> tuple[list[Claim], list[Claim], list[str]]:
    """Take each claim on its own (one refusal does not undo the others); returns (taken, already yours,
    refusals). A selection that holds claims the checker had already taken counts them apart: told "3
    claims taken" for one, they would look for two that are not new to them."""
    taken, already_yours, refusals = [], [], []
    claim_ids = list(dict.fromkeys(claim_ids))
    held_before = {
        claim.pk
        for claim in Claim.objects.filter(pk__in=claim_ids, assigned_to=user).only("pk", "status", "assigned_to")
        if permissions.claim_held_by_user(user, claim)
    }
    for claim_id in claim_ids:
        try:
            claim = claim_take(claim_id=claim_id, user=user)
        except (PermissionDenied, ValidationError) as error:
            if not permissions.can_check_claims(user):
                raise
            refusals.append(refusal_text(error))
        else:
            (already_yours if claim_id in held_before else taken).append(claim)
    return taken, already_yours, refusals


def claim_release(*, claim_id: int, user, expected_version: int | None = None) -> Claim:
    """Give a claim back to the queue: unassigned, and unverified again if it was in progress."""
    with transaction.atomic():
        return _release_locked(_lock_claim(claim_id), user=user, expected_version=expected_version)


def _release_locked(claim: Claim, *, user, expected_version: int | None = None) -> Claim:
    handed_back_from = claim.assigned_to if permissions.can_hand_back_claim(user, claim) else None
    if not permissions.can_release_claim(user, claim) and handed_back_from is None:
        if claim.assigned_to_id is None and permissions.releases_claims(user):
            return claim  # released already (a double click, or another window): it is in the queue
        if claim.assigned_to_id is None or not permissions.releases_claims(user):
            raise PermissionDenied("Only the fact-checker who took a claim, or an editor, can release it.")
        if claim.status != ClaimStatus.IN_PROGRESS:
            raise PermissionDenied(_ruled_message(claim))
        raise PermissionDenied(_held_message(claim))
    _refuse_if_changed(claim, expected_version)
    note = f"Released by {person_name(user)}."
    if handed_back_from is not None:
        note = f"Released to the queue by {person_name(user)}, an editor, from {person_name(handed_back_from)}."
    return _assign_claim(
        claim, to=None, by=user, note=note, moves_from=ClaimStatus.IN_PROGRESS, moves_to=ClaimStatus.UNVERIFIED
    )


def _assign_claim(claim: Claim, *, to, by, note: str, moves_from: str, moves_to: str) -> Claim:
    """Give `claim` to `to` (None: back to the queue), moving its status from `moves_from` to `moves_to`
    where it stands there, and record the change `by` made: a take and a release are this one change,
    each way round."""
    from_status = claim.status
    claim.assigned_to = to
    fields = ["assigned_to"]
    if claim.status == moves_from:
        claim.status = moves_to
        fields.append("status")
    _save_claim(claim, fields)
    _record_change(claim, user=by, check=ClaimCheck.FIGURE, from_status=from_status, to_status=claim.status, note=note)
    return claim


def claim_release_many(*, claim_ids, user) -> tuple[list[Claim], list[Claim], list[str]]:
    """Release each claim of the selection that `user` holds, each on its own (one refusal does not undo
    the others); returns (released, not held by you, refusals).

    A claim of the selection that is not theirs is left as it is, and counted apart: one already back
    in the queue (the same release sent twice), or one a colleague holds. Whether it is theirs is read
    under the claim's lock, so that a claim an editor handed back a moment before is not counted as
    released by them. An editor hands a checker's claims back one by one (see
    permissions.can_release_in_bulk), so a bulk release never does."""
    if not permissions.can_release_in_bulk(user):
        raise PermissionDenied("Only fact-checkers release the claims they hold in bulk.")
    released, not_held, refusals = [], [], []
    for claim_id in dict.fromkeys(claim_ids):
        try:
            with transaction.atomic():
                claim = _lock_claim(claim_id)
                if claim.assigned_to_id != user.pk:
                    not_held.append(claim)
                    continue
                released.append(_release_locked(claim, user=user))
        except (PermissionDenied, ValidationError) as error:
            refusals.append(refusal_text(error))
    return released, not_held, refusals


def _check_fields(claim: Claim, check: str) -> tuple[str, str]:
    """(status field, note field) of one check of the claim; refuses a check the claim does not have."""
    if check == ClaimCheck.FIGURE:
        return "status", "verdict"
    if check == ClaimCheck.ATTRIBUTION and claim.has_attribution_check:
        return "attribution_status", "attribution_note"
    raise ValidationError(
        "Only a figure inside a quote has a separate attribution check; rule on this claim's main check."
    )


class RulingAlreadyGiven(Exception):
    """The same ruling sent again (a double click, or the page sent once more): the check already has
    this verdict, this note and these sources, so nothing is recorded twice."""

    def __init__(self, claim: Claim, verdict: str, given: ClaimStatusChange | None):
        by = person_name(given.actor) if given is not None and given.actor_id else "the desk"
        at = as_recorded(given.created_at) if given is not None else ""
        label = ClaimStatus(verdict).label.lower()
        super().__init__(
            f"Claim #{claim.pk} is already ruled {label} (by {by}{', ' + at if at else ''}) with this note; "
            "nothing was changed."
        )


def _refuse_a_repeated_ruling(claim: Claim, *, check: str, verdict: str, note: str, new_sources) -> None:
    """Raise RulingAlreadyGiven if this ruling is the one the check already has: checked before the
    version, since the checker's own first click is what moved it on."""
    if check == ClaimCheck.ATTRIBUTION and not claim.has_attribution_check:
        return  # refused for what it is, further on
    status_field, note_field = _check_fields(claim, check)
    if getattr(claim, status_field) != verdict or getattr(claim, note_field) != note:
        return
    attached = set(claim.sources.filter(check_type=check).values_list("kind", "reference"))
    if any((source.kind, source.reference) not in attached for source in new_sources):
        return
    # A person's ruling, not the scan's line that the claim left the copy or came back with it.
    given = (
        claim.history.filter(check_type=check, to_status=verdict, actor__isnull=False)
        .select_related("actor").order_by("-id").first()
    )
    raise RulingAlreadyGiven(claim, verdict, given)


def claim_rule(
    *,
    claim_id: int,
    user,
    verdict: str,
    note: str,
    sources=(),
    check: str = ClaimCheck.FIGURE,
    expected_version: int | None = None,
) -> Claim:
    """Give a verdict (verified, inaccurate or unverifiable) on one check of a claim.

    A note is always required; verified and inaccurate also need at least one source for that check
    (given now, or added by an earlier ruling on it).
    """
    if not permissions.can_check_claims(user):
        raise PermissionDenied("Only fact-checkers rule on claims.")
    if verdict not in VERDICT_STATUSES:
        raise ValidationError({"verdict": "Choose verified, inaccurate or unverifiable."})
    note = _clean_ruling_note(note)
    new_sources = clean_sources(sources)
    with transaction.atomic():
        claim = _lock_claim(claim_id)
        _refuse_a_repeated_ruling(claim, check=check, verdict=verdict, note=note, new_sources=new_sources)
        _refuse_if_changed(claim, expected_version)
        _refuse_unless_open_to(claim, user)
        status_field, note_field = _check_fields(claim, check)
        _require_a_source(claim, verdict, check, new_sources)
        from_status = getattr(claim, status_field)
        setattr(claim, status_field, verdict)
        setattr(claim, note_field, note)
        fields = [status_field, note_field]
        if claim.assigned_to_id != user.pk:
            # Whoever gave the ruling in force is the claim's checker ("my claims", and the name the
            # claim page gives): a second checker who overturns a ruling decided it, not the first.
            claim.assigned_to = user
            fields.append("assigned_to")
        _save_claim(claim, fields)
        Source.objects.bulk_create(
            Source(claim=claim, check_type=check, kind=s.kind, reference=s.reference, note=s.note, added_by=user)
            for s in new_sources
        )
        _record_change(claim, user=user, check=check, from_status=from_status, to_status=verdict, note=note)
        _follow_the_quote(claim, from_status, user=user)
        _publish_a_held_correction_once_committed(claim.article_id)
        return claim


def _follow_the_quote(claim: Claim, from_status: str, *, user) -> None:
    """Keep the figures inside a quote in step with its ruling: verified as said, they take it;
    ruled otherwise after that, the attribution they took from it is opened again."""
    if claim.kind != ClaimKind.QUOTE or claim.status == from_status:
        return
    if claim.status == ClaimStatus.VERIFIED:
        claim.figures_attributed = _attribute_figures_inside(claim, user=user)
    elif from_status == ClaimStatus.VERIFIED and claim.status != ClaimStatus.WAIVED:
        # (A waiver publishes the quote unchecked; it takes back no finding already made.)
        _reopen_figures_attributed_by(claim, user=user, why=f"is now {claim.get_status_display().lower()}")


def _attribution_from_quote_note(quote: Claim) -> str:
    return f"Verified with the quote it is in (claim #{quote.pk})"


def _reopen_figures_attributed_by(quote: Claim, *, user, why: str) -> list[Claim]:
    figures = list(
        Claim.objects.select_for_update(of=("self",))
        .filter(
            article_id=quote.article_id, attribution_status=ClaimStatus.VERIFIED,
            attribution_note__startswith=_attribution_from_quote_note(quote),
        )
        .order_by("start", "id")
    )
    note = f"Reopened: the quote it is in (claim #{quote.pk}) {why}."
    for figure in figures:
        figure.attribution_status = ClaimStatus.UNVERIFIED
        figure.attribution_note = note
        _save_claim(figure, ["attribution_status", "attribution_note"])
        _record_change(
            figure, user=user, check=ClaimCheck.ATTRIBUTION, from_status=ClaimStatus.VERIFIED,
            to_status=ClaimStatus.UNVERIFIED, note=note,
        )
    return figures


def _attribute_figures_inside(quote: Claim, *, user) -> list[Claim]:
    """A quote verified as said verifies that its speaker said each figure inside it: the desk asks
    "did they say it?" once per quote, not once more per figure. Only figures whose attribution is
    still unverified take the ruling; each gets the quote's sources and a line in its history."""
    figures = list(
        selectors.figures_inside(quote).select_for_update(of=("self",)).filter(attribution_status=ClaimStatus.UNVERIFIED)
    )
    sources = list(quote.sources.filter(check_type=ClaimCheck.FIGURE))
    note = f"{_attribution_from_quote_note(quote)}: {quote.verdict}"
    copied_before = set(
        Source.objects.filter(claim__in=figures, copied_from__in=sources).values_list("claim_id", "copied_from_id")
    )
    for figure in figures:
        figure.attribution_status = ClaimStatus.VERIFIED
        figure.attribution_note = note
        _save_claim(figure, ["attribution_status", "attribution_note"])
        Source.objects.bulk_create(
            Source(
                claim=figure, check_type=ClaimCheck.ATTRIBUTION, kind=s.kind, reference=s.reference, note=s.note,
                added_by=user, copied_from=s,
            )
            for s in sources
            if (figure.pk, s.pk) not in copied_before  # verified again after a reopening: once is enough
        )
        _record_change(
            figure, user=user, check=ClaimCheck.ATTRIBUTION, from_status=ClaimStatus.UNVERIFIED,
            to_status=ClaimStatus.VERIFIED, note=note,
        )
    return figures


class SourceAlreadyAttached(Exception):
    """The same source (check, kind, reference and note) sent again: a double click, or a form sent
    again from the back button. It is not attached twice, and the claim's version stays as it is."""

    def __init__(self, source: Source):
        self.source = source
        by = person_name(source.added_by) if source.added_by_id else "someone"
        at = as_recorded(source.added_at)
        super().__init__(f"This source is already attached to claim #{source.claim_id} (by {by}, {at}); it was not added again.")


def claim_add_source(
    *, claim_id: int, user, kind: str, reference: str, note: str = "", check: str = ClaimCheck.FIGURE
) -> Source:
    """Attach a source to one check of a claim without ruling on it: the reporter's evidence for a
    figure, or what a checker has found so far. The claim's status and version stay as they are."""
    sources = clean_sources([SourceInput(kind=kind, reference=reference, note=note)])
    if not sources:
        raise ValidationError({"reference": "Give a web address or say where to find the document."})
    with transaction.atomic():
        claim = _lock_claim(claim_id)
        if not permissions.can_add_source(user, claim):
            if not claim.is_present:
                raise ValidationError(f"Claim #{claim.pk} is no longer in the article.")
            raise PermissionDenied("Only the desk, and the article's reporters while it is unpublished, add sources.")
        _check_fields(claim, check)
        source = sources[0]
        attached = (
            Source.objects.select_related("added_by")
            .filter(claim=claim, check_type=check, kind=source.kind, reference=source.reference, note=source.note)
            .first()
        )
        if attached is not None:
            raise SourceAlreadyAttached(attached)
        # A page opened before the source came refuses its ruling: the checker sees the new source first.
        _save_claim(claim, [])
        return Source.objects.create(
            claim=claim, check_type=check, kind=source.kind, reference=source.reference, note=source.note,
            added_by=user,
        )


def claim_remove_source(*, source_id: int, user) -> Claim:
    """Take back a source attached by mistake (see permissions.can_remove_source). The claim's
    version moves on, so a ruling from a page that still showed the source is refused."""
    with transaction.atomic():
        source = Source.objects.select_related("claim").filter(pk=source_id).first()
        if source is None:
            raise ValidationError("That source no longer exists.")
        claim = _lock_claim(source.claim_id)
        source.claim = claim
        if not permissions.can_remove_source(user, source):
            raise PermissionDenied(
                "Only whoever attached a source, or a fact-checker, removes it, and only while the claim is open."
            )
        check = source.check_type if source.check_type == ClaimCheck.ATTRIBUTION and claim.has_attribution_check else ClaimCheck.FIGURE
        status = _check_fields(claim, check)[0]
        _record_change(
            claim, user=user, check=check, from_status=getattr(claim, status), to_status=getattr(claim, status),
            note=f"Source removed: {source.reference[:200]}",
        )
        source.delete()
        _save_claim(claim, [])
        return claim


class VerdictAlreadyReused(Exception):
    """"Reuse this verdict" sent again (a double click): the claim already has that verdict, copied
    from that claim, so nothing is copied twice."""

    def __init__(self, claim: Claim, reused: ClaimStatusChange):
        by = person_name(reused.actor) if reused.actor_id else "the desk"
        at = as_recorded(reused.created_at)
        super().__init__(
            f"Claim #{claim.pk} already has the verdict of claim #{reused.reused_from_id} "
            f"({claim.get_status_display().lower()}, reused by {by}, {at}); nothing was changed."
        )


class SameFactNotConfirmed(ValidationError):
    """A figure's verdict offered for the same figure in another sentence, sent without the checker
    saying that the two sentences state the same fact."""

    def __init__(self, claim: Claim, earlier: Claim):
        super().__init__(
            f"Claim #{earlier.pk} ruled on the same figure in another sentence (“{earlier.sentence[:200]}”). "
            f"Nothing was copied: if it states the same fact as claim #{claim.pk}'s sentence, say so and reuse "
            "it, or rule on this claim yourself."
        )


def claim_reuse_verdict(
    *,
    claim_id: int,
    from_claim_id: int | None,
    user,
    expected_version: int | None = None,
    same_fact_confirmed: bool = False,
) -> Claim:
    """Copy an earlier claim's verdict, note and sources (the figure check) onto this one.

    Only a claim with the same memory key and a verdict qualifies; the history says whose verdict it was.
    A figure's key is its value and unit, which "turnout of 61.4%" shares with "won 61.4% of the vote":
    when the sentences differ, the checker must have said that they state the same fact
    (`same_fact_confirmed`), and the history keeps the sentence that was ruled on.
    """
    if not permissions.can_check_claims(user):
        raise PermissionDenied("Only fact-checkers rule on claims.")
    if from_claim_id is None:
        raise ValidationError("Say which earlier ruling to reuse.")
    with transaction.atomic():
        claim = _lock_claim(claim_id)
        latest = claim.history.filter(check_type=ClaimCheck.FIGURE).select_related("actor").order_by("-id").first()
        if latest is not None and latest.reused_from_id == from_claim_id and latest.to_status == claim.status:
            raise VerdictAlreadyReused(claim, latest)  # before the version: the first click moved it on
        _refuse_if_changed(claim, expected_version)
        _refuse_unless_open_to(claim, user)
        earlier = Claim.objects.filter(pk=from_claim_id).first()
        if (
            earlier is None
            or earlier.pk == claim.pk
            or not claim.memory_key
            or earlier.memory_key != claim.memory_key
            or earlier.status not in VERDICT_STATUSES
            or claim.status in VERDICT_STATUSES
        ):
            raise ValidationError("That earlier ruling does not match this claim; rule on it yourself.")
        same_sentence = states_the_same_fact(claim, earlier)
        if not same_sentence and not same_fact_confirmed:
            raise SameFactNotConfirmed(claim, earlier)
        copied = list(earlier.sources.filter(check_type=ClaimCheck.FIGURE))
        if earlier.status in (ClaimStatus.VERIFIED, ClaimStatus.INACCURATE) and not copied:
            raise ValidationError("That earlier ruling has no source to reuse; rule on this claim yourself.")
        from_status = claim.status
        claim.status = earlier.status
        claim.verdict = earlier.verdict
        fields = ["status", "verdict"]
        if claim.assigned_to_id is None:
            claim.assigned_to = user
            fields.append("assigned_to")
        _save_claim(claim, fields)
        Source.objects.bulk_create(
            Source(
                claim=claim, check_type=ClaimCheck.FIGURE, kind=s.kind, reference=s.reference, note=s.note,
                added_by=user, copied_from=s,
            )
            for s in copied
        )
        _record_change(
            claim, user=user, check=ClaimCheck.FIGURE, from_status=from_status, to_status=earlier.status,
            note=reused_verdict_note(
                earlier_id=earlier.pk, verdict=earlier.verdict, other_sentence=None if same_sentence else earlier.sentence
            ),
            reused_from=earlier,
        )
        _follow_the_quote(claim, from_status, user=user)
        _publish_a_held_correction_once_committed(claim.article_id)
        return claim


def _record_gate_waiver(*, article: Article, user, reason: str, claims: list[Claim], failed_scan: bool = False) -> WorkflowEvent:
    named = [f"#{c.pk} {c.get_kind_display().lower()} “{c.text[:60]}”" for c in claims]
    if failed_scan:
        named.insert(0, f"the failed claim scan of version {article.version}")
    comment = f"{reason}\n\nWaived: {'; '.join(named)}." if named else reason
    return WorkflowEvent.objects.create(
        article=article, actor=user, action=FAILED_SCAN_WAIVER_ACTION if failed_scan else GATE_WAIVER_ACTION,
        from_status=article.status, to_status=article.status, comment=comment,
    )


def _waive_locked(claim: Claim, *, user, reason: str) -> bool:
    """Waive every check of a locked claim that still blocks publication; False if none did.

    The fact-checker's words stay: the waiver's reason is added after them, so the claim still
    says what the desk found ("the register says 840") as well as why it went out anyway.
    """
    waived = False
    for check in (ClaimCheck.FIGURE, ClaimCheck.ATTRIBUTION):
        if check == ClaimCheck.ATTRIBUTION and not claim.has_attribution_check:
            continue
        status_field, note_field = _check_fields(claim, check)
        from_status = getattr(claim, status_field)
        if from_status not in BLOCKING_CLAIM_STATUSES:
            continue
        ruling = getattr(claim, note_field).strip()
        setattr(claim, status_field, ClaimStatus.WAIVED)
        setattr(claim, note_field, f"{ruling}\n\nWaived: {reason}" if ruling else reason)
        claim.save(update_fields=[status_field, note_field, "updated_at"])
        _record_change(
            claim, user=user, check=check, from_status=from_status, to_status=ClaimStatus.WAIVED,
            note=f"Waived: {reason}",
        )
        waived = True
    if waived:
        claim.version += 1
        claim.save(update_fields=["version"])
    return waived


def _clean_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Waiving the fact-check needs a written reason."})
    try:
        # Kept in the article's history and added to every claim it waives.
        validate_note_length(reason)
    except ValidationError as error:
        raise ValidationError({"reason": error.messages}) from None
    validate_clean_text(reason)
    return reason


class ClaimAlreadyWaived(Exception):
    """A waiver sent again (a double click, or the page sent once more) to a claim that is waived and
    no longer stands in the way: nothing is recorded twice."""

    def __init__(self, claim: Claim, waived: ClaimStatusChange | None):
        by = person_name(waived.actor) if waived is not None and waived.actor_id else "an editor"
        at = as_recorded(waived.created_at) if waived is not None else ""
        super().__init__(f"Claim #{claim.pk} is already waived (by {by}{', ' + at if at else ''}); nothing was changed.")


def claim_waive(*, claim_id: int, user, reason: str, expected_version: int | None = None) -> Claim:
    """An editor lets one claim go out unchecked (or despite an inaccurate ruling), with a reason.

    Audited twice: in the claim's history, and as a "waive_gate" event in the article's history.
    """
    if not permissions.can_waive(user):
        raise PermissionDenied("Only editors can waive the fact-check of a claim.")
    reason = _clean_reason(reason)
    with transaction.atomic():
        claim = _lock_claim(claim_id)
        if permissions.waiver_left_to_another_editor(user, claim.article):
            raise PermissionDenied(permissions.WAIVER_LEFT_TO_ANOTHER_EDITOR)
        waived_checks = [claim.status, *([claim.attribution_status] if claim.has_attribution_check else [])]
        if not claim.blocks_publication and ClaimStatus.WAIVED in waived_checks:
            # Before the version check: the editor's own second click finds their first one done.
            waived = (
                claim.history.filter(to_status=ClaimStatus.WAIVED, actor__isnull=False)
                .select_related("actor").order_by("-id").first()
            )
            raise ClaimAlreadyWaived(claim, waived)
        _refuse_if_changed(claim, expected_version)
        if not claim.blocks_publication:
            raise ValidationError(f"Claim #{claim.pk} does not stand in the way of publication; nothing to waive.")
        article = Article.objects.get(pk=claim.article_id)
        _waive_locked(claim, user=user, reason=reason)
        _record_gate_waiver(article=article, user=user, reason=reason, claims=[claim])
        _publish_a_held_correction_once_committed(article.pk)
        return claim


def _refuse_a_waiver_not_to_be_given(user, article: Article, scan_problem: str, refusal: str) -> None:
    """Raise unless `user` may waive the fact-check of `article` now: an editor not on its byline (the
    four-eyes rule), and not while the newest copy's scan is still to finish (nobody has read that
    copy for claims yet; a failed scan may be waived)."""
    from .selectors import gate_waits_for_scan

    if not permissions.can_waive(user):
        raise PermissionDenied(refusal)
    if permissions.waiver_left_to_another_editor(user, article):
        raise PermissionDenied(permissions.WAIVER_LEFT_TO_ANOTHER_EDITOR)
    if scan_problem and gate_waits_for_scan(article):
        raise ValidationError(f"{scan_problem} Wait for it to finish, then waive what it finds.")


def article_waive_gate(*, article_id: int, user, reason: str) -> list[Claim]:
    """An editor waives every claim that still blocks the article, and a failed scan, with one reason.

    A scan still queued or running cannot be waived: that copy has not been looked at yet. Nor can a
    claim ruled inaccurate: one reason for a whole article must not carry a known error into print.
    The copy is corrected, or the editor waives that claim on its own, having read the ruling.
    """
    from .selectors import describe_inaccurate_claims_held, scan_blocking_publication

    reason = _clean_reason(reason)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        scan_problem = scan_blocking_publication(article)
        _refuse_a_waiver_not_to_be_given(user, article, scan_problem, "Only editors can waive the fact-check gate.")
        blocking = list(
            Claim.objects.select_for_update().filter(article=article, is_present=True).order_by("start", "id")
        )
        held = [claim for claim in blocking if claim.blocks_publication and claim.ruled_inaccurate]
        waived = [
            claim for claim in blocking
            if claim.blocks_publication and not claim.ruled_inaccurate
            and _waive_locked(claim, user=user, reason=reason)
        ]
        if not waived and not scan_problem:
            if held:
                raise ValidationError(describe_inaccurate_claims_held(held))
            raise ValidationError("Nothing holds this article back: every claim is cleared.")
        _record_gate_waiver(article=article, user=user, reason=reason, claims=waived, failed_scan=bool(scan_problem))
        _publish_a_held_correction_once_committed(article.pk)
        return waived


@dataclass(frozen=True)
class HeldCorrectionWaiver:
    """What a waiver of a held correction's claims did: the claims waived, those left held because the
    desk ruled them inaccurate, and the article if the correction went out."""

    waived: list[Claim]
    held_back: list[Claim]
    published: Article | None


def held_correction_waive(*, article_id: int, user, reason: str) -> HeldCorrectionWaiver:
    """An editor not on the byline lets a correction held for the desk go out now, waiving with one
    reason the claims it brings that the desk has not cleared (and a failed scan of its copy), as the
    publish gate's waiver does for an article: recorded on each claim and as a "waive_gate" event.

    Only those claims: the rest of the article was cleared when it went out. Not a scan still queued
    or running (that copy has not been read yet), nor a claim the desk ruled inaccurate (one reason
    must not carry a known error into print: correct the copy, or waive that claim on its own page).
    """
    from articles.services import article_publish_held_correction  # this app builds on that one

    from .selectors import describe_inaccurate_claims_held, held_correction_blockers

    refusal = "Only editors can waive the fact-check of a correction's claims."
    if not permissions.can_waive(user):
        raise PermissionDenied(refusal)
    reason = _clean_reason(reason)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if permissions.waiver_left_to_another_editor(user, article):
            raise PermissionDenied(permissions.WAIVER_LEFT_TO_ANOTHER_EDITOR)
        held = HeldCorrection.objects.select_for_update().filter(article=article).first()
        if held is None:
            raise ValidationError(
                "No correction to this article is held for the fact-check desk: it was published or withdrawn meanwhile."
            )
        blockers = held_correction_blockers(article, held, lock=True)
        _refuse_a_waiver_not_to_be_given(user, article, blockers.scan_problem, refusal)
        held_back = [claim for claim in blockers.claims if claim.ruled_inaccurate]
        waived = [
            claim for claim in blockers.claims
            if not claim.ruled_inaccurate and _waive_locked(claim, user=user, reason=reason)
        ]
        if waived or blockers.scan_problem:
            _record_gate_waiver(
                article=article, user=user, reason=reason, claims=waived, failed_scan=bool(blockers.scan_problem)
            )
        elif held_back:
            raise ValidationError(describe_inaccurate_claims_held(held_back))
        published = article_publish_held_correction(article_id=article.pk)
        return HeldCorrectionWaiver(waived=waived, held_back=held_back, published=published)


def _publish_a_held_correction_once_committed(article_id: int) -> None:
    """A correction held for the desk goes out as soon as the claims it brings are cleared: a ruling or
    waiver that may have cleared the last one tries it once committed (beat tries again every 30 s)."""
    transaction.on_commit(partial(_publish_held_correction_if_cleared, article_id))


def _publish_held_correction_if_cleared(article_id: int) -> None:
    from articles.services import article_publish_held_correction

    try:
        article_publish_held_correction(article_id=article_id)
    except DatabaseError:
        # The ruling is saved; the beat's next run publishes the correction.
        logger.warning("Could not publish the held correction of article %s; beat will.", article_id, exc_info=True)


# --------------------------------------------------------------------------------------------------
# After a scan: claim memory keys, and copy that changed after approval goes back to review


def claims_reconciled(*, article: Article, revision: Revision, created, changed, vanished) -> None:
    """Called by the scan, in its transaction, once it has reconciled the article's claims.

    Fills the memory key of new and changed claims. If the article was approved or scheduled and the
    scan found new claims, or lost one that had been ruled on, the copy that was cleared is not the
    copy that would go out: the article returns to review (a scheduled one is unscheduled).
    """
    from articles.services import article_transition
    from articles.workflow import CLEARED_STATES, LIVE_STATES

    keyed = []
    # A scan may finish after its article was killed: its claims must not reach the queue.
    live = article.status in LIVE_STATES
    for claim in [*created, *changed]:
        key = memory_key(claim)
        if key != claim.memory_key or claim.article_deadline != article.deadline or claim.article_live != live:
            claim.memory_key = key
            claim.article_deadline = article.deadline
            claim.article_live = live
            keyed.append(claim)
    if keyed:
        Claim.objects.bulk_update(keyed, ["memory_key", "article_deadline", "article_live"])

    ruled_lost = [c for c in vanished if c.status != ClaimStatus.UNVERIFIED]
    if article.status not in CLEARED_STATES or not (created or ruled_lost):
        return
    approved = WorkflowEvent.objects.filter(article=article, action="approve").order_by("-created_at", "-id").first()
    if approved is None or revision.created_at <= approved.created_at:
        return  # the copy that was approved, scanned late: the gate holds it until its claims are checked
    reasons = []
    if created:
        reasons.append(f"{len(created)} new or changed claim(s) to check")
    if ruled_lost:
        reasons.append(f"{len(ruled_lost)} checked claim(s) removed or reworded")
    article_transition(
        article_id=article.pk,
        user=None,
        name="return_to_review",
        system=True,
        comment=f"Version {revision.number} changed checked copy: {' and '.join(reasons)}.",
    )
    article.refresh_from_db(fields=["status", "scheduled_for", "updated_at"])


def claims_follow_article(sender, instance, update_fields=None, **kwargs) -> None:
    """post_save of Article: copy a changed deadline, and whether the article is live, onto its claims
    (see Claim.article_deadline and Claim.article_live). Every workflow step saves the status."""
    from articles.workflow import LIVE_STATES

    copied = {}
    if update_fields is None or "deadline" in update_fields:
        copied["article_deadline"] = instance.deadline
    if update_fields is None or "status" in update_fields:
        copied["article_live"] = instance.status in LIVE_STATES
    if copied:
        # One UPDATE of the claims where either copy is out of step (excluding rows equal in all of them).
        Claim.objects.filter(article_id=instance.pk).exclude(**copied).update(**copied)
