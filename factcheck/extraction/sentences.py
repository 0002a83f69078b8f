"""Paragraph and sentence boundaries for news copy.

Wire copy puts one paragraph per line, so a line break ends a paragraph unless the next
line starts in lower case (a hard-wrapped sentence). Full stops after titles, initials and
month abbreviations ("Mr.", "U.S.", "Dec. 5") do not end a sentence unless the next word
is one that typically opens a sentence. Over-long "sentences" (tables, garbage, binary
junk) are cut into bounded chunks so that later stages never work on unbounded spans.
"""

from __future__ import annotations

import re

MAX_SENTENCE = 2000

_LINEBREAK_RE = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# A run of line breaks and the blanks around them, matched whole so blank-line runs cost one step.
_BREAKS_RE = re.compile(
    r"(?<![ \t])[ \t]*+(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])(?:[ \t]*+(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]))*+[ \t]*+"
)
# The look-behind and possessive quantifiers keep a run of ten million dots linear.
_END_RE = re.compile(r"(?<![.!?\u2026])([.!?\u2026]++)([\"'\u201d\u2019\u00bb)\]]*+)(?=\s++(\S))")
_LEADING_WS_RE = re.compile(r"\s*+")
_LAST_WORD_RE = re.compile(r"[A-Za-z][A-Za-z.]*$")
_NEXT_WORD_RE = re.compile(r"[A-Za-z]+")

# Abbreviations after which a full stop never ends the sentence.
_ALWAYS_ABBREV = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj adm cmdr gov sen rep rev hon fr
    st mt ft no nos vol vols vs v fig figs approx cf pp sec art gens lieut supt insp det
    e.g i.e cpl pvt brig messrs mmes mme mlle""".split()
)
# Abbreviations that may or may not end a sentence; they end it only before a typical opener.
_MAYBE_ABBREV = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec inc ltd corp co bros etc
    jr sr plc llc est a.m p.m am pm""".split()
)
_OPENERS = frozenset(
    """The A An He She It They We I In On At But And Or So As After Before Since While When
    Where If Although Though However Meanwhile Also This That These Those There Here His Her
    Their Its Our My Some Many Most All Both Each No Not Only Even Still Yet Then Now Last
    Next For From By With Without During Among Despite Earlier Later Officials Police Mr Mrs
    Ms Dr What Who Why How Asked According Under Over""".split()
)

_OPENING_QUOTES = "\"'\u201c\u2018\u00ab\u201e"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs, trimmed of surrounding whitespace, in order."""
    return list(iter_paragraphs(text))


def iter_paragraphs(text: str):
    """The spans of ``paragraphs`` one at a time, so that a long text needs no list of them."""
    start = 0
    n = len(text)
    for m in _BREAKS_RE.finditer(text):
        after = m.end()
        nxt = text[after] if after < n else ""
        single = len(_LINEBREAK_RE.findall(text, m.start(), min(m.end(), m.start() + 4))) < 2
        # A hard-wrapped sentence continues on a line starting in lower case.
        if single and nxt and nxt.islower():
            continue
        s, e = _trim(text, start, m.start())
        if s < e:
            yield s, e
        start = after
    s, e = _trim(text, start, n)
    if s < e:
        yield s, e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    if s < e and text[s].isspace():
        s = _LEADING_WS_RE.match(text, s, e).end()
    if e > s and text[e - 1].isspace():
        chunk = text[s:e]
        e = s + len(chunk.rstrip())
    return s, e


def _is_boundary(text: str, m: re.Match, para_start: int) -> bool:
    punct = m.group(1)
    nxt = m.group(3)
    if nxt.islower():
        return False
    if "!" in punct or "?" in punct:
        return True
    if punct != ".":
        return True
    if m.group(2):
        # A closing quote or bracket after the stop: the sentence ends there.
        return True
    pos = m.start()
    lw = _LAST_WORD_RE.search(text, max(para_start, pos - 24), pos)
    if lw is None or lw.end() != pos:
        return True
    word = lw.group(0)
    low = word.lower()
    if low in _ALWAYS_ABBREV:
        return False
    initial = len(word) == 1 and word.isupper()
    dotted = "." in word and all(len(p) <= 1 for p in word.split("."))
    if initial or dotted or low in _MAYBE_ABBREV:
        if nxt.isdigit():
            return False
        nw = _NEXT_WORD_RE.match(text, m.start(3))
        return nw is not None and nw.group(0) in _OPENERS
    return True


def sentences(text: str, paras: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans in order; each lies inside one paragraph and is at most MAX_SENTENCE long."""
    if paras is None:
        paras = paragraphs(text)
    return list(iter_sentences(text, paras))


def iter_sentences(text: str, paras):
    """The spans of ``sentences`` one at a time, for an iterable of paragraph spans."""
    for ps, pe in paras:
        start = ps
        for m in _END_RE.finditer(text, ps, pe):
            if _is_boundary(text, m, ps):
                end = m.end()
                s, e = _trim(text, start, end)
                # Most sentences need no cutting: no generator for them.
                if e - s <= MAX_SENTENCE:
                    if s < e:
                        yield s, e
                else:
                    yield from _pieces(text, s, e)
                start = end
        s, e = _trim(text, start, pe)
        if e - s <= MAX_SENTENCE:
            if s < e:
                yield s, e
        else:
            yield from _pieces(text, s, e)


def _pieces(text: str, s: int, e: int):
    s, e = _trim(text, s, e)
    while e - s > MAX_SENTENCE:
        limit = s + MAX_SENTENCE
        cut = text.rfind(" ", limit - 200, limit)
        if cut <= s:
            cut = limit
        cs, ce = _trim(text, s, cut)
        if cs < ce:
            yield cs, ce
        s, e = _trim(text, cut, e)
    if s < e:
        yield s, e
