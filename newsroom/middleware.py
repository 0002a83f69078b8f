"""Middleware of the site as a whole."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import resolve_url
from django_htmx.http import HttpResponseClientRedirect


class HtmxSignInMiddleware:
    """An htmx request whose session has ended (signed out in another window, or timed out) is sent
    to sign in like any other; htmx would follow that redirect and put the sign-in page inside the
    queue's row or the scan panel, and after signing in send the person to an address that takes
    only POST. The whole page goes to sign in instead, and comes back to the page it was on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not getattr(request, "htmx", False) or response.status_code != 302:
            return response
        if urlsplit(response["Location"]).path != resolve_url(settings.LOGIN_URL):
            return response
        back_to = request.htmx.current_url_abs_path or resolve_url(settings.LOGIN_REDIRECT_URL)
        return HttpResponseClientRedirect(redirect_to_login(back_to).url)
