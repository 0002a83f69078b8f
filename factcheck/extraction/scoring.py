"""Check-worthiness: how much a fact-checker should care about a claim, in [0, 1].

Starting points by kind: money 0.7, percent 0.65, count and measure 0.45, quote 0.45,
vague 0.35, ordinal 0.25, date 0.1. Then:

* +0.15 for a figure inside a direct quote (the figure and the attribution both need checking);
* +0.1 for counts, money and measures of 1,000 or more, another +0.05 from a million;
* +0.05 when the text gives a direction ("rose 12%");
* +0.1 when the sentence makes a superlative or record claim ("record", "largest", "never");
* +0.35 for a ranked superlative ("third-largest"), which is a comparison that can be wrong;
* quotes: +0.1 with a known speaker, +0.2 when they contain a digit, +0.1 for record words.

The result is clamped to [0, 1] and rounded to three decimals so it is stable in JSON.
"""

from __future__ import annotations

import re

from .lexicon import RECORD_WORDS

BASE = {
    "money": 0.7, "percent": 0.65, "count": 0.45, "measure": 0.45, "quote": 0.45,
    "vague": 0.35, "ordinal": 0.25, "date": 0.1,
}
_SUPERLATIVE_RE = re.compile(r"-(?:largest|biggest|highest|lowest|worst|best|most|least|busiest|richest|poorest|deadliest|fastest|longest|smallest|oldest|youngest|strongest|weakest|[a-z]+est)\b")
_DIGIT_RE = re.compile(r"[0-9]")


# One search for a record word standing as a whole word of the lower-cased text (words are
# runs of letters joined by single hyphens, as in "all-time"):
# no letter, and no letter-and-hyphen, on either side.
_RECORD_RE = re.compile(
    r"(?<![a-z])(?<![a-z]-)(?:"
    + "|".join(re.escape(w) for w in sorted(RECORD_WORDS, key=lambda w: (-len(w), w)))
    + r")(?![a-z])(?!-[a-z])"
)
_SIZED = frozenset(("count", "money", "measure", "vague"))
_FIGURE_SCORES: dict[tuple, float] = {}


# For ASCII text, one pass lower-cases the letters and blanks out everything else, so that
# split() gives the runs of letters ("all-time" gives "all" and "time").
_LOWER_LETTERS = bytes(
    c | 0x20 if chr(c).isascii() and chr(c).isalpha() else ord(" ") for c in range(256)
)
# The only characters outside ASCII whose lower-case form holds an ASCII letter.
_LOWERS_TO_ASCII_RE = re.compile("[\u0130\u212a]")
_RECORD_BYTES = frozenset(w.encode() for w in RECORD_WORDS)
# A record word can stand in the text only where its first run of letters does.
_RECORD_FIRST_RUNS = frozenset(w.split("-")[0].encode() for w in RECORD_WORDS)


def has_record_words(sentence_text: str) -> bool:
    """Whether ``_RECORD_RE`` finds a record word in the lower-cased sentence.

    Most sentences hold none, and the runs of ASCII letters settle it: without a record
    word's first run there is no match, and without a hyphen every whole word is a run of
    letters. A character outside ASCII is no letter to the pattern, so it is encoded as a
    "?" and blanked out, unless it lower-cases to ASCII ("\u0130", the Kelvin sign). Only a
    sentence with both a hyphen and a candidate needs the regex.
    """
    if sentence_text.isascii() or _LOWERS_TO_ASCII_RE.search(sentence_text) is None:
        runs = sentence_text.encode("ascii", "replace").translate(_LOWER_LETTERS).split()
        if _RECORD_FIRST_RUNS.isdisjoint(runs):
            return False
        if "-" not in sentence_text:
            return not _RECORD_BYTES.isdisjoint(runs)
    return _RECORD_RE.search(sentence_text.lower()) is not None


def score(kind: str, text: str, value, high, direction, quoted: bool, speaker, record: bool) -> float:
    s = BASE.get(kind, 0.3)
    if kind == "quote":
        if speaker:
            s += 0.1
        if _DIGIT_RE.search(text):
            s += 0.2
        if record:
            s += 0.1
    else:
        if quoted:
            s += 0.15
        size = value if value is not None else high
        if kind in ("count", "money", "measure", "vague") and size is not None:
            if abs(size) >= 1_000:
                s += 0.1
            if abs(size) >= 1_000_000:
                s += 0.05
        if direction:
            s += 0.05
        if record and kind != "date":
            s += 0.1
        if kind == "ordinal" and _SUPERLATIVE_RE.search(text.lower()):
            s += 0.35
    return round(min(1.0, max(0.0, s)), 3)


def figure_score(kind: str, text: str, value, high, direction, quoted: bool, record: bool) -> float:
    """``score`` for a figure (any kind but "quote"), from a table of the few cases there are."""
    size = value if value is not None else high
    big = 0
    if size is not None and kind in _SIZED:
        a = abs(size)
        if a >= 1_000:
            big = 2 if a >= 1_000_000 else 1
    key = (kind, quoted, big, not direction, record,
           kind == "ordinal" and _SUPERLATIVE_RE.search(text.lower()) is not None)
    s = _FIGURE_SCORES.get(key)
    if s is None:
        s = _FIGURE_SCORES[key] = score(kind, text, value, high, direction, quoted, None, record)
    return s
