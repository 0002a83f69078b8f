"""Reporter pages and the public pages. Thin: permissions decide, services write, selectors read."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST

from newsroom.people import person_name

from . import permissions, selectors, services
from .diffing import CONFLICT_CONTEXT_CHARS, word_diff_html
from .forms import (
    ArticleCreateForm,
    ArticleEditForm,
    CorrectionForm,
    HeldCorrectionWaiverForm,
    MyDraftsFilterForm,
    RestoreRevisionForm,
    RevisionCompareForm,
    TransitionForm,
)
from .kept_copy import form_data_typed_before_sign_in, keeps_what_was_typed_through_sign_in
from .models import EMBARGO_CLEARED_ACTION, EMBARGO_SET_ACTION, Article
from .workflow import (
    EDITOR_EDITABLE_STATES,
    TRANSITIONS,
    IllegalTransition,
    Status,
    cleared_copy_edit_warning,
    how_an_author_adds_to_copy,
    step_label,
    steps_left_to_another_editor,
)

PAGE_SIZE = 20
COPY_FIELDS = ("headline", "standfirst", "body")


def _viewable_article_or_404(request, pk: int) -> Article:
    article = get_object_or_404(
        Article.objects.select_related("desk", "author", "assigned_editor").prefetch_related("co_authors"), pk=pk
    )
    # A 404 rather than a 403: whether someone else's draft exists is itself not to be disclosed.
    if not permissions.can_view_article(request.user, article):
        raise Http404("No article found.")
    return article


def _refused(request, article: Article | None, message: str):
    return render(request, "articles/refused.html", {"article": article, "reason": message}, status=403)


def _why_not_editable(user, article: Article) -> str:
    is_writer = permissions.is_author_of(user, article)
    if permissions.is_editor(user) and not is_writer:
        return f"This article is {article.status_enum.label.lower()}; you cannot change its copy now."
    if is_writer and (permissions.is_reporter(user) or permissions.is_editor(user)):
        # An editor on the byline would change it on any other story in this state.
        with_the_desk = (
            "You are on its byline, so while it is with the desk another editor changes it. "
            if permissions.is_editor(user) and article.status in EDITOR_EDITABLE_STATES
            else ""
        )
        return (
            f"This article is {article.status_enum.label.lower()}; you cannot change its copy now. "
            + with_the_desk
            + _how_the_author_adds_to(article)
        )
    return "Only the article's reporters and the editors change its copy."


def _how_the_author_adds_to(article: Article) -> str:
    editor = article.assigned_editor
    return how_an_author_adds_to_copy(
        article.status, editor_name=person_name(editor) if editor else ""
    )


def _copy_diffs(old, new, *, context: int | None = None) -> list[tuple[str, str]]:
    """(label, escaped HTML diff) for headline, standfirst and body; `old` may be None (diff from nothing).
    With `context`, long unchanged stretches are left out (see word_diff_html)."""
    return [
        (
            name.capitalize(),
            mark_safe(word_diff_html(getattr(old, name, "") if old else "", getattr(new, name), context=context)),
        )
        for name in COPY_FIELDS
    ]


def _paginate(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def home(request):
    user = request.user
    if not user.is_authenticated:
        return public_index(request)
    if permissions.can_use_admin_for_articles(user):
        return redirect("admin:articles_reviewqueuearticle_changelist")
    if permissions.is_reporter(user):
        return redirect("articles:my_drafts")
    # An account set up halfway is told what is missing, rather than left on a page that does not say.
    if permissions.is_editor(user):
        messages.warning(
            request,
            "Your account is an editor's, but the editorial admin lets in only accounts with “Staff status”: "
            "ask whoever looks after the newsroom's accounts to tick it.",
        )
    if user.has_perm(permissions.VIEW_PERMISSION):
        return redirect("factcheck:queue")
    messages.warning(
        request,
        "Your account has no role in the newsroom yet (Reporter, Editor or Fact-checker): ask whoever looks "
        "after the newsroom's accounts to put it in one. Meanwhile you can read the published news.",
    )
    return redirect("articles:public_index")


@login_required
def my_drafts(request):
    if not permissions.is_reporter(request.user):
        return _refused(request, None, "Only reporters have a drafts page.")
    from factcheck.selectors import fact_check_summaries, unfinished_scans  # the desk's app builds on this one

    filter_form = MyDraftsFilterForm(request.GET)
    status = filter_form.chosen_status()
    page = _paginate(request, selectors.articles_for_reporter(request.user, status=status))
    article_ids = [article.pk for article in page.object_list]
    summaries = fact_check_summaries(article_ids)
    scans = unfinished_scans(article_ids)
    for article in page.object_list:
        article.can_edit = permissions.can_edit_copy(request.user, article)
        article.fact_check = summaries.get(article.pk)
        article.unfinished_scan = scans.get(article.pk)
    context = {
        "page": page,
        "filter_form": filter_form,
        "status_label": Status(status).label if status else "",
        # The pages of a filtered list stay filtered.
        "query": urlencode({"status": status}) if status else "",
    }
    return render(request, "articles/my_drafts.html", context)


@keeps_what_was_typed_through_sign_in(ArticleCreateForm)
def article_create(request):
    if not permissions.can_create_article(request.user):
        return _refused(request, None, "Only reporters can start a draft.")
    typed_before_sign_in = form_data_typed_before_sign_in(request) if request.method != "POST" else None
    form = ArticleCreateForm(
        request.POST or typed_before_sign_in, initial={"form_token": uuid.uuid4()}, author=request.user
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            article = services.article_create(
                author=request.user,
                desk=data["desk"],
                headline=data["headline"],
                standfirst=data["standfirst"],
                body=data["body"],
                deadline=data["deadline"],
                co_authors=list(data["co_authors"]),
                note=data["note"],
                form_token=data["form_token"],
            )
        except services.DraftAlreadyCreated as repeat:
            messages.info(request, str(repeat))
            return redirect(repeat.article)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Draft saved as revision 1.")
            return redirect(article)
    context = {"form": form, "creating": True, "typed_before_sign_in": typed_before_sign_in is not None}
    return render(request, "articles/article_form.html", context)


@login_required
def article_detail(request, pk: int):
    return _article_page(request, _viewable_article_or_404(request, pk))


def _article_page(request, article: Article, *, refused_step: dict | None = None, status: int = 200):
    """The article's page. `refused_step` is a workflow step sent from it and refused for what was
    typed: its form comes back with the comment and time as they were, and the reason beside them."""
    user = request.user
    can_see_notes = permissions.can_see_editorial_notes(user, article)
    can_edit = permissions.can_edit_copy(user, article)
    actions = permissions.steps_open_to(user, article)
    events = list(selectors.events_for(article))
    for event in events:
        known = TRANSITIONS.get(event.action)
        event.action_label = (
            step_label(event.action, event.from_status) if known else event.action.replace("_", " ").capitalize()
        )
        # The scheduler's reasons, and an embargo's time, are part of the record, not editorial notes.
        event.comment_in_history = bool(event.comment) and (
            not event.actor_id or event.action in (EMBARGO_SET_ACTION, EMBARGO_CLEARED_ACTION)
        )
    held = selectors.held_correction_for(article)
    context = {
        "article": article,
        # The copy the page shows, and the scan panel highlights: a correction held for the fact-check
        # desk is the newest revision, not yet the article's (readers') own.
        "copy": held.revision_copy if held else article,
        "held": held,
        **(_held_correction_context(user, article, held) if held else {}),
        "authors": [article.author, *article.co_authors.all()],
        "can_edit": can_edit,
        # A reporter whose Edit button has gone is told how an update still gets in.
        "how_to_add_to_copy": (
            _how_the_author_adds_to(article) if not can_edit and permissions.is_author_of(user, article) else ""
        ),
        "can_see_notes": can_see_notes,
        # Comments, assignment, deadline and embargo are set on the article's admin page: editors who
        # work there get a way to it from here, as the admin's "View on site" leads here.
        "can_open_in_admin": permissions.can_use_admin_for_articles(user),
        # Said above the copy, not only among the notes: it is what the writers have to do next.
        "changes_requested": selectors.changes_requested_of(article) if can_see_notes else None,
        "answers_requested_changes": permissions.answers_requested_changes(user, article),
        "actions": actions,
        **_fact_check_gate(user, article, actions),
        # A writer who is also an editor finds no Approve or Publish on their own story: said, not hidden.
        "left_to_another_editor": steps_left_to_another_editor(permissions.steps_withheld_from_writer(user, article)),
        "events": events,
        "editorial_notes": selectors.editorial_notes_for(article, events) if can_see_notes else [],
        "refused_step": refused_step,
        # Which page of its claims the scan panel shows (a long text's claims come a page at a time).
        "claims_page": request.GET.get("claims_page", "") if request.GET.get("claims_page", "").isdigit() else "",
    }
    return render(request, "articles/article_detail.html", context, status=status)


def _fact_check_gate(user, article: Article, actions) -> dict:
    """What the fact-check gate holds the article back for, for whoever may schedule or publish it
    now, and whether they may waive it: where the page says so, it links the waiver."""
    from factcheck import permissions as factcheck_permissions  # the desk's app builds on this one
    from factcheck.selectors import gate_waits_for_scan, publication_blockers

    if not any(action.gated for action in actions):
        return {"gate_held_back": "", "can_waive_gate": False}
    blockers = publication_blockers(article)
    return {
        "gate_held_back": blockers.describe(),
        # No link while the scan is still to finish: the waiver would be refused, and the page says to wait.
        "can_waive_gate": bool(blockers)
        and factcheck_permissions.can_waive_claims_of(user, article)
        and not gate_waits_for_scan(article),
    }


# The claims a held correction waits for that its section of the article page names; the rest are counted.
HELD_CLAIMS_LISTED = 20


def _held_correction_context(user, article: Article, held) -> dict:
    from factcheck.permissions import can_waive_claims_of  # the desk's app builds on this one
    from factcheck.selectors import held_correction_blockers

    blockers = held_correction_blockers(article, held)
    return {
        "held_scan_problem": blockers.scan_problem,
        "held_claims": blockers.claims[:HELD_CLAIMS_LISTED],
        "held_claims_more": max(0, len(blockers.claims) - HELD_CLAIMS_LISTED),
        "held_claims_count": len(blockers.claims),
        "can_waive_held": can_waive_claims_of(user, article),
        "can_withdraw_held": permissions.can_withdraw_held_correction(user, article),
        "can_change_held": permissions.can_take_transition(user, article, "correct"),
    }


def _refused_step(request, article: Article, name: str, errors: list[str], *, held_by_gate: bool = False):
    """The article's page again with the step's form as it was sent and why it was refused: a
    reason typed for a kill or a request for changes is not lost to a redirect."""
    refused_step = {
        "name": name,
        "comment": request.POST.get("comment", ""),
        "scheduled_for": request.POST.get("scheduled_for", ""),
        "errors": errors,
        "held_by_gate": held_by_gate,
    }
    return _article_page(request, article, refused_step=refused_step, status=400)


@keeps_what_was_typed_through_sign_in(ArticleEditForm)
def article_edit(request, pk: int):
    article = _viewable_article_or_404(request, pk)
    if not permissions.can_edit_copy(request.user, article):
        return _refused(request, article, _why_not_editable(request.user, article))
    initial = {
        "headline": article.headline,
        "standfirst": article.standfirst,
        "body": article.body,
        # The form shows a deadline to the minute: one with seconds (set in the admin, say) is unchanged
        # when sent back as shown.
        "deadline": article.deadline.replace(second=0, microsecond=0) if article.deadline else None,
        "co_authors": list(article.co_authors.all()),
        "base_version": article.version,
    }
    # Said before the save as well as after it: the editor may prefer not to reopen cleared copy.
    context = {
        "article": article,
        "creating": False,
        "cleared_copy_warning": cleared_copy_edit_warning(article.status, saved=False),
        # The editor's request stays in view while the copy is changed to answer it.
        "changes_requested": (
            selectors.changes_requested_of(article)
            if permissions.can_see_editorial_notes(request.user, article)
            else None
        ),
        "answers_requested_changes": permissions.answers_requested_changes(request.user, article),
    }
    if request.method != "POST":
        # The copy sent when the session had ended keeps the version it was based on: saved now, after
        # someone else's save, it meets the same refusal and comparison as any save from an older page.
        typed_before_sign_in = form_data_typed_before_sign_in(request)
        context["typed_before_sign_in"] = typed_before_sign_in is not None
        context["form"] = ArticleEditForm(typed_before_sign_in, initial=initial, author=article.author)
        return render(request, "articles/article_form.html", context)

    form = ArticleEditForm(request.POST, initial=initial, author=article.author)
    context["form"] = form
    if not form.is_valid():
        return render(request, "articles/article_form.html", context)
    data = form.cleaned_data
    try:
        saved, revision = services.article_save_copy(
            article_id=article.pk,
            user=request.user,
            base_version=data["base_version"],
            headline=data["headline"],
            standfirst=data["standfirst"],
            body=data["body"],
            note=data["note"],
            deadline=data["deadline"] if "deadline" in form.changed_data else ...,
            co_authors=list(data["co_authors"]),
        )
    except services.CopyAlreadySaved as repeat:
        messages.info(request, repeat.describe(request.user))
        return redirect(repeat.article)
    except services.EditConflict as conflict:
        return _render_conflict(request, conflict, context)
    except PermissionDenied as error:
        return _refused(request, article, str(error))
    except ValidationError as error:
        form.add_error(None, error)
        return render(request, "articles/article_form.html", context)
    if revision is not None:
        messages.success(request, f"Saved as revision {revision.number}.")
        warning = cleared_copy_edit_warning(article.status, saved=True)
        if warning:
            messages.warning(request, warning)
    elif {"deadline", "co_authors"} & set(form.changed_data):
        saved_what = " and ".join(
            label for name, label in [("deadline", "deadline"), ("co_authors", "co-authors")] if name in form.changed_data
        )
        messages.success(
            request, f"{saved_what.capitalize()} saved. The copy did not change, so no revision was made."
        )
    else:
        messages.info(request, "No changes to save.")
    if not permissions.can_view_article(request.user, saved):
        return redirect("articles:home")
    return redirect(saved)


def _render_conflict(request, conflict: services.EditConflict, context):
    current = conflict.article
    # Keep every character the person typed; only the version moves on, so that saving again after
    # reading the diff is a deliberate overwrite rather than a silent one.
    data = request.POST.copy()
    data["base_version"] = str(current.version)
    form = ArticleEditForm(data, initial=context["form"].initial, author=current.author)
    form.is_valid()
    context.update(
        form=form,
        conflict=conflict,
        conflict_diffs=_copy_diffs(conflict.base_revision, current, context=CONFLICT_CONTEXT_CHARS),
        current_editor=conflict.saved_by,
        conflict_by_you=conflict.saved_by_user(request.user),
    )
    return render(request, "articles/article_form.html", context, status=409)


@require_POST
@login_required
def article_transition(request, pk: int, name: str):
    if name not in TRANSITIONS:
        raise Http404("There is no such workflow step.")
    article = _viewable_article_or_404(request, pk)
    try:
        permissions.check_user_transition(request.user, article, name)
    except IllegalTransition as error:
        if _say_if_already_taken(request, article, name):
            return redirect(article)
        return _refused(request, article, str(error))
    form = TransitionForm(request.POST)
    if not form.is_valid():
        return _refused_step(request, article, name, [error for errors in form.errors.values() for error in errors])
    try:
        services.article_transition(
            article_id=article.pk,
            user=request.user,
            name=name,
            comment=form.cleaned_data["comment"],
            scheduled_for=form.cleaned_data["scheduled_for"],
        )
    except PermissionDenied as error:
        return _refused(request, article, str(error) or "You may not do that.")
    except services.AlreadyScheduled as repeat:
        _say_already_taken(request, repeat.notice(request.user))
        return redirect(article)
    except IllegalTransition as error:
        # Someone (or this person's other click) may have taken the step a moment ago.
        article.refresh_from_db(fields=["status", "scheduled_for"])
        if _say_if_already_taken(request, article, name):
            return redirect(article)
        if permissions.can_take_transition(request.user, article, name):
            # Still the person's to take (a reason left out, a time already past): their form again,
            # with every reason it was refused for.
            return _refused_step(
                request,
                article,
                name,
                [str(refusal) for refusal in services.refusals_of(error)],
                held_by_gate=services.held_by_the_gate(error),
            )
        messages.error(request, str(error))
        return redirect(article)
    except ValidationError as error:
        return _refused_step(request, article, name, error.messages)
    article.refresh_from_db(fields=["status", "scheduled_for"])
    messages.success(request, selectors.step_done_text(article, name))
    if permissions.can_view_article(request.user, article):
        return redirect(article)
    return redirect("articles:home")


def _say_if_already_taken(request, article: Article, name: str) -> bool:
    """Say so, and return True, if a step refused now was taken already: sent again by a double
    click or from a page the back button brought up, it asks for nothing that is not done."""
    notice = selectors.step_already_taken_notice(request.user, article, name)
    if notice is None:
        return False
    _say_already_taken(request, notice)
    return True


def _say_already_taken(request, notice: selectors.StepAlreadyTaken) -> None:
    (messages.warning if notice.by_someone_else else messages.info)(request, notice.text)


@login_required
@require_http_methods(["GET", "POST"])
def article_correct(request, pk: int):
    """Publish a correction: the corrected text and the note readers see (editors who may publish). One
    that brings claims the fact-check desk has not cleared is held for the desk (see the service)."""
    article = _viewable_article_or_404(request, pk)
    try:
        permissions.check_user_transition(request.user, article, "correct")
    except IllegalTransition as error:
        if request.method == "POST" and permissions.takes_part_in_transition(request.user, article, "correct"):
            # Someone who corrects, refused by what became of the article meanwhile (archived, say):
            # what they typed comes back with the reason, not lost to a refusal page.
            form = CorrectionForm(request.POST)
            form.is_valid()
            form.add_error(None, str(error))
            return _correction_page(request, article, form, status=409)
        return _refused(request, article, str(error))
    held = selectors.held_correction_for(article)
    # A correction held for the desk is changed where it was written: the form starts from its copy.
    copy = {name: getattr(held.revision_copy, name) for name in COPY_FIELDS} if held else {
        name: getattr(article, name) for name in COPY_FIELDS
    }
    initial = {**copy, "note": held.note if held else "", "base_version": article.version}
    if request.method != "POST":
        return _correction_page(request, article, CorrectionForm(initial=initial), held=held)
    form = CorrectionForm(request.POST, initial=initial)
    if form.is_valid():
        data = form.cleaned_data
        try:
            outcome = services.article_publish_correction(
                article_id=article.pk, user=request.user, note=data["note"], headline=data["headline"],
                standfirst=data["standfirst"], body=data["body"], base_version=data["base_version"],
            )
        except services.EditConflict as conflict:
            # The text typed stays, with what changed meanwhile; the version moves on, so that
            # publishing again after reading it is a deliberate choice, not a silent revert.
            data = request.POST.copy()
            data["base_version"] = str(conflict.article.version)
            form = CorrectionForm(data, initial=form.initial)
            form.is_valid()
            context = {
                "conflict": conflict,
                # Against the newest revision: a correction held meanwhile is not the article's own copy yet.
                "conflict_diffs": _copy_diffs(
                    conflict.base_revision, conflict.current_revision or conflict.article, context=CONFLICT_CONTEXT_CHARS
                ),
                "current_editor": conflict.saved_by,
                "conflict_by_you": conflict.saved_by_user(request.user),
                "conflict_retry": "publish again",
            }
            return _correction_page(request, conflict.article, form, status=409, **context)
        except (services.CorrectionAlreadyPublished, services.CorrectionAlreadyHeld) as repeat:
            messages.info(request, str(repeat))
            return redirect(article)
        except IllegalTransition as error:
            form.add_error(None, str(error))
            return _correction_page(request, article, form, status=409)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if outcome.held is not None:
                messages.warning(
                    request,
                    "The correction is held for the fact-check desk, not published: readers still see the copy they "
                    f"had. {outcome.claims.describe()} It goes out by itself once the desk clears them, or when an "
                    "editor not on the story's byline waives them with a reason, on this page.",
                )
                return redirect(article)
            done = f"the text is revision {outcome.revision.number}" if outcome.revision else "the text is unchanged"
            messages.success(request, f"Correction published; {done}.")
            return redirect(article)
    return _correction_page(request, article, form, status=400)


def _correction_page(request, article: Article, form, *, status: int = 200, held=..., **extra):
    if held is ...:
        held = selectors.held_correction_for(article)
    context = {"article": article, "form": form, "held": held, **extra}
    return render(request, "articles/correction_form.html", context, status=status)


@login_required
@require_POST
def held_correction_waive(request, pk: int):
    """Waive the claims a correction held for the desk brings, with a reason, and let it out."""
    from factcheck import services as factcheck_services  # the desk's app builds on this one

    article = _viewable_article_or_404(request, pk)
    form = HeldCorrectionWaiverForm(request.POST)
    if not form.is_valid():
        return _refused_waiver(request, article, [e for errors in form.errors.values() for e in errors])
    try:
        waiver = factcheck_services.held_correction_waive(
            article_id=article.pk, user=request.user, reason=form.cleaned_data["reason"]
        )
    except PermissionDenied as error:
        return _refused(request, article, str(error) or "You may not do that.")
    except ValidationError as error:
        return _refused_waiver(request, article, error.messages)
    waived = f"Waived {len(waiver.waived)} claim{'' if len(waiver.waived) == 1 else 's'}"
    if waiver.published is not None:
        messages.success(request, f"{waived}: the correction is published.")
    else:
        from factcheck.selectors import describe_inaccurate_claims_held

        still = f" {describe_inaccurate_claims_held(waiver.held_back)}" if waiver.held_back else ""
        messages.warning(request, f"{waived}; the correction is still held.{still}")
    return redirect(article)


def _refused_waiver(request, article: Article, errors: list[str]):
    """The article's page again with the waiver's reason as typed and why it was refused."""
    refused = {"name": "held_correction_waive", "comment": request.POST.get("reason", ""), "errors": errors}
    return _article_page(request, article, refused_step=refused, status=400)


@login_required
@require_POST
def held_correction_withdraw(request, pk: int):
    article = _viewable_article_or_404(request, pk)
    try:
        withdrawn = services.article_withdraw_held_correction(article_id=article.pk, user=request.user)
    except PermissionDenied as error:
        return _refused(request, article, str(error))
    if withdrawn is None:
        messages.info(request, "No correction is held for this article: it was published or withdrawn meanwhile.")
    else:
        messages.success(
            request, f"The held correction is withdrawn: readers' copy is the newest revision again ({withdrawn.version})."
        )
    return redirect(article)


@login_required
def revision_history(request, pk: int):
    article = _viewable_article_or_404(request, pk)
    numbers = selectors.revision_numbers(article)
    if "old" in request.GET or "new" in request.GET:
        form = RevisionCompareForm(request.GET, numbers=numbers)
        if form.is_valid():
            return redirect(
                "articles:revision_compare", pk=article.pk, old=form.cleaned_data["old"], new=form.cleaned_data["new"]
            )
    else:
        initial = {"old": numbers[1] if len(numbers) > 1 else None, "new": numbers[0] if numbers else None}
        form = RevisionCompareForm(initial=initial, numbers=numbers)
    # A story updated all day has hundreds of revisions: the page lists them twenty at a time, each
    # with a link to its changes from the one before (numbers follow each other: 1, 2, 3...).
    page = _paginate(request, selectors.revisions_for(article))
    rows = [(revision, revision.number - 1 if revision.number > 1 else None) for revision in page.object_list]
    context = {
        "article": article, "numbers": numbers, "page": page, "rows": rows, "form": form,
        "can_restore": permissions.can_edit_copy(request.user, article),
    }
    return render(request, "articles/revision_history.html", context)


@login_required
@require_POST
def revision_restore(request, pk: int, number: int):
    article = _viewable_article_or_404(request, pk)
    if not permissions.can_edit_copy(request.user, article):
        return _refused(request, article, _why_not_editable(request.user, article))
    form = RestoreRevisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "This page lost track of which version you were looking at. Reload it and try again.")
        return redirect("articles:revisions", pk=article.pk)
    try:
        _, revision = services.article_restore_revision(
            article_id=article.pk, user=request.user, number=number, base_version=form.cleaned_data["base_version"]
        )
    except services.EditConflict as conflict:
        messages.error(
            request,
            f"{conflict.who_saved(request.user)} (now version {conflict.article.version}) after you opened "
            f"version {conflict.base_version}. Nothing was restored; look at the history again.",
        )
        return redirect("articles:revisions", pk=article.pk)
    except PermissionDenied as error:
        return _refused(request, article, str(error))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("articles:revisions", pk=article.pk)
    if revision is None:
        messages.info(request, f"Revision {number} is already the current text.")
    else:
        messages.success(request, f"Revision {number} restored as revision {revision.number}.")
    return redirect("articles:revisions", pk=article.pk)


@login_required
def revision_compare(request, pk: int, old: int, new: int):
    article = _viewable_article_or_404(request, pk)
    pair = selectors.revision_pair(article, old, new)
    if pair is None:
        raise Http404("No such revision of this article.")
    old_revision, new_revision = pair
    context = {
        "article": article,
        "old": old_revision,
        "new": new_revision,
        "diffs": _copy_diffs(old_revision, new_revision),
    }
    return render(request, "articles/revision_compare.html", context)


def public_index(request):
    page = _paginate(request, selectors.published_articles())
    return render(request, "articles/public_index.html", {"page": page})


def public_article(request, slug: str):
    article = selectors.published_article_by_slug(slug)
    if article is None:
        raise Http404("No published article at this address.")
    context = {
        "article": article,
        # Readers get the names reporters write under. A sign-in name is no byline, and on a public
        # page it would give anyone half of what the sign-in form asks for.
        "authors": [person for person in [article.author, *article.co_authors.all()] if person.get_full_name()],
        "corrections": selectors.corrections_for(article),
    }
    return render(request, "articles/public_article.html", context)
