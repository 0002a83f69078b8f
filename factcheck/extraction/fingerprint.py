"""Stable identities and check-worthiness for claims.

The fingerprint is a SHA-1 over the claim's kind, its own sentence with whitespace
collapsed, its text, and which occurrence of that text in the sentence it is. It carries
no offsets, so editing other sentences or moving paragraphs keeps it, while any edit to
the sentence itself gives a new claim to check.
"""

from __future__ import annotations

import hashlib

FINGERPRINT_LENGTH = 20


def normalise(s: str) -> str:
    return " ".join(s.split())


def fingerprint(kind: str, normalised_sentence: str, claim_text: str, occurrence: int) -> str:
    """``normalised_sentence`` must already have gone through ``normalise``."""
    payload = "\x1f".join((kind, normalised_sentence, normalise(claim_text), str(occurrence)))
    return hashlib.sha1(payload.encode("utf-8", "surrogatepass")).hexdigest()[:FINGERPRINT_LENGTH]
