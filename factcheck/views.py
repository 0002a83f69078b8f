"""The scan panel of the reporter's article page: an htmx fragment that polls while the scan runs."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from articles.models import Article

from . import permissions, selectors, services


def _viewable_article(request, pk) -> Article:
    article = get_object_or_404(Article.objects.select_related("desk", "author"), pk=pk)
    if not permissions.can_view_claims(request.user, article):
        raise Http404("No such article.")  # not 403: do not confirm that it exists
    return article


def _render_panel(request, article, *, status=200):
    panel = selectors.scan_panel_for(article)
    context = {"article": article, "panel": panel, "can_rescan": permissions.can_rescan(request.user, article)}
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
    except ValidationError as error:
        if request.htmx:
            return _render_panel(request, article, status=409)
        messages.error(request, " ".join(error.messages))
        return redirect(article.get_absolute_url())
    if request.htmx:
        return _render_panel(request, article)
    messages.info(request, "The article is being scanned again.")
    return redirect(article.get_absolute_url())
