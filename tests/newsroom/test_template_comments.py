"""Django's short comment, {# … #}, ends on the line it starts on: one carried onto a second line is
no comment at all, and the page shows it, braces and all, to whoever opens it."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.TEMPLATES[0]["DIRS"][0])


def test_no_template_carries_a_short_comment_onto_another_line():
    unclosed = re.compile(r"\{#(?![^\n]*#\})")
    found = [
        f"{template.relative_to(TEMPLATES)}:{source.count(chr(10), 0, match.start()) + 1}"
        for template in sorted(TEMPLATES.rglob("*.html"))
        for source in [template.read_text()]
        for match in unclosed.finditer(source)
    ]
    assert not found, "use {% comment %} for a comment of several lines: " + ", ".join(found)
