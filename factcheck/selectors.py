"""Every non-trivial read of the fact-check app: the scan panel of an article, and the operator's view."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils import timezone

from articles.models import Article, Revision, WorkflowEvent
from articles.workflow import Status

from .memory import without_the_other_sentence
from .models import (
    BLOCKING_CLAIM_STATUSES,
    OPEN_CLAIM_STATUSES,
    OPEN_SCAN_STATUSES,
    VERDICT_STATUSES,
    Claim,
    ClaimCheck,
    ClaimKind,
    ClaimStatus,
    ClaimStatusChange,
    ScanRun,
    ScanStatus,
    Source,
    compose_scan_text,
    scan_text_parts,
)

# The article event that records an editor waiving the fact-check gate, with the reason as comment.
GATE_WAIVER_ACTION = "waive_gate"
# Only an editor's waiver of the whole article, made after its scan failed, lets that copy out
# unscanned: waiving one claim says nothing about copy no scan has read.
FAILED_SCAN_WAIVER_ACTION = "waive_failed_scan"

_PARAGRAPH_BREAK = re.compile(r"\n{2,}")


def newest_scan_for(article: Article) -> ScanRun | None:
    """The latest scan of the article's newest revision (None before one is recorded)."""
    return (
        ScanRun.objects.filter(article=article, revision__number=article.version)
        .select_related("revision")
        .order_by("-id")
        .first()
    )


def present_claims(article: Article) -> QuerySet[Claim]:
    return Claim.objects.filter(article=article, is_present=True).order_by("start", "id")


@dataclass
class Segment:
    text: str
    claim: Claim | None = None
    # The highlights are one widget with one Tab stop, the first of them; arrow keys move between them.
    tab_stop: bool = False
    # The last piece of its claim's text (a quote is cut in pieces by the figures inside it): its status
    # symbol goes after this piece only.
    ends_claim: bool = False


@dataclass
class HighlightedPart:
    """One displayed part of the article (headline, standfirst or body) cut into paragraphs of segments."""

    name: str
    paragraphs: list[list[Segment]]
    claims: list[Claim] = field(default_factory=list)


# How many claims the article page highlights and lists at once, in text order, a page of them at a
# time. A long feature has a few hundred; a draft that repeated one figure thousands of times made a
# page of megabytes (every claim highlighted, with its popover, and a row in the list).
SCAN_PANEL_PAGE_SIZE = 200


@dataclass
class ScanPanel:
    article: Article
    run: ScanRun | None
    parts: dict[str, HighlightedPart]
    claims: list[Claim]  # the claims of this page of the panel, in text order
    counts: dict[str, int]  # of every claim in the copy, by status
    total: int = 0  # claims in the copy
    page: int = 1
    page_size: int = SCAN_PANEL_PAGE_SIZE

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def is_paged(self) -> bool:
        return self.num_pages > 1

    @property
    def first_number(self) -> int:
        return (self.page - 1) * self.page_size + 1 if self.claims else 0

    @property
    def last_number(self) -> int:
        return (self.page - 1) * self.page_size + len(self.claims)

    @property
    def previous_page(self) -> int | None:
        return self.page - 1 if self.page > 1 else None

    @property
    def next_page(self) -> int | None:
        return self.page + 1 if self.page < self.num_pages else None

    @property
    def state(self) -> str:
        if self.run is None or self.run.is_open or self.run.status == ScanStatus.SUPERSEDED:
            return "scanning"
        return self.run.status  # "done" or "failed"

    @property
    def waiting(self) -> str:
        """Why a scan not yet done is not running either: "queued" (handed to the workers, none has
        taken it yet), "unqueued" (the broker could not be reached when the copy was saved, so the
        sweeper hands it over later) or "cut_off" (started longer ago than the hard time limit lets
        any scan run: its worker died, or lost Redis and cancelled it, and Redis or the sweeper hands
        it out again). "" while it runs, and once it has finished."""
        if self.state != "scanning":
            return ""
        if self.run is not None and self.run.status == ScanStatus.RUNNING:
            limit = timedelta(seconds=settings.SCAN_TIME_LIMIT)
            return "cut_off" if self.run.started_at and self.run.started_at < timezone.now() - limit else ""
        if self.run is None or self.run.published_at is None:
            return "unqueued"
        return "queued"

    @property
    def status_counts(self) -> list[tuple[str, str, int]]:
        return [(value, label, self.counts[value]) for value, label in ClaimStatus.choices if self.counts.get(value)]


def scan_panel_for(article: Article, *, page: int = 1) -> ScanPanel:
    """What the reporter's page shows: the scan's state and, once it is done, the text with its claims,
    SCAN_PANEL_PAGE_SIZE of them at a time in text order (`page`, from 1; one past the last is the last),
    and the count of every claim by status."""
    run = newest_scan_for(article)
    parts: dict[str, HighlightedPart] = {}
    claims: list[Claim] = []
    counts: dict[str, int] = {}
    if run is not None and run.status == ScanStatus.DONE:
        present = present_claims(article)
        counts = dict(present.order_by().values_list("status").annotate(n=Count("id")))
        last_page = max(1, -(-sum(counts.values()) // SCAN_PANEL_PAGE_SIZE))
        page = min(max(1, page), last_page)
        first = (page - 1) * SCAN_PANEL_PAGE_SIZE
        claims = list(present.annotate(source_count=Count("sources"))[first : first + SCAN_PANEL_PAGE_SIZE])
        revision = run.revision
        for name, offset, text in scan_text_parts(
            headline=revision.headline, standfirst=revision.standfirst, body=revision.body
        ):
            inside = [c for c in claims if c.start < offset + len(text) and c.end > offset]
            for claim in inside:
                claim.part = name  # "headline", "standfirst" or "body": where the list says it is
            parts[name] = HighlightedPart(name=name, paragraphs=highlight(text, offset, inside), claims=inside)
    marked = [segment for part in parts.values() for paragraph in part.paragraphs for segment in paragraph if segment.claim]
    if marked:
        marked[0].tab_stop = True
    last_piece = {segment.claim.pk: segment for segment in marked}
    for segment in last_piece.values():
        segment.ends_claim = True
    return ScanPanel(
        article=article, run=run, parts=parts, claims=claims, counts=counts, total=sum(counts.values()),
        page=page if claims else 1,
    )


def highlight(text: str, offset: int, claims: list[Claim]) -> list[list[Segment]]:
    """Cut `text` (which starts at `offset` in the scan text) into paragraphs of plain and claim segments.

    Paragraphs split on blank lines, as Django's `linebreaks` does for the plain body. Where claims
    overlap (a figure inside a quote), a segment belongs to the innermost claim.
    """
    paragraphs = []
    position = 0
    bounds = []
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    for start, end in bounds:
        if start == end:
            continue
        cuts = {start, end}
        spans = []
        for claim in claims:
            a, b = max(claim.start - offset, start), min(claim.end - offset, end)
            if a < b:
                spans.append((a, b, claim))
                cuts.update((a, b))
        ordered = sorted(cuts)
        segments: list[Segment] = []
        for a, b in zip(ordered, ordered[1:]):
            covering = [s for s in spans if s[0] <= a and s[1] >= b]
            claim = min(covering, key=lambda s: (s[1] - s[0], s[2].pk))[2] if covering else None
            if segments and segments[-1].claim is claim:
                segments[-1].text += text[a:b]
            else:
                segments.append(Segment(text=text[a:b], claim=claim))
        paragraphs.append(segments)
    return paragraphs


# --------------------------------------------------------------------------------------------------
# The operator's view


def scan_counts_by_status() -> dict[str, int]:
    rows = ScanRun.objects.values("status").annotate(n=Count("id"))
    counts = {value: 0 for value in ScanStatus.values}
    counts.update({row["status"]: row["n"] for row in rows})
    return counts


def claim_counts_by_status() -> dict[str, dict[str, int]]:
    """{"present": {status: n}, "gone": {status: n}}"""
    rows = Claim.objects.values("status", "is_present").annotate(n=Count("id"))
    counts = {"present": dict.fromkeys(ClaimStatus.values, 0), "gone": dict.fromkeys(ClaimStatus.values, 0)}
    for row in rows:
        counts["present" if row["is_present"] else "gone"][row["status"]] = row["n"]
    return counts


@dataclass
class WaitingRevision:
    revision: Revision
    run: ScanRun | None

    @property
    def waiting_since(self) -> datetime:
        return self.run.queued_at if self.run else self.revision.created_at


def revisions_waiting_for_scan(*, limit: int = 200) -> list[WaitingRevision]:
    """Newest revisions whose latest scan is not done: queued, running, failed, or never recorded."""
    newest = Revision.objects.filter(number=F("article__version"))
    done = ScanRun.objects.filter(revision=OuterRef("pk"), status=ScanStatus.DONE)
    waiting = (
        newest.annotate(scanned=Exists(done))
        .filter(scanned=False)
        .select_related("article")
        .defer("body", "standfirst", "article__body", "article__standfirst")
        .order_by("created_at")[:limit]
    )
    waiting = list(waiting)
    runs = {}
    for run in ScanRun.objects.filter(revision__in=waiting).order_by("id"):
        runs[run.revision_id] = run  # the latest wins
    return [WaitingRevision(revision=r, run=runs.get(r.pk)) for r in waiting]


def open_scan_count() -> int:
    return ScanRun.objects.filter(status__in=OPEN_SCAN_STATUSES).count()


# --------------------------------------------------------------------------------------------------
# The publish gate


def _attribution_open(statuses) -> Q:
    return Q(quoted=True, attribution_status__in=statuses) & ~Q(kind=ClaimKind.QUOTE)


def claims_blocking_publication(article: Article) -> QuerySet[Claim]:
    """The article's current claims that are unverified, in progress or inaccurate (either check)."""
    return (
        Claim.objects.filter(article=article, is_present=True)
        .filter(Q(status__in=BLOCKING_CLAIM_STATUSES) | _attribution_open(BLOCKING_CLAIM_STATUSES))
        .order_by("start", "id")
    )


def figures_inside(quote: Claim) -> QuerySet[Claim]:
    """The figures a quote claim holds, in the article's current text, in reading order."""
    return (
        Claim.objects.filter(
            article_id=quote.article_id, is_present=True, quoted=True, start__gte=quote.start, end__lte=quote.end
        )
        .exclude(kind=ClaimKind.QUOTE)
        .order_by("start", "id")
    )


def _waived_after_inaccurate(check: str) -> Exists:
    return Exists(
        ClaimStatusChange.objects.filter(
            claim=OuterRef("pk"), check_type=check, from_status=ClaimStatus.INACCURATE, to_status=ClaimStatus.WAIVED
        )
    )


def fact_check_summaries(article_ids) -> dict[int, dict[str, int]]:
    """For a list of articles, in one query: how many of each one's current claims the desk has still
    to clear, how many it ruled inaccurate (either check), how many it cleared by its verdict, how
    many an editor waived instead, and how many of those were waived although the desk had ruled
    them inaccurate."""
    inaccurate = Q(status=ClaimStatus.INACCURATE) | _attribution_open([ClaimStatus.INACCURATE])
    waived = Q(status=ClaimStatus.WAIVED) | _attribution_open([ClaimStatus.WAIVED])
    waived_inaccurate = (Q(status=ClaimStatus.WAIVED) & _waived_after_inaccurate(ClaimCheck.FIGURE)) | (
        _attribution_open([ClaimStatus.WAIVED]) & _waived_after_inaccurate(ClaimCheck.ATTRIBUTION)
    )
    blocking = Q(status__in=BLOCKING_CLAIM_STATUSES) | _attribution_open(BLOCKING_CLAIM_STATUSES)
    rows = (
        Claim.objects.filter(article_id__in=list(article_ids), is_present=True)
        .values("article_id")
        .annotate(
            blocking=Count("id", filter=blocking),
            inaccurate=Count("id", filter=inaccurate),
            cleared_by_verdict=Count("id", filter=~blocking & ~waived),
            waived=Count("id", filter=waived),
            waived_inaccurate=Count("id", filter=waived_inaccurate),
            total=Count("id"),
        )
    )
    return {row["article_id"]: row for row in rows}


def unfinished_scans(article_ids) -> dict[int, str]:
    """For a list of articles, in one query: those whose current version has no finished scan, as
    "pending" (queued, running, or not recorded yet) or "failed". The claims of such an article are
    those of an older version, so what they add up to says nothing yet of the copy as it stands."""
    latest = ScanRun.objects.filter(article=OuterRef("pk"), revision__number=OuterRef("version")).order_by("-id")
    rows = (
        Article.objects.filter(pk__in=list(article_ids))
        .annotate(scan_status=Subquery(latest.values("status")[:1]))
        .values_list("pk", "scan_status")
    )
    return {
        pk: "failed" if status == ScanStatus.FAILED else "pending" for pk, status in rows if status != ScanStatus.DONE
    }


def articles_with_scans_not_handed_over(article_ids) -> list[int]:
    """Of these articles, those whose current version's scan is waiting and was never handed to the
    broker (Redis was down when it was saved): the sweeper hands it over once Redis is back."""
    waiting = ScanRun.objects.filter(
        article=OuterRef("pk"),
        revision__number=OuterRef("version"),
        status=ScanStatus.QUEUED,
        published_at__isnull=True,
    )
    return list(Article.objects.filter(pk__in=list(article_ids)).filter(Exists(waiting)).values_list("pk", flat=True))


@dataclass
class PublicationBlockers:
    """Why an article may not be scheduled or published now (empty when nothing stands in the way)."""

    claims: list[Claim]
    scan_problem: str = ""

    def __bool__(self) -> bool:
        return bool(self.claims or self.scan_problem)

    def describe(self, *, limit: int = 10) -> str:
        parts = []
        if self.scan_problem:
            parts.append(self.scan_problem)
        if self.claims:
            noun = "claim is" if len(self.claims) == 1 else "claims are"
            named = "; ".join(describe_blocking_claim(c) for c in self.claims[:limit])
            more = f"; and {len(self.claims) - limit} more" if len(self.claims) > limit else ""
            parts.append(f"{len(self.claims)} {noun} not cleared by the fact-check desk: {named}{more}.")
        return " ".join(parts)


def describe_blocking_claim(claim: Claim) -> str:
    text = claim.text if len(claim.text) <= 80 else claim.text[:79] + "…"
    states = []
    if claim.status in BLOCKING_CLAIM_STATUSES:
        states.append(("attribution " if claim.kind == ClaimKind.QUOTE else "") + claim.get_status_display().lower())
    if claim.has_attribution_check and claim.attribution_status in BLOCKING_CLAIM_STATUSES:
        states.append(f"attribution {claim.get_attribution_status_display().lower()}")
    return f"{claim.get_kind_display()} “{text}” (#{claim.pk}, {', '.join(states)})"


# --------------------------------------------------------------------------------------------------
# Corrections: what a corrected copy brings that the desk has not cleared


@dataclass(frozen=True)
class BroughtClaim:
    """A claim a correction's copy has that the copy readers have lacks, still to be cleared: new to
    the article (no `claim` yet, until the scan makes one), or one it had before, not cleared."""

    kind: str
    text: str
    claim: Claim | None = None

    def describe(self) -> str:
        text = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        if self.claim is None:
            return f"{ClaimKind(self.kind).label} “{text}” (new)"
        return describe_blocking_claim(self.claim) if self.claim.is_present else (
            f"{ClaimKind(self.kind).label} “{text}” (#{self.claim.pk}, back in the copy, "
            f"{self.claim.get_status_display().lower()})"
        )


@dataclass(frozen=True)
class CorrectionClaims:
    """What a corrected copy brings: the keys of every claim it has that the copy readers have lacks,
    and those of them the desk has not cleared (empty when the correction may go out at once)."""

    keys: list[str]
    uncleared: list[BroughtClaim]

    def describe(self, *, limit: int = 10) -> str:
        count = len(self.uncleared)
        named = "; ".join(c.describe() for c in self.uncleared[:limit])
        more = f"; and {count - limit} more" if count > limit else ""
        noun = "claim" if count == 1 else "claims"
        return f"It brings {count} {noun} the fact-check desk has not cleared: {named}{more}."


def claims_a_correction_brings(article: Article, *, corrected: dict[str, str], live: dict[str, str]) -> CorrectionClaims:
    """The claims of `corrected` (headline, standfirst, body) that `live`, the copy readers have, lacks,
    found by the scan's own extractor and keys before anything is saved; and those of them the desk has
    not cleared. A claim whose sentence the correction left alone has the same key, and keeps its ruling
    (as in a rescan); a reworded sentence or a new figure has a new key, and is the desk's to check."""
    from .services import claims_found_in  # the scan's machinery; services reads this module

    if corrected == live:
        return CorrectionClaims(keys=[], uncleared=[])
    found = claims_found_in(**corrected)
    live_keys = set(claims_found_in(**live))
    brought = {key: claim for key, claim in found.items() if key not in live_keys}
    if not brought:
        return CorrectionClaims(keys=[], uncleared=[])
    # Every claim the article ever had, gone ones too: a sentence put back brings back its ruling.
    # (Read by article, not by a list of thousands of keys: a correction may bring that many.)
    known = {
        claim.fingerprint: claim
        for claim in Claim.objects.filter(article=article).only(
            "pk", "fingerprint", "kind", "text", "status", "attribution_status", "quoted", "is_present"
        )
        if claim.fingerprint in brought
    }
    uncleared = [
        BroughtClaim(kind=str(extracted.kind), text=extracted.text, claim=known.get(key))
        for key, extracted in brought.items()
        if key not in known or known[key].needs_clearing
    ]
    return CorrectionClaims(keys=list(brought), uncleared=uncleared)


def held_correction_blockers(article: Article, held, *, lock: bool = False) -> PublicationBlockers:
    """What keeps a held correction (articles.models.HeldCorrection) from readers: the claims it brings
    that the desk has not cleared, in text order, and the state of the scan of its copy (the article's
    newest revision), without which nobody knows yet what it brings. `lock=True` (inside a transaction)
    locks those claims, as publication_blockers does."""
    keys = set(held.claim_keys)
    unsettled = Claim.objects.filter(article=article, is_present=True).filter(UNSETTLED).order_by("start", "id")
    if lock:
        unsettled = unsettled.select_for_update()
    return PublicationBlockers(
        claims=[claim for claim in unsettled if claim.fingerprint in keys],
        scan_problem=scan_blocking_publication(article),
    )


def inaccurate_claims_blocking(article: Article) -> list[Claim]:
    """The article's blocking claims that the desk ruled inaccurate, which only a waiver of each
    claim on its own lets through."""
    return [claim for claim in claims_blocking_publication(article) if claim.ruled_inaccurate]


def describe_inaccurate_claims_held(claims: list[Claim], *, limit: int = 10) -> str:
    """What the gate waiver of a whole article left in place, for the editor who asked for it."""
    named = "; ".join(describe_blocking_claim(c) for c in claims[:limit])
    more = f"; and {len(claims) - limit} more" if len(claims) > limit else ""
    return (
        f"Not waived, because the desk ruled it inaccurate: {named}{more}. Correct the copy, or waive "
        "each such claim on its own page."
    )


@dataclass(frozen=True)
class GateWaiverPreview:
    """What waiving the fact-check gate of a whole article would do, shown before the editor confirms."""

    covers: list[Claim]  # waived with the one reason
    holds: list[Claim]  # ruled inaccurate: waived only one by one, on each claim's page
    scan_problem: str  # a failed scan the waiver lifts, or a scan still to finish, which it cannot
    waits_for_scan: bool  # no waiver now: nobody has read the newest copy for claims yet

    def __bool__(self) -> bool:
        return bool(self.covers or self.holds or self.scan_problem)


def gate_waiver_preview(article: Article) -> GateWaiverPreview:
    blocking = list(claims_blocking_publication(article))
    return GateWaiverPreview(
        covers=[claim for claim in blocking if not claim.ruled_inaccurate],
        holds=[claim for claim in blocking if claim.ruled_inaccurate],
        scan_problem=scan_blocking_publication(article),
        waits_for_scan=gate_waits_for_scan(article),
    )


def gate_waits_for_scan(article: Article) -> bool:
    """Is the newest copy's scan still to be made or to finish? Then the gate cannot be waived
    (services.article_waive_gate refuses): a waiver would let out copy nobody has read for claims."""
    run = newest_scan_for(article)
    return run is None or run.is_open


def scan_blocking_publication(article: Article) -> str:
    """Why the newest copy counts as unchecked ("" when its scan is done).

    Copy whose scan has not finished has not been looked at for claims at all. A failed scan blocks
    too, until it is run again or an editor waives the gate after the failure.
    """
    run = newest_scan_for(article)
    if run is None:
        return f"Version {article.version} has not been scanned for claims yet."
    if run.is_open:
        return f"The claim scan of version {article.version} is still {run.get_status_display().lower()}."
    if run.status == ScanStatus.FAILED:
        waived = WorkflowEvent.objects.filter(
            article=article, action=FAILED_SCAN_WAIVER_ACTION, created_at__gte=run.finished_at
        ).exists()
        if not waived:
            return f"The claim scan of version {article.version} failed: rescan it, or waive the gate with a reason."
    elif run.status != ScanStatus.DONE:
        return f"Version {article.version} has not been scanned for claims."
    return ""


def publication_blockers(article: Article, *, lock: bool = False) -> PublicationBlockers:
    """`lock=True` (inside a transaction) locks the article's current claims first, so that a ruling
    committed at the same moment is either seen here or made after the article has gone out."""
    if lock:
        list(Claim.objects.select_for_update().filter(article=article, is_present=True).values_list("pk"))
    return PublicationBlockers(
        claims=list(claims_blocking_publication(article)), scan_problem=scan_blocking_publication(article)
    )


# --------------------------------------------------------------------------------------------------
# The fact-check desk


QUEUE_PAGE_SIZE = 50


@dataclass(frozen=True)
class QueueFilters:
    """What the queue is narrowed to. `status` is "open" (the default), "all" or one claim status."""

    status: str = "open"
    kind: str = ""
    desk_id: int | None = None
    article_id: int | None = None
    assignee: str = ""  # "", "me", "none" or a user id
    speaker: str = ""
    # "submitted" (sent to the desk: what the queue lists unless asked otherwise), "any" (every live
    # article), "drafts" (still with the reporter), "killed_or_archived" (copy going nowhere, listed
    # only when asked for), or "" (no stage asked for: one article's claims, whatever became of it)
    stage: str = "submitted"
    # The order a work listing is read in: a key of QUEUE_SORTS. (A history listing is always the latest
    # ruling first.) Kept with the filters, so that paging, the filters and the way back keep it.
    sort: str = "deadline"


# Copy the reporter has sent to the desk, and copy still being written: the queue can show either.
SUBMITTED_ARTICLE_STATES = (
    Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED, Status.CORRECTED,
)
DRAFT_ARTICLE_STATES = (Status.DRAFT, Status.CHANGES_REQUESTED)
SUBMITTED_STAGE = "submitted"
ANY_LIVE_STAGE = "any"
DRAFTS_STAGE = "drafts"
KILLED_OR_ARCHIVED_STAGE = "killed_or_archived"


def _filtered_claims(filters: QueueFilters, user, *, by_stage: bool = True) -> QuerySet[Claim]:
    claims = Claim.objects.filter(is_present=True)
    if filters.kind:
        claims = claims.filter(kind=filters.kind)
    if filters.desk_id:
        claims = claims.filter(article__desk_id=filters.desk_id)
    if filters.article_id:
        claims = claims.filter(article_id=filters.article_id)
    if filters.assignee == "me":
        claims = claims.filter(assigned_to=user)
    elif filters.assignee == "none":
        claims = claims.filter(assigned_to__isnull=True)
    elif filters.assignee.isdigit():
        claims = claims.filter(assigned_to_id=int(filters.assignee))
    if filters.speaker:
        claims = claims.filter(speaker__icontains=filters.speaker)
    return claims.filter(_stage_filter(filters)) if by_stage else claims


def _stage_filter(filters: QueueFilters) -> Q:
    """The claims of copy at the stage the listing asks for (see QueueFilters.stage); whether that copy
    is live at all is _copy_filter's."""
    if filters.stage == SUBMITTED_STAGE:
        return Q(article__status__in=SUBMITTED_ARTICLE_STATES)
    if filters.stage == DRAFTS_STAGE:
        return Q(article__status__in=DRAFT_ARTICLE_STATES)
    return Q()


def _copy_filter(filters: QueueFilters) -> Q:
    """Whose claims a listing holds, by whether their article is live (Claim.article_live).

    A checker's time goes to copy that may reach readers: killed and archived copy is left out unless
    asked for, and the claims of one article named in the filters are listed whatever became of it
    (its row's "all claims" link, the way back to a claim taken on copy that was then killed)."""
    if filters.stage == KILLED_OR_ARCHIVED_STAGE:
        return Q(article_live=False)
    return Q(article_live=True) if _lists_only_live_copy(filters) else Q()


def _lists_only_live_copy(filters: QueueFilters) -> bool:
    return filters.stage != KILLED_OR_ARCHIVED_STAGE and not (filters.article_id and not filters.stage)


def _status_filter(status: str) -> Q | None:
    if status == "open":
        return Q(status__in=OPEN_CLAIM_STATUSES) | _attribution_open(OPEN_CLAIM_STATUSES)
    if status == "attribution":
        return _attribution_open(OPEN_CLAIM_STATUSES)
    if status in ClaimStatus.values:
        return Q(status=status)
    return None  # "all"


# Claims the desk (or the reporter) still has to act on. A partial index covers exactly these, so the
# queue's counts and its default listing read a few thousand index entries, not every claim ever made.
UNSETTLED = Q(status__in=BLOCKING_CLAIM_STATUSES) | _attribution_open(BLOCKING_CLAIM_STATUSES)
# Listings of settled claims are history, not work: newest ruling first, and counted only up to a cap.
SETTLED_FILTERS = frozenset({ClaimStatus.VERIFIED, ClaimStatus.UNVERIFIABLE, ClaimStatus.WAIVED, "all"})
COUNT_CAP = 10_000


def claims_in_desk_order(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """One article's claims as the desk would take them: those still in the copy, then those still to
    act on (as the queue lists them), the most check-worthy, the oldest; what was settled or left the
    copy comes after."""
    return claims.annotate(
        settled=Case(When(UNSETTLED, then=Value(0)), default=Value(1), output_field=IntegerField())
    ).order_by("-is_present", "settled", F("score").desc(), "created_at", "id")


@dataclass(frozen=True)
class QueueSortKey:
    """One column of an order of the queue. `may_be_empty` (an article with no deadline; ascending
    keys only) sorts the empty ones after every other, as PostgreSQL's ascending index holds them."""

    field: str
    descending: bool = False
    may_be_empty: bool = False

    def expression(self):
        column = F(self.field)
        return column.desc() if self.descending else column.asc(nulls_last=True if self.may_be_empty else None)

    def after(self, value) -> Q | None:
        """The claims this column alone puts after one whose value is `value` (None: no claim)."""
        if value is None:
            return None  # empty comes last
        beyond = Q(**{f"{self.field}__{'lt' if self.descending else 'gt'}": value})
        return beyond | Q(**{f"{self.field}__isnull": True}) if self.may_be_empty else beyond

    def level_with(self, value) -> Q:
        return Q(**{f"{self.field}__isnull": True}) if value is None else Q(**{self.field: value})


DEADLINE_SORT, PRIORITY_SORT, AGE_SORT = "deadline", "priority", "age"
_DEADLINE = QueueSortKey("article_deadline", may_be_empty=True)
_PRIORITY = QueueSortKey("score", descending=True)  # the claim's check-worthiness
_AGE = QueueSortKey("created_at")
_ID = QueueSortKey("id")
# The order of every work listing unless the checker chooses another: the nearest deadline first (none
# last), then the most check-worthy, then the oldest. The claim_unsettled partial index holds its claims
# in this order.
WORK_ORDER = (_DEADLINE, _PRIORITY, _AGE, _ID)


def _led_by(key: QueueSortKey) -> tuple[QueueSortKey, ...]:
    # The work order breaks the ties of a chosen order: of two claims equally check-worthy, or found at
    # the same moment by one scan, the one whose deadline is nearer still comes first.
    return (key, *(other for other in WORK_ORDER if other != key))


# The orders a checker may list the work in. Each is read along a partial index of the unsettled claims
# that holds them in that order (claim_unsettled, claim_unsettled_by_score, claim_unsettled_by_age), so
# that a page of any of them costs what a page of the work order does.
QUEUE_SORTS = {
    DEADLINE_SORT: WORK_ORDER,
    PRIORITY_SORT: _led_by(_PRIORITY),
    AGE_SORT: _led_by(_AGE),
}


def _work_order_of(filters: QueueFilters) -> tuple[QueueSortKey, ...]:
    return QUEUE_SORTS.get(filters.sort, WORK_ORDER)


def _after_in_order(claim: Claim, keys: tuple[QueueSortKey, ...]) -> Q:
    """The claims that come after `claim` in the order `keys`: after it on the first key, or level with
    it there and after it on the rest."""
    key, rest = keys[0], keys[1:]
    value = getattr(claim, key.field)
    after = key.after(value)
    if rest:
        tie = key.level_with(value) & _after_in_order(claim, rest)
        after = tie if after is None else after | tie
    return after


def lists_history(filters: QueueFilters) -> bool:
    """Whether the listing is of settled claims (verified, unverifiable, waived, all): history, read
    the latest ruling first whatever order the work is listed in."""
    return filters.status in SETTLED_FILTERS


def claim_queue(filters: QueueFilters, user) -> QuerySet[Claim]:
    """The desk's queue, in the order the checker chose (QUEUE_SORTS; the work order unless they chose
    another). Settled claims (verified, unverifiable, waived, all) list the latest ruling first.
    Lists carry no article text."""
    claims = _filtered_claims(filters, user).filter(_copy_filter(filters))
    status_q = _status_filter(filters.status)
    if status_q is not None:
        claims = claims.filter(status_q)
    if lists_history(filters):
        order = [F("updated_at").desc(), F("id").desc()]
    else:
        order = [key.expression() for key in _work_order_of(filters)]
    return (
        claims.select_related("article", "article__desk", "assigned_to")
        # Whether a row's claim is in the user's own copy (no take, no ruling) asks for its article's
        # co-authors: loaded for the page at once, not with a query for each row.
        .prefetch_related("article__co_authors")
        .defer("article__body", "article__standfirst")
        .order_by(*order)
    )


# Statuses of a listing that hold open work only; any other listing's next claim is its next open one.
_OPEN_WORK_FILTERS = frozenset({"open", "attribution", ClaimStatus.UNVERIFIED, ClaimStatus.IN_PROGRESS})


def next_open_claim_after(claim: Claim, filters: QueueFilters, user) -> Claim | None:
    """The open claim after `claim`, in the order the listing `filters` (the one the checker last listed)
    is read in, leaving out those a colleague holds: where a checker who has just ruled goes on. A
    listing of other statuses (verified, inaccurate, all…) is read for its open claims."""
    status = filters.status if filters.status in _OPEN_WORK_FILTERS else "open"
    order = _work_order_of(filters)
    not_a_colleagues = Q(assigned_to__isnull=True) | Q(assigned_to=user) | Q(assigned_to__is_active=False)
    return (
        _filtered_claims(filters, user)
        .filter(_copy_filter(filters), _status_filter(status), _after_in_order(claim, order), not_a_colleagues)
        # (nor a claim of the checker's own copy, which they may not rule on)
        .exclude(article__author=user)
        .exclude(article__co_authors=user)
        .order_by(*(key.expression() for key in order))
        .only("pk", "text")
        .first()
    )


UNSETTLED_COUNTS = ("open", "attribution", ClaimStatus.UNVERIFIED, ClaimStatus.IN_PROGRESS, ClaimStatus.INACCURATE)
# The count, beside those of the listing, of the user's open claims on killed or archived copy: work they
# had taken that the default listing no longer shows, and that the queue points them to.
YOURS_ON_KILLED_OR_ARCHIVED_COPY = "yours_on_killed_or_archived_copy"


def claim_queue_counts(filters: QueueFilters, user) -> dict[str, int]:
    """Exact counts, under the other filters, of the claims still to act on: open (to check), attribution
    to check, unverified, in progress and inaccurate; and, for a listing of live copy, how many of the
    user's open claims are on killed or archived copy. One aggregate query over the unsettled claims:
    whether the article is live is read from the index beside the status, not filtered on, so that the
    count of the user's claims on copy going nowhere costs no query of its own."""
    # The listing's own counts are of copy at the stage it lists; the user's claims on killed or
    # archived copy are counted whatever stage is listed, since no live stage holds them.
    listed = _copy_filter(filters) & _stage_filter(filters)
    aggregates = {
        "open": Count("id", filter=listed & _status_filter("open")),
        "attribution": Count("id", filter=listed & _status_filter("attribution")),
        **{value: Count("id", filter=listed & Q(status=value)) for value in UNSETTLED_COUNTS[2:]},
    }
    if _lists_only_live_copy(filters):
        aggregates[YOURS_ON_KILLED_OR_ARCHIVED_COPY] = Count(
            "id", filter=Q(article_live=False, assigned_to=user) & _status_filter("open")
        )
    return _filtered_claims(filters, user, by_stage=False).filter(UNSETTLED).aggregate(**aggregates)


def claim_queue_total(filters: QueueFilters, user, counts: dict[str, int]) -> tuple[int, bool]:
    """(number of claims the listing holds, whether that number was capped at COUNT_CAP)."""
    if filters.status in counts:
        return counts[filters.status], False
    capped = claim_queue(filters, user).order_by()[: COUNT_CAP + 1].count()
    return min(capped, COUNT_CAP), capped > COUNT_CAP


def earlier_verdicts(memory_key) -> QuerySet[Claim]:
    """Claims with a verdict stating what `memory_key` (a key, or a reference to one) does, latest ruling
    first: read in that order along the claim_memory_latest index, so that finding the latest costs the
    same whether the figure was ruled on twice or two thousand times.

    Hints come from live copy only, as the queue's rows do: killed copy may have been dropped for its
    figures, and archived copy was taken down."""
    return Claim.objects.filter(memory_key=memory_key, status__in=VERDICT_STATUSES, article_live=True).order_by(
        F("updated_at").desc(), F("id").desc()
    )


def latest_verdicts_for(claims: list[Claim]) -> dict[int, Claim]:
    """Claim memory for a page of claims: {claim id: the latest earlier claim with a verdict and the
    same memory key}, with its article and sources, in two queries whatever the page size."""
    by_key: dict[str, list[int]] = {}
    for claim in claims:
        # Memory helps with claims still to rule on; a claim with a verdict has its own.
        if claim.memory_key and claim.status not in VERDICT_STATUSES:
            by_key.setdefault(claim.memory_key, []).append(claim.pk)
    if not by_key:
        return {}
    # Each claim's latest earlier verdict other than its own (a claim on the page that has a verdict
    # itself must see the one before it), found by one lookup along the index per claim on the page.
    latest_other = earlier_verdicts(OuterRef("memory_key")).exclude(pk=OuterRef("pk")).values("pk")[:1]
    wanted = [claim_id for claim_ids in by_key.values() for claim_id in claim_ids]
    earlier_ids = Claim.objects.filter(pk__in=wanted).annotate(earlier=Subquery(latest_other)).values("earlier")
    earlier_claims = (
        Claim.objects.filter(pk__in=earlier_ids)
        .order_by()  # a few claims, put in order here rather than sorted by the database
        .select_related("article", "assigned_to")
        .defer("article__body", "article__standfirst")
        .prefetch_related(Prefetch("sources", queryset=Source.objects.filter(check_type=ClaimCheck.FIGURE)))
    )
    candidates: dict[str, list[Claim]] = {}
    for earlier in sorted(earlier_claims, key=lambda c: (c.updated_at, c.pk), reverse=True):
        candidates.setdefault(earlier.memory_key, []).append(earlier)
    found = {}
    for key, claim_ids in by_key.items():
        for claim_id in claim_ids:
            match = next((c for c in candidates.get(key, []) if c.pk != claim_id), None)
            if match is not None:
                found[claim_id] = match
    return found


def claim_for_desk(claim_id: int) -> Claim | None:
    return (
        Claim.objects.select_related(
            "article", "article__desk", "article__author", "assigned_to", "last_seen_revision", "replaces"
        )
        .prefetch_related(Prefetch("sources", queryset=Source.objects.select_related("added_by")))
        .filter(pk=claim_id)
        .first()
    )


def claim_replacing(claim: Claim) -> Claim | None:
    """The claim a gone claim was reworded as (the newest, if it was reworded more than once since)."""
    if claim.is_present:
        return None
    return claim.replaced_by.select_related("assigned_to").order_by("-id").first()


def claim_history(claim: Claim, *, with_other_articles_copy: bool) -> list[ClaimStatusChange]:
    """The claim's history, newest first. Without `with_other_articles_copy` (for anyone but the desk),
    a verdict reused from another article does not quote that article's sentence."""
    changes = list(claim.history.select_related("actor").order_by("-created_at", "-id"))
    if not with_other_articles_copy:
        for change in changes:
            if change.reused_from_id is not None:
                change.note = without_the_other_sentence(change.note)
    return changes


def claim_context(claim: Claim, *, revision: Revision | None = None, around: int = 600) -> tuple[str, int, int]:
    """The claim's paragraph and the paragraphs either side of it (at most `around` characters either
    side of its sentence), in the revision it was last seen in, and where the claim lies in that excerpt."""
    revision = revision or claim.last_seen_revision
    text = compose_scan_text(headline=revision.headline, standfirst=revision.standfirst, body=revision.body)
    if text[claim.start : claim.end] != claim.text:
        return claim.sentence or claim.text, *_span_in(claim.sentence, claim)
    paragraph_starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, claim.sentence_start)]
    begin = paragraph_starts[-2] if len(paragraph_starts) >= 2 else 0
    paragraph_ends = [m.start() for m in _PARAGRAPH_BREAK.finditer(text, claim.sentence_end)]
    finish = paragraph_ends[1] if len(paragraph_ends) >= 2 else len(text)
    begin, finish = max(begin, claim.sentence_start - around), min(finish, claim.sentence_end + around)
    return text[begin:finish], claim.start - begin, claim.end - begin


def _span_in(sentence: str, claim: Claim) -> tuple[int, int]:
    a = claim.start - claim.sentence_start
    if 0 <= a and sentence[a : a + len(claim.text)] == claim.text:
        return a, a + len(claim.text)
    found = sentence.find(claim.text) if claim.text else -1
    return (found, found + len(claim.text)) if found >= 0 else (0, 0)


def sentence_span(claim: Claim) -> tuple[int, int]:
    """Where the claim lies within its stored sentence ((0, 0) if the scan data disagree)."""
    return _span_in(claim.sentence or "", claim)
