"""Putting the stages together: sentences, quotes, figures, then scores and fingerprints.

The text is read paragraph by paragraph and claims are produced in reading order, so the
memory needed beyond the text and the claims themselves stays small whatever the input.
A text longer than ``BLOCK_CHARS`` is worked through in blocks of whole paragraphs (a
block never ends inside a quote that runs on into the next paragraph); quote speakers are
then resolved from names within the block. ``extract_claims`` returns at most
``MAX_CLAIMS_PER_TEXT`` claims, the first ones in reading order: no article comes near
that, and it bounds memory and time on machine-generated or hostile input.
``iter_claims`` yields the same claims one at a time, without that cap.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import islice
from operator import itemgetter

from .claims import Claim, new_claim
from .composition import composed, is_composed
from .fingerprint import fingerprint_bytes, normalised_bytes
from .quantities import MAX_CLAIMS_PER_SENTENCE, ODD_CASE_CHARACTERS, TriggerTest, scan_triggered
from .quotes import OPEN_MARKS, find_quotes, has_straight_single_quotes
from .rupees import is_unnamed_rupee, rupee_of_the_copy
from .scoring import figure_score, has_record_words, score
from .sentences import MAX_SENTENCE, iter_paragraphs, iter_sentences, sentences

MAX_CLAIMS_IN_RUN_ON = MAX_CLAIMS_PER_SENTENCE // 4
MAX_CLAIMS_PER_TEXT = 50_000
BLOCK_CHARS = 200_000
# Figures found in a sentence, as scan_sentence returns them, sort by their span.
_SPAN = itemgetter(1, 2)
_QUOTE_CHARS_RE = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e\u2018]")
_LETTER_RE = re.compile(r"[^\W\d_]")


# Longer than any word of prose: a web address, a code, a run of combining marks.
_LONGEST_WORD = 40


def _prose_like(text: str, s: int, e: int) -> bool:
    """Skip spans that are not prose (long runs with no spaces, no letters): no figures there."""
    length = e - s
    if length <= 60:
        return True
    if text.count(" ", s, e) * 40 < length:
        # A long web address or a pasted code after a sentence of prose ("Prices rose 5% in May.
        # https://...") leaves that prose to be read: judge the text without the over-long words.
        spaces = text.count(" ", s, e)
        longest = sum(len(w) for w in text[s:e].split() if len(w) > _LONGEST_WORD)
        if spaces < 3 or spaces * 40 < length - longest:
            return False
    return _LETTER_RE.search(text, s, e) is not None


def _blocks(text: str):
    """(paragraph spans, sentence spans) of consecutive stretches about BLOCK_CHARS long.

    A paragraph longer than a block (a table, a dump, junk) is cut between sentences.
    """
    block: list[tuple[int, int]] = []
    for span in iter_paragraphs(text):
        if block and span[0] - block[0][0] >= BLOCK_CHARS and text[span[0]] not in OPEN_MARKS:
            yield block, sentences(text, block)
            block = []
        if span[1] - span[0] <= BLOCK_CHARS:
            block.append(span)
            continue
        if block:
            yield block, sentences(text, block)
            block = []
        group: list[tuple[int, int]] = []
        for sent in iter_sentences(text, (span,)):
            if group and sent[0] - group[0][0] >= BLOCK_CHARS:
                yield [(group[0][0], group[-1][1])], group
                group = []
            group.append(sent)
        if group:
            yield [(group[0][0], group[-1][1])], group
    if block:
        yield block, sentences(text, block)


# Full-width forms ("\uff18\uff10\uff05", "\uffe5\uff13,\uff12\uff10\uff10"), as CJK input methods type them, and the
# Arabic-Indic and Devanagari digits ("\u0663\u0660 people"), read as their ASCII twins. Each is one
# character for one, so every offset stays where it was.
_OTHER_DIGITS = {0x0660: 0x30, 0x06F0: 0x30, 0x0966: 0x30}
_WIDE_CHARACTERS = "\uff01-\uff5e\uffe0\uffe1\uffe5\u3000\u0660-\u0669\u066b\u066c\u06f0-\u06f9\u0966-\u096f"
_WIDE_RE = re.compile(f"[{_WIDE_CHARACTERS}]")
# One pass over the text rules out both these and the characters of odd case that the
# trigger test looks for (see TriggerTest), for nearly every text.
_WIDE_OR_ODD_CASE_RE = re.compile(f"[{_WIDE_CHARACTERS}{ODD_CASE_CHARACTERS}]")
_WIDE_TABLE = (
    {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    | {0xFFE0: "\u00a2", 0xFFE1: "\u00a3", 0xFFE5: "\u00a5", 0x3000: " ", 0x066B: ".", 0x066C: ","}
    | {zero + k: ascii_zero + k for zero, ascii_zero in _OTHER_DIGITS.items() for k in range(10)}
)


def _coerce(text) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        return bytes(text).decode("utf-8", errors="replace")
    return "" if text is None else str(text)


def extract_claims(text: str) -> list[Claim]:
    """Every checkable figure and direct quote in ``text``, sorted by start offset."""
    return list(islice(iter_claims(text), MAX_CLAIMS_PER_TEXT))


def iter_claims(text: str):
    """The claims of ``extract_claims`` one at a time, in order, with no cap on their number."""
    text = _coerce(text)
    if not text:
        return
    if not is_composed(text):
        yield from _claims_where_written(text)
        return
    if text.isascii() or _WIDE_OR_ODD_CASE_RE.search(text) is None:
        for paras, sents in _blocks(text):
            yield from _block_claims(text, paras, sents, odd_case=False)
        return
    if _WIDE_RE.search(text) is None:
        for paras, sents in _blocks(text):
            yield from _block_claims(text, paras, sents)
        return
    # The claims are read from the narrowed text; their surfaces are the text as written.
    narrow = text.translate(_WIDE_TABLE)
    for paras, sents in _blocks(narrow):
        for claim in _block_claims(narrow, paras, sents):
            surface = text[claim.start:claim.end]
            yield claim if surface == claim.text else replace(claim, text=surface)


def _claims_where_written(written: str):
    """Accents written as marks of their own ("e" and a combining acute): the claims are read from the
    composed text and given back where they are in the text as written."""
    text, origin = composed(written)
    for claim in iter_claims(text):
        start, end = origin(claim.start), origin(claim.end)
        sentence = (origin(claim.sentence[0]), origin(claim.sentence[1]))
        yield replace(claim, text=written[start:end], start=start, end=end, sentence=sentence)


def _block_claims(text: str, paras: list[tuple[int, int]], sents: list[tuple[int, int]], odd_case: bool | None = None):
    quotes = []
    lo, hi = paras[0][0], paras[-1][1]
    if _QUOTE_CHARS_RE.search(text, lo, hi) or has_straight_single_quotes(text, lo, hi):
        quotes = find_quotes(text, paras, sents)
    del paras
    sent_starts = [s for s, _ in sents] if quotes else []

    def sentence_union(a: int, b: int) -> tuple[int, int]:
        k1 = max(0, bisect.bisect_right(sent_starts, a) - 1)
        k2 = max(0, bisect.bisect_left(sent_starts, b) - 1)
        lo = min(sents[k1][0], a)
        hi = max(sents[max(k1, k2)][1], b)
        return lo, hi

    # Quote claims, in the order of their start; each goes out before the first figure
    # that sorts after it, so the merged stream is ordered by (start, end).
    pending = [
        (q.start, q.end, q.speaker, sentence_union(q.start, q.end)) for q in quotes
    ]
    del quotes
    qi = 0
    nq = len(pending)
    q_starts = [p[0] for p in pending]
    q_spans = [(p[0], p[1]) for p in pending]
    q_seen: dict[tuple, int] = {}
    sent_info: dict[tuple[int, int], tuple[bool, bytes]] = {}

    def info(sent: tuple[int, int]) -> tuple[bool, bytes]:
        got = sent_info.get(sent)
        if got is None:
            if len(sent_info) > 64:
                sent_info.clear()
            stext = text[sent[0]:sent[1]]
            got = sent_info[sent] = (has_record_words(stext), normalised_bytes(stext))
        return got

    def quote_claim(item) -> Claim:
        qs, qe, speaker, sent = item
        ctext = text[qs:qe]
        rec, norm = info(sent)
        key = (sent, ctext)
        occurrence = q_seen.get(key, 0)
        q_seen[key] = occurrence + 1
        return new_claim("quote", ctext, qs, qe, None, None, None, None, None, None, speaker, True, sent,
                         score("quote", ctext, None, None, None, True, speaker, rec),
                         fingerprint_bytes("quote", norm, ctext, occurrence))

    rupee = None  # whose an unnamed rupee is, found when the first one is
    # Sentences without a digit or a trigger word hold no figure; the test reads the block once.
    has_trigger = TriggerTest(text, sents[0][0], sents[-1][1], odd_case) if sents else None
    for s, e in sents:
        if not has_trigger(s, e) or (e - s > 60 and not _prose_like(text, s, e)):
            continue
        # A piece cut out of a run-on "sentence" thousands of characters long is a table
        # or junk, not prose: keep its first figures rather than flood the queue.
        run_on = e - s > MAX_SENTENCE - 250
        found = scan_triggered(text, s, e, MAX_CLAIMS_IN_RUN_ON if run_on else MAX_CLAIMS_PER_SENTENCE)
        if not found:
            continue
        if len(found) > 1:
            found.sort(key=_SPAN)
        sent = (s, e)
        rec, norm = info(sent)
        seen: dict[tuple, int] = {}
        for kind, cs, ce, value, low, high, unit, qual, direction in found:
            while qi < nq and q_spans[qi] < (cs, ce):
                yield quote_claim(pending[qi])
                qi += 1
            speaker = None
            quoted = False
            if nq:
                k = bisect.bisect_right(q_starts, cs) - 1
                if k >= 0 and pending[k][0] <= cs < pending[k][1]:
                    speaker = pending[k][2]
                    quoted = True
            ctext = text[cs:ce]
            if kind == "money" and is_unnamed_rupee(ctext, unit):
                if rupee is None:
                    rupee = rupee_of_the_copy(text, sents[0][0], sents[-1][1])
                unit = rupee + unit[3:]
            key = (kind, ctext)
            occurrence = seen.get(key, 0)
            seen[key] = occurrence + 1
            yield new_claim(kind, ctext, cs, ce, value, low, high, unit, qual, direction, speaker, quoted,
                            sent, figure_score(kind, ctext, value, high, direction, quoted, rec),
                            fingerprint_bytes(kind, norm, ctext, occurrence))
    while qi < nq:
        yield quote_claim(pending[qi])
        qi += 1

