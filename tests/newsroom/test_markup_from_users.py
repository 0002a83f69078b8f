"""Nothing a user writes is shown as HTML, so the newsroom needs no HTML sanitiser: the templates never
turn escaping off, and the only markup the code marks safe is the word diff, which escapes every word
before it wraps any in <ins> or <del> (tests/articles/test_diffing.py). format_html, which the admin
and the claim highlights use, escapes what it is given."""

import re
from pathlib import Path

from django.conf import settings

from articles.diffing import word_diff_html

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = Path(settings.TEMPLATES[0]["DIRS"][0])
CODE = [path for package in ("articles", "factcheck", "newsroom") for path in (ROOT / package).rglob("*.py")]


def test_no_template_turns_escaping_off():
    unescaped = re.compile(r"\|\s*safe(seq)?\b|\{%\s*autoescape\s+off\s*%\}")
    found = [
        f"{template.relative_to(TEMPLATES)}: {match.group(0)}"
        for template in TEMPLATES.rglob("*.html")
        for match in unescaped.finditer(template.read_text())
    ]
    assert not found, found


def test_the_code_marks_nothing_safe_but_the_word_diff():
    calls = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in CODE
        for line in path.read_text().splitlines()
        if re.search(r"\bmark_safe\(|\bSafeString\(", line) and "mark_safe(word_diff_html(" not in line
    ]
    assert not calls, calls


def test_the_word_diff_escapes_markup_in_either_text():
    html = word_diff_html('<img src=x onerror="alert(1)"> 300 people', '<script>alert(1)</script> 400 people')

    assert "<script>" not in html and "<img" not in html
    assert "<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>" in html
    assert "<del>&lt;img</del>" in html and "onerror=&quot;alert(1)&quot;&gt;" in html
