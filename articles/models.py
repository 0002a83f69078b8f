from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from newsroom.people import person_name

from .validators import validate_body_length, validate_clean_text
from .workflow import PUBLIC_STATES, STATUS_LABELS, Status

STATUS_CHOICES = [(status.value, STATUS_LABELS[status]) for status in Status]


class Desk(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Article(models.Model):
    headline = models.CharField(max_length=200, validators=[validate_clean_text])
    slug = models.SlugField(max_length=220, unique=True, allow_unicode=True)
    standfirst = models.TextField(blank=True, validators=[validate_clean_text])
    body = models.TextField(blank=True, validators=[validate_clean_text, validate_body_length])
    desk = models.ForeignKey(Desk, on_delete=models.PROTECT, related_name="articles")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="articles_authored")
    co_authors = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="articles_coauthored")
    deadline = models.DateTimeField(null=True, blank=True, db_index=True)
    assigned_editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles_to_edit",
    )
    status = models.CharField(max_length=20, choices=STATUS_CHOICES, default=Status.DRAFT, db_index=True)
    # Bumped by every saved revision; a save based on an older version is refused (no silent overwrite).
    version = models.PositiveIntegerField(default=0)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # The copy may not be published before this time: the terms an agency or a source gave it under.
    embargo_until = models.DateTimeField(
        "embargoed until",
        null=True,
        blank=True,
        help_text="The copy cannot be published or scheduled before this time. Leave empty for none.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The new-draft form's one-time token: the same form sent twice (Save pressed again when the
    # network seemed to drop) finds the draft it already made instead of making a second one.
    draft_form_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-updated_at"]
        permissions = [
            ("review_article", "Can review articles: take, approve, request changes, kill"),
            ("publish_article", "Can schedule, publish, correct and archive articles"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=[s.value for s in Status]), name="article_status_is_known"
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.SCHEDULED) | Q(scheduled_for__isnull=False),
                name="scheduled_article_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=sorted(s.value for s in PUBLIC_STATES)) | Q(published_at__isnull=False),
                name="public_article_has_publication_time",
            ),
            # Nothing goes out before its embargo: not on a schedule, not by any other route.
            models.CheckConstraint(
                condition=~Q(status=Status.SCHEDULED)
                | Q(embargo_until__isnull=True)
                | Q(scheduled_for__gte=F("embargo_until")),
                name="scheduled_article_respects_embargo",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=sorted(s.value for s in PUBLIC_STATES))
                | Q(embargo_until__isnull=True)
                | Q(published_at__gte=F("embargo_until")),
                name="public_article_respects_embargo",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "deadline"], name="article_status_deadline"),
            # Lists (the admin changelist, my drafts) are newest-first by default.
            models.Index(fields=["-updated_at"], name="article_recently_updated"),
            # The public news list, latest published first: read in order, not sorted on every page.
            models.Index(fields=["-published_at"], name="article_recently_published"),
        ]

    def __str__(self):
        return self.headline

    @property
    def status_enum(self) -> Status:
        return Status(self.status)

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATES

    @property
    def is_under_embargo(self) -> bool:
        """Is there an embargo that has not lifted yet?"""
        return self.embargo_until is not None and self.embargo_until > timezone.now()

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.pk])

    def get_public_url(self):
        return reverse("articles:public", args=[self.slug])


class Revision(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    headline = models.CharField(max_length=200)
    standfirst = models.TextField(blank=True)
    body = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="revisions_made"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["article", "-number"]
        constraints = [models.UniqueConstraint(fields=["article", "number"], name="one_revision_per_number")]

    def __str__(self):
        return f"{self.article_id} r{self.number}"


# Records of the article's history that are no workflow step: an embargo set (the comment says until
# when, and from what) or cleared; a correction held for the fact-check desk (the comment is its note
# and the claims it waits for) or withdrawn before it went out.
EMBARGO_SET_ACTION = "set_embargo"
EMBARGO_CLEARED_ACTION = "clear_embargo"
CORRECTION_HELD_ACTION = "hold_correction"
CORRECTION_WITHDRAWN_ACTION = "withdraw_correction"


class WorkflowEvent(models.Model):
    """The audit trail: every transition (and every gate waiver) with who, when, from, to and why."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    action = models.CharField(max_length=40)
    from_status = models.CharField(max_length=20, choices=STATUS_CHOICES)
    to_status = models.CharField(max_length=20, choices=STATUS_CHOICES)
    comment = models.TextField(blank=True)
    # The publication time a "schedule" step set. The article's own time is cleared when it leaves the
    # schedule (unscheduled, published, sent back), so this is the record of when it was meant to go out.
    scheduled_for = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.action}: {self.from_status} → {self.to_status}"

    @property
    def actor_display(self) -> str:
        return person_name(self.actor) if self.actor_id else "system"


class EditorialComment(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(validators=[validate_clean_text])
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Comment by {person_name(self.author)} on {self.article_id}"


class ReviewQueueArticle(Article):
    """The editors' review queue in the admin: same rows as Article, listed by selectors.review_queue()."""

    class Meta:
        proxy = True
        # The admin counts rows with the plural: "3 articles in review", not "3 review queue".
        verbose_name = "article in review"
        verbose_name_plural = "articles in review"


class WireImport(models.Model):
    """One wire file taken into an article. The newsroom's record of what it has imported, so that the
    same copy imported again (the same files run twice, or one story saved twice under two names) finds
    the draft it made instead of putting every claim in front of the desk a second time, and a later
    version of a story (UPDATE 2) finds the draft of the earlier one to replace its copy."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="wire_imports")
    file_name = models.CharField(max_length=255)
    # SHA-256 of the headline and body as stored, so that the same copy sent with other line ends, a
    # byte order mark or decomposed accents is still the same copy.
    copy_fingerprint = models.CharField(max_length=64, unique=True)
    # What finds the story again when the agency sends a later version of it: its slug line's keyword
    # and its headline (without "UPDATE 2-"), compared case-blind; and which version this was.
    slug = models.CharField(max_length=120, blank=True, db_index=True)
    headline_key = models.CharField(max_length=200, blank=True, db_index=True)
    version_tag = models.CharField(max_length=60, blank=True)
    update_number = models.PositiveSmallIntegerField(default=0)
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    imported_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-imported_at", "-id"]

    def __str__(self):
        return f"{self.file_name} → article {self.article_id}"


class HeldCorrection(models.Model):
    """A correction to published copy that waits for the fact-check desk before readers see it.

    Its corrected copy brings claims the desk has not cleared (new, or reworded, since the copy readers
    have), so it does not go out: it is the article's newest revision, which the scan reads and the desk
    checks, while the article's own headline, standfirst and body stay the copy readers have
    (`live_revision`). It goes out by itself once the desk clears those claims, or when an editor not
    on the byline waives them with a reason; an editor may change it (the correction page again) or
    withdraw it. One at a time per article: a second correction replaces the one held.
    """

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="held_correction")
    live_revision = models.ForeignKey(
        Revision, on_delete=models.CASCADE, related_name="+", help_text="The copy readers keep meanwhile."
    )
    note = models.TextField(help_text="The note readers will see under the article once it goes out.")
    # The keys (fingerprints) of the claims the corrected copy has that the copy readers have lacks: what
    # the desk must clear. Claims in sentences the correction left alone keep their rulings, as in a rescan.
    claim_keys = models.JSONField(default=list, blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["requested_at", "id"]

    def __str__(self):
        return f"Correction held for article {self.article_id}"

    @cached_property
    def revision_copy(self) -> Revision:
        """The corrected copy: the article's newest revision."""
        return Revision.objects.get(article_id=self.article_id, number=self.article.version)
