"""Admin building blocks shared by the apps."""

import re

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ERROR_FLAG, ORDER_VAR
from django.db import DatabaseError, transaction
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect


class ReadOnlyTabularInline(admin.TabularInline):
    """A record shown beside its object (history, revisions, sources): never added to, changed or
    deleted through the admin, because services write it."""

    extra = 0
    max_num = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ListAddressChecks:
    """For a ModelAdmin: a list address or an action's selection that cannot be read gets a word of
    why, never a server error and never a silent change of what is shown.

    The admin reads any lookup in the address (`?created_at__year=0`, `?headline__regex=(`,
    `?id__in=99999999999999999999`) and checks only some before the database runs them; the others
    failed as server errors. All of them now go where Django sends the lookups it does catch (the whole
    list, `?e=1`), and that list says it is not what was asked for, as it does for an order it does not
    have. A selection that is no list of ids (not sent from the list's own checkboxes) does nothing."""

    list_address_refused = (
        "This list could not be filtered as its address asked (a filter or value it does not know), "
        "so it shows everything."
    )
    unknown_order = "This list has no such order to sort by, so it is sorted as usual."
    selection_refused = "The selection could not be read (it was not sent from this list), so nothing was done."

    def get_changelist_instance(self, request):
        try:
            # A savepoint, so that a query the database refused leaves the request's transaction usable.
            with transaction.atomic():
                changelist = super().get_changelist_instance(request)
        except (ValueError, OverflowError, DatabaseError) as error:
            raise IncorrectLookupParameters(error) from error
        if _asks_for_an_order_it_lacks(changelist):
            self.message_user(request, self.unknown_order, messages.WARNING)
        return changelist

    def changelist_view(self, request, extra_context=None):
        if request.method == "GET" and ERROR_FLAG in request.GET:
            self.message_user(request, self.list_address_refused, messages.WARNING)
        return super().changelist_view(request, extra_context)

    def response_action(self, request, queryset):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if any(not _DATABASE_ID.fullmatch(value) for value in selected):
            self.message_user(request, self.selection_refused, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
        return super().response_action(request, queryset)


# The ids the list's checkboxes carry: a number a database column holds.
_DATABASE_ID = re.compile(r"[0-9]{1,18}")


def _asks_for_an_order_it_lacks(changelist) -> bool:
    asked = changelist.params.get(ORDER_VAR)
    if not asked:
        return False
    for part in asked.split("."):
        index = part.rpartition("-")[2]
        try:
            # Read as the changelist reads it. (str.isdigit() let by "²", which int() refuses, as it
            # refuses a number of thousands of digits: a server error.)
            column = int(index)
        except ValueError:
            return True
        if column >= len(changelist.list_display):
            return True
        if not changelist.get_ordering_field(changelist.list_display[column]):
            return True
    return False


class NewestRowsFormSet(BaseInlineFormSet):
    rows_shown = 20  # set per request by NewestRowsInline.get_formset

    def get_queryset(self):
        # Kept once sliced: the formset counts, indexes and iterates it, all from one query.
        if not hasattr(self, "_newest_rows"):
            self._newest_rows = super().get_queryset()[: self.rows_shown]
        return self._newest_rows


class NewestRowsInline(ReadOnlyTabularInline):
    """A record that grows with every save or step (revisions, workflow events), newest first: the
    `rows_shown` newest rows, and a link to all of them, so that a story saved all day long still has
    a light admin page. Subclasses name the foreign key (`fk_name`) and where all the rows are."""

    formset = NewestRowsFormSet
    template = "admin/newest_rows_inline.html"
    rows_shown = 20
    all_rows_label = ""  # "in the revision history": where the link leads

    def all_rows_url(self, obj) -> str:
        """Where all of `obj`'s rows are listed: each subclass names its own changelist."""
        raise NotImplementedError

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        total = self.model._default_manager.filter(**{self.fk_name: obj}).count() if obj is not None else 0
        formset.rows_shown = self.rows_shown
        formset.rows_total = total
        formset.rows_total_display = f"{total:,}"
        formset.all_rows_url = self.all_rows_url(obj) if obj is not None else ""
        formset.all_rows_label = self.all_rows_label
        if total > self.rows_shown:
            # Inline instances are made per request, so the heading can carry this object's count.
            heading = str(self.verbose_name_plural).capitalize()
            self.verbose_name_plural = f"{heading}: the {self.rows_shown} newest of {total:,}"
        return formset
