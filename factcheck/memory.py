"""Claim memory: a key under which claims stating the same thing meet, across articles.

Pure Python, no Django import. Two claims share a key when they are of the same family and state the
same figure (value, or low and high, to six significant digits) in the same unit, with the same hedge
("about", "more than") and direction ("up", "down"), said by the same speaker (or both by nobody).
Quotes carry no number: their key is their words and speaker. Dates, and counts or ranks with nothing
counted ("the first", "three"), have no key: the same words in another story are another claim. The hedge and the direction are part of
the key because "more than 3,000" being true says nothing about "3,000", nor "rose 5%" about "fell 5%".

The key is a short hash (fixed length, indexable); `memory_payload` shows what went into it.

A key says two claims state the same figure, not the same fact: "turnout of 61.4%" and "won 61.4% of
the vote" share one. `states_the_same_fact` tells when a verdict may be reused without a checker reading
both sentences.
"""

from __future__ import annotations

import hashlib
import re

# Kinds whose figures can be compared with each other: a vague "thousands of" is a count range.
KIND_FAMILY = {"vague": "count"}
_QUOTE_MARKS = re.compile("[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]")
_SPACE = re.compile(r"\s+")
UNIT_SYNONYMS = {"per cent": "%", "percent": "%", "pc": "%", "percentage point": "percentage points"}


def _words(value) -> str:
    return _SPACE.sub(" ", str(value or "")).strip().lower()


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{float(value):.6g}"


def normalise_unit(unit) -> str:
    unit = _words(unit)
    return UNIT_SYNONYMS.get(unit, unit)


def memory_payload(claim) -> str | None:
    """What the key is made of, or None for a claim with nothing to compare (no figure and no words).

    `claim` is anything with the extractor's attributes: kind, text, value, low, high, unit, qualifier,
    direction and speaker (the extractor's dataclass and the Claim model both qualify).
    """
    kind = claim.kind
    family = KIND_FAMILY.get(kind, kind)
    speaker = _words(getattr(claim, "speaker", ""))
    if family == "date":
        # "On Monday" in one story says nothing about "on Monday" in another.
        return None
    if family in {"count", "ordinal"} and not normalise_unit(claim.unit):
        # A bare "first" or "three" has no subject to remember a verdict about.
        return None
    if family == "quote":
        words = _words(_QUOTE_MARKS.sub("", claim.text or "")).strip(" ,.;:")
        if not words:
            return None
        return "\x1f".join([family, words, speaker])
    value, low, high = claim.value, claim.low, claim.high
    if value is None and low is None and high is None:
        return None
    if value is None and low is not None and low == high:
        value, low, high = low, None, None
    figure = _number(value) if value is not None else f"{_number(low)}..{_number(high)}"
    return "\x1f".join(
        [
            family,
            figure,
            normalise_unit(claim.unit),
            _words(getattr(claim, "qualifier", "")),
            _words(getattr(claim, "direction", "")),
            speaker,
        ]
    )


_WORD = re.compile(r"\w+")


def states_the_same_fact(claim, earlier) -> bool:
    """Whether an earlier claim's verdict answers for `claim` as it stands, with no one comparing them.

    A quote's key is its own words and speaker: the same key is the same statement. A figure's key is
    only the figure, so its sentence must be the same too, word for word (case, spacing and punctuation
    aside); a figure in any other sentence may be about another ward, another party or another count.
    Both claims need `kind` and `sentence` (the sentence's text, as the Claim model holds it).
    """
    if claim.kind == "quote":
        return True
    return _WORD.findall(str(claim.sentence or "").casefold()) == _WORD.findall(str(earlier.sentence or "").casefold())


def memory_key(claim) -> str:
    """The claim's memory key ("" when it has none): family, a colon, and 32 hex digits of SHA-256."""
    payload = memory_payload(claim)
    if payload is None:
        return ""
    family = payload.split("\x1f", 1)[0]
    return f"{family}:{hashlib.sha256(payload.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}"


# A verdict reused from the same figure in another sentence is recorded with that sentence after this,
# for the desk, which compared the two. The sentence is another article's copy, perhaps another
# reporter's unpublished draft: the claim's own reporters read the record without it.
OTHER_SENTENCE_MARK = "\n\nSame fact, in its sentence: "


def reused_verdict_note(*, earlier_id: int, verdict: str, other_sentence: str | None) -> str:
    """The history's note of a verdict reused from claim `earlier_id`; `other_sentence` is that claim's
    sentence when it is not this claim's own."""
    note = f"Reused verdict of claim #{earlier_id}: {verdict}"
    return note if other_sentence is None else f"{note}{OTHER_SENTENCE_MARK}\u201c{other_sentence}\u201d"


def without_the_other_sentence(note: str) -> str:
    """A reused verdict's note (see reused_verdict_note) without the other article's sentence."""
    return note.split(OTHER_SENTENCE_MARK, 1)[0]
