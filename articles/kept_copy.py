"""Copy a reporter sent after their session ended, kept for them through signing in again.

This is the web layer's own state (the browser's session), not the newsroom's: nothing here saves an
article. The views wrap their copy forms with `keeps_what_was_typed_through_sign_in` and refill a form
with `form_data_typed_before_sign_in`.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import QueryDict

from newsroom.middleware import user_last_signed_in_here

from .models import Article
from .validators import STANDFIRST_MAX_CHARS

# Copy sent from the new-draft or edit form after the session ended: one form's, the latest, with the
# page it was sent to and the person it is kept for.
TYPED_BEFORE_SIGN_IN = "articles.copy_typed_before_sign_in"
# The most kept: a form's copy at its limits, and room for its other fields (note, deadline, co-authors,
# tokens). A form sent with more could not be saved as it is anyway.
TYPED_BEFORE_SIGN_IN_MAX_CHARS = (
    settings.ARTICLE_HEADLINE_MAX_CHARS + STANDFIRST_MAX_CHARS + settings.ARTICLE_BODY_MAX_CHARS + 2_000
)


def keeps_what_was_typed_through_sign_in(form_class):
    """`login_required` for a copy form, except that a form sent after the session ended (it timed out,
    or the writer signed out in another window) is not thrown away. Nothing is saved, since nobody is
    signed in to save it; the text is kept in the browser's session for the person who last signed in
    with this browser, the sign-in page says so, and once that person is signed in again the form comes
    back filled with it, for them to check and save (see `form_data_typed_before_sign_in`). Whoever
    else signs in next gets nothing of it: a newsroom's computers are shared. A page sent with an
    out-of-date token never gets here: the token check refuses it first, so no other site can fill in
    a reporter's form."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.user.is_authenticated:
                return view(request, *args, **kwargs)
            if request.method == "POST":
                if _keep_typed_before_sign_in(request, form_class, article_id=kwargs.get("pk")):
                    messages.warning(
                        request,
                        "Your session had ended, so nothing was saved. Sign in again: what you typed will be "
                        "back in the form, for you to check and save.",
                    )
                else:
                    messages.warning(
                        request,
                        "Your session had ended, so nothing was saved. Sign in again, then send what you "
                        "typed once more: your browser's Back button may still have it.",
                    )
            return redirect_to_login(request.get_full_path())

        return wrapper

    return decorator


def _keep_typed_before_sign_in(request, form_class, *, article_id) -> bool:
    """Keep what an anonymous request sent from a copy form, in place of anything kept before; False
    when it is not kept. Nobody signed in sends it, so the session table is guarded: it is kept only
    for the person who last signed in with this browser (nobody else could have it back), only for a
    form that exists (the new-draft form, or an article's edit page), and only up to a form's size."""
    owner_id = user_last_signed_in_here(request)
    if owner_id is None:
        return False
    if article_id is not None and not Article.objects.filter(pk=article_id).exists():
        return False
    fields = {name: request.POST.getlist(name) for name in form_class.base_fields if name in request.POST}
    if sum(len(value) for values in fields.values() for value in values) > TYPED_BEFORE_SIGN_IN_MAX_CHARS:
        return False
    request.session[TYPED_BEFORE_SIGN_IN] = {"path": request.path, "user_id": owner_id, "fields": fields}
    return True


def form_data_typed_before_sign_in(request) -> QueryDict | None:
    """What was sent from this page's form while signed out, once, and only to the person it was kept
    for (see keeps_what_was_typed_through_sign_in)."""
    kept = request.session.get(TYPED_BEFORE_SIGN_IN)
    if not kept or kept.get("path") != request.path:
        return None
    del request.session[TYPED_BEFORE_SIGN_IN]
    if kept.get("user_id") != request.user.pk:
        return None
    data = QueryDict(mutable=True)
    for name, values in kept["fields"].items():
        data.setlist(name, values)
    return data


def forget_what_someone_else_typed(sender, request, user, **kwargs):
    """On signing in (user_logged_in), which keeps the session's data: copy kept for someone else who
    used this browser is dropped, not left in the session of the person now signed in."""
    kept = request.session.get(TYPED_BEFORE_SIGN_IN)
    if kept is not None and kept.get("user_id") != user.pk:
        del request.session[TYPED_BEFORE_SIGN_IN]
