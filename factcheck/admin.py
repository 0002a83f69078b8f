"""The fact-check admin: claims, scan runs, and the claims of an article inline on its admin page.

Every ruling goes through services.claim_set_status (so it lands in the claim's history) and every
permission decision through permissions.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode

from articles.admin import ADMIN_MEDIA_CSS, ArticleAdmin, person_named
from articles.forms import CleanTextField
from articles.validators import NOTE_MAX_CHARS
from newsroom.admin_inlines import ListAddressChecks, ReadOnlyTabularInline
from newsroom.refusals import refusal_text

from . import permissions, selectors, services
from .models import VERDICT_STATUSES, Claim, ClaimCheck, ClaimStatus, ClaimStatusChange, ScanRun, Source


def _badge(label: str, css: str):
    """A status coloured by its class (static/css/newsroom_admin.css, in ADMIN_MEDIA_CSS)."""
    return format_html('<span class="admin-badge {}">{}</span>', css, label)


def claim_status_badge_html(claim: Claim):
    return _badge(claim.get_status_display(), f"claim-status-{claim.status}")


def _rescan(modeladmin, request, article_ids):
    queued = 0
    for article_id in article_ids:
        try:
            services.scan_article_rescan(article_id=article_id, user=request.user)
        except (PermissionDenied, ValidationError) as error:
            modeladmin.message_user(request, f"Article {article_id}: {error}", messages.WARNING)
        else:
            queued += 1
    if queued:
        modeladmin.message_user(request, f"{queued} article(s) queued for a new claim scan.", messages.SUCCESS)


# --- Claims ------------------------------------------------------------------------------------------


class ClaimAdminForm(forms.ModelForm):
    note = forms.CharField(
        label="Ruling note", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why this status: kept in the claim's history.",
    )
    sources = forms.CharField(
        label="Add sources", required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One a line: a web address (http or https) or a document reference.",
    )
    user = None  # set per request by ClaimAdmin.get_form
    # Set per request by ClaimAdmin.get_form when the service refused a ruling this form let through.
    refused_ruling: Exception | None = None

    class Meta:
        model = Claim
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "status" in self.fields and self.instance.pk:
            # Offer only the rulings this user may give (an editor may waive but not rule), and the
            # claim's own status; clean() still refuses any other a forged form sends.
            field = self.fields["status"]
            field.choices = [
                (value, label) for value, label in field.choices
                if value == self.instance.status or permissions.can_set_claim_status(self.user, self.instance, value)
            ]

    def clean(self):
        cleaned = super().clean()
        if self.refused_ruling is not None:
            # Said on the form, beside what was typed; the service's own words, field by field.
            refusal = self.refused_ruling
            if isinstance(refusal, ValidationError) and hasattr(refusal, "error_dict"):
                for field, errors in refusal.message_dict.items():
                    self.add_error(field if field in self.fields else "note", errors)
            else:
                self.add_error(None, " ".join(refusal.messages) if isinstance(refusal, ValidationError) else str(refusal))
            return cleaned
        status = cleaned.get("status")
        if status and status != self.instance.status:
            if not permissions.can_set_claim_status(self.user, self.instance, status):
                raise ValidationError({"status": "You cannot give this ruling."})
        if status in VERDICT_STATUSES and status != self.instance.status and not (cleaned.get("note") or "").strip():
            raise ValidationError({"note": "Say what the ruling rests on: a note is required."})
        if status in (ClaimStatus.VERIFIED, ClaimStatus.INACCURATE) and status != self.instance.status:
            if not (cleaned.get("sources") or "").strip() and not self.instance.sources.filter(check_type=ClaimCheck.FIGURE).exists():
                raise ValidationError({"sources": "A verified or inaccurate ruling needs at least one source."})
        return cleaned


class ClaimStatusChangeInline(ReadOnlyTabularInline):
    model = ClaimStatusChange
    fk_name = "claim"
    # A quoted figure has two checks: without the check, "unverified → verified" on whether the speaker
    # said it reads as the figure verified. A line with no person is the scan's, as on the claim page.
    fields = ["created_at", "by", "check_type", "from_status", "to_status", "note", "reused_from"]
    readonly_fields = fields

    @admin.display(description="By")
    def by(self, change):
        return change.actor_display

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor", "reused_from")


class ClaimChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        # The list never shows the sentence or the article's text.
        return super().get_queryset(request, exclude_parameters).defer(
            "sentence", "verdict", "article__body", "article__standfirst"
        )


@admin.register(Claim)
class ClaimAdmin(ListAddressChecks, admin.ModelAdmin):
    form = ClaimAdminForm
    list_display = ["short_text", "kind", "status_badge", "value_display", "speaker", "article", "desk", "is_present"]
    # No filter by article (a link per article: 100k of them) and no related-only desk filter (a DISTINCT
    # over every claim): search "=<article id>" narrows to one article. See bench/desk/queue_bench.py.
    list_filter = ["status", "kind", "is_present", "article__desk"]
    show_full_result_count = False
    # The newest articles first, each one's claims in text order: read along the article index.
    ordering = ["-article_id", "start", "id"]
    search_fields = ["text", "speaker", "article__headline", "=article__id"]
    list_select_related = ["article", "article__desk"]
    list_per_page = 100
    inlines = [ClaimStatusChangeInline]
    readonly_fields = [
        "article", "kind", "text", "sentence", "value_display", "value", "low", "high", "unit", "qualifier",
        "direction", "speaker", "quoted", "score", "status_badge", "verdict", "checker", "is_present",
        "replaces", "first_seen_revision", "last_seen_revision", "fingerprint", "version", "created_at", "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["article", "kind", "text", "sentence", "speaker", "quoted"]}),
        ("Figure", {"fields": ["value_display", "value", "low", "high", "unit", "qualifier", "direction"]}),
        ("Ruling", {"fields": ["status_badge", "status", "note", "verdict", "sources", "checker"]}),
        (
            "Scan",
            {
                "classes": ["collapse"],
                "fields": ["is_present", "replaces", "first_seen_revision", "last_seen_revision", "fingerprint",
                           "score", "version", "created_at", "updated_at"],
            },
        ),
    ]
    actions = ["rescan_articles"]

    class Media:
        css = ADMIN_MEDIA_CSS

    @admin.display(description="Claim", ordering="text")
    def short_text(self, claim):
        return claim.text if len(claim.text) <= 80 else claim.text[:79] + "…"

    @admin.display(description="Status", ordering="status")
    def status_badge(self, claim):
        return claim_status_badge_html(claim)

    @admin.display(description="Value")
    def value_display(self, claim):
        return claim.value_display

    @admin.display(description="Desk", ordering="article__desk__name")
    def desk(self, claim):
        return claim.article.desk

    # People on the desk's admin pages are named as on the claim page, and as text: the user field
    # itself shows the sign-in name, linked to an account page only the superuser may open.
    @admin.display(description="Assigned to")
    def checker(self, claim):
        return person_named(claim.assigned_to)

    def get_changelist(self, request, **kwargs):
        return ClaimChangeList

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change, **kwargs)
        form_class.user = request.user
        form_class.refused_ruling = getattr(request, "_claim_ruling_refused", None)
        return form_class

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (ValidationError, PermissionDenied, services.ClaimConflict) as refusal:
            if getattr(request, "_claim_ruling_refused", None) is not None:
                raise
            # The service refused the ruling (a note or a source it does not accept) and the save has
            # rolled back: the form again, with its error and the note and sources as typed, rather
            # than "changed successfully" over a ruling that was not made.
            request._claim_ruling_refused = refusal
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        services.claim_set_status(
            claim_id=obj.pk,
            user=request.user,
            status=form.cleaned_data["status"],
            note=form.cleaned_data.get("note", ""),
            sources=form.cleaned_data.get("sources"),
        )

    def has_module_permission(self, request):
        return permissions.can_use_admin_for_claims(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.can_use_admin_for_claims(request.user)

    def has_change_permission(self, request, obj=None):
        return permissions.can_use_admin_for_claims(request.user) and (
            request.user.has_perm(permissions.CHECK_PERMISSION) or request.user.has_perm(permissions.WAIVE_PERMISSION)
        )

    def has_add_permission(self, request):
        return False  # claims come from scans

    def has_delete_permission(self, request, obj=None):
        return False  # a claim that left the text is marked gone, never deleted

    def has_rescan_permission(self, request):
        return permissions.can_rescan_any(request.user)

    @admin.action(permissions=["rescan"], description="Rescan the articles of the selected claims")
    def rescan_articles(self, request, queryset):
        _rescan(self, request, sorted(set(queryset.values_list("article_id", flat=True))))


# --- Scan runs ---------------------------------------------------------------------------------------


class ScanReasonFilter(admin.SimpleListFilter):
    """Why a scan was queued, named by the code rather than read from every scan run (see
    articles.admin: a filter on a plain text field is a DISTINCT over the whole table)."""

    title = "reason"
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        return [("save", "A saved revision"), ("rescan", "Rescan asked for"), ("sweep", "Queued by the sweeper")]

    def queryset(self, request, queryset):
        return queryset.filter(reason=self.value()) if self.value() else queryset


@admin.register(ScanRun)
class ScanRunAdmin(ListAddressChecks, admin.ModelAdmin):
    list_display = [
        "revision", "article", "status_badge", "reason", "attempts", "queued_at", "duration",
        "claims_found", "claims_new", "claims_reopened", "claims_gone", "error_summary",
    ]
    list_filter = ["status", ScanReasonFilter, "article__desk", "queued_at"]
    show_full_result_count = False
    search_fields = ["article__headline", "error", "=article__id"]
    list_select_related = ["article", "revision"]
    list_per_page = 100
    fields = [
        "article", "revision", "status", "reason", "requested_by_named", "attempts", "queued_at", "published_at",
        "started_at", "finished_at", "claims_found", "claims_new", "claims_kept", "claims_reopened", "claims_gone",
        "error",
    ]
    readonly_fields = fields
    actions = ["rescan_articles"]

    class Media:
        css = ADMIN_MEDIA_CSS

    def get_queryset(self, request):
        return super().get_queryset(request).defer("revision__body", "revision__standfirst", "article__body")

    @admin.display(description="Status", ordering="status")
    def status_badge(self, run):
        return _badge(run.get_status_display(), f"scan-status-{run.status}")

    @admin.display(description="Requested by")
    def requested_by_named(self, run):
        return person_named(run.requested_by)

    @admin.display(description="Took")
    def duration(self, run):
        return f"{run.duration_ms} ms" if run.duration_ms is not None else "–"

    @admin.display(description="Error")
    def error_summary(self, run):
        return run.error_summary[:120]

    def has_module_permission(self, request):
        return permissions.can_use_admin_for_scans(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.can_use_admin_for_scans(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_rescan_permission(self, request):
        return permissions.can_rescan_any(request.user)

    @admin.action(permissions=["rescan"], description="Rescan the articles of the selected scans")
    def rescan_articles(self, request, queryset):
        _rescan(self, request, sorted(set(queryset.values_list("article_id", flat=True))))


# --- On the article admin ----------------------------------------------------------------------------


# An article can have thousands of claims (4,561 made an 8 MB change page); the inline shows the ones
# the desk would take first and links to the claim list for the rest.
CLAIMS_SHOWN_INLINE = 50


class ClaimInlineFormSet(BaseInlineFormSet):
    claims_total = 0  # set per request by ClaimInline.get_formset

    def get_queryset(self):
        # Kept once sliced: the formset counts, indexes and iterates it, all from one query.
        if not hasattr(self, "_claims_shown"):
            self._claims_shown = super().get_queryset()[:CLAIMS_SHOWN_INLINE]
        return self._claims_shown


class ClaimInline(ReadOnlyTabularInline):
    model = Claim
    fk_name = "article"
    formset = ClaimInlineFormSet
    template = "admin/factcheck/claim/inline_on_article.html"
    fields = ["text", "kind", "status_badge", "value_display", "speaker", "is_present"]
    readonly_fields = fields
    show_change_link = True
    verbose_name_plural = "Claims flagged by the scan"

    def get_queryset(self, request):
        return selectors.claims_in_desk_order(super().get_queryset(request).defer("sentence", "verdict"))

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        total = Claim.objects.filter(article=obj).count() if obj is not None else 0
        formset.claims_total = total
        formset.claims_total_display = f"{total:,}"
        formset.claims_shown = min(total, CLAIMS_SHOWN_INLINE)
        formset.all_claims_url = (
            f"{reverse('admin:factcheck_claim_changelist')}?{urlencode({'article__id__exact': obj.pk})}" if obj else ""
        )
        # Inline instances are made per request, so the heading can carry this article's count.
        if total > CLAIMS_SHOWN_INLINE:
            self.verbose_name_plural = f"Claims flagged by the scan: {formset.claims_shown} of {total:,} shown"
        elif total:
            self.verbose_name_plural = f"Claims flagged by the scan: {total:,}"
        return formset

    @admin.display(description="Status")
    def status_badge(self, claim):
        return claim_status_badge_html(claim)

    @admin.display(description="Value")
    def value_display(self, claim):
        return claim.value_display

    def has_view_permission(self, request, obj=None):
        return permissions.can_use_admin_for_claims(request.user)


@admin.action(permissions=["rescan"], description="Rescan the selected articles for claims")
def rescan_articles(modeladmin, request, queryset):
    _rescan(modeladmin, request, list(queryset.values_list("pk", flat=True)))


def _article_admin_has_rescan_permission(self, request):
    return permissions.can_rescan_any(request.user)


# The article admin belongs to the editorial app; the fact-check app adds its claims and its action.
ArticleAdmin.inlines = [*ArticleAdmin.inlines, ClaimInline]
ArticleAdmin.actions = [*ArticleAdmin.actions, rescan_articles]
ArticleAdmin.has_rescan_permission = _article_admin_has_rescan_permission


# --- The fact-check gate on the article admin --------------------------------------------------------


class GateWaiverForm(forms.Form):
    reason = CleanTextField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        strip=True,
        max_length=NOTE_MAX_CHARS,
        help_text="Why these articles may go out with claims the desk has not cleared. Kept in their history.",
    )


@dataclass(frozen=True)
class _WaiverStep:
    """Stands in for a workflow transition on the article admin's confirmation page."""

    label: str = "Waive the fact-check gate"


@admin.action(permissions=["waive_gate"], description="Waive fact-check gate…")
def waive_fact_check_gate(modeladmin, request, queryset):
    """Ask for one reason, then waive every claim that holds each selected article back."""
    if "apply" in request.POST:
        form = GateWaiverForm(request.POST)
        if form.is_valid():
            for article in queryset.select_related(None).only("pk", "headline"):
                try:
                    waived = services.article_waive_gate(
                        article_id=article.pk, user=request.user, reason=form.cleaned_data["reason"]
                    )
                except (PermissionDenied, ValidationError) as error:
                    modeladmin.message_user(request, f"“{article.headline}”: {refusal_text(error)}", messages.ERROR)
                else:
                    modeladmin.message_user(
                        request, f"“{article.headline}”: fact-check gate waived for {len(waived)} claim(s).",
                        messages.SUCCESS,
                    )
                    held = selectors.inaccurate_claims_blocking(article)
                    if held:
                        modeladmin.message_user(
                            request, f"“{article.headline}”: {selectors.describe_inaccurate_claims_held(held)}",
                            messages.WARNING,
                        )
            return None
    else:
        form = GateWaiverForm()
    articles = list(queryset.select_related(None).only("pk", "headline", "status", "version"))
    for article in articles:
        # What the waiver would cover and what it leaves, shown before the editor confirms.
        preview = selectors.gate_waiver_preview(article)
        article.waiver_covers = [selectors.describe_blocking_claim(c) for c in preview.covers]
        article.waiver_holds = [selectors.describe_blocking_claim(c) for c in preview.holds]
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": f"Waive the fact-check gate: {queryset.count()} selected",
        "transition": _WaiverStep(),
        "form": form,
        "articles": articles,
        "action_name": "waive_fact_check_gate",
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "opts": modeladmin.opts,
        "media": modeladmin.media + form.media,
    }
    return TemplateResponse(request, modeladmin.transition_form_template, context)


def _article_admin_has_waive_gate_permission(self, request):
    return permissions.can_waive(request.user)


class SourceInline(ReadOnlyTabularInline):
    model = Source
    fields = ["check_type", "kind", "reference", "note", "source_added_by", "added_at"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("added_by")

    @admin.display(description="Added by")
    def source_added_by(self, source):
        return person_named(source.added_by)


ArticleAdmin.actions = [*ArticleAdmin.actions, waive_fact_check_gate]
ArticleAdmin.has_waive_gate_permission = _article_admin_has_waive_gate_permission
ClaimAdmin.inlines = [*ClaimAdmin.inlines, SourceInline]
