"""Reading a wire story out of the plain text an agency sends (no Django import: pure text handling).

Agencies put lines for the desk above and around the story itself: a slug line naming the story
("BC-PORTS-STRIKE/ (URGENT)"), an embargo line, a version tag in front of the headline ("UPDATE 2-",
"CORRECTED-") and a note saying what changed ("(Adds quote in paragraph 4)"). Taken as copy, a slug
line or an embargo became the draft's headline, and the figures of a note ("to 2 billion crowns, not 20
billion") went to the fact-check desk as if the story said them.
"""

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")

# One token of capitals and digits joined by hyphens or slashes, then any bracketed flags in capitals.
# A headline has spaces between its words, and an all-capitals one too, so it never matches.
_SLUG_LINE = re.compile(r"[A-Z0-9]+(?:[-/][A-Z0-9]*)+(?:\s+\([A-Z0-9 ,/-]+\))*")
# In capitals, as agencies send them, and followed by the time it lifts (or nothing): a headline that
# begins with the words ("Embargo on Russian oil tightens", "Hold for release of hostages, envoy urges")
# is the story's headline, not an instruction to the desk.
_EMBARGO_LINE = re.compile(
    r"\W*(?:EMBARGO(?:ED)?|HOLD\s+FOR\s+RELEASE|NOT\s+FOR\s+(?:PUBLICATION|RELEASE))"
    r"(?:\W*$|[\s:,.\-\u2013]+(?:UNTIL|TILL|BEFORE|AFTER|AT)\b|[\s:,.\-\u2013]+\d)"
)
# "UPDATE 2-", "CORRECTED-", "REFILE-UPDATE 1-": in capitals, as agencies send them, so that a headline
# that merely begins with the word ("Update on talks") keeps it.
_VERSION_TAG = re.compile(r"(?:(?:UPDATE\s*\d+|CORRECTED|REFILE|RPT|REPEAT)\s*[-\u2013:]\s*)+")


# Words that every headline has, which tell no story from another.
_HEADLINE_FILLER = frozenset(
    "a an and are as at be by for from has have in into is it its of on or over than that the to was were "
    "will with after".split()
)


def wire_headline_key(headline: str) -> str:
    """The headline as imports are recorded and found by: spacing evened out, case-blind."""
    return " ".join(headline.split()).casefold()[:200]


def _story_words(headline: str) -> frozenset[str]:
    # Figures are left out: they are what an update changes ("120 schools", then "140 schools").
    words = re.findall(r"\w+", headline.casefold())
    return frozenset(word for word in words if not word.isdigit() and word not in _HEADLINE_FILLER)


def headlines_tell_the_same_story(headline: str, other: str) -> bool:
    """Could one headline be a later version of the other? An agency rewrites the headline as a story
    grows ("Floods close schools", then "Floods kill two, close 140 schools"), but keeps most of its
    words; the next story under a slug it reuses day after day ("UK growth slows to 0.1%", then "UK
    inflation falls to 2.3%") shares few of them."""
    words, other_words = _story_words(headline), _story_words(other)
    if not words or not other_words:
        return wire_headline_key(headline) == wire_headline_key(other)
    return 2 * len(words & other_words) > min(len(words), len(other_words))


class NotAStory(ValueError):
    """The text cannot become an article; the message says why."""


@dataclass(frozen=True)
class WireStory:
    headline: str
    body: str
    slug_line: str = ""
    version_tag: str = ""
    agency_note: str = ""
    embargo: str = ""

    @property
    def slug(self) -> str:
        """The story's keyword, which the agency keeps across its versions: the slug line without its
        flags ("BC-PORTS-STRIKE/ (URGENT)" and "BC-PORTS-STRIKE/ (UPDATE 2)" are one story)."""
        return self.slug_line.split()[0] if self.slug_line else ""

    @property
    def is_update(self) -> bool:
        """Does the agency send this as a later version of a story it sent before?"""
        return bool(self.version_tag or self.agency_note)

    @property
    def update_number(self) -> int:
        """2 for "UPDATE 2" (and "CORRECTED-UPDATE 2"); 0 for a story's first version or a correction of it."""
        numbers = re.findall(r"UPDATE\s*(\d+)", self.version_tag)
        return int(numbers[-1]) if numbers else 0


def parse_wire_text(text: str) -> WireStory:
    """Split wire copy into its headline, body and the lines the agency wrote for the desk.

    An embargo is kept as the first paragraph of the body as well, where nobody working on the draft
    can miss it: a story published before its embargo breaks the agency's terms.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise NotAStory("the file is empty")
    lines = text.strip().split("\n")
    slug_line = embargo = ""
    while lines:
        line = lines[0].strip()
        if not line:
            pass
        elif _SLUG_LINE.fullmatch(line) and not slug_line:
            slug_line = line
        elif _EMBARGO_LINE.match(line) and not embargo:
            embargo = line
        else:
            break
        lines.pop(0)
    if not lines:
        raise NotAStory("it has only the agency's slug or embargo line, and no headline or body")
    headline, rest = lines[0].strip(), "\n".join(lines[1:])
    tag = _VERSION_TAG.match(headline)
    version_tag = ""
    if tag and tag.end() < len(headline):
        version_tag = re.sub(r"\s*[-\u2013:]\s*", "-", tag.group().strip()).strip("-")
        headline = headline[tag.end():].strip()
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(rest.strip()) if p.strip()]
    agency_note = ""
    if paragraphs and paragraphs[0].startswith("(") and paragraphs[0].endswith(")"):
        agency_note = " ".join(paragraphs.pop(0).split())
    if not paragraphs:
        raise NotAStory("it has a headline but no body")
    if embargo:
        paragraphs.insert(0, embargo)
    return WireStory(
        headline=headline,
        body="\n\n".join(paragraphs),
        slug_line=slug_line,
        version_tag=version_tag,
        agency_note=agency_note,
        embargo=embargo,
    )
