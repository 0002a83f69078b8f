"""Stable identities and check-worthiness for claims.

The fingerprint is a SHA-1 over the claim's kind, its own sentence with whitespace
collapsed, its text, and which occurrence of that text in the sentence it is. It carries
no offsets, so editing other sentences or moving paragraphs keeps it, while any edit to
the sentence itself gives a new claim to check.
"""

from __future__ import annotations

import hashlib

_sha1 = hashlib.sha1

FINGERPRINT_LENGTH = 20


def normalise(s: str) -> str:
    # Whitespace other than the plain space is unprintable, so printable text without two
    # spaces in a row and without a space at either end has nothing to collapse: most
    # sentences and claims are so, and need no split and join.
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    return " ".join(s.split())


def fingerprint(kind: str, normalised_sentence: str, claim_text: str, occurrence: int) -> str:
    """``normalised_sentence`` must already have gone through ``normalise``."""
    payload = "\x1f".join((kind, normalised_sentence, normalise(claim_text), str(occurrence)))
    return hashlib.sha1(payload.encode("utf-8", "surrogatepass")).hexdigest()[:FINGERPRINT_LENGTH]


def normalised_bytes(sentence_text: str) -> bytes:
    """The sentence part of the fingerprint payload, computed once per sentence."""
    return normalise(sentence_text).encode("utf-8", "surrogatepass")


_KIND_BYTES: dict[str, bytes] = {}


def fingerprint_bytes(kind: str, sentence_bytes: bytes, claim_text: str, occurrence: int) -> str:
    """``fingerprint`` with the sentence given as ``normalised_bytes``: one hash call, the
    same digest (UTF-8 of a join is the join of the UTF-8 pieces)."""
    kb = _KIND_BYTES.get(kind)
    if kb is None:
        kb = _KIND_BYTES[kind] = kind.encode("utf-8", "surrogatepass")
    payload = b"\x1f".join((
        kb, sentence_bytes, normalise(claim_text).encode("utf-8", "surrogatepass"),
        str(occurrence).encode("ascii"),
    ))
    return _sha1(payload).hexdigest()[:FINGERPRINT_LENGTH]
