"""Word-level comparison of two texts, rendered as escaped HTML. Pure Python, no Django import."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

# An edit conflict shows what changed meanwhile with this much unchanged text around each change.
CONFLICT_CONTEXT_CHARS = 240

# Words and the whitespace between them are separate tokens, so paragraph breaks survive the diff.
_TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class DiffChunk:
    op: str  # "equal", "insert" or "delete"
    text: str


# Above this many token pairs (or line pairs) a changed stretch is shown as removed and added whole:
# a diff costs time in proportion to the product of the two lengths.
MAX_WORD_DIFF_PAIRS = 4_000_000


def word_diff(old: str, new: str) -> list[DiffChunk]:
    """The two texts as equal, deleted and inserted stretches of words.

    The text both share at either end is set aside first, and what remains is matched paragraph
    by paragraph before word by word, so that a long body with a few changes is compared in
    moments rather than minutes (a word diff of the whole would be quadratic in its length).
    """
    a = _TOKEN.findall(old or "")
    b = _TOKEN.findall(new or "")
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    chunks: list[DiffChunk] = []
    _add(chunks, "equal", a[:head])
    _diff_paragraphs(a[head:len(a) - tail], b[head:len(b) - tail], chunks)
    _add(chunks, "equal", a[len(a) - tail:])
    return chunks


def _paragraphs(tokens: list[str]) -> list[tuple[str, ...]]:
    """Tokens grouped into lines, each ending with the blank that holds its line break."""
    lines, start = [], 0
    for k, token in enumerate(tokens):
        if "\n" in token:
            lines.append(tuple(tokens[start:k + 1]))
            start = k + 1
    if start < len(tokens):
        lines.append(tuple(tokens[start:]))
    return lines


def _diff_paragraphs(a: list[str], b: list[str], chunks: list[DiffChunk]) -> None:
    a_lines, b_lines = _paragraphs(a), _paragraphs(b)
    if len(a_lines) * len(b_lines) > MAX_WORD_DIFF_PAIRS:
        # Tens of thousands of short lines: matched line by line, each is compared with every equal
        # line of the other text, and one page took minutes of the server's time.
        _add(chunks, "delete", a)
        _add(chunks, "insert", b)
        return
    matcher = difflib.SequenceMatcher(a=a_lines, b=b_lines, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        old_tokens = [t for line in a_lines[a1:a2] for t in line]
        if op == "equal":
            _add(chunks, "equal", old_tokens)
        else:
            _diff_words(old_tokens, [t for line in b_lines[b1:b2] for t in line], chunks)


def _diff_words(a: list[str], b: list[str], chunks: list[DiffChunk]) -> None:
    if len(a) * len(b) > MAX_WORD_DIFF_PAIRS:
        _add(chunks, "delete", a)
        _add(chunks, "insert", b)
        return
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            _add(chunks, "equal", a[a1:a2])
            continue
        _add(chunks, "delete", a[a1:a2])
        _add(chunks, "insert", b[b1:b2])


def _add(chunks: list[DiffChunk], op: str, tokens: list[str]) -> None:
    """Append a stretch, merged into the last one when that has the same op."""
    if not tokens:
        return
    text = "".join(tokens)
    if chunks and chunks[-1].op == op:
        chunks[-1] = DiffChunk(op, chunks[-1].text + text)
    else:
        chunks.append(DiffChunk(op, text))


def _elide(text: str, *, keep_head: bool, keep_tail: bool, context: int) -> str:
    """Escaped unchanged text with its middle left out: only the words near a change are shown."""
    head = text[:context].rsplit(None, 1)[0] if keep_head and len(text) > context else (text if keep_head else "")
    tail = text[-context:].split(None, 1)[-1] if keep_tail and len(text) > context else (text if keep_tail else "")
    skipped = text[len(head):len(text) - len(tail)]
    if len(skipped) < 80:
        return html.escape(text)
    paragraphs = skipped.count("\n\n")
    what = f"{paragraphs} unchanged paragraph{'s' if paragraphs != 1 else ''}" if paragraphs else "unchanged text"
    return f'{html.escape(head)}<span class="diff-skip"> [… {what} …] </span>{html.escape(tail)}'


def word_diff_html(old: str, new: str, *, context: int | None = None) -> str:
    """Escaped HTML with <del> and <ins> around removed and added words; safe to mark safe.

    With ``context``, unchanged stretches longer than about twice that many characters keep only
    that much text on either side of a change, so that one changed figure in a long body is seen.
    """
    chunks = word_diff(old, new)
    parts = []
    for k, chunk in enumerate(chunks):
        if chunk.op == "equal" and context is not None and len(chunk.text) > 2 * context:
            parts.append(_elide(chunk.text, keep_head=k > 0, keep_tail=k < len(chunks) - 1, context=context))
            continue
        text = html.escape(chunk.text)
        if chunk.op == "equal":
            parts.append(text)
        elif chunk.op == "delete":
            parts.append(f"<del>{text}</del>")
        else:
            parts.append(f"<ins>{text}</ins>")
    return "".join(parts)


def has_changes(old: str, new: str) -> bool:
    return (old or "") != (new or "")
