"""Forms of the reporter pages. They validate what a person typed; the services validate it again."""

from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout, Submit
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.db.models import Q
from django.utils import timezone

from . import permissions
from .models import STATUS_CHOICES, Desk
from .validators import (
    NOTE_MAX_CHARS,
    STANDFIRST_MAX_CHARS,
    validate_body_length,
    validate_clean_text,
    validate_new_deadline,
    validate_standfirst_length,
    validate_storable_time,
)

DATETIME_LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


class CleanTextField(forms.CharField):
    """A box of prose, checked by ``validate_clean_text``, which says which character is wrong and where.

    Django's own "Null characters are not allowed." is left out: a NUL is one of the control
    characters that check names, so with both the writer was told twice, once less helpfully.
    """

    def __init__(self, *, validators=(), **kwargs):
        super().__init__(validators=[*validators, validate_clean_text], **kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)]


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=DATETIME_LOCAL_FORMAT)


def state_copy_limits(fields) -> None:
    """Say the standfirst's and the body's limits beside them, before a writer pastes a story that is
    too long. The body has no maxlength: a browser would cut pasted copy short without a word."""
    fields["standfirst"].help_text = f"One or two sentences under the headline, up to {STANDFIRST_MAX_CHARS:,} characters."
    fields["body"].help_text = (
        f"Plain text. Leave an empty line between paragraphs. Up to {settings.ARTICLE_BODY_MAX_CHARS:,} characters."
    )


def reporter_choices(*, exclude=None, keep=()):
    """The reporters a co-author is chosen from. `keep` adds the article's present co-authors whatever
    became of them since (deactivated, or made an editor): a box that no longer offered them would
    send the form back without them, and saving the copy would take their names off the byline."""
    kept_ids = [person.pk for person in keep]
    users = get_user_model().objects.filter(
        Q(groups__name=permissions.REPORTER_ROLE, is_active=True) | Q(pk__in=kept_ids)
    )
    if exclude is not None:
        users = users.exclude(pk=exclude.pk)
    return users.distinct().order_by("last_name", "first_name", "username")


def person_choice_label(person) -> str:
    """A person in a box to choose from: by full name, with the sign-in name beside it to tell apart two
    people who share one, and a closed account said so."""
    full_name = person.get_full_name()
    if person.is_active:
        return f"{full_name} ({person.get_username()})" if full_name else person.get_username()
    return f"{full_name} ({person.get_username()}, deactivated)" if full_name else f"{person.get_username()} (deactivated)"


class ReporterChoiceField(forms.ModelMultipleChoiceField):
    # The largest id a database column holds: a longer number sent for a reporter would make the
    # database refuse the query rather than find nobody.
    LARGEST_ID = 2**63 - 1

    def _check_values(self, value):
        for pk in value:
            try:
                out_of_range = abs(int(str(pk).strip())) > self.LARGEST_ID
            except ValueError:
                continue  # not a number at all: Django's own check says so
            if out_of_range:
                raise ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk})
        return super()._check_values(value)

    def label_from_instance(self, obj):
        return person_choice_label(obj)


class EditorChoiceField(forms.ModelChoiceField):
    """The editor an article is assigned to, offered as the co-author boxes offer reporters."""

    def label_from_instance(self, obj):
        return person_choice_label(obj)


class HiddenFieldErrorsForm(forms.Form):
    """A form that carries hidden fields (the version a page was based on, which check it rules on).

    A hidden field has nowhere to show its error, so a missing or forged one would leave the page
    refused with no word of why: the error is said once, above the form, in `hidden_field_error`.
    """

    hidden_field_error = "This form lost track of what it was based on. Reload the page and try again."

    def clean(self):
        cleaned = super().clean()
        hidden = [name for name in self.errors if name in self.fields and self.fields[name].widget.is_hidden]
        for name in hidden:
            del self.errors[name]
        if hidden:
            self.add_error(None, self.hidden_field_error)
        return cleaned


class ArticleCopyForm(forms.Form):
    """Headline, standfirst, body and the planning fields. There is deliberately no status field:
    status changes only through the workflow actions."""

    headline = CleanTextField(
        max_length=200,
        error_messages={
            "required": "A headline is required.",
            "max_length": "The headline is longer than 200 characters (it has %(show_value)d).",
        },
    )
    standfirst = CleanTextField(
        required=False,
        validators=[validate_standfirst_length],
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One or two sentences under the headline.",
    )
    body = CleanTextField(
        required=False,
        validators=[validate_body_length],
        widget=forms.Textarea(attrs={"rows": 18}),
        help_text="Plain text. Leave an empty line between paragraphs.",
    )
    # No desk is chosen for the reporter: a draft filed to the wrong desk stays there (the desk is
    # not editable after), so the form asks, unless the newsroom has only one.
    desk = forms.ModelChoiceField(queryset=Desk.objects.all(), empty_label="Choose a desk")
    deadline = forms.DateTimeField(required=False, widget=DateTimeLocalInput())
    co_authors = ReporterChoiceField(
        label="Co-authors",
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
        help_text="Other reporters who may edit and submit this article.",
    )
    note = CleanTextField(
        label="Revision note",
        required=False,
        max_length=300,
        help_text="What changed, for the revision history.",
    )

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        validate_new_deadline(deadline, self.initial.get("deadline"))
        return deadline

    def clean(self):
        cleaned = super().clean()
        # No page of ours sends a status; one that arrives was written by hand, and ignoring it would
        # let its sender believe that the draft now has it.
        if "status" in self.data:
            self.add_error(
                None,
                ValidationError(
                    "A status cannot be set from this form: an article's status changes only through its "
                    "workflow steps (submit, approve, publish…). Nothing was saved.",
                    code="forged_status",
                ),
            )
        return cleaned

    def __init__(self, *args, author=None, **kwargs):
        super().__init__(*args, **kwargs)
        # A datetime-local box carries no zone: say which one the newsroom's times are in.
        self.fields["deadline"].help_text = f"In the newsroom's time, {timezone.get_current_timezone_name()}."
        self.fields["co_authors"].queryset = reporter_choices(exclude=author, keep=self.initial.get("co_authors") or ())
        state_copy_limits(self.fields)
        if "desk" in self.fields:
            desks = list(self.fields["desk"].queryset[:2])
            if len(desks) == 1:
                self.fields["desk"].initial = desks[0].pk
            elif not desks:
                # A newly installed newsroom: nothing the reporter can choose, so say who can fix it.
                no_desks = "The newsroom has no desks yet: an administrator adds them in the admin, under Desks."
                self.fields["desk"].help_text = no_desks
                self.fields["desk"].error_messages["required"] = no_desks


class ArticleCreateForm(HiddenFieldErrorsForm, ArticleCopyForm):
    """The copy form of a new draft, with a one-time token: the same form sent twice makes one draft."""

    hidden_field_error = "This form lost track of itself. Copy your text somewhere safe, reload the page and try again."

    form_token = forms.UUIDField(required=False, widget=forms.HiddenInput)


class ArticleEditForm(HiddenFieldErrorsForm, ArticleCopyForm):
    """The copy form plus the version the editor started from, for optimistic concurrency.

    The desk is not editable here: the saving service changes copy, deadline and co-authors only.
    """

    hidden_field_error = (
        "This form lost track of which version you were editing. Copy your text somewhere safe, "
        "reload the page and apply your changes again."
    )

    base_version = forms.IntegerField(
        min_value=0,
        max_value=2**31 - 1,  # the largest PositiveIntegerField; bigger would overflow the lookup
        widget=forms.HiddenInput,
        error_messages={"required": "missing", "invalid": "invalid", "min_value": "invalid", "max_value": "invalid"},
    )

    field_order = ["headline", "standfirst", "body", "deadline", "co_authors", "note", "base_version"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["desk"]


class TransitionForm(forms.Form):
    comment = CleanTextField(required=False, max_length=NOTE_MAX_CHARS)
    scheduled_for = forms.DateTimeField(required=False, widget=DateTimeLocalInput(), validators=[validate_storable_time])


class CorrectionForm(HiddenFieldErrorsForm):
    """Published copy as corrected, with the note readers will see."""

    hidden_field_error = (
        "This form lost track of which version you were correcting. Copy your text somewhere safe, "
        "reload the page and apply your correction again."
    )

    # The same copy fields, with the same checks, as the drafting form.
    headline = ArticleCopyForm.base_fields["headline"]
    standfirst = ArticleCopyForm.base_fields["standfirst"]
    body = ArticleCopyForm.base_fields["body"]
    note = CleanTextField(
        label="Correction note",
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Shown to readers under the article: what was wrong and what is right.",
    )
    base_version = forms.IntegerField(min_value=0, max_value=2**31 - 1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        state_copy_limits(self.fields)


class HeldCorrectionWaiverForm(forms.Form):
    """Why a correction held for the fact-check desk may go out with the claims it brings unchecked."""

    reason = CleanTextField(max_length=NOTE_MAX_CHARS)


class RestoreRevisionForm(forms.Form):
    """The version the revision history was read at: a restore based on an older one is refused."""

    base_version = forms.IntegerField(min_value=0, max_value=2**31 - 1, widget=forms.HiddenInput)


class RevisionCompareForm(forms.Form):
    old = forms.TypedChoiceField(label="From revision", coerce=int)
    new = forms.TypedChoiceField(label="To revision", coerce=int)

    def __init__(self, *args, numbers=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(n, f"Revision {n}") for n in numbers]
        self.fields["old"].choices = choices
        self.fields["new"].choices = choices
        self.fields["old"].error_messages["invalid_choice"] = "There is no revision %(value)s of this article."
        self.fields["new"].error_messages["invalid_choice"] = "There is no revision %(value)s of this article."


class MyDraftsFilterForm(forms.Form):
    """What "My drafts" is narrowed to, read from the page's address. A value the page does not offer
    (typed by hand, or from an old bookmark) is said beside the box, and every article is listed."""

    status = forms.ChoiceField(
        label="Status",
        choices=[("", "Every status"), *STATUS_CHOICES],
        required=False,
        error_messages={"invalid_choice": "There is no status “%(value)s”, so every article is listed."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_method = "get"
        self.helper.form_class = "row g-2 align-items-end my-drafts-filter"
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Field("status", wrapper_class="col-auto", css_class="form-select-sm"),
            Submit("", "Show", css_class="btn-sm mb-3"),
        )

    def chosen_status(self) -> str:
        """The status to list ("" for every one); an invalid value lists every one."""
        return self.cleaned_data["status"] if self.is_valid() else ""
