"""Tokens and the reading of written numbers ("1,500", "1.5", "twenty-five", "a dozen").

Tokenising once per sentence lets every later rule look a few tokens left or right in
constant time, which keeps the whole extractor linear in the size of the text. URLs,
e-mail addresses and telephone numbers are single tokens so that their digits can never
be read as figures.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from itertools import accumulate
from operator import itemgetter

# A number as written: "20,000", "71.10", and the styles of South Africa and much of Europe,
# "4,21 million" and "87,3%" (a decimal comma: one or two digits after it, never three) and
# "390 000" (thousands set off by a space, also a no-break or thin one). A group set off by a
# space must stand alone: not after another number ("1800 666 111" is a phone number), not
# before a letter ("10 000m" is left as it was).
_GROUP_SPACE = "[ \u00a0\u202f]"
GROUP_SPACE_RE = re.compile(_GROUP_SPACE)
# A number in spaced groups, read as one token: "390 000", "116 123".
GROUPED_DIGITS_RE = re.compile(rf"[0-9]{{1,3}}(?:{_GROUP_SPACE}[0-9]{{3}})+")
_DECIMAL_COMMA = r"(?:,[0-9]{1,2}(?![0-9]))?+"
# Thousands set off by commas, or in the Indian way, lakhs and crores by pairs before the last
# three: "1,12,430", "12,34,56,789".
_COMMA_GROUPS = r"(?:(?:,[0-9]{2}(?![0-9]))++,[0-9]{3}(?![0-9])|(?:,[0-9]{3})*+)"
# (Each branch opens with one digit, a plain class and not a repeat of it, so that the engine
# gives up on any other character at once, before it enters the branch; the look-behind after
# the first digit is "not after another number".)
# A group of three digits ends the number unless a letter follows it ("Top 5 100m runners" are
# not 5,100 metres), but for the letters of a unit of power or energy, as South African copy
# writes a plant's capacity: "below 13 000MW", "a capacity of 4 800MW". (So "Unit 5 800MW" reads
# as one number too: a unit's number before its power is rarer than a capacity.)
_GROUP_END = r"(?!(?![MGkT]Wh?\b)[^\W_])"
DIGITS_PATTERN = (
    rf"[0-9](?<![0-9]{_GROUP_SPACE}[0-9])[0-9]{{0,2}}(?:{_GROUP_SPACE}[0-9]{{3}}{_GROUP_END})++{_DECIMAL_COMMA}"
    rf"|[0-9][0-9]*+{_COMMA_GROUPS}(?:\.[0-9]+)*+{_DECIMAL_COMMA}"
)
_ASCII_DIGITS_PATTERN = (
    rf"[0-9](?<![0-9] [0-9])[0-9]{{0,2}}(?: [0-9]{{3}}{_GROUP_END})++{_DECIMAL_COMMA}"
    rf"|[0-9][0-9]*+{_COMMA_GROUPS}(?:\.[0-9]+)*+{_DECIMAL_COMMA}"
)

# A letter of a word. Fraction signs are \w but no letters: "2\u00bd-hour" is 2\u00bd, "-", "hour".
_LETTER = r"[^\W\d_\u00bc-\u00be\u2150-\u215e]"

# Prose tokens. URLs, e-mail addresses and phone numbers need the slower FULL_TOKEN_RE,
# which is used only for sentences that contain "@", "://", "www." or a "+".
TOKEN_RE = re.compile(
    rf"""
    (?P<a>(?:[A-Za-z]\.){{2,}})
   |(?P<n>{DIGITS_PATTERN})
   |(?P<w>{_LETTER}+(?:['\u2019\-\u2010\u2011]{_LETTER}+)*)
   |(?P<s>\S)
    """,
    re.X,
)
FULL_TOKEN_RE = re.compile(
    rf"""
    (?P<u>(?:[Hh][Tt][Tt][Pp][Ss]?://|www\.)[^\s<>"\u201c\u201d]+)
   |(?P<e>(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+)
   |(?P<p>\+[0-9][0-9 ().-]{{6,}}[0-9])
   |(?P<a>(?:[A-Za-z]\.){{2,}})
   |(?P<n>{DIGITS_PATTERN})
   |(?P<w>{_LETTER}+(?:['\u2019\-\u2010\u2011]{_LETTER}+)*)
   |(?P<s>\S)
    """,
    re.X,
)
# Telephone numbers written with groups: "555-123-4567", "(202) 555-0100", "1-800-555-0199",
# and the free and shared-cost lines of Australia, India and Ireland, "1800 666 111",
# "1800-233-4477", "1300 555 121" (three groups: "in 1800 555 people" is two), and North
# America's toll-free numbers spelt in letters, "1-800-FLOWERS", "1-888-555-HELP".
PHONE_RE = re.compile(
    r"(?:1[ .-])?\(?[0-9]{3}\)?[ .-][0-9]{3}[.-][0-9]{4}(?![0-9])"
    r"|1[0-9]00[ \u00a0-][0-9]{3}[ \u00a0-][0-9]{3,4}(?![0-9])"
    r"|1[ .-]8[0-9]{2}[.-](?:[0-9]{3}[.-])?[A-Z]{2,}(?:-[A-Z0-9]{2,})*(?![A-Za-z0-9])"
)
_NEEDS_FULL_RE = re.compile(r"@|://|www\.|\+[0-9]")

# Kind codes: u url, e email, p phone, a dotted abbreviation, n digits, w word, s symbol.


_FIRST_KIND = {c: "n" for c in "0123456789"}
_FIRST_KIND.update({c: "w" for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"})
_FIRST_KIND.update({c: "s" for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~\u00a3\u00a5\u00ab\u00b0\u00bb\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\u20ac\u2212"})
# The kind of a token from its first character, for str.translate. Every ASCII character is
# covered (the other control characters are symbols), so a character left untranslated is a
# non-ASCII one that _kind must decide.
_KIND_TABLE = str.maketrans({chr(c): _FIRST_KIND.get(chr(c), "s") for c in range(128)} | _FIRST_KIND)
# The same for ASCII text as a bytes table: bytes.translate is several times quicker.
_ASCII_KIND_BYTES = bytes(ord(_FIRST_KIND.get(chr(c), "s")) for c in range(128)) + b"s" * 128


def _kind(tok: str) -> str:
    c = tok[0]
    if c in "0123456789":
        return "n"
    if c.isalpha() or c == "_":
        return "a" if len(tok) > 2 and tok[-1] == "." and tok[1] == "." else "w"
    return "s"


def word_trie_pattern(words) -> str:
    """A regex alternation factored by common prefixes, so a mismatch fails on the first letter."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


# The prose tokens of TOKEN_RE as one group, for Pattern.split: it returns the blanks and the
# tokens in turn, so every offset follows from the part lengths without a Python loop. For
# sentences without a URL, e-mail, phone number or dotted "U.S." (a split that finds one is
# redone with FULL_TOKEN_RE), so the abbreviation branch is left out. A word opens with one
# letter before the repeat, as a number with one digit (see DIGITS_PATTERN), so that at a blank
# or a sign every branch is passed over without being entered.
_PLAIN_SPLIT_RE = re.compile(
    rf"({DIGITS_PATTERN}|{_LETTER}{_LETTER}*+(?:['\u2019\-\u2010\u2011]{_LETTER}+)*+|\S)"
)
# The same for pure ASCII sentences, where a letter is [A-Za-z]: a plain class is much quicker.
_ASCII_SPLIT_RE = re.compile(
    rf"([A-Za-z][A-Za-z]*+(?:['\-][A-Za-z]++)*+|{_ASCII_DIGITS_PATTERN}|\S)"
)


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _needs_full(seg: str) -> bool:
    """Whether a sentence needs FULL_TOKEN_RE for a URL, e-mail or "+" phone number."""
    if "@" in seg or "://" in seg or "www." in seg:
        return True
    return "+" in seg and _NEEDS_FULL_RE.search(seg) is not None


def _has_dotted_abbreviation(seg: str) -> bool:
    """Whether a sentence holds a dotted "U.S.", which also needs FULL_TOKEN_RE."""
    # Plain string searches: a regex scan for "[A-Za-z]\.[A-Za-z]\." costs more than the tokens.
    p = seg.find(".", 1)
    last = len(seg) - 2
    while 0 < p < last:
        if seg[p + 2] == "." and seg[p + 1] in _ASCII_LETTERS and seg[p - 1] in _ASCII_LETTERS:
            return True
        p = seg.find(".", p + 1)
    return False


class Tokens:
    """Parallel arrays of one sentence's tokens (text, lowercase, start, end, kind).

    K is a string with one kind code per token, so that a kind can be found with str.find.
    Only blanks lie between two neighbouring tokens: every other character is in a token.
    """

    __slots__ = ("T", "L", "S", "E", "K", "n", "has_hyphen")

    def __init__(self, text: str, start: int, end: int) -> None:
        seg = text[start:end]
        ascii_only = seg.isascii()
        full = _needs_full(seg)
        if not full:
            # Blanks, token, blanks, token, ..., blanks: 2n + 1 parts for n tokens.
            parts = (_ASCII_SPLIT_RE if ascii_only else _PLAIN_SPLIT_RE).split(seg)
            T = parts[1::2]
            bounds = list(accumulate(map(len, parts), initial=start))
            S = bounds[1:-1:2]
            E = bounds[2::2]
            firsts = "".join(map(itemgetter(0), T))
            if ascii_only:
                K = firsts.encode().translate(_ASCII_KIND_BYTES).decode()
            else:
                K = firsts.translate(_KIND_TABLE)
                if not K.isascii():
                    K = "".join([k if k.isascii() else _kind(t) for k, t in zip(K, T)])
            # The split reads "U.S." as letter, stop, letter, stop: only a sentence with a
            # symbol, word, symbol run of tokens can hold a dotted abbreviation.
            full = "sws" in K and _has_dotted_abbreviation(seg)
        if full:
            ascii_only = False
            ms = list(FULL_TOKEN_RE.finditer(text, start, end))
            K = "".join([m.lastgroup for m in ms])
            spans = [m.span() for m in ms]
            T = [text[a:b] for a, b in spans]
            S = [a for a, _ in spans]
            E = [b for _, b in spans]
        self.K = K
        self.T = T
        self.S = S
        self.E = E
        low = "\n".join(T).lower()
        if not ascii_only and ("\u2019" in low or "\u2010" in low or "\u2011" in low):
            low = low.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
        L = low.split("\n")
        if len(L) != len(T):  # a token held a character that lower() turned into a line break
            L = [t.lower().replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-") for t in T]
            low = "\n".join(L)
        self.L = L
        self.n = len(T)
        # Whether some lower-cased token holds a hyphen: most sentences need no hyphen search.
        self.has_hyphen = "-" in low


SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "crore": 10_000_000, "lakh": 100_000, "lakhs": 100_000,
}
# Scale words that follow digits ("1.5 million", "5bn", "20k").
DIGIT_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7,
    "lakh": 1e5, "lakhs": 1e5, "crores": 1e7, "cr": 1e7, "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6,
    "mio": 1e6, "tn": 1e12, "trn": 1e12, "tril": 1e12, "k": 1e3,
}
# Only behind a currency sign do single letters "m" and "b" mean million and billion; so do
# "mil" and "bil" behind ringgit, as Malaysian papers write them ("RM33.8mil", "RM2.3bil"):
# elsewhere "mil" may be a thousandth of an inch, or a thousand ("R$ 50 mil").
# ("tr" as Pakistani papers write a trillion: "Rs3.45tr")
MONEY_SCALES = dict(DIGIT_SCALES, m=1e6, b=1e9, t=1e12, tr=1e12, mm=1e6, mil=1e6, bil=1e9)
RINGGIT_SCALES = frozenset({"mil", "bil"})

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
}
NUMBER_WORDS = frozenset(SMALL) | frozenset(TENS) | frozenset(SCALES) | {"dozen"}
MAX_DIGITS = 24


def has_decimal_comma(tok: str) -> bool:
    """Whether a digit token ends in a decimal comma's fraction: "4,21", "87,3" (not "4,210")."""
    comma = tok.rfind(",")
    return comma >= 0 and len(tok) - comma <= 3


def parse_digits(tok: str) -> float | None:
    """Value of a digit token such as "20,000", "71.10", "4,21" or "390 000"; None for
    identifiers like "2.3.1"."""
    if tok.count(".") > 1:
        return None
    if not tok.isascii() or " " in tok:
        tok = GROUP_SPACE_RE.sub("", tok)
    if has_decimal_comma(tok):
        if "." in tok:
            return None
        whole, _, fraction = tok.rpartition(",")
        tok = whole + "." + fraction
    raw = tok.replace(",", "")
    if len(raw) > MAX_DIGITS:
        return None
    try:
        # float() rounds a decimal string correctly, as going through int or Decimal would.
        return float(raw)
    except ValueError:
        return None


# The exponent of each scale that is a power of ten (all but "dozen"), and of the powers that
# scientific notation writes ("\u00d7 10\u00b2\u00b3", "x 10^-6").
_TEN_TO_THE = {10.0 ** k: k for k in range(-99, 100) if k}


def scaled(value: float, scale: float) -> float:
    # Decimal keeps "3.2 million" at exactly 3200000 instead of 3200000.0000000005. For a
    # power of ten, float("3.2e6") reads the same exact decimal and rounds it the same way,
    # several times sooner; exponent forms ("1e+22"), "inf" and "nan" go the long way.
    exponent = _TEN_TO_THE.get(scale)
    if exponent is not None:
        digits = repr(value)
        if "e" not in digits and "n" not in digits:
            return float(f"{digits}e{exponent}")
    try:
        return float(Decimal(repr(value)) * Decimal(repr(scale)))
    except (InvalidOperation, ValueError):
        return value * scale


def words_value(words: list[str]) -> tuple[float, int] | None:
    """Read a run of number words; returns (value, words used) or None.

    Accepts "twenty five", "two hundred and fifty", "three thousand", "a hundred" (the caller
    passes "a" as "one"), "two dozen". Stops before anything that does not continue a number.
    """
    total = 0
    current = 0
    used = 0
    prev = ""  # kind of the previous word: small, teen, tens, hundred, scale
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        if w in SMALL:
            v = SMALL[w]
            if prev in ("small", "teen"):
                break
            if prev == "tens" and (v == 0 or v >= 10):
                break
            if prev == "tens":
                current += v
            else:
                current += v
            prev = "teen" if v >= 10 else "small"
        elif w in TENS:
            if prev in ("small", "teen", "tens"):
                break
            current += TENS[w]
            prev = "tens"
        elif w == "hundred":
            if prev == "hundred" or prev == "":
                break
            current = (current or 1) * 100
            prev = "hundred"
        elif w in SCALES:
            if prev == "":
                break
            total += (current or 1) * SCALES[w]
            current = 0
            prev = "scale"
        elif w == "dozen":
            if prev not in ("small", "teen", "tens"):
                break
            current *= 12
            prev = "scale"
        elif w == "and" and prev in ("hundred", "scale") and i + 1 < n and (
            words[i + 1] in SMALL or words[i + 1] in TENS
        ):
            i += 1
            continue
        else:
            break
        i += 1
        used = i
    if used == 0:
        return None
    return float(total + current), used
