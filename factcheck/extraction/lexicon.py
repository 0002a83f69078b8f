"""Word lists for English news style: units, currencies, hedges, movement verbs, names.

Kept as data so that a missed unit or currency is a one-line fix, not a new rule.
"""

from __future__ import annotations

from .numbers import TOKEN_RE


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in TOKEN_RE.finditer(phrase))


def _table(entries: dict[str, str]) -> dict[tuple[str, ...], str]:
    return {_key(k): v for k, v in entries.items()}


# ---------------------------------------------------------------- percentages
PERCENT_UNITS = _table({
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "per-cent": "%", "pc": "%",
    "percentage point": "percentage points", "percentage points": "percentage points",
    "percentage-point": "percentage points", "pct point": "percentage points",
    "pct points": "percentage points", "basis point": "basis points",
    "basis points": "basis points", "bps": "basis points", "bp": "basis points",
    "basis-point": "basis points",
})

# ---------------------------------------------------------------- money
CURRENCY_SYMBOLS = {
    "$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY", "\uffe5": "JPY",
    "\u20b9": "INR", "\u20bd": "RUB", "\u20a9": "KRW", "\u20ba": "TRY", "\u20a6": "NGN",
    "\u20b4": "UAH", "\u20b1": "PHP", "\u20aa": "ILS", "\u20b8": "KZT", "\u20bf": "BTC",
    "\u20ab": "VND", "\u0e3f": "THB", "\u20b5": "GHS", "\u20a8": "INR",
}
# Letters written before "$" that say which dollar it is.
DOLLAR_PREFIXES = {
    "us": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD",
    "au": "AUD", "aus": "AUD", "nz": "NZD", "hk": "HKD", "s": "SGD", "sg": "SGD",
    "nt": "TWD", "r": "BRL", "mx": "MXN", "z": "ZWL", "j": "JMD", "ec": "XCD", "bds": "BBD",
    "tt": "TTD",
}
CURRENCY_CODES = frozenset(
    """USD EUR GBP JPY CNY INR RUB CHF CAD AUD NZD HKD SGD SEK NOK DKK KRW BRL MXN ZAR TRY
    PLN HUF CZK ILS AED SAR QAR KZT UAH NGN KES EGP THB IDR MYR PHP VND PKR BDT LKR ARS CLP
    COP PEN TWD RON BGN ISK KWD BHD OMR JOD MAD TND GHS ETB UGX TZS IRR IQD BTC ETH XAU ZMW ZWG""".split()
)
CODE_ALIASES = {
    "rmb": "CNY", "rs": "INR", "rs.": "INR", "inr": "INR", "sfr": "CHF", "ksh": "KES", "sh": "KES",
    # UAE dirhams as Gulf papers write them: "Dh45,000", "Dhs 50"; Ugandan and Tanzanian
    # shillings as their papers do: "Shs180 million", "USh 5,000", "TSh 2,000".
    "dh": "AED", "dhs": "AED", "shs": "UGX", "ush": "UGX", "tsh": "TZS",
    # Malaysian ringgit: "RM850 million", "RM86,400"; Indonesian rupiah: "Rp 20 billion", "Rp15,800".
    "rm": "MYR", "rp": "IDR",
    # Gulf and Bangladeshi papers' own forms: Omani rials "RO11.8 billion", Qatari riyals "QR5bn",
    # Bahraini and Kuwaiti dinars "BD1.2 million", "KD500", taka "Tk 5,000 crore".
    "ro": "OMR", "qr": "QAR", "bd": "BHD", "kd": "KWD", "tk": "BDT",
    # Saudi riyals as Riyadh's papers write them: "SR4.1 billion", "SR68 a share".
    "sr": "SAR",
    # Egyptian pounds as Cairo papers write them: "LE 225", "LE8 billion".
    "le": "EGP",
    # Zimbabwe Gold, as Harare papers write it: "ZiG26.70".
    "zig": "ZWG",
}
# Aliases that are also an airline's flight prefix ("QR908", "TK1951"), a postcode ("BD1 1JF") or a
# model ("KD 17"), or a road ("SR 99", "SR-71"): money only before a figure that reads as money
# ("RO11.8 billion", "KD1,500", "BD2.5m", "SR68 a share"), or "Tk" spaced as Bangladeshi papers write
# it ("Tk 100").
ALIASES_NEEDING_A_MONEY_FIGURE = frozenset({"ro", "qr", "bd", "kd", "tk", "zig", "le", "sr"})
# Of those, the ones money is written with only in capitals: "RO11.8 billion" (not "Bd3B", nor
# French "le 14 juillet").
ALIASES_ONLY_IN_CAPITALS = frozenset({"ro", "qr", "bd", "kd", "le", "sr"})
# Forms of an alias that name something else: "SH1" is a state highway, "Sh400" shillings; a
# "DH" bats in baseball, Ghana's "SHS 1" is a school year and "TSH 4.5" a thyroid test.
NOT_CODE_FORMS = frozenset({"SH", "DH", "DHS", "SHS", "TSH", "USH", "RP"})

CURRENCY_ADJECTIVES = _table({
    "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD", "singaporean": "SGD",
    "taiwan": "TWD", "taiwanese": "TWD", "zimbabwe": "ZWL", "zimbabwean": "ZWL",
    "namibian": "NAD", "jamaican": "JMD", "swedish": "SEK", "norwegian": "NOK",
    "danish": "DKK", "czech": "CZK", "icelandic": "ISK", "swiss": "CHF", "indian": "INR",
    "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR", "mexican": "MXN",
    "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP", "colombian": "COP",
    "philippine": "PHP", "brazilian": "BRL", "turkish": "TRY", "russian": "RUB",
    "south african": "ZAR", "japanese": "JPY", "chinese": "CNY", "south korean": "KRW",
    "korean": "KRW", "british": "GBP", "egyptian": "EGP", "lebanese": "LBP",
    "syrian": "SYP", "sudanese": "SDG", "uae": "AED", "emirati": "AED", "saudi": "SAR",
    "qatari": "QAR", "nigerian": "NGN", "kenyan": "KES", "ugandan": "UGX",
    "tanzanian": "TZS", "ukrainian": "UAH", "polish": "PLN", "hungarian": "HUF",
    "kazakh": "KZT", "kazakhstani": "KZT", "malaysian": "MYR", "thai": "THB",
    "indonesian": "IDR", "vietnamese": "VND", "israeli": "ILS", "iranian": "IRR",
    "iraqi": "IQD", "jordanian": "JOD", "kuwaiti": "KWD", "bahraini": "BHD",
    "omani": "OMR", "moroccan": "MAD", "tunisian": "TND", "algerian": "DZD",
    "ghanaian": "GHS", "ethiopian": "ETB", "romanian": "RON", "bulgarian": "BGN",
    "serbian": "RSD", "belarusian": "BYN", "georgian": "GEL", "armenian": "AMD",
    "azerbaijani": "AZN", "uzbek": "UZS", "bangladeshi": "BDT", "afghan": "AFN",
    "venezuelan": "VES", "peruvian": "PEN", "uruguayan": "UYU", "cuban": "CUP",
    "dominican": "DOP", "fijian": "FJD", "libyan": "LYD", "tajik": "TJS",
})
# Currency nouns after a number. None means: keep the noun itself as the unit.
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "franc": "CHF", "francs": "CHF", "crown": None, "crowns": None,
    "krona": "SEK", "kronor": "SEK", "krone": None, "kroner": None, "peso": None,
    "pesos": None, "rand": "ZAR", "reais": "BRL", "real": "BRL", "lira": "TRY",
    "liras": "TRY", "lire": "TRY", "dirham": "AED", "dirhams": "AED", "riyal": "SAR",
    "riyals": "SAR", "rial": None, "rials": None, "naira": "NGN", "shilling": None,
    "shillings": None, "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF",
    "tenge": "KZT", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND",
    "won": "KRW", "shekel": "ILS", "shekels": "ILS", "dinar": None, "dinars": None,
    "bitcoin": "BTC", "bitcoins": "BTC", "cedi": "GHS", "cedis": "GHS", "leu": "RON",
    "lei": "RON", "lev": "BGN", "leva": "BGN", "kwacha": None, "birr": "ETB",
    "taka": "BDT", "manat": None, "som": None, "soms": None, "lari": "GEL", "dram": "AMD",
    # as people say it: "20 quid" (not "bucks", which may be deer or a team)
    "quid": "GBP",
}
# Words that need extra evidence before they are read as money (weight, verb, adjective).
WEAK_CURRENCY_WORDS = frozenset({"pound", "pounds", "won", "real", "dong", "rand", "lei", "som"})
SUBUNITS = {"cent": "cents", "cents": "cents", "\u00a2": "cents", "pence": "pence", "penny": "pence", "kopecks": "kopecks"}
# Nouns money can be quoted "per" or "a": "$71.10 a barrel", "$15 an hour".
PER_UNITS = frozenset(
    """barrel gallon litre liter ounce tonne ton share hour day week month year annum kilo
    kilogram kg pound lb head person capita megawatt-hour mwh kwh bushel mmbtu night unit
    dose vote seat ticket mile kilometre kilometer visit room pupil student patient
    employee household family passenger vehicle car bottle pack cubic square copy game
    item piece meal plate pill tablet dozen""".split()
)

# ---------------------------------------------------------------- measures
_MEASURE = """
mm millimetre millimetres millimeter millimeters cm centimetre centimetres centimeter centimeters
metre metres meter meters km kilometre kilometres kilometer kilometers mile miles ft feet foot
inch inches yard yards nautical-mile nautical-miles
km² km2 m² m2 sq-km sq-mi sq-ft square-kilometre square-kilometres square-kilometer
square-kilometers square-mile square-miles square-metre square-metres square-meter square-meters
square-foot square-feet hectare hectares acre acres
litre litres liter liters ml millilitre millilitres kilolitre kilolitres kiloliter kiloliters megalitre
megalitres megaliter megaliters gallon gallons barrel barrels bpd cubic-metre
cubic-metres cubic-meter cubic-meters bcm cubic-feet cubic-foot mgd mld mmcfd
mg milligram milligrams kg kilo kilos kilogram kilograms gram grams tonne tonnes ton tons
metric-ton metric-tons metric-tonnes lb lbs ounce ounces oz troy-ounce troy-ounces carat carats
km/h kmh kph kmph mph km-per-hour kilometres-per-hour kilometers-per-hour miles-per-hour
kilometres-an-hour kilometers-an-hour miles-an-hour m/s metres-per-second knot knots mach
degrees degree °c °f degrees-celsius degrees-fahrenheit degrees-centigrade kelvin ° deg-c deg-f degc degf
horsepower hp bhp kw kilowatt kilowatts mw megawatt megawatts gw gigawatt gigawatts
kwh kilowatt-hours kilowatt-hour mwh megawatt-hours gwh gigawatt-hours twh terawatt-hours
watt watts volt volts kv amp amps joules calorie calories kcal btu
kb mb gb tb pb kilobyte kilobytes megabyte megabytes gigabyte gigabytes terabyte terabytes petabyte petabytes mbps gbps kbps
db decibels ppm parts-per-million ppb mmhg hz khz mhz ghz mah bp bps basis-point basis-points
second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks
fortnight fortnights month months year years yr yrs decade decades century centuries
millennium millennia
storey storeys story stories floors lap laps
light-year light-years magnitude
"""
MEASURE_UNITS = {}
for _w in _MEASURE.split():
    _p = _w.replace("-", " ") if _w not in ("km/h", "m/s", "light-year", "light-years") else _w
    MEASURE_UNITS[_key(_p)] = _w
MEASURE_UNITS[_key("km / h")] = "km/h"
# Units too ambiguous to stand apart from the digits ("5 m" could be million, "in" a preposition).
ATTACHED_ONLY_UNITS = {
    ("m",): "m", ("g",): "g", ("l",): "l", ("h",): "h", ("t",): "t",
    ("w",): "w", ("c",): "c", ("f",): "f", ("mi",): "mi", ("ha",): "ha", ("kt",): "kt",
    ("cc",): "cc", ("v",): "v", ("kn",): "kn", ("gw",): "gw", ("min",): "min",
    # kilolitres, as South African municipalities bill water ("6kl", "6kℓ")
    ("kl",): "kl", ("k\u2113",): "kl",
}
DURATION_UNITS = frozenset(
    """second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks
    fortnight fortnights month months year years yr yrs decade decades century centuries
    millennium millennia""".split()
)

# ---------------------------------------------------------------- hedges and movement
QUALIFIERS = {
    _key(k): k
    for k in """about|around|roughly|approximately|approx|approx.|some|nearly|almost|more than|over|
    under|less than|fewer than|at least|at most|up to|as many as|as much as|as few as|
    as little as|close to|just over|just under|well over|well under|well above|well below|
    upwards of|in excess of|no more than|no fewer than|no less than|not more than|
    not less than|only|just|a mere|mere|barely|exactly|precisely|an estimated|estimated|
    a maximum of|a minimum of|circa|c.|below|above|beyond|around about|a whopping|
    as high as|as low as|a little over|a little under|slightly more than|
    slightly less than|far more than|many more than|much more than|an average of|
    on average|upward of|more or less|shy of|short of|just shy of|at minimum|
    a little more than|a little less than|an approximate|approximate|some estimated""".replace("\n", "").split("|")
}
QUALIFIERS = {k: " ".join(v.split()) for k, v in QUALIFIERS.items() if k}
# "about" and "over" are also prepositions; they only hedge when right before the figure.
TRAILING_QUALIFIERS = _table({
    "or more": "or more", "or so": "or so", "or less": "or less", "or fewer": "or fewer",
    "plus": "plus", "and more": "and more", "and up": "and up", "at most": "at most",
    "at least": "at least", "or higher": "or higher", "or above": "or above",
    "or over": "or over", "odd": "odd",
})

UP_WORDS = frozenset(
    """rose rise rises rising risen climbed climb climbs climbing jumped jump jumps jumping
    soared soar soars soaring surged surge surges surging increased increase increases
    increasing grew grow grows growing grown gained gain gains gaining up higher rallied
    rally rallies advanced advances advancing added adds boosted boost raised raise raises
    raising expanded expand expands spiked spike rebounded rebound accelerated hiked hike
    leapt leaped leap swelled swell widened rocketed skyrocketed doubled tripled
    increasing""".split()
)
DOWN_WORDS = frozenset(
    """fell fall falls falling fallen dropped drop drops dropping declined decline declines
    declining slipped slip slips slid slide slides sliding plunged plunge plunges plunging
    tumbled tumble tumbles decreased decrease decreases decreasing lost lose loses losing
    down lower shrank shrink shrinks shrunk sank sink sinks eased ease eases contracted
    contract contracts cut cuts cutting reduced reduce reduces slumped slump slumps dipped
    dip dips plummeted plummet dived dive slowed narrowed retreated shed sheds crashed
    tumbling sinking shrinking slashed slash halved""".split()
)
# Verbs of change that make "from X to Y" and "by X to Y" two figures rather than a range.
CHANGE_VERBS = frozenset(
    """changed change changes moved move moves went go goes revised revise revises upgraded
    downgraded lowered lower lowers trimmed trim extended extend extends lengthened shortened
    shorten widened narrowed reduced reduce increased increase increases decreased cut cuts
    raised raise raises hiked hike grew grow grows jumped fell falls rose rises climbed dropped
    declined slashed boosted swelled shrank doubled tripled halved going moving changing raising
    cutting reducing lowering gone worsened worsen worsens worsening improved improve improves
    improving deteriorated deteriorate deteriorates deteriorating adjusted adjust adjusts
    """.split()
)
# Nouns after a figure that give its direction: "a 5% rise".
UP_AFTER = frozenset("increase increases rise rises jump gain gains growth hike surge higher rally uptick boost climb".split())
DOWN_AFTER = frozenset("decrease decreases decline declines drop drops fall falls cut cuts reduction loss losses lower slump dip plunge contraction slide".split())
# Words allowed between a movement verb and the figure: "rose by nearly 5%".
DIRECTION_GAP = frozenset("by to from a an as much some nearly almost about around roughly over more than just another further".split())

# ---------------------------------------------------------------- identifiers
# A number right after one of these names a thing (Flight 370, Article 5), it counts nothing.
ID_KEYWORDS = frozenset(
    """flight flights gate gates room rooms seat seats article articles section sections
    chapter chapters page pages highway route interstate platform terminal pier bus line
    track level phase stage category grade class version model episode season volume vol
    paragraph clause item rule amendment title proposition prop exit lane floor apartment
    apt suite unit building ward district precinct number channel junction junctions
    wards districts precincts milepost mileposts marker markers
    clauses paragraphs exits platforms routes phases stages chapters units
    windows iphone ipad galaxy pixel xbox playstation boeing airbus covid formula apollo
    artemis soyuz falcon gemini mk type series tier pillar annex annexe fig hb sb isbn module modules
    python ios android macos
    appendix schedule exhibit resolution protocol regulation directive
    psalm verse rte hwy nh pob gen ios android macos ubuntu mig yak runway runways row imo
    helpline helplines hotline hotlines h.r. npk batch
    """.split()
)
# The same, only when capitalised: "Bill 118", "Proposal 2", "Game 7", "Rescue 1122" (an emergency
# service) name things; "the new bill 40,000 families" counts families.
CAPITALISED_ID_KEYWORDS = frozenset("bill bills proposal proposals division game rescue".split())
# Nouns after "No. 9" that make it a number worn, not a rank: "the No. 9 shirt".
WORN_NUMBER_NOUNS = frozenset("shirt shirts jersey jerseys kit top saddlecloth bib".split())
# Verbs before "No. 23" that make it a number worn: "who wears No. 23".
WORN_VERBS = frozenset("wear wears wore wearing worn".split())
# Words for records whose numbers are references, not counts ("quoting log 1187", "crime
# reference 4451"), unless a counted noun follows: "officers log 500 calls a week".
REFERENCE_KEYWORDS = frozenset("log reference ref incident code".split())
# Verbs before a telephone number: "dial 999", "called 911", "call police on 101".
DIAL_VERBS = frozenset("dial dials dialled dialed dialling dialing".split())
CALL_VERBS = frozenset(
    """call calls called calling ring rings rang ringing phone phones phoned phoning text texts
    texted texting contact contacts contacted contacting""".split()
)
# Words after a telephone number: it ends its phrase, so no counted noun follows it.
PHONE_NUMBER_FOLLOWERS = frozenset(
    """and or for if to from at when after before but while as in on with quoting immediately
    instead straight anonymously free again twice any anytime""".split()
)
# Capitalised words that may stand right before a figure without naming a thing.
ALLOWED_BEFORE_NUMBER = frozenset(
    """about some nearly over around almost only just more fewer less at up by in on to from
    between since until with for of and or but the a an all another those these its his her
    their our top roughly approximately estimated exactly than aged age ages no nos after
    before during among against under within without per than as like if when while
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday us usd eur gbp rs inr chf cad aud jpy cny rmb
    killing killed kills kill jumped rose fell totalled totaled reached hit down
    were was are is be been had has have said says say around nearly almost precisely
    """.split()
)
# Words after "No 10" that show it is the Downing Street address, not a rank.
NO10_FOLLOWERS = frozenset(
    """said says spokesman spokeswoman spokesperson official officials source sources aide aides
    insider insiders adviser advisers advisor advisors staff press team chief denied insisted
    has had is was would will could declined refused confirmed , . ; ) downing""".split()
)
STREET_SUFFIXES = frozenset(
    """street st avenue ave road rd boulevard blvd lane ln drive dr way place pl square sq
    court ct terrace crescent parkway close highway circle plaza grove gardens mews row parade
    quay wharf""".split()
)

# ---------------------------------------------------------------- count nouns
# Words that end a counted noun phrase before it starts: "12 were killed", "20 of the".
STOP_AFTER = frozenset(
    """the a an of in on at to for from by with and or but as than that which who whom whose
    is are was were be been being have has had will would could should may might must can
    do does did not no nor this these those their its his her our your my per each every
    more less fewer most least over under about into onto upon after before since until
    during while when where said says say told also only just again ago later earlier
    across against among between through toward towards within without according
    including compared respectively so if then there here out up down off away back still
    yet even already now today yesterday tomorrow tonight percent per cent pct it they he
    she we you i me him them us what how why all both either neither such via versus vs
    amid whether because though although unless once else like near around past beyond
    following plus minus times whereas besides instead too very quite nearly almost about
    someone anyone everyone each other another which whose despite notwithstanding except""".split()
)
# Verbs in -s that end a noun phrase rather than make it plural: "a third of the budget goes".
VERBS_IN_S = frozenset(
    """goes comes remains seems gets makes takes gives pays spends lies sits stands stays
    becomes belongs depends happens appears exists continues faces holds keeps""".split()
)
# Plural heads that do not end in -s.
IRREGULAR_PLURALS = frozenset(
    """people men women children police staff personnel cattle sheep fish deer troops
    militia clergy crew aircraft livestock poultry offspring media data feet teeth mice
    geese folk youth infantry cavalry faithful elderly wounded injured dead homeless
    unemployed poor vehicles""".split()
)
# Modifiers that are not part of what is counted: "20 more people" counts people.
SKIP_MODIFIERS = frozenset("more other additional extra further".split())
# Words after "one" that show it is not a count ("one of the", "one day", "one another", "this
# one came from a churchyard": a verb, after the pronoun).
ONE_NOT_COUNT = frozenset(
    """of another day time way thing side hand point more or and but if than that which who
    is was has had will would could should may might must can does did told said says
    such another's last too also day's morning evening night afternoon weekend
    went came got took gave made ran sat stood fell became""".split()
)
ONE_NOT_AFTER = frozenset(
    """no any every each the this that which someone no-one only whichever what anyone the
    such little last another everyone""".split()
)

# ---------------------------------------------------------------- vague amounts
VAGUE_PLURALS = {
    "dozens": (12, 120), "scores": (20, 200), "hundreds": (100, 1_000),
    "thousands": (1_000, 10_000), "millions": (1_000_000, 10_000_000),
    "billions": (1_000_000_000, 10_000_000_000), "trillions": (1e12, 1e13),
    "tens": (10, 100),
}
# Multipliers for "several hundred", "a few thousand".
VAGUE_FEW = {"several": (3, 9), "few": (2, 9), "many": (2, 9), "couple": (2, 3)}

SPORTS_WORDS = frozenset(
    """won win wins winning beat beats beaten defeated defeat defeats lost lose loses losing
    victory victories draw drew drawn score scored scores scoring lead led leads leading
    trail trailed trailing match matches game games final finals series set sets goal goals
    league cup tie tied thrashed thrashing edged rout routed hammered clinched triumph
    innings halftime half-time overtime penalties shootout aggregate outscored outscore""".split()
)
# Words that make "52-48" a tally of votes rather than a score.
VOTE_WORDS = frozenset(
    """voted vote votes voting ballot ballots tally margin senate senators house lawmakers
    legislators mps councillors jurors justices confirmed approved passed rejected
    endorsed adopted motion bill referendum passes amendment""".split()
)
# Nouns after an ordinal that make it part of a name: "the 14th Amendment".
ORDINAL_NAME_NOUNS = frozenset(
    """amendment amendments district congressional precinct ward circuit parallel
    arrondissement regiment battalion brigade division infantry cavalry airborne fleet
    street avenue dynasty""".split()
)
RECORD_WORDS = frozenset(
    """record records largest biggest highest lowest worst best most least fastest slowest
    first-ever all-time unprecedented historic never ever deadliest richest poorest
    longest shortest""".split()
)
# Nouns that an age in commas can follow: "the senator, 72, said".
PERSON_NOUNS = frozenset(
    """man woman boy girl mother father son daughter wife husband brother sister senator
    president minister driver teacher student victim suspect officer resident worker
    farmer owner player actor singer leader pensioner grandmother grandfather nurse doctor
    soldier pilot""".split()
)

# Verbs of speech that follow their speaker directly: "one delegate said", "Restrepo told EFE".
SPEECH_VERBS = frozenset("said says told tells added adds warned explained noted wrote insisted asked asks".split())
