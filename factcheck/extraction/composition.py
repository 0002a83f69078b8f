"""Text in Unicode's composed form (NFC), and where each of its characters was in the text as written.

Many Mac programs copy "é" as "e" followed by a combining accent. The two forms look the same,
but the rules read letters: "Jose\u0301 A\u0301lvarez said" would name no one the copy named. The
claims are therefore read from the composed text and given back with their offsets and surfaces
in the text as written; a claim's fingerprint is the same in either form.

Composition never joins a character to an ASCII one after it, and a character of combining class
0 only to the one right before it, so the text is composed a short piece at a time: a letter and
the marks that follow it. Only the pieces that change are remembered, so text that is nearly all
composed costs nearly nothing.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array

# A run of characters outside ASCII, with the ASCII letter a mark may sit on before it.
_RUN_WITH_ITS_BASE_RE = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


def is_composed(text: str) -> bool:
    return text.isascii() or unicodedata.is_normalized("NFC", text)


class Origins:
    """Maps an offset in the composed text to the offset in the text as written."""

    def __init__(self, length_as_written: int):
        self.length_as_written = length_as_written
        self.composed_starts = array("q")   # where each changed piece starts in the composed text
        self.composed_ends = array("q")
        self.written_starts = array("q")    # ... and in the text as written
        self.written_ends = array("q")
        self.inside: dict[int, list[int]] = {}  # offsets within a piece composed to more than one character

    def add(self, composed_start: int, composed_piece: str, written_start: int, written_piece: str) -> None:
        k = len(self.composed_starts)
        self.composed_starts.append(composed_start)
        self.composed_ends.append(composed_start + len(composed_piece))
        self.written_starts.append(written_start)
        self.written_ends.append(written_start + len(written_piece))
        if len(composed_piece) > 1:
            self.inside[k] = _origins_within(written_piece, len(composed_piece))

    def __call__(self, offset: int) -> int:
        k = bisect.bisect_right(self.composed_starts, offset) - 1
        if k < 0:
            return offset
        if offset < self.composed_ends[k]:
            within = self.inside.get(k)
            return self.written_starts[k] + (within[offset - self.composed_starts[k]] if within else 0)
        return min(offset + self.written_ends[k] - self.composed_ends[k], self.length_as_written)


def _origins_within(written_piece: str, composed_length: int) -> list[int]:
    """For each character of a piece's composed form, where in the piece its first part was: the
    first prefix of the piece whose composed form is that long."""
    origins: list[int] = []
    for m in range(1, len(written_piece) + 1):
        reached = min(len(unicodedata.normalize("NFC", written_piece[:m])), composed_length)
        while len(origins) < reached:
            origins.append(m - 1)
    while len(origins) < composed_length:
        origins.append(len(written_piece) - 1)
    return origins


def _pieces(run: str):
    """A run cut before each character that composes with nothing before it: a letter and its marks."""
    start = 0
    for k in range(1, len(run)):
        ch = run[k]
        if unicodedata.combining(ch) == 0 and unicodedata.combining(unicodedata.normalize("NFD", ch)[0]) == 0:
            # (not a letter made of marks only: "\u0f73" is two vowel signs that may move before a mark)
            # (the piece so far as composed: a Hangul syllable's last letter joins the two before it)
            last = unicodedata.normalize("NFC", run[start:k])[-1]
            if unicodedata.normalize("NFC", last + ch) == last + unicodedata.normalize("NFC", ch):
                yield start, run[start:k]
                start = k
    yield start, run[start:]


def composed(text: str) -> tuple[str, Origins]:
    """``text`` in NFC, and the map of its offsets back to ``text``."""
    origins = Origins(len(text))
    out: list[str] = []
    copied = 0  # text[:copied] is in out
    shift = 0   # composed offset minus written offset, after what is in out
    for run in _RUN_WITH_ITS_BASE_RE.finditer(text):
        if unicodedata.is_normalized("NFC", run.group()):
            continue
        for at, piece in _pieces(run.group()):
            composed_piece = unicodedata.normalize("NFC", piece)
            if composed_piece == piece:
                continue
            start = run.start() + at
            out.append(text[copied:start])
            origins.add(start + shift, composed_piece, start, piece)
            out.append(composed_piece)
            shift += len(composed_piece) - len(piece)
            copied = start + len(piece)
    out.append(text[copied:])
    return "".join(out), origins
