"""Views of the site as a whole, outside any one app."""

import base64
import functools
import hashlib
import math
import re
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import RequestDataTooBig
from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.template import TemplateDoesNotExist, loader
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import defaults
from django.views.decorators.cache import cache_control

from articles.selectors import sign_in_pause_ends
from newsroom.forms import PasswordChangeForm
from newsroom.times import as_recorded


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


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's, with the form that checks the old password as a sign-in does, so that wrong ones count
    towards the sign-in limit (newsroom.forms)."""

    form_class = PasswordChangeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


@cache_control(max_age=24 * 60 * 60)
def favicon(request):
    """Browsers ask for /favicon.ico by that address whatever a page links (the admin's pages link
    none, and so do images opened on their own): send them to the static file, whose address in
    production carries the hash of its contents."""
    return HttpResponseRedirect(static("favicon.ico"))


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


def server_error(request):
    """Django's 500 page (500.html), which carries its few lines of style inline so that it needs
    nothing that may be what failed: static files, the database. The Content-Security-Policy refuses
    inline styles; this one response allows that one block, by its hash."""
    response = defaults.server_error(request)
    if hashes := _inline_style_hashes("500.html"):
        allowed = {"style-src": list(hashes)}
        response._csp_update = response._csp_update_ro = allowed  # as django-csp's csp_update sets them
    return response


@functools.cache
def _inline_style_hashes(template_name: str) -> tuple[str, ...]:
    """The CSP sources that allow the template's <style> blocks, which hold no template tags."""
    try:
        source = loader.get_template(template_name).template.source
    except TemplateDoesNotExist:  # Django's server_error then answers in plain text
        return ()
    return tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(block.encode()).digest()).decode() + "'"
        for block in re.findall(r"<style>(.*?)</style>", source, re.S)
    )


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


def sign_in_paused(request, original_response=None, credentials=None):
    """The page of a sign-in, or of a password change, refused because there have been too many wrong
    passwords for the name from this address: what is paused, until when, and what to do meanwhile,
    in place of django-axes's bare text. The admin's pages get it in the admin's own look.

    django-axes calls this (AXES_LOCKOUT_CALLABLE) for the request it refused, whose address it has
    read into `request.axes_ip_address`."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    now = timezone.now()
    ends = sign_in_pause_ends(username=username, ip_address=request.axes_ip_address, now=now)
    # Refused, so paused: only a pause lifted between the refusal and this read leaves no end to find.
    ends = ends or now + timedelta(minutes=settings.SIGN_IN_COOL_OFF_MINUTES)
    seconds_left = max(1, math.ceil((ends - now).total_seconds()))
    in_admin = request.path.startswith(reverse("admin:index"))
    context = {
        "username": username,
        "failure_limit": settings.SIGN_IN_FAILURE_LIMIT,
        "minutes_left": math.ceil(seconds_left / 60),
        "ends": as_recorded(ends),
        "changing_password": request.path in {reverse("password_change"), reverse("admin:password_change")},
        "sign_in_url": _sign_in_again_url(request, "admin:login" if in_admin else "login"),
    }
    if in_admin:
        context.update(admin.site.each_context(request))
    template = "admin/sign_in_paused.html" if in_admin else "registration/sign_in_paused.html"
    # 429 Too Many Requests, and when to come back, for anything that reads the status, not the page.
    response = render(request, template, context, status=429)
    response["Retry-After"] = str(seconds_left)
    return response


def _sign_in_again_url(request, page: str) -> str:
    """The sign-in page, going on afterwards to where the refused sign-in would have gone."""
    url = reverse(page)
    next_page = request.POST.get("next", "")
    if next_page and url_has_allowed_host_and_scheme(
        next_page, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        url += "?" + urlencode({"next": next_page})
    return url
