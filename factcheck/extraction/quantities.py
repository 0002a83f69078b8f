"""Figures inside one sentence: counts, vague amounts, percentages, money, measures,
ranges, ordinals and dates, each with its hedge ("about") and movement ("rose").

The scanner walks the sentence's tokens once, left to right. Only tokens that can start a
figure (digits, number words, months, weekdays, ...) trigger work, and each rule looks at
a bounded window of neighbours, so the cost is linear in the length of the text.

Rules for what is *not* a figure live next to the figure rules they guard: a number glued
to letters or named by the word before it ("G7", "Flight 370", "Boeing 737", "log 1187")
is an identifier; a number after a verb of calling ("dial 999", "call police on 101") is a
telephone number; "2-1" after a sports verb is a score; "1." at the start of a line, or
after a colon or semicolon in a numbered run ("aims: 1. Cut costs; 2. Hire"), is a list
marker; a four-digit number in the years range is a date unless the text counts with it
or names a thing.
"""

from __future__ import annotations

import bisect
import functools
import re
from itertools import compress, repeat
from operator import contains

from . import dates as D
from . import lexicon as X
from .genders import sex_of_given_name
from .numbers import (
    DIGIT_SCALES,
    MAX_DIGITS,
    MONEY_SCALES,
    RINGGIT_SCALES,
    NUMBER_WORDS,
    PHONE_RE,
    ORDINALS,
    SCALES,
    SMALL,
    TENS,
    GROUP_SPACE_RE,
    GROUPED_DIGITS_RE,
    Tokens,
    has_decimal_comma,
    parse_digits,
    scaled,
    word_trie_pattern,
    words_value,
)

MAX_CLAIMS_PER_SENTENCE = 100
DASHES = frozenset("-\u2013\u2014\u2012\u2212")
OPENERS = frozenset("\"'\u201c\u2018\u00ab(:[\u2014\u2013-")
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 0.125, "eighths": 0.125, "ninth": 1 / 9,
    "ninths": 1 / 9, "tenth": 0.1, "tenths": 0.1,
}
AGE_SUFFIXES = {
    "year-old": "years", "years-old": "years", "yr-old": "years", "month-old": "months",
    "months-old": "months", "week-old": "weeks", "day-old": "days",
}
MEASURE_ADJ = frozenset("high long deep tall wide thick away across".split())
# The fraction of a mixed number ("3 1/2 years", "8 1/4 cents"): halves to sixty-fourths, as
# grain and bond prices are quoted; another denominator makes a ratio or a date, not a share.
MIXED_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})
# Fraction characters glued to digits: "2\u00bd times", "a 3\u00be-mile walk".
VULGAR_FRACTIONS = {
    "\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75, "\u2153": 1 / 3, "\u2154": 2 / 3,
    "\u215b": 0.125, "\u215c": 0.375, "\u215d": 0.625, "\u215e": 0.875,
}
# Superscript digits of an exponent: "5.97 \u00d7 10\u00b2\u2074 kg".
SUPERSCRIPT_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207b", "0123456789-")
# The sign of a product before "10" in scientific notation.
TIMES_SIGNS = frozenset({"\u00d7", "x", "X", "*", "\u22c5", "\u00b7"})
_FRACTION_OR_TIMES = TIMES_SIGNS | frozenset(VULGAR_FRACTIONS)
_EXPONENT_RE = re.compile(r"-?[1-9][0-9]?")
# Fractions that "and a" adds to a whole number: "two and a half", "six and a quarter".
# Not "and a third": "two and a third" mostly counts two things and names the third.
AND_A_FRACTIONS = {"half": 0.5, "quarter": 0.25}
# Words a verb's object may take between the verb and "by": "cut the arts budget by half",
# "cut the risk of a second stroke by a fifth".
MAX_OBJECT_WORDS = 6
# Forms of "be" (and verbs like it) before "up"/"down" said of a level: "sales were up a third".
BE_FORMS = frozenset("is are was were be been being 's 're remain remains remained stood stands".split())
# After an inline list marker ("1."): blanks, then the item's first word.
_ITEM_WORDS_RE = re.compile(r"[ \t]+[^\W\d_]")
# How far to look for the neighbouring marker of an inline list, in characters: one item.
_LIST_MARKER_WINDOW = 400
# Scale words that may be hyphenated to digits as an adjective: "a $2-billion deal".
HYPHEN_SCALES = frozenset({"thousand", "million", "billion", "trillion", "crore", "lakh", "mln", "bln"})  # ("a 45-mln-euro deal", as ANSA writes it)
# The suffixes of exchanges on stock codes written with digits: "6857.T", "0700.HK", "005930.KS".
_EXCHANGE_SUFFIXES = frozenset("T HK SS SZ KS KQ TW TWO SI NS BO AX NZ JK KL BK".split())
# A bus or tram route named by its number: "the 405 bus", "the 159 express".
_ROUTE_NOUNS = frozenset("bus express tram shuttle coach nightbus".split())
_RIDE_VERBS = frozenset("take takes took taking catch catches caught catching ride rides rode riding board boards boarded boarding".split())
_ROUTE_FOLLOWERS = frozenset("to into towards toward every".split())
# Postal areas: "the 78702 ZIP code", "postcodes 2000 and 2010" (but "20 zip ties" counts ties).
_POSTAL_WORDS = frozenset("zip postcode postcodes".split())
_LIST_JOINERS = frozenset({"and", "or", ","})
# What British copy counts in millions written "m" ("a waiting list of 7.4m"), and words that
# make an "m" metres instead.
_COUNTED_IN_MILLIONS = frozenset(
    """list lists waiting people patients population viewers viewing audience users customers
    subscribers households voters visitors passengers jobs homes claimants downloads listeners
    readers members workers employees tourists migrants immigrants backlog""".split()
)
# More that is counted in millions, but only right after the "m" (a word between at most):
# "1.6m elective treatments"; elsewhere in a sentence they may stand beside metres ("visibility
# fell to 50m ... unnecessary journeys").
_COUNTED_RIGHT_AFTER_M = _COUNTED_IN_MILLIONS | frozenset(
    "cases treatments appointments operations referrals prescriptions journeys trips tickets meals calls".split()
)
# Races run over metres, in the plural: "the 100m hurdles", "the 200m heats".
_RACES = frozenset("hurdles heats finals relays".split())
# Endings of words that describe what is counted: "mobile", "active", "annual", "registered".
_ADJECTIVE_ENDINGS = ("ile", "ive", "al", "ous", "ic", "ed", "ing", "ful", "able", "ible", "ary", "ern", "ly", "ign", "ique")
_LENGTH_CONTEXT = frozenset(
    """high tall long deep wide height length depth width wave waves jump jumped jumps cleared
    throw threw vault metre metres meter meters distance wall tower tide tides swell run race
    sprint hurdles km feet ft ran swam swim walk walked cycled rowed climbed drove travelled
    flew dived""".split()
)
# What a hyphenated number of points measures when it is a figure: "a 17-point lead".
_MARGIN_NOUNS = frozenset(
    """lead deficit margin gap swing drop fall rise jump advantage win victory defeat loss cut
    increase decrease decline slump surge gain comeback""".split()
)
COMPOUND_SKIP = frozenset(
    "way sided off time fold star point stroke shot party hander liner handed pronged bit"
    # kinds of things named by a number: "two-wheelers", "a 3-pointer" (a shot, as "a three-point shot"), "one-liners"
    " wheeler wheelers pointer pointers liners decker deckers".split()
)
TITLE_CASE_MIN_WORDS = 4
# Periods read as a date after a preposition: "in the spring", "over the summer", "by the weekend".
SEASONS_AND_WEEKEND = frozenset("spring summer autumn fall winter weekend".split())
# Prepositions of time before a season or a holiday: "in the spring", "since Christmas".
TIME_PREPOSITIONS = frozenset(
    "in over during by until till since through throughout from for before after at on around towards".split()
)
# Changes by a factor: "revenue tripled", "more than doubled", "halved"; (factor, direction).
MULTIPLES = {
    "doubled": (2.0, "up"), "tripled": (3.0, "up"), "trebled": (3.0, "up"),
    "quadrupled": (4.0, "up"), "halved": (0.5, "down"),
    # Before what they compare with: "twice the target", "more than double the rate".
    "twice": (2.0, None), "double": (2.0, None), "triple": (3.0, None), "treble": (3.0, None),
}
# What follows "twice", "double" or "triple" when it compares sizes: "twice the 18-minute target".
COMPARED_WITH = frozenset("the what that its their his her our as those these".split())
# Shares of a percentage point by which rates move: "a quarter point", "half a point".
RATE_STEPS = {"quarter": 0.25, "half": 0.5}
# The start or end of a period, a date: "by the end of the decade", "the start of 2026".
# ("the rest of the year": from now to its end)
PERIOD_EDGES = frozenset("end start beginning middle rest".split())
EDGE_PERIODS = frozenset("year decade month week quarter century semester term".split())
# Periods that "a" and "ago", "earlier" or "later" make a date: "a year earlier", "a decade ago".
AGO_PERIODS = frozenset("year month week decade day fortnight century hour".split())

_TRIGGERS: dict[str, str] = {}
for _w in SMALL:
    _TRIGGERS[_w] = "num"
for _w in TENS:
    _TRIGGERS[_w] = "num"
for _w in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
    _TRIGGERS[_w] = "scale"
for _w in X.VAGUE_PLURALS:
    _TRIGGERS[_w] = "vague"
for _w in ("several", "few", "couple"):
    _TRIGGERS[_w] = "few"
for _w in ORDINALS:
    _TRIGGERS[_w] = "ord"
_TRIGGERS["half"] = "half"
_TRIGGERS["halftime"] = "half"  # "at halftime", as American copy writes "at half-time"
for _w in ("quarter", "quarters", "thirds"):
    _TRIGGERS[_w] = "ord"
for _w in D.WEEKDAYS:
    _TRIGGERS[_w] = "weekday"
    _TRIGGERS[_w + "'s"] = "weekday"
    _TRIGGERS[_w + "s"] = "weekday"
for _w in D.MONTHS:
    _TRIGGERS[_w] = "month"
    _TRIGGERS[_w + "'s"] = "month"
for _w in D.MONTH_ABBREVS:
    _TRIGGERS[_w] = "month"
for _w in D.RELATIVE_WORDS:
    _TRIGGERS[_w] = "relday"
    _TRIGGERS[_w + "'s"] = "relday"
for _w in D.RELATIVE_MODIFIERS:
    _TRIGGERS[_w] = "relative"
_TRIGGERS["earlier"] = "earlier"
_TRIGGERS["later"] = "earlier"
_TRIGGERS["ago"] = "earlier"
_TRIGGERS["before"] = "earlier"  # only "a year before", "the month before" (see on_earlier)
for _w in SEASONS_AND_WEEKEND:
    _TRIGGERS[_w] = "season"
for _w in D.HOLIDAYS | D.DAY_NAMES:
    _TRIGGERS[_w] = "holiday"
for _w in D.TIMES_OF_DAY:
    _TRIGGERS[_w] = "noon"
for _w in MULTIPLES:
    _TRIGGERS[_w] = "multiple"
for _w in PERIOD_EDGES:
    _TRIGGERS[_w] = "edge"
_TRIGGERS["year-end"] = "edge"
# A period a year before the one a company reports: "the year-ago quarter", "the prior-year period".
for _w in ("year-ago", "year-earlier", "prior-year", "year-to-date"):
    _TRIGGERS[_w] = "year_ago"
# One of a unit of time or distance written with "a" or "an" after a hedge: "for nearly an
# hour", "more than a year", "roughly a mile east", "within a month" (without a hedge, "an hour"
# is seldom a figure anyone checks: "twice a year", "54,000 an hour").
ONE_OF_A_UNIT = frozenset(
    "hour minute day week fortnight month year decade century mile kilometre kilometer metre meter foot inch".split()
)
# The last word of each hedge that makes "a" such a unit one of it ("more than", "up to", "at least").
HEDGES_BEFORE_ONE = frozenset("about around roughly approximately nearly almost than over under least to barely within".split())
# Trigger words that start a figure only with the word after them ("last week", "earlier
# this year", "the end of the decade"): alone they do not make a sentence worth reading.
_PAIRED_TRIGGERS = frozenset({"relative", "earlier", "edge"})
# The trigger words as a set, to test a sentence's words against them in one call.
_TRIGGER_SET = frozenset(_TRIGGERS)
_PERIODS = "|".join(sorted(D.PERIOD_NOUNS | {"day"}))
# Sentences without any of these cannot hold a figure or a date; they are not tokenised.
TRIGGER_RE = re.compile(
    r"[0-9]|(?<![^\W\d_])(?:"
    + word_trie_pattern(
        w for w, t in _TRIGGERS.items() if t not in _PAIRED_TRIGGERS and "'" not in w
    )
    + r"|mid-|(?:" + "|".join(sorted(D.RELATIVE_MODIFIERS)) + r")\s+(?:(?:financial|fiscal|academic|tax|calendar|school)\s+)?(?:"
    + _PERIODS
    + r")|(?:earlier|later)\s+(?:this|that|in|next|last)|an?\s+(?:"
    + "|".join(sorted(AGO_PERIODS))
    + r")\s+(?:ago|earlier|later|before)|(?:patrick|valentine|mother|father|year)['\u2019]s\s+(?:day|eve)"
    + r"|year-end|(?:" + "|".join(sorted(PERIOD_EDGES)) + r")\s+of\s+(?:(?:the|this|next|last)\s+)?(?:"
    + "|".join(sorted(EDGE_PERIODS))
    + r")|(?:" + "|".join(sorted(HEDGES_BEFORE_ONE)) + r")\s+an?\s+(?:" + "|".join(sorted(ONE_OF_A_UNIT))
    + r"))(?![^\W\d_])",
    re.IGNORECASE,
)


# The same phrase alone, for sentences whose words hold a hedge and such a unit (see TriggerTest).
_ONE_OF_A_UNIT_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(HEDGES_BEFORE_ONE)) + r")\s+an?\s+(?:" + "|".join(sorted(ONE_OF_A_UNIT))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)


def _lengths_by_word(keys, position: int) -> dict[str, tuple[int, ...]]:
    """For each word at ``position`` (0 first, -1 last) of some key: the key lengths, longest first."""
    lengths: dict[str, set[int]] = {}
    for k in keys:
        lengths.setdefault(k[position], set()).add(len(k))
    return {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}


# The phrase tables that ``SentenceScanner.match`` reads, indexed by first word: most
# positions fail on one look-up, and the others try only the key lengths that exist.
_PHRASE_LENGTHS = {
    id(t): _lengths_by_word(t, 0)
    for t in (X.PERCENT_UNITS, X.MEASURE_UNITS, X.CURRENCY_ADJECTIVES, X.TRAILING_QUALIFIERS)
}
# Hedges are read backwards from the figure, so they are indexed by their last word.
_QUALIFIER_LENGTHS = _lengths_by_word(X.QUALIFIERS, -1)
_QUALIFIER_VALUES = frozenset(X.QUALIFIERS.values())
_PERCENT_HEADS = _PHRASE_LENGTHS[id(X.PERCENT_UNITS)].keys()
_MEASURE_HEADS = _PHRASE_LENGTHS[id(X.MEASURE_UNITS)].keys()
_CURRENCY_ADJ_HEADS = _PHRASE_LENGTHS[id(X.CURRENCY_ADJECTIVES)].keys()
_TRAILING_HEADS = _PHRASE_LENGTHS[id(X.TRAILING_QUALIFIERS)].keys()
# What can follow the number in a clock time ("10:30", "9am", "0900 GMT") or a date ("5th of
# May", "5 Jan"): any other next word rules them out without a look.
_TIME_NEXT = frozenset({":", ".", "a", "p"}) | D.MERIDIEMS | D.TIME_ZONES
_DAY_MONTH_NEXT = (
    ORDINAL_SUFFIXES | {"of"} | frozenset(D.MONTHS) | frozenset(D.MONTH_ABBREVS)
    | {m + "'s" for m in D.MONTHS} | {m + "'s" for m in D.MONTH_ABBREVS}
)
# Every word that SentenceScanner.currency_after reads as a currency after the number.
_CURRENCY_AFTER_WORDS = (
    _CURRENCY_ADJ_HEADS | {c.lower() for c in X.CURRENCY_CODES} | X.SUBUNITS.keys() | {"p"}
    | X.CURRENCY_WORDS.keys() | {"grand"}
)
# Every next token with which SentenceScanner.classify reads a unit rather than a counted noun.
_UNIT_OR_DASH = _PERCENT_HEADS | _CURRENCY_AFTER_WORDS | _MEASURE_HEADS | DASHES
# Single letters that stand for a currency before digits, in the copy of the country that uses it:
# "R1,500" (rand), "N58,000" (naira), "P84 million" (Philippine pesos).
# (and "K7,500", "K4.6 million": the Zambian kwacha, as Lusaka's papers write it)
_LETTER_CURRENCIES = {"R": "ZAR", "N": "NGN", "P": "PHP", "K": "ZMW"}
# Every token before a number that SentenceScanner.currency_before reads as (part of) a
# currency, but for the lower-cased CODE_ALIASES.
_CURRENCY_MARKS = X.CURRENCY_SYMBOLS.keys() | X.CURRENCY_CODES | _LETTER_CURRENCIES.keys() | {"."}
# The same marks lower-cased, with the aliases: a token before a number whose lower-cased
# form is not among them cannot be a currency, which settles most numbers in one look-up.
_CURRENCY_MARKS_LOWER = frozenset(m.lower() for m in _CURRENCY_MARKS) | X.CODE_ALIASES.keys()
# Words that end a counted noun phrase before its head (see SentenceScanner.count_noun).
_NOUN_PHRASE_STOPS = frozenset(X.STOP_AFTER) | frozenset(D.MONTHS) | frozenset(D.WEEKDAYS)
# What may follow a bare age, and nothing that could be its unit: "She was 89.", "he was
# 88 when he died".
_AFTER_A_STATED_AGE = frozenset({"", ".", ",", ";", "when", "and", "at"})
# Words before a number that SentenceScanner.sign_and_prefix_unit reads.
_SIGN_OR_UNIT_BEFORE = frozenset({"-", "\u2212", "\u2013", "minus", "magnitude", "richter", "aged", "ages", "age"})
# Last words of an Indian train's name, after its five-digit number: "the 14023 Lakeside Express".
_TRAIN_NAME_ENDS = frozenset("express mail rajdhani shatabdi superfast duronto passenger".split())
# Games a player's tally is counted in: "19 goals in 25 league games".
_OUTINGS = frozenset("games matches appearances innings starts races outings fixtures tests".split())
# Makes of racing cars, which carry their numbers: "the No. 42 Chevrolet".
_CAR_MAKES = frozenset("chevrolet chevy ford toyota honda dodge porsche ferrari mclaren mercedes williams".split())
# Words before "to" and a short code to text: "via SMS to 30051".
_SHORT_CODE_SENDS = frozenset("sms text texting message messages".split())
_TEXTING_VERBS = frozenset("text texts texted texting sms".split())
# What a text to a short number does: "text 4357 to give" (not "texted 5000 to warn them", people).
_WHAT_A_TEXT_DOES = frozenset(
    "give donate pledge register subscribe join opt vote enter sign get receive report book check request claim unsubscribe support".split()
)
# What is filed or named under a number: "Economic Case No. 9", "Petition No. 3", "Claim No. 2", a law
# ("Republic Act No. 10121", "House Bill No. 88") or a place one waits at ("Platform No. 4").
_FILED_UNDER_A_NUMBER = frozenset(
    """case cases petition suit claim appeal application file writ complaint motion order regulation
    decree ordinance resolution circular notification act acts bill bills law laws proclamation
    memorandum permit licence license form item lot platform gate berth pier ward booth counter""".split()
)
# Scales written short with a full stop inside a sentence: "8.7 tril. yen", "1.2 mil. urged".
_SCALES_WRITTEN_SHORT = frozenset({"tril", "bil", "mil", "mln", "bln"})
# Units of time after "one-" that make a length of one: "a one-minute call" (not "one-time", "one-off").
_ONE_UNIT_OF_TIME = frozenset("second minute hour day week month year decade".split())
# What "last", "next" or "this" opens as a date after a counted noun: "one complaint last month".
_WHEN_AFTER_LAST_OR_NEXT = frozenset(
    """week month year season night weekend summer winter spring autumn fall quarter term morning
    evening monday tuesday wednesday thursday friday saturday sunday""".split()
)
# What joins two hours of a span whose meridiem comes once, at its end: "from 4 to 7 p.m.".
_HOURS_JOINED = frozenset(("to", "-", "\u2013", "and"))
# Debt named by the year it falls due: "its 2033 bonds", "the company's 2028 notes".
_DEBT_BY_ITS_MATURITY = frozenset("bonds notes debentures gilts maturities eurobonds".split())
# (after an owner or a word that describes it, not "sold 2000 bonds", a count)
_BEFORE_DEBT_BY_ITS_MATURITY = frozenset(
    "its their our his her existing outstanding dollar euro sterling yen benchmark".split()
)
# Words before "only one" that make it a pronoun and no count: "the only one", "her only one", "not
# only one".
_BEFORE_ONLY_ONE_AS_A_PRONOUN = frozenset("the his her their its my our your whose not".split())
# The rooms and floors a home or a building is counted by, after "one-".
_PARTS_OF_A_HOME = frozenset("bedroom bedroomed bed room roomed storey storeyed story storied floor bathroom".split())
# What follows "one-day" when it names a format of the game rather than a length ("one-day
# internationals", "the One-Day Trophy"), or a market's move in a day's trading ("its biggest one-day gain").
_ONE_DAY_FORMATS = frozenset(
    """international internationals cricket cup series game games match matches format side squad team
    trophy crown title championship competition tournament final gain gains loss losses fall drop rise
    jump decline slide rally""".split()
)
# Words that can follow a number and make it the first half of a range or a ratio.
_RANGE_OR_RATIO = DASHES | {"to", "and", "or", "in", "out"}
_DATE_SEPS = frozenset(("-", "/", "."))
# Names of telephone lines before a number in groups: "its helpline, 1800 707 707".
_LINE_NOUNS = frozenset("helpline hotline freephone line number phone tel telephone".split())
# Movement words that before "a third" rank rather than move ("added a third", "raised a third
# child") or that "up"/"down" rules read instead.
_NOT_MOVEMENT_BEFORE_A_SHARE = frozenset("up down higher lower added adds add raised raise raises".split())
# Verbs after "a third", "a quarter" that make it a share of something: "a third are children".
_VERBS_AFTER_A_SHARE = frozenset("are were is was have had said say will would could can".split())
_PLURAL_VERBS = frozenset("are were have say".split())
# Words after "a quarter" or "a third" that make one thing of them: "a quarter century", "a third time".
_AFTER_A_FRACTION_NOT_A_SHARE = frozenset(
    """mile hour century point final time party term way world place year day million billion
    trillion thousand past to""".split()
)  # ("nearly a quarter million people", "about a quarter past six")
# Nouns that make "spring" no season: "before the spring tides", "spring water".
_SPRING_NOUNS = frozenset("tide tides water waters onion onions roll rolls chicken clean cleaning".split())
# Prepositions before "the 15th" that make it a day of the month.
_DAY_OF_MONTH_PREPOSITIONS = frozenset("before by on until till after since from".split())
# Letters glued before a digit that make a fiscal period: "Q3", "H1", "FY25".
_FISCAL_PREFIXES = frozenset({"Q", "H", "FY"})
# A clock time written with a full stop, as British papers do: "4.12am", "10.30pm".
_DOTTED_TIME_RE = re.compile(r"(?:0?[1-9]|1[0-2])\.[0-5][0-9]")
_DOTTED_24H_RE = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")
# Words after a time written with a full stop that show it is one: "at 11.40 this morning".
_DOTTED_TIME_NEXT = frozenset({"this", "tonight", "local"})
_BEFORE_A_TIME = frozenset("at by until till from after before around about".split())
# Words before "2 in the morning" that make it an hour ("about 5 in the morning" may count).
_BEFORE_AN_HOUR = frozenset("at by until till from after before".split())
# The parts of a day that tell an hour before "in the ..." is a time: "at 6.30 in the morning".
_DAY_HALVES = frozenset({"morning", "afternoon", "evening"})
# What may follow a time of day written "6.30" with nothing after it to show it is one.
_AFTER_A_BARE_TIME = frozenset({",", ".", ";", ")", "and", "or", "on", "every", "each", "\u201d", '"', "\u2019"})
# The words just before and just after a figure with which SentenceScanner.direction_for can
# find a movement ("rose 5%", "a 5% rise"); "-" because it looks past a hyphen.
_DIRECTION_BEFORE = X.UP_WORDS | X.DOWN_WORDS | X.DIRECTION_GAP
_DIRECTION_AFTER = X.UP_AFTER | X.DOWN_AFTER | {"-"}
# Every word after a figure that may begin a trailing hedge ("or more") or show a movement.
_AFTER_FIGURE = _TRAILING_HEADS | DASHES | _DIRECTION_AFTER
# Every next word (lower-cased) for which a number may be a list marker, a clock time, a code
# with a slash or a date: the rules for those shapes need not run after any other word.
_NEXT_FOR_SHAPES = frozenset({")", "]"}) | _TIME_NEXT | _DAY_MONTH_NEXT | _DATE_SEPS


# A date written day.month.year: "13.10.2024", "1.5.2023".
_DOTTED_DATE_RE = re.compile(r"(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)[0-9]{2}")
# What a price is "a" or "per": "R370 a month", "R140 per subject".
_PRICED_BY = frozenset(
    """month year week day hour night litre liter kilo kilogram kg unit person head household subject
    share trip ride piece pack bucket bag bottle loaf tin ticket meal plate crate tray basket sack carton tuber mudu""".split()
)
# What pesos price, after "a" or "per": "P29 a kilo", "P64.35 per liter".
_GOODS_UNITS = frozenset("litre liter kilo kilogram kg piece pack trip ride sack".split())
# Comparatives after a share that give the difference it measures, and its direction.
_SHARE_COMPARATIVES = dict.fromkeys("less fewer lower smaller cheaper shorter".split(), "down") | dict.fromkeys(
    "more higher larger bigger greater dearer longer".split(), "up"
)
# Words that describe what "1.5m" counts, before it: "1.5m new homes", "2m extra jobs" (but "400m
# freestyle heats" are metres).
_COUNT_MODIFIERS = frozenset(
    """new extra more additional other young older elderly affordable social fewer active registered
    eligible unemployed monthly daily weekly annual paying foreign international domestic local online""".split()
)
# What follows a person's age in brackets, with or without a comma: "Aoife Byrne (31), of
# Tallaght", "Ramesh Kulkarni (61), who runs a shop", "(31) appeared in court", "barman Colm
# Kehoe (27) said he" ("Joe Root (84) was the top scorer" and "Lauren Hemp (41)," are runs and
# minutes).
# (not "was" or "is": "Joe Root (84) was the top scorer" made runs), and the words that open a
# description after a comma: "Ramesh Jadhav (48), a powerloom worker", "Mehta (56), his brother"
# (only of a person: "Rory McIlroy (66), a shot behind the leaders" is a round).
_AFTER_AN_AGE = frozenset("of from who appeared pleaded admitted denied died told said says a an his her missing".split())
# After a given name alone, only what befalls a person, never a player: "Saoirse (19) missing".
# Words that may open a time a sentence opens at: "Just eight months earlier,".
_HEDGES_OPENING_A_TIME = frozenset("just only some about nearly almost barely".split())
# Laws named with their year after a comma, as Kenyan, Indian and Pakistani copy writes them: "the
# Finance Bill, 2025".
_LAWS_DATED_AFTER_A_COMMA = frozenset("Act Bill Ordinance Regulations Rules Code Order Amendment".split())
# Whose first name it is: "only her first name", "their first names".
_WHOSE_FIRST_NAME = frozenset("my your his her its our their whose".split())
# People a number in the years' range counts, unless a word of when goes before it.
_PEOPLE_COUNTED = frozenset(
    """people residents voters members students pupils children workers visitors spectators fans
    households families homes patients passengers""".split()
)
_WHEN_BEFORE_A_YEAR = frozenset("in since by until till during before after from through".split())
# Words of a sentence in which a number in brackets after a name counts something else: "Fianna
# Fáil (48)" seats, "Scorers: Ella Toone (23)" a minute, "Joe Root (84)" runs.
_COUNTED_IN_BRACKETS = frozenset(
    """seats seat votes vote points runs goals goal minute minutes laps tds mps scorer scorers putts putt
    replaced substituted booked striker midfielder defender goalkeeper keeper winger captain knock""".split()
)
# Words of a sentence about people's lives, in which a number in brackets after a name is an age.
_LIVES_OF_PEOPLE = frozenset(
    """assault assaulted attacked court pleaded accused charged arrested convicted sentenced jailed fined
    victim injured died killed missing brothers sisters brother sister son daughter wife husband mother
    father widow neighbour neighbours family couple twins litigating feud dispute funeral mourners victims
    relatives detectives volunteer passenger minors tribunal identified evicted""".split()
)
# Words of a party's, a team's or a firm's name before a number in brackets: "Sinn Féin (39)".
_NOT_A_PERSONS_NAME = frozenset(
    """party labour féin fein gael fáil fail alliance front union congress league council group ltd inc
    corp fc united city rovers democrats greens independents county district ward""".split()
)
_AFTER_AN_AGE_ALONE = frozenset("missing appeared pleaded admitted denied died".split())
# Words that name a person only after "the", as a court or an inquest does: "the accused, Ramesh (32),".
_PEOPLE_BY_A_PARTICIPLE = frozenset("accused deceased injured convicted".split())
# What a person named with an age in brackets is, in apposition after it: "Gr\u00e1inne Doherty (58), a
# retired teacher".
_WHAT_A_PERSON_IS = X.PERSON_NOUNS | frozenset(
    """mother-of-two mother-of-three father-of-two father-of-three grandmother grandfather widow
    widower retiree lawyer solicitor barrister accountant engineer mechanic electrician plumber
    nurse carer shopkeeper publican councillor campaigner activist volunteer chairman chairwoman
    chairperson founder businessman businesswoman native local""".split()
)
_OPENS_A_DESCRIPTION = frozenset("a an his her".split())
# What happens to a person whose name may follow with an age: "the death of Aoife Dunne (20)".
_HARMS_TO_A_PERSON = frozenset("death deaths murder killing manslaughter rape assault abduction disappearance".split())
_WORDS_OF_PLAY = X.SPORTS_WORDS | frozenset(
    """shot shots stroke strokes header headers birdie birdies bogey eagle par run runs wicket wickets
    fifty century ton colossus midfield tackle save saves volley penalty behind ahead clear""".split()
)
# After a rank, an honorific or a word for a person before the name, more of what befalls a
# person: "Garda Aoife Brennan (33) needed 11 stitches" (but a golfer's "Shane Lowry (67) needed
# just 26 putts" is a round, and "Jack Grealish (74) suffered a knock" a minute): "whose son Conor
# (23) was killed", "prosecution witness Vikas Patil (31) said", "dairy farmer Pat Mehigan (58) has".
_AFTER_A_TITLED_AGE = _AFTER_AN_AGE | frozenset(
    "suffered sustained needed received faces faced remains remained was is has had said says and were".split()
)
# Kin words before a given name alone, after which a number in brackets is an age whatever follows.
_KIN_NOUNS = frozenset("son daughter wife husband mother father brother sister grandson granddaughter nephew niece".split())
@functools.cache
def _weather_and_price_res() -> tuple[re.Pattern, re.Pattern]:
    """Words of the weather in the sentence of a figure glued to "c", which make it degrees, not
    cents; and words of a price, which make it cents. Compiled when first needed."""
    weather = re.compile(
        r"(?i)\b(?:temperatures?|degrees?|celsius|heat|heatwave|hottest|warmest|coldest|weather|sunshine|"
        r"mercury|thermometer|scorching|sizzling|balmy|hot|warm|frost|chilly)\b|°"
    )
    price = re.compile(
        r"(?i)\b(?:prices?|priced|dividends?|shares?|fares?|levy|levies|costs?|costing|petrol|diesel|fuel|unleaded|"
        r"tariffs?|wages?|pay|fees?|tax|stocks?|futures|earnings|bushel|litre|liter|cents?|cheaper|dearer|"
        r"dollars?|euros?|rand|traded|trading)\b|[$\u20ac\u00a3\u00a5]"
    )
    return weather, price
# People in general before "today", which is then the present: "Young people today spend".
_PRESENT_DAY_PEOPLE = frozenset(
    """people children kids teenagers students women men families parents voters workers consumers
    youngsters athletes players patients doctors teachers farmers""".split()
)
_MEDIA_NOUNS = frozenset("programme program show newspaper presenter bulletin podcast fm".split())
# First words of a sentence that name no place or body: "The squad has 25 players, Kane 9".
_NOT_A_NAMED_SUBJECT = frozenset("the a an this that these those it he she they we i his her their its our".split())
# What may follow an item of a list of counts: "Kisumu 112, Migori 31 and Homa Bay 18."
_AFTER_A_LIST_ITEM = frozenset({"", ",", "and", ".", ";", "while", "or"})
# Ranks and words for a person before a name, after which an age in brackets is surely one.
_RANKS_AND_PERSONS = X.PERSON_NOUNS | frozenset(
    """garda gda constable pc sergeant sgt detective det inspector insp guard firefighter paramedic
    witness defendant accused""".split()
)
# Honorifics before a surname, which an age in brackets may follow: "Mr Walsh (41) was".
_HONORIFICS_BEFORE_A_SURNAME = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})
# Words before "at" and a house number: "his home at 7 Heol y Nant", "next door at 414 Elm".
_DWELLING_WORDS = frozenset("home lives lived living house door flat property address".split())
# Words before the number of a record, an account or a message: "her roll number was 5231784",
# "text RUN10 to 70085"; and US states' codes before a ZIP code: "Pinewood, OR 97439".
_NUMBER_IS = frozenset({"is", "was", "number"})
_RECORD_NOUNS = frozenset(
    """roll registration reference case account phone telephone policy serial tracking ticket order
    file membership licence license passport plate id pin""".split()
)
_RECORD_BEFORE = _NUMBER_IS | {"to"}
_TEXT_VERBS = frozenset({"text", "texting", "sms", "txt"})
_US_STATE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
    NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)
# Words before a sum that say it is one: "bought for R800", "it cost P45".
_PRICED_VERBS = frozenset("cost costs paid pay pays worth spent earned earns charged fined priced".split())
_HEDGES_BEFORE_A_PRICE = frozenset("about around nearly almost roughly some over under below above approximately just".split())
_SOLD_VERBS = frozenset("bought sold buy sell sells selling buying paid rent rented fined".split())
# What a sum of money after a currency letter may be: "a P2 increase", "a R50 hike".
_PRICE_CHANGES = frozenset("increase hike rise rollback discount fee fare fine subsidy levy".split())
# What follows a school's year written with a letter: "P1 pupils", "P6 class".
_SCHOOL_YEAR_NOUNS = frozenset("pupil pupils class classes student students children kids level".split())


# Heads of hyphened words that open a reading of their own: "mid-January", "mum-of-three".
_HYPHEN_HEAD_TRIGGERS = {"mid": "mid"} | dict.fromkeys(
    "mum mom mother father dad parent grandmother grandfather grandma grandad granddad".split(), "parent_of"
)


# The bore of a gun after its number, which names a kind of gun rather than counting anything.
# ("12-bore" only with its hyphen: "500 bore wells" are wells.)
_BORE_WORDS = ("caliber", "calibre", "Caliber", "Calibre", "gauge")
# Guns named by a bore written with a leading point and no word for it: "a .38 revolver", "a .357
# Magnum" (but "a .312 batting average" is a figure).
_GUNS_BY_THEIR_BORE = frozenset(
    """revolver revolvers pistol pistols handgun handguns rifle rifles magnum special automatic
    semi-automatic bullet bullets round rounds ammunition""".split()
)


# Words after a season in capitals that make it part of a name even after "in" or "over".
_NAME_HEADS_AFTER_A_SEASON = frozenset(
    """creek park hill hills street road lane river lake valley bay beach statement olympics olympic games
    league cup series festival school college garden gardens place court""".split()
)


def _figure_of_its_own(compound: str) -> bool:
    """Whether a hyphened number word is read as a figure of its own ("four-storey", "two-bedroom",
    "three-day"), not as part of what a count counts ("five-star hotels")."""
    rest = compound.split("-", 1)[1]
    return rest in _PARTS_OF_A_HOME or _unit_after_a_hyphen(rest) is not None


def _unit_after_a_hyphen(suffix: str) -> str | None:
    """The unit of a measure written "-minute", "-year-old" or "-year-olds" after a figure."""
    if suffix.endswith("s") and suffix[:-1] in AGE_SUFFIXES:
        suffix = suffix[:-1]  # "year-olds"
    return AGE_SUFFIXES.get(suffix) or (suffix if (suffix,) in X.MEASURE_UNITS else None)


def _hyphen_head(low: str) -> str:
    if "-" in low:
        return low.split("-", 1)[0]
    return low


def _is_plural(low: str, orig: str) -> bool:
    if low in X.IRREGULAR_PLURALS or (low.endswith("men") and len(low) > 4 and low not in ("specimen", "abdomen", "regimen")):
        return True
    if not low.endswith("s") or "'" in low:
        return False
    if len(low) > 3:
        return not low.endswith(("ss", "us", "is", "'s"))
    # Acronym plurals: "MPs", "SUVs".
    return len(orig) >= 3 and orig[:-1].isupper()


# Nouns a year names the level of, after a preposition of comparison: "for 2021 prices".
_YEAR_LEVEL_NOUNS = frozenset("prices figures rates wages rents values standards".split())
# Periods named by the month that ends them: "the March quarter", "the June half".
_MONTH_PERIODS = frozenset({"quarter", "half"})
# What follows a helpline's number after "call": "call 1930 immediately", "call 1930.".
_AFTER_A_HELPLINE = frozenset({"", ".", ",", ";", "immediately", "now", "free", "or", "and", "for", "anytime", "any"} | DASHES)
# Words right before a tally "five to four": "voted by", "a vote of", "voted", "split".
_BEFORE_A_VOTE_TALLY = frozenset("by of voted vote votes split passed approved rejected".split())
# Verbs right before a tally of votes that may give the fewer votes first: "failed 4-5".
_BEFORE_A_LOSING_TALLY = frozenset("failed fails rejected voted carried defeated".split())
_AFTER_A_TALLY = frozenset("in on at after with to vote votes and but".split())
# What a council or a house votes on, named before such a tally.
_VOTED_ON = frozenset("motion amendment bill proposal resolution vote budget plan".split())
# Emergency and service numbers, and the words that make one the name of its line: "911 calls".
_EMERGENCY_NUMBERS = frozenset("911 999 000 112 111 101 988".split())
_EMERGENCY_ALERTS = frozenset("alert alerts".split())
_EMERGENCY_LINE_NOUNS = frozenset(
    "call calls caller callers dispatcher dispatchers operator operators center centre centers centres system line service".split()
)
# What a number before "emergency" is when it is one to dial: "the 995 emergency number" (not "40 emergency calls").
_NUMBERS_TO_DIAL = frozenset("number numbers line lines hotline hotlines".split())
# Verbs of change that also move people and things: a change only right before "from".
_MOVES_OF_PLACE = frozenset("going moving went gone go goes move moves moved".split())
# Verbs of getting better or worse: a change only right before "from" ("had worsened from 48
# degrees to 71 degrees"), not "improved for patients from 40 to 60 years old".
_CHANGES_RIGHT_BEFORE_FROM = frozenset(
    """worsened worsen worsens worsening improved improve improves improving deteriorated
    deteriorate deteriorates deteriorating""".split()
)
# What a sum is the price of, or is paid as: "the price of a bundle ... from R149 to R119", "a daily
# wage of P720", "the grant goes up by R35 to R2,190".
_PRICE_NOUNS = frozenset(
    """price prices cost costs fare fares tariff tariffs fee fees toll tolls rate rates bundle bundles subscription
    subscriptions grant grants pension pensions allowance allowances wage wages salary salaries pay rent rents
    bill bills""".split()
)
# Words after a sentence's "First" that make it say what comes first, not a rank.
_AFTER_FIRST_AS_AN_ADVERB = frozenset("i we you he she they it the there we'll i'll".split())
# Words before a road's number: "on the R410", "off the N1", "via R61".
_ROUTE_WORDS_BEFORE = frozenset("the on off via along onto route road highway".split())
# What may follow a price at the end of its clause: "R25.", "R80 for children", "N650 in Abuja".
_AFTER_A_PRICE_IN_A_LIST = frozenset(". , ; : ) for in at each a per apiece".split())
# Words before a second sum that compare it with one before: "compared with R410", "against N400",
# "from P22", "about R900" (not "and R61 was closed", "while N95 stocks", "for P1": a road, a mask,
# a school year).
_BEFORE_A_SUM_COMPARED = frozenset(
    "with against than versus vs from to at about around nearly almost just only over under below above".split()
)
# Verbs of paying right before a sum: "paid P150", "charged N500".
_PAID_VERBS = frozenset(
    "paid pay pays paying charged charge charges charging spent spend spends earn earns earned earning".split()
)
# Whom a price is paid by or charged to, between its verb and the sum: "it costs me R230".
_OBJECT_PRONOUNS = frozenset("me her him us them you".split())
# Scores of games written in their own ways (see score_of_a_game).
_GOALS_AND_BEHINDS_RE = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}")
_WICKETS_DOWN = frozenset("none one two three four five six seven eight nine ten".split())
_CRICKET_WORDS = frozenset(
    """declared declares declare stumps wicket wickets innings overs batting bowled bowling bowler
    follow-on run-chase declaration odi t20 resumed series collapse collapsed slumped runs over bat
    batted lead ahead behind trail trailed""".split()
)
_AFTER_AN_INNINGS = frozenset(
    "at on in when before after and but with by as chasing from off overnight until till reply declared too".split()
)
# A price may be written as an innings is: "tea costs 30 for one".
_WORDS_OF_A_PRICE = frozenset("cost costs costing price prices priced sell sells sold buy buys bought".split())
_AFTER_A_ROUND = frozenset("on in at to and but for with after before as during yesterday today".split())
_ROUND_OF_GOLF_VERBS = frozenset("shot shoots shooting carded cards fired fires posted posts with".split())
_GOLF_WORDS = frozenset("round rounds par birdie birdies bogey bogeys eagle hole holes golf tee putt fairway".split())
# Words before "number" that make it the verb of a count, not the name of one: "which now number 147".
_BEFORE_NUMBER_THE_VERB = frozenset(
    "now which who currently still already together collectively will would could may might they we".split()
)
# Periods a company reports on, after "year-ago", "prior-year", "year-earlier".
_REPORTED_PERIODS = frozenset("period quarter half month week year".split())
# Words before a building's number that place something in it: "Students in building 2 houses the library".
_WHERE_IN_A_BUILDING = frozenset("in inside outside near into behind".split())
# What is built, counted after "building": "a target of building 450 homes" (not "building 11 costs").
_BUILT_THINGS = frozenset(
    """homes houses flats apartments units dwellings schools classrooms hospitals clinics roads bridges
    kilometres kilometers miles dams wells boreholes toilets latrines shelters stadiums factories
    plants stations hostels beds""".split()
)
_DETERMINERS = frozenset("the a an its their his her our this that these those every each".split())
# Months that are also women's names: "June Carrington", "April Ashley".
_GIVEN_NAME_MONTHS = frozenset({"april", "june", "august"})
_YEAR_LEVEL_PREPOSITIONS = frozenset("for to than at below above beyond past".split())
# What a rate does in steps: "two quarter-point cuts" (but "two half-point deductions" are penalties).
_RATE_MOVES = frozenset("cuts cut hikes hike rises rise increases increase reductions reduction moves move raises".split())
# Words before a letter and a number that make them a rule or a version, not money: "Section R302.11".
_RULE_WORDS = X.ID_KEYWORDS | X.REFERENCE_KEYWORDS | {"rules", "regulations", "reg", "under", "standard"}
# Events held again and again, whose edition a number before their name gives: "the 78th
# Venice Film Festival".
_EVENT_NOUNS = frozenset(
    """festival carnival awards games championship championships congress conference summit
    olympics olympiad open marathon show fair cup session anniversary edition biennale
    convention expo exhibition parade regatta tournament""".split()
)


# What a price is per on a market: "SR68 a share", "QR12 per unit".
_PRICED_PER_UNIT_OF_STOCK = frozenset("share shares unit units barrel tonne ton ounce".split())
# What a broadcast's length describes: "a half-hour show".
_BROADCAST_FORMATS = frozenset(
    """show shows programme programmes program programs episode episodes special documentary series slot segment
    bulletin podcast sitcom drama comedy""".split()
)
# Words right before "from" that make "from X to Y" a range, whatever verb came before.
_RANGE_BEFORE_FROM = frozenset("anywhere of sized ranging varying aged".split())
# Verbs that spread a range over the words between its ends (see join_spread_ranges).
_RANGE_VERBS = frozenset("range ranges ranged ranging vary varies varied varying".split())
_WORDS_SPREADING_A_RANGE = 10
# What has a price that "stands at" one: "the daily minimum wage stands at P610".
_PRICED_THINGS = _PRICE_NOUNS | frozenset(
    """wage wages salary salaries grant grants levy levies cost costs allowance pension kilo kg bag sack litre liter
    loaf fares""".split()
)
# Verbs before "at" that set a price: "the minimum fare, which stands at P13".
_SET_AT_A_PRICE = frozenset("stands stood remains remained fixed pegged capped set".split())


def _about_hockey(text: str) -> bool:
    """Whether the copy is about ice hockey, whose games are played in three periods."""
    return _HOCKEY_RE.search(text) is not None


# (not "the NHL" alone: a city's story may name its team in passing)
_HOCKEY_RE = re.compile(r"(?i)\b(?:hockey|puck|goalie|goaltender|netminder|shots on goal|Stanley Cup)\b")
# Words of play in a sentence that places something in a period of a game: "McDavid scored in the third period".
_PLAY_IN_A_PERIOD = frozenset(
    "scored score scoring goal goals shot shots assist assists saves netted equalised equalized penalty power-play".split()
)


def _about_egypt(text: str) -> bool:
    """Whether the copy is about Egypt, where "LE" writes the pound: "LE 225"."""
    return _EGYPT_RE.search(text) is not None


# (in any case: "CAIRO, March 6 (Reuters) -")
_EGYPT_RE = re.compile(r"(?i)\b(?:egypt\w*|cairo|alexandria|giza|ahram|sisi|suez|luxor|aswan)\b|\bEGP\b")


# What a price in pence or cents is by, written in one word with it: "a 540p-a-share offer".
_PRICED_BY_THE_SHARE = frozenset("share unit litre liter kilo barrel".split())
# Verbs that move a date, so "from June 5 to 12" names two dates, not a span of days.
_MOVES_A_DATE = frozenset("postponed moved extended delayed pushed brought rescheduled changed shifted deferred".split())
# What follows a clock time, so "from July 4 to 10 p.m." ends with an hour, not a day.
_CLOCK_SUFFIXES = frozenset("am pm a.m. p.m. a.m p.m noon o'clock".split())
# Verbs that "up to" follows as a movement, not a cap: "the price went up to LE 225".
_MOVED_UP = _MOVES_OF_PLACE | frozenset("shot climbed jumped edged inched ticked crept".split())
# What may go up to a cap a law or an offer sets: "imprisonment which may go up to seven years",
# "fines going up to $10,000", "discounts going up to 70%".
_CAPPED_NOUNS = frozenset(
    """imprisonment jail prison sentence sentences term fine fines penalty penalties discount discounts
    compensation damages bail""".split()
)
# Words that may follow a sum told in "grand": "ten grand a year", "five grand for a car".
_AFTER_A_SUM_SAID_GRAND = frozenset("a an for to in on of from each apiece".split())
# Words that may follow "half eight" told as a time: "at half eight the water came", "until half
# eleven that night".
_AFTER_HALF_AN_HOUR = frozenset("the that this last tonight on when and so but before after every".split())
# Digits grouped in thousands by commas: "3,122", "1,204,000".
_GROUPED_IN_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
# Words of an earthquake, in whose sentence "M6.9" is a magnitude.
_QUAKE_WORDS = frozenset("quake quakes earthquake earthquakes tremor tremors aftershock aftershocks temblor seismic".split())
# Words before a time told as "a quarter to ten", and hedges that may come between: "at about a
# quarter to six" (not "rose about a quarter to 7 pence", "from half to 3 in 10 households").
_BEFORE_A_CLOCK_TIME = frozenset("at until till after before since from".split())
_HEDGES_BEFORE_A_CLOCK_TIME = frozenset("about around approximately roughly nearly just".split())
# What may follow the hour of a time told as "a quarter to ten" and still be a time.
_NOT_AFTER_A_CLOCK_HOUR = frozenset("quarters pc pence p cents per % percent of".split())
# What ends a time's phrase: "a quarter to nine, witnesses said", "a quarter to one in the morning".
_AFTER_A_CLOCK_TIME = frozenset(", . ; in on that this last when as and o'clock am pm a.m. p.m. tonight".split())
# Words after "half" and a verb in -ed that make "half" mean "partly": "Half buried in the sand".
_AFTER_HALF_AS_PARTLY = frozenset("in on under with into by from at out away back around round aside up down over".split())
# Verbs after "half" as a subject: "more than half are children", "half said they would".
_HALF_SUBJECT_VERBS = frozenset(
    """are were was is have had has will would could said say says voted died live lived work received
    reported agreed supported opposed backed survived responded""".split())
# Words before a moment of a match: "at half-time", "just before half-time".
_MATCH_MOMENT_WORDS = frozenset("at before after by until till since approaching towards toward around".split())
# Nouns of work after "half-time" or "full-time": "half-time jobs".
_WORK_NOUNS = frozenset("job jobs work worker workers basis post posts position positions staff contract contracts employee employees role roles".split())

# Petrol sold by its octane, as Gulf and Asian papers name the grades: "Super 98", "Special 95", "E-Plus 91".
_PETROL_GRADES = frozenset("super special e-plus unleaded premium ron".split())
_OCTANES = frozenset("91 92 95 97 98 100".split())
def _relative_after_the(scanner: "SentenceScanner", at: int) -> int:
    """Read "the next day", "the following morning" from its "the" at ``at``."""
    return scanner.on_relative(at + 1)


# What is first done at a time, not first in a rank: "was first published", "were first reported".
_FIRST_DONE = frozenset(
    """published reported elected introduced launched discovered diagnosed announced proposed opened used
    identified detected recorded built founded established released broadcast aired printed issued raised
    mentioned suggested named described developed created made shown seen heard spotted contacted placed
    arrested charged admitted approved tested infected married licensed registered installed imposed adopted
    sold told warned awarded floated mooted unveiled devised coined conceived flagged outlined""".split()
)
# Words after "the next day" that leave it a day: an end, a clause, a time.
_AFTER_A_DAY = frozenset(
    """and but after before when while as at in on he she they it we i the a his her their its police was were
    is will would had has saw brought""".split()
)
# Forms of "be" before "first" used as an adverb of time: "was first published".
_BE_BEFORE_AN_ADVERB = frozenset("was were is are been be being".split())
# An ordinal and the word after it that name a kind of thing, not a place in an order.
_ORDINALS_OF_A_KIND = frozenset({
    ("third", "party"), ("third", "parties"), ("sixth", "form"), ("sixth", "forms"), ("sixth", "former"), ("sixth", "formers"),
    ("third", "countries"), ("third", "country"), ("third", "gender"), ("third", "sector"),
})
# Feats counted within a named competition: "his 31st Test century", "her 50th Premier League goal".
_FEATS_COUNTED = frozenset(
    """century centuries ton tons hundred fifty goal goals try tries wicket wickets win wins victory title titles cap
    caps appearance appearances game games start starts pole podium medal race running""".split()
)
_CONTESTS_COUNTED = frozenset("match matches final finals fight bout outing".split())
# Rugby's "first five-eighth" and "second five-eighth", as New Zealand names its halves' positions.
_FIVE_EIGHTHS = frozenset({"five-eighth", "five-eighths"})  # (not "the first five-eighths of a mile", a share)
# A result by two shares: "would lose by 44 percent to 49 percent (of the vote)".
_SHARES_OF_A_VOTE = frozenset("vote votes ballots".split())
_WON_OR_LOST = frozenset("win wins won winning lose loses lost losing lead leads led trail trails trailed beat beats".split())
# What a party wins at a poll, after its name and the number: "gave Labour 41 seats".
_WON_AT_A_POLL = frozenset("seats votes delegates mandates councillors mps".split())
# Units a British "m" (million) may stand before: "203m km", "3m tonnes", "1.2m litres".
_UNITS_COUNTED_IN_MILLIONS = frozenset(
    """km kilometres kilometers miles tonnes tons litres liters gallons barrels hectares acres
    kwh mwh teu teus""".split()
)
# Where a share's price ends a day: "closed at N48.20".
_A_SHARES_CLOSE = frozenset("closed close closing ended end finished finish settled opened open traded trading".split())
# The side of town an American address gives before its street: "418 E. Grand Ave.".
_COMPASS_POINTS = frozenset({"N", "S", "E", "W"})
# Words before a road named by its number: "on the US 60", "along U.S. 30".
_BEFORE_A_ROAD = frozenset("the on off onto along via near".split())
# What a place in a top N is, after "top-20": "a top-20 finish" (not "the Top-40 chart", a name).
_PLACES_IN_A_TOP = frozenset("finish finishes place places spot spots position positions ranking seed".split())
# Cricket's matches by their format, counted in a career or a series: "his 14th ODI".
_MATCH_FORMATS = frozenset("test tests odi odis t20i t20is".split())
_BEFORE_A_MATCH_FORMAT = frozenset("his her their its the".split())
# Races by their metres, and the words that follow one: "400m runners", "the 100m final".
_RACE_DISTANCES = frozenset("60 100 110 200 400 800 1500 3000 5000 10000".split())
_RACE_NOUNS = frozenset(
    """race races hurdles final finals title titles record freestyle backstroke
    breaststroke butterfly medley relay sprint heat heats semi-final semi-finals champion gold silver bronze""".split()
)
# The purities gold is sold in: "24K", "18K".
_CARATS = frozenset("9 10 14 18 21 22 24".split())
# Words of size after a length: "2.5 mil. thick".
_SIZES = frozenset("wide thick thin long deep high tall across".split())
# Times a thing may be had by (a wage, a dose, a mask a day), which make no price of a letter and digits.
_TIMES_PRICED_BY = frozenset("day days hour hours week weeks month months year years night nights shift".split())
# A report or an event of a month, after whose it is: "its May forecast", "the March meeting".
_WHOSE_EVENT = frozenset("the its their his her our".split())
_EVENTS_OF_A_MONTH = frozenset(
    """forecast forecasts report meeting election elections poll polls survey figures data decision
    budget statement projections review auction sale deadline release reading reshuffle vote""".split()
)


class Quantity:
    """A figure being assembled: token span plus what it says."""

    __slots__ = (
        "a", "b", "kind", "value", "low", "high", "unit", "qualifier", "direction",
        "has_unit", "scale", "raw", "integral", "commas", "cs", "ce",
    )

    def __init__(self, a: int, b: int, value: float) -> None:
        self.a = a  # first token
        self.b = b  # one past last token
        self.kind = "count"
        self.value: float | None = value
        self.low: float | None = None
        self.high: float | None = None
        self.unit: str | None = None
        self.qualifier: str | None = None
        self.direction: str | None = None
        self.has_unit = False
        self.scale = 1.0
        self.raw = value
        self.integral = True
        self.commas = False
        self.cs: int | None = None  # character overrides for partial tokens
        self.ce: int | None = None


# Units of the calendar and of angles after a year and a hyphen, which leave it a year: "the
# 2024-year budget", "the 2016-degree graduates" (but "a 1000-megawatt battery" measures).
_CALENDAR_UNITS = frozenset(
    "season seasons year years month months week weeks day days decade decades century centuries second seconds degree degrees".split()
)


# The groups of nations named by their number ("the Group of 20"); not "a Group of 30 protesters".
_GROUPS_OF_NATIONS = frozenset({"7", "8", "20", "24", "77"})


class SentenceScanner(Tokens):
    """The tokens of one sentence and the rules that read figures in them."""

    __slots__ = ("text", "out", "floor", "sent_start", "end", "limit", "_title_case")

    def __init__(self, text: str, start: int, end: int) -> None:
        Tokens.__init__(self, text, start, end)
        self.text = text
        self.out: list[tuple] = []
        self.floor = 0
        self.sent_start = start
        self.end = end
        self.limit = MAX_CLAIMS_PER_SENTENCE
        self._title_case: bool | None = None

    @property
    def title_case(self) -> bool:
        """Headlines are title-cased and carry no full stop; there capitals name nothing."""
        if self._title_case is None:
            words = [t for t, k in zip(self.T, self.K) if k == "w" and len(t) > 3]
            caps = sum(1 for t in words if t[0].isupper())
            stripped = self.text[self.sent_start:self.end].rstrip("\"'\u201d\u2019)")
            self._title_case = (
                not stripped.endswith((".", "!", "?"))
                and len(words) >= TITLE_CASE_MIN_WORDS
                and caps >= 0.7 * len(words)
            )
        return self._title_case

    # ------------------------------------------------------------------ helpers
    def lw(self, i: int) -> str:
        return self.L[i] if 0 <= i < self.n else ""

    def att(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.E[i] == self.S[j]

    def spaced(self, i: int, j: int) -> bool:
        """Tokens i and j are separated by plain spaces only (no line break)."""
        if not (0 <= i < self.n and 0 <= j < self.n):
            return False
        if j == i + 1:
            # Only blanks lie between neighbouring tokens, so the width of the gap decides.
            return self.S[j] - self.E[i] <= 8
        e = self.E[i]
        s = self.S[j]
        gap = self.text[e:s]
        # Inside a sentence a line break is a soft wrap, so it separates words like a space.
        return len(gap) <= 8 and (gap == "" or gap.isspace())

    def match(self, j: int, table: dict, maxlen: int = 4) -> tuple[int, str | None]:
        """Longest entry of a phrase table (see _PHRASE_LENGTHS) starting at token j;
        returns (tokens used, value)."""
        if not 0 <= j < self.n:
            return 0, None
        L = self.L
        lengths = _PHRASE_LENGTHS[id(table)].get(L[j])
        if lengths is None:
            return 0, None
        S, E = self.S, self.E
        room = min(maxlen, self.n - j)
        for k in lengths:
            if k > room:
                continue
            if k == 1:
                return 1, table[(L[j],)]
            key = tuple(L[j:j + k])
            # Multi-token entries must be contiguous phrases with nothing but blanks between.
            if key in table and all(S[x + 1] - E[x] <= 8 for x in range(j, j + k - 1)):
                return k, table[key]
        return 0, None

    def is_clause_start(self, i: int) -> bool:
        if i <= 0:
            return True
        return self.T[i - 1] in OPENERS or self.T[i - 1] in (".", "!", "?", ";")

    def quoted_title_at(self, p: int, i: int) -> bool:
        """Whether the capitalised word at ``p`` opens a short quoted title that the number at ``i``
        is part of: the single "Paws 2", the album "Noite 22", the painting "Composition No. 7"
        (closed within five words, each capitalised or a number)."""
        if p < 1 or self.T[p - 1] not in ("\"", "\u201c", "\u2018", "'"):
            return False
        for k in range(i + 1, min(self.n, p + 6)):
            t = self.T[k]
            if t in ("\"", "\u201d", "\u2019", "'") or (t in (",", ".") and k + 1 < self.n and self.T[k + 1] in ("\"", "\u201d", "\u2019", "'")):
                return all(self.T[x][0].isupper() or self.K[x] != "w" for x in range(p, k))
            if self.K[k] == "w" and not self.T[k][0].isupper():
                return False
        return False

    def line_start(self, i: int) -> bool:
        p = self.S[i] - 1
        t = self.text
        while p >= 0 and t[p] in " \t":
            p -= 1
        return p < 0 or t[p] in "\n\r\u2028\u2029"

    def emit(self, q: Quantity) -> None:
        # Claims past the sentence's limit are appended too, and cut off when the scan ends.
        cs = q.cs if q.cs is not None else self.S[q.a]
        ce = q.ce if q.ce is not None else self.E[q.b - 1]
        self.out.append((q.kind, cs, ce, q.value, q.low, q.high, q.unit, q.qualifier, q.direction))
        if q.b > self.floor:
            self.floor = q.b

    def date(self, a: int, b: int, cs: int | None = None, ce: int | None = None) -> int:
        # A date has no value, unit or hedge, so it needs no Quantity to be emitted.
        if cs is None:
            cs = self.S[a]
        if ce is None:
            ce = self.E[b - 1]
        self.out.append(("date", cs, ce, None, None, None, None, None, None))
        if b > self.floor:
            self.floor = b
        return b

    # ------------------------------------------------------------------ driver
    def candidates(self) -> list[int]:
        """Indices of the tokens that can start a figure, in order; the others need no work."""
        K, L = self.K, self.L
        found = []
        i = K.find("n")
        while i >= 0:
            found.append(i)
            i = K.find("n", i + 1)
        # Digits come out in order; trigger words are rarer, so only they call for a sort.
        if not _TRIGGER_SET.isdisjoint(L):
            found += compress(range(self.n), map(_TRIGGER_SET.__contains__, L))
            found.sort()
        if not ONE_OF_A_UNIT.isdisjoint(L) and not HEDGES_BEFORE_ONE.isdisjoint(L):
            # "for nearly an hour", "more than a year": the unit, after "a" or "an" and a hedge
            found += [
                i for i in compress(range(2, self.n), map(ONE_OF_A_UNIT.__contains__, L[2:]))
                if L[i - 1] in ("a", "an") and L[i - 2] in HEDGES_BEFORE_ONE
            ]
            found.sort()
        if self.has_hyphen:
            for i in compress(range(self.n), map(contains, L, repeat("-"))):
                if K[i] == "w" and L[i] not in _TRIGGERS:
                    head = _hyphen_head(L[i])
                    if head in _TRIGGERS or head in _HYPHEN_HEAD_TRIGGERS:
                        found.append(i)
            found.sort()
        return found

    def scan(self) -> list[tuple]:
        K, L = self.K, self.L
        pos = 0
        out = self.out
        limit = self.limit
        for i in self.candidates():
            if i < pos:
                continue
            nxt = i + 1
            try:
                if K[i] == "n":
                    nxt = self.on_digits(i)
                else:
                    trig = _TRIGGERS.get(L[i])
                    if trig is None and L[i] in ONE_OF_A_UNIT:
                        trig = "one_of_a_unit"
                    elif trig is None:
                        head = _hyphen_head(L[i])
                        trig = _HYPHEN_HEAD_TRIGGERS.get(head) or _TRIGGERS[head]
                    nxt = _HANDLERS[trig](self, i)
            except (LookupError, ValueError, ArithmeticError):
                # A reading that runs off its sentence or meets a word its table lacks ("a
                # double-double" once did) gives up on that token alone; the scan goes on.
                nxt = i + 1
            if nxt is None or nxt <= i:
                nxt = i + 1
            pos = nxt
            if len(out) >= limit:
                del out[limit:]
                break
        if len(out) >= 2 and "from" in L:
            self.join_spread_ranges(out)
        return out

    def join_spread_ranges(self, out: list[tuple]) -> None:
        """One range of two figures that a range verb spreads over a phrase or a hedge:
        "tickets ranged from N25,000 for general admission to N1.5 million for a table",
        "fees range from about Sh60,000 to more than Sh400,000 a year" (not "rose from $5 to
        $10", a change)."""
        L, S, E = self.L, self.S, self.E
        k = 0
        while k + 1 < len(out):
            first, second = out[k], out[k + 1]
            kind, cs, ce, low, unit = first[0], first[1], first[2], first[3], first[6]
            high, unit2 = second[3], second[6]
            if (
                kind != second[0] or kind not in ("money", "count", "measure", "percent") or low is None or high is None
                or not low < high or first[4] is not None or second[4] is not None
            ):
                k += 1
                continue
            # (a hedge is inside its claim already: "from about Sh60,000")
            before = bisect.bisect_left(S, cs) - 1
            b = bisect.bisect_left(E, ce)
            c = bisect.bisect_left(S, second[1])
            if unit != unit2 and not (unit and unit2 and unit2.startswith(unit + " ") and c - b == 2):
                # "from about Sh60,000 to more than Sh400,000 a year" (but "from $20 for a visit to
                # $80 per hour", a fee and a rate)
                k += 1
                continue
            if not (
                before >= 1 and L[before] == "from" and L[before - 1] in _RANGE_VERBS
                and 1 <= c - b - 1 <= _WORDS_SPREADING_A_RANGE and L[c - 1] == "to"
                and all(self.K[t] == "w" or L[t] in ("-", "\u2013") for t in range(b + 1, c))
            ):
                k += 1
                continue
            hedge = first[7] if first[7] == second[7] else None  # ("about 40 to about 60": one hedge for both)
            out[k:k + 2] = [(kind, cs, second[2], None, low, high, unit2, hedge, None)]
            k += 1


    # ------------------------------------------------------------------ digits
    def skip_identifier(self, i: int) -> int:
        """Skip a number and whatever is glued to it ("737-800", "A320neo")."""
        j = i + 1
        while j < self.n and self.S[j] == self.E[j - 1] and (self.K[j] in "nw" or self.T[j] in DASHES or self.T[j] in "./"):
            if self.T[j] in "./" and not (j + 1 < self.n and self.S[j + 1] == self.E[j] and self.K[j + 1] in "nw"):
                break
            j += 1
        self.floor = max(self.floor, j)
        return j

    def on_digits(self, i: int) -> int:
        T, L, K, S, E = self.T, self.L, self.K, self.S, self.E
        n = self.n
        tok = T[i]
        if "." in tok and tok.count(".") > 1:
            if _DOTTED_DATE_RE.fullmatch(tok) and (i == 0 or (S[i] > E[i - 1] and L[i - 1] not in X.ID_KEYWORDS)):
                return self.date(i, i + 1)  # "13.10.2024", as much of Europe and Turkey write a date
            return self.skip_identifier(i)
        # Only "1", three digits or a free line's "1800" can open a telephone number.
        if (tok == "1" or (len(tok) == 3 and tok.isdigit()) or (len(tok) == 4 and tok[0] == "1" and tok[2:] == "00")) and i + 2 < n:
            ph = PHONE_RE.match(self.text, S[i] - (1 if i > 0 and T[i - 1] == "(" and E[i - 1] == S[i] else 0), self.end)
            if ph:
                j = i
                while j < n and S[j] < ph.end():
                    j += 1
                self.floor = max(self.floor, j)
                return j
        end = self.score_of_a_game(i)
        if end:
            self.floor = max(self.floor, end)
            return end
        if i + 2 < n and K[i + 1] == "n" and K[i + 2] == "n" and self.digit_groups(i):
            # "Lifeline on 13 11 14": three bare groups of digits in a row are one number to
            # dial or a code, never three counts.
            j = i + 3
            while j < n and K[j] == "n" and self.digit_groups(j - 2):
                j += 1
            self.floor = max(self.floor, j)
            return j
        if self.text.startswith(_BORE_WORDS, E[i] + (self.text[E[i]:E[i] + 1] in "- ")) or self.text.startswith("-bore", E[i]):
            return self.skip_identifier(i)  # "a .45-caliber pistol", "a .22 calibre rifle", "a 12-gauge shotgun": a make of gun
        if i >= 1 and T[i - 1] == "." and E[i - 1] == S[i] and self.lw(i + 1) in _GUNS_BY_THEIR_BORE:
            return self.skip_identifier(i)  # "a .38 revolver", "a .357 Magnum"
        if (
            i >= 2 and T[i - 1] in ("US", "U.S.") and self.spaced(i - 1, i) and L[i - 2] in _BEFORE_A_ROAD
            and tok.isdigit() and self.lw(i + 1) not in DIGIT_SCALES
        ):
            return self.skip_identifier(i)  # "on the US 60", "along U.S. 30": a federal highway by its number
        if i + 2 < n and L[i + 1] == "block" and L[i + 2] == "of" and (tok.endswith("00") or tok == "0") and self.lw(i - 1) == "the":
            return i + 1  # "the 12900 block of Harbour Pines Drive": where, as American police give an address
        p = i - 1
        prev_tok = T[p] if p >= 0 else ""
        if prev_tok in ("+", "-", "\u2212") and i >= 2 and T[i - 2] in ("GMT", "UTC") and E[p] == S[i] and E[i - 2] == S[p]:
            return self.skip_identifier(i)  # "12:41 GMT+2": a time zone's offset, no count
        if (
            prev_tok == "of" and i >= 2 and T[i - 2] == "Group" and tok in _GROUPS_OF_NATIONS and self.spaced(p, i)
            and self.lw(i - 3) not in ("a", "an")
        ):
            return self.skip_identifier(i)  # "the Group of 77", "the Group of 20": a body's name, as "G20" is
        money_prefix_word = False
        if p >= 0 and E[p] == S[i]:
            if prev_tok == "M" and "." in tok and not _QUAKE_WORDS.isdisjoint(L):
                # "an M6.9 quake": a magnitude, as seismologists write it (not the M6 motorway)
                q = Quantity(p, i + 1, float(tok))
                q.kind, q.unit, q.has_unit, q.integral = "measure", "magnitude", True, False
                return self.emit_hedged(q)
            if K[p] in "wa":
                if prev_tok in _FISCAL_PREFIXES:
                    end = self.fiscal_period(p, i)
                    if end:
                        return end
                if self.glued_code_is_name(p, i):
                    return self.skip_identifier(i)
                if (
                    (
                        L[p] in X.CODE_ALIASES and prev_tok[0].isupper() and prev_tok not in X.NOT_CODE_FORMS
                        and (L[p] != "rm" or prev_tok == "RM") and self.alias_before_money(p, i)
                    )
                    or prev_tok in X.CURRENCY_CODES or self.letter_currency_at(p, i)
                    # "US65.4\u00a2": which dollar's cents, before a price written in them
                    or (L[p] in X.DOLLAR_PREFIXES and prev_tok.isupper() and i + 1 < n and T[i + 1] == "\u00a2" and S[i + 1] == E[i])
                    # "$US15 million": which dollar, after its sign
                    or (L[p] in X.DOLLAR_PREFIXES and prev_tok.isupper() and p >= 1 and T[p - 1] == "$" and E[p - 1] == S[p])
                ):
                    money_prefix_word = True
                elif L[p] in ("v", "ver"):
                    return self.skip_identifier(i)
                else:
                    return self.skip_identifier(i)
            elif prev_tok in DASHES and p >= 1 and E[p - 1] == S[p] and K[p - 1] in "wa":
                if L[p - 1] in D.YEAR_PREFIXES and self.yearlike(i):
                    return self.year_date(i, start_tok=p - 1)
                if L[p - 1] == "top" and i + 1 < n and K[i + 1] == "w" and L[i + 1] in _PLACES_IN_A_TOP:
                    q = Quantity(p - 1, i + 1, float(tok))
                    q.kind = "count"
                    return self.emit_hedged(q)  # "a top-20 finish": a place among the first 20, as "the top 20"
                return self.skip_identifier(i)
            elif prev_tok in ("#", "\u2116", "/", "\\", ":", "@", "_", "^", "~", "*", "="):
                return self.skip_identifier(i)
            elif prev_tok == "." and p >= 1 and E[p - 1] == S[p] and K[p - 1] in "wn" and L[p - 1] != "rs":
                return self.skip_identifier(i)  # "v.2", "No.5" (but "Rs.10,000" is rupees)
        if prev_tok == "." and p >= 1 and L[p - 1] in ("no", "nos") and E[p - 1] == S[p] and T[p - 1][0] == "N":
            if p >= 2 and K[p - 2] == "w" and self.quoted_title_at(p - 2, i):
                return self.skip_identifier(i)  # the painting "Composition No. 7": a title
            if i + 1 < n and T[i + 1].isalpha() and T[i + 1].isupper() and len(T[i + 1]) >= 2 and self.lw(i + 2)[:1].isdigit():
                return self.skip_identifier(i + 2)  # "case No. 2024 CRA 011482": a docket's number, no rank
            return self.rank(p - 1, i)
        if prev_tok == "No" and self.spaced(p, i) and not self.is_clause_start(p):
            return self.rank(p, i)
        if i + 1 < n:
            nxt_tok = T[i + 1]
            nxt_low = L[i + 1]
        else:
            nxt_tok = nxt_low = ""
        if nxt_tok in DASHES and i + 5 < n and self.lw(i + 2) == "to" and self.suspended_range(i):
            return i + 6
        if nxt_tok == "(" and i + 3 < n and L[i + 2] in ("k", "b") and T[i + 3] == ")" and E[i] == S[i + 1]:
            self.floor = max(self.floor, i + 4)
            return i + 4  # "401(k)", "403(b)": American retirement plans, by the tax code's section
        if tok in _EMERGENCY_NUMBERS and (
            nxt_low in _EMERGENCY_LINE_NOUNS or (nxt_low in _EMERGENCY_ALERTS and self.lw(i - 1) in ("the", "a", "an", "by", "via"))
        ):
            # "911 calls", "a 999 operator", "the 112 alerts": the number of a service, counting
            # nothing (but "sent 112 alerts" counts them)
            return i + 1
        if (
            (nxt_low == "emergency" and self.lw(i + 2) in _NUMBERS_TO_DIAL)
            or (self.lw(i + 3) == "emergency" and nxt_low in ("and", "or", ",") and T[i + 2].isdigit() and self.lw(i + 4) in _NUMBERS_TO_DIAL)
        ) and len(tok) <= 4 and tok.isdigit():
            return i + 1  # "the 995 and 999 emergency numbers", "the 112 emergency line": numbers to dial
        if (
            nxt_tok == ":" and i + 4 < n and T[i + 3] in DASHES and K[i + 4] == "w" and K[i + 2] == "n"
            and E[i] == S[i + 1] and E[i + 1] == S[i + 2] and E[i + 2] == S[i + 3] and E[i + 3] == S[i + 4]
        ):
            return self.skip_identifier(i)  # "case number 6:25-cr-00412": an American federal court's docket
        if p >= 0 and tok in _EMERGENCY_NUMBERS and (L[p] in X.CALL_VERBS or L[p] in X.DIAL_VERBS) and not (
            i + 1 < n and K[i + 1] == "w" and _is_plural(L[i + 1], T[i + 1])
        ):
            return self.skip_identifier(i)  # "when somebody calls 911 because ...": the number rung
        if p >= 1 and L[p] == "to" and 4 <= len(tok) <= 6 and tok.isdigit() and (
            L[p - 1] in _SHORT_CODE_SENDS or (T[p - 1].isupper() and K[p - 1] == "w" and self.lw(p - 2) in _TEXTING_VERBS)
        ) and not (i + 1 < n and K[i + 1] == "w" and _is_plural(nxt_low, nxt_tok)):
            # "via SMS to 30051", "text HOME to 8822": a short code to text (not "an SMS to 3000 customers")
            return self.skip_identifier(i)
        if (
            p >= 0 and len(T[p]) == 2 and T[p].isupper() and T[p].isalnum() and len(tok) <= 4
            and any(L[k] in ("flight", "flights") for k in range(max(0, p - 4), p))
        ):
            return self.skip_identifier(i)  # "The flight, KQ 310, landed": an airline's flight number
        if len(tok) == 3 and tok.isdigit() and nxt_low == "area" and self.lw(i + 2) in ("code", "codes"):
            return i + 1  # "the 905 area code": a telephone region
        if len(tok) == 5 and tok.isdigit() and nxt_tok[:1].isupper() and self.names_a_train(i + 1):
            return i + 1  # "the 14023 Lakeside Express": an Indian train by its number
        if (
            nxt_tok in DASHES and i + 2 < n and E[i] == S[i + 1] and E[i + 1] == S[i + 2]
            and len(T[i + 2]) == 1 and T[i + 2].isupper() and (i + 3 >= n or S[i + 3] > E[i + 2] or T[i + 3] in ".,;:!?)")
            # (but "P13.6-M", "$5-B": money, a million or a billion of it)
            and not (T[i + 2] in ("M", "B") and (money_prefix_word or prev_tok in X.CURRENCY_SYMBOLS))
        ):
            return self.skip_identifier(i)  # "4-H", "3-D": a name, not a figure
        if (
            nxt_tok in DASHES and i + 2 < n and E[i] == S[i + 1] and E[i + 1] == S[i + 2] and K[i + 2] == "w"
            and T[i + 2][:1].isupper() and T[i + 2][1:].islower() and L[i + 2] in NUMBER_WORDS and not self.title_case
        ):
            return self.skip_identifier(i)  # "the 7-Eleven": a shop's name, of a number and a number word
        # The rules up to the year below are for a few next words only (see _NEXT_FOR_SHAPES).
        shaped = nxt_low in _NEXT_FOR_SHAPES
        if shaped and nxt_tok in (")", ".", "]"):
            # Numbered list items inside a line: "two aims: 1) cost and 2) safety".
            if (
                nxt_tok == ")" and E[i] == S[i + 1] and len(tok) <= 2
                and prev_tok != "(" and (p < 0 or L[p] in (":", ";", ",", "and", "or") or self.line_start(i))
            ):
                self.floor = max(self.floor, i + 2)
                return i + 2
            # List markers: "1." or "2)" opening a line, "(3)" and "[4]" standing alone.
            if nxt_tok in (".", ")") and E[i] == S[i + 1] and self.line_start(i):
                if i + 2 >= n or S[i + 2] > E[i + 1]:
                    self.floor = max(self.floor, i + 2)
                    return i + 2
            if prev_tok in ("(", "[") and nxt_tok in (")", "]") and len(tok) <= 2:
                return (p >= 1 and prev_tok == "(" and self.age_in_brackets(i)) or i + 2
            if (
                prev_tok == "[" and nxt_tok == "]" and i + 2 < n and K[i + 2] == "w"
                and len(T[i + 2]) >= 2 and T[i + 2].isupper() and self.yearlike(i)
            ):
                # A law report's neutral citation: "[2023] EWCA Crim 1187".
                self.floor = max(self.floor, i + 2)
                return i + 2
            # Numbered items run into a sentence: "three aims: 1. Cut costs; 2. Hire staff".
            if nxt_tok == "." and prev_tok in (":", ";") and E[i] == S[i + 1] and self.inline_list_marker(i):
                self.floor = max(self.floor, i + 2)
                return i + 2
        if (
            nxt_tok == "." and i + 2 < n and E[i] == S[i + 1] and E[i + 1] == S[i + 2] and K[i + 2] == "w"
            and T[i + 2] in _EXCHANGE_SUFFIXES and T[i].isdigit()
        ):
            # A stock's code on its exchange: "Aoba Precision (6857.T)", "(9868.HK)".
            self.floor = max(self.floor, i + 3)
            return i + 3
        if p >= 1 and K[p] == "w" and prev_tok.isupper():
            end = self.reference_code(i)
            if end:
                self.floor = max(self.floor, end)
                return end
        # Race and record times are no time of day: "finished in 2:09:14", "ran 10km in 28:46".
        if nxt_tok == ":" and i + 2 < n and K[i + 2] == "n" and E[i] == S[i + 1] and E[i + 1] == S[i + 2]:
            end = self.race_time(i)
            if end:
                self.floor = max(self.floor, end)
                return end
        if (
            nxt_low in _HOURS_JOINED and i + 3 < n and K[i + 2] == "n" and L[i + 3] in D.MERIDIEMS
            and tok.isdigit() and 1 <= int(tok) <= 12
            # (the end may have its minutes: "from 10 to 11.30am")
            and (T[i + 2].isdigit() or _DOTTED_TIME_RE.fullmatch(T[i + 2])) and 1 <= int(T[i + 2].split(".")[0]) <= 12
            and (nxt_low != "and" or self.lw(i - 1) == "between")
            and not (L[i + 3] == "am" and self.lw(i + 4) == "i")  # (not "won 2-1 am I right")
        ):
            # "from 4 to 7 p.m.", "between 2 and 4pm", "9-11am": hours of the day, one time span
            # whose meridiem, written once, covers both ends
            a = i - 1 if self.lw(i - 1) in ("from", "between") else i
            return self.time_and_day(a, i + 4)  # (with the day after it: "from 5 to 9 p.m. Friday")
        # Clock times.
        if (shaped and nxt_low in _TIME_NEXT and (len(tok) <= 4 and "." not in tok)) or (
            (shaped or nxt_low in _DOTTED_TIME_NEXT or self.lw(i - 1) in _BEFORE_A_TIME) and _DOTTED_24H_RE.fullmatch(tok)
        ):
            t = self.time_at(i)
            if t:
                return t
        if nxt_low == "o'clock" and tok.isdigit() and 1 <= int(tok) <= 12:
            return self.date(i, i + 2)  # "at 5 o'clock"
        if nxt_low == "at" and self.lw(i + 2) == "night" and tok.isdigit() and 1 <= int(tok) <= 12 and self.lw(i - 1) in _BEFORE_AN_HOUR:
            return self.date(i, i + 3)  # "texts at 10 at night"
        if (
            nxt_low == "in" and tok.isdigit() and 1 <= int(tok) <= 12 and self.in_the_day_part(i + 1)
            and (self.lw(i - 1) in _BEFORE_AN_HOUR or (self.lw(i - 1) == "was" and self.lw(i - 2) == "it"))
            and self.lw(i + 4) not in ("session", "sessions")
        ):
            return self.date(i, i + 4)  # "until 2 in the morning", "it was 2 in the morning"
        if nxt_low in ("noon", "midnight") and tok == "12" and self.spaced(i, i + 1):
            return self.date(i, i + 2)  # "between 12 noon and 4 pm"
        # Leading zeros and slashes mark codes, phone numbers and ratios ("0958", "24/7", "9/11").
        if len(tok) >= 2 and tok[0] == "0" and tok[1].isdigit():
            if (
                len(tok) == 2 and nxt_tok in ("/", ".", "-") and i + 4 < n and len(T[i + 2]) == 2 and T[i + 2].isdigit()
                and T[i + 4].isdigit() and ((len(T[i + 4]) == 2 and nxt_tok == "-") or (len(T[i + 4]) == 4 and 1900 <= int(T[i + 4]) <= 2100))
                and max(int(tok), int(T[i + 2])) <= 31 and min(int(tok), int(T[i + 2])) <= 12
            ):
                d = self.numeric_date(i)
                if d:
                    return d  # "08/07/2025", "05-03-24": a day with its leading zero, as European copy writes it
            j = self.skip_identifier(i)
            while j < n and K[j] == "n" and self.spaced(j - 1, j) and 3 <= len(T[j]) <= 6 and T[j].isdigit():
                j += 1
            self.floor = max(self.floor, j)
            return j
        if shaped:
            if nxt_tok == "/" and i + 2 < n and K[i + 2] == "n" and E[i] == S[i + 1] and E[i + 1] == S[i + 2]:
                if len(tok) == 4 and tok.isdigit() and 1900 <= int(tok) <= 2100 and T[i + 2] in (
                    f"{(int(tok) + 1) % 100:02d}", str(int(tok) + 1)
                ):
                    return self.year_date(i)  # a financial year: "2024/25", "2025/2026"
                if self.lw(i + 3) == "of" and self.spaced(i + 2, i + 3):
                    share = self.share_in_digits(i)
                    if share:
                        return share
                return self.numeric_date(i) or self.skip_identifier(i)
            # Calendar dates written with digits.
            if len(tok) <= 2 and nxt_low in _DAY_MONTH_NEXT:
                d = self.day_month(i)
                if d:
                    return d
            if nxt_tok in _DATE_SEPS and i + 4 < n:
                d = self.numeric_date(i)
                if d:
                    return d
        if len(tok) == 3 and self.lw(i + 1) == "in" and (
            self.lw(i + 2) == "emergencies" or (self.lw(i + 2) in ("an", "case") and self.lw(i + 3) in ("emergency", "of"))
        ):
            return self.skip_identifier(i)  # "or 111 in an emergency": the number to ring
        if p >= 0 and (
            L[p] in X.DIAL_VERBS or L[p] in X.CALL_VERBS or L[p] == "on" or L[p] in _LINE_NOUNS
            or (L[p] in (",", "at", "on") and p >= 1 and L[p - 1] in _LINE_NOUNS)
        ):
            end = self.phone_number(i)
            if end:
                # "dial 999", "call police on 101": a service's telephone number counts nothing.
                self.floor = max(self.floor, end)
                return max(end, self.skip_identifier(i))
        if (
            len(tok) == 4 and tok.isdigit() and (1000 <= int(tok) <= 2100 or self.far_future_year(i))
            and not money_prefix_word and not self.currency_before(i)[1]
            and not (nxt_tok[:1].isupper() and K[i + 1] == "w" and self.street_address(i))
        ):
            if i >= 2 and T[i - 1] == "," and T[i - 2] in _LAWS_DATED_AFTER_A_COMMA and self.att(i - 2, i - 1):
                return self.skip_identifier(i)  # "the Appropriations Bill, 2025": part of the law's name
            if (
                len(nxt_tok) == 2 and nxt_tok.isupper() and nxt_tok.isalpha() and i + 2 < n and K[i + 2] == "n"
                and S[i + 2] == E[i + 1] and len(T[i + 2]) <= 3 and self.spaced(i, i + 1)
                and self.lw(i - 1) in ("asteroid", "asteroids", "comet", "object", "designated")  # (not "the 2018 GE14 election")
            ):
                self.floor = max(self.floor, i + 3)
                return i + 3  # "asteroid 2011 QF9", "2024 YR4": a minor planet's designation, no year of anything
            if self.year_is_date(i):
                # "fiscal 2026": the year of a budget, written with its word
                return self.year_date(i, i - 1 if self.lw(i - 1) == "fiscal" and i - 1 >= self.floor else None)
        # Named things: "Flight 370", "Boeing 737", "Windows 11"; "H.R. 2187", written short.
        if p >= 0 and (K[p] == "w" or K[p] == "a") and S[i] - E[p] <= 8 and not money_prefix_word:
            lp = L[p]
            if (lp in X.ID_KEYWORDS or (lp in X.CAPITALISED_ID_KEYWORDS and prev_tok[0].isupper())) and not (
                # "a target of building 100,000 homes": the verb, with what it builds (not "in building
                # 4", "the roof of building 12 was")
                prev_tok == "building" and self.lw(p - 1) not in _DETERMINERS
                and (
                    (nxt_low in _BUILT_THINGS and self.lw(p - 1) not in _WHERE_IN_A_BUILDING)
                    or (_GROUPED_IN_THOUSANDS_RE.fullmatch(tok) is not None and nxt_tok.isalpha() and nxt_tok.islower())
                )
            ) and not (
                # (but "which now number 147", "they number 3,200", "number 88 of the 349 seats": the
                # verb, with how many; a rank is seldom past a hundred: "who now number 12 in world rugby")
                prev_tok == "number" and self.lw(p - 1) in _BEFORE_NUMBER_THE_VERB
                and ((parse_digits(tok) or 0) >= 100 or nxt_low == "of")
            ):
                if prev_tok[0].isupper() or not self.quantity_follows(i):
                    j = self.skip_identifier(i)
                    # "Sections 3 and 4", "articles 5, 6 or 7": the whole list names things.
                    while j + 1 < n and L[j] in (",", "and", "or", "&", "to") and K[j + 1] == "n" and len(T[j + 1]) <= 4:
                        j = self.skip_identifier(j + 1)
                    return j
            elif (
                prev_tok[0].isupper()
                and lp not in X.ALLOWED_BEFORE_NUMBER
                and prev_tok not in X.CURRENCY_CODES
                # "KSh 129.2" is money ("KD 17", a shoe, is not)
                and (lp not in X.CODE_ALIASES or prev_tok in X.NOT_CODE_FORMS or not self.alias_before_money(p, i))
                and lp not in _QUALIFIER_VALUES
                and (not self.title_case or (len(prev_tok) >= 2 and prev_tok.isupper()))
                and (not self.is_clause_start(p) or self.quoted_title_at(p, i))
                and "'" not in lp
                and not lp.endswith("s'")
                and not self.quantity_follows(i)
                and not self.share_in_brackets_follows(i)
                # (a number grouped in thousands after a person's name is their count, no model or
                # mission: "Ruth Kielty 3,122"; but "the Irish 2,000 Guineas", "the ATP Masters 1,000")
                and (
                    _GROUPED_IN_THOUSANDS_RE.fullmatch(tok) is None or nxt_tok[:1].isupper()
                    or not (prev_tok.istitle() and p >= 1 and T[p - 1].istitle())
                )
            ):
                if self.gapped_list_item(i):
                    return i + 1
                # "Boeing 737", "Apollo 11"; but "Earth 10 minutes later" measures.
                return self.skip_identifier(i)
            elif lp in X.REFERENCE_KEYWORDS and not self.counted_noun_follows(i):
                # "quoting log 1187", "crime reference 4451": a record's number.
                return self.skip_identifier(i)
        if tok.isdigit() and (L[i + 1:i + 2] == ["octane"] or (L[i + 1:i + 3] == ["-", "octane"] and S[i + 1] == E[i]) or (
            p >= 0 and L[p] in _PETROL_GRADES and T[p][0].isupper() and tok in _OCTANES
            and not (i + 1 < n and K[i + 1] == "w" and _is_plural(L[i + 1], T[i + 1]))  # ("Special 100 guests")
        )):
            # "93 octane down 86c a litre", "Super 98 will cost Dh2.63": a grade of petrol, by its name
            return self.skip_identifier(i)
        if nxt_tok[:1].isupper() and K[i + 1] == "w" and self.street_address(i):
            return self.skip_identifier(i)
        if p >= 1 and (L[p] in _RECORD_BEFORE or T[p] in _US_STATE_CODES) and self.record_number(i):
            self.floor = max(self.floor, i + 1)
            return self.skip_identifier(i)
        if prev_tok == "," and p >= 1:
            a = self.age_after_name(i)
            if a:
                return a
        if (prev_tok == "the" or nxt_low in _POSTAL_WORDS or nxt_low in _LIST_JOINERS) and self.route_or_postal_code(i):
            self.floor = max(self.floor, i + 1)
            return i + 1
        return self.quantity_at(i)

    def gapped_list_item(self, i: int) -> bool:
        """"Nairobi has recorded 251 cases, Kisumu 112, Migori 31 and Homa Bay 18": after a count
        of something, names each with a number, in a list, count the same thing; the item is
        emitted so. (Named things in a list, "Boeing 737 and Airbus 320", are known by name.)"""
        if not self.out or self.lw(i + 1) not in _AFTER_A_LIST_ITEM:
            return False
        kind, first_start, last_end, _, _, _, unit, _, _ = self.out[-1]
        if kind != "count" or unit is None:
            return False
        k = i - 1
        while k >= 0 and (
            (self.K[k] == "w" and self.T[k][0].isupper())
            # (a name joined by a hyphen: "GroenLinks-PvdA 20")
            or (self.T[k] in DASHES and k >= 1 and self.E[k - 1] == self.S[k] and self.S[k + 1] == self.E[k])
        ):
            k -= 1
        if k >= 1 and self.L[k] == "the" and k < i - 1:
            k -= 1  # "the BSW 11", "and the CDA 18": a party named with "the"
        if k < 0 or self.L[k] not in (",", "and") or self.text[last_end:self.S[k]].strip():
            return False
        if sex_of_given_name(self.T[k + 1]) is not None or (len(self.T[i]) == 4 and self.yearlike(i)):
            return False  # "Sean Kelly 24" is an age, "Cannes 2019" a year
        if self.lw(i + 1) == "and" and not self.list_item_follows(i + 2):
            return False  # "Nifty 50 and Bank Nifty also fell": a name
        # The list runs parallel to a sentence about a named place or body: "Nairobi has recorded
        # 251 cases, Kisumu 112" (not "The squad has 25 players, Kane 9, Saka 7").
        first = self.T[0]
        if first == "The" and self.n > 1 and self.T[1][:1].isupper():
            first = self.T[1]  # "The VVD won 22 seats, GroenLinks-PvdA 20 and the CDA 18": a party named with "the"
        if not first[0].isupper() or first.lower() in _NOT_A_NAMED_SUBJECT or sex_of_given_name(first) is not None:
            return False
        value = parse_digits(self.T[i])
        if value is None:
            return False
        q = Quantity(i, i + 1, value)
        q.unit = unit
        self.emit(q)
        return True

    def list_item_follows(self, j: int) -> bool:
        """Whether a name and then a number start at token j ("Homa Bay 18", "the CDA 18")."""
        the = self.lw(j) == "the"
        start = j = j + 1 if the else j
        while j < self.n and self.K[j] == "w" and self.T[j][0].isupper():
            j += 1
        return j < self.n and self.K[j] == "n" and (j > start or not the)

    def reference_code(self, i: int) -> int:
        """"quoting reference number CW 1187 16/03/25": a record's reference, letters and digits
        after "reference", "log" or "incident", is no figure and no date up to its end. Returns the
        token after it, or 0."""
        T, K = self.T, self.K
        k = i - 1
        while k >= 0 and i - k <= 4 and K[k] == "w" and (T[k].isupper() or self.L[k] in ("number", "no")):
            k -= 1
        if k < 0 or self.L[k] not in X.REFERENCE_KEYWORDS:
            return 0
        # The reference's digits and the stops between them; its letters all come before them.
        j = i
        while j < self.n and self.S[j] - self.E[j - 1] <= 1 and (K[j] == "n" or T[j] in ("/", "-")):
            j += 1
        return j

    def postal_word_at(self, j: int) -> bool:
        word = self.lw(j)
        return word in _POSTAL_WORDS and (word != "zip" or self.lw(j + 1) in ("code", "codes"))

    def route_or_postal_code(self, i: int) -> bool:
        """"the 405 bus", "takes the 306 to college", "the 78702 and 78721 ZIP codes": a number that
        names a bus route or a postal area counts nothing."""
        if not self.T[i].isdigit():
            return False
        nxt = self.lw(i + 1)
        if self.postal_word_at(i + 1) or (nxt in _LIST_JOINERS and self.K[i + 2] == "n" and self.postal_word_at(i + 3)):
            return True
        if self.lw(i - 1) != "the":
            return False
        if nxt in _ROUTE_NOUNS:
            return True  # "the 405 bus" (but "the 300 buses" counts them)
        # "takes the 306 to college": a route ridden, with no counted noun after it.
        if self.lw(i - 2) not in _RIDE_VERBS:
            return False
        if i + 1 >= self.n:
            return True
        return self.S[i + 1] > self.E[i] and (nxt in _ROUTE_FOLLOWERS or self.K[i + 1] != "w")

    def counted_noun_follows(self, i: int) -> bool:
        """Whether a plural noun or a unit follows the number at i: "500 calls", "20 hours"."""
        j = i + 1
        if j < self.n and self.K[j] == "w" and self.spaced(i, j) and _is_plural(self.L[j], self.T[j]):
            return True
        return self.quantity_follows(i)

    def digit_groups(self, i: int) -> bool:
        """Whether tokens i, i+1 and i+2 are bare groups of two to four digits, one space apart."""
        T, S, E = self.T, self.S, self.E
        return all(
            2 <= len(T[k]) <= 4 and T[k].isdigit() and (k == i or S[k] - E[k - 1] == 1) for k in (i, i + 1, i + 2)
        )

    def phone_number(self, i: int) -> int:
        """A short telephone number after a verb of calling: "dial 999", "called 911", "call
        police on 101", "ring the helpline on 111".

        After "call" itself only three or four digits, the shape of emergency and service numbers,
        are read so ("called 150 witnesses" counts); after "on" the verb must have an object
        first ("called on 20 countries" urges them). Either way the number ends its phrase.
        Numbers written in spaced groups ("116 123", "1800 333 000") are read whole. Returns
        the token after the number, or 0 when it is not one.
        """
        T = self.T
        tok = T[i]
        # A number the tokeniser read in spaced groups ("116 123") is one token already.
        grouped = not tok.isdigit() and GROUPED_DIGITS_RE.fullmatch(tok) is not None
        if grouped:
            tok = GROUP_SPACE_RE.split(tok, 1)[0]
        if not tok.isdigit() or len(tok) > 5:
            return 0
        j = i + 1
        while j < self.n and self.K[j] == "n" and 3 <= len(T[j]) <= 4 and T[j].isdigit() and self.spaced(j - 1, j):
            j += 1
        if j < self.n and self.K[j] in "wn" and self.L[j] not in X.PHONE_NUMBER_FOLLOWERS:
            return 0
        if j == i + 1 and self.quantity_follows(i):
            return 0  # "turn the dial 5 degrees"
        prev = self.L[i - 1]
        if prev in X.DIAL_VERBS or (prev in _LINE_NOUNS or prev == ",") and (j > i + 1 or grouped):
            # "dial 999"; "its helpline, 1800 707 707": a number in groups after a line's name.
            return j
        if prev in (",", "at", "on") and i >= 2 and self.L[i - 2] in _LINE_NOUNS:
            return j  # "the toll-free line, 122, for help", "the fire hotline at 994"
        if prev in X.CALL_VERBS:
            # "call 999", "text 1737 for free support", "call 1930 immediately" (India's fraud
            # helpline); not "called 150 witnesses"
            if len(tok) == 4 and self.lw(j) not in _AFTER_A_HELPLINE and not (
                prev in _TEXTING_VERBS and self.lw(j) == "to" and self.lw(j + 1) in _WHAT_A_TEXT_DOES
                and self.lw(j + 2) not in _OBJECT_PRONOUNS  # (not "texted 1500 to give them the date")
            ):
                # "would contact 4000 in the coming weeks" counts (but "text 4357 to give" is
                # a number texted, with what the text does)
                return 0
            # ("call 132 500 for help", Australia's numbers in groups: before no noun, see above)
            return j if len(tok) in (3, 4) else 0
        if prev != "on" or i < 3 or self.K[i - 2] != "w":
            return 0
        # "on" after "call" and its object, with only words between.
        k = i - 3
        while k >= max(0, i - 6) and self.K[k] == "w":
            if self.L[k] in X.CALL_VERBS:
                return j
            k -= 1
        return 0

    def inline_list_marker(self, i: int) -> bool:
        """Whether "N." after a colon or semicolon numbers an item of a list inside a line.

        The item's words follow the full stop, and a list counts up: the marker before it
        ("1." for "2.") or after it ("2." for "1.") stands after a colon or semicolon nearby.
        A figure that ends a clause ("Deaths: 12. The ministry said") has no such neighbour.
        """
        tok = self.T[i]
        if not tok.isdigit() or len(tok) > 2:
            return False
        text = self.text
        after = self.E[i + 1]
        if not _ITEM_WORDS_RE.match(text, after):
            return False
        v = int(tok)
        window = _LIST_MARKER_WINDOW
        if v > 1 and re.search(rf"[:;]\s*{v - 1}\.\s", text[max(0, self.S[i] - window):self.S[i]]):
            return True
        return re.search(rf";\s*{v + 1}\.\s", text[after:after + window]) is not None

    def quantity_follows(self, i: int) -> bool:
        """Whether a percent, currency, scale or unit follows the number at i."""
        j = i + 1
        if j < self.n and self.lw(j) in DIGIT_SCALES:
            return True
        return bool(
            self.match(j, X.PERCENT_UNITS)[0]
            or self.match(j, X.MEASURE_UNITS)[0]
            or self.lw(j) in X.CURRENCY_WORDS
            # (what a party or a side won: "gave Labour 41 seats", "the AfD 41 seats")
            or self.lw(j) in _WON_AT_A_POLL
        )

    def share_in_brackets_follows(self, i: int) -> bool:
        """Whether a percentage in brackets follows the number at i: "Reform UK 1,122 (25.6 per
        cent)", a party's or a candidate's votes and their share, not a name's number."""
        j = i + 1
        if not (j + 1 < self.n and self.T[j] == "(" and self.K[j + 1] == "n"):
            return False
        return bool(self.match(j + 2, X.PERCENT_UNITS)[0])

    def far_future_year(self, i: int) -> bool:
        """A year after 2100, as climate projections give them after one of this century: "about
        1m by 2100 and 2m by 2150" (only after "by", "until" or "in" and before no word: "by 2300
        people" counts)."""
        if not 2100 < int(self.T[i]) <= 2500 or self.lw(i - 1) not in ("by", "until", "in"):
            return False
        # (beside a year of this century in the sentence: "cut by 2200" counts jobs, and "until
        # 2300" may be a clock's time)
        return (i + 1 >= self.n or self.K[i + 1] != "w") and any(
            self.K[k] == "n" and len(self.T[k]) == 4 and self.T[k].isdigit() and 1900 <= int(self.T[k]) <= 2100 for k in range(i)
        )

    def yearlike(self, i: int) -> bool:
        tok = self.T[i]
        return len(tok) == 4 and tok.isdigit() and 1000 <= int(tok) <= 2100

    def year_is_date(self, i: int) -> bool:
        """A four-digit number in the years range is a date unless the text counts with it."""
        j = i + 1
        if self.lw(j) in ("onwards", "onward"):
            return True  # "from tax year 2024 onwards": a year and the time after it, however plural the word looks
        if j < self.n and self.S[j] == self.E[i]:
            if self.L[j] in ("s", "'s"):
                return True
            if self.K[j] == "w":
                return self.L[j] in ("bc", "ad", "bce", "ce")
        if j < self.n and (self.L[j] in DIGIT_SCALES or self.match(j, X.PERCENT_UNITS)[0]):
            return False
        if (
            j + 1 < self.n and self.T[j] == "-" and self.S[j] == self.E[i] and self.S[j + 1] == self.E[j]
            and (self.L[j + 1] == "year-old" or (
                self.match(j + 1, X.MEASURE_UNITS)[0] and self.L[j + 1] not in _CALENDAR_UNITS
            ))
        ):
            return False  # "a 1000-megawatt battery", "a 1200-year-old temple": a measure, no year
        if self.match(j, X.MEASURE_UNITS)[0] and self.lw(j) not in ("season", "seasons"):
            if self.lw(j + 1) not in ("ago",):
                return False
        prev = self.lw(i - 1)
        if prev in D.MONTHS or prev in D.MONTH_ABBREVS:
            return True
        if prev == "than" and self.lw(i - 2) in ("more", "fewer", "less"):
            return False  # "a crowd of more than 2000": how many, however like a year
        if (
            prev in ("between", "from") and self.lw(j) in ("and", "to") and j + 2 < self.n and self.K[j + 1] == "n"
            and not self.yearlike(j + 1)
            and self.K[j + 2] == "w" and _is_plural(self.L[j + 2], self.T[j + 2]) and self.L[j + 2] not in D.YEAR_RESULT_NOUNS
        ):
            # "between 1800 and 2400 birds": the low end of a count whose high end is no year
            # (but "Between 2016 and 2023 growers lost ...": years)
            return False
        if self.year_names_a_thing(i):
            return False
        if (
            (prev in X.ID_KEYWORDS or prev in X.REFERENCE_KEYWORDS or (prev in X.CAPITALISED_ID_KEYWORDS and self.T[i - 1][0].isupper()))
            and self.K[i - 1] == "w" and self.S[i] - self.E[i - 1] <= 8
        ):
            # "Flight 1549", "log 1187", "Rescue 1122": the number names a thing (see on_digits), no year.
            return False
        if prev in ("and", "or") and i >= 2 and self.K[i - 2] == "n" and self.yearlike(i - 2):
            return True  # "the 2019 and 2021 finals": a year after a year
        if j < self.n and self.K[j] == "w" and self.spaced(i, j) and _is_plural(self.L[j], self.T[j]):
            # "1500 troops" counts; "in 2019 elections", "its 2024 sales" date; "of the 1300 people"
            # counts too: a year so long ago, before a plural, is rarely one.
            if self.L[j] not in D.YEAR_RESULT_NOUNS and not 1800 <= parse_digits(self.T[i]) <= 2100:
                return False
            if (
                self.L[j] in _PEOPLE_COUNTED and prev not in _WHEN_BEFORE_A_YEAR
                and not (prev == "of" and self.lw(i - 2) in ("as", "class"))
                and not (j + 1 < self.n and self.T[j + 1] in ("'", "\u2019") and self.S[j + 1] == self.E[j])
            ):
                # "a town of 1800 people", "the 2000 residents" (but "in 1800 people ...", "as of
                # 2021 households", "the class of 2024 students", "the 2020 workers' strike")
                return False
            return (
                prev in D.STRONG_YEAR_CONTEXT or self.L[j] in D.YEAR_RESULT_NOUNS
                # "its existing 2033 bonds": debt by the year it falls due
                or (
                    self.L[j] in _DEBT_BY_ITS_MATURITY and 1990 <= parse_digits(self.T[i]) <= 2100
                    and self.T[i] != "2000"  # (a round count: "Each investor's 2000 bonds")
                    and (prev in _BEFORE_DEBT_BY_ITS_MATURITY or prev.endswith(("'s", "\u2019s")))
                )
                # "holding out for 2021 prices", "back to 2019 levels" (but "checked 2000 prices")
                or (self.L[j] in _YEAR_LEVEL_NOUNS and prev in _YEAR_LEVEL_PREPOSITIONS)
            )
        if j + 1 < self.n and self.K[j] == "w" and self.L[j] in X.SKIP_MODIFIERS and _is_plural(self.L[j + 1], self.T[j + 1]):
            return False
        if (
            j + 1 < self.n and self.K[j] == "w" and self.K[j + 1] == "w" and self.T[j].islower()
            and _is_plural(self.L[j + 1], self.T[j + 1]) and prev not in D.STRONG_YEAR_CONTEXT
            and not 1800 <= parse_digits(self.T[i]) <= 2100
        ):
            return False  # "we had 1140 cancelled services": a count; a year so long ago is rarely one
        if j < self.n and self.T[j] in DASHES and self.lw(j + 1) in ("to",):
            return True
        return True

    def fiscal_period(self, p: int, i: int) -> int:
        """"Q3", "H1", "FY25", "FY2025", "Q3 2024": a period of a company's year, a date.
        Returns the token after it, or 0."""
        tok = self.T[i]
        if i + 1 < self.n and self.S[i + 1] == self.E[i] and self.K[i + 1] in "nw":
            return 0  # "Q3x", "H1N1"
        prefix = self.T[p]
        if prefix == "FY":
            if not (len(tok) in (2, 4) and tok.isdigit()):
                return 0
        elif not (len(tok) == 1 and tok in ("1234" if prefix == "Q" else "12")):
            return 0
        if p > 0 and self.E[p - 1] == self.S[p] and self.K[p - 1] in "nw":
            return 0
        return self.date(p, self.year_after(i + 1) if prefix != "FY" else self.season_end(i))  # ("FY2025-26")

    def year_names_a_thing(self, i: int) -> bool:
        """"the Work Act 2015", "Euro 2024", "EWCA Crim 1187": a capitalised word (not an
        acronym: "the EU 2030 target" dates) names the thing the number belongs to."""
        p = i - 1
        if p < 0 or self.K[p] != "w" or not self.spaced(p, i):
            return False
        t = self.T[p]
        lp = self.L[p]
        if not t[0].isupper() or t.isupper() or "'" in lp or self.is_clause_start(p) or self.title_case:
            return False
        return not (
            lp in X.ALLOWED_BEFORE_NUMBER or lp in SEASONS_AND_WEEKEND or lp in D.HOLIDAYS
            or lp in D.YEAR_PREFIXES or lp in D.STRONG_YEAR_CONTEXT or lp in D.HOLIDAY_TAILS
        )

    def year_date(self, i: int, start_tok: int | None = None) -> int:
        a = start_tok if start_tok is not None else i
        b = i + 1
        # Decades and seasons: "1990s", "2019-20", "2020/21".
        if b < self.n and self.S[b] == self.E[i] and self.L[b] in ("s", "'s"):
            b += 1
        else:
            b = self.season_end(i)
        return self.date(a, b)

    def season_end(self, i: int) -> int:
        """The token after the year at i, or after the season or financial year it opens:
        "2019-20", "2020/21"."""
        b = i + 1
        if (
            b + 1 < self.n
            and (self.T[b] in DASHES or self.T[b] == "/")
            and self.K[b + 1] == "n"
            and self.S[b] == self.E[i]
            and self.S[b + 1] == self.E[b]
            and len(self.T[b + 1]) in (2, 4)
            and self.T[b + 1].isdigit()
        ):
            return b + 2
        return b

    def race_time(self, i: int) -> int:
        """The token after a duration written like a clock ("2:09:14", "1:44.91", "in 28:46"),
        or 0 for a time of day ("at 10:30", "10:30 a.m.")."""
        T, S, E, K = self.T, self.S, self.E, self.K
        j = i + 3
        if self.lw(i - 1) == "at":
            return 0  # "at 14:05:33 local time"
        if "." in T[i + 2]:
            return j  # hundredths of a second
        if j + 1 < self.n and T[j] in (":", ".") and K[j + 1] == "n" and E[j - 1] == S[j] and E[j] == S[j + 1]:
            return j + 2  # hours, minutes and seconds
        if self.lw(i - 1) in ("in", "of") and self.lw(j) not in D.MERIDIEMS and self.lw(j) not in D.TIME_ZONES:
            return j
        return 0

    def time_at(self, i: int) -> int:
        T = self.T
        tok = T[i]
        j = i + 1
        dotted = "." in tok
        if dotted:
            # "4.12am", "10.30 p.m.": the British way of writing a time, with its meridiem, or
            # with what follows a time of day: "at 11.40 this morning", "18.30 GMT".
            twelve_hour = _DOTTED_TIME_RE.fullmatch(tok) is not None
            nxt = self.lw(j)
            if not (
                twelve_hour and nxt in D.MERIDIEMS and (self.att(i, j) or self.spaced(i, j))
                or twelve_hour and nxt in ("a", "p") and self.lw(j + 1) == "." and self.lw(j + 2) == "m"
                or nxt in D.TIME_ZONES or nxt == "local"
                # "I go every evening at 6.30, and I come back at 9.15": a clause ends after it
                or (self.lw(i - 1) in _BEFORE_A_TIME and (j >= self.n or nxt in _AFTER_A_BARE_TIME))
                or (nxt in ("tonight", "this") and self.lw(i - 1) in _BEFORE_A_TIME
                    and (nxt == "tonight" or self.lw(j + 1) in D.DAY_PARTS))
                or (twelve_hour and self.in_the_day_part(j))  # "at 6.30 in the morning"
            ):
                return 0
            tok = tok.split(".", 1)[0]
        if "," in tok or len(tok) > 4:
            return 0
        hh = int(tok)
        is_time = False
        if (
            j + 1 < self.n
            and T[j] in (":", ".")
            and self.S[j] == self.E[i]
            and self.K[j + 1] == "n"
            and self.S[j + 1] == self.E[j]
            and len(T[j + 1]) == 2
            and hh <= 24
        ):
            if T[j] == ":" or self.lw(j + 2) in D.MERIDIEMS:
                j += 2
                is_time = True
                if (
                    T[j - 2] == ":" and j + 1 < self.n and T[j] == ":" and self.K[j + 1] == "n"
                    and len(T[j + 1]) == 2 and self.S[j] == self.E[j - 1] and self.S[j + 1] == self.E[j]
                ):
                    j += 2  # seconds: "14:05:33"
        if self.lw(j) in D.MERIDIEMS and hh <= 12 and (self.att(j - 1, j) or self.spaced(j - 1, j)):
            j += 1
            is_time = True
        elif self.lw(j) in ("a", "p") and self.lw(j + 1) == "." and self.lw(j + 2) == "m":
            j += 3
            if self.lw(j) == ".":
                j += 1
            is_time = True
        elif not is_time and len(tok) == 4 and hh % 100 < 60 and hh < 2400 and self.lw(j) in D.TIME_ZONES:
            is_time = True
        elif dotted:
            is_time = True
            if self.lw(j) == "this":
                j += 2
            elif self.lw(j) == "tonight":
                j += 1
            elif self.in_the_day_part(j):
                j += 3
        if not is_time:
            return 0
        if T[j - 1] in ("a.m", "p.m") and j < self.n and T[j] == "." and self.S[j] == self.E[j - 1]:
            j += 1
        if self.lw(j) in D.TIME_ZONES and self.spaced(j - 1, j):
            j += 1
        elif self.lw(j) == "local" and self.lw(j + 1) == "time":
            j += 2
        return self.time_and_day(i, j)

    def in_the_day_part(self, j: int) -> bool:
        """Whether "in the morning", "in the afternoon" or "in the evening" starts at token j."""
        return self.lw(j) == "in" and self.lw(j + 1) == "the" and self.lw(j + 2) in _DAY_HALVES

    def time_and_day(self, i: int, j: int) -> int:
        """Emit the time of day in tokens i..j as a date, with the day after it when there is
        one: "10am on March 3", "9pm on Sunday", "9am Friday", "midnight on Wednesday"."""
        k = j + 1 if self.lw(j) == "on" else j
        reader = None
        if k < self.n and self.spaced(k - 1, k):
            trigger = _TRIGGERS.get(self.L[k])
            if trigger in ("weekday", "month", "relday"):
                reader = _HANDLERS[trigger]
            elif self.K[k] == "n" and self.lw(k + 1) in _DAY_MONTH_NEXT:
                reader = SentenceScanner.day_month
            elif self.L[k] == "the" and self.lw(k + 1) in ("next", "following"):
                reader = _relative_after_the  # "at 9am the next day", "until 7.02am the following morning"
        if reader is None:
            return self.date(i, j)
        out, floor, before = self.out, self.floor, len(self.out)
        end = reader(self, k)
        if end and len(out) == before + 1 and out[-1][0] == "date" and out[-1][1] == self.S[k]:
            # The day's reader has emitted it alone: the time and the day become one date.
            ce = out.pop()[2]
            self.floor = floor
            return self.date(i, end, ce=ce)
        del out[before:]
        self.floor = floor
        return self.date(i, j)

    def day_month(self, i: int) -> int:
        """"5 January 2021", "5th of May"."""
        tok = self.T[i]
        if not tok.isdigit() or not 1 <= int(tok) <= 31:
            return 0
        j = i + 1
        if j < self.n and self.S[j] == self.E[i] and self.L[j] in ORDINAL_SUFFIXES:
            j += 1
        if self.lw(j) == "of":
            j += 1
        m = self.month_at(j, strict=False)
        if not m:
            return 0
        j = m
        j = self.year_after(j)
        return self.date(i, j)

    def numeric_date(self, i: int) -> int:
        """ISO "2021-01-05" and "5/1/2021"."""
        T = self.T
        if i + 4 >= self.n or self.lw(i - 1) in X.ID_KEYWORDS:
            return 0
        sep = T[i + 1]
        if sep not in ("-", "/", ".") or T[i + 3] != sep:
            return 0
        if not all(self.S[k + 1] == self.E[k] for k in range(i, i + 4)):
            return 0
        if self.K[i + 2] != "n" or self.K[i + 4] != "n":
            return 0
        parts = (T[i], T[i + 2], T[i + 4])
        if not all(p.isdigit() for p in parts):
            return 0
        if len(parts[0]) == 4:
            return self.date(i, i + 5)  # (a typing slip, "2024-13-01", is still the date as written)
        if len(parts[2]) not in (2, 4):
            return 0
        month, day = sorted((int(parts[0]), int(parts[1])))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return 0  # "NPK 15-15-15", a fertiliser's grade: no month in it
        return self.date(i, i + 5)

    def year_after(self, j: int) -> int:
        """The end of a year written after a date: ", 2021", " 2021", " last year"."""
        k = j
        if self.lw(k) == ",":
            k += 1
        if k < self.n and self.K[k] == "n" and self.yearlike(k):
            return self.season_end(k)  # ("winter 2024-25", "Q3 2024-25")
        if self.lw(j) in ("last", "this", "next") and self.lw(j + 1) == "year" and self.spaced(j - 1, j):
            return j + 2  # "in July last year", "on 9 September last year"
        return j

    def street_address(self, i: int) -> bool:
        if self.lw(i - 1) == "at" and self.lw(i - 2) in _DWELLING_WORDS and self.T[i].isdigit():
            return True  # "died at his home at 7 Heol y Nant", "lives next door at 414 Elm"
        j = i + 1
        if j + 1 < self.n and self.T[j] in _COMPASS_POINTS and self.T[j + 1] == "." and self.S[j + 1] == self.E[j]:
            j += 2  # "418 E. Grand Ave.", as American addresses give a street's side of town
        for _ in range(3):
            if j >= self.n or self.K[j] != "w" or not self.T[j][0].isupper():
                return False
            if self.L[j] in X.STREET_SUFFIXES and (j > i + 1 or self.T[j + 1:j + 2] in (["S.E."], ["S.W."], ["N.E."], ["N.W."], ["SE"], ["SW"], ["NE"], ["NW"])):
                return True  # (or a street by its number, with its quarter: "36 Street S.E.", as Calgary names them)
            j += 1
        return False

    def record_number(self, i: int) -> bool:
        """A number that names a record, an account or a line to text, not an amount: "the roll
        number was 5231784", "text RUN10 to 70085", "Pinewood, OR 97439"."""
        prev = self.L[i - 1]
        if prev in _NUMBER_IS and (prev == "number" or self.lw(i - 2) == "number"):
            # The number of a record, named so: "her roll number was 5231784"; "the total number
            # was 1,200" and "the number was 12000 by Friday" count.
            k = i - 1 if prev == "number" else i - 2
            return self.lw(k - 1) in _RECORD_NOUNS and self.T[i].isdigit() and not self.counted_noun_follows(i)
        if prev == "to" and (
            (self.lw(i - 3) in _TEXT_VERBS and self.T[i - 2].isupper())
            or (self.lw(i - 4) in _TEXT_VERBS and self.T[i - 3].isupper())
        ):
            return True  # "text HELP to 70085", "texting RUN10 to 70085" (but "text messages to 3,000")
        return self.T[i - 1] in _US_STATE_CODES and len(self.T[i]) == 5 and self.T[i].isdigit() and self.lw(i - 2) == ","

    def suspended_range(self, i: int) -> bool:
        """"Among 18- to 34-year-olds", "a 10- to 15-minute walk": one range of ages or of a
        measure, its first hyphen left hanging."""
        T, S, E = self.T, self.S, self.E
        unit = _unit_after_a_hyphen(self.L[i + 5])
        if not (
            unit and T[i].isdigit() and E[i] == S[i + 1] and self.spaced(i + 1, i + 2) and T[i + 3].isdigit()
            and T[i + 4] in DASHES and E[i + 3] == S[i + 4] and E[i + 4] == S[i + 5]
        ):
            return False
        return self.emit_suspended_range(i, i + 6, float(T[i]), float(T[i + 3]), unit)

    def words_suspended_range(self, i: int) -> bool:
        """"a two- to three-day truce", "among five- to nine-year-olds": the same in words."""
        high, _, suffix = self.L[i + 3].partition("-")
        unit = _unit_after_a_hyphen(suffix)
        if not (unit and high in SMALL and self.E[i] == self.S[i + 1] and self.spaced(i + 1, i + 2) and SMALL[high] > SMALL[self.L[i]]):
            return False
        return self.emit_suspended_range(i, i + 4, float(SMALL[self.L[i]]), float(SMALL[high]), unit)

    def emit_suspended_range(self, a: int, b: int, low: float, high: float, unit: str) -> bool:
        q = Quantity(a, b, None)
        q.kind, q.low, q.high, q.unit = "measure", low, high, unit
        self.emit(q)
        return True

    def reads_as_cents(self, q: Quantity, j: int) -> bool:
        """Whether a figure glued to "c" (token j) is cents: with a price's words in its sentence
        ("unleaded at 189.9c a litre", "shares fell 4c", "an extra 50c an hour") and no weather's
        ("parts of England hit 34c", "temperatures of 30c")."""
        text = self.text
        start = max(text.rfind(". ", 0, self.S[q.a]), text.rfind("\n", 0, self.S[q.a]), self.S[q.a] - 300, 0)
        ends = [e for e in (text.find(". ", self.E[j]), text.find("\n", self.E[j])) if e >= 0]
        end = min(ends + [self.E[j] + 300, len(text)])
        weather, price = _weather_and_price_res()
        if weather.search(text, start, end):
            return False
        nxt = self.lw(j + 1)
        return (
            nxt == "/" or (nxt in ("a", "an", "per") and self.lw(j + 2) in X.PER_UNITS)
            or price.search(text, start, end) is not None
        )

    def age_in_brackets(self, i: int) -> int:
        """"A driver (24)", "Aoife Byrne (31), of Tallaght": an age, as British and Irish papers
        write it after a person's name or a word for one. (After a party, "Labour (24)", it is
        a count of seats, so a name must open with a given name.)"""
        tok = self.T[i]
        if not tok.isdigit() or not 1 <= int(tok) <= 110:
            return 0
        p = i - 2
        if self.K[p] != "w":
            return 0
        after = self.lw(i + 3) if self.lw(i + 2) == "," else self.lw(i + 2)
        if after in _OPENS_A_DESCRIPTION and not _WORDS_OF_PLAY.isdisjoint(self.L[i + 3:i + 8]):
            return 0  # "Rory McIlroy (66), a shot behind the leaders": a round, not an age
        if not (
            self.L[p] in X.PERSON_NOUNS
            # the victim of a death or an attack, named: "causing the death of Aoife Dunne (20) on the R417"
            or (p >= 3 and self.L[p - 2] == "of" and self.L[p - 3] in _HARMS_TO_A_PERSON
                and sex_of_given_name(self.T[p - 1]) is not None and self.T[p][0].isupper())
            # a kin word and a given name alone: "Ravi Kumar (32) and his son Arjun (8)."
            or (p >= 1 and self.L[p - 1] in _KIN_NOUNS and sex_of_given_name(self.T[p]) is not None)
            # a given name alone in apposition to a word for a person: "The victim, Priyanka (24), was",
            # "the accused, Ramesh (32),"
            or (p >= 2 and self.L[p - 1] == "," and (
                self.L[p - 2] in X.PERSON_NOUNS or (self.L[p - 2] in _PEOPLE_BY_A_PARTICIPLE and self.L[p - 3] == "the")
            ) and sex_of_given_name(self.T[p]) is not None)
            # a given name alone, where what befalls no player follows: "concerned for Saoirse (19)
            # missing from Limerick" (but "a header by Marta (23) who rose highest" is a minute)
            or (p >= 1 and self.T[p - 1].islower() and sex_of_given_name(self.T[p]) is not None and after in _AFTER_AN_AGE_ALONE)
            # after a name, only where the sentence goes on about the person: "Aoife Byrne (31), of
            # Tallaght", "Aoife Byrne (31) was fined"; "Harry Kane (23) and Saka (67)" are minutes
            # (or after a word for a person and a given name alone: "prosecution witness Vikas (31) said")
            or (p >= 1 and (sex_of_given_name(self.T[p - 1]) is not None or self.L[p - 1] in _HONORIFICS_BEFORE_A_SURNAME
                            or (self.L[p - 1] in _RANKS_AND_PERSONS and sex_of_given_name(self.T[p]) is not None))
                and self.T[p][0].isupper()
                and after in (
                    _AFTER_A_TITLED_AGE if self.lw(p - 2) in _RANKS_AND_PERSONS or self.L[p - 1] in _HONORIFICS_BEFORE_A_SURNAME
                    or self.L[p - 1] in _RANKS_AND_PERSONS
                    else _AFTER_AN_AGE
                ))
            # a name of two words in a sentence about people's lives, not a list, a game or a count:
            # "assault on Malachy Devlin (61) on May 14", "The brothers, Sadananda Acharya (71) and
            # Ramachandra Acharya (66)," (not "Joe Root (84) and Harry Brook (71)", "Ballymun Finglas (6)")
            or (
                p >= 1 and self.K[p - 1] == "w" and self.T[p - 1].istitle() and self.T[p].istitle()
                and self.T[p - 1].isalpha() and self.T[p].isalpha() and ":" not in self.T[:p]
                and not _LIVES_OF_PEOPLE.isdisjoint(self.L) and _WORDS_OF_PLAY.isdisjoint(self.L)
                and _COUNTED_IN_BRACKETS.isdisjoint(self.L)
                and self.L[p] not in _NOT_A_PERSONS_NAME and self.L[p - 1] not in _NOT_A_PERSONS_NAME
            )
            # a name of two words after a verb of speech or before what the person is: "said
            # Gr\u00e1inne Doherty (58), a retired teacher", as Irish papers give a speaker's age
            or (
                p >= 1 and self.K[p - 1] == "w" and self.T[p - 1].istitle() and self.T[p].istitle()
                and self.T[p - 1].isalpha() and self.T[p].replace("'", "").replace("\u2019", "").isalpha()
                and (
                    self.lw(p - 2) in ("said", "says", "told")
                    or (
                        self.lw(i + 2) == "," and after in ("a", "an")
                        and not _WHAT_A_PERSON_IS.isdisjoint(self.L[i + 4:i + 8])
                    )
                )
                and _WORDS_OF_PLAY.isdisjoint(self.L) and _COUNTED_IN_BRACKETS.isdisjoint(self.L)
                and self.L[p] not in _NOT_A_PERSONS_NAME and self.L[p - 1] not in _NOT_A_PERSONS_NAME
            )
        ):
            return 0
        self.emit_age(i)
        return i + 2

    def emit_age(self, i: int) -> None:
        """Emit the digits at token i as an age in years."""
        q = Quantity(i, i + 1, float(self.T[i]))
        q.kind = "measure"
        q.unit = "years"
        self.emit(q)

    def age_after_name(self, i: int) -> int:
        """"Smith, 45, said": a person's age."""
        tok = self.T[i]
        if not tok.isdigit() or int(tok) > 120 or int(tok) < 1:
            return 0
        if self.lw(i - 1) != "," or self.lw(i + 1) not in (",", ".", ";", ")"):
            return 0
        p = i - 2
        if p < 0 or self.K[p] != "w" or not (self.T[p][0].isupper() or self.L[p] in X.PERSON_NOUNS):
            return 0
        if self.L[p] in D.MONTHS or self.L[p] in D.WEEKDAYS or self.L[p] in X.ALLOWED_BEFORE_NUMBER:
            return 0
        self.emit_age(i)
        return i + 1

    def letter_currency_at(self, p: int, i: int, alone: bool = False) -> str | None:
        """"R2.1bn", "R1,500", "R1.4 million", "R4.7-million", "R370 a month": South African
        rand; "N58,000", "N2.5 trillion": Nigerian naira; "P84 million", "P2.20", "P29 a kilo":
        Philippine pesos, as each country's papers write them. Only glued to the digits, and
        only where the figure reads as money: a bare "R445", "N95" or "P1" names a road, a mask
        or a school year. ``alone``: judged by its own words, not by the sums beside it."""
        code = _LETTER_CURRENCIES.get(self.T[p])
        if code is None or self.E[p] != self.S[i] or (p > 0 and self.E[p - 1] == self.S[p]):
            return None
        if "," in self.T[i] or " " in self.T[i] or not self.T[i].isascii():
            return code  # "R1,500", "R38 000", "R1,2-billion", "N58,000"
        j = i + 1
        if j + 1 < self.n and self.T[j] in DASHES and self.S[j] == self.E[i] and self.E[j] == self.S[j + 1]:
            # "R4.7-million", as South African papers write it; "P13.6-M", "P1.2-B", as Philippine ones do
            per, _, period = self.L[j + 1].partition("-")
            if per in ("a", "per") and period in _PRICED_BY:
                return code  # "the R370-a-month grant"
            return code if self.L[j + 1] in SCALES or (
                self.T[j + 1] in ("M", "B") and (j + 2 == self.n or self.S[j + 2] > self.E[j + 1] or self.T[j + 2] in ".,;:!?)")
            ) else None
        if (
            j < self.n and self.L[j] in MONEY_SCALES and (self.S[j] == self.E[i] or self.L[j] in SCALES)
            # (not a code that runs on: the Eircode "D08 K2T6")
            and not (j + 1 < self.n and self.S[j + 1] == self.E[j] and self.K[j + 1] in "wna")
        ):
            return code
        if self.lw(p - 1) in _RULE_WORDS:
            return None  # "Section R302.11 of the code", "under R14.10 of the regulations"
        cents = "." in self.T[i] and len(self.T[i]) - self.T[i].index(".") == 3
        if not cents and (
            self.lw(j) in _SCHOOL_YEAR_NOUNS or (self.lw(j) == "to" and self.T[j + 1:j + 2] == [self.T[p]] and len(self.T[i]) == 1)
        ):
            return None  # "P1 to P5 pupils": years of a school (not "by N65 to N930")
        # Pesos by the day or the month only past two digits: "P610 a day" is a wage, "his P45 a
        # week before" a tax form.
        priced_by = _PRICED_BY if code == "ZAR" or len(self.T[i]) >= 3 else _GOODS_UNITS if code == "PHP" else ()
        if self.lw(j) == "or" and self.lw(j + 1) == "so":
            j += 2  # "an extra R100 or so a month"
        if self.lw(j) in ("a", "per") and self.lw(j + 1) in priced_by:
            # "R370 a month", "P29 a kilo" (but "an N95 a day" is a mask, "his P45 a week before
            # Christmas" a tax form and "P1 a year later" a school year)
            return code
        if (
            j + 1 < self.n and (self.T[j] == "/" or self.lw(j) == "per") and self.lw(j + 1) not in _TIMES_PRICED_BY
            and (self.match(j + 1, X.MEASURE_UNITS)[0] or tuple(self.L[j + 1].split("-")) in X.MEASURE_UNITS)
        ):
            # "N68 per kilowatt-hour", "N209.50/kWh": a price by the unit (but "an N95 per day" is a mask)
            return code
        if code != "NGN" and self.lw(j) in _PRICE_CHANGES and (
            self.lw(p - 1) in ("a", "an", "the") or (self.lw(p - 2) in ("a", "an") and self.T[p - 1].isalpha() and self.T[p - 1].islower())
        ):
            return code  # "a P2 increase", "a provisional P1 increase", "a R50 hike" (but "the R101 cut through")
        # (past a hedge: "had spent about R900 on bottled water", "more than R900")
        verb_at = p - 2 if self.lw(p - 1) in _HEDGES_BEFORE_A_PRICE or self.lw(p - 1) == "between" else p - 1
        if self.lw(verb_at) in _OBJECT_PRONOUNS and len(self.T[i]) >= 2:
            # "the ticket costs me R230", "it cost us about P90" (not "the penalty cost him P2", a
            # place on the grid)
            verb_at -= 1
        if self.lw(verb_at) == "than" and self.lw(verb_at - 1) in ("more", "less"):
            verb_at -= 2
        if self.lw(verb_at) == "of" and (self.lw(verb_at - 1) in _PRICE_CHANGES or self.lw(verb_at - 1) in _PRICE_NOUNS):
            return code  # "an increase of about P76 in the monthly bill", "a fare of R15", "a basic wage of P720"
        if code != "NGN" and (
            self.lw(verb_at) in ("worth", "costs", "cost", "priced")
            or (
                self.lw(verb_at) == "at" and self.lw(verb_at - 1) in _SET_AT_A_PRICE
                # (a price named before it in the sentence: not "remained at P2 for much of the race",
                # "at K2 base camp")
                and not _PRICED_THINGS.isdisjoint(self.L[:p])
            )
        ):
            return code  # "food packs worth P650 each", "rice now costs about P45", "the fare stands at P13"
        if code == "ZAR" and (
            self.lw(verb_at) in _PRICED_VERBS
            or (self.lw(verb_at) == "for" and any(self.lw(k) in _SOLD_VERBS for k in range(verb_at - 5, verb_at)))
        ):
            # "an oven bought for R800" (but "heading for R445" is a road, and "earned P3 on the
            # grid" a place in a race)
            return code
        if cents and self.lw(verb_at) == "at" and self.lw(verb_at - 1) in _A_SHARES_CLOSE:
            return code  # "closed at N48.20", "to close at N517.00": a share's price, in naira too
        if code != "NGN" and cents and self.lw(j) not in ("of",):
            return code  # "P2.20", "P64.35": pesos and centavos; "R142.30", "R18.42/$": rand and cents
        if (
            len(self.T[i]) >= 2 and self.lw(verb_at) in ("by", "from", "to")
            # a price named just before, "from N700 to N800" included ("The price of a 5GB weekly
            # bundle will drop from R149 to R119"; "the cost of a text message goes up from N14")
            and (
                any(self.lw(k) in _PRICE_NOUNS for k in range(max(0, p - 6), p - 1))
                or any(self.lw(k) in _PRICE_NOUNS and "," not in self.L[k:p - 1] for k in range(max(0, p - 10), p - 6))
                # (or a share it moved by: "fell 8.9 per cent to N27.40", a share's price)
                or any(self.L[k] in ("%", "cent", "percent") for k in range(max(0, p - 4), p - 1))
            )
            and any(
                self.lw(k) in X.CHANGE_VERBS or self.lw(k) in X.UP_WORDS or self.lw(k) in X.DOWN_WORDS
                for k in range(max(0, p - 8), p - 1)
            )
            and "," not in self.L[max(0, p - 6):p - 1]
        ):
            return code  # "raised its gantry price by N65 to N930": a price that moved (not "moved from N65")
        if len(self.T[i]) >= 3 and self.lw(p - 1) in _PAID_VERBS:
            return code  # "I paid P150 for the tricycle" (but "handed his P45")
        if alone:
            return None
        if (
            self.lw(j) == "to" and j + 2 < self.n and self.T[j + 1] == self.T[p] and self.K[j + 2] == "n"
            and self.letter_currency_at(j + 1, j + 2, alone=True)
        ):
            return code  # "P12 to P14 per kilo": the low end of a price whose high end reads as one
        if (
            self.lw(j) == "and" and self.lw(p - 1) == "between" and j + 2 < self.n and self.T[j + 1] == self.T[p]
            and self.K[j + 2] == "n" and self.letter_currency_at(j + 1, j + 2, alone=True)
        ):
            return code  # "between N450 and N1,200": the low end, as "N750 to N1,500" is
        if self.lw(p - 1) in ("and", "or") and p >= 3 and self.T[p - 3] == self.T[p] and self.K[p - 2] == "n":
            # the second of a pair reads as the first does: "R1,500 and R900", "along R40 and R61"
            return code if self.letter_currency_at(p - 3, p - 2, alone=True) else None
        if (
            self.lw(p - 1) in _BEFORE_A_SUM_COMPARED
            # (or where a price ends its clause: "while sugar is P76.", "and tilapia for P140", "but N650
            # in Abuja"; not "and R61 was closed", "for P6." with a school year's one digit)
            or (
                len(self.T[i]) >= 2 and self.lw(p - 1) not in _ROUTE_WORDS_BEFORE
                and (j >= self.n or self.L[j] in _AFTER_A_PRICE_IN_A_LIST)
            )
        ) and any(
            self.T[k] == self.T[p] and self.K[k + 1] == "n" and self.letter_currency_at(k, k + 1, alone=True)
            for k in range(max(0, p - 30), p - 1)
        ):
            return code  # "billed R1,850 a kilolitre, against R410 at the water board": the sentence's money
        return None

    def of_gold(self, j: int) -> bool:
        """Whether the "K" at ``j`` is gold's carats, not thousands: "24K gold", or a sentence of gold
        prices ("22K was priced at Dh445") that counts nothing with it (not "14K runners" on the Gold
        Coast, nor "24K followers" of a gold medallist)."""
        if self.lw(j + 1) == "gold":
            return True
        if j + 1 < self.n and self.K[j + 1] == "w" and _is_plural(self.L[j + 1], self.T[j + 1]):
            return False
        return "gold" in self.T and "gold" in self.L[max(0, j - 12):j + 12] and self.lw(j - 1) not in ("raised", "earned", "cost", "costs")

    def after_ringgit(self, i: int) -> bool:
        """Whether "RM" is written right before the number at i, or "US$" as the same papers
        write dollars ("US$1.45mil")."""
        return i >= 1 and (self.T[i - 1] == "RM" or (self.T[i - 1] == "$" and i >= 2 and self.T[i - 2] == "US" and self.E[i - 2] == self.S[i - 1]))

    def ringgit_at(self, p: int, i: int) -> bool:
        """Whether "RM" before the number at i is the ringgit: written so in capitals, glued to
        the digits ("RM850") or, spaced, before a figure that reads as money ("RM 1,500", "RM 4.50",
        "RM 2 million"); not a room ("Rm 1503") or "RM 45 Commando"."""
        if self.T[p] != "RM":
            return False
        if self.E[p] == self.S[i]:
            return True
        tok = self.T[i]
        return "," in tok or "." in tok or self.lw(i + 1) in MONEY_SCALES

    def alias_before_money(self, p: int, i: int) -> bool:
        """Whether the alias at p may be a currency before the number at i: any alias but those
        that are also flight prefixes, postcodes or models, which need a figure that reads as
        money (see ALIASES_NEEDING_A_MONEY_FIGURE)."""
        if self.L[p] not in X.ALIASES_NEEDING_A_MONEY_FIGURE:
            return True
        if self.T[p] == "LE" and not _about_egypt(self.text):
            return False  # "the Camry LE 2.5", "LE 14 JUILLET": pounds only in copy about Egypt
        if self.T[p] in ("Tk", "LE") and self.E[p] < self.S[i]:
            return True  # "Tk 100", "LE 225": spaced, as Dhaka's and Cairo's papers write them
        if self.L[p] in X.ALIASES_ONLY_IN_CAPITALS and not self.T[p].isupper():
            return False
        tok = self.T[i]
        return "," in tok or "." in tok or " " in tok or self.lw(i + 1) in MONEY_SCALES or (
            self.lw(i + 1) in ("a", "per") and self.lw(i + 2) in _PRICED_PER_UNIT_OF_STOCK
        ) or (
            # the low end of a range whose high end reads as money: "from SR62 to SR68 a share"
            self.lw(i + 1) == "to" and i + 3 < self.n and self.T[i + 2] == self.T[p] and self.K[i + 3] == "n"
            and self.E[i + 2] == self.S[i + 3] and self.alias_before_money(i + 2, i + 3)
        )

    def glued_code_is_name(self, p: int, i: int) -> bool:
        """"COP28", "SEK5": letters that could be a currency code, glued to a small bare
        number, name a thing; "USD1.2bn" and "EUR500" stay money."""
        if self.T[p] not in X.CURRENCY_CODES or len(self.T[i]) > 2 or not self.T[i].isdigit():
            return False
        j = i + 1
        return not (j < self.n and self.L[j] in MONEY_SCALES)

    # ------------------------------------------------------------------ money prefix
    def currency_before(self, i: int) -> tuple[int, str | None]:
        """Currency written before the number at i: "$", "US $", "C$", "EUR", "Rs."."""
        T, L, K = self.T, self.L, self.K
        p = i - 1
        if (
            p >= 1 and T[p] == "\u00a2" and T[p - 1] in ("GH", "Gh") and p - 1 >= self.floor
            and self.E[p - 1] == self.S[p] and self.E[p] == self.S[i]
        ):
            return p - 1, "GHS"  # "GH\u00a23,625": Ghana's cedi, its sign written with the cent's
        if (
            p >= 1 and T[p - 1] == "$" and T[p].isupper() and L[p] in X.DOLLAR_PREFIXES and p - 1 >= self.floor
            and self.E[p - 1] == self.S[p] and self.E[p] == self.S[i]
        ):
            return p - 1, X.DOLLAR_PREFIXES[L[p]]  # "$US15 million", "$A20 million", as Australian copy writes them
        if p < 0 or L[p] not in _CURRENCY_MARKS_LOWER:
            return i, None
        if p < self.floor or self.S[i] - self.E[p] > 8:
            return i, None
        t = T[p]
        if t not in _CURRENCY_MARKS and L[p] not in X.CODE_ALIASES:
            return i, None
        if t in X.CURRENCY_SYMBOLS:
            code = X.CURRENCY_SYMBOLS[t]
            a = p
            if t == "$" and p - 1 >= self.floor and p >= 1:
                pl = L[p - 1]
                if pl in X.DOLLAR_PREFIXES and (self.E[p - 1] == self.S[p] or (pl in ("us", "u.s.") and self.spaced(p - 1, p))):
                    if self.E[p - 1] == self.S[p] or T[p - 1] in ("US", "U.S."):
                        code = X.DOLLAR_PREFIXES[pl]
                        a = p - 1
            return a, code
        if K[p] in "wa":
            letter_code = self.letter_currency_at(p, i)
            if letter_code is not None:
                return p, letter_code
            if t in X.CURRENCY_CODES:
                return p, ("CNY" if t == "RMB" else t)
            if (
                L[p] in X.CODE_ALIASES and T[p][0].isupper() and t not in X.NOT_CODE_FORMS
                and self.lw(p - 1) not in X.REFERENCE_KEYWORDS  # "the tracking code RM 4481 2290"
                and (L[p] != "rm" or self.ringgit_at(p, i)) and self.alias_before_money(p, i)
            ):
                return p, X.CODE_ALIASES[L[p]]
        if t == "." and p >= 1 and L[p - 1] == "rs" and self.E[p - 1] == self.S[p]:
            return p - 1, "INR"
        return i, None

    # ------------------------------------------------------------------ core numbers
    def leading_point(self, i: int) -> bool:
        """Whether the digits at i follow a decimal point with no digit before it: "hitting .375"."""
        p = i - 1
        return (
            p >= 0 and self.T[p] == "." and self.S[i] == self.E[p] and (p == 0 or self.S[p] > self.E[p - 1])
            and self.T[i].isdigit()
        )

    def digits_core(self, i: int, money: bool) -> Quantity | None:
        tok = self.T[i]
        if tok.isdigit():
            # Plain digits, the commonest number, need none of parse_digits' checks.
            if len(tok) > MAX_DIGITS:
                return None
            if self.leading_point(i):
                q = Quantity(i, i + 1, float("0." + tok))  # a batting average, ".375"
                q.integral = False
            else:
                q = Quantity(i, i + 1, float(tok))
        else:
            v = parse_digits(tok)
            if v is None:
                return None
            q = Quantity(i, i + 1, v)
            if "." in tok or has_decimal_comma(tok):
                q.integral = False
            elif "," in tok or " " in tok or not tok.isascii():
                q.commas = True  # digits in groups: "20,000", "390 000"
        j = i + 1
        if j < self.n and (self.K[j] == "n" or self.T[j] in _FRACTION_OR_TIMES) and self.fraction_or_exponent(q):
            j = q.b
        if (
            money and j + 1 < self.n and self.T[j] == "-" and self.T[j + 1] in ("M", "B")
            and self.S[j] == self.E[j - 1] and self.S[j + 1] == self.E[j]
            and (j + 2 == self.n or self.S[j + 2] > self.E[j + 1] or self.T[j + 2] in ".,;:!?)")
        ):
            # "P13.6-M", "P1.2-B": a million and a billion behind a hyphen, as Philippine papers write them
            q.scale = MONEY_SCALES[self.L[j + 1]]
            j += 2
        elif j < self.n and self.K[j] == "w" and q.scale == 1.0:
            gap = self.S[j] - self.E[q.b - 1]
            sl = self.L[j]
            if gap == 0:
                table = MONEY_SCALES if money else DIGIT_SCALES
                if self.T[j] == "K" and not money and tok in _CARATS and self.of_gold(j):
                    # "24K gold", "22K was priced at Dh445": the purity of gold, in carats
                    q.kind, q.unit, q.has_unit = "measure", "carat", True
                    q.b = j + 1
                    return q
                if self.T[j] == "K" and not money and len(tok) == 1:
                    return None  # "4K video", "8K": a resolution, no thousands
                if sl in table and (sl not in RINGGIT_SCALES or self.after_ringgit(i)):
                    q.scale = table[sl]
                    j += 1
                elif sl == "m" and not money and self.m_means_million(j):
                    q.scale = 1e6
                    j += 1
            elif gap <= 8 and (
                sl in DIGIT_SCALES or (money and sl in RINGGIT_SCALES and self.after_ringgit(i))
                # "1.2 mil. urged to evacuate": a million, written short with its full stop
                or (
                    # behind a currency ("$40 mil"), or after a decimal with its stop ("1.2 mil. urged";
                    # "a 1.5 mil film", "2.5 mil thick" are thousandths of an inch)
                    sl == "mil" and j + 1 < self.n
                    and (money or (not q.integral and self.T[j + 1] == "." and self.S[j + 1] == self.E[j]))
                    # ("R$ 50 mil.": reais, a thousand of them)
                    and not (i >= 2 and self.T[i - 1] == "$" and self.T[i - 2] == "R")
                    and self.lw(j + 1) not in _SIZES and self.lw(j + 2) not in _SIZES
                )
            ) and sl != "k" and not (
                # "23 TN fishermen": Tamil Nadu's, not trillions; a spaced scale in capitals before a
                # word names something unless the figure is money
                not money and self.T[j].isupper() and j + 1 < self.n and self.K[j + 1] == "w" and self.T[j + 1].islower()
            ):
                q.scale = MONEY_SCALES[sl]  # "RM 450.3 mil" as well as "$5 bn"
                j += 1
                if (
                    sl in _SCALES_WRITTEN_SHORT and j + 1 < self.n and self.T[j] == "." and self.S[j] == self.E[j - 1]
                    and self.K[j + 1] == "w" and self.T[j + 1].islower()
                ):
                    j += 1  # "8.7 tril. yen", as Asian agencies shorten a scale: the stop is part of it
                if sl in ("lakh", "lakhs") and self.lw(j) in ("crore", "crores") and self.spaced(j - 1, j):
                    # "Rs 5 lakh crore": a lakh of crores, 10^12.
                    q.scale = 1e12
                    j += 1
                # "1.5 million" may be followed by "billion"? Never in news; stop here.
        if q.scale != 1.0:
            q.value = scaled(q.raw, q.scale)
        q.b = j
        return q

    def fraction_or_exponent(self, q: Quantity) -> bool:
        """Whether a fraction or a power of ten goes on from the digits of q, as in "3 1/2",
        "$4.12 1/2" (a half of the last place: 4.125), "2\u00bd", "5.97 \u00d7 10\u00b2\u2074" and
        "1.2 x 10^6"; if so, q takes it in (its value, and its end in q.b)."""
        T, K, S, E = self.T, self.K, self.S, self.E
        i = q.a
        j = i + 1
        tok = T[j]
        if tok in TIMES_SIGNS:
            return self.power_of_ten(q)
        if K[j] != "n":
            part = VULGAR_FRACTIONS.get(tok)
            if part is None or S[j] != E[i]:
                return False
            q.raw += part
        elif (
            j + 2 < self.n and T[j + 1] == "/" and S[j] - E[i] == 1 and E[j] == S[j + 1] and E[j + 1] == S[j + 2]
            and tok.isdigit() and T[j + 2].isdigit() and len(T[j + 2]) <= 2
            and not (j + 3 < self.n and S[j + 3] == E[j + 2] and (K[j + 3] == "n" or T[j + 3] == "/"))
        ):
            numerator, denominator = int(tok), int(T[j + 2])
            if denominator not in MIXED_DENOMINATORS or not 0 < numerator < denominator:
                return False
            place = T[i]
            decimals = len(place) - place.rfind(".") - 1 if "." in place else 0
            q.raw = float(f"{q.raw!r}") + numerator / denominator / 10 ** decimals
            j += 2
        else:
            return False
        q.value = q.raw
        q.integral = False
        q.b = j + 1
        return True

    def share_in_digits(self, i: int) -> int:
        """"1/3 of its staff", "2/3 of voters": a fraction written in digits before "of", read as
        "a third of its staff" is. Returns the token after it, or 0."""
        numerator, denominator = self.T[i], self.T[i + 2]
        if not (numerator.isdigit() and denominator.isdigit() and len(denominator) <= 2):
            return 0
        if int(denominator) not in MIXED_DENOMINATORS or not 0 < int(numerator) < int(denominator):
            return 0
        if self.lw(i + 4) in D.MONTHS:
            return 0  # "3/4 of May": days
        q = Quantity(i, i + 3, int(numerator) / int(denominator))
        q.integral = False
        self.fraction_of(q)
        self.emit(q)
        return q.b

    def power_of_ten(self, q: Quantity) -> bool:
        """Scientific notation after the digits of q: "\u00d7 10\u00b2\u2074", "x 10^6", "x10^-3"."""
        T, S, E = self.T, self.S, self.E
        times = q.a + 1
        ten = times + 1
        if not (
            ten + 1 < self.n and T[ten] == "10" and S[times] - E[q.a] <= 1 and S[ten] - E[times] <= 1
            and S[ten + 1] == E[ten]
        ):
            return False
        end = ten + 2
        exponent = T[ten + 1].translate(SUPERSCRIPT_DIGITS)
        if exponent == "^":
            exponent = ""
            while end < self.n and S[end] == E[end - 1] and len(exponent) < 3:
                exponent += "-" if T[end] in DASHES else T[end]
                end += 1
                if exponent[-1].isdigit():
                    break
        if not _EXPONENT_RE.fullmatch(exponent):
            return False
        q.scale = 10.0 ** int(exponent)
        q.integral = False
        q.b = end
        return True

    def fraction_after_words(self, q: Quantity) -> list[str] | None:
        """"two thirds of voters", "rose by one fifth": a fraction written as two words, read
        as the hyphenated "two-thirds" is. Returns the fraction word as a leftover, or None.

        The numerator agrees with the fraction ("one third", "two thirds") and is smaller
        than the whole. "quarters" are periods too ("for three quarters in a row"), so a
        quarter is a share only before "of", and never two of them; and a fraction before a noun names an
        ordinal thing ("one third party"), so the others need "of" or the end of a phrase.
        """
        j = q.b
        word = self.L[j]
        if not self.spaced(j - 1, j) or q.value is None or not q.integral:
            return None
        if (q.value == 1) == word.endswith("s") or not 1 <= q.value < 1 / FRACTIONS[word]:
            return None
        nxt = self.lw(j + 1)
        if word.startswith("quarter") and (
            q.value == 2 or self.lw(q.a - 1) in ("first", "last", "past", "next", "previous")
            or self.yearlike(j + 2) or self.lw(j + 2) in ("this", "fiscal", "financial")
            or (self.lw(j + 2) == "the" and self.lw(j + 3) in ("year", "fiscal", "financial"))
        ):
            # Periods: "another two quarters of data" (a share of two quarters is a half), "the
            # first three quarters of 2024", "three quarters of the year".
            return None
        if nxt != "of":
            if word.startswith("quarter"):
                return None
            if not self.phrase_ends_at(j + 1):
                return None
        q.b = j + 1
        return [word]

    def phrase_ends_at(self, j: int) -> bool:
        """Whether no noun follows at token j: the text ends, or punctuation, a function word
        ("in", "to", "of") or a relative date ("last year") comes next. A share ends its
        phrase ("fell by a third in May"); an ordinal goes on to its noun ("a third wave")."""
        return j >= self.n or self.K[j] != "w" or self.L[j] in X.STOP_AFTER or self.L[j] in D.RELATIVE_MODIFIERS

    def hyphenated_scale(self, q: Quantity, money: bool) -> list[str] | None:
        """A scale word hyphenated to the digits or to what it counts: "$1.5-trillion economy",
        "a 5-million-euro fine", "a 3-million-year-old fossil", "a 1.2 million-barrel draw".
        Scales q and returns the parts of the token after the scale word ("euro", "year-old",
        "barrel"), which say what the figure is, or None."""
        j = q.b
        S, E = self.S, self.E
        if self.T[j] in DASHES:
            if not (E[j - 1] == S[j] and j + 1 < self.n and S[j + 1] == E[j] and self.K[j + 1] == "w"):
                return None
            k = j + 1  # "1.5-trillion"
        elif self.K[j] == "w" and "-" in self.L[j] and self.spaced(j - 1, j):
            k = j  # "1.2 million-barrel"
        else:
            return None
        parts = self.L[k].split("-")
        if parts[0] not in HYPHEN_SCALES:
            return None
        if k == j and k + 1 < self.n and self.K[k + 1] == "w" and _is_plural(self.L[k + 1], self.T[k + 1]):
            return None  # "259 million-dollar flats": 259 flats, each of a million dollars
        q.scale = DIGIT_SCALES[parts[0]]
        q.value = scaled(q.raw, q.scale)
        q.b = k + 1
        if len(parts) == 1:
            return None
        if money:
            # "$2-million-a-year deal": the sign already made it money; it ends at its scale.
            q.ce = S[k] + len(parts[0])
            return None
        return parts[1:]

    def m_means_million(self, j: int) -> bool:
        """"3.2m people" is millions; "a 20m yacht" and "ran 100m" are metres. With no noun
        after it, an "m" is British copy's "million" where the sentence names what is counted
        in millions ("the waiting list stood at 7.4m") and no word of length or height
        ("jumped 7.4m", "7m high"): a sentence may still measure with words the list lacks."""
        nxt = j + 1
        if nxt < self.n and self.L[nxt] in _RACE_NOUNS and self.T[j - 1] in _RACE_DISTANCES:
            return False  # "400m runners", "the 100m final": a race's metres
        if nxt < self.n and self.K[nxt] == "w" and self.L[nxt] in X.STOP_AFTER and not (
            self.L[nxt] in ("in", "at", "by") and nxt + 1 < self.n and (self.T[nxt + 1][:1].isupper() or self.K[nxt + 1] == "n")
        ):
            return False  # "within 500m of the site", "walk 200m to": metres; but "7.4m in August"
        if nxt < self.n and self.K[nxt] == "w" and self.spaced(j, nxt) and self.L[nxt] not in X.STOP_AFTER:
            low = self.L[nxt]
            if low in MEASURE_ADJ:
                return False
            if low in _UNITS_COUNTED_IN_MILLIONS:
                return True  # "203m km from the sun", "3m tonnes of grain": millions of the unit
            if (
                self.T[nxt][0].isupper() and nxt + 1 < self.n and self.K[nxt + 1] == "w" and self.spaced(nxt, nxt + 1)
                and not _is_plural(low, self.T[nxt])
            ):
                nxt += 1  # "48m Instagram followers": a name before the counted noun (not "21m PCs")
                low = self.L[nxt]
            elif nxt + 1 < self.n and self.K[nxt + 1] == "w" and self.spaced(nxt, nxt + 1) and (
                low in _COUNT_MODIFIERS or (self.L[nxt + 1] in _COUNTED_RIGHT_AFTER_M and low.endswith(_ADJECTIVE_ENDINGS))
            ):
                # "1.5m new homes", "4.3m mobile customers": a word that describes the counted noun
                # (not "the 30m footbridge visitors use")
                nxt += 1
                low = self.L[nxt]
            return _is_plural(low, self.T[nxt]) and low not in _LENGTH_CONTEXT and low not in _RACES  # (not "the 100m hurdles")
        words = set(self.L)
        return not words.isdisjoint(_COUNTED_IN_MILLIONS) and words.isdisjoint(_LENGTH_CONTEXT)

    def word_core(self, i: int, a_prefix: bool = False) -> tuple[Quantity, list[str]] | None:
        """Number words from token i; returns the quantity and any hyphenated leftover."""
        parts = self.L[i].split("-")
        words: list[str] = (["one"] if a_prefix else []) + parts
        owners: list[int] = ([i - 1] if a_prefix else []) + [i] * len(parts)
        j = i + 1
        # Extend across following tokens while they continue the number ("two hundred").
        # A hyphened token ends the number ("five-year-old") unless it is all number words
        # ("forty-one million").
        while j < self.n and len(words) < 12 and self.spaced(j - 1, j) and (
            "-" not in self.L[j - 1] or all(part in NUMBER_WORDS for part in self.L[j - 1].split("-"))
        ):
            w = self.L[j]
            # ("a hundred and forty-one": a hyphened number after "and" goes on with it)
            if w in NUMBER_WORDS or (w == "and" and self.lw(j + 1).split("-", 1)[0] in NUMBER_WORDS):
                ps = w.split("-")
                words.extend(ps)
                owners.extend([j] * len(ps))
                j += 1
            elif "-" in w and w.split("-", 1)[0] in NUMBER_WORDS:
                ps = w.split("-")
                words.extend(ps)
                owners.extend([j] * len(ps))
                j += 1
                if not all(part in NUMBER_WORDS for part in ps):
                    break  # ("five-year-old" ends the number; "twenty-five thousand" goes on)
            else:
                break
        r = words_value(words)
        if r is None:
            return None
        value, used = r
        last_owner = owners[used - 1]
        # Leftover parts of the last token used ("five-year-old" leaves "year-old").
        leftover: list[str] = []
        k = used
        while k < len(words) and owners[k] == last_owner:
            leftover.append(words[k])
            k += 1
        if words[used - 1] == "and":
            return None
        end = last_owner + 1
        scale_word = words[used - 1] if value >= 100 and words[used - 1] in SCALES else None
        integral = True
        if words[used - 1] in SMALL or words[used - 1] in TENS:
            # "two and a half years", "three and a half million": the fraction joins the
            # number, and a scale word after it scales both ("three and a half million").
            plus = self.and_a_fraction(leftover, end)
            if plus is not None:
                fraction, end, leftover, scale_word = plus
                value += fraction
                integral = False
                if scale_word is not None:
                    value = scaled(value, SCALES[scale_word])
            elif (
                not leftover and scale_word is None and self.lw(end) == "point" and self.spaced(end - 1, end)
                and self.lw(i - 1) not in ("at", "on", "to", "from")  # "At one point four men were held"
            ):
                spoken = self.decimals_in_words(end + 1)
                if spoken is not None:
                    # "three point four per cent", "two point five million": decimals said in words.
                    digits, end = spoken
                    value = float(f"{int(value)}.{digits}")
                    integral = False
                    if self.lw(end) in SCALES and self.lw(end) != "hundred" and self.spaced(end - 1, end):
                        scale_word = self.L[end]
                        value = scaled(value, SCALES[scale_word])
                        end += 1
        q = Quantity(i - 1 if a_prefix else i, end, value)
        q.integral = integral
        if scale_word is not None:
            q.scale = SCALES[scale_word]
        return q, leftover

    def decimals_in_words(self, j: int) -> tuple[str, int] | None:
        """The digits said one word each from token j ("four", "five zero"), and the token after."""
        digits = ""
        while j < self.n and len(digits) < 6 and self.L[j] in SMALL and SMALL[self.L[j]] < 10 and self.spaced(j - 1, j):
            digits += str(SMALL[self.L[j]])
            j += 1
        return (digits, j) if digits else None

    def and_a_fraction(self, leftover: list[str], end: int) -> tuple[float, int, list[str], str | None] | None:
        """"and a half" (or "and a quarter") after number words, as separate words or inside a
        hyphenated token ("two-and-a-half-year"), with the scale word that may follow it.

        Returns (fraction, end token, leftover parts, scale word) or None; ``end`` is one past
        the number's last token, ``leftover`` the unread parts of that token.
        """
        if leftover:
            if len(leftover) < 3 or leftover[0] != "and" or leftover[1] != "a" or leftover[2] not in AND_A_FRACTIONS:
                return None
            fraction = AND_A_FRACTIONS[leftover[2]]
            rest = leftover[3:]
            if rest and rest[0] in SCALES and rest[0] != "hundred":
                return fraction, end, rest[1:], rest[0]
            return fraction, end, rest, None
        j = end
        if self.lw(j) != "and" or self.lw(j + 1) != "a":
            return None
        if not (self.spaced(j - 1, j) and self.spaced(j, j + 1) and self.spaced(j + 1, j + 2)):
            return None
        parts = self.lw(j + 2).split("-")
        if parts[0] not in AND_A_FRACTIONS:
            return None
        fraction = AND_A_FRACTIONS[parts[0]]
        if len(parts) > 1:
            # "a two and a half-hour meeting": the rest of the token is read as a compound.
            return fraction, j + 3, parts[1:], None
        scale_word = self.lw(j + 3)
        if scale_word in SCALES and scale_word != "hundred" and self.spaced(j + 2, j + 3):
            return fraction, j + 4, [], scale_word
        return fraction, j + 3, [], None

    # ------------------------------------------------------------------ classification
    def classify(self, q: Quantity, money: str | None, leftover: list[str] | None = None) -> bool:
        """Decide kind and unit from what follows the number; returns False to drop it."""
        T, L, K, S, E = self.T, self.L, self.K, self.S, self.E
        j = q.b
        if leftover:
            return self.classify_compound(q, leftover)
        # Something glued to the digits that is not a scale.
        if j < self.n and S[j] == E[j - 1] and K[j] == "w" and K[j - 1] == "n":
            sl = L[j]
            if sl in ORDINAL_SUFFIXES:
                return self.ordinal_digits(q, j)
            suffix, _, compound = sl.partition("-")
            if compound and suffix in ORDINAL_SUFFIXES:
                # "a 34th-minute header", "the 3rd-largest port", "a 19th-century mill".
                q.b, q.ce = j + 1, S[j] + len(suffix)
                if compound.startswith("centur"):
                    q.kind, q.value, q.ce = "date", None, None
                else:
                    q.kind = "ordinal"
                return True
            if sl in ("s", "'s") and q.value is not None and len(T[j - 1]) == 2:
                # "in his 30s" is an age band; "the 90s" a decade.
                q.b = j + 1
                if self.lw(q.a - 1) in ("his", "her", "their", "early", "mid", "late", "its"):
                    q.kind, q.unit, q.has_unit = "measure", "years", True
                    q.low, q.high, q.value = q.value, q.value + 9, None
                else:
                    q.kind, q.value = "date", None
                return True
            if money and sl in MONEY_SCALES:
                pass  # already read as the scale by digits_core
            elif T[j] == "G" and q.value is not None and q.value <= 10:
                return False  # "4G", "5G": mobile network generations, not grams
            elif len(T[j]) == 1 and T[j] in "LMNT" and "code" in L[max(0, q.a - 4):q.a]:
                return False  # "tax code 1257L"
            elif T[j] == "c" and self.reads_as_cents(q, j):
                # "86c a litre", "a dividend of 185c", "rose 3c to $6.18": cents, as Irish, South
                # African and Antipodean copy writes them (a tabloid's "30c" by the beach is heat)
                q.kind, q.unit, q.has_unit = "money", "cents", True
                q.b = j + 1
                self.per_unit(q)
                return True
            elif (sl,) in X.MEASURE_UNITS or (sl,) in X.ATTACHED_ONLY_UNITS:
                k, unit = self.match(j, X.MEASURE_UNITS)
                if not k:
                    k, unit = 1, T[j]
                q.kind = "measure"
                q.unit = self.text[S[j]:E[j + k - 1]]
                q.b = j + k
                q.has_unit = True
                return self.after_measure(q)
            elif sl in X.CURRENCY_WORDS or sl in X.SUBUNITS or sl == "p" or sl == "pc":
                pass  # "40p", "5yen": read below as money; "41pc" as a percentage
            elif sl.startswith(("p-a-", "p-per-", "c-a-", "c-per-")) and sl.rsplit("-", 1)[1] in _PRICED_BY_THE_SHARE:
                # "a 540p-a-share offer", "a 612.5c-a-share dividend": pence or cents by the share
                q.kind, q.unit, q.has_unit = "money", "pence" if sl[0] == "p" else "cents", True
                q.b, q.ce = j + 1, S[j] + 1
                return True
            elif sl == "in" and (
                (self.lw(q.a - 1) in ("ft", "feet", "foot") and self.spaced(q.a - 1, q.a))
                or self.lw(q.a - 1) == "(" or not q.integral
                or (j + 1 < self.n and self.K[j + 1] == "w" and self.T[j + 1].islower() and self.L[j + 1] not in X.STOP_AFTER)
            ):
                # "6ft 2in", "150mm (6in)", "a 6.9in display": inches.
                q.kind, q.unit, q.has_unit, q.b = "measure", "in", True, j + 1
                return True
            elif "-" in sl and sl.split("-", 1)[1] in MEASURE_ADJ and (
                (sl.split("-", 1)[0],) in X.MEASURE_UNITS or (sl.split("-", 1)[0],) in X.ATTACHED_ONLY_UNITS
            ):
                # "a 3m-high wall", "a 40km-long queue": the unit is the part before the hyphen.
                head = T[j].split("-", 1)[0]
                q.kind, q.unit, q.has_unit = "measure", head, True
                q.b = j + 1
                q.ce = S[j] + len(head)
                return True
            else:
                return False
        if money:
            q.kind = "money"
            q.unit = money
            q.has_unit = True
            self.per_unit(q)
            return True
        if j >= self.n or L[j] not in _UNIT_OR_DASH:
            # No percent, currency, measure or hyphenated compound: what follows is a noun.
            self.count_noun(q)
            self.rate_base(q)
            return True
        if L[j] in _PERCENT_HEADS:
            k, unit = self.match(j, X.PERCENT_UNITS)
        else:
            k, unit = 0, None
        # A dash glued on both sides: "a 5-percent rise", "a 200-metre wall".
        dashed = j + 1 < self.n and T[j] in DASHES and self.att(j - 1, j) and self.att(j, j + 1)
        if not k and dashed:
            k2, unit2 = self.match(j + 1, X.PERCENT_UNITS)
            if k2:
                k, unit = k2 + 1, unit2
        if k:
            q.kind = "percent"
            q.unit = unit
            q.b = j + k
            q.has_unit = True
            return True
        if j < self.n and L[j] in _CURRENCY_AFTER_WORDS and self.currency_after(q, j):
            return True
        # Measures, including hyphenated adjectives ("a 200-metre wall", "20-year-old").
        jj = j
        if dashed:
            jj = j + 1
            if L[jj] in AGE_SUFFIXES:
                q.kind = "measure"
                q.unit = AGE_SUFFIXES[L[jj]]
                q.b = jj + 1
                q.has_unit = True
                return True
        if jj < self.n and L[jj] in _MEASURE_HEADS:
            k, unit = self.match(jj, X.MEASURE_UNITS)
        else:
            k = 0
        if k:
            q.kind = "measure"
            q.unit = self.text[S[jj]:E[jj + k - 1]]
            q.b = jj + k
            q.has_unit = True
            if L[q.b - 1] in ("years", "yrs") and self.lw(q.b) == "old":
                q.b += 1
                q.unit = "years"
            return self.after_measure(q)
        if jj != j:
            # "a 10-member panel": count of the compound's noun; skip "3-point", "two-way".
            w = L[jj]
            if w == "time" and q.value is not None and q.value >= 2 and q.integral:
                q.unit, q.b, q.has_unit = "times", jj + 1, True  # "a 3-time champion"
                return True
            if K[jj] == "w" and self.currency_compound(q, _hyphen_head(w)):
                q.b = jj + 1
                return True
            if w == "point" and self.lw(jj + 1) in _MARGIN_NOUNS and q.value != 1:
                q.unit, q.b, q.has_unit = "points", jj + 1, True  # "a 17-point lead"
                return True
            if K[jj] == "w" and (w in COMPOUND_SKIP or w.split("-")[0] in COMPOUND_SKIP):
                return False
            if K[jj] == "w" and w not in X.STOP_AFTER:
                if q.value is not None and q.value == 1:
                    return False
                q.unit = w
                q.b = jj + 1
                q.has_unit = True
                return True
            return True
        self.count_noun(q)
        self.rate_base(q)
        return True

    def classify_compound(self, q: Quantity, leftover: list[str]) -> bool:
        """Hyphenated number words: "five-year-old", "four-day", "two-thirds", "ten-member"."""
        rest = "-".join(leftover)
        if rest in AGE_SUFFIXES:
            q.kind, q.unit, q.has_unit = "measure", AGE_SUFFIXES[rest], True
            return True
        if rest in ("percent", "per-cent"):
            q.kind, q.unit, q.has_unit = "percent", "%", True
            return True
        if self.currency_compound(q, leftover[0]):
            return True
        if leftover[0] in FRACTIONS and q.value is not None and len(leftover) == 1:
            if self.lw(q.b) == "time":
                return False  # "at three-quarter time": a break in a match, not a share
            q.value = q.value * FRACTIONS[leftover[0]]
            q.kind = "count"
            q.integral = False
            self.fraction_of(q)
            return True
        if (leftover[0],) in X.MEASURE_UNITS:
            q.kind, q.unit, q.has_unit = "measure", leftover[0], True
            if rest in ("year-old",):
                q.unit = "years"
            return True
        if rest == "time" and q.value is not None and q.value >= 2:
            q.unit, q.has_unit = "times", True  # "three-time champion": three wins
            return True
        if rest == "point" and self.lw(q.b) in _MARGIN_NOUNS and q.value != 1:
            # "a seven-point lead", "a 10-point swing" ("a 10-point plan" and "a three-point shot" are no figures).
            q.unit, q.has_unit = "points", True
            return True
        if leftover[0] in COMPOUND_SKIP or (q.value == 1 and rest not in _PARTS_OF_A_HOME) or leftover[0] in X.STOP_AFTER:
            return False
        q.unit = leftover[0]
        q.has_unit = True
        return True

    def currency_compound(self, q: Quantity, word: str) -> bool:
        """A currency noun as the last part of a hyphenated figure ("a five-million-euro
        fine", "a 20-dollar bill", "a 50-cent coin") makes it money. "pound" and the other
        weak currency words are money only with a scale: "a 10-pound baby" weighs, "a
        5-million-pound fine" costs."""
        if word in X.SUBUNITS:
            q.kind, q.unit, q.has_unit = "money", X.SUBUNITS[word], True  # "a 50-cent coin"
            return True
        if word not in X.CURRENCY_WORDS or (word in X.WEAK_CURRENCY_WORDS and q.scale <= 1):
            return False
        code = X.CURRENCY_WORDS[word]
        q.kind, q.unit, q.has_unit = "money", code or word, True
        return True

    def after_measure(self, q: Quantity) -> bool:
        """Durations followed by "ago" or "earlier" are dates, not amounts ("a 71% fall from
        three years earlier"); "two hours later" measures the gap."""
        nxt = self.lw(q.b)
        if nxt == "per":
            self.rate_base(q)  # "0.21g per 100ml": the base joins the unit
            return True
        if nxt in ("before", "after") and self.K[q.b + 1:q.b + 2] == "w" and self.lw(q.b + 1) not in D.AGO_FOLLOWERS:
            # "45 minutes before the start" measures a gap; "two days before," dates.
            return True
        if (
            q.unit and q.unit.lower() in X.DURATION_UNITS and nxt in D.AGO_WORDS and nxt != "later"
            and self.lw(q.b + 1) != "than"  # "four years earlier than planned" measures
            # "up from 9% three months earlier" dates the figure compared with; "registered only
            # 19 days earlier", "on as a substitute six minutes earlier" measure a gap, as "later" does
            and (
                nxt != "earlier" or "from" in self.L[max(0, q.a - 8):q.a]
                # "Three weeks earlier, the same gang had struck": a time the sentence opens at
                or (self.lw(q.b + 1) == "," and all(self.L[k] in _HEDGES_OPENING_A_TIME for k in range(q.a)))
            )
        ):
            q.kind = "date"
            q.value = None
            q.unit = None
            q.b += 1
        return True

    def rate_base(self, q: Quantity) -> bool:
        """A rate's base after the figure: "11.2 per 100,000", "17 deaths per 1,000 births".
        The base is no figure of its own; it joins the unit."""
        j = q.b
        L = self.L
        if not (j + 1 < self.n and L[j] == "per" and self.K[j + 1] == "n" and self.T[j + 1].replace(",", "").isdigit()):
            return False
        k = j + 2
        if k < self.n and self.T[k] == "-" and self.S[k] == self.E[k - 1]:
            return False  # "Rs 10-15 per 50-kg bag": the base is a bag, and its weight a figure of its own
        if k < self.n and self.K[k] == "w" and (
            (L[k],) in X.MEASURE_UNITS
            # "0.21g per 100ml": a unit glued to the base is the base's.
            or (self.S[k] == self.E[k - 1] and (L[k],) in X.ATTACHED_ONLY_UNITS)
            or (self.spaced(k - 1, k) and _is_plural(L[k], self.T[k]))
        ):
            k += 1
        base = self.text[self.S[j + 1]:self.E[k - 1]]
        q.unit = f"{q.unit} per {base}" if q.unit else f"per {base}"
        q.b = k
        q.has_unit = True
        return True

    def per_unit(self, q: Quantity) -> None:
        """"$71.10 per barrel", "$15 an hour", "$3/gallon", "11.2 per 100,000"."""
        if self.rate_base(q):
            return
        j = q.b
        L = self.L
        if j + 1 < self.n and L[j] in ("per", "a", "an", "/") and self.K[j + 1] == "w":
            noun = L[j + 1]
            if L[j] != "per" and self.lw(j + 2) in ("ago", "earlier", "later"):
                # "$1.4bn a year earlier": a date follows, not a rate.
                return
            if L[j] == "per" or noun in X.PER_UNITS:
                k = 2
                if noun in ("square", "cubic", "troy", "metric") and j + 2 < self.n and self.K[j + 2] == "w":
                    noun = noun + " " + L[j + 2]
                    k = 3
                q.unit = f"{q.unit} per {noun}"
                q.b = j + k

    def currency_after(self, q: Quantity, j: int) -> bool:
        L = self.L
        if j < self.n and L[j] in _CURRENCY_ADJ_HEADS:
            k, code = self.match(j, X.CURRENCY_ADJECTIVES, maxlen=2)
        else:
            k = 0
        if k and j + k < self.n and L[j + k] in X.CURRENCY_WORDS:
            q.kind, q.unit, q.has_unit = "money", code, True
            q.b = j + k + 1
            self.per_unit(q)
            return True
        if j < self.n:
            w = L[j]
            if self.T[j] in X.CURRENCY_CODES and (self.spaced(j - 1, j) or self.att(j - 1, j)):
                q.kind, q.unit, q.has_unit = "money", ("CNY" if self.T[j] == "RMB" else self.T[j]), True
                q.b = j + 1
                self.per_unit(q)
                return True
            if w in X.SUBUNITS or (w == "p" and self.att(j - 1, j) and self.K[j - 1] == "n"):
                q.kind, q.unit, q.has_unit = "money", X.SUBUNITS.get(w, "pence"), True
                q.b = j + 1
                return True
            if (
                w == "grand" and self.T[j] == "grand" and q.scale == 1 and q.value is not None and q.value < 1000
                and (self.K[j + 1:j + 2] != "w" or self.lw(j + 1) in _AFTER_A_SUM_SAID_GRAND)
            ):
                # "we still had to come up with eleven grand": thousands of the money of the copy
                # (not "two grand finals", "a grand total")
                q.value *= 1000
                q.scale *= 1000
                q.kind, q.unit, q.has_unit = "money", None, True
                q.b = j + 1
                return True
            if w in X.CURRENCY_WORDS:
                if w in X.WEAK_CURRENCY_WORDS:
                    nxt = self.lw(j + 1)
                    if w in ("pound", "pounds"):
                        if not (q.scale > 1 or nxt == "sterling") or nxt in ("of",):
                            return False
                    elif q.scale <= 1 or nxt in ("the", "a", "an", "by", "in", "over", "against", "their", "his", "her", "its", "and"):
                        return False
                code = X.CURRENCY_WORDS[w]
                q.kind, q.unit, q.has_unit = "money", code or self.L[j], True
                q.b = j + 1
                if self.lw(q.b) == "sterling":
                    q.b += 1
                self.per_unit(q)
                return True
        return False

    def count_noun(self, q: Quantity) -> None:
        """The counted noun phrase: lower-cased words up to and including the plural head."""
        T, L, K, S, E = self.T, self.L, self.K, self.S, self.E
        j = q.b
        if (
            j + 1 < self.n and q.kind == "count" and "-" in L[j] and _hyphen_head(L[j]) in RATE_STEPS
            and L[j + 1] in _RATE_MOVES and self.rate_step(j)
        ):
            # "two quarter-point cuts": how many cuts, and the size of each, a step of the rate.
            j += 1
        k = j
        words: list[int] = []
        singular = q.value == 1
        while k < self.n and len(words) < 4:
            if K[k] not in "wa":
                break
            # Each word must follow the one before it across a few blanks at most (see spaced).
            if k == 0 or S[k] - E[k - 1] > 8:
                break
            w = L[k]
            if w in X.SKIP_MODIFIERS and not words:
                words.append(k)
                k += 1
                continue
            if w in _NOUN_PHRASE_STOPS or (words and w in X.VERBS_IN_S):
                break
            if words and w in ("last", "next", "this") and self.lw(k + 1) in _WHEN_AFTER_LAST_OR_NEXT:
                break  # "one complaint last month": the noun, then a date of its own
            if w in NUMBER_WORDS and self.lw(k + 1) in X.DURATION_UNITS:
                break  # "up from 1,528 two weeks earlier": another figure, no noun of this one
            if "-" in w and _hyphen_head(w) in NUMBER_WORDS and _hyphen_head(w) not in SCALES and _figure_of_its_own(w):
                # "six four-storey blocks": a figure of its own, which the next reading takes; this
                # one counts the blocks.
                if not words and k + 1 < self.n and K[k + 1] == "w" and _is_plural(L[k + 1], T[k + 1]):
                    q.unit, q.has_unit = L[k + 1], True
                break
            if "'" in w and not w.endswith("s'"):
                break
            if _is_plural(w, T[k]):
                if words:
                    words.append(k)
                    kept = [L[x] for x in words if L[x] not in X.SKIP_MODIFIERS]
                    q.unit = " ".join(kept) if kept else w
                else:
                    q.unit = w  # the head alone ("20,000 people"), the commonest phrase
                q.b = k + 1
                q.has_unit = True
                return
            if w.endswith(("ed", "ing", "ly")) and w not in ("red", "bed", "king", "ring", "wing", "thing", "building", "family", "ally"):
                # "900 skilled miners" modifies; "900 died" ends the phrase.
                nk = k + 1
                if not (nk < self.n and K[nk] == "w" and self.spaced(k, nk) and L[nk] not in X.STOP_AFTER
                        and L[nk] not in ("last", "next", "this")  # ("one infant died last week": a verb)
                        and (_is_plural(L[nk], T[nk]) or (singular and not L[nk].endswith(("ed", "ly"))))):
                    break
            words.append(k)
            if singular and (k + 1 >= self.n or K[k + 1] not in "wa" or L[k + 1] in X.STOP_AFTER):
                break
            k += 1
        kept = [x for x in words if L[x] not in X.SKIP_MODIFIERS]
        if singular and kept and len(kept) <= 3:
            q.unit = " ".join(L[x] for x in kept)
            q.b = kept[-1] + 1
            q.has_unit = True

    def fraction_of(self, q: Quantity) -> None:
        """"two-thirds of voters" counts voters; "a quarter of a billion dollars" is $250m."""
        j = q.b
        if self.lw(j) == "of" and self.lw(j + 1) in ("a", "an") and self.lw(j + 2) in SCALES and q.value is not None:
            self.scaled_share(q, j + 2)
            return
        if self.lw(j) == "of":
            k = j + 1
            if self.lw(k) in ("the", "all", "its", "their", "his", "her", "our", "those", "these"):
                k += 1
            save = q.b
            q.b = k
            self.count_noun(q)
            if not q.has_unit:
                q.b = save
                # A share of one thing: "a third of the harvest".
                if k < self.n and self.K[k] == "w" and self.spaced(k - 1, k) and self.L[k] not in X.STOP_AFTER and "'" not in self.L[k]:
                    nk = k + 1
                    if nk >= self.n or self.K[nk] != "w" or self.L[nk] in X.STOP_AFTER or self.L[nk] in X.VERBS_IN_S:
                        q.unit, q.b, q.has_unit = self.L[k], k + 1, True

    def scaled_share(self, q: Quantity, j: int) -> None:
        """A share of the scale word at token j: "half a million people", "a quarter of a
        billion dollars", "three-quarters of a million pounds" (money when a currency follows)."""
        mult = 12 if self.L[j] == "dozen" else SCALES[self.L[j]]
        q.value *= mult
        q.raw = q.value
        q.scale = float(mult)
        q.b = j + 1
        if not (q.b < self.n and self.L[q.b] in _CURRENCY_AFTER_WORDS and self.currency_after(q, q.b)):
            self.count_noun(q)

    def ordinal_digits(self, q: Quantity, j: int) -> bool:
        """"1st", "21st"; "the 19th century" is a date, "5th of May" too."""
        q.b = j + 1
        if self.lw(q.b) in ("century", "centuries", "century's") or (
            self.lw(q.b) == "-" and self.lw(q.b + 1) in ("century",)
        ):
            q.kind = "date"
            q.value = None
            q.b = q.b + 1 if self.lw(q.b) != "-" else q.b + 2
            return True
        # Ordinals in names: "the 14th Amendment", "the 5th congressional district".
        if self.ordinal_in_name(q.b):
            return False
        if (
            q.value is not None and q.value <= 31 and self.lw(q.a - 1) == "the"
            and self.lw(q.a - 2) in _DAY_OF_MONTH_PREPOSITIONS and q.a - 1 >= self.floor
            and not (q.b < self.n and self.K[q.b] == "w" and self.spaced(q.b - 1, q.b))
        ):
            # "no ceasefire before the 15th": a day of the month.
            q.kind, q.value, q.a = "date", None, q.a - 1
            return True
        q.kind = "ordinal"
        return True

    def ordinal_in_name(self, j: int) -> bool:
        if j >= self.n or self.K[j] != "w" or not self.spaced(j - 1, j):
            return False
        if self.L[j] in X.ORDINAL_NAME_NOUNS:
            return True
        if not self.T[j][0].isupper() or self.title_case or self.L[j] in D.MONTHS:
            return False
        if (
            self.L[j] in _MATCH_FORMATS
            and any(w in _BEFORE_A_MATCH_FORMAT or w.endswith("'s") for w in (self.lw(j - 2), self.lw(j - 3)))
            # ("the 412th Test Wing": a unit's name; but "his 100th Test Saturday")
            and not (j + 1 < self.n and self.T[j + 1][:1].isupper() and self.L[j + 1] not in D.WEEKDAYS and self.L[j + 1] not in D.MONTHS)
        ):
            return False  # "playing only his 14th ODI", "the third Test": a match of a series or a career
        # "the 78th Venice Film Festival": the edition of an event is a claim; "42nd Street"
        # and "the 101st Airborne Division" are names.
        k = j
        while k < min(self.n, j + 6) and (self.T[k][0].isupper() or self.T[k] == "-"):
            if self.L[k] in _EVENT_NOUNS:
                return False
            k += 1
        if k > j and k < self.n and self.K[k] == "n" and self.spaced(k - 1, k) and self.T[k].isdigit() and len(self.T[k]) == 3:
            return False  # "the 71st Riverside 300": a race's edition
        # "his 31st Test century", "her 50th Premier League goal": a tally of a competition's feats;
        # "his 20th Origin match": of its contests, whose they are said (not "the 2nd Marine
        # Division match", a unit's)
        if k < self.n and self.L[k] in _CONTESTS_COUNTED:
            return not any((w in _BEFORE_A_MATCH_FORMAT and w != "the") or w.endswith("'s") for w in (self.lw(j - 2), self.lw(j - 3)))
        return not (k < self.n and self.L[k] in _FEATS_COUNTED)

    # ------------------------------------------------------------------ assembling
    def take_leading_qualifier(self, q: Quantity) -> None:
        """Extend the claim back over a hedge written before it ("about", "more than")."""
        a = q.a
        if a > 0 and self.L[a - 1] in _QUALIFIER_LENGTHS:
            qa, qual = self.qualifier_before(a)
            if qual:
                q.qualifier, q.a = qual, qa

    def qualifier_before(self, a: int) -> tuple[int, str | None]:
        L = self.L
        if a <= 0:
            return a, None
        lengths = _QUALIFIER_LENGTHS.get(L[a - 1])
        if lengths is None:
            return a, None
        room = min(4, a - max(self.floor, a - 4))
        for k in lengths:
            if k <= room:
                key = tuple(L[a - k:a])
                if key in X.QUALIFIERS:
                    if (
                        key == ("up", "to") and a - k > 0 and L[a - k - 1] in _MOVED_UP
                        and _CAPPED_NOUNS.isdisjoint(L[max(0, a - k - 8):a - k - 1])
                    ):
                        continue  # "went up to $225", "will go up to R25 a litre": where it moved, no cap
                    return a - k, X.QUALIFIERS[key]
        return a, None

    def direction_for(self, a: int, b: int) -> str | None:
        L = self.L
        k = a - 1
        stop = a - 5
        while k >= 0 and k > stop:
            w = L[k]
            if w in X.UP_WORDS:
                return "up"
            if w in X.DOWN_WORDS:
                return "down"
            if w in X.DIRECTION_GAP:
                k -= 1
                continue
            break
        n = self.n
        if b < n and L[b] == "-":
            b += 1
        if b < n:
            w = L[b]
            if w in X.UP_AFTER:
                return "up"
            if w in X.DOWN_AFTER:
                return "down"
        return None

    def trailing_qualifier(self, q: Quantity) -> None:
        j = q.b
        if j + 1 < self.n and self.T[j] in DASHES and self.L[j + 1] == "plus" and self.att(j - 1, j):
            q.b = j + 2
            q.qualifier = (q.qualifier + " " if q.qualifier else "") + "plus"
            return
        k, v = self.match(j, X.TRAILING_QUALIFIERS, maxlen=2)
        if k and (k > 1 or v in ("plus", "odd")) and self.spaced(j - 1, j):
            q.b = j + k
            q.qualifier = (q.qualifier + " " if q.qualifier else "") + v

    def single(self, i: int) -> Quantity | None:
        """A number with its currency and unit, without range handling."""
        a, money = self.currency_before(i)
        if self.K[i] == "n":
            q = self.digits_core(i, money is not None)
            leftover = None
            if q is not None and q.scale == 1.0 and q.b < self.n and (self.T[q.b] in DASHES or "-" in self.L[q.b]):
                leftover = self.hyphenated_scale(q, money is not None)
        else:
            r = self.word_core(i)
            if r is None:
                return None
            q, leftover = r
            if not leftover and self.lw(q.b) in FRACTIONS:
                leftover = self.fraction_after_words(q)
        if q is None:
            return None
        q.a = a - 1 if a == i and self.leading_point(i) else a
        if not self.classify(q, money, leftover):
            return None
        return q

    def range_tail(self, q: Quantity) -> tuple[Quantity | None, int]:
        """The second half of "10-15", "10 to 15", "between 10 and 15", "$2,500 to $4m"."""
        j = q.b
        if j >= self.n:
            return None, 0
        t = self.L[j]
        k = j + 1
        if (
            t in DASHES and self.lw(j + 1) == "to" and self.lw(j + 2) in DASHES
            and self.E[j] == self.S[j + 1] and self.E[j + 1] == self.S[j + 2]
        ):
            t, k = "to", j + 3  # "a 10-to-15-minute walk", "its 1-to-3-per-cent range": "to" glued by hyphens
        if t in DASHES:
            if q.kind == "count" and q.unit and self.S[j] > self.E[j - 1]:
                return None, 0  # "one in 10 patients – 158,721 people –": an aside, not a range
            conn = "dash"
        elif t == "to":
            conn = "to"
        elif t == "and" and (
            self.lw(q.a - 1) == "between"
            # "between the ages of 5 and 17"
            or (self.lw(q.a - 1) == "of" and self.lw(q.a - 2) == "ages" and self.lw(q.a - 3) == "the" and self.lw(q.a - 4) == "between")
        ):
            conn = "and"
        elif t == "or" and q.kind == "count" and not q.has_unit:
            conn = "or"
        else:
            return None, 0
        if k < self.n and self.T[k] in X.CURRENCY_SYMBOLS:
            k += 1
        elif k + 1 < self.n and self.L[k] in X.DOLLAR_PREFIXES and self.T[k + 1] == "$":
            k += 2
        elif q.kind == "money" and k + 1 < self.n and self.K[k] == "w":
            # A currency code or name at both ends: "from Rs 500 to Rs 5,000", "EUR 5 to EUR 8".
            num = k + 1 if self.K[k + 1] == "n" else k + 2
            if num < self.n and self.K[num] == "n" and self.currency_before(num) == (k, q.unit):
                k = num
        if k >= self.n:
            return None, 0
        if self.K[k] == "n":
            if self.yearlike(k) and not q.commas and self.yearlike(q.a if self.K[q.a] == "n" else q.a):
                return None, 0
        elif not (self.K[k] == "w" and (self.L[k] in NUMBER_WORDS or _hyphen_head(self.L[k]) in NUMBER_WORDS)):
            return None, 0
        if conn == "dash" and self.K[k] == "n" and k + 1 < self.n and self.T[k + 1] in DASHES and self.S[k + 1] == self.E[k]:
            return None, 0
        q2 = self.single(k)
        if q2 is None:
            return None, 0
        return q2, 1 if conn == "dash" else 2

    def merge_range(self, q: Quantity, q2: Quantity, conn: int) -> Quantity | None:
        v1, v2 = q.value, q2.value
        if v1 is None or v2 is None:
            return None
        if q.has_unit and q2.has_unit and q.kind != q2.kind:
            return None
        if (
            q.kind == "measure" and q.has_unit and q2.has_unit
            and ((q.unit or "").lower() in X.DURATION_UNITS) != ((q2.unit or "").lower() in X.DURATION_UNITS)
        ):
            return None  # "dropped over 12 months to 5,140 square kilometres": a time, then an area
        if q.has_unit and not q2.has_unit and not (q.kind == "money" and q2.kind == "count"):
            return None
        if q.scale == 1.0 and q2.scale != 1.0 and q.raw < q2.raw and q.kind in ("count", "money", "percent", "measure"):
            # "$5-6 million", "1.5 to 2 billion": the second scale covers both ends.
            if not q.has_unit or q.kind == "money":
                v1 = scaled(q.raw, q2.scale)
        short = self.high_end_by_its_decimals(q, q2) if conn == 1 else None
        if short is not None:
            v2 = short
        elif not v1 < v2:
            return None
        r = Quantity(q.a, q2.b, 0.0)
        r.value = None
        r.low, r.high = v1, v2
        if q2.has_unit:
            r.kind, r.unit = q2.kind, q2.unit
        else:
            r.kind, r.unit = q.kind, q.unit
        if q.kind == "money" and r.kind == "count":
            r.kind, r.unit = "money", q.unit
        r.has_unit = q.has_unit or q2.has_unit
        if q.kind == "ordinal" or q2.kind == "ordinal" or r.kind == "date":
            return None
        return r

    def high_end_by_its_decimals(self, q: Quantity, q2: Quantity) -> float | None:
        """"155.28-30 yen", "$1.0712-0713": a range whose high end is written by its decimals
        alone, as Japanese wires quote a currency's bid and offer (155.28 to 155.30)."""
        low, high = q.b - 1, q2.a
        while high < q2.b and self.K[high] != "n":
            high += 1
        if high >= q2.b or q.scale != 1.0 or q2.scale != 1.0 or self.S[high] != self.E[low] + 1:
            return None
        whole, point, decimals = self.T[low].partition(".")
        digits = self.T[high]
        if not point or len(decimals) < 2 or not 2 <= len(digits) <= len(decimals) or not digits.isdigit() or not decimals.isdigit():
            return None
        # the last decimals written again: "$1.0850-55" is 1.0850 to 1.0855
        kept = decimals[:len(decimals) - len(digits)]
        if int(digits) <= int(decimals[len(kept):]):
            return None
        return float(f"{whole.replace(',', '')}.{kept}{digits}")

    def range_of_a_movement(self, q: Quantity, q2: Quantity) -> bool:
        """"rise 10% to 15%", "fall by 20 to 30 per cent", "rising to 20% to 30%": a range
        of the movement, not a change and the level it reached ("rose 5% to $10bn", "grew by
        1.3 million to 67.4 million", "rose from 10% to 15%"). Read as a range when no "from"
        comes first and the two ends are of one size (the second under three times the first)
        or the movement already reached "to" the first."""
        before = self.lw(q.a - 2) if self.lw(q.a - 1) in _HEDGES_BEFORE_A_PRICE else self.lw(q.a - 1)
        if before == "from":
            return False  # (past a hedge: "rose from about $71 a month to $98")
        if before == "to":
            return True
        if (
            before == "by" and self.lw(q.a - 2) in _WON_OR_LOST and q.kind == q2.kind == "percent"
            and q.value is not None and q2.value is not None and 60 < q.value + q2.value <= 100
            # (not "lose by 44 percent to 49 percent of its value", a range; but "of the vote" is a result)
            and (self.lw(q2.b) != "of" or self.lw(q2.b + 1) in _SHARES_OF_A_VOTE or self.lw(q2.b + 2) in _SHARES_OF_A_VOTE)
        ):
            return False  # "would lose by 44 percent to 49 percent": a result, two sides' shares (not "lose by $20,000 to $30,000")
        v1, v2 = q.value, q2.value
        if v1 is None or v2 is None or not 0 < v1 < v2:
            return False
        if q.has_unit and q2.has_unit and (
            # (the rate the second end is per covers both: "by $50 to $100 a month")
            q.kind != q2.kind or (q.unit or "").split(" per ")[0] != (q2.unit or "").split(" per ")[0]
        ):
            return False
        return v2 < 3 * v1

    def score_of_a_game(self, i: int) -> int:
        """A score written in a game's own way, at token ``i``: an innings ("declared on 562 for
        seven", "48 for one at stumps"), a golfer's ("17 under par", "closed with a 65") or an
        Australian football side's ("14.12 (96)", goals and behinds and the points they make).
        Returns the token after it, or 0."""
        T, L, n = self.T, self.L, self.n
        tok = T[i]
        if (
            i + 3 < n and T[i + 1] == "(" and T[i + 3] == ")" and T[i + 2].isdigit()
            and _GOALS_AND_BEHINDS_RE.fullmatch(tok) is not None
            and not self.currency_before(i)[1] and not (i + 4 < n and L[i + 4] in SCALES)
        ):
            goals, behinds = map(int, tok.split("."))
            if int(T[i + 2]) == 6 * goals + behinds:
                return i + 4
        if not tok.isdigit() or len(tok) > 3:
            return 0
        if i + 2 < n and L[i + 1] == "for" and (
            L[i + 2] in _WICKETS_DOWN or (T[i + 2].isdigit() and int(T[i + 2]) <= 10)
        ) and (i + 3 == n or self.K[i + 3] != "w" or L[i + 3] in _AFTER_AN_INNINGS) and not _CRICKET_WORDS.isdisjoint(L) and (
            not self.currency_before(i)[1] and _WORDS_OF_A_PRICE.isdisjoint(L)
        ):
            # (not "paid 300 for four new bats for the cricket team", "tea at the cricket club is
            # £3 for two")
            return i + 3
        if i + 2 < n and L[i + 1] in ("under", "over") and L[i + 2] == "par" and int(tok) <= 40:
            return i + 3
        if (
            i >= 2 and L[i - 1] == "a" and 55 <= int(tok) <= 90 and L[i - 2] in _ROUND_OF_GOLF_VERBS
            # the score alone, before a preposition or a stop (not "posted a 62% rise", "a 60 minute
            # gap", "a 65-year-old greenkeeper")
            and (i + 1 == n or L[i + 1] in _AFTER_A_ROUND or (self.K[i + 1] == "s" and T[i + 1] not in "%-\u2010\u2011"))
            and not _GOLF_WORDS.isdisjoint(L)
        ):
            return i + 1
        return 0

    def looks_like_score(self, q: Quantity, q2: Quantity, conn: int) -> bool:
        if conn != 1 or q.has_unit or q.kind != "count":
            return False
        if not (q.integral and q2.integral and not q.commas and not q2.commas and q.scale == 1 and q2.scale == 1):
            return False
        if q2.has_unit and q2.kind != "count":
            return False
        if q.value is not None and q2.value is not None and q.value >= q2.value:
            return True
        if self.tally_after_a_motion(q, q2):
            return True
        if (
            (self.lw(q2.b) == "to" and self.score_pair_at(q2.b + 1) and self.lw(q.a - 1) != "from")
            or (self.lw(q.a - 1) == "to" and self.score_pair_at(q.a - 4) and self.lw(q.a - 5) != "from")
        ) and q.value is not None and q.value <= 9 and any(
            self.L[x] in X.SPORTS_WORDS or self.L[x] == "half-time" for x in range(max(0, q.a - 15), min(self.n, q2.b + 12))
        ):
            # "a 1-13 to 0-14 win": goals and points, one team's score to the other's (but "from
            # 20-25 to 30-35 pupils" are ranges)
            return True
        if q.a >= 1 and self.K[q.a - 1] == "w" and self.T[q.a - 1][0].isupper() and (
            self.score_pair_at(q.a - 4) or (q2.b < self.n and self.K[q2.b] == "w" and self.T[q2.b][0].isupper() and self.score_pair_at(q2.b + 1))
        ):
            return True  # a result line: "Limerick 2-24 Clare 0-25"
        if (self.lw(q.a - 1) == "," and self.won_game_at(q.a - 4)) or (self.lw(q2.b) == "," and self.won_game_at(q2.b + 1)):
            return True  # a game lost in a list of games: "21-17, 19-21, 21-15" (age bands "18-24, 25-34" all rise)
        lo, hi = max(0, q.a - 5), min(self.n, q2.b + 4)
        if (self.lw(q.a - 1) == "," and (self.lw(q.a - 2) == ")" or self.score_pair_at(q.a - 4))) or (
            self.lw(q2.b) == "," and self.score_pair_at(q2.b + 1)
        ) or (
            # without commas: "7-6 (7-4) 6-3 6-7 (5-7) 6-4", a set beside another or beside its
            # tiebreak in brackets (not "4-6 friendlies (2-3 at home)")
            not q2.has_unit and (
                self.score_pair_at(q.a - 3) or self.score_pair_at(q2.b)
                or (self.lw(q.a - 1) in ("(", ")") and self.score_pair_at(q.a - 4))
                or (self.lw(q2.b) == "(" and self.score_pair_at(q2.b + 1))
            )
        ):
            # a set in a list of sets: "won 7-6 (7/4), 3-6, 6-4, 6-7 (2/7), 6-3", the game further back
            lo, hi = max(0, q.a - 24), min(self.n, q2.b + 24)
        return any(self.L[x] in X.SPORTS_WORDS for x in range(lo, hi))

    def tally_after_a_motion(self, q: Quantity, q2: Quantity) -> bool:
        """"The amendment failed 4-5", "the motion was carried 7-2": a tally of votes right after
        the verb, the fewer first perhaps, where the sentence names what was voted on and no game
        is near (not "failed 2-3 tests", "the 9-4 favourite failed to fire")."""
        a = q.a
        if self.lw(a - 1) not in _BEFORE_A_LOSING_TALLY or q2.has_unit or _VOTED_ON.isdisjoint(self.L[:a]):
            return False
        if q2.b < self.n and self.K[q2.b] == "w" and self.L[q2.b] not in _AFTER_A_TALLY:
            return False
        return not any(self.L[x] in X.SPORTS_WORDS for x in range(max(0, a - 6), min(self.n, q2.b + 6)) if x != a - 1)

    def won_game_at(self, j: int) -> bool:
        """Whether a game's score, the winner's first ("21-17"), stands at token ``j``."""
        return (
            0 <= j and j + 2 < self.n and self.K[j] == "n" and self.T[j + 1] in DASHES and self.K[j + 2] == "n"
            and self.T[j].isdigit() and self.T[j + 2].isdigit() and len(self.T[j]) <= 2 and len(self.T[j + 2]) <= 2
            and int(self.T[j]) > int(self.T[j + 2])
        )

    def score_pair_at(self, j: int) -> bool:
        """Whether goals and points joined by a dash ("0-14") stand at token ``j``."""
        return (
            0 <= j and j + 2 < self.n and self.K[j] == "n" and self.T[j + 1] in DASHES and self.K[j + 2] == "n"
            and len(self.T[j]) == 1 and len(self.T[j + 2]) <= 2
        )

    def bowling_figures(self, q: Quantity, q2: Quantity, conn: int) -> bool:
        """Whether "4-32" gives a bowler's wickets and runs: after "figures of" or "took", or
        before "off 9.2 overs"."""
        if conn != 1 or q.has_unit or q2.has_unit or q.kind != "count" or q2.kind != "count":
            return False
        if not (q.integral and q2.integral and q.value is not None and q2.value is not None and 0 <= q.value <= 10 <= q2.value):
            return False
        before = self.lw(q.a - 1)
        if before in ("took", "returned", "claimed", "finished", "ended") or (before == "of" and self.lw(q.a - 2) == "figures"):
            return True
        j = q2.b
        if self.lw(j) not in ("off", "from", "in"):
            return False
        j += 2 if self.lw(j + 1) in ("his", "her", "their", "the", "its") else 1
        return j + 1 < self.n and self.K[j] == "n" and self.L[j + 1] in ("overs", "over")

    def change_before(self, a: int) -> bool:
        """"by X to Y" or "from X to Y" after a change verb in the same clause: a change and a
        level, or a before and an after, never a range ("cut prices from $40 to $25")."""
        L = self.L
        k = a - 1
        if k < 0 or L[k] not in ("from", "by"):
            return False
        if k >= 1 and L[k - 1] in _RANGE_BEFORE_FROM:
            return False  # "incomes of anywhere from £20,000 to £40,000", "rolls of from 200 to 400"
        # Up to ten words back: "an increase in the cost of a garden waste permit from".
        for x in range(k - 1, max(-1, k - 11), -1):
            w = L[x]
            if (w in _MOVES_OF_PLACE or w in _CHANGES_RIGHT_BEFORE_FROM) and "from" not in L[x + 1:x + 3]:
                # "is going to spend from $2bn to $3bn", "moving into homes that cost from",
                # "improved for patients from 40 to 60 years old": no change
                continue
            if w in X.CHANGE_VERBS or w in X.UP_WORDS or w in X.DOWN_WORDS:
                return w not in ("up", "down", "higher", "lower")
            if w in (",", ";", ":", ".", "and", "but", "while", "with", "where", "range", "ranges", "ranged", "ranging", "between"):
                return False
        return False

    def day_range(self, q: Quantity, q2: Quantity) -> bool:
        for x in (q, q2):
            if x.kind != "count" or x.has_unit or not x.integral or x.value is None or not 1 <= x.value <= 31:
                return False
            if x.scale != 1.0 or x.commas:
                return False
        return bool(self.month_at(q2.b, strict=False)) and self.spaced(q2.b - 1, q2.b)

    def vote_context(self, a: int, b: int) -> bool:
        L = self.L
        lo, hi = max(0, a - 5), min(self.n, b + 4)
        window = L[lo:hi]
        return any(w in X.VOTE_WORDS for w in window) and not any(w in X.SPORTS_WORDS for w in window)

    def quantity_at(self, i: int) -> int:
        q = self.single(i)
        L, K, n = self.L, self.K, self.n
        digits = K[i] == "n"
        if q is None:
            return self.skip_identifier(i) if digits else i + 1
        if digits and q.a == i and i > 0 and L[i - 1] in _SIGN_OR_UNIT_BEFORE:
            self.sign_and_prefix_unit(q, i)
        if q.kind in ("ordinal", "date"):
            if q.kind == "ordinal":
                q.unit = None
            self.emit(q)
            return q.b
        nxt_word = L[q.b] if q.b < n else ""
        # Ratios and ranges need one of a few next words; most figures are followed by none.
        if nxt_word in _RANGE_OR_RATIO:
            is_ratio = q.kind == "count" and not q.has_unit and (
                nxt_word in ("in", "out") or (nxt_word == "-" and self.lw(q.b + 1) == "in")
            ) and self.ratio(q)
            q2, conn = self.range_tail(q) if not is_ratio else (None, 0)
            if not is_ratio and not digits and not self.word_count_ok(q, i) and not (
                # "one to two metres": "one" opens a range of a measure, which counts no thing
                q2 is not None and q2.has_unit and q2.kind in ("measure", "money", "percent")
            ):
                return q.b
            if is_ratio:
                q2, conn = self.range_tail(q)
            if q2 is not None:
                if self.day_range(q, q2):
                    # "from 3 to 7 August", "3-7 August": a span of days, one date.
                    a = q.a - 1 if self.lw(q.a - 1) in ("from", "between") and conn == 2 else q.a
                    return self.date(a, self.year_after(self.month_at(q2.b, strict=False)))
                if self.bowling_figures(q, q2, conn):
                    # "figures of 4-32 off 9.2 overs": four wickets for 32 runs, two counts.
                    q.unit, q2.unit = "wickets", "runs"
                    self.emit(q)
                    self.emit(q2)
                    return q2.b
                if self.looks_like_score(q, q2, conn):
                    if self.vote_context(q.a, q2.b) or self.tally_after_a_motion(q, q2):
                        # "voted 52-48": a tally of two counts, for and against.
                        self.emit(q)
                        self.emit(q2)
                    self.floor = max(self.floor, q2.b)
                    return q2.b
                # "rose from 10% to 15%", "grew by 1.3 million to 67.4 million": a change and a level
                # (read past a hedge: "raising the allocation from about Sh2.2 billion to Sh4.8 billion").
                lead = self.qualifier_before(q.a)[0] if q.a > 0 and L[q.a - 1] in _QUALIFIER_LENGTHS else q.a
                from_dir = conn == 2 and L[q.b] == "to" and (
                    self.direction_for(lead - 1 if self.lw(lead - 1) == "from" else lead, lead) is not None
                    or self.change_before(lead)
                    # "raised the price of its plan by $2 to $17.99": by how much, and to what (but
                    # "punishable by 10 to 30 years" is a range of sentences)
                    or (self.lw(lead - 1) == "by" and self.lw(lead - 2) not in ("punishable", "punished"))
                    # "a cut of 0.25 percentage points to 4 per cent": a change in points, then the
                    # level in per cent (but "a rise of 28cm to 101cm" may be a range)
                    or (
                        self.lw(q.a - 1) == "of" and q.unit != q2.unit
                        and (self.lw(q.a - 2) in X.CHANGE_VERBS or self.lw(q.a - 2) in X.UP_WORDS or self.lw(q.a - 2) in X.DOWN_WORDS)
                    )
                ) and not self.range_of_a_movement(q, q2)
                r = None if from_dir else self.merge_range(q, q2, conn)
                if r is not None:
                    if self.lw(r.a - 1) in ("between", "from") and conn == 2:
                        r.a -= 1
                    q = r
        elif not digits and not self.word_count_ok(q, i):
            # "one" as a pronoun: only the word is passed over, since what follows it is no unit
            # of it and may be a figure or a date of its own ("sent one last month")
            return i + 1
        if q.kind == "count" and not q.has_unit:
            if q.a > 0 and (L[q.a - 1] in ("aged", "ages", "age") or (L[q.a - 1] in ("was", "is", "now") and self.stated_age(q, q.a))):
                q.kind, q.unit = "measure", "years"
            elif q.value is not None and q.value == 0:
                return q.b
        a = q.a
        # Hedges, trailing hedges and movement words are rare beside a figure: each is
        # looked for only when the word on its side could start or end one.
        if a > 0 and L[a - 1] in _QUALIFIER_LENGTHS:
            self.take_leading_qualifier(q)
            a = q.a
        b = q.b
        movement_after = False
        if b < n and L[b] in _AFTER_FIGURE:
            if L[b] in _TRAILING_HEADS or self.T[b] in DASHES:
                self.trailing_qualifier(q)
                b = q.b
            movement_after = b < n and L[b] in _DIRECTION_AFTER
        if movement_after or (a > 0 and L[a - 1] in _DIRECTION_BEFORE):
            q.direction = self.direction_for(a, b)
        self.emit(q)
        return q.b

    def ratio(self, q: Quantity) -> bool:
        """"1 in 5 adults", "one out of three children": one claim, valued as the share it states (0.2)."""
        j = q.b
        k = j + 1
        hyphened = (
            # "a 1-in-20 chance", "a 1-in-100-year flood": the odds in one word
            j + 3 < self.n and self.T[j] == "-" and self.L[j + 1] == "in" and self.T[j + 2] == "-"
            and self.S[j] == self.E[j - 1] and self.att(j, j + 1) and self.att(j + 1, j + 2) and self.att(j + 2, j + 3)
        )
        if hyphened:
            k = j + 3
        elif self.lw(j) == "out" and self.lw(j + 1) == "of":
            k = j + 2
        elif self.lw(j) != "in":
            return False
        if k >= self.n:
            return False
        if self.K[k] == "n" and "." not in self.T[k] and not self.yearlike(k):
            if k + 1 < self.n and self.S[k + 1] == self.E[k] and self.L[k + 1] in ORDINAL_SUFFIXES:
                return False  # "kicks four in 200th game": the game is a rank, not the whole
            q2 = self.digits_core(k, False)
        elif self.K[k] == "w" and (self.L[k] in SMALL or self.L[k] in TENS or self.L[k] in ("hundred", "thousand", "million")):
            r = self.word_core(k)
            q2 = r[0] if r and not r[1] else None
        else:
            return False
        if q2 is None or q.value is None or q2.value is None or not q.value < q2.value:
            return False
        if hyphened and q2.b + 1 < self.n and self.T[q2.b] == "-" and self.att(q2.b - 1, q2.b) and self.att(q2.b, q2.b + 1):
            if self.L[q2.b + 1] in SCALES:
                q2.value *= SCALES[self.L[q2.b + 1]]  # "1-in-14-million odds"
            q2.b += 2  # "a 1-in-100-year flood": the odds of it in any year
        if not hyphened and q.value != 1 and q2.b < self.n and (
            self.L[q2.b] in X.DURATION_UNITS or self.L[q2.b] in _OUTINGS
            or (q2.b + 1 < self.n and self.L[q2.b + 1] in _OUTINGS and self.K[q2.b] == "w" and self.T[q2.b].islower())
        ):
            # "down to nine in 20 months", "19 in 25 league games": a count, then how long or in
            # how many games (but "one in five years" is how often)
            return False
        self.count_noun(q2)
        # Valued as the share it states: "1 in 4 adults" is 0.25 of adults.
        q.value = q.value / q2.value
        q.integral = False
        q.unit = q2.unit
        q.b = q2.b
        q.has_unit = True
        return True

    def sign_and_prefix_unit(self, q: Quantity, i: int) -> None:
        """Minus signs ("-5C", "minus 40 degrees") and units written first ("magnitude 7.8")."""
        p = i - 1
        if p >= self.floor and self.T[p] in ("-", "\u2212", "\u2013") and self.E[p] == self.S[i] and (
            p == 0 or (self.S[p] > self.E[p - 1] and (self.T[p] != "\u2013" or self.K[p - 1] != "n"))
        ) and q.value is not None:
            q.value = -q.value
            q.raw = -q.raw
            q.a = p
            if q.kind == "count" and not q.has_unit and self.T[q.b:q.b + 1] in (["C"], ["F"]) and self.spaced(q.b - 1, q.b):
                # "around \u201324 C", as Canadian copy writes a temperature below zero.
                q.kind, q.unit, q.has_unit = "measure", self.T[q.b], True
                q.b += 1
        elif p >= self.floor and self.L[p] == "minus" and q.value is not None and not (
            self.lw(p - 1) == "or" and self.lw(p - 2) == "plus"
        ):
            q.value = -q.value
            q.raw = -q.raw
            q.a = p
        if not q.has_unit and p >= self.floor and p >= 0 and self.L[p] in ("magnitude", "richter") and q.kind == "count":
            q.kind, q.unit, q.has_unit, q.a = "measure", "magnitude", True, p
        elif not q.has_unit and q.kind == "count" and self.lw(i - 1) in ("aged", "ages", "age"):
            q.kind, q.unit = "measure", "years"

    def stated_age(self, q: Quantity, i: int) -> bool:
        """A person's age given bare: "She was 89.", "he is 52 and lives ...", "Dean, now 94,"."""
        if not (q.b == i + 1 and q.integral and q.value is not None and 1 <= q.value <= 125):
            return False
        if self.lw(i + 1) not in _AFTER_A_STATED_AGE:
            return False
        verb = self.lw(i - 1)
        if verb in ("was", "is"):
            return self.lw(i - 2) in ("he", "she", "who")
        # "now": only after a name or a person ("Dean, now 94", not "The price, now 94").
        p = i - 3
        return (
            verb == "now" and self.lw(i - 2) == "," and p >= 0 and self.K[p] == "w"
            and (self.T[p][0].isupper() or self.L[p] in X.PERSON_NOUNS)
        )

    def word_count_ok(self, q: Quantity, i: int) -> bool:
        """"one" is a count only when it plainly counts something ("one person")."""
        w = self.L[i]
        if w not in ("one", "zero") and not w.startswith(("one-", "zero-")):
            return True
        if not q.integral:
            # "one and a half", "one-third of voters": a fraction is a figure, never the pronoun.
            return True
        if w.startswith("one-") or w.startswith("zero-"):
            # (but "a one-bedroom flat" counts its rooms, as "a two-bedroom flat" does)
            return q.has_unit and (q.kind != "count" or w[4:] in _PARTS_OF_A_HOME)
        prev = self.lw(i - 1)
        nxt = self.lw(i + 1)
        if prev == "only" and self.lw(i - 2) not in _BEFORE_ONLY_ONE_AS_A_PRONOUN and q.has_unit and nxt not in X.ONE_NOT_COUNT:
            return True  # "only one person was hurt" counts; "the only one of them", "not only one" do not
        if prev in X.ONE_NOT_AFTER or nxt in X.ONE_NOT_COUNT or (nxt == "voice" and prev == "with"):
            return False  # ("spoke with one voice", but "passed with just one voice against")
        if self.lw(i + 2) == "or" and (self.lw(i + 3) == "another" or (self.lw(i + 3) == "the" and self.lw(i + 4) == "other")):
            return False  # "in one form or another", "one side or the other": any, not one
        if q.kind != "count":
            return True
        if w == "zero":
            return q.has_unit
        # "Attendance reached one thousand and twenty-two.": more than the word, a number in words.
        return q.has_unit or (q.b > i + 1 and q.value is not None and q.value > 1)

    # ------------------------------------------------------------------ word triggers
    def names_follow_a_position(self, j: int) -> bool:
        """Whether a rugby position ends at token ``j`` - 1: a name or its coach follows ("first
        five-eighth Tane Walker", "first five-eighths Richie Mo'unga and ...", "first five-eighths
        coach"), not a share of a race or a loan ("the first five-eighths in 50 seconds")."""
        return j < self.n and self.K[j] == "w" and (self.T[j][0].isupper() or self.L[j] == "coach")

    def on_num(self, i: int) -> int:
        w = self.L[i]
        if w in SMALL and i + 3 < self.n and self.T[i + 1] in DASHES and self.L[i + 2] == "to" and self.words_suspended_range(i):
            return i + 4
        hour = SMALL.get(self.lw(i + 2), 0)
        if self.lw(i + 1) == "o'clock" and 1 <= SMALL.get(w, 0) <= 12:
            return self.date(i, i + 2)  # "by nine o'clock"
        if (
            self.lw(i + 1) in ("past", "to") and w in ("five", "ten", "twenty", "twenty-five") and 1 <= hour <= 12
            and not (i + 3 < self.n and self.K[i + 3] == "w" and _is_plural(self.L[i + 3], self.T[i + 3]))
            and not (self.lw(i + 1) == "to" and self.lw(i - 1) in _BEFORE_A_VOTE_TALLY and self.vote_context(i, i + 3))
        ):
            # "ten past six", "twenty to nine"; not "ten to twelve people", nor a vote "by five to four"
            return self.date(i, i + 3)
        if 1 <= SMALL.get(w, 0) <= 12 and self.lw(i - 1) in _BEFORE_AN_HOUR and (
            self.in_the_day_part(i + 1) or (self.lw(i + 1) == "at" and self.lw(i + 2) == "night")
        ):
            return self.date(i, i + 4 if self.lw(i + 1) == "in" else i + 3)  # "leaves home at five in the morning", "until two at night"
        if w == "one" and self.lw(i - 1) == "in" and self.lw(i + 1) == "go":
            return i + 2  # "a 40 per cent rise in one go": at once, no count
        if self.lw(i - 1) == "so-called":
            return i + 1  # "the so-called three-axis system": a name, as the copy says
        if w in _FIVE_EIGHTHS and self.lw(i - 1) in ("first", "second") and self.names_follow_a_position(i + 1):
            return i + 1  # "first five-eighth Tane Walker": a position in rugby, as New Zealand names it
        head = _hyphen_head(w)
        if head in ("one",) and w != "one" and w.split("-")[1] not in NUMBER_WORDS:
            # "one-time", "one-off", "one-sided": never figures; "one-third" is a fraction.
            rest = w.split("-", 1)[1]
            if rest in _ONE_UNIT_OF_TIME and not (rest == "day" and self.lw(i + 1) in _ONE_DAY_FORMATS):
                return self.quantity_at(i)  # "a one-minute call", "a one-year contract": a length of 1
            if rest in _PARTS_OF_A_HOME:
                return self.quantity_at(i)  # "a one-bedroom flat", "a one-storey house": as "a two-bedroom flat"
            if rest.split("-")[0] not in FRACTIONS and not rest.startswith("and-a-"):
                return i + 1
        # Numbers inside names are not figures: "Formula One", "Air Force One", "News at Ten".
        if self.T[i][0].isupper() and not self.is_clause_start(i) and not self.title_case:
            return i + 1
        if w == "one" and self.unnamed_speaker_after(i):
            return i + 1
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in ORDINALS:
            return self.on_ord(i)
        return self.quantity_at(i)

    def unnamed_speaker_after(self, i: int) -> bool:
        """Whether "one" at i opens an unnamed source, who speaks: "one delegate said", "One
        senior industry figure, who asked not to be named, told the Guardian". No figure."""
        j = i + 1
        while j < min(self.n, i + 5) and self.K[j] == "w" and not self.speaks_at(j) and self.L[j] != "who":
            if self.L[j] in ("in", "of", "out") or self.L[j] in NUMBER_WORDS:
                return False  # "one in five said": a share
            j += 1
        if j == i + 1 or j >= self.n:
            return False
        if self.speaks_at(j) or (self.T[j] == "," and self.lw(j + 1) == "who"):
            return True
        if (self.T[j] == "," or self.L[j] == "who") and self.T[i] == "One":
            # "One Labour MP who voted against the bill said", "One Liberal MP, also speaking
            # privately, said": a sentence opened by a source, whose verb of speech comes after
            # a clause about them
            for k in range(j + 1, min(self.n, j + 24)):
                if self.T[k] in (".", "!", "?", ";", "\"", "\u201c", "\u201d"):
                    return False
                if self.speaks_at(k) and (self.L[j] == "who" or (self.T[k - 1] == "," and k - 1 > j)):
                    return True  # (not "One person was killed, said a police spokesman": a count)
        return False

    def speaks_at(self, j: int) -> bool:
        """A verb of speech at j: "said", "asked", "put it" ("As one commuter put it"); not
        "asked for" or "asked to", a request ("Just one councillor asked for a delay")."""
        if self.L[j] in ("asked", "asks"):
            return self.lw(j + 1) not in ("for", "to")
        return self.L[j] in X.SPEECH_VERBS or (self.L[j] in ("put", "puts") and self.lw(j + 1) == "it")

    def on_scale(self, i: int) -> int:
        """"a dozen schools", "a hundred people", "a million dollars", "the top hundred"."""
        if self.lw(i - 1) == "top" and self.L[i] in ("hundred", "thousand", "dozen") and i - 1 >= self.floor:
            q = Quantity(i, i + 1, 12.0 if self.L[i] == "dozen" else float(SCALES[self.L[i]]))
            self.count_noun(q)
            self.emit(q)
            return q.b
        if self.lw(i - 1) not in ("a", "an") or i - 1 < self.floor:
            return i + 1
        r = self.word_core(i, a_prefix=True)
        if r is None:
            return i + 1
        q, leftover = r
        if not self.classify(q, None, leftover):
            return q.b
        return self.emit_hedged(q, trailing=True)

    def emit_hedged(self, q: Quantity, trailing: bool = False) -> int:
        """Emit a figure with the hedge before it (and after it, if ``trailing``) and the
        movement around it; returns the token where the scan goes on."""
        self.take_leading_qualifier(q)
        if trailing:
            self.trailing_qualifier(q)
        q.direction = self.direction_for(q.a, q.b)
        self.emit(q)
        return q.b

    def on_vague(self, i: int) -> int:
        """"thousands of demonstrators", "tens of thousands of dollars", "hundreds were hurt"."""
        w = self.L[i]
        if w not in X.VAGUE_PLURALS:
            return self.vague_compound(i)
        low, high = X.VAGUE_PLURALS[w]
        j = i + 1
        if w == "tens" or w in ("dozens", "hundreds", "scores"):
            if self.lw(j) == "of" and self.lw(j + 1) in X.VAGUE_PLURALS and self.lw(j + 1) not in ("dozens", "scores", "tens"):
                big = X.VAGUE_PLURALS[self.lw(j + 1)][0]
                low, high = low * big, high * big
                j += 2
            elif w == "tens":
                return i + 1
        if w == "scores" and self.lw(j) != "of":
            return i + 1
        if (
            self.T[i][0].isupper() and not self.is_clause_start(i) and not self.title_case
            # (but "(PNS) Thousands of rubber farmers", after an agency's dateline, counts)
            and not (self.lw(j) == "of" and j + 1 < self.n and self.T[j + 1][:1].islower() and i >= 1 and self.T[i - 1] == ")")
        ):
            return i + 1
        q = Quantity(i, j, 0.0)
        q.kind = "vague"
        q.value = None
        q.low, q.high = float(low), float(high)
        if self.lw(j) == "of":
            k = j + 1
            if self.lw(k) in ("the", "their", "its", "his", "her", "our", "those", "these"):
                k += 1
            kk, code = self.match(k, X.CURRENCY_ADJECTIVES, maxlen=2)
            if kk and self.lw(k + kk) in X.CURRENCY_WORDS:
                q.unit = code
                q.b = k + kk + 1
            elif self.lw(k) in X.CURRENCY_WORDS and self.lw(k) not in X.WEAK_CURRENCY_WORDS:
                q.unit = X.CURRENCY_WORDS[self.lw(k)] or self.lw(k)
                q.b = k + 1
            elif self.lw(k) in ("pounds",) and self.lw(k + 1) != "of":
                q.unit = "GBP"
                q.b = k + 1
            else:
                save = q.b
                q.b = k
                self.count_noun(q)
                if not q.has_unit:
                    mk, unit = self.match(k, X.MEASURE_UNITS)
                    if mk:
                        q.unit = self.text[self.S[k]:self.E[k + mk - 1]]
                        q.b = k + mk
                    else:
                        q.b = save
        return self.emit_hedged(q)

    def on_few(self, i: int) -> int:
        """"several hundred", "a few thousand", "a couple of dozen"."""
        w = self.L[i]
        a = i
        if w in ("few", "couple"):
            if self.lw(i - 1) not in ("a",):
                return i + 1
            a = i - 1
        j = i + 1
        if w == "couple" and self.lw(j) == "of":
            j += 1
        s = self.lw(j)
        if s not in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
            return i + 1
        mult = 12 if s == "dozen" else SCALES[s]
        lo, hi = X.VAGUE_FEW[w]
        q = Quantity(a, j + 1, 0.0)
        q.kind = "vague"
        q.value = None
        q.low, q.high = float(lo * mult), float(hi * mult)
        k = j + 1
        if self.lw(k) == "of":
            k += 1
        kk, code = self.match(k, X.CURRENCY_ADJECTIVES, maxlen=2)
        if kk and self.lw(k + kk) in X.CURRENCY_WORDS:
            q.unit, q.b = code, k + kk + 1
        elif self.lw(k) in X.CURRENCY_WORDS and self.lw(k) not in X.WEAK_CURRENCY_WORDS:
            q.unit, q.b = X.CURRENCY_WORDS[self.lw(k)] or self.lw(k), k + 1
        else:
            save = q.b
            q.b = k
            self.count_noun(q)
            if not q.has_unit:
                q.b = save
        self.take_leading_qualifier(q)
        self.emit(q)
        return q.b

    def on_ord(self, i: int) -> int:
        """Ordinals and ranks: "second", "third-largest", "twenty-first"."""
        if self.L[i].startswith("quarter"):
            step = self.rate_step(i) or (self.L[i] == "quarter" and self.clock_fraction(i))
            if step:
                return step
        w = self.L[i]
        parts = w.split("-")
        value = ORDINALS.get(parts[0], 0 if parts[0] in FRACTIONS else None)
        used = 1
        if len(parts) > 1 and parts[0] in TENS and parts[1] in ORDINALS:
            value = TENS[parts[0]] + ORDINALS[parts[1]]
            used = 2
        if value is None:
            return i + 1
        rest = parts[used:]
        prev = self.lw(i - 1)
        nxt = self.lw(i + 1)
        if w == "second" and prev in ("a", "per") and i >= 2 and (self.K[i - 2] == "n" or (self.L[i - 2],) in X.MEASURE_UNITS):
            return i + 1  # "58km a second": a speed's time, no place
        if nxt in _FIVE_EIGHTHS and w in ("first", "second") and self.names_follow_a_position(i + 2):
            return i + 2  # "first five-eighth": a position in rugby, no place and no share
        # Capitalised mid-sentence ordinals belong to names: "First Lady", "Second World War".
        if self.T[i][0].isupper() and not self.is_clause_start(i) and not self.title_case:
            return i + 1
        if self.T[i][0].isupper() and self.is_clause_start(i) and (
            nxt in (",",) or (w == "first" and nxt in _AFTER_FIRST_AS_AN_ADVERB)
        ):
            return i + 1  # "First, ...", "First I will buy my parents a house": the order of things, no rank
        if w == "first" and (prev == "at" or (nxt == "of" and self.lw(i + 2) == "all")):
            return i + 1
        if w == "first" and nxt in ("name", "names") and prev in _WHOSE_FIRST_NAME:
            return i + 1  # "only her first name": a kind of name, no rank (but "the first name change")
        if w == "first" and prev in _BE_BEFORE_AN_ADVERB and nxt in _FIRST_DONE:
            return i + 1  # "was first published", "were first reported": when, not a rank (but "was first placed")
        if (
            w == "first" and nxt in _FIRST_DONE and nxt != "placed" and prev not in _DETERMINERS
            and not prev.endswith(("'s", "\u2019s")) and self.K[i - 1:i] != "n"
        ):
            # "a plan, first announced in May", "which the Post first reported" (but "the first reported
            # case", "Bolivia's first elected female governor")
            return i + 1
        if (w, nxt) in _ORDINALS_OF_A_KIND or (len(parts) == 2 and (parts[0], parts[1]) in _ORDINALS_OF_A_KIND):
            return i + 1  # "a third party", "the sixth form", "third countries": a kind of thing, no rank
        if rest and rest[0] in ("home", "time") and value == 1 and self.lw(i + 1) not in ("in", "since"):
            return i + 1  # "first-home buyers", "first-time voters": a kind of buyer, no rank
        if not rest and self.ordinal_in_name(i + 1) and self.L[i + 1] in X.ORDINAL_NAME_NOUNS:
            return i + 1
        if w in ("second", "seconds") and (
            prev in ("a", "one", "per", "split", "every", "each", "the") and (nxt in ("", ",", ".", "later", "of", "per", "too", "to", "and", ";") or nxt.isdigit())
        ):
            if not (prev == "the" and nxt not in ("", ",", ".", ";")):
                return i + 1
        if rest and rest[0] in ("hand", "class", "rate", "guess", "guessing", "string", "tier", "time") and value <= 2:
            return i + 1
        if rest and rest[0] in ("degree",):
            return i + 1
        # Fractions: "a third of", "one third of".
        if not rest and parts[0] in FRACTIONS and prev in ("a", "one") and nxt == "of":
            q = Quantity(i - 1, i + 1, FRACTIONS[parts[0]])
            q.integral = False
            self.fraction_of(q)
            self.take_leading_qualifier(q)
            self.emit(q)
            return q.b
        if (
            not rest and parts[0] in FRACTIONS and nxt == "of" and prev.endswith("est") and len(prev) > 4
            and self.lw(i - 2) == "the" and parts[0] not in ("quarter", "quarters")
        ):
            # "the poorest tenth of households", "the richest fifth of earners": a share, ranked
            q = Quantity(i, i + 1, FRACTIONS[parts[0]])
            q.integral = False
            self.fraction_of(q)
            self.emit(q)
            return q.b
        # "about a third are children": a share, the subject of a plural verb, or of any verb
        # after a hedge ("nearly a quarter said"; but "and a third was disqualified" ranks).
        if (
            not rest and parts[0] in FRACTIONS and prev in ("a", "one") and i - 1 >= self.floor
            and (nxt in _PLURAL_VERBS or (nxt in _VERBS_AFTER_A_SHARE and self.lw(i - 2) in _QUALIFIER_LENGTHS))
        ):
            q = Quantity(i - 1, i + 1, FRACTIONS[parts[0]])
            q.integral = False
            return self.emit_hedged(q)
        # "rose by a third", "sales were down a fifth": the share by which something moved.
        if not rest and parts[0] in FRACTIONS and prev in ("a", "one"):
            direction = self.share_of_change(i - 1, i + 1)
            if direction is not None:
                return self.emit_share_of_change(i - 1, i + 1, FRACTIONS[parts[0]], direction)
        if not rest and parts[0] in FRACTIONS and prev in ("a", "one") and nxt in _SHARE_COMPARATIVES:
            # "a third less than last year", "a quarter cheaper": the share of the difference.
            return self.emit_share_of_change(i - 1, i + 1, FRACTIONS[parts[0]], _SHARE_COMPARATIVES[nxt])
        if (
            not rest and parts[0] in FRACTIONS and prev in ("a", "one") and i - 1 >= self.floor
            and self.qualifier_before(i - 1)[1] is not None and nxt not in _AFTER_A_FRACTION_NOT_A_SHARE
            and not (i + 1 < self.n and self.K[i + 1] == "w" and _is_plural(nxt, self.T[i + 1]))
        ):
            # "up from about a quarter in 2010", "less than a quarter funded": a hedged share
            # (not "nearly a quarter century", "about a third time").
            q = Quantity(i - 1, i + 1, FRACTIONS[parts[0]])
            q.integral = False
            return self.emit_hedged(q)
        if parts[0] in ("quarter", "quarters", "thirds"):
            return i + 1
        # Fiscal periods and centuries are dates: "the first quarter", "the 19th century".
        if not rest and nxt in D.FISCAL_PERIODS and parts[0] in D.FISCAL_ORDINALS:
            # "the first quarter", "the second half of 2027", "the first half of next year".
            b = i + 2
            if self.lw(b) == "of" and b + 1 < self.n:
                after = self.year_after(b + 1)
                if after > b + 1:
                    b = after
            return self.date(i, b)
        if len(rest) == 1 and rest[0] in D.FISCAL_PERIODS and parts[0] in D.FISCAL_ORDINALS:
            # "third-quarter profit", "first-half sales".
            return self.date(i, i + 1)
        if not rest and nxt in ("century", "centuries", "millennium"):
            return self.date(i, i + 2)
        if (
            not rest and nxt in ("period", "periods") and 1 <= value <= 3 and prev == "the" and self.lw(i + 2) != "of"
            and (not _PLAY_IN_A_PERIOD.isdisjoint(self.L) or _about_hockey(self.text))
        ):
            # "late in the third period": a part of a hockey game, as "the second half" is of a match
            return self.date(i - 1, i + 2)
        if w == "first" and not rest and prev == "the" and self.lw(i - 2) in ("in", "during", "over", "across"):
            b = self.opening_months(i + 1)
            if b:
                # "in the first nine months of the year": a period of the calendar, as "the first
                # quarter" is, and neither a rank nor a length of time.
                return self.date(i - 1, b)
        if not rest and nxt == "of" and (self.lw(i + 2) in D.MONTHS):
            j = self.year_after(i + 3)
            return self.date(i, j)
        if not rest and nxt in ("week", "weekend", "fortnight") and self.lw(i + 2) == "of":
            # "the first week of January", "the second week of 2025": a part of the calendar,
            # a date, not a rank.
            j = self.year_after(i + 4) if self.lw(i + 3) in D.MONTHS else self.year_after(i + 3)
            if j > i + 3:
                return self.date(i, j)
        q = Quantity(i, i + 1, float(value))
        q.kind = "ordinal"
        if rest and rest[0] in ("century",):
            return self.date(i, i + 1)
        qa, qual = self.qualifier_before(q.a)
        if qual and qual in ("only", "just", "nearly", "almost", "at least"):
            q.qualifier, q.a = qual, qa
        self.emit(q)
        return q.b

    def opening_months(self, j: int) -> int:
        """The end of "nine months of the year" (or "of 2025", "of this year") from the number
        at ``j``; 0 when no period of the calendar begins there."""
        if not (j + 1 < self.n and self.L[j + 1] == "months" and (
            self.L[j] in SMALL or (self.K[j] == "n" and self.T[j].isdigit() and int(self.T[j]) <= 11)
        )):
            return 0
        b = j + 2
        if self.lw(b) == "of":
            if self.lw(b + 1) in ("the", "this", "last", "next", "its", "their"):
                # "of the year", "of its financial year"
                y = b + 3 if self.lw(b + 2) in ("financial", "fiscal") else b + 2
                if self.lw(y) == "year":
                    return y + 1
            after = self.year_after(b + 1)
            return after if after > b + 1 else 0  # "the first 10 months of the war": a length of time
        return 0  # "in the first 18 months, the scheme will cost": a length of time, no calendar

    def names_a_train(self, j: int) -> bool:
        """Whether capitalised words from ``j`` end in the word of a train's name: "Lakeside
        Express", "Hill Country Mail"."""
        for k in range(j, min(self.n, j + 4)):
            if not self.T[k][:1].isupper():
                return False
            if self.L[k] in _TRAIN_NAME_ENDS:
                # (not "12000 Express readers": a paper's; but "the 14023 Lakeside Express was late")
                return not (
                    k + 1 < self.n and self.K[k + 1] == "w" and _is_plural(self.L[k + 1], self.T[k + 1])
                    and self.L[k + 1] not in ("trains", "services")
                )
        return False

    def rank(self, no_tok: int, i: int) -> int:
        """"No. 1": a rank; "No 10" the address in Downing Street; "No. 2:23-cv-01234" a case."""
        v = parse_digits(self.T[i])
        if v is None:
            return i + 1
        if i + 1 < self.n and self.S[i + 1] == self.E[i] and self.T[i + 1] not in (".", ",", ";", ")", "\u201d", '"', "'"):
            return self.skip_identifier(i)
        if self.lw(no_tok - 1) in ("signal", "signals") or "signal" in self.L[i + 1:i + 5] or (
            self.lw(no_tok - 1) in ("and", "or") and not {"signal", "signals"}.isdisjoint(self.L[max(0, no_tok - 5):no_tok])
        ):
            # "the No 8 signal", "Wind Signal No. 4", "Signals No. 2 and No. 1", "Signal No. 4 or No. 5":
            # a storm warning's level, as Hong Kong and the Philippines name it.
            self.floor = max(self.floor, i + 1)
            return i + 1
        if v == 10 and (
            self.lw(no_tok - 1) in ("at", "to", "into", "from", "in", "inside", "outside", "of", "by", "and", "leave", "left", "enter", "entered")
            or self.lw(i + 1) in X.NO10_FOLLOWERS
            or (i + 1 < self.n and self.K[i + 1] == "w" and self.T[i + 1][0].isupper() and self.L[i + 1] == "downing")
        ):
            self.floor = max(self.floor, i + 1)
            return i + 1
        if (
            self.lw(i + 1) in X.ID_KEYWORDS or self.lw(i + 1) in X.WORN_NUMBER_NOUNS
            or self.lw(no_tok - 1) in X.WORN_VERBS or self.lw(no_tok - 1) in X.WORN_NUMBER_NOUNS
            or self.lw(no_tok - 1) in _FILED_UNDER_A_NUMBER or self.lw(i + 1) in _CAR_MAKES
        ):
            # "the No 73 bus", "No 9 shirt", "who wears No. 23": a number that names a route or a
            # shirt; "Economic Case No. 9 of 2021" a file, "the No. 42 Chevrolet" a racing car.
            self.floor = max(self.floor, i + 1)
            return i + 1
        q = Quantity(no_tok, i + 1, v)
        q.kind = "ordinal"
        self.emit(q)
        return i + 1

    def share_of_change(self, a: int, b: int) -> str | None:
        """Whether the fraction in tokens a..b-1 ("a third", "half") is the share by which
        something moved: after "by" with a verb of change ("fell by a third", "cut the
        budget by about half"), or after "up"/"down" said of a subject ("profits were up a
        quarter"). Returns the direction ("up", "down" or "" when the verb gives none) or
        None when it is no share.

        Otherwise a fraction word is an ordinal ("followed by a third", "set up a third
        office"), and so it is when a noun follows ("hit by a third wave"): the share must
        end its phrase, before a preposition, a relative date or punctuation.
        """
        nxt = self.lw(b)
        if not self.phrase_ends_at(b):
            return None
        if nxt in ("a", "an", "past"):
            # "down half a point" measures points; "by half past nine" tells the time.
            return None
        k, _ = self.qualifier_before(a)  # "by about a third", "by more than half"
        k -= 1
        if k < 1:
            return None
        L, K = self.L, self.K
        before = L[k]
        if before == "by":
            # The verb may have its object between it and "by": "cut the arts budget by half".
            for v in range(k - 1, max(-1, k - 1 - MAX_OBJECT_WORDS - 1), -1):
                if K[v] != "w":
                    break
                verb = L[v]
                if verb in X.UP_WORDS:
                    return "up"
                if verb in X.DOWN_WORDS:
                    return "down"
                if verb in X.CHANGE_VERBS:
                    return ""
            return None
        if before in X.UP_WORDS and before not in _NOT_MOVEMENT_BEFORE_A_SHARE and K[k] == "w":
            return "up"  # "gold has gained more than a quarter this year", "rose a third"
        if before in X.DOWN_WORDS and before not in _NOT_MOVEMENT_BEFORE_A_SHARE and K[k] == "w":
            return "down"  # "lost a third", "fell a fifth"
        if before in ("up", "down"):
            # "set up a third", "shut down a third" are verbs with a particle: only a form of
            # "be" or a plural subject ("profits up a fifth") makes "up"/"down" a movement.
            subject = L[k - 1]
            if subject in BE_FORMS or (
                K[k - 1] == "w" and _is_plural(subject, self.T[k - 1]) and not subject.endswith(("ed", "ing"))
            ):
                return before
        return None

    def emit_share_of_change(self, a: int, b: int, share: float, direction: str) -> int:
        """Emit the share in tokens a..b-1 with its hedge ("by about a third") and direction."""
        q = Quantity(a, b, share)
        q.integral = False
        self.take_leading_qualifier(q)
        q.direction = direction or None
        self.emit(q)
        return q.b

    def rate_step(self, i: int) -> int:
        """A step of an interest rate or a yield, in percentage points: "a quarter point",
        "a quarter-point cut", "half a percentage point", "a quarter of a point". Returns the
        token after it, or 0."""
        L = self.L
        low = L[i]
        head = _hyphen_head(low)
        share = RATE_STEPS.get(head)
        if share is None:
            return 0
        a = i - 1 if self.lw(i - 1) == "a" and i - 1 >= self.floor else i
        if "-" in low:
            # "a quarter-point cut", "a half-percentage-point rise".
            if low.split("-", 1)[1] not in ("point", "percentage-point", "points"):
                return 0
            b = i + 1
        else:
            j = i + 1
            if low == "half" and self.lw(j) == "a":
                j += 1  # "half a point"
            elif self.lw(j) == "of" and self.lw(j + 1) == "a":
                j += 2  # "a quarter of a percentage point"
            if self.lw(j) == "percentage":
                j += 1
            if self.lw(j) not in ("point", "points"):
                return 0
            b = j + 1
        if a == i and low == head and not (low == "half" and self.lw(i + 1) == "a"):
            return 0  # "quarter point" alone: no article, no share
        q = Quantity(a, b, share)
        q.kind, q.unit, q.has_unit, q.integral = "percent", "percentage points", True, False
        return self.emit_hedged(q)

    def moved_before(self, k: int) -> bool:
        """Whether token k or the one before it says something moved: "rose about a quarter"."""
        return any(w in X.UP_WORDS or w in X.DOWN_WORDS or w in X.CHANGE_VERBS for w in (self.lw(k), self.lw(k - 1)))

    def clock_fraction(self, i: int) -> int:
        """End of a time told by a fraction of the hour at i ("half past nine", "a quarter to
        ten", "quarter past midnight"), or 0."""
        way = self.lw(i + 1)
        if way not in ("past", "to"):
            return self.half_hour_told_short(i)
        hour = self.lw(i + 2)
        if not (hour in ("noon", "midnight") or 1 <= SMALL.get(hour, 0) <= 12
                or (hour.isdigit() and 1 <= int(hour) <= 12)):
            return 0
        a = i - 1 if self.lw(i - 1) == "a" else i
        after = self.lw(i + 3)
        if after in SCALES or after in _NOT_AFTER_A_CLOCK_HOUR or (after == "in" and self.K[i + 4:i + 5] == "n"):
            return 0  # "half past 9 million", "a quarter to 12pc of adults", "half to 3 in 10" is no time
        # "rose a quarter to 12 million", "fell by half to 9 units": "to" tells the time only
        # after a word that asks for one.
        hedged = self.lw(a - 1) in _HEDGES_BEFORE_A_CLOCK_TIME
        asks = a - 2 if hedged else a - 1
        if way == "to" and not (
            self.lw(asks) in _BEFORE_A_CLOCK_TIME
            # a hedge alone, where no change comes before it and the hour ends its phrase: "around
            # a quarter to nine, witnesses said" (not "rose about a quarter to 7 pence")
            or (hedged and not self.moved_before(asks) and (after in _AFTER_A_CLOCK_TIME or i + 3 >= self.n))
        ):
            return 0
        return self.date(a, i + 3)

    def half_hour_told_short(self, i: int) -> int:
        """End of "half eight" at i, as British and Irish speech tells half past eight, after a
        word that asks for a time ("at half eight", "until about half eleven"), or 0."""
        if self.L[i] != "half":
            return 0
        hour = self.lw(i + 1)
        if not (1 <= SMALL.get(hour, 0) <= 12 or (hour.isdigit() and 1 <= int(hour) <= 12)):
            return 0
        asks = i - 2 if self.lw(i - 1) in _HEDGES_BEFORE_A_CLOCK_TIME else i - 1
        if self.lw(asks) not in _BEFORE_A_CLOCK_TIME:
            return 0
        if i + 2 < self.n and self.K[i + 2] == "w" and self.lw(i + 2) not in _AFTER_HALF_AN_HOUR:
            return 0  # "from half two years ago", "at half eight euro a kilo": a share of what follows
        return self.date(i, i + 2)

    def on_half(self, i: int) -> int:
        """"half of voters", "half a million", "half an hour", "cut by half"."""
        step = self.rate_step(i) or self.clock_fraction(i)
        if step:
            return step
        nxt = self.lw(i + 1)
        if (
            (self.L[i] in ("half-time", "halftime") or (self.L[i] == "half" and nxt == "time")) and self.lw(i - 1) in _MATCH_MOMENT_WORDS
            # (not "halftime shows", "after halftime adjustments": what the word describes)
            and not (self.lw(i + 1) != "thanks" and _is_plural(self.lw(i + 1), self.T[i + 1] if i + 1 < self.n else ""))
        ):
            # "at half-time", "six minutes before half-time": a point in a match, as "the second
            # half" is a period of it; but "half-time jobs" are part-time ones.
            b = i + 1 if self.L[i] != "half" else i + 2
            if self.lw(b) in _WORK_NOUNS:
                return b
            return self.date(i, b)
        if self.L[i] in ("half-time", "halftime"):
            return i + 1  # "half-time employment", "she works half-time": no share, no moment
        half_hour_end = i + 1 if self.L[i] == "half-hour" else i + 2 if self.L[i] == "half" and nxt == "hour" else 0
        if half_hour_end and self.lw(i - 1) in ("a", "another") and self.lw(half_hour_end) not in _BROADCAST_FORMATS:
            # "waited another half-hour", "a half hour later", "a half-hour drive" (but "a half-hour
            # show" is the length of a format, not a figure of the story)
            q = Quantity(i - 1 if self.lw(i - 1) == "a" else i, half_hour_end, 0.5)
            q.kind, q.unit, q.has_unit, q.integral = "measure", "hour", True, False
            return self.emit_hedged(q)
        # "fell by half", "cut by more than half", "cut by a half": the share by which something
        # moved ("half-time" is no share).
        if self.L[i] == "half":
            start = i - 1 if self.lw(i - 1) == "a" else i
            direction = self.share_of_change(start, i + 1)
            if direction is not None:
                return self.emit_share_of_change(start, i + 1, 0.5, direction)
        if self.lw(i - 1) in ("first", "second", "other", "the", "a", "one", "latter", "former", "behalf"):
            return i + 1
        if self.T[i][0].isupper() and not self.is_clause_start(i):
            return i + 1
        if nxt in ("a", "an") and (self.lw(i + 2) in SCALES or self.lw(i + 2) == "dozen"):
            q = Quantity(i, i + 1, 0.5)
            self.scaled_share(q, i + 2)
        elif nxt in ("a", "an") and (self.lw(i + 2),) in X.MEASURE_UNITS:
            q = Quantity(i, i + 3, 0.5)
            q.kind = "measure"
            q.unit = self.T[i + 2]
        elif nxt in ("of", "the", "its", "their", "all"):
            q = Quantity(i, i + 1, 0.5)
            q.integral = False
            if nxt == "of":
                self.fraction_of(q)
            else:
                k = i + 1
                if nxt == "all":
                    k += 1
                    if self.lw(k) in ("the",):
                        k += 1
                else:
                    k += 1
                save = q.b
                q.b = k
                self.count_noun(q)
                if not q.has_unit:
                    q.b = save
        elif (nxt in ("that", "those") and self.lw(i + 2) == "of") or self.half_as_subject(i):
            # "roughly half that of its predecessor"; "more than half are children", "Half
            # received the drug": a share of those the copy has just counted.
            q = Quantity(i, i + 1, 0.5)
            q.integral = False
        else:
            return i + 1
        return self.emit_hedged(q)

    def half_as_subject(self, i: int) -> bool:
        """Whether "half" at i is the subject of the verb after it, as a share of people or
        things named before ("fewer than half have been described"), where the hedge before it
        or the start of a clause shows it is no adverb ("I half expected")."""
        nxt = self.lw(i + 1)
        hedged = self.qualifier_before(i)[1] is not None
        if nxt in _HALF_SUBJECT_VERBS:
            # ("Of the 400 patients, half received the drug": after the phrase that names them too)
            return hedged or self.is_clause_start(i) or self.lw(i - 1) in ("and", "but", "while", "whereas", ",")
        if not (len(nxt) > 4 and nxt.endswith("ed") and nxt.isalpha()):
            return False
        # A verb in -ed: "Half failed.", "Half tested positive" (not "Half buried in the sand, the
        # wreck", "and half turned away": "partly", before where or how)
        if self.lw(i + 2) in _AFTER_HALF_AS_PARTLY:
            return False
        return hedged or self.is_clause_start(i) or self.lw(i - 1) in ("and", "but", "while", "whereas")

    # ------------------------------------------------------------------ dates
    def month_at(self, j: int, strict: bool = True) -> int:
        """End of a month name at j (with its abbreviation's full stop), or 0."""
        if j >= self.n or self.K[j] != "w":
            return 0
        w = self.L[j]
        if w.endswith("'s"):
            w = w[:-2]
        t = self.T[j]
        if not t[0].isupper():
            return 0
        if w in D.MONTHS:
            return j + 1
        if w in D.MONTH_ABBREVS:
            if t.isupper() and len(t) > 1 and (self.lw(j + 2) in ("%", "percent", "per") or self.lw(j + 1) in ("of", "is", "was", "rate")):
                return 0  # "APR 29%", "an APR of": the annual percentage rate
            if self.lw(j + 1) == "." and self.att(j, j + 1):
                return j + 2
            if not strict and len(t) <= 4:
                return j + 1
            if j + 1 < self.n and self.K[j + 1] == "n" and self.spaced(j, j + 1):
                return j + 1
        return 0

    def on_month(self, i: int) -> int:
        if "-" in self.L[i]:
            return self.month_span(i)
        j = self.month_at(i)
        if not j:
            return i + 1
        w = self.L[i]
        if w.endswith("'s"):
            w = w[:-2]
        ce = None
        if self.L[i].endswith("'s"):
            ce = self.E[i] - 2
        # Day after the month: "January 5", "Jan. 5th", "March 3, 2021".
        if j < self.n and self.K[j] == "n" and self.T[j].isdigit() and 1 <= int(self.T[j]) <= 31 and self.spaced(j - 1, j) and ce is None:
            k = j + 1
            if k < self.n and self.S[k] == self.E[j] and self.L[k] in ORDINAL_SUFFIXES:
                k += 1
            elif (
                k + 1 < self.n and self.T[k] in DASHES and self.S[k] == self.E[j] and self.E[k] == self.S[k + 1]
                and self.T[k + 1].isdigit() and int(self.T[j]) < int(self.T[k + 1]) <= 31
            ):
                k += 2  # "December 12-13": two days, one date
            elif (
                self.lw(k) in ("and", "or") and k + 1 < self.n and self.T[k + 1].isdigit()
                and int(self.T[j]) < int(self.T[k + 1]) <= 31 and not self.quantity_follows(k + 1)
                and not (k + 2 < self.n and _is_plural(self.L[k + 2], self.T[k + 2]))  # "May 3 and 4 shops"
            ):
                k += 2  # "November 25 and 26": two days of one month, one date
            elif (
                (self.lw(k) == "through" or (self.lw(k) in ("to", "until", "till") and self.lw(i - 1) == "from"))
                and k + 1 < self.n and self.T[k + 1].isdigit() and int(self.T[j]) < int(self.T[k + 1]) <= 31
                and not self.quantity_follows(k + 1) and not (k + 2 < self.n and _is_plural(self.L[k + 2], self.T[k + 2]))
                and not (k + 2 < self.n and (self.L[k + 2] in _CLOCK_SUFFIXES or (self.T[k + 2] == ":" and self.S[k + 2] == self.E[k + 1])))
            ):
                if not _MOVES_A_DATE.isdisjoint(self.L[:i]):
                    # "The vote was postponed from June 5 to 12": the old day and the new, two dates
                    self.date(i, k)
                    return self.date(k + 1, self.year_after(k + 2))
                k += 2  # "from October 17 to 23", "Oct. 17 through 23": a span of days of one month
            k = self.year_after(k)
            return self.date(i, k)
        if j < self.n and self.K[j] == "n" and self.yearlike(j) and self.spaced(j - 1, j) and ce is None:
            return self.date(i, j + 1)
        quarter = (
            self.lw(j) in _MONTH_PERIODS and self.spaced(i, j) and ce is None and self.lw(j + 1) != "of"
            # "March quarter inflation", "the June half"; not "In May half the staff"
            and (self.lw(j) == "quarter" or self.lw(i - 1) in _DETERMINERS or self.lw(i - 1).endswith("'s"))
        )
        if w in D.AMBIGUOUS_MONTHS:
            prev = self.lw(i - 1)
            if prev not in D.MONTH_CONTEXT and not quarter and not (  # "the March quarter" is a date
                # "its May forecast", "the March meeting": a month's report or event (not "the May
                # government", Theresa May's)
                prev in _WHOSE_EVENT and self.lw(i + 1) in _EVENTS_OF_A_MONTH
            ) and not (
                # "dragged on into March, farmers said" (not "ran into May Wong", "an inquiry into
                # May's deal", "into March Madness")
                prev == "into" and (self.lw(i + 1) in ("", ",", ".", ";", ")", "and", "or") or self.K[i + 1] == "n")
            ):
                return i + 1
            if (prev in ("and", "or") and self.lw(i - 2) not in D.MONTHS) or (w == "may" and prev == "to"):
                # "April and May" names two months; "ministers and may" is no month.
                return i + 1
        if w in D.MONTH_ABBREVS and self.lw(i + 1) != ".":
            return i + 1
        if (
            w in _GIVEN_NAME_MONTHS and self.lw(i - 1) not in D.MONTH_CONTEXT and self.lw(i - 1) not in _DETERMINERS
            and j < self.n and self.K[j] == "w" and self.T[j][0].isupper() and not self.T[j].isupper()
            and self.spaced(i, j) and self.lw(j) not in D.MONTHS and self.lw(j) not in D.WEEKDAYS
        ):
            # "Aunty June Carrington, 83,": a woman's name, not the month (but "the June Fed
            # meeting", "the August CPI data" are months)
            return i + 1
        a = i
        if self.lw(i - 1) in ("early", "late", "mid", "last", "next", "this") and i - 1 >= self.floor:
            a = i - 1
        if quarter:
            j += 1  # "the June quarter": the three months that end with June
        if ce is None:
            j = self.year_after(j)
        return self.date(a, j, ce=ce)

    def month_span(self, i: int) -> int:
        """"the July-September quarter", "the April-June period": months joined by a hyphen."""
        first, _, second = self.L[i].partition("-")
        months = D.MONTHS.keys() | D.MONTH_ABBREVS.keys()
        if first not in months or second not in months or not self.T[i][0].isupper():
            return i + 1
        b = i + 1
        if self.lw(b) in ("quarter", "period", "half", "season"):
            b += 1
        a = i - 1 if self.lw(i - 1) == "the" and i - 1 >= self.floor else i
        return self.date(a, self.year_after(b))

    def on_parent_of(self, i: int) -> int:
        """"a mum-of-three", "the father-of-two": a parent by the number of their children."""
        head, of, *rest = self.L[i].split("-")
        read = words_value(rest) if of == "of" and rest else None
        if read is None or read[1] != len(rest) or not 1 <= read[0] <= 30:
            return i + 1
        q = Quantity(i, i + 1, read[0])
        q.unit, q.has_unit = "grandchildren" if head.startswith("grand") else "children", True
        self.emit(q)
        return i + 1

    def on_mid(self, i: int) -> int:
        """"mid-January", "mid-2020s" ("mid-2020" is handled with the digits)."""
        rest = self.L[i].split("-", 1)[1]
        if rest in D.MONTHS or rest in D.WEEKDAYS or rest in D.PERIOD_NOUNS:
            return self.date(i, i + 1)
        return i + 1

    def on_weekday(self, i: int) -> int:
        t = self.T[i]
        if not t[0].isupper():
            return i + 1
        low = self.L[i]
        if low == "sunday" and self.lw(i + 1) in ("school", "schools"):
            return i + 2  # "attended Sunday school": a church's classes, no day
        ce = None
        if low.endswith("'s"):
            ce = self.E[i] - 2
        a = i
        if self.lw(i - 1) in ("last", "next", "this", "early", "late") and i - 1 >= self.floor:
            a = i - 1
        b = i + 1
        if ce is None and self.lw(b) in D.DAY_PARTS:
            b += 1
        elif ce is None and self.lw(b) in ("next", "last", "this") and self.lw(b + 1) == "week":
            b += 2  # "on Wednesday next week": one day
        elif ce is None and self.lw(b) == "," and self.month_at(b + 1):
            k = self.month_at(b + 1)
            if k < self.n and self.K[k] == "n" and self.T[k].isdigit() and int(self.T[k]) <= 31:
                k += 1
                if k < self.n and self.L[k] in ORDINAL_SUFFIXES and self.S[k] == self.E[k - 1]:
                    k += 1
                b = self.year_after(k)
        elif ce is None and b < self.n and self.K[b] == "n" and self.T[b].isdigit() and int(self.T[b]) <= 31 and self.month_at(b + 1, strict=False):
            b = self.year_after(self.month_at(b + 1, strict=False))
        return self.date(a, b, ce=ce if b == i + 1 else None)

    def on_year_ago(self, i: int) -> int:
        """"the year-ago quarter", "in the prior-year period", "year-to-date sales": as "a year
        earlier" is, a date (alone, "prior-year losses" names no period)."""
        if self.L[i] == "year-to-date":
            return self.date(i, i + 1)
        if self.lw(i + 1) in _REPORTED_PERIODS:
            return self.date(i, i + 2)
        return i + 1

    def on_relday(self, i: int) -> int:
        if self.L[i] in ("today", "today's") and self.today_is_no_day(i):
            return i + 1
        ce = self.E[i] - 2 if self.L[i].endswith("'s") else None
        b = i + 1
        if ce is None and self.lw(b) in D.DAY_PARTS:
            b += 1
        return self.date(i, b, ce=ce)

    def today_is_no_day(self, i: int) -> bool:
        """"today's young people", "Children today face", "the Ireland of today": the present, not a
        day; "the Today programme", "USA Today", "Today FM": a programme, a paper, a station."""
        if self.L[i] == "today's" or self.lw(i - 1) == "of" or self.lw(i - 1) in _PRESENT_DAY_PEOPLE:
            return True
        nxt = self.lw(i + 1)
        return self.T[i] == "Today" and (not self.is_clause_start(i) or nxt in _MEDIA_NOUNS)

    def on_relative(self, i: int) -> int:
        """"last week", "next year", "this month", "the past decade", "this financial year"."""
        nxt = self.lw(i + 1)
        if nxt in ("financial", "fiscal", "academic", "tax", "calendar", "school") and self.lw(i + 2) == "year":
            return self.date(i, i + 3)
        if nxt.endswith("'s"):
            nxt = nxt[:-2]
        if self.L[i] == "following" and self.lw(i - 1) != "the":
            return i + 1  # only "the following day", "the following year" (not "following weeks of talks")
        if nxt == "day" and self.L[i] in ("following", "next") and self.lw(i - 1) == "the":
            after = self.lw(i + 2)
            if after and after.isalpha() and after not in _AFTER_A_DAY:
                return i + 1  # "the next day delivery service", "the next day or two": no day
            return self.date(i - 1, i + 2)  # "the following day", "the next day"
        if nxt in D.PERIOD_NOUNS:
            # "last season", "next season": a sport's or a show's season dates as well as a year.
            if self.L[i] in ("past", "current") and self.lw(i - 1) not in ("the", "this"):
                return i + 1
            a = i
            if self.L[i] in ("past", "previous", "prior", "coming", "current", "following", "next") and self.lw(i - 1) == "the":
                a = i - 1
            elif self.L[i] == "prior":
                return i + 1  # "prior year figures": only "the prior year" is a date
            ce = self.E[i + 1] - 2 if self.L[i + 1].endswith("'s") else None
            return self.date(a, i + 2, ce=ce)
        return i + 1

    def on_season(self, i: int) -> int:
        """"in the spring", "over the summer", "by the weekend", "in spring 2021", "the fall of 2020"."""
        low = self.L[i]
        b = i + 1
        if self.lw(b) == "of" and b + 1 < self.n and self.K[b + 1] == "n" and self.yearlike(b + 1):
            b = self.season_end(b + 1)  # "the winter of 2024-25"
        elif low != "weekend" and b < self.n and self.K[b] == "n" and self.yearlike(b) and self.spaced(i, b):
            b = self.season_end(b)  # "in spring 2021", "winter 2024-25"
        elif self.lw(b) == "of" or self.lw(b) == "'s" or (low == "spring" and self.lw(b) in _SPRING_NOUNS):
            # "the fall of the government", "the winter of discontent", "the spring tides": no date.
            return i + 1
        elif self.T[i][0].isupper() and b < self.n and self.K[b] == "w" and self.T[b][0].isupper() and self.spaced(i, b) and (
            self.lw(i - 1) not in TIME_PREPOSITIONS or self.L[b] in _NAME_HEADS_AFTER_A_SEASON
        ):
            # "the bridge over Spring Creek", "Winter Park", "the Autumn Statement": part of a name
            # (but a title-case headline's "To Rise In Spring After Record Demand" is a season).
            return i + 1
        a = i - 1 if self.lw(i - 1) == "the" else i
        if a - 1 < self.floor or self.lw(a - 1) not in TIME_PREPOSITIONS:
            if b == i + 1:
                return i + 1
        elif a == i and low in ("fall", "weekend") and b == i + 1:
            # "in fall" is rare, "prices fall" common; the weekend needs "the".
            return i + 1
        if a < self.floor:
            return i + 1
        return self.date(a, b)

    def on_holiday(self, i: int) -> int:
        """"since Christmas", "before Easter", "on Christmas Eve", "Thanksgiving 2023",
        "on Boxing Day", "St Patrick's Day", "New Year's Eve"."""
        if not self.T[i][0].isupper():
            return i + 1
        b = i + 1
        if self.lw(b) in D.HOLIDAY_TAILS and self.T[b][0].isupper() and self.spaced(i, b):
            b += 1
        low = self.L[i]
        if low in D.DAY_NAMES:
            if b == i + 1:
                return i + 1
            if low == "year's":
                if self.lw(i - 1) != "new" or i - 1 < self.floor:
                    return i + 1
                return self.date(i - 1, b)
            if low == "patrick's" and self.lw(i - 1) in ("st", "st.", "saint") and i - 1 >= self.floor:
                return self.date(i - 1, b)
        if b < self.n and self.K[b] == "n" and self.yearlike(b) and self.spaced(b - 1, b):
            b += 1
        a = i
        if self.lw(i - 1) in ("last", "next", "this") and i - 1 >= self.floor:
            a = i - 1
        elif b == i + 1:
            p = i - 1 if self.lw(i - 1) == "the" else i
            if self.lw(p - 1) not in TIME_PREPOSITIONS:
                # "Christmas trees", "Easter Island": a holiday named without a date.
                return i + 1
        return self.date(a, b)

    def on_edge(self, i: int) -> int:
        """"by the end of the decade", "the start of 2026", "the middle of next month",
        "by year-end", "end-June"."""
        low = self.L[i]
        if "-" in low:
            rest = low.split("-", 1)[1]
            if low == "year-end" or rest in D.MONTHS or rest in EDGE_PERIODS:
                return self.date(i, i + 1)
            return i + 1
        if self.lw(i + 1) != "of":
            return i + 1
        j = i + 2
        if self.lw(j) in ("the", "this", "next", "last"):
            j += 1
        if self.lw(j) in EDGE_PERIODS and self.lw(j - 1) != "of":
            if low == "rest" and (self.lw(j) not in ("year", "month") or not self.T[j].islower()):
                # "the rest of the week" passes as no date (few writers take it for one), and "the
                # rest of the Year 13 students" names a class
                return i + 1
            b = j + 1
        elif self.lw(j - 1) == "of" and j < self.n and self.K[j] == "n" and self.yearlike(j):
            b = j + 1
        elif self.lw(j - 1) == "of" and self.month_at(j, strict=False):
            b = self.year_after(self.month_at(j, strict=False))
        else:
            return i + 1
        a = i - 1 if self.lw(i - 1) == "the" and i - 1 >= self.floor else i
        return self.date(a, b)

    def vague_compound(self, i: int) -> int:
        """"A thousands-strong crowd", read as "a 5,000-strong crowd" is; no other compound of
        a vague plural ("hundreds-of-years-old") is a figure of its own."""
        head, _, tail = self.L[i].partition("-")
        if tail != "strong" or head not in X.VAGUE_PLURALS or head == "tens":
            return i + 1
        q = Quantity(i, i + 1, 0.0)
        q.kind = "vague"
        q.value = None
        q.low, q.high = map(float, X.VAGUE_PLURALS[head])
        q.unit, q.has_unit = tail, True
        self.take_leading_qualifier(q)
        self.emit(q)
        return q.b

    def on_multiple(self, i: int) -> int:
        """"Revenue tripled", "provisions more than doubled", "the deficit was halved": a
        change by a factor, counted in times. Not "doubled as" or "doubled down"."""
        low = self.L[i]
        nxt = self.lw(i + 1)
        if low in ("twice", "double", "triple", "treble"):
            # Only a comparison: not "twice a week", "a double room", "double-digit".
            if nxt not in COMPARED_WITH or (low != "twice" and nxt == "as"):
                return i + 1
        elif nxt in ("as", "down", "up", "back", "over") or low not in MULTIPLES:
            # Nor a compound: "a double-double" (basketball), "twice-weekly", "double-decker".
            return i + 1
        if self.T[i][0].isupper() and not self.is_clause_start(i):
            return i + 1
        factor, direction = MULTIPLES[low]
        q = Quantity(i, i + 1, factor)
        q.unit, q.has_unit, q.integral, q.direction = "times", True, factor >= 1, direction or None
        self.take_leading_qualifier(q)
        self.emit(q)
        return q.b

    def on_noon(self, i: int) -> int:
        """"shortly before noon", "at midnight"; not "Midnight Oil"."""
        if self.T[i][0].isupper() and not self.is_clause_start(i):
            return i + 1
        return self.time_and_day(i, i + 1)

    def on_earlier(self, i: int) -> int:
        """"earlier this week", "later this year", "earlier in the day"; "a year earlier",
        "a decade ago" (with a number, after_measure reads them)."""
        nxt = self.lw(i + 1)
        before = self.L[i] == "before"
        if (
            i >= 2 and i - 2 >= self.floor and self.L[i - 1] in AGO_PERIODS
            and (self.L[i - 2] in ("a", "an") or (before and self.L[i - 2] == "the")) and nxt != "than"
            and self.spaced(i - 2, i - 1) and self.spaced(i - 1, i)
            # "a year before," and "the month before" date; "a year before the election" is a gap.
            and (not before or nxt in ("", ",", ".", ";", ")", "and", "but", "while", "when"))
            # "from 106.3 billion cubic feet a day earlier this month": a rate's "a day", right after
            # its measure, and the date is "earlier this month"
            and not (
                nxt in ("this", "last", "in") and i >= 3 and self.out and self.out[-1][0] == "measure"
                and self.out[-1][2] == self.E[i - 3]
            )
        ):
            # "a week later than planned" is a delay, not a date.
            return self.date(i - 2, i + 1)
        if self.L[i] in ("ago", "before"):
            return i + 1
        if nxt in ("this", "that", "next", "last") and self.lw(i + 2) in D.PERIOD_NOUNS | {"day"}:
            return self.date(i, i + 3)
        if nxt == "in" and self.lw(i + 2) == "the" and self.lw(i + 3) in ("day", "week", "month", "year"):
            return self.date(i, i + 4)
        return i + 1


    def on_one_of_a_unit(self, i: int) -> int:
        """"for nearly an hour", "more than a year", "roughly a mile east", "within a month", "over
        an hour and a half": one of the unit (one and a half), with the hedge before it."""
        if not (i >= 2 and self.L[i - 1] in ("a", "an") and self.spaced(i - 1, i) and i - 1 > self.floor):
            return i + 1
        nxt = self.lw(i + 1)
        # "more than a year ago", "3% up on a year earlier", "a year before,": a date, read at its
        # last word (but "for nearly an hour before bringing it under control" is a length).
        if (
            nxt in ("ago", "earlier", "later") or self.T[i][0].isupper()
            or (nxt == "before" and self.lw(i + 2) in ("", ",", ".", ";", ")", "and", "but", "while", "when"))
        ):
            return i + 1
        hedge = self.L[i - 2]
        if hedge in ("about", "over") and nxt in _AFTER_A_UNIT_TALKED_ABOUT and self.lw(i - 3) not in _HOW_LONG_BEFORE_A_HEDGE:
            # "dreaming about a day like this", "a film about a week that changed the country",
            # "spoke about an hour of terror", "argued over a foot of land": what is talked or
            # fought about, not how long or how far (but "waited for about an hour in the rain")
            return i + 1
        if hedge == "within" and nxt == "of":
            return i + 1  # "within a mile of the village", "within a year of the contract": where or when, relative to another
        if nxt in ("a", "an", "per") and self.lw(i + 2) in ONE_OF_A_UNIT:
            return i + 1  # "about a mile an hour": a speed, not a length (this reading leaves it)
        value, b = 1.0, i + 1
        if self.lw(b) == "and" and self.lw(b + 1) == "a" and self.lw(b + 2) == "half":
            value, b = 1.5, b + 3
        q = Quantity(i - 1, b, value)
        q.kind, q.unit, q.has_unit, q.integral = "measure", self.L[i], True, value == 1.0
        if self.L[i - 2] == "within":
            return self.emit_hedged(q)  # the limit of a span of time: "within an hour", as "within 24 hours"
        self.take_leading_qualifier(q)
        if q.qualifier is None or self.L[i - 2] not in HEDGES_BEFORE_ONE:
            return i + 1
        q.direction = self.direction_for(q.a, q.b)
        self.emit(q)
        return q.b


# Words after "about a day" or "over a year" that make the hedge a preposition: what is talked or
# fought about ("a story about a week that changed the country", "argued over a foot of land").
_AFTER_A_UNIT_TALKED_ABOUT = frozenset("of in that which who when where like or i we you he she they".split())
# Words before the hedge that make it one of length: "for about a year in Doha", "waited about an
# hour in the rain".
_HOW_LONG_BEFORE_A_HEDGE = frozenset(
    "for lasted lasts lasting last waited wait waits waiting took takes taking spent spend stayed stay remained after ran".split()
)


# The handler for each kind of trigger word: on_num for "num", on_month for "month", ...
_HANDLERS = {
    t: getattr(SentenceScanner, "on_" + t)
    for t in set(_TRIGGERS.values()) | set(_HYPHEN_HEAD_TRIGGERS.values()) | {"one_of_a_unit"}
}

# A quicker test than TRIGGER_RE for sentences without a digit: the words it looks for, read
# off the sentence's runs of ASCII letters, lower-cased, with set look-ups.
_TRIGGER_WORDS = frozenset(
    w.encode() for w, t in _TRIGGERS.items() if t not in _PAIRED_TRIGGERS and "'" not in w
)
_RELATIVE_FIRST = frozenset(w.encode() for w in D.RELATIVE_MODIFIERS)
_RELATIVE_SECOND = frozenset(w.encode() for w in D.PERIOD_NOUNS | {"day"})
_EARLIER_FIRST = frozenset((b"earlier", b"later"))
_EARLIER_SECOND = frozenset((b"this", b"that", b"in", b"next", b"last"))
_AGO_FIRST = frozenset((b"ago", b"earlier", b"later", b"before"))
_AGO_SECOND = frozenset(w.encode() for w in AGO_PERIODS)
# "St Patrick's Day", "New Year's Eve": the possessive stem and "day" or "eve".
_DAY_NAME_STEMS = frozenset((b"patrick", b"valentine", b"mother", b"father", b"year"))
_DAY_WORDS = frozenset((b"day", b"eve"))
_EDGE_FIRST = frozenset(w.encode() for w in PERIOD_EDGES)
_EDGE_SECOND = frozenset(w.encode() for w in EDGE_PERIODS)
_HEDGE_FIRST = frozenset(w.encode() for w in HEDGES_BEFORE_ONE)
_UNIT_SECOND = frozenset(w.encode() for w in ONE_OF_A_UNIT)
# Every word that can set off TRIGGER_RE, alone or as the first of a pair: prose without any
# of them, which is most prose without digits, is ruled out in one pass over its words.
_FIRST_WORDS = (
    _TRIGGER_WORDS | {b"mid"} | _RELATIVE_FIRST | _EARLIER_FIRST | _AGO_FIRST | _DAY_NAME_STEMS | _EDGE_FIRST
    | _HEDGE_FIRST
)
# Every word that any of those tests asks about: one pass over a sentence's words keeps those
# it holds, a handful, and the tests then ask that small set instead of all the words.
_WORDS_ASKED_ABOUT = (
    _FIRST_WORDS | _RELATIVE_SECOND | _EARLIER_SECOND | _AGO_SECOND | _DAY_WORDS | _EDGE_SECOND | _UNIT_SECOND
)
# The only characters outside ASCII that lower-case to an ASCII letter or match one under
# IGNORECASE: where they occur, TRIGGER_RE itself decides.
ODD_CASE_CHARACTERS = "\u0130\u0131\u017f\u212a"
_ODD_CASE_RE = re.compile(f"[{ODD_CASE_CHARACTERS}]")
# Lower-cases the ASCII letters, writes every digit as "0" and blanks out every other byte
# (a character outside ASCII is first encoded as one "?"): one pass tells whether a stretch
# of text holds a digit, and split() then reads its runs of ASCII letters.
_LETTERS_AND_ZEROS = bytes(
    c | 0x20 if chr(c).isascii() and chr(c).isalpha() else ord("0") if chr(c) in "0123456789" else ord(" ")
    for c in range(256)
)


class TriggerTest:
    """Whether TRIGGER_RE matches a sentence, for the sentences of one stretch of text.

    Any digit matches, and without one the words decide. The stretch is encoded and
    translated once (one byte per character), so each sentence then costs a search for a
    digit and a split of its slice; most prose holds none of the words TRIGGER_RE looks for
    and is ruled out by set look-ups. A run of ASCII letters that is a trigger word settles
    an ASCII sentence; the other cases are left to the regex.
    """

    __slots__ = ("text", "offset", "letters", "ascii_only", "odd_case")

    def __init__(self, text: str, start: int, end: int, odd_case: bool | None = None) -> None:
        """``odd_case`` False says the caller has seen no such character in the stretch."""
        seg = text[start:end]
        self.text = text
        self.offset = start
        self.ascii_only = seg.isascii()
        self.odd_case = (
            not self.ascii_only and odd_case is not False and _ODD_CASE_RE.search(seg) is not None
        )
        self.letters = seg.encode("ascii", "replace").translate(_LETTERS_AND_ZEROS)

    def __call__(self, start: int, end: int) -> bool:
        a = start - self.offset
        b = end - self.offset
        letters = self.letters
        if letters.find(b"0", a, b) >= 0:
            return True
        if self.odd_case:
            return TRIGGER_RE.search(self.text, start, end) is not None
        words = _WORDS_ASKED_ABOUT.intersection(letters[a:b].split())
        if _FIRST_WORDS.isdisjoint(words):
            return False
        if not _TRIGGER_WORDS.isdisjoint(words):
            return (
                self.ascii_only or self.text[start:end].isascii()
                or TRIGGER_RE.search(self.text, start, end) is not None
            )
        if (
            b"mid" in words
            or (not _RELATIVE_FIRST.isdisjoint(words) and not _RELATIVE_SECOND.isdisjoint(words))
            or (not _EARLIER_FIRST.isdisjoint(words) and not _EARLIER_SECOND.isdisjoint(words))
            or (not _AGO_FIRST.isdisjoint(words) and not _AGO_SECOND.isdisjoint(words))
            or (not _DAY_NAME_STEMS.isdisjoint(words) and not _DAY_WORDS.isdisjoint(words))
            or (not _EDGE_FIRST.isdisjoint(words) and not _EDGE_SECOND.isdisjoint(words))
        ):
            return TRIGGER_RE.search(self.text, start, end) is not None
        if not _HEDGE_FIRST.isdisjoint(words) and not _UNIT_SECOND.isdisjoint(words):
            return _ONE_OF_A_UNIT_RE.search(self.text, start, end) is not None
        return False


def has_trigger(text: str, start: int, end: int) -> bool:
    """Whether TRIGGER_RE matches text[start:end] (see TriggerTest, for many sentences)."""
    return TriggerTest(text, start, end)(start, end)


def scan_sentence(text: str, start: int, end: int, limit: int = MAX_CLAIMS_PER_SENTENCE) -> list[tuple]:
    if not has_trigger(text, start, end):
        return []
    return scan_triggered(text, start, end, limit)


# A match's result as a line of its own or opening a headline: "Taraweka 27 Harbourside 20",
# "Clonmore 1-15 St Brendan's 0-14", "Castlemere 2 Thornbury Town 1: Okafor double ...". The
# scores are no figures to check.
# (Blanks and the letters of a name come in whole runs, possessively: each run is followed by
# the other kind of character, so giving some back can never help a match, and a sentence that
# is no result fails without trying every shorter word.)
_TEAM = r"[A-Z][\w'\u2019.&\-]*+(?:[ \t]++(?:[A-Z][\w'\u2019.&\-]*+|de|of|and|&)){0,4}"
_SCORE = r"\d{1,3}(?:[-\u2013]\d{1,3})?"
_RESULT_LINE_RE = re.compile(
    rf"[ \t]*+(?P<home>{_TEAM})[ \t]++{_SCORE}[ \t]++(?P<away>{_TEAM})[ \t]++{_SCORE}(?=[ \t]*(?:$|[:;\u2013\u2014]|-[ \t]))"
)
# What a result line follows in a match report: a word of the game in the lines after it (not
# "Harris 48 Trump 47: new poll shows dead heat").
_GAME_WORDS_RE = re.compile(rf"\b(?:{'|'.join(sorted(X.SPORTS_WORDS))})\b")
# First words of lines that read like results but count people or votes: "Ayes 312 Noes 290",
# "Dead 12 Injured 45", "Men 54 Women 46".
_NO_TEAMS = X.VOTE_WORDS | D.WEEKDAYS | D.MONTHS.keys() | frozenset(
    "ayes noes yes no for against votes dead injured missing men women boys girls adults children".split()
)


def _a_result_line(text: str, start: int, end: int) -> int:
    """Where a match's result that opens the sentence ``text[start:end]`` ends; ``start`` if none."""
    result = _RESULT_LINE_RE.match(text, start, end)
    if result is None:
        return start
    if any(team.split()[0].lower() in _NO_TEAMS for team in (result.group("home"), result.group("away"))):
        return start
    if _GAME_WORDS_RE.search(text[result.end():result.end() + 600].lower()) is None:
        return start
    return result.end()


def scan_triggered(text: str, start: int, end: int, limit: int = MAX_CLAIMS_PER_SENTENCE) -> list[tuple]:
    """``scan_sentence`` for a sentence already known to pass ``has_trigger``."""
    if end - start < 200 and "A" <= text[start:start + 1] <= "Z":
        start = _a_result_line(text, start, end)  # what follows a headline's result is read as ever
    sc = SentenceScanner(text, start, end)
    sc.limit = limit
    return sc.scan()
