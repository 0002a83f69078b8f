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

_LINEBREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINEBREAK_RE = re.compile(r"\r\n|[" + _LINEBREAKS + "]")
# A run of line breaks and the blanks between and after them, matched whole so that a run
# of blank lines costs one step. It starts at a line break, not at the blanks before it,
# so that the scan can jump from line break to line break.
_BREAKS_RE = re.compile("[" + _LINEBREAKS + "][ \t" + _LINEBREAKS + "]*+")
_LEADING_WS_RE = re.compile(r"\s*+")
_LAST_WORD_RE = re.compile(r"[A-Za-z][A-Za-z.]*$")
_NEXT_WORD_RE = re.compile(r"[A-Za-z]+")

# Abbreviations after which a full stop never ends the sentence.
_ALWAYS_ABBREV = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj adm cmdr gov sen rep rev hon fr
    st mt ft no nos vol vols vs v fig figs approx cf pp sec art gens lieut supt insp det
    e.g i.e cpl pvt brig messrs mmes mme mlle rs coun cllr pte const msgr spc sqn ldr cdr""".split()
)
# Abbreviations that may or may not end a sentence; they end it only before a typical opener.
_MAYBE_ABBREV = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec inc ltd corp co bros etc
    jr sr plc llc est a.m p.m am pm ma md muh moh mohd wm geo eng""".split()
)
_OPENERS = frozenset(
    """The A An He She It They We I In On At But And Or So As After Before Since While When
    Where If Although Though However Meanwhile Also This That These Those There Here His Her
    Their Its Our My Some Many Most All Both Each No Not Only Even Still Yet Then Now Last
    Next For From By With Without During Among Despite Earlier Later Officials Police Mr Mrs
    Ms Dr What Who Why How Asked According Under Over""".split()
)

_OPENING_QUOTES = "\"'\u201c\u2018\u00ab\u201e"
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

# The longest abbreviation: a full stop after a longer run of letters always ends a sentence.
_LONGEST_ABBREV = max(len(a) for a in _ALWAYS_ABBREV | _MAYBE_ABBREV)


def _after_plain_word() -> str:
    """Look-behinds, at the end of a lone full stop, that hold when the word before it is
    no abbreviation and no initial, so that the stop surely ends the sentence.

    They read the letters before the stop, so they are only to be trusted when those lie
    inside the paragraph (see _letters_inside).
    """
    words_by_length: dict[int, list[str]] = {}
    for word in _ALWAYS_ABBREV | _MAYBE_ABBREV:
        if "." not in word:
            words_by_length.setdefault(len(word), []).append(word)
    tests = [rf"(?<=[A-Za-z]{{{_LONGEST_ABBREV + 1}}}\.)"]
    for length in range(2, _LONGEST_ABBREV + 1):
        # Exactly `length` letters, not one of the abbreviations of that length. Letters and
        # dots before them ("U.S.Army.") make a longer word, which is no abbreviation either.
        word = rf"(?<=(?<![A-Za-z])[A-Za-z]{{{length}}}\.)"
        abbreviations = "|".join(sorted(words_by_length.get(length, ())))
        tests.append(word + (rf"(?<!(?i:{abbreviations})\.)" if abbreviations else ""))
    return "|".join(tests)


# A candidate sentence end: a run of stops (group 1), any closing quotes or brackets
# (group 2) and the blanks after them. The first stop is matched on its own so that the scan
# jumps from stop to stop, and the look-behind after it (no stop before the run) keeps a run
# of ten million dots linear. Before lower case there is no sentence end and nothing matches.
# The blanks are group 3 when the pattern alone shows that the sentence ends there, and
# group 4 when _is_boundary has to decide.
_END_RE = re.compile(
    r"([.!?\u2026](?<![.!?\u2026].)[.!?\u2026]*+)([\"'\u201d\u2019\u00bb)\]]*+)(?=\s)"
    # Sure: anything but a lone full stop after a letter, or one after a plain word; and
    # then an ASCII character that is not lower case, or an opening quote.
    r"(?:(?:(?<![A-Za-z]\.)|" + _after_plain_word() + r")"
    r"(\s++)(?=[\x00-\x60\x7b-\x7f" + _OPENING_QUOTES + "])"
    # Anything else, unless the next character is plainly lower case.
    r"|(\s++)(?=\S)(?![a-z]))"
)
# The group of the blanks after a sure sentence end.
_SURE_END = 3


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs, trimmed of surrounding whitespace, in order."""
    return list(iter_paragraphs(text))


def iter_paragraphs(text: str):
    """The spans of ``paragraphs`` one at a time, so that a long text needs no list of them."""
    start = 0
    n = len(text)
    for m in _BREAKS_RE.finditer(text):
        brk, after = m.span()
        # A hard-wrapped sentence continues on a line starting in lower case.
        if after < n and text[after].islower() and _single_break(text, brk, after):
            continue
        s, e = _trim(text, start, brk)
        if s < e:
            yield s, e
        start = after
    s, e = _trim(text, start, n)
    if s < e:
        yield s, e


def _single_break(text: str, brk: int, after: int) -> bool:
    """Whether the run of breaks and blanks from ``brk`` to ``after`` counts as one line break.

    Only the first four characters of the run, counted from the blanks before its first line
    break, are looked at: a blank line after trailing blanks may pass for a single break.
    So only the last four characters before ``brk`` can matter.
    """
    before = text[max(0, brk - 4) : brk]
    run_start = brk - (len(before) - len(before.rstrip(" \t")))
    return len(_LINEBREAK_RE.findall(text, run_start, min(after, run_start + 4))) < 2


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    if s < e and text[s].isspace():
        s = _LEADING_WS_RE.match(text, s, e).end()
    if e > s and text[e - 1].isspace():
        chunk = text[s:e]
        e = s + len(chunk.rstrip())
    return s, e


def _is_boundary(text: str, m: re.Match, para_start: int) -> bool:
    """Whether an _END_RE match ends a sentence: the full rules, for the matches that the
    pattern alone does not decide."""
    punct = m.group(1)
    nxt = text[m.end()]
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
        nw = _NEXT_WORD_RE.match(text, m.end())
        return nw is not None and nw.group(0) in _OPENERS
    return True


def _letters_inside(text: str, para_start: int) -> bool:
    """Whether no word runs into the paragraph from before its start, as the sure ends of
    _END_RE assume (the rules read only the letters inside the paragraph)."""
    # A slice, not an index: it is empty at the start of the text.
    return text[para_start - 1 : para_start] not in _ASCII_LETTERS


def sentences(text: str, paras: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans in order; each lies inside one paragraph and is at most MAX_SENTENCE long."""
    if paras is None:
        paras = paragraphs(text)
    return list(iter_sentences(text, paras))


def iter_sentences(text: str, paras):
    """The spans of ``sentences`` one at a time, for an iterable of paragraph spans."""
    for ps, pe in paras:
        # Sentences start after blanks: those at the paragraph start are skipped here, those
        # between sentences by the pattern.
        start = ps
        if ps < pe and text[ps].isspace():
            start = _LEADING_WS_RE.match(text, ps, pe).end()
        sure_end = _SURE_END if _letters_inside(text, ps) else None
        for m in _END_RE.finditer(text, ps, pe):
            blanks = m.lastindex
            if blanks == sure_end or _is_boundary(text, m, ps):
                # The sentence ends before the blanks and the next one starts after them,
                # so neither needs trimming.
                end, next_start = m.span(blanks)
                # Most sentences need no cutting: no generator for them.
                if end - start <= MAX_SENTENCE:
                    yield start, end
                else:
                    yield from _pieces(text, start, end)
                start = next_start
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
