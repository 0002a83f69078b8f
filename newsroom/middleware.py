"""Middleware of the site as a whole."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.shortcuts import resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django_htmx.http import HttpResponseClientRedirect


class SignInMiddleware:
    """Where a request whose session has ended (signed out in another window, or timed out) comes
    back to after signing in. Sent to sign in like any other, it would come back to its own address:

    - an htmx request would have htmx follow the redirect and put the sign-in page inside the queue's
      row or the scan panel: the whole page goes to sign in instead, and back to the page it was on;
    - a form's POST (a workflow step, a ruling, a source) goes to an address that takes only POST,
      which after signing in would be a blank "405" page: it comes back to the page the form was on.

    Nothing the request asked for is done; the person sees the page again and sends it once more."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 302 or urlsplit(response["Location"]).path != resolve_url(settings.LOGIN_URL):
            return response
        start_page = resolve_url(settings.LOGIN_REDIRECT_URL)
        if getattr(request, "htmx", False):
            return HttpResponseClientRedirect(redirect_to_login(page_htmx_was_sent_from(request) or start_page).url)
        if request.method == "POST":
            return redirect_to_login(_page_of_the_form(request) or start_page)
        return response


def page_htmx_was_sent_from(request) -> str | None:
    """The path (and query) of this site's page an htmx request was sent from, or None. The address
    comes in a header that anyone can write, and one that is no address ("http://[::1/") made
    django-htmx's reading of it raise, a server error, where it should simply be unknown."""
    try:
        return request.htmx.current_url_abs_path
    except ValueError:
        return None


def _page_of_the_form(request) -> str | None:
    referer = request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return None
    page = urlsplit(referer)
    return page.path + (f"?{page.query}" if page.query else "")


# Who last signed in with this browser, in a signed cookie of its own: it outlives the session, which
# signing out empties and a time-out deletes, so that copy sent after the session ended is kept for
# the person who was signed in, and for nobody else (articles.kept_copy.keeps_what_was_typed_through_sign_in).
LAST_SIGNED_IN_COOKIE = "newsroom_last_signed_in"
_LAST_SIGNED_IN_SALT = "newsroom.last-signed-in"


def user_last_signed_in_here(request) -> int | None:
    """The id of the person who last signed in with this browser, if it is known."""
    try:
        return int(request.get_signed_cookie(LAST_SIGNED_IN_COOKIE, salt=_LAST_SIGNED_IN_SALT))
    except (KeyError, ValueError, signing.BadSignature):
        return None


class LastSignedInMiddleware:
    """Remembers, in the browser, who last signed in with it (see user_last_signed_in_here)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user_last_signed_in_here(request) != user.pk:
            response.set_signed_cookie(
                LAST_SIGNED_IN_COOKIE,
                str(user.pk),
                salt=_LAST_SIGNED_IN_SALT,
                max_age=settings.SESSION_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
