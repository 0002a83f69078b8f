"""Validation of text that people type or import. Applied by forms and again by services."""

import re
import unicodedata

from django.core.exceptions import ValidationError

# Tab, newline and carriage return are ordinary in copy; every other control character is a paste accident.
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}
# Left-to-right and right-to-left overrides show the text after them in an order other than the one
# stored, so a reader, an editor and the fact-check desk could each see a different figure. (The
# marks and isolates that mixed Arabic or Hebrew copy needs are left alone.)
_DIRECTION_OVERRIDES = {"\u202d", "\u202e"}

# Characters that take no room on the page: the soft hyphen, the Arabic letter mark, the Mongolian
# vowel separator, zero-width space, non-joiner and joiner, the left-to-right and right-to-left marks,
# the word joiner and the invisible operators, and the zero-width no-break space (a byte order mark
# inside text). Inside "1\u200b000" a reader sees 1000 while the claim scan reads 1.
_INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_ANY_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
# Digit groups may be set off by a comma, a point or a space (plain, no-break, thin or narrow), as
# the claim extractor reads them ("1,000", "4,21", "390 000"). The possessive runs read a paste of
# thousands of invisible characters after a digit once, instead of trying every way to split it.
_NUMBER_WITH_INVISIBLES = re.compile(rf"\d(?:[{_INVISIBLE}]*+(?:[,. \u00a0\u2009\u202f][{_INVISIBLE}]*+)?\d)+")
_WITHOUT_INVISIBLES = str.maketrans("", "", _INVISIBLE)


def remove_invisible_characters_inside_numbers(value: str) -> str:
    """Drop invisible characters that sit inside a number, so that the stored figure is the one a
    reader sees and the desk checks. Elsewhere they stay: Indic and Persian words need the joiner and
    non-joiner, and mixed Arabic or Hebrew copy the direction marks."""
    if not value or not _ANY_INVISIBLE.search(value):
        return value
    return _NUMBER_WITH_INVISIBLES.sub(lambda number: number.group().translate(_WITHOUT_INVISIBLES), value)


def compose_accented_letters(value: str) -> str:
    """The text in Unicode's composed form (NFC). Many Mac programs copy "é" as "e" followed by a
    combining accent, others as one letter; both look the same, but the claim scan would read two
    texts: a quote pasted decomposed lost its speaker, and a sentence pasted again the other way
    lost the desk's ruling on its figures."""
    return unicodedata.normalize("NFC", value) if value and not value.isascii() else value


# Letters and a symbol that draw nothing (the Hangul fillers, the blank Braille pattern): pasted alone,
# they pass for text while the page shows empty space.
_BLANK_LETTERS = "\u115f\u1160\u3164\uffa0\u2800"
_DRAWS_NOTHING = {"Cc", "Cf", "Zs", "Zl", "Zp"}


def _draws_nothing(char: str) -> bool:
    return char.isspace() or char in _BLANK_LETTERS or unicodedata.category(char) in _DRAWS_NOTHING


def validate_clean_text(value: str) -> None:
    """Refuse text that cannot be what the writer meant: undecodable bytes, lone surrogates, control
    codes, and text that shows nothing at all."""
    if not value:
        return
    for position, char in enumerate(value):
        if char == "\ufffd":
            raise ValidationError(
                "The text contains bytes that are not valid UTF-8 (shown as \ufffd near character %(pos)s). "
                "Paste it again from the original, or save the file as UTF-8.",
                code="invalid_unicode",
                params={"pos": position + 1},
            )
        category = unicodedata.category(char)
        if category == "Cs":
            raise ValidationError(
                "The text contains an invalid unicode character near character %(pos)s.",
                code="invalid_unicode",
                params={"pos": position + 1},
            )
        if char in _DIRECTION_OVERRIDES:
            raise ValidationError(
                "The text contains an invisible character (U+%(code)04X) near character %(pos)s that reverses "
                "how the text after it is shown; remove it and save again.",
                code="direction_override",
                params={"code": ord(char), "pos": position + 1},
            )
        if category == "Cc" and char not in _ALLOWED_CONTROLS:
            raise ValidationError(
                "The text contains an invisible control character (U+%(code)04X) near character %(pos)s; "
                "remove it and save again.",
                code="control_character",
                params={"code": ord(char), "pos": position + 1},
            )
    # Whitespace alone is left to the check that the text is there at all. Zero-width spaces, word
    # joiners or a byte order mark alone are not: they would pass as a headline, a reason or a note
    # that nobody can read.
    if value.strip() and all(_draws_nothing(char) for char in value):
        invisible = next(char for char in value if not char.isspace())
        raise ValidationError(
            "The text is only invisible characters (such as U+%(code)04X): a reader would see nothing. "
            "Type the text again, or leave the box empty.",
            code="invisible_only",
            params={"code": ord(invisible)},
        )


def _refuse_over_length(value: str, limit: int, message: str, code: str) -> None:
    # Browsers send each line break as two characters; the text is stored with one.
    length = len(value.replace("\r\n", "\n")) if value else 0
    if length > limit:
        raise ValidationError(message, code=code, params={"length": f"{length:,}", "limit": f"{limit:,}"})


def validate_body_length(value: str) -> None:
    from django.conf import settings

    _refuse_over_length(
        value, settings.ARTICLE_BODY_MAX_CHARS,
        "The body is %(length)s characters long; the limit is %(limit)s. Split the story or cut it "
        "before saving. Nothing was saved.",
        "body_too_long",
    )


# A standfirst is a sentence or two under the headline. Without a limit of its own it could carry far
# more copy than the body may (the form reads up to 4.8 MB), all of it scanned and kept in every revision.
STANDFIRST_MAX_CHARS = 1000


def validate_standfirst_length(value: str) -> None:
    _refuse_over_length(
        value, STANDFIRST_MAX_CHARS,
        "The standfirst is %(length)s characters long; the limit is %(limit)s (one or two sentences "
        "under the headline). Move the rest into the body. Nothing was saved.",
        "standfirst_too_long",
    )


# A reason, a comment or a note is a sentence or a paragraph. Each is kept in the article's history, and
# a waiver's reason in every claim it waives, so a page pasted by mistake would be stored many times over.
NOTE_MAX_CHARS = 5000


def validate_note_length(value: str) -> None:
    _refuse_over_length(
        value, NOTE_MAX_CHARS,
        "The text is %(length)s characters long; the limit is %(limit)s. Say why in a paragraph or two. "
        "Nothing was saved.",
        "note_too_long",
    )


def validate_storable_time(value) -> None:
    """Refuse a time the database cannot hold: it stores times in UTC, and the last minutes of the
    year 9999 in a newsroom west of Greenwich (or the first of the year 1 east of it) fall outside
    the calendar there."""
    from datetime import timezone as dt_timezone

    if value is None:
        return
    try:
        value.astimezone(dt_timezone.utc)
    except OverflowError:
        raise ValidationError(
            "That time is outside the calendar the newsroom can keep: give a date before the year 9999.",
            code="time_out_of_range",
        ) from None


def validate_new_deadline(deadline, previous=None) -> None:
    """A deadline that is set or moved must lie ahead; one already on the article stays as it is."""
    from datetime import timedelta

    from django.utils import timezone

    validate_storable_time(deadline)
    # Forms show a deadline to the minute, so one sent back unchanged may have lost its seconds.
    if deadline is None or (previous is not None and abs(deadline - previous) < timedelta(minutes=1)):
        return
    if deadline < timezone.now():
        raise ValidationError(
            "That deadline has already passed: give a time that is still ahead.",
            code="deadline_past",
        )
