"""Claims found in articles, the scans that find them, and the history of every ruling on them.

A claim's offsets point into the *scan text* of the revision it was last seen in (see
`compose_scan_text`): headline, standfirst and body joined by blank lines, in that order. The
reporter's page maps them back to the part they fall in with `scan_text_parts`.
"""

from __future__ import annotations

import math

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from newsroom.people import person_name

# Headline, standfirst and body are scanned as one text so that a figure in the headline is checked
# like one in the body. The separator is fixed (never dropped for an empty standfirst) so that a
# claim's offsets in the body part move only when the text before it changes.
SCAN_TEXT_SEPARATOR = "\n\n"
SCAN_TEXT_PARTS = ("headline", "standfirst", "body")


def compose_scan_text(*, headline: str, standfirst: str, body: str) -> str:
    return SCAN_TEXT_SEPARATOR.join([headline or "", standfirst or "", body or ""])


def scan_text_parts(*, headline: str, standfirst: str, body: str) -> list[tuple[str, int, str]]:
    """[(part name, offset of the part in the scan text, part text)] in scan-text order."""
    parts, offset = [], 0
    for name, text in zip(SCAN_TEXT_PARTS, [headline or "", standfirst or "", body or ""], strict=True):
        parts.append((name, offset, text))
        offset += len(text) + len(SCAN_TEXT_SEPARATOR)
    return parts


class ClaimKind(models.TextChoices):
    COUNT = "count", "Count"
    VAGUE = "vague", "Vague quantity"
    PERCENT = "percent", "Percentage"
    MONEY = "money", "Money"
    MEASURE = "measure", "Measurement"
    ORDINAL = "ordinal", "Ranking"
    DATE = "date", "Date"
    QUOTE = "quote", "Quote"


class ClaimStatus(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    IN_PROGRESS = "in_progress", "In progress"
    VERIFIED = "verified", "Verified"
    INACCURATE = "inaccurate", "Inaccurate"
    UNVERIFIABLE = "unverifiable", "Unverifiable"
    WAIVED = "waived", "Waived"


# Rulings that settle a claim; the other statuses still need a fact-checker.
RESOLVED_CLAIM_STATUSES = frozenset({ClaimStatus.VERIFIED, ClaimStatus.WAIVED})
RULING_CLAIM_STATUSES = frozenset(
    {ClaimStatus.VERIFIED, ClaimStatus.INACCURATE, ClaimStatus.UNVERIFIABLE, ClaimStatus.WAIVED}
)
# Statuses that still need the fact-check desk (the queue's "open" claims).
OPEN_CLAIM_STATUSES = (ClaimStatus.UNVERIFIED, ClaimStatus.IN_PROGRESS)
# Statuses that keep an article from being scheduled or published. Unverifiable does not: saying in
# print that a figure could not be checked is an editorial choice, made with the ruling in view.
BLOCKING_CLAIM_STATUSES = (ClaimStatus.UNVERIFIED, ClaimStatus.IN_PROGRESS, ClaimStatus.INACCURATE)
# The fact-checkers' verdicts (a waiver is an editor's decision to publish unchecked, not a verdict).
VERDICT_STATUSES = (ClaimStatus.VERIFIED, ClaimStatus.INACCURATE, ClaimStatus.UNVERIFIABLE)


# The claims the desk (or the reporter) still has to act on, as the queue's partial indexes hold them:
# in the copy, and unverified, in progress or inaccurate on either check.
_UNSETTLED_CLAIM = Q(is_present=True) & (
    Q(status__in=BLOCKING_CLAIM_STATUSES)
    | (Q(quoted=True, attribution_status__in=BLOCKING_CLAIM_STATUSES) & ~Q(kind=ClaimKind.QUOTE))
)
# After each index's order: what the queue's counts and filters read without reading the claim itself.
_UNSETTLED_INDEX_TRAILING = ("article_live", "status", "attribution_status", "quoted", "kind", "assigned_to")


class ClaimCheck(models.TextChoices):
    FIGURE = "figure", "Figure"
    ATTRIBUTION = "attribution", "Attribution"


class Claim(models.Model):
    """One checkable statement in an article, identified across revisions by its fingerprint.

    The scan owns the text fields (kind .. last_seen_revision, is_present); people own the ruling
    fields (status, verdict, sources, assigned_to). A scan never writes the latter, so a ruling made
    while a rescan runs survives it.
    """

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="claims")
    kind = models.CharField(max_length=16, choices=ClaimKind.choices)
    text = models.TextField(help_text="The words of the claim as written.")
    start = models.PositiveIntegerField(help_text="Offset in the scan text of the last revision seen.")
    end = models.PositiveIntegerField()
    value = models.FloatField(null=True, blank=True)
    low = models.FloatField(null=True, blank=True)
    high = models.FloatField(null=True, blank=True)
    unit = models.CharField(max_length=60, blank=True)
    qualifier = models.CharField(max_length=60, blank=True)
    direction = models.CharField(max_length=8, blank=True)
    speaker = models.CharField(max_length=200, blank=True)
    quoted = models.BooleanField(default=False)
    sentence = models.TextField(blank=True)
    sentence_start = models.PositiveIntegerField(default=0)
    sentence_end = models.PositiveIntegerField(default=0)
    score = models.FloatField(default=0.0)
    fingerprint = models.CharField(max_length=128)

    status = models.CharField(
        max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.UNVERIFIED, db_index=True
    )
    verdict = models.TextField(blank=True, help_text="The fact-checker's ruling, in words.")
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="claims_assigned"
    )
    # Bumped by every ruling, so that a ruling based on a stale page is refused.
    version = models.PositiveIntegerField(default=1)
    # A quoted figure has two checks: the figure (`status`) and its attribution (did the speaker say it?).
    # A quote claim has the attribution check only, and that is its `status`. See `has_attribution_check`.
    attribution_status = models.CharField(
        max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.UNVERIFIED
    )
    attribution_note = models.TextField(blank=True, help_text="The ruling on the attribution, in words.")
    # Claim memory: claims stating the same figure (by the same speaker) share a key; see factcheck.memory.
    memory_key = models.CharField(max_length=64, blank=True)  # indexed with its rulings' times, in Meta
    # The article's deadline, copied here so that the desk's queue (deadline, then score, then age) is
    # read in order from one index instead of sorting every open claim; kept in step by the services.
    article_deadline = models.DateTimeField(null=True, blank=True, editable=False)
    # Whether the article is live (articles.workflow.LIVE_STATES), copied here for the same reason: the
    # queue leaves out killed and archived copy by reading one index, not joining every claim to its
    # article; kept in step by the services.
    article_live = models.BooleanField(default=True, editable=False)

    first_seen_revision = models.ForeignKey(
        "articles.Revision", on_delete=models.CASCADE, related_name="claims_first_seen"
    )
    last_seen_revision = models.ForeignKey(
        "articles.Revision", on_delete=models.CASCADE, related_name="claims_last_seen"
    )
    is_present = models.BooleanField(default=True, help_text="Still in the article's current text.")
    replaces = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
        help_text="The earlier wording of this claim, with the ruling it had.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "start", "id"]
        permissions = [
            ("check_claim", "Can rule on claims"),
            ("waive_claim", "Can waive a claim"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["article", "fingerprint"], name="one_claim_per_fingerprint"),
            models.CheckConstraint(
                condition=Q(status__in=[s.value for s in ClaimStatus]), name="claim_status_is_known"
            ),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="claim_span_is_ordered"),
        ]
        indexes = [
            models.Index(fields=["article", "is_present"], name="claim_article_present"),
            # The desk's work: claims still unverified, in progress or inaccurate, on either check.
            models.Index(
                # Ordered as the queue reads it; the trailing columns let the counts read the index alone,
                # and the queue skip killed and archived copy without reading the claim itself. (Not
                # leading: Django writes `WHERE article_live`, which SQLite cannot seek an index with.)
                fields=["article_deadline", "-score", "created_at", "id", *_UNSETTLED_INDEX_TRAILING],
                name="claim_unsettled",
                condition=_UNSETTLED_CLAIM,
            ),
            # The same work in the two other orders a checker may list it in (selectors.QUEUE_SORTS): the
            # most check-worthy first, and the oldest first, each with the work order breaking its ties.
            # Without them a page of either would sort every open claim of the listing to show fifty.
            # Partial as the first: they hold the claims still to act on, not every claim ever made.
            models.Index(
                fields=["-score", "article_deadline", "created_at", "id", *_UNSETTLED_INDEX_TRAILING],
                name="claim_unsettled_by_score",
                condition=_UNSETTLED_CLAIM,
            ),
            models.Index(
                fields=["created_at", "article_deadline", "-score", "id", *_UNSETTLED_INDEX_TRAILING],
                name="claim_unsettled_by_age",
                condition=_UNSETTLED_CLAIM,
            ),
            # Listings of settled claims, the latest ruling first.
            models.Index(fields=["status", "-updated_at"], name="claim_status_recent"),
            # The Claim admin's order (the newest articles first, each one's claims in text order), so that
            # its pages are read along an index instead of sorting every claim (see ClaimAdmin.ordering).
            models.Index(fields=["-article", "start", "id"], name="claim_newest_article_first"),
            # Claim memory: the latest ruling on a figure, found without reading every earlier one
            # (see selectors.earlier_verdicts); it serves every other lookup by key as well.
            models.Index(fields=["memory_key", "-updated_at", "-id"], name="claim_memory_latest"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"

    @property
    def is_resolved(self) -> bool:
        return self.status in RESOLVED_CLAIM_STATUSES

    @property
    def has_attribution_check(self) -> bool:
        """A figure inside a quote is checked twice: the figure, and that the speaker said it."""
        return self.quoted and self.kind != ClaimKind.QUOTE

    @property
    def needs_clearing(self) -> bool:
        """A check of the claim is still unverified, in progress or ruled inaccurate, whether or not the
        claim is in the copy now: one that comes back into the copy (by a correction, say) comes back so."""
        return self.status in BLOCKING_CLAIM_STATUSES or (
            self.has_attribution_check and self.attribution_status in BLOCKING_CLAIM_STATUSES
        )

    @property
    def blocks_publication(self) -> bool:
        return self.is_present and self.needs_clearing

    @property
    def ruled_inaccurate(self) -> bool:
        """A check of the claim stands ruled inaccurate: the figure, or who said it. The gate waiver
        of a whole article leaves such a claim in place (see services.article_waive_gate)."""
        return self.status == ClaimStatus.INACCURATE or (
            self.has_attribution_check and self.attribution_status == ClaimStatus.INACCURATE
        )

    @property
    def value_display(self) -> str:
        def number(x: float) -> str:
            if not math.isfinite(x):
                return ""
            if float(x).is_integer() and abs(x) < 1e15:
                return f"{x:,.0f}"
            if x and not 1e-4 <= abs(x) < 1e15:
                # Scientific notation as the copy wrote it: "5.97 × 10^24", "8.1 × 10^-19".
                mantissa, exponent = f"{x:.5e}".split("e")
                return f"{mantissa.rstrip('0').rstrip('.')} × 10^{int(exponent)}"
            # Six significant digits, and never fewer than two decimals: "4.125", "0.00125",
            # "12.3457", "1,234,567.5".
            whole_digits = len(str(int(abs(x)))) if abs(x) >= 1 else 0
            decimals = min(6, max(2, 6 - whole_digits))
            return f"{x:,.{decimals}f}".rstrip("0").rstrip(".")

        if self.low is not None and self.high is not None and self.low != self.high:
            figure = f"{number(self.low)}–{number(self.high)}"
        elif self.value is not None:
            figure = number(self.value)
        else:
            figure = ""
        return " ".join(part for part in [self.qualifier, figure, self.unit] if part)


class ClaimStatusChange(models.Model):
    """The audit trail of a claim: who changed its status, when, from what, to what and why."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="history")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    from_status = models.CharField(max_length=16, choices=ClaimStatus.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=ClaimStatus.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    check_type = models.CharField(max_length=12, choices=ClaimCheck.choices, default=ClaimCheck.FIGURE)
    # Set when the ruling was copied from an earlier claim with the same memory key.
    reused_from = models.ForeignKey(Claim, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "claim status change"

    def __str__(self):
        return f"{self.from_status or 'new'} → {self.to_status}"

    @property
    def actor_display(self) -> str:
        return person_name(self.actor) if self.actor_id else "scan"


class ScanStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"
    # A newer revision was saved before this scan ran; its claims come from the newer scan.
    SUPERSEDED = "superseded", "Superseded"


OPEN_SCAN_STATUSES = (ScanStatus.QUEUED, ScanStatus.RUNNING)


class ScanRun(models.Model):
    """One scan of one revision. Created (queued) in the transaction that saves the revision, so a
    scan whose message was lost is still visible, and found again by the sweeper."""

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="scan_runs")
    revision = models.ForeignKey("articles.Revision", on_delete=models.CASCADE, related_name="scan_runs")
    status = models.CharField(max_length=12, choices=ScanStatus.choices, default=ScanStatus.QUEUED, db_index=True)
    reason = models.CharField(max_length=12, default="save", help_text="save, rescan or sweep")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Times a worker started this scan.")
    queued_at = models.DateTimeField(default=timezone.now, db_index=True)
    published_at = models.DateTimeField(null=True, blank=True, help_text="Last handed to the broker.")
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    claims_found = models.PositiveIntegerField(default=0)
    claims_new = models.PositiveIntegerField(default=0)
    claims_kept = models.PositiveIntegerField(default=0)
    claims_reopened = models.PositiveIntegerField(default=0)
    claims_gone = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-queued_at", "-id"]
        permissions = [("rescan_article", "Can rescan an article for claims")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=[s.value for s in ScanStatus]), name="scan_status_is_known"
            ),
            # Saving twice quickly, or pressing rescan twice, reuses the scan already waiting.
            models.UniqueConstraint(
                fields=["revision"],
                condition=Q(status__in=[s.value for s in OPEN_SCAN_STATUSES]),
                name="one_open_scan_per_revision",
            ),
        ]

    def __str__(self):
        return f"Scan of {self.revision} ({self.status})"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_SCAN_STATUSES

    @property
    def duration_ms(self) -> int | None:
        if self.started_at and self.finished_at:
            return int((self.finished_at - self.started_at).total_seconds() * 1000)
        return None

    @property
    def error_summary(self) -> str:
        return self.error.strip().splitlines()[0] if self.error.strip() else ""


class SourceKind(models.TextChoices):
    URL = "url", "Web address"
    DOCUMENT = "document", "Document"


class Source(models.Model):
    """What a ruling rests on: a web address (http or https only) or a reference to a document."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="sources")
    check_type = models.CharField(max_length=12, choices=ClaimCheck.choices, default=ClaimCheck.FIGURE)
    kind = models.CharField(max_length=10, choices=SourceKind.choices)
    reference = models.CharField(max_length=2000, help_text="The web address, or where to find the document.")
    note = models.CharField(max_length=500, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)
    # Copied with a reused verdict: the source it was copied from.
    copied_from = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["added_at", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=[k.value for k in SourceKind]), name="source_kind_is_known"),
            models.CheckConstraint(
                condition=Q(check_type__in=[c.value for c in ClaimCheck]), name="source_check_is_known"
            ),
            # A javascript: or data: address must never reach a page as a link, whatever wrote the row.
            models.CheckConstraint(
                condition=~Q(kind="url") | Q(reference__startswith="http://") | Q(reference__startswith="https://"),
                name="source_url_is_http",
            ),
        ]

    def __str__(self):
        return self.reference

    @property
    def is_link(self) -> bool:
        return self.kind == SourceKind.URL
