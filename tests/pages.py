"""Reading the parts of a rendered page that tests look at."""

import re


def error_summary(html: str) -> str:
    """The error summary a refused form opens with (the alert that takes the focus)."""
    match = re.search(r'<div class="alert alert-danger form-error-summary"[^>]*role="alert"[^>]*>.*?</div>', html, re.S)
    assert match, "no error summary"
    return match.group(0)
