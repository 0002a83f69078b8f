"""Reading a wire story out of the plain text an agency sends (no Django import: pure text handling).

Agencies put lines for the desk above and around the story itself: a slug line naming the story
("BC-PORTS-STRIKE/ (URGENT)"), an embargo line, a version tag in front of the headline ("UPDATE 2-",
"CORRECTED-") and a note saying what changed ("(Adds quote in paragraph 4)"). Taken as copy, a slug
line or an embargo became the draft's headline, and the figures of a note ("to 2 billion crowns, not 20
billion") went to the fact-check desk as if the story said them.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

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


# --- When an embargo lifts -------------------------------------------------------------------------
# Agencies write the time an embargo lifts in many ways: "0001 GMT MARCH 4", "00:01 GMT Thursday",
# "12:01 A.M. EST THURSDAY, JAN. 5, 2026", "1400 GMT", "2026-03-05T00:01Z". A time is read only with
# its zone: a clock time alone could be any of two dozen moments, and a guess that falls early breaks
# the agency's terms.

_FIXED_ZONES = {
    "GMT": 0, "UTC": 0, "UT": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "HKT": 8, "SGT": 8, "JST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}
# Zones named without saying whether summer time is on: the date decides.
_REGIONAL_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "PT": "America/Los_Angeles"}
_ZONE = (
    r"(?P<zone>(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|"
    + "|".join(sorted([*_FIXED_ZONES, *_REGIONAL_ZONES], key=len, reverse=True))
    + r")\b"
)
# A clock time directly followed by its zone: "0001 GMT", "00:01 GMT", "12:01 A.M. EST", "6 PM ET".
_TIME_AND_ZONE = re.compile(
    r"\b(?:(?P<hour12>\d{1,2})(?:[:.](?P<minute12>\d{2}))?\s*(?P<half>[AP])\.?\s*M\b\.?"
    r"|(?P<hour>\d{1,2})[:.](?P<minute>\d{2})|(?P<hhmm>\d{4}))\s*(?:HRS\b\.?\s*)?" + _ZONE
)
_ISO_TIME = re.compile(
    r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?\s*"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [("JANUARY", "JAN"), ("FEBRUARY", "FEB"), ("MARCH", "MAR"), ("APRIL", "APR"), ("MAY",), ("JUNE", "JUN"),
         ("JULY", "JUL"), ("AUGUST", "AUG"), ("SEPTEMBER", "SEPT", "SEP"), ("OCTOBER", "OCT"),
         ("NOVEMBER", "NOV"), ("DECEMBER", "DEC")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>\d{1,2})(?:ST|ND|RD|TH)?\b"
_YEAR = r"(?:,?\s*(?P<year>\d{4})\b)?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s*{_DAY}{_YEAR}")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s*(?:OF\s+)?{_MONTH}{_YEAR}")
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [("MONDAY", "MON"), ("TUESDAY", "TUES", "TUE"), ("WEDNESDAY", "WED"), ("THURSDAY", "THURS", "THUR", "THU"),
         ("FRIDAY", "FRI"), ("SATURDAY", "SAT"), ("SUNDAY", "SUN")]
    )
    for name in names
}
_WEEKDAY = re.compile(r"\b(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b")


def _zone_named(name: str) -> tzinfo | None:
    name = re.sub(r"\s+", "", name)
    if name == "Z":
        return timezone.utc
    if name in _FIXED_ZONES:
        return timezone(timedelta(hours=_FIXED_ZONES[name]))
    if name in _REGIONAL_ZONES:
        return ZoneInfo(_REGIONAL_ZONES[name])
    offset = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", name)
    if offset is None:
        return None
    sign, hours, minutes = offset.groups()
    if int(hours) > 14 or int(minutes or 0) > 59:
        return None
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-delta if sign == "-" else delta)


def _clock_time(found: re.Match) -> time | None:
    if found["hour12"] is not None:
        hour, minute = int(found["hour12"]), int(found["minute12"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if found["half"] == "P" else 0)
    elif found["hhmm"] is not None:
        hour, minute = int(found["hhmm"][:2]), int(found["hhmm"][2:])
    else:
        hour, minute = int(found["hour"]), int(found["minute"])
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _date_given(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of the first date the line gives, if it gives one."""
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        found = pattern.search(text)
        if found:
            year = int(found["year"]) if found["year"] else None
            return year, _MONTHS[found["month"]], int(found["day"])
    return None


def embargo_lifts_at(line: str, *, received: datetime) -> datetime | None:
    """The moment (in UTC) the embargo line says the story may be published, or None when the line
    gives no time it can be sure of: no clock time with its zone, a date that does not exist, or a
    weekday that is not the date's.

    What the line leaves out is read from `received`, the moment the copy came in (aware):
    a date without a year is the one nearest it; a weekday alone, or a time alone, is the first such
    moment from then on ("HOLD FOR RELEASE 0600 GMT" sent at 23:00 lifts at 06:00 the next day).
    """
    text = line.upper()
    iso = _ISO_TIME.search(text)
    if iso:
        try:
            naive = datetime(int(iso["year"]), int(iso["month"]), int(iso["day"]), int(iso["hour"]), int(iso["minute"]))
        except ValueError:
            return None
        zone = _zone_named(iso["zone"])
        return naive.replace(tzinfo=zone).astimezone(timezone.utc) if zone else None
    found = _TIME_AND_ZONE.search(text)
    if found is None:
        return None
    clock, zone = _clock_time(found), _zone_named(found["zone"])
    if clock is None or zone is None:
        return None
    rest = text[: found.start()] + " " + text[found.end():]
    weekday_named = _WEEKDAY.search(rest)
    weekday = _WEEKDAYS[weekday_named.group(1)] if weekday_named else None
    given = _date_given(rest)
    received_there = received.astimezone(zone)
    if given is not None:
        year, month, day = given
        years = [year] if year else [received_there.year - 1, received_there.year, received_there.year + 1]
        candidates = []
        for candidate_year in years:
            try:
                candidates.append(datetime.combine(date(candidate_year, month, day), clock, tzinfo=zone))
            except ValueError:
                continue
        if not candidates:
            return None
        lifts = min(candidates, key=lambda moment: abs(moment - received))
        if weekday is not None and lifts.weekday() != weekday:
            return None
        return lifts.astimezone(timezone.utc)
    for days_on in range(8):
        day = received_there.date() + timedelta(days=days_on)
        lifts = datetime.combine(day, clock, tzinfo=zone)
        if (weekday is None or day.weekday() == weekday) and lifts >= received:
            return lifts.astimezone(timezone.utc)
    return None
