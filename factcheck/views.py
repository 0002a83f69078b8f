"""The scan panel of the reporter's article page (an htmx fragment that polls while the scan runs),
and the fact-check desk: the queue, the claim pages and the rulings."""

import re
from urllib.parse import quote, unquote, urlencode, urlsplit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import prefetch_related_objects
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from articles.models import Article
from newsroom.converters import DatabaseIntConverter
from newsroom.middleware import page_htmx_was_sent_from
from newsroom.refusals import refusal_text

from . import permissions, selectors, services
from .forms import STATUS_FILTER_CHOICES, QueueFilterForm, RulingForm, SourceForm, VersionForm, WaiveForm
from .memory import states_the_same_fact
from .models import Claim, ClaimCheck, ClaimKind, ClaimStatus, Source


def _viewable_article(request, pk) -> Article:
    article = get_object_or_404(Article.objects.select_related("desk", "author"), pk=pk)
    if not permissions.can_view_claims(request.user, article):
        raise Http404("No such article.")  # not 403: do not confirm that it exists
    return article


# Past the last page of any listing. A longer run of digits is not converted (int() refuses one of more
# than 4,300 digits, and a page of that number is no more there than page 10**18).
PAST_ANY_PAGE = 10**18


def _page_number(query, name: str) -> int | None:
    """The page number that the query string's `name` asks for; None when it asks for none, or for
    something that is no whole number written in digits. Only ASCII digits count: "²" is a digit to
    str.isdigit(), and "٣" or " 3" a number to int(), but neither is a page number anyone typed."""
    value = query.get(name, "")
    if not (value.isascii() and value.isdigit()):
        return None
    digits = value.lstrip("0") or "0"
    return int(digits) if len(digits) <= 18 else PAST_ANY_PAGE


def _claims_page(request) -> int:
    """The page of the scan panel's claims asked for (1 when none, or none that can be read)."""
    return _page_number(request.GET, "claims_page") or 1


def _render_panel(request, article, *, status=200):
    panel = selectors.scan_panel_for(article, page=_claims_page(request))
    context = {
        "article": article,
        "panel": panel,
        "can_rescan": permissions.can_rescan(request.user, article),
        # The panel polls while a scan runs (and says so in its address): the poll that brings the
        # result is the one a screen reader is told of, not the panel drawn when the page opens.
        "announce_result": request.GET.get("after") == "scanning" and panel.state != "scanning",
    }
    return render(request, "factcheck/_scan_panel.html", context, status=status)


@login_required
@require_GET
def scan_panel(request, pk):
    return _render_panel(request, _viewable_article(request, pk))


@login_required
@require_POST
def rescan(request, pk):
    article = _viewable_article(request, pk)
    try:
        services.scan_article_rescan(article_id=article.pk, user=request.user)
    except PermissionDenied as error:
        return _refused(request, refusal_text(error), article=article)
    except ValidationError as error:
        if request.htmx:
            return _render_panel(request, article, status=409)
        messages.error(request, " ".join(error.messages))
        return redirect(article.get_absolute_url())
    if request.htmx:
        return _render_panel(request, article)
    messages.info(request, "The article is being scanned again.")
    return redirect(article.get_absolute_url())


# --------------------------------------------------------------------------------------------------
# The fact-check desk: the queue of open claims, a page per claim, and the rulings (POST only).


def _refused(request, message: str, *, article=None, status: int = 403):
    return render(request, "articles/refused.html", {"article": article, "reason": message}, status=status)


def mark_claim(text: str, start: int, end: int, *, radius: int | None = None):
    """`text` with [start, end) wrapped in <mark>; everything escaped (format_html escapes each piece).

    With `radius`, only that many characters either side of the claim are kept, cut at a space.
    """
    if not (0 <= start <= end <= len(text)) or start == end:
        return format_html("{}", text if radius is None else text[: 2 * radius])
    before, claim, after = text[:start], text[start:end], text[end:]
    if radius is not None:
        if len(before) > radius:
            before = "…" + before[-radius:].split(" ", 1)[-1]
        if len(after) > radius:
            after = after[:radius].rsplit(" ", 1)[0] + "…"
    return format_html('{}<mark class="claim-mark">{}</mark>{}', before, claim, after)


def _safe_next(request, fallback: str) -> str:
    """The page a desk form came from (its hidden "next"), if it is a page of this site. Only a path
    will do: "queue" or "../x" would be taken for the name of a URL pattern, or resolved against
    the address the form was sent to, after the ruling had been saved."""
    target = request.POST.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=False
    ):
        return target
    return fallback


# The colours of templates/factcheck/_claim_status_badge.html, for the queue's rows (50 includes fewer).
STATUS_BADGE_CSS = {
    ClaimStatus.VERIFIED: "text-bg-success",
    ClaimStatus.INACCURATE: "text-bg-danger",
    ClaimStatus.IN_PROGRESS: "text-bg-info",
    ClaimStatus.UNVERIFIABLE: "text-bg-secondary",
    ClaimStatus.WAIVED: "text-bg-light border",
    ClaimStatus.UNVERIFIED: "text-bg-warning",
}


def _queue_row_context(request, claim, *, memory=None):
    user = request.user
    claim.status_css = STATUS_BADGE_CSS.get(claim.status, "text-bg-warning")
    claim.attribution_css = STATUS_BADGE_CSS.get(claim.attribution_status, "text-bg-warning")
    a, b = selectors.sentence_span(claim)
    claim.sentence_html = mark_claim(claim.sentence or claim.text, a, b, radius=140)
    claim.memory = _earlier_verdict_shown(claim, memory)
    claim.can_take = permissions.can_take_claim(user, claim)
    claim.can_release = permissions.can_release_claim(user, claim)
    claim.can_hand_back = permissions.can_hand_back_claim(user, claim)
    claim.can_rule = permissions.can_rule_on_claim(user, claim)
    return claim


def _earlier_verdict_shown(claim, earlier):
    """Claim memory as the desk reads it: the earlier claim with its own sentence marked, and on `claim`
    whether that sentence is its own (else reusing the verdict asks the checker to say it is the same
    fact). Said on `claim`, not on `earlier`: rows of one page may share the same earlier claim."""
    if earlier is not None:
        a, b = selectors.sentence_span(earlier)
        earlier.sentence_html = mark_claim(earlier.sentence or earlier.text, a, b, radius=140)
        claim.memory_in_the_same_sentence = states_the_same_fact(claim, earlier)
    return earlier


@login_required
@require_GET
def queue(request):
    if not permissions.can_use_desk(request.user):
        return _refused(request, "The fact-check desk is for fact-checkers and editors.")
    form = QueueFilterForm(request.GET)
    filters = form.filters()
    counts = selectors.claim_queue_counts(filters, request.user)
    paginator = Paginator(selectors.claim_queue(filters, request.user), selectors.QUEUE_PAGE_SIZE)
    # The counts already hold the total of a work listing; a history listing is counted up to a cap.
    paginator.count, capped = selectors.claim_queue_total(filters, request.user, counts)
    page, page_notice = _queue_page(paginator, request.GET, capped=capped)
    # The address of the page shown: the one the way back from a claim, and a take without htmx,
    # return to, rather than a page the listing does not have.
    listed = request.GET if not page_notice else _with_page(request.GET, page.number)
    claims = list(page.object_list)
    memory = selectors.latest_verdicts_for(claims)
    rows = [_queue_row_context(request, claim, memory=memory.get(claim.pk)) for claim in claims]
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "counts": counts,
        "capped": capped,
        "page_notice": page_notice,
        **_status_tabs_context(request.GET, filters, counts),
        "query": query.urlencode(),
        "query_without_article": _without(request.GET, "article", "page"),
        "next_url": _queue_url(listed),
        "lists_history": selectors.lists_history(filters),
        # The queue's own links to other listings ("My open claims") keep the order chosen.
        "sort_query": urlencode({"sort": filters.sort}) if filters.sort != selectors.DEADLINE_SORT else "",
        "can_check": permissions.can_check_claims(request.user),
        "article_filter": Article.objects.filter(pk=filters.article_id).only("pk", "headline").first()
        if filters.article_id
        else None,
    }
    response = render(request, "factcheck/queue.html", context)
    _remember_queue_listing(request, response, listed)
    return response


def _queue_page(paginator, query, *, capped: bool) -> tuple[Page, str]:
    """The page of the queue that the address asks for, and, when it asks for one the listing does not
    have, a sentence saying so and which page is shown instead ("" otherwise).

    A number past the last page shows the last: the queue shrinks as the desk rules, so a link made a
    minute ago, or the way back from a claim, may name a page that has gone since, and its last page
    is the nearest to what the checker was reading. Anything else (0, "abc") shows the first. The
    page is shown at once, with the sentence, rather than redirected to its own address: a redirect
    would count the listing twice and carry the sentence in a message stored for the next request."""
    value = query.get("page", "")
    number = _page_number(query, "page")
    if not value or (number is not None and 1 <= number <= paginator.num_pages):
        return paginator.page(number or 1), ""
    typed = value if len(value) <= 20 else value[:19] + "…"
    if number is None:
        return paginator.page(1), f"“{typed}” is not a page number: showing the first page."
    if number < 1:
        return paginator.page(1), "There is no page 0: showing the first page."
    last = paginator.num_pages
    asked = f"{number:,}" if number < PAST_ANY_PAGE else typed
    if not paginator.count:
        return paginator.page(1), f"There is no page {asked}: no claims match this listing."
    if capped:
        extent = f"only the first {paginator.count:,} claims are listed, on {last:,} page{pluralize(last)}"
    else:
        extent = f"this listing has only {last:,} page{pluralize(last)}"
    return paginator.page(last), f"There is no page {asked}: {extent}. Showing page {last:,}, the last."


def _with_page(query, number: int) -> QueryDict:
    query = query.copy()
    if number == 1:
        query.pop("page", None)
    else:
        query["page"] = str(number)
    return query


# The queue's address as its user last listed it (filters and page), for the claim pages' way back: a
# checker who narrowed the queue to one desk's money claims, opened one and ruled on it, was sent back
# to the whole queue, and set the filters again for every claim. Kept in a cookie, not the session: a
# listing costs no write to the database.
QUEUE_LISTING_COOKIE = "factcheck_queue_listing"


def _remember_queue_listing(request, response, listed: QueryDict) -> None:
    query = listed.urlencode()
    if request.COOKIES.get(QUEUE_LISTING_COOKIE, "") != quote(query, safe=""):
        response.set_cookie(
            QUEUE_LISTING_COOKIE,
            quote(query, safe=""),
            path=reverse("factcheck:queue"),
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )


def _queue_listing(request) -> QueryDict:
    # Read back through QueryDict: the cookie is the browser's to send, so only a query string comes of it.
    return QueryDict(unquote(request.COOKIES.get(QUEUE_LISTING_COOKIE, "")))


def _queue_listing_url(request) -> str:
    return _queue_url(_queue_listing(request))


def _queue_url(query: QueryDict) -> str:
    encoded = query.urlencode()
    return reverse("factcheck:queue") + (f"?{encoded}" if encoded else "")


def _next_open_claim_link(request, claim) -> str:
    """After a ruling, a link to the next open claim of the listing the checker came from ("" if none)."""
    filters = QueueFilterForm(_queue_listing(request)).filters()
    following = selectors.next_open_claim_after(claim, filters, request.user)
    if following is None:
        return ""
    return format_html(
        ' Next open claim in the queue: <a href="{}">#{} “{}”</a>.',
        reverse("factcheck:claim", args=[following.pk]),
        following.pk,
        following.text if len(following.text) <= 80 else following.text[:79] + "…",
    )


def _status_tabs_context(query, filters, counts) -> dict:
    return {
        "filters": filters,
        "status_tabs": [(value, label, counts.get(value)) for value, label in STATUS_FILTER_CHOICES],
        "query_without_status": _without(query, "status", "page"),
    }


def _status_tabs_after_a_change(request, queue_url: str) -> str:
    """The queue's status tabs for the listing at `queue_url`, to swap in out of band: a take or a
    release moves a claim from one status to another, and the counts should say so."""
    query = QueryDict(urlsplit(queue_url).query)
    filters = QueueFilterForm(query).filters()
    counts = selectors.claim_queue_counts(filters, request.user)
    context = {**_status_tabs_context(query, filters, counts), "oob": True}
    return render_to_string("factcheck/_status_tabs.html", context, request=request)


def _without(query, *names) -> str:
    query = query.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def _claim_or_404(request, pk) -> Claim:
    claim = selectors.claim_for_desk(pk)
    if claim is None or not permissions.can_view_claim(request.user, claim):
        raise Http404("No such claim.")
    return claim


def _ruling_auto_id(check: str) -> str:
    # A quoted figure's two ruling forms share one page: ids of their own keep each label (say
    # "Verified") on its own form's input instead of the first form's.
    return f"id_{check}_%s"


def _claim_page(request, claim, *, forms=None, status=200):
    user = request.user
    context_text, a, b = selectors.claim_context(claim)
    forms = forms or {}
    prefetch_related_objects([claim.article], "co_authors")
    sources = list(claim.sources.all())
    for source in sources:
        source.claim = claim  # the permission check reads it; the same row, not another query
    can_rule = permissions.can_rule_on_claim(user, claim)
    checks = []
    main_label = "Attribution" if claim.kind == ClaimKind.QUOTE else "Figure"
    check_specs = [(ClaimCheck.FIGURE, main_label, claim.status, claim.get_status_display(), claim.verdict)]
    if claim.has_attribution_check:
        check_specs.append(
            (
                ClaimCheck.ATTRIBUTION,
                "Attribution",
                claim.attribution_status,
                claim.get_attribution_status_display(),
                claim.attribution_note,
            )
        )
    can_add_source = permissions.can_add_source(user, claim)
    for check, label, status_value, status_label, note in check_specs:
        form = forms.get(check) or RulingForm(
            initial={"check": check, "version": claim.version}, auto_id=_ruling_auto_id(check)
        )
        checks.append(
            {
                "check": check,
                "label": label,
                "status": status_value,
                "status_label": status_label,
                # A second ruling replaces the first: its button says so, not what the first one said.
                "ruled": permissions.is_a_ruling(status_value),
                "note": note,
                "sources": [
                    (s, permissions.can_remove_source(user, s)) for s in sources if s.check_type == check
                ],
                "form": form if can_rule else None,
                # A ruling refused after the claim was taken by someone else keeps its words on show.
                "unsaved": form if not can_rule and check in forms else None,
                # The desk's ruling form takes sources too; the others attach them on their own.
                "source_form": (forms.get(f"source_{check}") or SourceForm(
                    initial={"check": check}, auto_id=f"id_source_{check}_%s"
                )) if can_add_source else None,
            }
        )
    context = {
        "claim": claim,
        "article": claim.article,
        "context_html": mark_claim(context_text, a, b),
        "checks": checks,
        # A verdict reused from another article quotes its sentence: copy that only the desk reads.
        "history": selectors.claim_history(claim, with_other_articles_copy=permissions.can_use_desk(user)),
        # A claim reworded out of the copy points to its new wording, where the checking goes on.
        "replaced_by": selectors.claim_replacing(claim),
        # A quote's page lists the figures in it, with whether each was said: one ruled not said
        # under a quote verified as said is there to be seen.
        "figures_inside": list(selectors.figures_inside(claim)) if claim.kind == ClaimKind.QUOTE else [],
        # An earlier ruling may be on another reporter's unpublished draft: only the desk reads it.
        "memory": _earlier_verdict_shown(claim, selectors.latest_verdicts_for([claim]).get(claim.pk))
        if permissions.can_use_desk(user)
        else None,
        # Sources the article's own reporters attached, told apart from the desk's evidence.
        "reporter_ids": {claim.article.author_id, *(u.pk for u in claim.article.co_authors.all())},
        "can_take": permissions.can_take_claim(user, claim),
        "can_release": permissions.can_release_claim(user, claim),
        "can_hand_back": permissions.can_hand_back_claim(user, claim),
        "can_rule": can_rule,
        "can_waive": permissions.can_waive_claims_of(user, claim.article) and claim.blocks_publication,
        # An editor on the byline finds no waiver here; the page says why, and who gives it.
        "waiver_left_to_another_editor": (
            permissions.WAIVER_LEFT_TO_ANOTHER_EDITOR
            if permissions.waiver_left_to_another_editor(user, claim.article) and claim.blocks_publication
            else ""
        ),
        "waive_form": forms.get("waive") or WaiveForm(initial={"version": claim.version}),
        "held_by_other": permissions.claim_held_by_other(user, claim),
        "own_copy": permissions.kept_from_own_copy(user, claim),
        "can_use_desk": permissions.can_use_desk(user),
        "queue_url": _queue_listing_url(request),
        # A refused ruling, source or waiver says so in the page title, read before anything else.
        "form_refused": any(form.errors for form in forms.values()),
    }
    return render(request, "factcheck/claim_detail.html", context, status=status)


@login_required
@require_GET
def claim_detail(request, pk):
    return _claim_page(request, _claim_or_404(request, pk))


def _version(request) -> int | None:
    form = VersionForm(request.POST)
    return form.cleaned_data.get("version") if form.is_valid() else None


def _after_quick_action(request, claim_id, *, error=None, success=""):
    """Answer a take, release or reuse: the queue row again for htmx, else a redirect with a message.

    The row is the desk's: it carries the claim's memory, which may come from another reporter's
    unpublished draft, so anyone else gets the plain answer."""
    if request.htmx and request.POST.get("row") and permissions.can_use_desk(request.user):
        claim = selectors.claim_for_desk(claim_id)
        row = _queue_row_context(request, claim, memory=selectors.latest_verdicts_for([claim]).get(claim.pk))
        status = 200 if error is None else (403 if isinstance(error, PermissionDenied) else 409)
        current = page_htmx_was_sent_from(request) or ""
        next_url = current if current.startswith(reverse("factcheck:queue")) else reverse("factcheck:queue")
        context = {"claim": row, "row_error": refusal_text(error) if error else "", "row_success": success}
        response = render(request, "factcheck/queue_row.html", {**context, "next_url": next_url}, status=status)
        if error is None:
            response.content += _status_tabs_after_a_change(request, next_url).encode()
        return response
    if error is not None:
        if isinstance(error, PermissionDenied) and not permissions.can_use_desk(request.user):
            return _refused(request, refusal_text(error))
        messages.error(request, refusal_text(error))
    elif success:
        messages.success(request, success)
    return redirect(_safe_next(request, reverse("factcheck:claim", args=[claim_id])))


def _quick_action(request, pk, action, success):
    claim = _claim_or_404(request, pk)
    try:
        action(claim_id=claim.pk, user=request.user, expected_version=_version(request))
    except (PermissionDenied, ValidationError, services.ClaimConflict) as error:
        return _after_quick_action(request, claim.pk, error=error)
    return _after_quick_action(request, claim.pk, success=success.format(pk=claim.pk))


@login_required
@require_POST
def claim_take(request, pk):
    return _quick_action(request, pk, services.claim_take, "Claim #{pk} is yours to check.")


@login_required
@require_POST
def claim_release(request, pk):
    return _quick_action(request, pk, services.claim_release, "Claim #{pk} is back in the queue.")


@login_required
@require_POST
def claim_reuse(request, pk):
    claim = _claim_or_404(request, pk)
    form = VersionForm(request.POST)
    from_claim = form.cleaned_data.get("from_claim") if form.is_valid() else None
    try:
        services.claim_reuse_verdict(
            claim_id=claim.pk,
            from_claim_id=from_claim,
            user=request.user,
            expected_version=form.cleaned_data.get("version"),
            same_fact_confirmed=bool(form.cleaned_data.get("same_fact")),
        )
    except services.VerdictAlreadyReused as repeat:
        return _after_quick_action(request, claim.pk, success=str(repeat))
    except (PermissionDenied, ValidationError, services.ClaimConflict) as error:
        return _after_quick_action(request, claim.pk, error=error)
    success = f"Claim #{claim.pk}: the verdict of claim #{from_claim} reused."
    return _after_quick_action(request, claim.pk, success=success)


@login_required
@require_POST
def claims_take(request):
    """Bulk take from the queue: each selected claim is taken on its own; refusals are listed."""
    if not permissions.can_check_claims(request.user):
        return _refused(request, "Only fact-checkers take claims.")
    ids = _selected_claim_ids(request)
    if not ids:
        messages.warning(request, "Select the claims to take first.")
    else:
        taken, already_yours, refusals = services.claim_take_many(claim_ids=ids, user=request.user)
        if taken:
            messages.success(request, f"{len(taken)} claim{pluralize(len(taken))} taken: {_claim_numbers(taken)}.")
        if already_yours:
            messages.info(request, f"Already yours, left as they were: {_claim_numbers(already_yours)}.")
        for refusal in refusals:
            messages.error(request, refusal)
    return redirect(_safe_next(request, reverse("factcheck:queue")))


@login_required
@require_POST
def claims_release(request):
    """Bulk release from the queue: each selected claim the checker holds goes back to the queue on its
    own; what was not theirs, and what could not be released, is counted apart."""
    if not permissions.can_release_in_bulk(request.user):
        return _refused(
            request,
            "Only fact-checkers release the claims they hold in bulk. An editor releases a checker's claim "
            "to the queue from its row or its page.",
        )
    ids = _selected_claim_ids(request)
    if not ids:
        messages.warning(request, "Select the claims to release first.")
    else:
        released, not_held, refusals = services.claim_release_many(claim_ids=ids, user=request.user)
        if released:
            messages.success(
                request, f"{len(released)} claim{pluralize(len(released))} released: {_claim_numbers(released)}."
            )
        if not_held:
            messages.info(
                request,
                f"{_claims_counted(not_held)} not held by you, left as {'it was' if len(not_held) == 1 else 'they were'}: "
                f"{_claim_numbers(not_held)}.",
            )
        if refusals:
            messages.error(request, f"{_claims_counted(refusals)} not released: {' '.join(refusals)}")
    return redirect(_safe_next(request, reverse("factcheck:queue")))


def _selected_claim_ids(request) -> list[int]:
    # The ids the queue's checkboxes carry, as its addresses read them: str.isdigit() lets "²" by, which int() refuses.
    return [int(v) for v in request.POST.getlist("claims") if re.fullmatch(DatabaseIntConverter.regex, v)]


def _claim_numbers(claims) -> str:
    return ", ".join(f"#{claim.pk}" for claim in claims)


def _claims_counted(items) -> str:
    return f"{len(items)} claim{pluralize(len(items))}"


@login_required
@require_http_methods(["GET", "POST"])
def claim_rule(request, pk):
    claim = _claim_or_404(request, pk)
    if request.method == "GET":
        # A refused ruling is shown at this address; reloading it from the address bar shows the claim.
        return redirect("factcheck:claim", pk=claim.pk)
    if not permissions.can_check_claims(request.user):
        return _refused(request, "Only fact-checkers rule on claims.", article=claim.article)
    check = request.POST.get("check")
    if check != ClaimCheck.ATTRIBUTION or not claim.has_attribution_check:
        # Shown on the form the page has, so that a refusal of the check sent has somewhere to be said.
        check = ClaimCheck.FIGURE
    form = RulingForm(request.POST, auto_id=_ruling_auto_id(check))
    if form.is_valid():
        try:
            ruled = services.claim_rule(
                claim_id=claim.pk,
                user=request.user,
                verdict=form.cleaned_data["verdict"],
                note=form.cleaned_data["note"],
                sources=form.sources(),
                check=form.cleaned_data["check"],
                expected_version=form.cleaned_data.get("version"),
            )
        except PermissionDenied as error:
            return _refused(request, refusal_text(error), article=claim.article)
        except services.RulingAlreadyGiven as repeat:
            messages.info(request, str(repeat))
            return redirect("factcheck:claim", pk=claim.pk)
        except services.ClaimConflict as error:
            # The note and sources typed stay; the version moves on, so that the ruling can be given
            # again once the page, with whatever changed, has been read.
            current = selectors.claim_for_desk(claim.pk)
            data = request.POST.copy()
            data["version"] = str(current.version)
            form = RulingForm(data, auto_id=_ruling_auto_id(check))
            form.is_valid()
            form.add_error(None, str(error))
            return _claim_page(request, current, forms={check: form}, status=409)
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            figures = getattr(ruled, "figures_attributed", ())
            inside = (
                f" The figures inside it ({', '.join(f'#{f.pk}' for f in figures)}) are verified as said too."
                if figures else ""
            )
            messages.success(
                request,
                format_html(
                    "Claim #{}: ruled {}.{}{}",
                    claim.pk, form.cleaned_data["verdict"], inside, _next_open_claim_link(request, claim),
                ),
            )
            return redirect(_safe_next(request, reverse("factcheck:claim", args=[claim.pk])))
    return _claim_page(request, claim, forms={check: form}, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def claim_add_source(request, pk):
    claim = _claim_or_404(request, pk)
    if request.method == "GET":
        # A refused source is shown at this address; reloading it from the address bar shows the claim.
        return redirect("factcheck:claim", pk=claim.pk)
    if not permissions.can_add_source(request.user, claim):
        reason = (
            f"Claim #{claim.pk} is no longer in the article." if not claim.is_present
            else "Only the desk, and the article's reporters while it is unpublished, add sources."
        )
        return _refused(request, reason, article=claim.article)
    check = request.POST.get("check")
    if check != ClaimCheck.ATTRIBUTION or not claim.has_attribution_check:
        check = ClaimCheck.FIGURE
    form = SourceForm(request.POST, auto_id=f"id_source_{check}_%s")
    if form.is_valid():
        try:
            services.claim_add_source(
                claim_id=claim.pk,
                user=request.user,
                kind=form.cleaned_data["kind"],
                reference=form.cleaned_data["reference"],
                note=form.cleaned_data["note"],
                check=form.cleaned_data["check"],
            )
        except PermissionDenied as error:
            return _refused(request, refusal_text(error), article=claim.article)
        except services.SourceAlreadyAttached as repeat:
            messages.info(request, str(repeat))
            return redirect("factcheck:claim", pk=claim.pk)
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, f"Claim #{claim.pk}: source added.")
            return redirect("factcheck:claim", pk=claim.pk)
    return _claim_page(request, claim, forms={f"source_{check}": form}, status=400)


@login_required
@require_POST
def source_remove(request, pk):
    source = get_object_or_404(Source.objects.select_related("claim__article"), pk=pk)
    claim = _claim_or_404(request, source.claim_id)
    try:
        services.claim_remove_source(source_id=source.pk, user=request.user)
    except PermissionDenied as error:
        return _refused(request, refusal_text(error), article=claim.article)
    except ValidationError as error:
        messages.error(request, refusal_text(error))
    else:
        messages.success(request, f"Claim #{claim.pk}: source removed.")
    return redirect("factcheck:claim", pk=claim.pk)


@login_required
@require_http_methods(["GET", "POST"])
def claim_waive(request, pk):
    claim = _claim_or_404(request, pk)
    if request.method == "GET":
        # As for a source: a refused waiver is shown at this address, which a reload asks for again.
        return redirect("factcheck:claim", pk=claim.pk)
    if not permissions.can_waive(request.user):
        return _refused(request, "Only editors can waive the fact-check of a claim.", article=claim.article)
    if permissions.waiver_left_to_another_editor(request.user, claim.article):
        return _refused(request, permissions.WAIVER_LEFT_TO_ANOTHER_EDITOR, article=claim.article)
    form = WaiveForm(request.POST)
    if form.is_valid():
        try:
            services.claim_waive(
                claim_id=claim.pk,
                user=request.user,
                reason=form.cleaned_data["reason"],
                expected_version=form.cleaned_data.get("version"),
            )
        except services.ClaimAlreadyWaived as repeat:
            messages.info(request, str(repeat))
            return redirect("factcheck:claim", pk=claim.pk)
        except (ValidationError, services.ClaimConflict) as error:
            current = selectors.claim_for_desk(claim.pk)
            if not current.blocks_publication:
                # Its page offers no waiver any more, so a refusal on the form would never be seen.
                messages.error(request, refusal_text(error))
                return redirect("factcheck:claim", pk=claim.pk)
            form.add_error(None, refusal_text(error))
        else:
            messages.success(request, f"Claim #{claim.pk} waived; the reason is in the article's history.")
            return redirect(_safe_next(request, reverse("factcheck:claim", args=[claim.pk])))
    return _claim_page(request, claim, forms={"waive": form}, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def article_waive_gate(request, pk):
    """An editor waives every claim that holds an article back, with one written reason. The page
    (linked where the article's page says what the gate holds it back for) lists first what the
    waiver covers and what it leaves."""
    article = _viewable_article(request, pk)
    if not permissions.can_waive(request.user):
        return _refused(request, "Only editors can waive the fact-check gate.", article=article)
    if permissions.waiver_left_to_another_editor(request.user, article):
        return _refused(request, permissions.WAIVER_LEFT_TO_ANOTHER_EDITOR, article=article)
    status = 200
    if request.method == "POST":
        form = WaiveForm(request.POST)
        if form.is_valid():
            try:
                waived = services.article_waive_gate(
                    article_id=article.pk, user=request.user, reason=form.cleaned_data["reason"]
                )
            except ValidationError as error:
                form.add_error(None, refusal_text(error))
            else:
                messages.success(
                    request, f"Fact-check gate waived for {len(waived)} claim(s); the reason is in the history."
                )
                held = selectors.inaccurate_claims_blocking(article)
                if held:
                    messages.warning(request, selectors.describe_inaccurate_claims_held(held))
                return redirect(article.get_absolute_url())
        status = 400
    else:
        form = WaiveForm()
    preview = selectors.gate_waiver_preview(article)
    context = {
        "article": article,
        "form": form,
        "preview": preview,
        # Each claim said as the refusal to publish named it, with its own page a link away.
        "covers": [(claim, selectors.describe_blocking_claim(claim)) for claim in preview.covers],
        "holds": [(claim, selectors.describe_blocking_claim(claim)) for claim in preview.holds],
    }
    return render(request, "factcheck/article_waive.html", context, status=status)
