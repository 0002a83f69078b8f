"""Reading the parts of a rendered page that tests look at."""

import re


def error_summary(html: str) -> str:
    """The error summary a refused form opens with (the alert that takes the focus)."""
    match = re.search(r'<div class="alert alert-danger form-error-summary"[^>]*role="alert"[^>]*>.*?</div>', html, re.S)
    assert match, "no error summary"
    return match.group(0)


def takes_the_focus_on_opening(html: str, element_id: str) -> bool:
    """Whether the element is marked to take the focus as the page opens, and the page loads the script
    that gives it (static/js/focus_on_load.js; the browser tests see it done)."""
    tag = re.search(rf'<[a-z]+ [^>]*id="{re.escape(element_id)}"[^>]*>', html)
    return bool(tag) and " data-focus-on-load" in tag.group(0) and "js/focus_on_load.js" in html
