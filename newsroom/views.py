"""Views of the site as a whole, outside any one app."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import RequestDataTooBig
from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.shortcuts import render
from django.views import defaults


class LogoutView(auth_views.LogoutView):
    """Signs out on POST only, as Django requires (a link or a crawler must not sign anyone out). A GET,
    from a typed or bookmarked address, asks with a button instead of answering 405."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, "registration/logout_confirm.html")

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, "You have signed out.")
        return response


def bad_request(request, exception=None):
    """Django's 400 page, except for a form too large to read (a pasted body far over the limit),
    which gets a page of the site's own that says what the limits are: Django refuses to read such
    a request at all, so no form can say it."""
    if not isinstance(exception, RequestDataTooBig):
        return defaults.bad_request(request, exception)
    context = {
        "body_max_chars": f"{settings.ARTICLE_BODY_MAX_CHARS:,}",
        "form_max_megabytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1_000_000,
    }
    # 413: the request was well formed, only too large.
    return render(request, "request_too_large.html", context, status=413)



def csrf_failure(request, reason=""):
    """A form the newsroom could not accept because its page was out of date: most often opened before
    the writer last signed in (signing in renews the token a form carries), or sent by a browser that
    keeps no cookies. Django's own page speaks of forgery and says nothing of what was typed; this one
    says that nothing was saved and how to get the text back."""
    response = render(request, "csrf_failure.html", {"no_cookie": reason == REASON_NO_CSRF_COOKIE}, status=403)
    if getattr(request, "htmx", False):
        # A click in the queue or the scan panel: the page takes the place of the whole page, not of a row.
        response["HX-Retarget"] = "body"
        response["HX-Reswap"] = "innerHTML"
    return response
