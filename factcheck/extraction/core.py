"""Putting the stages together: sentences, quotes, figures, then scores and fingerprints."""

from __future__ import annotations

import bisect
import re

from .claims import Claim
from .fingerprint import fingerprint, normalise
from .quantities import MAX_CLAIMS_PER_SENTENCE, scan_sentence
from .quotes import find_quotes
from .scoring import has_record_words, score
from .sentences import MAX_SENTENCE, paragraphs, sentences

MAX_CLAIMS_IN_RUN_ON = MAX_CLAIMS_PER_SENTENCE // 4
_QUOTE_CHARS_RE = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e\u2018]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_FIGURE_HINT_RE = re.compile(r"[0-9]|[^\W\d_]{3,}")


def _prose_like(text: str, s: int, e: int) -> bool:
    """Skip spans that are not prose (long runs with no spaces, no letters): no figures there."""
    length = e - s
    if length <= 60:
        return True
    chunk = text[s:e]
    if chunk.count(" ") * 40 < length:
        return False
    return _LETTER_RE.search(chunk) is not None


def extract_claims(text: str) -> list[Claim]:
    """Every checkable figure and direct quote in ``text``, sorted by start offset."""
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", errors="replace")
        else:
            text = "" if text is None else str(text)
    if not text:
        return []
    paras = paragraphs(text)
    sents = sentences(text, paras)
    quotes = find_quotes(text, paras, sents) if _QUOTE_CHARS_RE.search(text) else []
    sent_starts = [s for s, _ in sents]

    q_starts = [q.start for q in quotes]

    def quote_of(pos: int):
        k = bisect.bisect_right(q_starts, pos) - 1
        if k >= 0 and quotes[k].start <= pos < quotes[k].end:
            return quotes[k]
        return None

    def sentence_union(a: int, b: int) -> tuple[int, int]:
        k1 = max(0, bisect.bisect_right(sent_starts, a) - 1)
        k2 = max(0, bisect.bisect_left(sent_starts, b) - 1)
        lo = min(sents[k1][0], a)
        hi = max(sents[max(k1, k2)][1], b)
        return lo, hi

    items: list[tuple] = []
    for s, e in sents:
        if not _prose_like(text, s, e) or not _FIGURE_HINT_RE.search(text, s, e):
            continue
        # A piece cut out of a run-on "sentence" thousands of characters long is a table
        # or junk, not prose: keep its first figures rather than flood the queue.
        run_on = e - s > MAX_SENTENCE - 250
        sent = (s, e)
        for kind, cs, ce, value, low, high, unit, qual, direction in scan_sentence(
            text, s, e, MAX_CLAIMS_IN_RUN_ON if run_on else MAX_CLAIMS_PER_SENTENCE
        ):
            q = quote_of(cs) if quotes else None
            items.append((cs, ce, kind, value, low, high, unit, qual, direction,
                          q.speaker if q else None, q is not None, sent))
    for q in quotes:
        items.append((q.start, q.end, "quote", None, None, None, None, None, None, q.speaker, True,
                      sentence_union(q.start, q.end)))
    items.sort(key=lambda it: (it[0], it[1]))

    # Claims arrive sentence by sentence, so a one-sentence cache suffices and keeps memory flat.
    cached_sent: tuple[int, int] | None = None
    rec = False
    norm = ""
    seen: dict[tuple, int] = {}
    claims: list[Claim] = []
    for cs, ce, kind, value, low, high, unit, qual, direction, speaker, quoted, sent in items:
        ctext = text[cs:ce]
        if sent != cached_sent:
            stext = text[sent[0]:sent[1]]
            rec = has_record_words(stext)
            norm = normalise(stext)
            cached_sent = sent
        key = (kind, sent, ctext)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        claims.append(
            Claim(
                kind=kind,
                text=ctext,
                start=cs,
                end=ce,
                value=value,
                low=low,
                high=high,
                unit=unit,
                qualifier=qual,
                direction=direction,
                speaker=speaker,
                quoted=quoted,
                sentence=sent,
                score=score(kind, ctext, value, high, direction, quoted, speaker, rec),
                fingerprint=fingerprint(kind, norm, ctext, occurrence),
            )
        )
    return claims
