"""Reading the parts of a rendered page that tests look at."""

import re
from html.parser import HTMLParser


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


class _AncestorClasses(HTMLParser):
    """Notes the classes of every element around the first link to `href`, innermost first."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, href: str):
        super().__init__()
        self.href = href
        self.open: list[tuple[str, set[str]]] = []
        self.found: list[set[str]] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if self.found is None and tag == "a" and attrs.get("href") == self.href:
            self.found = [classes, *(c for _, c in reversed(self.open))]
        if tag not in self.VOID:
            self.open.append((tag, classes))

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break


def classes_around_link(html: str, href: str) -> list[set[str]]:
    """The classes of the first link to `href` and of each element it sits in, innermost first."""
    parser = _AncestorClasses(href)
    parser.feed(html)
    assert parser.found is not None, f"no link to {href}"
    return parser.found
