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


def word_diff(old: str, new: str) -> list[DiffChunk]:
    old_tokens = _TOKEN.findall(old or "")
    new_tokens = _TOKEN.findall(new or "")
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    chunks: list[DiffChunk] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            chunks.append(DiffChunk("equal", "".join(old_tokens[a1:a2])))
            continue
        if a2 > a1:
            chunks.append(DiffChunk("delete", "".join(old_tokens[a1:a2])))
        if b2 > b1:
            chunks.append(DiffChunk("insert", "".join(new_tokens[b1:b2])))
    return chunks


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
