"""The editors' admin. Every write goes through services.py and every decision through permissions.py,
so the admin behaves exactly like the web pages; it adds bulk workflow actions and a review queue."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import prefetch_related_objects
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe

from newsroom.admin_inlines import ListAddressChecks, NewestRowsInline, ReadOnlyTabularInline
from newsroom.people import person_name
from newsroom.refusals import refusal_text
from newsroom.times import as_recorded

from . import permissions, selectors, services
from .diffing import CONFLICT_CONTEXT_CHARS, has_changes, word_diff_html
from .forms import CleanTextField, EditorChoiceField, ReporterChoiceField, reporter_choices
from .models import (
    EMBARGO_CLEARED_ACTION,
    EMBARGO_SET_ACTION,
    Article,
    Desk,
    EditorialComment,
    ReviewQueueArticle,
    Revision,
    WorkflowEvent,
)
from .validators import NOTE_MAX_CHARS, validate_new_deadline, validate_storable_time
from .workflow import (
    STATUS_LABELS,
    TRANSITIONS,
    IllegalTransition,
    Status,
    cleared_copy_edit_warning,
    step_done_label,
    steps_left_to_another_editor,
    steps_taken_from,
    transition_named,
)

COPY_FIELDS = [("headline", "Headline"), ("standfirst", "Standfirst"), ("body", "Body")]


# The admin's own stylesheet: the status badges' colours (which the Content-Security-Policy would refuse
# in a style attribute) and the edit conflict's diff.
ADMIN_MEDIA_CSS = {"all": ["css/newsroom_admin.css"]}


def status_badge_html(status: str):
    status = Status(status)
    return format_html('<span class="admin-badge status-badge status-{}">{}</span>', status.value, STATUS_LABELS[status])


def person_named(person) -> str:
    """A person on an article's page, as plain text: Django links a read-only user to their account
    page, which only the superuser may open (an editor got a "403 Forbidden"), and did not say who
    has left."""
    return selectors.person_label(person) if person is not None else "—"


def _logged_step(name: str, from_status: str, scheduled_for=None) -> str:
    """A workflow step as the admin's log ("Recent actions", an article's history) says it: by its
    name once done, and a schedule with the time it goes out at, the one thing an editor checks."""
    done = step_done_label(name, from_status)
    return f"{done} for {as_recorded(scheduled_for)}" if scheduled_for else done


def _selected(queryset):
    # The action only needs to name each article; the service loads and locks it again.
    return queryset.select_related(None).only("pk", "headline", "status", "version")


# --- The way back from a workflow action sent from an article's page -------------------------------

# The field the Workflow box of an article's page sends its own address in, as Django's sign-in does.
RETURN_ADDRESS_FIELD = "next"


def return_address(request, admin_site) -> str:
    """Where an action sent with a return address goes back to once done: that address, if it is a
    page of this admin on this site; "" otherwise, and the action goes back to its list as usual.

    The address comes with the request, so it is no more trusted than anything else in it: followed
    blindly, a link or form made elsewhere could have the newsroom's admin send an editor on to a
    page made to look like it."""
    address = request.POST.get(RETURN_ADDRESS_FIELD, "")
    if not address or not url_has_allowed_host_and_scheme(
        address, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    path = urlsplit(address).path
    # "/admin/../elsewhere/" resolves as an admin page here and is another page in the browser.
    if any(segment in {".", ".."} for segment in path.split("/")):
        return ""
    try:
        page = resolve(path)
    except Resolver404:
        return ""
    # A named page of this admin: its catch-all, which answers any address under it, has no name.
    return address if admin_site.name in page.namespaces and page.url_name else ""


# --- Change form with optimistic concurrency -------------------------------------------------------


class EditConflictReport:
    """What another editor changed between the version this form was opened at and the stored one."""

    def __init__(self, conflict: services.EditConflict):
        self.message = str(conflict)
        self.base_version = conflict.base_version
        self.current_version = conflict.article.version
        base, current = conflict.base_revision, conflict.current_revision
        self.saved_by = current.created_by if current else None
        self.saved_at = current.created_at if current else None
        self.base_known = base is not None
        self.diffs = []
        for name, label in COPY_FIELDS:
            old = getattr(base, name, "") if base else ""
            new = getattr(current, name, "") if current else getattr(conflict.article, name)
            if has_changes(old, new):
                # word_diff_html escapes every word before wrapping it in <ins>/<del>.
                self.diffs.append((label, mark_safe(word_diff_html(old, new, context=CONFLICT_CONTEXT_CHARS))))


class ArticleAdminForm(forms.ModelForm):
    base_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    note = CleanTextField(
        label="Revision note",
        required=False,
        max_length=300,
        help_text="Optional: say what you changed, for the revision history.",
    )
    # Set per request by ArticleAdmin.get_form when the service refused a save that this form let through.
    refused_save: Exception | None = None

    class Meta:
        model = Article
        fields = ["headline", "standfirst", "body", "deadline", "co_authors", "assigned_editor", "embargo_until"]
        field_classes = {"headline": CleanTextField, "standfirst": CleanTextField, "body": CleanTextField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.edit_conflict = None
        if "embargo_until" in self.fields:
            # The boxes carry no zone: say which one the newsroom's times are in.
            self.fields["embargo_until"].help_text = (
                "The copy cannot be published, or scheduled, before this time; no reason lets it out sooner. "
                f"In the newsroom's time, {timezone.get_current_timezone_name()}. Empty both boxes to clear it."
            )
        if self.instance.pk is not None and "base_version" in self.fields:
            self.fields["base_version"].initial = self.instance.version
        if self.instance.pk is not None and "co_authors" in self.fields:
            # Offered still when they left or changed role, or saving would drop them from the byline.
            # Never the author, as on the web form: the byline has them already, and the service drops
            # them from the co-authors, so choosing them would be a change that silently does nothing.
            self.fields["co_authors"].queryset = reporter_choices(
                exclude=self.instance.author, keep=self.instance.co_authors.all()
            )

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        validate_new_deadline(deadline, self.instance.deadline if self.instance.pk else None)
        return deadline

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None or "base_version" not in self.fields:
            return cleaned
        if isinstance(self.refused_save, ValidationError):
            raise self.refused_save
        base_version = cleaned.get("base_version")
        if base_version is None:
            return cleaned
        # The admin runs the POST in one transaction, so this lock holds until the service has saved.
        current = Article.objects.select_for_update().get(pk=self.instance.pk)
        if current.version != base_version and self.refused_save is None:
            # Left to the service, which tells the same save sent twice (its copy is the copy stored:
            # CopyAlreadySaved, said so by save_model) from a save over someone's changes (EditConflict,
            # which brings the form back here with refused_save set).
            return cleaned
        if current.version != base_version or self.refused_save is not None:
            conflict = services.EditConflict(article=current, base_version=base_version)
            self.edit_conflict = EditConflictReport(conflict)
            # The next save is a deliberate one, made after seeing the changes: base it on the stored version.
            self.data = self.data.copy()
            self.data[self.add_prefix("base_version")] = current.version
            raise ValidationError(str(conflict), code="edit_conflict")
        return cleaned


# --- Inlines ----------------------------------------------------------------------------------------


class ReadOnlyInline(NewestRowsInline):
    """The article's revisions and workflow events: its newest ones, with a link to all of them."""

    show_change_link = False
    fk_name = "article"

    def has_view_permission(self, request, obj=None):
        return permissions.can_use_admin_for_articles(request.user) and (
            obj is None or permissions.can_view_article(request.user, obj)
        )


class RevisionInline(ReadOnlyInline):
    model = Revision
    fields = ["number", "saved_by", "created_at", "note", "compare"]
    readonly_fields = fields
    ordering = ["-number"]
    all_rows_label = "in the revision history"

    def all_rows_url(self, article):
        return reverse("articles:revisions", args=[article.pk])

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("created_by").defer("body", "standfirst")

    @admin.display(description="Created by")
    def saved_by(self, revision):
        return person_named(revision.created_by)

    @admin.display(description="Changes")
    def compare(self, revision):
        if revision.pk is None or revision.number <= 1:
            return "—"
        try:
            url = reverse("articles:revision_compare", args=[revision.article_id, revision.number - 1, revision.number])
        except NoReverseMatch:
            return "—"
        return format_html('<a href="{}">compare with r{}</a>', url, revision.number - 1)


class WorkflowEventInline(ReadOnlyInline):
    model = WorkflowEvent
    verbose_name = "workflow event"
    fields = ["action", "taken_by", "from_status", "to_status", "comment", "scheduled_for", "created_at"]
    readonly_fields = fields
    ordering = ["-created_at", "-id"]
    all_rows_label = "in the workflow event list"

    @admin.display(description="Actor")
    def taken_by(self, event):
        return person_named(event.actor) if event.actor_id else "system"

    def all_rows_url(self, article):
        return f"{reverse('admin:articles_workflowevent_changelist')}?{urlencode({'article__id__exact': article.pk})}"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


class EditorialCommentInline(admin.TabularInline):
    """Editors add notes here; existing notes are part of the record and stay as written."""

    model = EditorialComment
    extra = 1
    can_delete = False
    fields = ["body", "written_by", "created_at"]
    readonly_fields = ["written_by", "created_at"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}}

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")

    @admin.display(description="Author")
    def written_by(self, comment):
        return person_named(comment.author) if comment.pk else "—"

    def has_view_permission(self, request, obj=None):
        return permissions.can_use_admin_for_articles(request.user) and (
            obj is None or permissions.can_see_editorial_notes(request.user, obj)
        )

    def has_add_permission(self, request, obj=None):
        return obj is not None and permissions.can_use_admin_for_articles(request.user) and (
            permissions.can_comment(request.user, obj)
        )

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# --- Workflow action forms --------------------------------------------------------------------------


class TransitionCommentForm(forms.Form):
    # Checked here as the service checks it, so that a refused reason stays on this page, typed,
    # instead of being refused for each selected article after the page has gone.
    comment = CleanTextField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}), strip=True, max_length=NOTE_MAX_CHARS,
    )


class CorrectionNoteForm(forms.Form):
    """The bulk correction adds the note readers see; the text is corrected on the article's own page."""

    comment = CleanTextField(
        label="Correction note readers see", widget=forms.Textarea(attrs={"rows": 4, "cols": 60}), strip=True,
        max_length=NOTE_MAX_CHARS,
        help_text=(
            "This adds a note only: the published text stays as it is. To change the text, open the "
            "article and use “Publish a correction…” there."
        ),
    )


class ScheduleForm(forms.Form):
    scheduled_for = forms.DateTimeField(
        label="Publish at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text="Time zone: %s." % timezone.get_default_timezone_name(),
        validators=[validate_storable_time],
    )

    def clean_scheduled_for(self):
        value = self.cleaned_data["scheduled_for"]
        if value <= timezone.now():
            raise ValidationError(services.publication_time_passed())
        return value


# --- List filters whose choices cost no scan of the listed table ------------------------------------
# Django's related-only filter and its filter on a plain text field gather their choices with a
# DISTINCT over every row of the list, and a date drill-down with a DISTINCT over every date: on
# a newsroom's years of articles, events and scans, each is a read of the whole table per page.


class PeopleWithPermissionFilter(admin.RelatedFieldListFilter):
    """The people who hold a role's permission (a users query, small), whether or not they appear yet."""

    permission = ""

    def field_choices(self, field, request, model_admin):
        return selectors.people_by_name(selectors.users_with_permission(self.permission, include_deactivated=True))


class ReporterFilter(PeopleWithPermissionFilter):
    permission = permissions.REPORTER_PERMISSION


class EditorFilter(PeopleWithPermissionFilter):
    permission = permissions.EDITOR_PERMISSION

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The article's page says "not assigned"; the admin's "-" read as a person with no name.
        self.empty_value_display = "Not assigned"


class ReviewQueueStatusFilter(admin.SimpleListFilter):
    """The statuses the review queue holds, and no other: the status field's own filter offered every
    status (Draft, Published, Killed...), each of which showed an empty list."""

    title = "status"
    # The address the status field's filter used, so that a link to a filtered queue still works.
    parameter_name = "status__exact"

    def lookups(self, request, model_admin):
        return [(status.value, status.label) for status in selectors.REVIEW_QUEUE_STATES]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if self.value() not in {status.value for status in selectors.REVIEW_QUEUE_STATES}:
            # The whole queue, and the list says its address asked for a status it never holds.
            raise IncorrectLookupParameters(f"The review queue holds no {self.value()!r} articles.")
        return queryset.filter(status=self.value())


class EventActionFilter(admin.SimpleListFilter):
    """The steps and records the services write, named by the code rather than read from every event."""

    title = "action"
    parameter_name = "action"

    def lookups(self, request, model_admin):
        from factcheck.selectors import FAILED_SCAN_WAIVER_ACTION, GATE_WAIVER_ACTION  # builds on this app

        recorded = [
            ("create", "Create"),
            ("assign", "Assign editor"),
            (EMBARGO_SET_ACTION, "Set embargo"),
            (EMBARGO_CLEARED_ACTION, "Clear embargo"),
            ("publish_blocked", "Publishing on schedule refused"),
            (GATE_WAIVER_ACTION, "Waive the fact-check gate"),
            (FAILED_SCAN_WAIVER_ACTION, "Waive a failed scan"),
        ]
        return [*recorded[:4], *((t.name, t.label) for t in TRANSITIONS.values()), *recorded[4:]]

    def queryset(self, request, queryset):
        return queryset.filter(action=self.value()) if self.value() else queryset


class ArticleChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        # A body can be 100,000 characters; the list never shows it.
        return super().get_queryset(request, exclude_parameters).defer("body", "standfirst")


# --- Article admin ----------------------------------------------------------------------------------


@admin.register(Article)
class ArticleAdmin(ListAddressChecks, admin.ModelAdmin):
    form = ArticleAdminForm
    change_form_template = "admin/articles/article/change_form.html"
    transition_form_template = "admin/articles/article/transition_form.html"
    list_display = ["headline", "status_badge", "desk", "author_named", "assigned_editor_named", "deadline", "updated_at"]
    list_filter = [
        "status",
        "desk",
        ("author", ReporterFilter),
        ("assigned_editor", EditorFilter),
        "deadline",
    ]
    # The lists name people by full name, so a search by name finds them too.
    search_fields = ["headline", "standfirst", "author__username", "author__first_name", "author__last_name"]
    list_select_related = ["desk", "author", "assigned_editor"]
    list_per_page = 50
    filter_horizontal = ["co_authors"]
    inlines = [EditorialCommentInline, WorkflowEventInline, RevisionInline]
    # The status moves only through the workflow actions; the slug is fixed at creation so links never break.
    readonly_fields = [
        "status_badge",
        "version",
        "slug",
        "desk",
        "written_by",
        "scheduled_for",
        "published_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["headline", "standfirst", "body", "note", "base_version"]}),
        ("Assignment", {"fields": ["desk", "written_by", "co_authors", "assigned_editor", "deadline"]}),
        (
            "Workflow",
            {
                "fields": [
                    "status_badge",
                    "version",
                    "embargo_until",
                    "scheduled_for",
                    "published_at",
                    "slug",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    actions = [
        "assign_to_me",
        "start_review",
        "request_changes",
        "approve",
        "schedule",
        "publish",
        "unschedule",
        "kill",
        "restore",
        "correct",
        "archive",
        "unarchive",
    ]

    class Media:
        css = ADMIN_MEDIA_CSS

    @admin.display(description="Status", ordering="status")
    def status_badge(self, article):
        return status_badge_html(article.status)

    @admin.display(description="Author")
    def written_by(self, article):
        return person_named(article.author)

    @admin.display(description="Co authors")
    def co_written_by(self, article):
        return ", ".join(person_named(person) for person in article.co_authors.all()) or "—"

    @admin.display(description="Assigned editor")
    def edited_by(self, article):
        return person_named(article.assigned_editor) if article.assigned_editor_id else "Not assigned"

    # The lists name people as their filters do, by full name: a column of sign-in names beside a
    # filter of full names read as two sets of people.
    @admin.display(description="Author", ordering="author")
    def author_named(self, article):
        return person_name(article.author)

    @admin.display(description="Assigned editor", ordering="assigned_editor")
    def assigned_editor_named(self, article):
        return person_name(article.assigned_editor) if article.assigned_editor_id else "Not assigned"

    # Permissions: the admin defaults ignore the object, so each one asks permissions.py.

    def has_module_permission(self, request):
        return permissions.can_use_admin_for_articles(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.can_use_admin_for_articles(request.user) and (
            obj is None or permissions.can_view_article(request.user, obj)
        )

    def has_change_permission(self, request, obj=None):
        return permissions.can_use_admin_for_articles(request.user) and (
            obj is None or permissions.can_edit_copy(request.user, obj)
        )

    def has_add_permission(self, request):
        # Reporters start drafts in the web app, where article_create assigns authorship.
        return False

    def has_delete_permission(self, request, obj=None):
        return permissions.can_use_admin_for_articles(request.user) and permissions.can_delete_article(
            request.user, obj
        )

    def _may_offer(self, request, transition_name):
        return permissions.can_use_admin_for_articles(request.user) and permissions.can_offer_transition(
            request.user, transition_name
        )

    def has_assign_to_me_permission(self, request):
        return permissions.can_use_admin_for_articles(request.user)

    def has_start_review_permission(self, request):
        return self._may_offer(request, "start_review")

    def has_request_changes_permission(self, request):
        return self._may_offer(request, "request_changes")

    def has_approve_permission(self, request):
        return self._may_offer(request, "approve")

    def has_schedule_permission(self, request):
        return self._may_offer(request, "schedule")

    def has_publish_permission(self, request):
        return self._may_offer(request, "publish")

    def has_kill_permission(self, request):
        return self._may_offer(request, "kill")

    def has_correct_permission(self, request):
        return self._may_offer(request, "correct")

    def has_unschedule_permission(self, request):
        return self._may_offer(request, "unschedule")

    def has_restore_permission(self, request):
        return self._may_offer(request, "restore")

    def has_archive_permission(self, request):
        return self._may_offer(request, "archive")

    def has_unarchive_permission(self, request):
        return self._may_offer(request, "unarchive")

    # Lists.

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_editor":
            # Named and ordered as the co-author box beside it names and orders reporters.
            editors = selectors.users_with_permission(permissions.EDITOR_PERMISSION)
            kwargs["queryset"] = editors.order_by("last_name", "first_name", "username")
            kwargs["form_class"] = EditorChoiceField
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "co_authors":
            # The reporters, as the web form offers them, with the same checks.
            kwargs["queryset"] = reporter_choices()
            kwargs["form_class"] = ReporterChoiceField
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    # Change form: saved through services.article_save_copy, refused when based on an older version.

    def get_fieldsets(self, request, obj=None):
        if obj is not None and self.has_change_permission(request, obj):
            return self.fieldsets
        # Read-only view: the form-only fields have nothing to show, and the people fields are named as
        # the author is (shown as they are, they would be sign-in names, linked to account pages).
        hidden = {"note", "base_version"}
        named = {"co_authors": "co_written_by", "assigned_editor": "edited_by"}
        return [
            (name, {**options, "fields": [named.get(f, f) for f in options["fields"] if f not in hidden]})
            for name, options in self.fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and not permissions.can_change_embargo(request.user, obj):
            readonly.append("embargo_until")
        return readonly

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change, **kwargs)
        # modelform_factory builds a fresh class per call, so this stays with this request.
        form_class.refused_save = getattr(request, "_article_save_refused", None)
        return form_class

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if object_id is not None:
            # Published copy is read-only here; it changes only by a correction, on its own page.
            article = self.get_object(request, object_id)
            if (
                request.method == "POST"
                and article is not None
                and self.has_view_permission(request, article)
                and not self.has_change_permission(request, article)
            ):
                return self._copy_no_longer_editable(request, article)
            if article is not None and permissions.can_take_transition(request.user, article, "correct"):
                extra_context = {**(extra_context or {}), "correction_url": reverse("articles:correct", args=[article.pk])}
            if article is not None and self.has_view_permission(request, article):
                # The copy shown is what readers have; a correction waiting for the desk is said, with
                # where it is waived, changed or withdrawn.
                extra_context = {**(extra_context or {}), "held_correction": selectors.held_correction_for(article)}
            if article is not None and self.has_change_permission(request, article):
                warning = cleared_copy_edit_warning(article.status, saved=False)
                extra_context = {**(extra_context or {}), "cleared_copy_warning": warning}
            if article is not None and self.has_view_permission(request, article):
                extra_context = {**(extra_context or {}), "workflow_box": self._workflow_box(request, article)}
            viewed = article is not None and request.method == "GET" and self.has_view_permission(request, article)
            withheld = permissions.steps_withheld_from_writer(request.user, article) if viewed else []
            if withheld:
                # The workflow actions are offered on the list for every article; on their own story's
                # page a writer who is also an editor is told before trying that they are not theirs.
                self.message_user(request, steps_left_to_another_editor(withheld), messages.INFO)
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (services.EditConflict, ValidationError) as refusal:
            if getattr(request, "_article_save_refused", None) is not None:
                raise
            # The transaction has rolled back; render the form again with the refusal as its error,
            # so the editor keeps their text instead of meeting an error page.
            request._article_save_refused = refusal
            return super().changeform_view(request, object_id, form_url, extra_context)

    def _workflow_box(self, request, article) -> dict:
        """The Workflow box of the article's page: the article list's actions that this person may take
        on this article now. Each button sends that action for this one article, with this page as the
        way back, so that the action itself takes the step: its checks, its page asking for a comment
        or a time, and its messages, with no second copy of them here."""
        article_admin = self.admin_site.get_model_admin(Article)
        # The actions this person is given at all (publishing steps need the publishing permission)...
        offered = article_admin.get_actions(request)
        # ...kept to those the article's state and byline leave open to them. Every step is checked for
        # the byline (the four-eyes rule): its co-authors are read once, not once per step.
        prefetch_related_objects([article], "co_authors")
        open_steps = {transition.name for transition in permissions.steps_open_to(request.user, article)}
        if permissions.can_assign_self(request.user, article):
            open_steps.add("assign_to_me")
        return {
            "steps": [(name, description) for name, (_, _, description) in offered.items() if name in open_steps],
            "status_badge": status_badge_html(article.status),
            "action_url": reverse(f"{self.admin_site.name}:articles_article_changelist"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "return_address_field": RETURN_ADDRESS_FIELD,
            # The article's own page, not the review queue's: a step can take the article out of the queue.
            "return_to": reverse(f"{self.admin_site.name}:articles_article_change", args=[article.pk]),
        }

    def response_action(self, request, queryset):
        response = super().response_action(request, queryset)
        back_to = return_address(request, self.admin_site)
        if not back_to:
            return response
        # Done, refused or not sent at all, an action goes back to the list it came from; sent from an
        # article's page, back to that page instead. An action that answers with a page of its own (the
        # one asking for a comment or a time) is left to show it.
        if response is None or (
            isinstance(response, HttpResponseRedirect) and response.url == request.get_full_path()
        ):
            return HttpResponseRedirect(back_to)
        return response

    def log_change(self, request, obj, message):
        if getattr(request, "_article_copy_already_saved", None) is None:
            return super().log_change(request, obj, message)
        return None

    def response_change(self, request, obj):
        repeat = getattr(request, "_article_copy_already_saved", None)
        if repeat is None:
            return super().response_change(request, obj)
        # As the web form says it, and back to the copy as stored, rather than "changed successfully".
        self.message_user(request, repeat.describe(request.user), messages.INFO)
        return HttpResponseRedirect(request.path)

    def _copy_no_longer_editable(self, request, article):
        """A change form opened while the copy could be edited, sent after a colleague published or
        killed the article: say what happened and by whom, and give back what was typed."""
        moved = selectors.status_change_in_force(article)
        typed_comments = [
            value.strip() for name, value in request.POST.items()
            if name.startswith("comments-") and name.endswith("-body") and value.strip()
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "Not saved",
            "opts": self.opts,
            "original": article,
            "article": article,
            "moved": moved,
            "moved_by_step": transition_named(moved.action).label if moved and moved.action in TRANSITIONS else "",
            "typed": [
                (label, request.POST.get(name, "")) for name, label in COPY_FIELDS if request.POST.get(name, "").strip()
            ],
            "typed_comments": typed_comments,
            "correction_url": (
                reverse("articles:correct", args=[article.pk])
                if permissions.can_take_transition(request.user, article, "correct") else ""
            ),
        }
        return TemplateResponse(request, "admin/articles/article/copy_no_longer_editable.html", context, status=403)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        try:
            services.article_save_copy(
                article_id=obj.pk,
                user=request.user,
                base_version=data["base_version"],
                headline=data["headline"],
                standfirst=data.get("standfirst", ""),
                body=data.get("body", ""),
                note=data.get("note", ""),
                deadline=data.get("deadline"),
                co_authors=data["co_authors"] if "co_authors" in form.changed_data else None,
            )
        except services.CopyAlreadySaved as repeat:
            # The same form sent twice: nothing of it is saved again, its editorial comment included.
            request._article_copy_already_saved = repeat
            return
        if "assigned_editor" in form.changed_data:
            services.article_assign_editor(article_id=obj.pk, user=request.user, editor=data["assigned_editor"])
        if "embargo_until" in form.changed_data:
            services.article_set_embargo(article_id=obj.pk, user=request.user, embargo_until=data["embargo_until"])
        copy_changed = {"headline", "standfirst", "body"} & set(form.changed_data)
        warning = cleared_copy_edit_warning(obj.status, saved=True)
        if copy_changed and warning:
            # The scan runs after this save: say now what it may do, rather than move the article silently.
            self.message_user(request, warning, messages.WARNING)
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        # Co-authors were saved by the service in save_model; form.save_m2m() would bypass it.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request, form, formset, change):
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if formset.model is not EditorialComment:
            return  # revisions and events are written only by the services
        if getattr(request, "_article_copy_already_saved", None) is not None:
            return  # added when the form was first sent
        for comment_form in formset.extra_forms:
            body = comment_form.cleaned_data.get("body") if comment_form.has_changed() else None
            if body:
                formset.new_objects.append(
                    services.editorial_comment_add(article_id=form.instance.pk, user=request.user, body=body)
                )

    # Workflow actions: each calls the same service as the web pages, which checks every article again.
    # A step taken here is also written to the admin's own log, as Django logs the change form's saves:
    # "Recent actions" and the article's admin history are the record of what was done in the admin.
    # The record of every step by every route, the scheduler's included, is the article's workflow
    # events, which the service writes; a log entry needs a person, so it could never be that record.

    def _report(self, request, article, error):
        self.message_user(request, f"“{article.headline}”: {refusal_text(error)}", messages.ERROR)

    def _take_transition(self, request, queryset, name, **params):
        transition = transition_named(name)
        done = 0
        for article in _selected(queryset):
            try:
                # The step and its line in the admin's log are one change: neither without the other.
                with transaction.atomic():
                    moved = services.article_transition(article_id=article.pk, user=request.user, name=name, **params)
                    self.log_change(request, moved, _logged_step(name, article.status, params.get("scheduled_for")))
            except services.AlreadyScheduled as repeat:
                self._say_already_taken(request, article, repeat.notice(request.user))
            except IllegalTransition as error:
                # A colleague (or this editor's other click) may have taken the step a moment ago:
                # say who and when, as the article's web page does, rather than that it is refused.
                article.refresh_from_db(fields=["status", "scheduled_for"])
                notice = selectors.step_already_taken_notice(request.user, article, name)
                if notice is None:
                    self._report(request, article, error)
                else:
                    self._say_already_taken(request, article, notice)
            except (PermissionDenied, ValidationError) as error:
                self._report(request, article, error)
            else:
                done += 1
        if done:
            noun = "article" if done == 1 else "articles"
            goes_out = ""
            if transition.needs_schedule_time:
                # The time is what the editor must be sure of, and a scheduled article took the new one.
                goes_out = f": {'it goes' if done == 1 else 'they go'} out at {as_recorded(params['scheduled_for'])}"
            self.message_user(request, f"{transition.label}: done for {done} {noun}{goes_out}.", messages.SUCCESS)

    def _say_already_taken(self, request, article, notice):
        level = messages.WARNING if notice.by_someone_else else messages.INFO
        self.message_user(request, f"“{article.headline}”: {notice.text}", level)

    def _transition_with_form(self, request, queryset, name, form_class):
        """Ask for the comment or time on an intermediate page, then take the step for every selected article."""
        transition = transition_named(name)
        if "apply" in request.POST:
            form = form_class(request.POST)
            if form.is_valid():
                self._take_transition(request, queryset, name, **form.cleaned_data)
                return None
        else:
            form = form_class()
        articles = list(_selected(queryset))
        if transition.gated:
            # Said beside the form, so that a time it refuses and the claims that hold an article back
            # are read together, not one after the other. Imported late: the fact-check app builds on this one.
            from factcheck.selectors import publication_blockers

            for article in articles:
                article.held_back = publication_blockers(article).describe()
        context = {
            **self.admin_site.each_context(request),
            "title": f"{transition.label}: {len(articles)} selected",
            "transition": transition,
            "form": form,
            "articles": articles,
            "action_name": request.POST.get("action", name),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            # Sent from an article's page: carried through this page, and its way back leads there.
            "return_address_field": RETURN_ADDRESS_FIELD,
            "return_to": return_address(request, self.admin_site),
            "opts": self.opts,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, self.transition_form_template, context)

    @admin.action(description="Assign to me", permissions=["assign_to_me"])
    def assign_to_me(self, request, queryset):
        done = 0
        for article in _selected(queryset):
            try:
                with transaction.atomic():
                    assigned = services.article_assign_editor(article_id=article.pk, user=request.user, editor=request.user)
                    # Said as the article's history says it.
                    self.log_change(request, assigned, f"Assigned to {person_name(request.user)}")
            except (PermissionDenied, ValidationError) as error:
                self._report(request, article, error)
            else:
                done += 1
        if done:
            self.message_user(request, f"Assigned {done} to you.", messages.SUCCESS)

    @admin.action(description="Take for review", permissions=["start_review"])
    def start_review(self, request, queryset):
        self._take_transition(request, queryset, "start_review")

    @admin.action(description="Request changes…", permissions=["request_changes"])
    def request_changes(self, request, queryset):
        return self._transition_with_form(request, queryset, "request_changes", TransitionCommentForm)

    @admin.action(description="Approve", permissions=["approve"])
    def approve(self, request, queryset):
        self._take_transition(request, queryset, "approve")

    @admin.action(description="Schedule…", permissions=["schedule"])
    def schedule(self, request, queryset):
        return self._transition_with_form(request, queryset, "schedule", ScheduleForm)

    @admin.action(description="Publish now", permissions=["publish"])
    def publish(self, request, queryset):
        self._take_transition(request, queryset, "publish")

    @admin.action(description="Kill…", permissions=["kill"])
    def kill(self, request, queryset):
        return self._transition_with_form(request, queryset, "kill", TransitionCommentForm)

    @admin.action(description="Add a correction note (text unchanged)…", permissions=["correct"])
    def correct(self, request, queryset):
        return self._transition_with_form(request, queryset, "correct", CorrectionNoteForm)

    @admin.action(description="Unschedule", permissions=["unschedule"])
    def unschedule(self, request, queryset):
        self._take_transition(request, queryset, "unschedule")

    @admin.action(description="Restore to draft", permissions=["restore"])
    def restore(self, request, queryset):
        self._take_transition(request, queryset, "restore")

    @admin.action(description="Archive (unpublish)…", permissions=["archive"])
    def archive(self, request, queryset):
        return self._transition_with_form(request, queryset, "archive", TransitionCommentForm)

    @admin.action(description="Unarchive (republish)…", permissions=["unarchive"])
    def unarchive(self, request, queryset):
        return self._transition_with_form(request, queryset, "unarchive", TransitionCommentForm)


@admin.register(ReviewQueueArticle)
class ReviewQueueAdmin(ArticleAdmin):
    """Submitted and in-review copy, the nearest deadline first."""

    list_display = [
        "headline", "status_badge", "deadline", "desk", "author_named", "assigned_editor_named", "updated_at",
    ]
    list_filter = [ReviewQueueStatusFilter, "desk", ("assigned_editor", EditorFilter)]

    def get_queryset(self, request):
        return selectors.review_queue()

    def get_ordering(self, request):
        # The changelist puts the admin's ordering first; use the queue's own so there is one definition.
        return list(selectors.review_queue().query.order_by)

    def get_actions(self, request):
        # The queue holds submitted and in-review copy only: a step that never starts there (publish,
        # archive, restore, ...) would be refused for every article ticked, so it is not offered. The
        # actions that are no workflow step (assign, rescan, waive) stay.
        actions = super().get_actions(request)
        offered = steps_taken_from(selectors.REVIEW_QUEUE_STATES)
        return {name: action for name, action in actions.items() if name not in TRANSITIONS or name in offered}


# --- Supporting models ------------------------------------------------------------------------------


class ReadOnlyEditorialAdmin(ListAddressChecks, admin.ModelAdmin):
    """Written only by the workflow services; editors read it here."""

    def has_module_permission(self, request):
        return permissions.can_use_admin_for_articles(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.can_use_admin_for_articles(request.user) and (
            obj is None or permissions.can_view_article(request.user, obj.article)
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Revision)
class RevisionAdmin(ReadOnlyEditorialAdmin):
    list_display = ["article", "number", "saved_by", "created_at", "note"]
    list_select_related = ["article", "created_by"]
    search_fields = ["article__headline", "note", "created_by__username", "created_by__first_name", "created_by__last_name"]
    list_filter = ["created_at"]  # today, the past 7 days, this month, this year: no scan of every date
    fields = ["article", "number", "saved_by", "created_at", "note", "headline", "standfirst", "body"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body", "article__standfirst")

    # By full name, as the article's page and its inline of revisions name them, and as text: the
    # user field itself shows the sign-in name, linked to an account page only the superuser may open.
    @admin.display(description="Created by", ordering="created_by")
    def saved_by(self, revision):
        return person_named(revision.created_by)


@admin.register(WorkflowEvent)
class WorkflowEventAdmin(ReadOnlyEditorialAdmin):
    list_display = ["article", "action", "taken_by", "from_status", "to_status", "scheduled_for", "created_at"]
    list_filter = [EventActionFilter, "to_status", "created_at"]
    list_select_related = ["article", "actor"]
    search_fields = ["article__headline", "comment", "actor__username", "actor__first_name", "actor__last_name"]
    fields = ["article", "taken_by", "action", "from_status", "to_status", "comment", "scheduled_for"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body", "article__standfirst")

    # As RevisionAdmin.saved_by, and "system" for a step nobody took, as in the article's history.
    @admin.display(description="Actor", ordering="actor")
    def taken_by(self, event):
        return person_named(event.actor) if event.actor_id else "system"


@admin.register(Desk)
class DeskAdmin(ListAddressChecks, admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def has_module_permission(self, request):
        return permissions.can_use_admin_for_articles(request.user) or permissions.can_manage_desks(request.user)

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return permissions.can_manage_desks(request.user)

    def has_change_permission(self, request, obj=None):
        return permissions.can_manage_desks(request.user)

    def has_delete_permission(self, request, obj=None):
        return permissions.can_manage_desks(request.user)


# --- People -----------------------------------------------------------------------------------------


class NewsroomUserAdmin(UserAdmin):
    """Django's own user admin, whose list also says each person's role and whether their account is
    active: a systems editor starts and ends people's work here, and a deactivated account, or one left
    out of every group, looked like any other."""

    # Role and status before the e-mail address, which is long: on a laptop they stay in view.
    list_display = ["username", "first_name", "last_name", "role", "is_active", "is_staff", "email"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="Role")
    def role(self, person):
        roles = ", ".join(group.name for group in person.groups.all())
        return roles or ("superuser" if person.is_superuser else "no role")


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), NewsroomUserAdmin)


@admin.register(AccessAttempt)
class FailedSignInAdmin(ListAddressChecks, AccessAttemptAdmin):
    """The sign-in limit's record of failed sign-ins (django-axes's list), for the superuser and those
    given the permission (the Editor group). A row is a name, an address and a browser; deleting it
    ends the pause it holds, and the admin's log records who did. Nothing in it is edited by hand."""

    # The browser is on each row's own page: in the list its long text squeezed every other column.
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "sign_in", "path_info"]
    # django-axes's "Clean up expired attempts" fails on a request that was no sign-in, and every sign-in
    # clears them anyway: deleting the rows chosen is the one action.
    actions = []

    def has_module_permission(self, request):
        return permissions.can_see_sign_in_failures(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.can_see_sign_in_failures(request.user)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return permissions.can_clear_sign_in_failures(request.user)

    def delete_model(self, request, obj):
        services.sign_in_failures_clear(attempts=AccessAttempt.objects.filter(pk=obj.pk), user=request.user)

    def delete_queryset(self, request, queryset):
        services.sign_in_failures_clear(attempts=queryset, user=request.user)

    @admin.display(description="Sign-in from there")
    def sign_in(self, attempt):
        ends = attempt.attempt_time + timedelta(minutes=settings.SIGN_IN_COOL_OFF_MINUTES)
        if ends <= timezone.now():
            return "open: these failures no longer count"
        if attempt.failures_since_start >= settings.SIGN_IN_FAILURE_LIMIT:
            return f"paused until {as_recorded(ends)}"
        left = settings.SIGN_IN_FAILURE_LIMIT - attempt.failures_since_start
        return f"open: paused after {left} more wrong password{'s' if left != 1 else ''}"
