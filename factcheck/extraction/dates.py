"""Dates and times: weekdays, calendar dates, months, years, clock times and relative dates.

Dates are claims of kind "date" with value None: a checker verifies when something
happened, and a bare year is a date, never a count of anything.
"""

from __future__ import annotations

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DAY_PARTS = frozenset("morning afternoon evening night overnight".split())
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Abbreviations are only months with their full stop ("Dec. 5") or before a day number.
MONTH_ABBREVS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Months that are also ordinary words need a day, a year or a temporal preposition.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
MONTH_CONTEXT = frozenset(
    """in since by until till through last next this early late mid of during from to before
    after between and or on until throughout end beginning start""".split()
)
PERIOD_NOUNS = frozenset(
    """week month year weekend summer winter spring autumn fall decade century quarter
    season night morning evening afternoon term semester""".split()
)
RELATIVE_MODIFIERS = frozenset("last next this past coming previous prior current following".split())
RELATIVE_WORDS = frozenset({"yesterday", "tomorrow", "tonight", "today"})
YEAR_PREFIXES = frozenset("mid pre post early late end start fy".split())
TIME_ZONES = frozenset(
    """gmt utc et est edt ct cst cdt pt pst pdt bst cet cest ist jst aest aedt msk eet eest
    wib sgt hkt kst""".split()
)
AGO_WORDS = frozenset({"ago", "earlier", "later", "before", "previously", "hence"})
# Words after "before"/"after" that still leave "two days before ..." a relative date.
AGO_FOLLOWERS = frozenset({"and", "or", "but", "that", "when", "then"})
# Feasts and festivals named as dates: "since Christmas", "before Easter", "on Christmas Eve".
HOLIDAYS = frozenset(
    """christmas easter thanksgiving halloween diwali ramadan eid hanukkah passover hogmanay
    pentecost whitsun""".split()
)
HOLIDAY_TAILS = frozenset({"day", "eve", "day's", "eve's"})
# First words of days named "<Word> Day": dates only with their "Day" ("Boxing Day", "St
# Patrick's Day", "New Year's Eve"); alone they name other things ("Labour", "Memorial").
DAY_NAMES = frozenset(
    """patrick's valentine's mother's father's boxing labor labour memorial independence
    remembrance anzac commonwealth election armistice bastille year's""".split()
)
TIMES_OF_DAY = frozenset({"noon", "midnight", "midday"})
MERIDIEMS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})
FISCAL_ORDINALS = frozenset({"first", "second", "third", "fourth", "final", "last"})
FISCAL_PERIODS = frozenset({"quarter", "half"})
# Plural nouns a year dates rather than counts: "its 2024 sales", "2019 elections".
YEAR_RESULT_NOUNS = frozenset(
    "sales earnings results profits revenues accounts forecasts budgets elections highs lows peaks levels".split()
)
# Prepositions after which a four-digit number is a year even before a plural noun.
# (and "fiscal": "for fiscal 2026 includes", a government's year)
STRONG_YEAR_CONTEXT = frozenset("in since by until till during of from through before after the early late mid fiscal".split())
