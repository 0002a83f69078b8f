"""Forms of the fact-check desk. They validate what a person typed; the services validate it again."""

from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout, Submit
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from articles.forms import CleanTextField, HiddenFieldErrorsForm
from articles.models import Desk
from articles.permissions import FACT_CHECKER_ROLE
from newsroom.people import person_name

from .models import VERDICT_STATUSES, ClaimCheck, ClaimKind, ClaimStatus, SourceKind
from .selectors import (
    AGE_SORT,
    ANY_LIVE_STAGE,
    DEADLINE_SORT,
    DRAFTS_STAGE,
    KILLED_OR_ARCHIVED_STAGE,
    PRIORITY_SORT,
    QUEUE_SORTS,
    SUBMITTED_STAGE,
    QueueFilters,
)
from .services import RULING_NOTE_MAX_CHARS, SourceInput, clean_sources

STATUS_FILTER_CHOICES = [
    ("open", "Open (to check)"),
    ("attribution", "Attribution to check"),
    *ClaimStatus.choices,
    ("all", "All"),
]


class QueueFilterForm(forms.Form):
    """The queue's filters, read from the query string; anything invalid is ignored, never an error page."""

    status = forms.ChoiceField(choices=STATUS_FILTER_CHOICES, required=False)
    kind = forms.ChoiceField(choices=[("", "Any kind"), *ClaimKind.choices], required=False)
    desk = forms.ModelChoiceField(queryset=Desk.objects.all(), required=False, empty_label="Any desk")
    assignee = forms.ChoiceField(required=False)
    speaker = forms.CharField(required=False, max_length=200)
    # Copy sent to the desk comes first, and is what the queue lists unless asked otherwise: a draft is
    # still its reporter's, and one draft that repeats a figure thousands of times filled every page of
    # a queue that listed drafts by default.
    stage = forms.ChoiceField(
        required=False,
        choices=[
            (SUBMITTED_STAGE, "Sent to the desk"),
            (ANY_LIVE_STAGE, "Any live article"),
            (DRAFTS_STAGE, "Drafts still being written"),
            (KILLED_OR_ARCHIVED_STAGE, "Killed or archived"),
        ],
    )
    article = forms.IntegerField(required=False, min_value=1, max_value=2**62, widget=forms.HiddenInput)
    # Not a filter, but read and kept with them: the pages, the status tabs and the way back from a
    # claim carry the whole query string, so the order chosen stays chosen.
    sort = forms.ChoiceField(
        required=False,
        label="Order",
        choices=[
            (DEADLINE_SORT, "Nearest deadline"),
            (PRIORITY_SORT, "Most check-worthy"),
            (AGE_SORT, "Oldest"),
        ],
    )

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("stage") and not data.get("article"):
            # The default stage is marked chosen in its box, not only applied: a screen reader, and
            # anyone wondering where the drafts went, reads what the listing holds.
            data = data.copy()
            data["stage"] = SUBMITTED_STAGE
        if data is not None and data.get("sort", "") not in QUEUE_SORTS:
            # An order it does not know (an old link, one typed by hand) lists the work order, and the
            # box says so, without an error: an order narrows nothing, so nothing asked for is lost.
            data = data.copy()
            data["sort"] = DEADLINE_SORT
        super().__init__(data, *args, **kwargs)
        checkers = (
            get_user_model()
            # Deactivated checkers too, last: the claims they took and ruled on are still theirs.
            .objects.filter(groups__name=FACT_CHECKER_ROLE)
            .order_by("-is_active", "username")
            .distinct()
        )
        self.fields["assignee"].choices = [
            ("", "Anyone"),
            ("me", "My claims"),
            ("none", "Nobody yet"),
            *[
                (str(u.pk), person_name(u) + ("" if u.is_active else " (deactivated)"))
                for u in checkers
            ],
        ]
        self.helper = FormHelper()
        self.helper.form_method = "get"
        self.helper.form_class = "row row-cols-lg-auto g-2 align-items-end queue-filters"
        self.helper.disable_csrf = True
        # One filter a line on a phone, two or three a line on a tablet, all in a row on a desktop:
        # six equal columns at any width squeezed each box to a letter on a phone.
        column = "col-12 col-sm-6 col-md-4"
        self.helper.layout = Layout(
            Field("status", wrapper_class=column),
            Field("kind", wrapper_class=column),
            Field("desk", wrapper_class=column),
            Field("assignee", wrapper_class=column),
            Field("speaker", wrapper_class=column, placeholder="Speaker"),
            Field("stage", wrapper_class=column),
            Field("sort", wrapper_class=column),
            Field("article"),
            Submit("", "Filter", css_class="btn-sm btn-primary mb-3"),
        )
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "form-select-sm form-control-sm")

    def filters(self) -> QueueFilters:
        self.is_valid()  # an invalid filter is dropped; the valid ones still apply
        data = self.cleaned_data
        desk = data.get("desk")
        article_id = data.get("article")
        return QueueFilters(
            status=data.get("status") or "open",
            kind=data.get("kind") or "",
            desk_id=desk.pk if desk else None,
            article_id=article_id,
            assignee=data.get("assignee") or "",
            speaker=(data.get("speaker") or "").strip(),
            # One article's own claims (its rows' "all claims") are listed whatever stage it is at,
            # unless a stage is chosen; every other listing starts from the copy sent to the desk.
            stage=data.get("stage") or ("" if article_id else SUBMITTED_STAGE),
            sort=data.get("sort") or DEADLINE_SORT,
        )


class RulingForm(HiddenFieldErrorsForm):
    """A verdict on one check of a claim, with its note and up to three sources."""

    SOURCE_ROWS = 3
    hidden_field_error = (
        "This form lost track of which version of the claim you were ruling on. Nothing was saved: "
        "reload the claim, read it again and give your ruling."
    )

    verdict = forms.ChoiceField(
        choices=[(s.value, s.label) for s in VERDICT_STATUSES], widget=forms.RadioSelect
    )
    note = CleanTextField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=RULING_NOTE_MAX_CHARS,
        help_text="What the ruling rests on, in a sentence or two.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    check = forms.ChoiceField(choices=ClaimCheck.choices, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, self.SOURCE_ROWS + 1):
            # The rows after the first show no labels of their own (the first row's stand over them),
            # but each box is named, for a screen reader and for an error about it.
            number = "" if n == 1 else f" {n}"
            self.fields[f"source_kind_{n}"] = forms.ChoiceField(
                choices=SourceKind.choices, required=False, label=f"Source{number}", initial="url"
            )
            self.fields[f"source_reference_{n}"] = forms.CharField(
                required=False, max_length=2000, label=f"Address or document{number}",
                widget=forms.TextInput(attrs={"placeholder": "https://… or “Ministry release, 4 May, p. 2”"}),
            )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean(self):
        cleaned = super().clean()
        # Each row is checked on its own, so that a refusal names its row and is said beside its box:
        # a list of refusals above the form left the checker to find which of three addresses was meant.
        for n in range(1, self.SOURCE_ROWS + 1):
            if f"source_kind_{n}" in self.errors:
                continue  # an unknown kind is refused on its own box already
            kind, reference = cleaned.get(f"source_kind_{n}") or "url", cleaned.get(f"source_reference_{n}") or ""
            try:
                clean_sources([SourceInput(kind=kind, reference=reference)])
            except ValidationError as error:
                self.add_error(f"source_reference_{n}", [f"Source {n}: {message}" for message in error.messages])
        return cleaned

    def sources(self) -> list[SourceInput]:
        data = self.cleaned_data
        return [
            SourceInput(kind=data.get(f"source_kind_{n}") or "url", reference=data.get(f"source_reference_{n}", ""))
            for n in range(1, self.SOURCE_ROWS + 1)
            if (data.get(f"source_reference_{n}") or "").strip()
        ]

    def source_rows(self):
        return [(self[f"source_kind_{n}"], self[f"source_reference_{n}"]) for n in range(1, self.SOURCE_ROWS + 1)]


class SourceForm(HiddenFieldErrorsForm):
    """One source attached to a check of a claim, with no ruling: what the copy rests on."""

    hidden_field_error = (
        "This form lost track of which check of the claim the source is for. Nothing was saved: "
        "reload the claim and attach the source again."
    )

    kind = forms.ChoiceField(choices=SourceKind.choices, initial=SourceKind.URL, label="Source")
    reference = forms.CharField(
        max_length=2000, label="Address or document",
        widget=forms.TextInput(attrs={"placeholder": "https://… or “Interview notes, 4 May”"}),
    )
    note = CleanTextField(
        label="Source note", max_length=500, required=False,
        help_text="Optional: what in it backs the claim (a page, a table, a minute of a recording).",
    )
    check = forms.ChoiceField(choices=ClaimCheck.choices, widget=forms.HiddenInput, initial=ClaimCheck.FIGURE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class WaiveForm(HiddenFieldErrorsForm):
    hidden_field_error = (
        "This form lost track of which version of the claim you were waiving. Nothing was saved: "
        "reload the claim, read it again and waive it."
    )

    reason = CleanTextField(
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=RULING_NOTE_MAX_CHARS,
        help_text="Why this may go out unchecked. Kept in the claim's and the article's history.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class VersionForm(forms.Form):
    """The claim version a take, release or reuse was based on (optional: a list row may omit it)."""

    version = forms.IntegerField(min_value=0, required=False)
    from_claim = forms.IntegerField(min_value=1, max_value=2**62, required=False)
    # Ticked by a checker who read the earlier claim's sentence and found it states the same fact.
    same_fact = forms.BooleanField(required=False)
