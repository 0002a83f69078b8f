"""The address a request came from, as the sign-in limit counts it."""

import ipaddress

from django.conf import settings


def client_address(request) -> str | None:
    """The address of the client that sent ``request``.

    The web server's peer (REMOTE_ADDR) unless the deployment says, by TRUSTED_PROXY_COUNT, that that
    many proxies of its own stand in front of it. Each of them adds the address it was reached from to
    the end of X-Forwarded-For, so the client is the entry that many places from the end; whatever the
    client itself wrote there comes before it and is never read. A header shorter than that, or an entry
    that is no address, did not come through those proxies, and the peer's address is used instead.

    Counting from the left, or taking the first address that looks public, as some libraries do, would
    let anyone choose the address they are counted under and so escape the limit."""
    peer = request.META.get("REMOTE_ADDR") or None
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return peer
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < proxies:
        return peer
    try:
        return str(ipaddress.ip_address(forwarded[-proxies]))
    except ValueError:
        return peer
