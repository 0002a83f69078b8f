"""Signing in from a test with a password, as a browser does."""

from django.test import RequestFactory
from django.urls import reverse


def log_in(client, username: str, password: str) -> bool:
    """``client.login()``, with the request a sign-in arrives in: the sign-in limit counts failures by
    name and address, and refuses to check a password that comes with no request."""
    return client.login(request=RequestFactory().post(reverse("login")), username=username, password=password)
