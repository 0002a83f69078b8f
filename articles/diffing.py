"""Word-level comparison of two texts, rendered as escaped HTML. Pure Python, no Django import."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

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


def word_diff_html(old: str, new: str) -> str:
    """Escaped HTML with <del> and <ins> around removed and added words; safe to mark safe."""
    parts = []
    for chunk in word_diff(old, new):
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
