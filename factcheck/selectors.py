"""Every non-trivial read of the fact-check app: the scan panel of an article, and the operator's view."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Exists, F, OuterRef, QuerySet

from articles.models import Article, Revision

from .models import Claim, ClaimStatus, ScanRun, ScanStatus, scan_text_parts

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


@dataclass
class HighlightedPart:
    """One displayed part of the article (headline, standfirst or body) cut into paragraphs of segments."""

    name: str
    paragraphs: list[list[Segment]]
    claims: list[Claim] = field(default_factory=list)


@dataclass
class ScanPanel:
    article: Article
    run: ScanRun | None
    parts: dict[str, HighlightedPart]
    claims: list[Claim]
    counts: dict[str, int]

    @property
    def state(self) -> str:
        if self.run is None or self.run.is_open or self.run.status == ScanStatus.SUPERSEDED:
            return "scanning"
        return self.run.status  # "done" or "failed"

    @property
    def status_counts(self) -> list[tuple[str, str, int]]:
        return [(value, label, self.counts[value]) for value, label in ClaimStatus.choices if self.counts.get(value)]


def scan_panel_for(article: Article) -> ScanPanel:
    """What the reporter's page shows: the scan's state and, once it is done, the text with its claims."""
    run = newest_scan_for(article)
    parts: dict[str, HighlightedPart] = {}
    claims: list[Claim] = []
    if run is not None and run.status == ScanStatus.DONE:
        claims = list(present_claims(article))
        revision = run.revision
        for name, offset, text in scan_text_parts(
            headline=revision.headline, standfirst=revision.standfirst, body=revision.body
        ):
            inside = [c for c in claims if c.start < offset + len(text) and c.end > offset]
            parts[name] = HighlightedPart(name=name, paragraphs=highlight(text, offset, inside), claims=inside)
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    return ScanPanel(article=article, run=run, parts=parts, claims=claims, counts=counts)


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
