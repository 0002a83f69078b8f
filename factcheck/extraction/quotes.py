"""Direct quotes and who said them.

A quote is text between double quote marks (straight, curly or guillemets). News
convention lets a quote run on across paragraphs: a paragraph that ends inside a quote
continues when the next paragraph opens with a quote mark. An opening mark that is never
closed stops at the end of its paragraph, so one stray mark can never swallow the story;
if that paragraph ends with an attribution (", Price said.") the quote stops before it.

Single curly quotes (British style) count only when a speech verb attributes them, and
straight apostrophes are never quote marks. Short quoted phrases of one to three words
with no speech verb attached ("so-called 'shoot without warning' order", scare quotes,
nicknames) are not quotes of a speaker and are not reported.

The speaker is resolved to the fullest earlier mention of the person: "Price said" after
"spokesperson Ned Price" gives "Ned Price"; "he said" gives the subject of the nearest
earlier sentence that has one, passing over a subject known to be a woman (and "she said"
one known to be a man: see ``genders``); a quote introduced mid-sentence ("..., adding,
"...") belongs to the subject of that sentence; an unattributed quote paragraph continues
the previous speaker's words when it follows that speaker's quote.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from itertools import islice
from operator import itemgetter

from .dates import MONTHS, WEEKDAYS
from .genders import FEMININE, MASCULINE, PRONOUN_SEX, sex_of_description, sex_of_given_name, sex_of_word
from .lexicon import SPEECH_VERBS, STREET_SUFFIXES
from .numbers import NUMBER_WORDS, word_trie_pattern

_UPPER = "".join(
    chr(c) for c in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x370, 0x530))
    + list(range(0x1E00, 0x1F00))  # Latin Extended Additional: Vietnamese and Yoruba capitals ("Ọ", "Ẹ")
    if chr(c).isupper()
)


def _as_ranges(chars: str) -> str:
    """A character class's body with runs of neighbouring code points as ranges ("A-Z"):
    the same class, in a pattern a fraction of the length, which compiles that much faster."""
    codes = sorted(set(map(ord, chars)))
    parts = []
    k = 0
    while k < len(codes):
        j = k
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = chr(codes[k]), chr(codes[j])
        parts.append(re.escape(first) if j == k else f"{re.escape(first)}-{re.escape(last)}")
        k = j + 1
    return "".join(parts)


_UP = "[" + _as_ranges(_UPPER) + "]"
# Titles written short, with or without a stop: "Capt. John Smith", "Cmdr. Elena Reyes".
_TITLES_WRITTEN_SHORT = frozenset(
    """capt cmdr cdr supt insp sgt col gen gov sen rep det cpl pvt prof rev ald hon adm maj cllr brig lieut
    comm engr pharm barr arch atty gda eng coun pte const msgr spc fr sqn ldr lt dra hj ir sh ing lic bp comdt adv""".split()
)
# The same with a stop, which a name follows: "a spokesman for Gov. Ron DeSantis", "said Cpl. Ines
# Vardy", "said Lieut. Aidan Moran"; one list, so no title ends a sentence in one place and
# opens a name in another.
_STOPPED_TITLES = tuple(sorted({"Mr", "Mrs", "Ms", "Dr", "St"} | {t.capitalize() for t in _TITLES_WRITTEN_SHORT}))
# Parts of names written short with a stop that no title is: given names ("Ma." for Maria in "Ma.
# Lourdes Dizon", "Md." and "Muh." for Muhammad, "Wm." for William) and "Jr.".
_NAME_PARTS_WRITTEN_SHORT = ("Ma", "Md", "Muh", "Moh", "Mohd", "Wm", "Geo", "Jr", "Sr")
# Words of two to four letters written short inside a name: titles of up to three letters,
# parts of names, and a few longer words of a body's name ("Acme Corp. Chairman"); after any
# other word the stop ends its sentence, and the name with it ("... is Camille Roy. Luc's
# daughter", "said Li. Zhang added", "research firm Canalis Data. Apple and Samsung").
_SHORT_IN_NAMES = sorted(
    {t for t in _STOPPED_TITLES if len(t) <= 3} | {t for t in _NAME_PARTS_WRITTEN_SHORT if len(t) <= 4}
    | set("""Mt Ft Br Co No Rt Gp Sq Rd Pt Ct Bt Wg Cr Mme Inc Ltd Bhd Sdn Pty Cie Ave Ste Mgr Lcp Sup Est
    Bro Sra Sec Sto Sta Adv Drs Ven Sis Pst Alh Amb Arc Dcn Flt Arq
    Capt Prof Supt Insp Cmdr Brig Corp Bros Dept Assn Univ Intl Govt Natl Coun""".split())
)
_NAME_STOP = (
    r"(?=\.[ \t]|(?<=[JS]r)\.,)(?:(?<![^\W\d_]{2})"
    + "".join(
        rf"|(?<=(?<![^\W\d_])(?:{'|'.join(w for w in _SHORT_IN_NAMES if len(w) == n)}))"
        for n in sorted({len(w) for w in _SHORT_IN_NAMES})
    )
    + r")\."
)
# Initials written together ("K.N. Ilangovan", "P.S. Raghavendra") are one word of a name.
_JOINED_INITIALS = rf"(?:\.{_UP}){{1,2}}\.(?=[ \t])"
# A plural possessive inside a name keeps its apostrophe: "Halifax Transit Riders' Coalition".
# A hyphen inside a name ("Brennan-Ochoa"), not before a participle that makes the name a
# description: "the Declan Furlong-trained colt", "a Lagos-born designer".
_NAME_HYPHEN = r"-(?!(?:trained|owned|ridden|bred|born|based|led|backed|run|coached|managed|funded|built|made|style)\b)[^\W\d_]+"
_CAP = (
    rf"(?:{_UP}(?:{_JOINED_INITIALS}|[^\W\d_]*(?:['\u2019][^\W\d_]+|{_NAME_HYPHEN})*(?:{_NAME_STOP}|(?<=s)['\u2019](?=[ \t]{_UP}))?)"
    # An Irish surname that opens with a vowel takes an "h" after "\u00d3" or "N\u00ed": "\u00d3 hAodha".
    rf"|(?:(?<=\u00d3[ \t])|(?<=N\u00ed[ \t]))h[AEIOU\u00c1\u00c9\u00cd\u00d3\u00da][^\W\d_]*)"
)
# (With the words for "son of" and "daughter of" that stand between a given name and a family name
# in Azerbaijani and Mauritanian names: "Elnur Rafig oglu Mammadli", "Ahmed ould Sidi".)
_PARTICLE = r"(?:de|da|del|della|dela|delos|der|den|van|von|bin|ibn|al|el|le|la|los|las|des|du|dos|das|ter|di|y|ap|ab|bint|binti|zu|ole|arap|oglu|ogly|qizi|ould)"
# Particles that open a surname written alone, capitalised at a sentence's start: "Von
# Alvensleben said", "De la Puente said". "Al", "Ben" and "Van" are also given names, so the
# particle is read so only where the copy wrote it in lower case before.
_SURNAME_PARTICLES = frozenset("de da del della dela delos der den van von le la du dos das ter di ap ab zu al el bin ibn ben ole arap".split())
# A run starts at a capital not preceded by a letter. The check sits after the capital
# so that the pattern opens with a character class, which the regex engine skips to
# directly instead of trying the look-behind at every position.
_FIRST_CAP = rf"(?:{_UP}(?<![^\W\d_]{_UP})(?:{_JOINED_INITIALS}|[^\W\d_]*(?:['\u2019][^\W\d_]+|{_NAME_HYPHEN})*(?:{_NAME_STOP}|(?<=s)['\u2019](?=[ \t]{_UP}))?))"
# Arabic family names written with their article: "al-Marri", "el-Sisi".
_ARTICLE_NAME = rf"(?:al|el|ad|ash|as|az)-{_CAP}"
# A nickname in quotes inside a name: 'Harold| "Hal"| Brennan-Ochoa', 'Maria Theresa| "Tess"| dela Cruz'.
# (No test of the capitals: the name must go on after it, which the run's own words test.)
_NICKNAME = r"[ \t]+[\"\u201c'\u2018](?![a-z])[^\W\d_][^\"\u201c\u201d'\u2018\u2019\n]{0,20}[\"\u201d'\u2019]"
_NICKNAME_RE = re.compile(_NICKNAME + r"(?=[ \t])")
_NAME_RUN_RE = re.compile(rf"{_FIRST_CAP}(?:(?:{_NICKNAME})?[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_CAP}|{_ARTICLE_NAME}))*")
# More of a name after a run's words: "Umm Khaled| al-Hamwi".
_NAME_GOES_ON_RE = re.compile(rf"(?:{_NICKNAME})?[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_CAP}|{_ARTICLE_NAME})")
# Up to and including the last character no name run can contain (not every such
# character: digits are left out). The greedy match backs off from the end, so finding
# the last one costs only the distance back to it.
# (A quote mark is no break: a nickname in quotes can stand inside a name.)
_UP_TO_LAST_RUN_BREAK_RE = re.compile(r".*[^\w'\u2019\-. \t\"\u201c\u201d]", re.DOTALL)

_INITIALS_IN_BRACKETS_AT_END_RE = re.compile(r"[ \t]+\((?:[A-Z][A-Za-z&\-]{1,9})\)$")
# The owner at the start of a run, before what is theirs: "Sipho Dube|'s spending plan".
_OWNER_OF_A_THING_RE = re.compile(r"(.+?)['\u2019]s[ \t]")
# Words before a title that make it another's than the office's holder: "Former governor", "Shadow
# health minister", "Assistant coach".
_QUALIFIED_TITLE_WORDS = frozenset("shadow assistant deputy vice junior lieutenant".split())
# A word in lower case after a title that goes on with the office, not another's trade: "Minister of
# State for Fisheries", "The governor of Delta State" (not "coach driver").
_WORDS_AFTER_A_TITLE = frozenset("of for in at and the to on".split())
# Two capitalised words joined by "and", perhaps through a word of a role: "Brody and striker Ian".
_TWO_JOINED_RE = re.compile(r"[A-Z][\w'\-]*[ \t]+and[ \t]+(?:[a-z]+[ \t]+)?[A-Z]")


def _in_a_relative_clause(head: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a clause set off by ", which" or ", whose" and closed
    by a comma: "The agency, which Ruth Okafor oversees, said"."""
    opened = max(head.rfind(", which ", 0, start), head.rfind(", whose ", 0, start))
    return opened >= 0 and "," not in head[opened + 1:start] and head.find(",", end) >= 0


def _describes_a_thing(text: str, at: int, verb: str) -> bool:
    """Whether the verb of speech at ``at`` is a participle that describes the word after it,
    after an article or an owner: "praised the continued drop in arrears, but said ...", "its
    stated aim" (not "the accused's lawyer")."""
    return (
        text[max(0, at - 6):at].lower().endswith(("the ", "its ", "their "))
        and _NEXT_WORD_RE.match(text, at + len(verb)) is not None
    )
_QCHAR_RE = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")
# Speech in single marks, as British and Australian copy writes it: '\u2018I\u2019ve only missed three
# days,\u2019 she says'. A \u2019 before a letter is an apostrophe, and the quote goes on past it.
_SINGLE_RE = re.compile("(?<![^\\W\\d_])\u2018((?:[^\u2018\u2019\n]|\u2019(?=[^\\W\\d_])){1,600}?)\u2019(?![^\\W\\d_])")
OPEN_MARKS = "\"\u201c\u00ab\u201e"

_VERBS = (
    "said|says|say|told|tells|added|adds|adding|asked|asks|stated|states|explained|explains|"
    "noted|notes|wrote|writes|tweeted|posted|declared|declares|insisted|insists|argued|argues|"
    "warned|warns|claimed|claims|continued|continues|replied|replies|responded|responds|"
    "announced|announces|acknowledged|acknowledges|admitted|admits|recalled|recalls|urged|urges|"
    "stressed|stresses|emphasised|emphasized|suggested|suggests|commented|remarked|conceded|"
    "predicted|confirmed|cautioned|complained|quipped|joked|countered|maintained|observed|"
    "concluded|vowed|pledged|promised|shouted|cried|whispered|saying|telling|writing|"
    # (a threat, with its terms quoted: "threatened to occupy the highways "if the strike goes on"")
    "threatened|threatens|"
    "according to|According to|recounted|testified|pointed out|went on|put it|puts it|boasted|demanded|exclaimed|"
    # (a reckoning, in the words of who made it: "reckoned she had lost "at least a dozen canvases"")
    "reckoned|reckons|"
    "described|called|dubbed|labelled|labeled|termed|calling|describing|branding|branded|accused|"
    "queried|wondered|lamented|mused|retorted|reiterated|sighed|scoffed|fumed|shot back|hailed|"
    # (words said with a laugh: '"...," he laughed')
    "laughed|laughs|chuckled|chuckles|"
    # (an official's promise: "assured residents that "..."")
    "assured|assures|"
    # (a charge, with what it says after it: "alleged that the wards had been "...""; but "the
    # alleged victim" is no one speaking)
    "alleged that|alleges that|alleging that|"
    # (a clause that goes on from its subject's: "defended the package, insisting it would reach "..."")
    "insisting|arguing|claiming|stressing|vowing|pledging|urging|explaining|"
    "blamed|denounced|condemned|dismissed|criticised|criticized|slammed|praised|appealed|assessed|"
    "decried|lambasted|characterised|characterized|noting|ruled|"
    # (counsel in court, as Kenyan, Zambian and Indian reports write it: '"...," Mr Mogaka submitted')
    "submitted|submits|"
    # (words sent or spoken over a channel, and an apology in the words of who made it:
    # '"Mayday, mayday," the captain radioed', 'she apologised on Instagram: "..."')
    "radioed|texted|messaged|apologised|apologized|"
    # (and in the present, as features and profiles write: "Peter Mugo describes her as "...")
    "describes|dubs|hails|blames|praises|slams|criticises|criticizes|denounces|condemns|dismisses|"
    "accuses|decries|lambasts"
)


# The verbs as one alternation factored by common prefixes: the regex engine tries an
# alternation's words one by one at every place it looks, and the patterns below look at many
# places; factored, a place that opens no verb fails on a letter or two. Every pattern that uses it
# ends the verb at a word boundary, and no verb is another's first word ("shot back" but no "shot"),
# so the factored form, which tries the longer word first, matches as the plain list would.
_VERB_ALTERNATION = word_trie_pattern(_VERBS.split("|"))
_VERB_RE = re.compile(rf"(?<![\w-])(?:{_VERB_ALTERNATION})\b")
@functools.lru_cache(maxsize=256)
def _pattern(source: str, flags: int = 0) -> re.Pattern:
    """A pattern built around words of the copy (a noun, a title, a surname), compiled once while
    it is in use. re's own cache is shared with the whole process and holds 512, so a few
    documents' names would push these out and each would be compiled again."""
    return re.compile(source, flags)


def _has_whole_word(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` stands in text[start:end] as a whole word (what ``\\bword\\b`` finds
    there), without compiling a pattern for each of the copy's names."""
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        before_is_word = at > start and _is_word_character(text[at - 1])
        after_is_word = after < end and _is_word_character(text[after])
        if before_is_word != _is_word_character(word[0]) and after_is_word != _is_word_character(word[-1]):
            return True
        at = text.find(word, at + 1, end)
    return False


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what re's \\w matches in a str pattern


# Words that make "one ..." no source: "one in five residents", "no one else".
_NOT_A_SOURCE_WORDS = frozenset(
    """in of else out or and to by more point time day way thing hand year week month night who which
    that has have had was is ever never also then""".split()
)


@functools.cache
def _owned_body_re(noun: str) -> re.Pattern:
    """An owner and a body written in lower case: "Peru's health ministry", "Kenya's health
    ministry". Compiled for each noun when first asked for."""
    return re.compile(
        rf"\b([A-Z][\w\-]+['\u2019]s (?:[a-z][\w\-]* ){{0,2}}{re.escape(noun)})"
        r"(?=,|\s+(?:has|had|have|is|was|said|says|denied|denies|rejected|rejects|insisted|confirmed|announced|declined|told)\b)"
    )


@functools.cache
def _one_source_re() -> re.Pattern:
    """An unnamed source counted as one of several: "one delegate said", "one senior official
    told". Compiled when first needed, as the next one: few texts say "another said"."""
    return re.compile(rf"(?<![Nn]o )\b[Oo]ne ((?:[a-z][a-z\-]+ ){{0,2}}[a-z][a-z\-]+),? (?:{_VERB_ALTERNATION})\b")


@functools.cache
def _subject_then_verb_re() -> re.Pattern:
    """A subject's own verb of speech after it, past a clause set off by commas: "Leanne| said",
    "A stock agent based in Coonabri|, who asked not to be named, said"."""
    return re.compile(rf"(?:,[^,.;\"\u201c\u201d]{{1,160}},)?[ \t]+(?:{_VERB_ALTERNATION}|interrupted|answered)\b")


# Words after which "states" is the noun: "member states", "the Gulf states", "six states".
_WORDS_BEFORE_STATES_THE_NOUN = frozenset(
    """member members gulf baltic united arab island nation frontline neighbouring neighboring other
    several many both all some swing battleground small nuclear coastal african asian
    european western eastern northern southern caribbean pacific rogue successor post-soviet former
    these those sovereign border""".split()
)


def _states_is_a_noun(text: str, at: int) -> bool:
    """Whether "states" at ``at`` is the noun, by the word before it."""
    before = text[max(0, at - 20):at].rsplit(None, 1)[-1:]
    if not before:
        return False
    word = before[0].lower()
    return word in _WORDS_BEFORE_STATES_THE_NOUN or word.isdigit() or word in NUMBER_WORDS


# Words before "claims" that make it the noun: "the claims", "opposition claims", "rejected claims".
_WORDS_BEFORE_CLAIMS_THE_NOUN = frozenset(
    """the his her their its these those such any all false unfounded similar earlier rival
    media online insurance repeated rejected denied dismissed disputed refuted""".split()
)
# A verb that takes claims for its object, earlier in the clause: "has rejected opposition claims".
_REJECTED_CLAIMS_RE = re.compile(r"\b(?:reject|deni|dismiss|disput|refut|investigat|repeat)[a-z]*\s+(?:[a-z]+\s+){0,2}$")


def _claims_is_a_noun(text: str, at: int) -> bool:
    """Whether "claims" at ``at`` is the noun, by the words before it."""
    before = text[max(0, at - 40):at]
    last = before.rsplit(None, 1)[-1:]
    if not last:
        return False
    word = last[0].lower()
    return word in _WORDS_BEFORE_CLAIMS_THE_NOUN or word.endswith(("'s", "\u2019s")) or _REJECTED_CLAIMS_RE.search(before) is not None


def _verb_in_description(text: str) -> re.Match | None:
    """The first speech verb in a speaker's description, where "states" after "member" is a noun:
    "a diplomat from one of the member states"."""
    for verb in _VERB_RE.finditer(text):
        if not (verb.group() == "states" and _states_is_a_noun(text, verb.start())):
            return verb
    return None


# A speaker after a quote described at length before the verb: '," Friederike zu Stolberg, an
# economist at the Kiel Institute for the World Economy (IfW), told DW', '," a senior U.S.
# official, who spoke on condition of anonymity to discuss the talks, told Reuters'. No full
# stop of a sentence lies between (that of an initial or of "U.S." may).
_NOT_A_SENTENCE_END = r"(?:[^\"\u201c\u201d\n.!?]|[.!?](?![ \t])|(?<=\b[A-Z])\.[ \t])"
_APPOSED_SPEAKER_RE = re.compile(
    rf"[ \t]*,?[ \t]*(?P<who>{_NAME_RUN_RE.pattern}|an?[ \t]{_NOT_A_SENTENCE_END}{{2,80}}?),[ \t]"
    rf"{_NOT_A_SENTENCE_END}{{2,220}}?,[ \t]+(?:{_VERB_ALTERNATION})\b"
)


@functools.cache
def _described_then_named_re() -> re.Pattern:
    """The same with the description first and the name in apposition to it: '," Qatar's
    Minister of State at the Ministry of Foreign Affairs, Sultan bin Rashid Al-Marri, told
    reporters'. Compiled when first needed: few quotes are followed by so long a description."""
    return re.compile(
        rf"[ \t]*,?[ \t]*(?:[^,\"\u201c\u201d\n.!?]|(?<=\b[A-Z])\.[ \t]){{2,140}}?,[ \t]"
        rf"(?P<who>{_NAME_RUN_RE.pattern}),[ \t]+(?:{_VERB_ALTERNATION})\b"
    )


# Verbs of judging, which quote a term or a name as often as words spoken ('praised the "Tidy
# Towns" volunteers'): they bring only a quote of two words or more that names nothing.
_JUDGING_VERBS = frozenset({
    "blamed", "denounced", "condemned", "dismissed", "criticised", "criticized", "slammed", "praised",
    "decried", "lambasted", "ruled",
    "blames", "denounces", "condemns", "dismisses", "criticises", "criticizes", "slams", "praises", "decries", "lambasts",
})


def _names_a_thing(words: str) -> bool:
    """Whether quoted words are a short name in title case ("Tidy Towns", "Stop and Search")."""
    parts = words.strip(" ,.").split()
    return 0 < len(parts) <= 5 and parts[0][:1].isupper() and all(
        p[:1].isupper() or p in ("and", "of", "the", "for", "in", "on", "a", "&") for p in parts
    )


# Verbs that introduce a partial quote but cannot follow one as an attribution.
_PARTIAL_ONLY = frozenset({
    "described", "called", "dubbed", "labelled", "labeled", "termed", "calling", "describing",
    "branding", "branded", "accused", "hailed", "blamed", "denounced", "condemned", "dismissed",
    "criticised", "criticized", "slammed", "praised", "appealed", "assessed", "decried", "lambasted",
    "characterised", "characterized", "noting",
    "describes", "dubs", "hails", "blames", "praises", "slams", "criticises", "criticizes", "denounces", "condemns",
    "dismisses", "accuses", "decries", "lambasts",
})
# "posed" brings the speaker of a question right after it ('?" posed Faith Achieng'); anywhere
# else it poses something ('the "danger" posed by gangs').
_POSED_RE = re.compile(r"\bposed(?=[ \t]+[A-Z])")
# (the words between the verb and the quote hold no full stop, but a title's may stand there: 'told
# Mr. Brandt, "..."')
_TITLES_STOP = r"(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\."
_TITLES_STOP_RE = re.compile(_TITLES_STOP)
_PRE_TAIL_RE = re.compile(
    rf"(?<![\w-])(?P<verb>{_VERB_ALTERNATION})\b"
    rf"(?P<gap>(?:[^.!?\"\u201c\u201d]|{_TITLES_STOP}){{0,100}}?)[,:]?\s*$"
)
# The longest stretch a match of _PRE_TAIL_RE can take before the blanks it ends with: its verb,
# its gap, and a comma or a colon.
_PRE_TAIL_REACH = max(map(len, _VERBS.split("|"))) + 100 + 1


def _pre_tail_start(window: str) -> int:
    """The earliest place in ``window`` where a match of _PRE_TAIL_RE can start, so that the search
    need not try the words before it: no further back than the longest stretch such a match takes,
    and after the last mark it never holds (a full stop but a title's, as in "Mr."). (A search from
    there finds the same match: the verb's look back at the character before it still sees them.)"""
    start = max(0, len(window.rstrip()) - _PRE_TAIL_REACH)
    for mark in "!?\"\u201c\u201d":
        start = max(start, window.rfind(mark, start) + 1)
    stop = window.rfind(".", start)
    while stop >= 0 and _TITLES_STOP_RE.match(window, stop):
        stop = window.rfind(".", start, stop)
    return max(start, stop + 1)


# Words by which a source is kept unnamed: who they are, the copy says, it may not tell.
_ANONYMITY_RE = re.compile(
    r"asked (?:not to be|that (?:his|her|their) names? not be|to remain)|did not want (?:to be|(?:his|her|their) names?)"
    r"|declined to be named|on condition of anonymity|(?:cannot|could not|can't|may not) be named"
)
# A threat just before a quote: its words are the threatener's only when they are more than a term.
_THREATENED_BEFORE_RE = re.compile(r"\bthreaten(?:s|ed|ing)?\b[^.!?\"\u201c\u201d]{0,60}$")
# Words that join a clause to the one before, so that what follows them is no attribution.
_JOINING_WORDS = frozenset("and but or so yet because while although though".split())
_TAIL_ATTRIB_RE = re.compile(
    rf",\s*(?P<who>[^,.!?\"\u201c\u201d]{{1,80}}?)\s+(?:{_VERB_ALTERNATION})\b[^.!?\"]{{0,60}}[.!?]?\s*$"
)
_FRAGMENT_END_RE = re.compile(r"[,.;:!?\n(]")
# A role and whose it is, written before the name in apposition: "Labour's housing spokesman".
# An owner's role, and where it is held: "Labour's housing spokesman", "Amcu's regional chairperson
# in the platinum belt".
_OWNED_ROLE_RE = re.compile(
    r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}(?:['\u2019]s|s['\u2019])(?: [a-z][a-z\-]*){1,3}(?: (?:in|at|for|on|to) [\w\-]+(?: [\w\-]+){0,3})?"
)
_DOCUMENT_READ_RE = re.compile(
    r"\s*,?\s*(the\s+(?:statement|release|letter|filing|notice))\s+(?:read|reads|stated|states)\b(?!\s+(?:by|out|aloud)\b)"
    # (and inverted: '"...," reads the statement in part')
    r"|\s*,?\s*(?:reads|read)\s+(the\s+(?:statement|release|letter|filing|notice))\b"
)
_NAMED_BEFORE_A_COLON_RE = re.compile(r"\s*([A-Z][^:.!?;\"\u201c\u201d\n]{2,80}):\s*")
_SPOKESPERSON_FOR_RE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+)?(?:spokesperson|spokesman|spokeswoman|official|source)\s+(?:for|of|at|in)\s")
# A title that takes portfolios, and the first of them up to a comma: "Minister for Fire, ".
_PORTFOLIO_LIST_RE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Department|Ministry)\s+(?:for|of)\s+[^.;:,\n]+,\s+$")
# A title and the "for" or "of" of its portfolio, right before the portfolio's last word and
# the name: "Minister for| Education Aoife Murphy", "Secretary of State for| Wales Jo Stevens",
# "Minister for Housing, Local Government and| Heritage Darragh O'Brien".
_TITLE_FOR_A_PORTFOLIO_RE = re.compile(
    r"\b([Mm]inister|[Ss]ecretary|[Cc]ommissioner)(?:\s+of\s+[Ss]tate)?\s+(?:for|of)(?:\s+the)?"
    r"(?:(?:\s+[A-Z][\w\-]*)+(?:,|\s+and|\s+&))*$"
)
# An attribution set off inside a sentence by commas: "The boats|, he says,| are unrecognisable".
_SAYS_ASIDE_RE = re.compile(r",[ \t]+([Hh]e|[Ss]he)[ \t]+(?:says|said|adds|added),[ \t]")
# "he says" or "she said" closing a clause of the copy: "A driver earns about N180,000, he says."
_PRONOUN_SAYS_RE = re.compile(r",[ \t]+(?:he|she)[ \t]+(?:says|said|adds|added)\W*$")
# Something written, as the subject of a clause that quotes it, and who wrote it: "A letter from
# the bank's relationship manager", "an email from Ms Doyle".
_WRITTEN_FROM_RE = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)[ \t]+(?:letter|email|e-mail|memo|note|text|message)[ \t]+from[ \t]+(.+)")
# Words that open the name of a storm or an operation, which no one speaks as.
_NAMED_EVENTS = frozenset("Storm Hurricane Cyclone Typhoon Tropical Operation".split())
# Words before "the" and a name that make the name a vessel's: "onto the Trudy Lynn", "aboard the Mary Rose".
_WITH_A_THING_VERB_RE = re.compile(r"\b(?:onto|aboard|on board|board|boarded|skipper of|sailed|sank|launched)[ \t]+the[ \t]+$")
# How a subject may end with the means of its words: "The commission in a statement urged".
_IN_A_STATEMENT_ENDS = tuple(f" in {a} {d}" for a in ("a", "its", "their", "his", "her") for d in ("statement", "letter", "release", "post"))
# A conjunction that opens the clause of an attribution: "But it says", "And she added".
_CONJUNCTION_OPENING_RE = re.compile(r"(?:But|And|Yet)[ \t]+")
# An answer attributed to no one but the question: '"You'd have to ask him," came the reply'.
_CAME_THE_REPLY_RE = re.compile(
    r"[ \t]*,?[ \t]*came the (?:reply|answer|response)\b(?:[ \t]+from[ \t]+(?P<who>[^,.;:!?\"\u201c\u201d\n]{2,80}))?"
)


@functools.cache
def _ampersand_name_re() -> re.Pattern:
    """A firm's name joined by an ampersand: "Pacific Gas & Electric", "Procter & Gamble".
    Compiled when first needed, as the next one: few texts have an ampersand in a name."""
    return re.compile(rf"{_CAP}(?:[ \t]+{_CAP})*[ \t]+&[ \t]+{_CAP}(?:[ \t]+{_CAP})*")


@functools.cache
def _first_part_before_an_ampersand_re() -> re.Pattern:
    """The first part of such a name, before the last: "Gulf South Power & |Light"."""
    return re.compile(rf"{_CAP}(?:[ \t]+{_CAP})*[ \t]+&[ \t]+$")


def _firm_with_an_ampersand(name: str) -> bool:
    """Whether ``name`` is one firm's name joined by an ampersand ("Procter & Gamble"); not a
    couple ("Aroha & Wiremu Ngata", "Mr & Mrs Patel"), nor a firm and the title and name of its
    head ("Procter & Gamble Chief Executive Jon Moeller")."""
    if " & " not in name or _ampersand_name_re().fullmatch(name) is None:
        return False
    first, _, second = name.partition(" & ")
    words = name.replace("&", " ").split()
    return (
        sex_of_given_name(first.split()[0]) is None and sex_of_given_name(second.split()[0]) is None
        and not any(w.lower().rstrip(".") in TITLES or w.lower().rstrip(".") in _HONORIFICS for w in words)
    )


# A pronoun that opens the main clause after an opening one: ", she paused", ", he said".
_PRONOUN_OPENS_MAIN_CLAUSE_RE = re.compile(r",\s+([Hh]e|[Ss]he)\s+[a-z]")
# A role described by the body it is held at, right before the body's name: "The chief executive
# of ", "the head of the ".
_ROLE_OF = r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z\-]+\s+){0,3}?([a-z\-]+)\s+(?:of|at)\s+(?:the\s+)?"
_ROLE_OF_A_BODY_RE = re.compile(rf"(?<![\w-]){_ROLE_OF}$")
# The same, with the body's name after it: "The chief executive of Acme Holdings".
_ROLE_OF_A_NAMED_BODY_RE = re.compile(rf"{_ROLE_OF}([A-Z][^,;:]*)")


@functools.cache
def _headline_speaker_res() -> tuple[re.Pattern, re.Pattern]:
    """Who a headline names after its quote ("'...' \u2013 Mokoena on smashing SA record", "'...':
    Tane rues Thunder collapse") and before it ("Nuala Breen: '...'", "Tide's Morales on late
    winner: '...'"). Compiled when first needed: few headlines hold a quote."""
    after = re.compile(
        rf"[ \t]*(?::|[\u2013\u2014-])[ \t]+(?P<who>{_NAME_RUN_RE.pattern})"
        r"(?=[ \t]+(?:on|after|rues|says|admits|insists|vows|warns|tells|reveals|hails|slams)\b|[ \t]*$)"
    )
    before = re.compile(
        rf"(?:[A-Z][\w'\u2019.\-]*['\u2019]s[ \t]+)?(?P<who>{_NAME_RUN_RE.pattern})(?:[ \t]+on[ \t][^:\n]{{1,60}})?:[ \t]*"
    )
    return after, before


# A topic an interview's answer is given under: "On the day he knew it was over: ".
_INTERVIEW_TOPIC_RE = re.compile(r"On [a-z][^:.!?\"\u201c\u201d\n]{1,60}:\s*")
_DANGLING_ARTICLE_RE = re.compile(r",\s+(?:the|a|an|its|their)$")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my|we|us|our)\b")
# Bodies named "... on ...": "Commission on Human Rights" (but not "Lee on Monday").
_ON_HEADS = "Commission|Committee|Council|Panel|Board|Conference|Centre|Center|Institute|Forum|Convention"
# The first part of a body's name joined by "of", right before the rest: "Ministry of ".
# Also with "on" or "for" after a body's head ("National Association for "), and with a last part
# joined by "and": "Ministry of Industry and ".
_FOR_HEADS = "Association|Centre|Center|Institute|Coalition|Society|Alliance|Foundation|Commission|Council|Campaign|Network|Fund|Trust|Transport|Office|Department|Centers|Centres|Organization|Organisation|Agency|Authority|Bureau|Board|Committee|Partnership|Service|Union|Federation|Movement|Party|League|Ministry"
# A part of a body's name and the word that joins the next part to it: "Ministry of", "Commission
# on", "Association for".
_JOINED_AFTER_A_PART = rf"(?:{_CAP}[ \t]+of|(?:{_ON_HEADS})[ \t]+on|(?:{_FOR_HEADS})[ \t]+for)"
_OF_JOINED_RE = re.compile(
    rf"(?:{_CAP}[ \t]+)*{_JOINED_AFTER_A_PART}[ \t]+(?:the[ \t]+)?(?:(?:{_CAP}[ \t]+)+(?:and|&)[ \t]+)?$"
)
# A body's name joined by "of" (or "on" or "for"), with a last part joined by "and": "Ministry of
# Foreign Affairs", "Kenya National Commission on Human Rights", "Department of Health and
# Social Care", "National Association for College Admission Counseling".
_BODY_NAME_RE = re.compile(
    rf"(?:{_CAP}[ \t]+)*{_JOINED_AFTER_A_PART}[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP})*"
    rf"(?:[ \t]+(?:and|&)[ \t]+{_CAP}(?:[ \t]+{_CAP})*)?"
)


def _has_a_joining_word(text: str) -> bool:
    """Whether "of", "on" or "for" stands between blanks in ``text``: a body's name that
    ``_BODY_NAME_RE``, ``_listed_body_name_re`` or ``_OF_JOINED_RE`` matches joins its parts with
    one of them, so where none stands those patterns cannot match, and need not be tried. (The
    blanks they allow are spaces and tabs; any tab is left for the patterns themselves to read.)"""
    return " of " in text or " on " in text or " for " in text or "\t" in text


# A body's name joined by "of", "for" or "on", with a last part joined by "and" after a list:
# "Department of Health and Social Care", "Ministry of Consumer Affairs, Food and Public
# Distribution".
@functools.cache
def _listed_body_name_re() -> re.Pattern:
    """Compiled when first needed: the pattern is long, and few texts ask for it."""
    return re.compile(
        rf"(?:{_CAP}[ \t]+)*{_CAP}[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP})*"
        rf"(?:,[ \t]+{_CAP}(?:[ \t]+{_CAP})*)*,?[ \t]+(?:and|&)[ \t]+{_CAP}(?:[ \t]+{_CAP})*"
    )


_FIRST_WORD_AFTER_AND_RE = re.compile(r"[ \t](?:and|&)[ \t]+(\S+)")
# A day or a month, which no body's name goes on with: "The Supreme Court on Thursday ordered".
_DAY_OR_MONTH = (
    "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    "August|September|October|November|December)"
)
# A body's whole name from its first capital, with the parts joined by "of", "for" or "on":
# "Economic Community of West African States", "Coordination Headquarters for the Treatment of
# Prisoners of War".
_BODY_FULL_RE = re.compile(
    rf"{_CAP}(?:[ \t]+{_CAP})*(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?!{_DAY_OR_MONTH}\b){_CAP}(?:[ \t]+{_CAP})*)*"
)
_NON_BLANK_RE = re.compile(r"\S+")
# Where a person's firm or party follows their name: "Ashok Mehra at Stanmore Research".
_AFFILIATION_BEFORE_RE = re.compile(r"[ \t]+(?:at|of|from)[ \t]+(?:the[ \t]+)?(?:[a-z][\w\-]*[ \t]+){0,2}$")
# A country's post abroad, described with where it is: "the Russian embassy in Kyiv", "the U.S.
# consulate in Hong Kong". The post speaks, as the copy places it.
_POST_IN_A_PLACE_RE = re.compile(
    r"[Tt]he[ \t]+(?:(?:[A-Z][\w\-]*|(?:[A-Z]\.){2,3})[ \t]+){1,3}"
    r"(?i:embassy|consulate|high[ \t]+commission|mission|delegation)[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}"
)
# A place's public services, between the place and the rank of who speaks for them: "San Antonio
# police Sgt. Ray Quintanilla", "Fresno fire Capt. Ana Ruiz".
_PUBLIC_SERVICES = frozenset("police fire ambulance sheriff's transit".split())
_AGREED_TO_SPEAK_RE = re.compile(r"\b(?:agreed|agrees|spoke) to (?:speak|talk|us|reporters)\b|\bspoke\b")
# What joins a clause with a subject of its own to the one before it.
_JOINERS_OF_CLAUSES = (", and ", ", but ", ", while ", ", whereas ", "; ")
# The verbs by which a source reports what another told: "the ministry said Zhang had told
# Halvorsen that ..." (not "continued", "called": no one speaks by them in a report).
_VERBS_OF_TELLING = frozenset("told tells said says warned assured insisted stressed promised pledged vowed wrote".split())
# A country's office in a body it serves, as a source: "the Belgian presidency of the EU", "the
# Irish mission to the UN" (not "Belgian", a nationality, nor "EU").
_NATIONAL_OFFICE_OF_A_BODY_RE = re.compile(
    r"[Tt]he[ \t]+[A-Z][\w\-]*[ \t]+(?:presidency|government|embassy|delegation|mission|cabinet|administration)"
    r"[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-]*|(?:[A-Z]\.){2,3})(?:[ \t]+[A-Z][\w\-]*){0,3}"
)
# Who issued a statement that speaks: "A statement from the Westmoor branch of Unison said".
_STATEMENT_FROM_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?statement\s+(?:from|by|issued\s+by|on\s+behalf\s+of)\s+(?:the\s+)?(\S.*)"
)
# What may follow the issuer of a statement: when, and to whom. "A statement from Downing Street
# last night", "A statement from the HSE to The Irish Times".
_ISSUER_TAIL_RE = re.compile(
    r"\s+(?:(?:last|this|on|late|early|earlier)\s+\w+(?:\s+\w+)?|yesterday|today|tonight|"
    r"(?:to|in\s+response\s+to|on\s+behalf\s+of|issued|released|sent|posted)\s.*)$"
)
# A past participle set off after a name, then what it was done for or by: "Mr Harris, praised
# for his ..." (not "Ahmed Qureshi, 45, described the blast as ...", which has an object, nor
# "what his manager, Isaac Moala, described as ...", the verb after an apposition).
_PASSIVE_PARTICIPLE_RE = re.compile(r"\s+(?:for|by|as|over|after|in|at|with)\b")
# Between a relative clause's closing comma and the main verb: an adverb or an auxiliary at
# most, not a passive ("was named by police, who said").
_MAIN_VERB_FOLLOWS_RE = re.compile(r"\s*(?:(?:also|later|then|now|has|have|had|again)\s+){0,2}")
# Who speaks for a body, right after its name: "the Foreign Ministry spokesman".
_SPOKESPERSON_AFTER_A_BODY_RE = re.compile(r"[ \t]+(?:spokes(?:man|woman|person)|press[ \t]+(?:officer|secretary))\b")
_BRACKETED_INITIALS_AT_END_RE = re.compile(r"\s*\([A-Z][A-Za-z&.\-]{1,11}\)$")
# A person's age in brackets, as British, Irish and Indian papers write it after the name: "witness
# Vikas Patil (31) said".
_BRACKETED_AGE_AT_END_RE = re.compile(r"\s*\([1-9]\d?\)$")


@functools.cache
def _and_body_after_re() -> re.Pattern:
    """The rest of a body's name after a first part, joined by "and": "Dubai Culture| and Arts
    Authority". Compiled when first needed, as the next one: few names go on with "and"."""
    # ("and Downstream Petroleum Regulatory Authority": a longer rest that ends with a body's head)
    return re.compile(
        rf"[ \t]+(?:and|&)[ \t]+(?:(?:{_CAP}[ \t]+){{1,3}}(?:{_LONG_NAME_HEADS})\b|{_CAP}(?:[ \t]+{_CAP})?(?![ \t]+{_UP}))"
    )


# The last words of bodies whose names run long: "... Petroleum Regulatory Authority".
_LONG_NAME_HEADS = (
    "Authority|Organisation|Organization|Commission|Council|Agency|Board|Service|Corporation|Association|"
    "Union|Institute|Foundation|Department|Ministry|Office|Fund|Programme|Program|Federation|Bureau"
)


@functools.cache
def _and_joined_re() -> re.Pattern:
    """The first part of a body's name joined by "and" with no "of", right before the rest:
    "Securities and |Exchange Commission", "Dubai Culture and |Arts Authority"."""
    # (up to five words: "National Flood Risk Reduction and |Management Council")
    return re.compile(rf"(?:(?<=[Tt]he[ \t])|(?<![^\W\d_][ \t]))(?:{_CAP}[ \t]+){{1,5}}(?:and|&)[ \t]+$")


# Words that open the last part of a body's remit after "and": "Social Care", "Budget", "Public
# Distribution" (not "Pfizer" or "Attorney General Merrick Garland": another party).
_REMIT_WORDS = frozenset(
    """budget care aged human skills urban regional customs excise statistics services safety standards
    quality training recovery resilience communities cohesion consumer natural cooperation coordination
    sanitation emergency management excellence technical vocational sports international prevention net
    renewable renewables mineral gender""".split()
)


def _reads_as_a_remit(word: str) -> bool:
    low = word.lower()
    return (low in _PORTFOLIOS or low in _REMIT_WORDS) and sex_of_given_name(word) is None


def _body_name_end(text: str, start: int) -> int:
    """Where the whole name of a body that starts at ``start`` ends, with a last part joined by
    "and": "Office of Management and Budget", "National Institute for Health and Care
    Excellence" (not "Ministry of Finance and Mary Brown", two who speak)."""
    end = _BODY_FULL_RE.match(text, start).end()
    if text.startswith((" and ", " & ", ", "), end):
        named = _listed_body_name_re().match(text, start)
        if named is not None and named.end() > end and _reads_as_a_remit(_FIRST_WORD_AFTER_AND_RE.search(named.group()).group(1)):
            return named.end()
    return end


def _body_name_ending_with(text: str, run: re.Match) -> int | None:
    """Where the body's name starts whose last part, after "and", is ``run``: "Social Care" of
    "Department of Health and Social Care", "Public Distribution" of "Ministry of Consumer
    Affairs, Food and Public Distribution"; None when the run is no such part ("Jane Doe" of "the
    Department of Health and Jane Doe", a minister's portfolio before their name)."""
    if not _reads_as_a_remit(run.group().split(None, 1)[0]):
        return None
    for body in _listed_body_name_re().finditer(text, 0, run.end()):
        if body.start() < run.start() < body.end():
            head = _BODY_JOINER_RE.split(body.group(), 1)[0].split()[-1].lower()
            return body.start() if head in _BODY_HEADS - TITLES else None
    return None


def _and_joined_start(text: str, start: int, lo: int) -> int:
    """Where a body's name that starts at ``start`` really starts, with a first part joined by
    "and" before it: the start of "Food and Drug Administration" for "Drug Administration"."""
    if not text[max(lo, start - 6):start].rstrip(" \t").endswith((" and", "&")):
        return start
    joined = _and_joined_re().search(text, max(lo, start - 80), start)
    if joined is None:
        return start
    # "The Securities and ...", "Meanwhile Fish and ...": such words open no name.
    for word in _NON_BLANK_RE.finditer(text, joined.start(), start):
        if word.group().lower() not in STOP_CAPS:
            return word.start() if word.group() not in ("and", "&") else start
    return start


# The rest of a portfolio after its first part, up to the comma before its holder's name: "Climate
# Change| and Environmental Coordination, ".
@functools.cache
def _portfolio_goes_on_re() -> re.Pattern:
    """Compiled when first needed: the pattern is long, and few texts ask for it."""
    return re.compile(rf"(?:[ \t]+(?:and|&)[ \t]+{_CAP}(?:[ \t]+{_CAP})*)+,[ \t]")


# A byline: a line of its own that names who wrote the story, and perhaps for whom.
_BYLINE_RE = re.compile(
    r"[ \t]*(?:By|BY|(?:Interview|Interviews|Words|Story|Text|Reporting|Photos|Photographs|Pictures)[ \t]+by|As[ \t]+told[ \t]+to)"
    # (a name follows, not "By 5am the ovens are hot" or "By the time she arrived"; a name may open
    # with a particle: "By de Villiers Smit", "By al-Hassan Yusuf")
    rf"[ \t]+(?!\d)(?!(?!{_PARTICLE}[ \t\-])[a-z])[^\n.!?\"\u201c\u201d]{{1,80}}(?:[.][ \t]+[^\n!?\"\u201c\u201d]{{1,80}})?(?:\n|\Z)"
)
# How a byline's line opens: "By Ann Lee", "Interview by Ellen Carvell".
_BYLINE_OPENINGS = (
    "By ", "BY ", "Interview by ", "Interviews by ", "Words by ", "Story by ", "Text by ", "Reporting by ",
    "Photos by ", "Photographs by ", "Pictures by ", "As told to ",
)
# The office of one known by a title, opening a clause: "The governor's office", "the prime
# minister's office".
# (not "The governor's office manager, Jane Doe,": the office is whose she is)
_OFFICE_OF_A_TITLE_RE = re.compile(
    r"\s*(?:(?:But|And|Meanwhile|However|Separately|Later),?[ \t]+)?[Tt]he[ \t]+((?:[a-z]+[ \t]+)?([a-z\-]+)['\u2019]s[ \t]+office)\b"
    r"(?![ \t]+(?!(?:on|in|also|later|earlier|last|this|has|had|have|was|is|will|would|said)\b)[a-z])"
)
# What joins the parts of a body's name: "Commission| on |Human Rights".
_BODY_JOINER_RE = re.compile(r"[ \t]+(?:of|on|for|and)[ \t]+(?:the[ \t]+)?")
# What opens a body's name but is no part of it: "The", and an owner written in lower case ("the
# company's"). A place that owns it stays, as readers need it: "Sudan's Foreign Ministry".
_BODY_OPENER_RE = re.compile(r"(?:[Tt]he[ \t]+)?(?:(?:[a-z]+[ \t]+){0,2}[a-z]+['\u2019]s[ \t]+)?")


def _opener_length(name: str) -> int:
    """How much of a body's name its opener takes ("The ", "South Korea's "); 0 if it is all of it."""
    end = _BODY_OPENER_RE.match(name).end()
    return end if end < len(name) else 0

# A relative named by whose they are with a pronoun: "his father", "Her mother".
_PRONOUN_KIN_RE = re.compile(r"(his|her|their|His|Her|Their)[ \t]+(mother|father|mum|mom|dad|son|daughter|wife|husband|brother|sister|grandmother|grandfather|partner|family|parents|relatives)")
# A time that opens a sentence before its subject: "On Monday the board", "At the time the board".
_TIME_OPENER_RE = re.compile(r"^(?:On|At|In|During|Last|Later|Earlier|By)[ \t]+(?:[\w']+[ \t]+){0,3}?(?=the[ \t])")


def _not_after_any(words, mark: str) -> str:
    """Look-behinds, to follow the ``mark`` just matched (a pattern of one character), that hold
    where none of ``words`` ends right before it: one for each length of word, as a look-behind's
    alternatives must be of one length. (Placed after the mark, they are tried only where a mark
    is, not at every character; one look-behind for each word would be tried one by one.)"""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "".join(f"(?<!\\b(?:{'|'.join(sorted(group))}){mark})" for _, group in sorted(by_length.items()))


# A full stop, question or exclamation mark that ends a sentence inside an attribution.
_SENTENCE_END_RE = re.compile(
    # Not the full stop of an initial ("Chief Executive J. Randall Whitaker said"), nor of a
    # title written short: "said Col. Rosana Teixeira, ...".
    r"[.!?](?<!\b[A-Z][.!?])"
    + _not_after_any(_STOPPED_TITLES + _NAME_PARTS_WRITTEN_SHORT, "[.!?]")
    # Nor of a time or a country written with stops: "at 7 p.m. local time", "the U.S. envoy".
    + r"(?<!\b(?:a\.m|p\.m|U\.S|U\.N)[.!?])"
    + r"(?=\s)"
)
# A clause that gives the name: "the owner, who gave his name as Tom Hale,", "whom police named as".
_NAMED_IN_THE_CLAUSE_RE = re.compile(r"\b(?:as|named)[ \t]+[A-Z]")
# The name an unnamed source lets the copy give, in a clause about them: "who gave his name only as
# Ray", "who asked that only her first name, Lorraine, be used", "who would give only her first
# name, Jasmine,", "who identified herself only as Mrs Kaur".
_NAME_THE_SOURCE_GIVES_RE = re.compile(
    r"\b(?:(?:gave|give|gives|giving|gave\s+only)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as"
    r"|identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as"
    # ("a farmer who asked to be identified only as Amadou", "who would be named only as Ahmad"; but
    # "identified as Sgt Sani Garba" names him in full, read as any name is)
    # ("a 30-year-old identified in court only as Hany")
    r"|(?:identified|named)(?:\s+(?:in\s+court|in\s+the\s+report|by\s+police))?\s+(?:only\s+as|(?:only\s+)?by\s+(?:his|her|their)\s+first\s+name,?)"
    r"|(?:gave|give|gives|giving)?\s*only\s+(?:his|her|their)\s+first\s+name,)"
    # ("identified in court only as Witness B", "as Patient 7", "as Ms X")
    rf"\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{_UP}[\w'\u2019\-]*(?:\s+(?:{_UP}[\w'\u2019\-]*|[0-9]{{1,3}}\b))?)"
)


def _name_the_source_gives(text: str) -> re.Match | None:
    """The name a clause about an unnamed source gives (group 1), if there is one; the cheap test
    first, since most attributions give none."""
    if " name" not in text and "only as" not in text and "identified as" not in text:
        return None
    return _NAME_THE_SOURCE_GIVES_RE.search(text)
# A relative clause at the end of the words before a verb: "the owner, who [asked]", "the
# owner, who was furious, [asked]".
# (Also without its comma, when no name in apposition follows it: '," an industry representative
# who asked not to be named told dpa', but '," the man who found the body, Peter Quinn, said'.)
_RELATIVE_CLAUSE_OPENS_RE = re.compile(r",[ \t]*(?:who|whom)\b[^\"\u201c\u201d]*$|[ \t]+(?:who|whom)\b[^,\"\u201c\u201d]*$")
# Words that join a second verb to the subject of a sentence: "... and said", "... but added".
_CLAUSE_JOINED_RE = re.compile(r",[ \t]+(?:but|and|while|yet|whereas|though|although)[ \t]")
_LINKING_WORDS = frozenset({"and", "but", "or", "then", "and then", "but then", "yet", "and also"})
# Participles by which a sentence goes on after a quote with more of its subject's words:
# '"solid by most measures," noting that employers added ...' (not "presiding judge X told", nor
# '"We got it wrong," conceding defeat, Ann Lee told supporters', where the speaker comes after).
_PARTICIPLES_OF_SPEECH = frozenset(
    """noting citing arguing warning insisting claiming stressing pointing explaining referring
    urging suggesting acknowledging admitting conceding""".split()
)
# Words that open a speaker after "as" behind a quote, and the verbs that end the attribution:
# '"a gamble," as one analyst put it' (not '"going well" as the department confirmed 300 cases').
_AS_SOMEONE_VERBS = frozenset({"put it", "puts it", "said", "says", "noted", "wrote", "remarked", "observed"})
_AS_SPEAKER_OPENERS = frozenset({"one", "another", "a", "an", "the", "he", "she", "they", "his", "her", "their"})
# A person described by "the" and one word, as the subject of a clause after a comma or of the
# sentence: "Asked about it|, the Pole was blunt", "|The Pole was blunt".
_DESCRIBED_AFTER_A_COMMA_RE = re.compile(r"(?<=,)[ \t]+([Tt]he[ \t]+([A-Za-z][a-z\-]+))[ \t]+(?:was|is|were|had|has|did)\b")
_DESCRIBED_AT_THE_START_RE = re.compile(r"\s*([Tt]he[ \t]+([A-Za-z][a-z\-]+))[ \t]+(?:was|is|were|had|has|did)\b")
# The forms of "be" before a verb in the passive: "would be| announced", "was| described".
_BE_FORMS = (["be"], ["been"], ["being"], ["was"], ["were"], ["is"], ["are"])
# Conjunctions that open a clause after a quote, before the clause's own subject and verb.
_CLAUSE_CONJUNCTIONS = frozenset("though although whereas once unless until".split())
# Words that cannot open the subject of a speech verb: a quote followed by one of them is
# not attributed by the verb after it.
_NOT_SUBJECT_STARTS = frozenset(
    """on in at for with to from by since but as after before over under into about than of
    and or that which who whom whose while because so if when then yet would will could
    should can may might must was were is are had has have be been did does do not also""".split()
)
# Words of time that go on with a sentence after a quote: '"..." next year, adding that'.
_WHEN_WORDS_AFTER_A_QUOTE = frozenset("next last this earlier later".split())
# The longest attribution sentence between a quote and its continuation (one sentence, which
# may go on with a clause of its own: '..., he told The Washington Post in 1997, after voting
# against a $268 billion defense authorization bill that included ... . "...'").
MAX_ATTRIBUTION_GAP = 240
_SHORT_ATTRIBUTION_GAP = 160


# A name in apposition after a role, with what kind of office before a title written short:
# ", state Sen. Brenda Caldwell", ", former Gov. Ann Lee".
@functools.cache
def _apposed_titled_name_re() -> re.Pattern:
    """Compiled when first needed: the pattern is long, and few texts ask for it."""
    return re.compile(
        r"[ \t]+(?:(?:state|former|then|county|city|federal|assistant|deputy|acting|interim)[ \t]+){0,2}"
        # (and an honorific: 'said the study's lead author, Dr. Caroline Ashby, a neurologist')
        rf"(?P<name>(?:{'|'.join(sorted(t.capitalize() for t in _TITLES_WRITTEN_SHORT | {'dr', 'mr', 'mrs', 'ms'}))})\.[ \t]+"
        rf"(?P<run>{_FIRST_CAP}(?:[ \t]+{_CAP})*))"
    )


# "she was quoted as saying", "he has been quoted by Xinhua as saying": the verb of speech in
# the passive, whose subject spoke.
_QUOTED_AS_RE = re.compile(r"\s+(?:was|is|were|are|had been|has been|have been)\s+quoted(?:\s+by\s+[^,.;]{1,40}?)?\s+as\s*$")
# Participles that open a clause about the one who then answers: "But asked about it, she said:".
_ASKED_PARTICIPLES = frozenset("asked pressed questioned challenged".split())
# The words that may stand before such a participle at the start of its sentence.
_OPENERS_OF_AN_ASKED_CLAUSE = frozenset("but and yet so when if once though although while later".split())
# Verbs of an apology, in the words of who made it, unless "for" says what it was for.
_APOLOGIES = frozenset(("apologised", "apologized"))
# What an apology was for, perhaps after whom it was made to or where: "apologised to the 180
# passengers for the ...", "apologised in the Dáil for the ...".
_APOLOGY_FOR_RE = re.compile(r"(?:\s+(?:to|in|at|on)\s+[^,;:\"\u201c\u201d]{1,60}?)?\s+for\s")
# Prepositions before a body's description that make it an object, no source: "imposed on a firm".
_PREPOSITIONS_BEFORE_AN_OBJECT = frozenset("on to for from with by of against in into onto".split())
_BAD_PRE_RE = re.compile(r"[;!?\"\u201c\u201d]|(?P<word>\w*[a-z]{3,}\.)\s")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# "the ministry", "a senior official", "police": speakers named by role, right before the verb.
_DESCRIPTOR_RE = re.compile(
    # ("the 46-year-old", "the 46-year-old Spaniard": an age, and a nationality after it)
    # ("the U.S. military": a country's initials among the words before the noun)
    # (no article among the words: "At the time the Harcastle board said" is the board)
    # ("the authority's leader", "the hotel's manager": a role and whose it is)
    r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Mm]any|[Ss]ome)\s+(?:(?!(?:the|a|an)\s)[A-Za-z\-]+(?:['\u2019]s)?\s+|(?:[A-Z]\.){2,3}\s+|[0-9]{1,3}-year-old\s+){0,3}"
    r"(?:[a-z\-]+|[0-9]{1,3}-year-old|(?<=year-old )[A-Z][a-z]+)"
    r"|\b(?:[Pp]olice|[Oo]fficials|[Rr]escuers|[Ww]itnesses|[Pp]rosecutors|[Aa]nalysts|[Rr]esidents|[Ee]xperts|[Ss]ources))\s*$"
)

# Short titles that are also companies' names, titles only before a whole name: "CP Babatunde
# Ogunleye" (a Nigerian state's Commissioner of Police), "AIG Ibrahim Kuta"; but "CP Rail", "AIG Ireland".
_SHORT_TITLES_BEFORE_A_WHOLE_NAME = frozenset({"cp", "aig"})
# Occupations and roles written before a name like a title: "Shopper Bernadette Mulcahy".
_TRADE_TITLES = frozenset(
    """shopper farmer commuter resident pensioner retiree student teacher nurse driver voter
    renter lodger homeowner landlord tenant fisherman shopkeeper publican campaigner activist volunteer
    survivor businessman businesswoman entrepreneur chef engineer scientist researcher
    historian worker miner firefighter paramedic veteran midwife carer evacuee broker recorder
    forecaster meteorologist passenger magistrate witness bystander spectator motorist cyclist
    pilot customer patient tourist visitor traveller pharmacist strategist trader investor
    co-owner co-founder baker butcher grocer florist hairdresser barber plumber electrician mechanic
    cleaner gardener caretaker receptionist waiter waitress bartender cashier postman lifeguard
    referee umpire skipper elder backbencher frontbencher legislator hurler pundit commentator
    presenter sculptor painter potter architect curator composer conductor choreographer dancer
    illustrator cartoonist sommelier winemaker brewer beekeeper blacksmith carpenter builder
    prosecuting defending
    sprinter runner athlete jockey trainer winger keeper batter batsman batswoman bowler
    goaltender goalie netminder defenceman defenseman developer employee parent neighbour neighbor
    full-forward full-back half-back halfback fullback fly-half flyhalf scrum-half flanker linebacker ruckman hotelier restaurateur corporator teenager youngster
    schoolboy schoolgirl pupil vendor stallholder landlady widow widower
    all-rounder opener wicketkeeper pacer pitcher catcher shortstop quarterback swimmer boxer golfer
    rider jumper hurdler marathoner cricketer footballer seamer spinner paceman off-spinner left-armer right-armer
    leg-spinner substitute poet writer co-writer screenwriter playwright filmmaker producer
    designer artist photographer demographer epidemiologist virologist sociologist psychologist
    criminologist climatologist seismologist volcanologist geologist musician physician technician
    librarian politician statistician paediatrician pediatrician dietitian clinician mathematician
    hydrologist glaciologist oceanographer ecologist biologist zoologist botanist entomologist
    ornithologist toxicologist pathologist anthropologist archaeologist operator
    veterinarian comedian magician beautician optician mortician tactician academician
    villager moderator presenter panellist panelist teammate team-mate five-eighth
    lawmaker incumbent right-hander left-hander southpaw slugger rancher grazier ps guard outfielder infielder
    centre-back center-back wing-back
    victim complainant claimant plaintiff defendant petitioner appellant juror
    supporter organiser organizer parishioner hiker climber angler trawlerman
    wing rookie promoter debutant agent import
    programmer songwriter guitarist pianist drummer bassist saxophonist trumpeter violinist cellist
    vocalist rapper lyricist dramatist cinematographer animator archivist conservator restorer translator
    bookseller journalist columnist critic""".split()
)
# Endings of the names of trades, for those the list above lacks: "Cosmochemist", "Glaciologist".
_TRADE_ENDINGS = ("ist", "er")
# Who someone is to the story before their name, as tabloids write it ("Grandad Tony Ellis", "Mum
# Kerry Walsh", "Fan Bridie Kelly", "Mum-of-three Kerry Dawson") and as East African copy honours a
# mother ("Mama Joyce Mollel"). Not "Nana", a chief's title and a given name in Ghana ("Nana Yaw
# Boakye").
_WHO_THEY_ARE_BEFORE_A_NAME = frozenset(
    "grandad granddad grandpa grandma gran granny nan dad mum mom mama fan superfan widow pensioner".split()
)
# The same, and parents, as the head of a hyphened word ("Father-of-two Pat Kenny"); "Father"
# alone is a priest's title.
_WHO_THEY_ARE_BEFORE_A_HYPHEN = _WHO_THEY_ARE_BEFORE_A_NAME | frozenset("father mother grandfather grandmother".split())
TITLES = frozenset(
    """president prime minister secretary chancellor king queen prince princess governor senator
    sen sen. rep rep. representative congressman congresswoman mayor general gen gen. colonel
    col col. lieutenant lt lt. sergeant sgt sgt. captain capt capt. major maj admiral adm
    commander dr dr. doctor mr mr. mrs mrs. ms ms. miss mx prof prof. professor judge justice
    chief executive ceo cfo coo cto director spokesperson spokesman spokeswoman ambassador
    pope cardinal archbishop bishop rev rev. reverend father sheikh crown emir sultan premier
    vicar priest cleric chaplain curate pte pte. const const. msgr msgr. spc spc.
    president-elect vice deputy acting former foreign defence defense interior finance
    health economy trade education state home chairman chairwoman chair chairperson leader
    commissioner officer detective inspector superintendent constable coach manager
    secretary-general envoy attorney lawyer speaker whip analyst economist editor founder
    chairman owner head boss minister-president vice-president treasurer mp sir dame lord
    lady baron baroness supt insp det dc ds di dci pc cpl pvt sgt. field marshal brigadier striker
    midfielder defender goalkeeper forward star singer actor actress author novelist
    correspondent reporter anchor host spokesperson. rabbi imam ayatollah pastor nun
    prosecutor solicitor barrister councillor councilman councilwoman councilmember alderman alderwoman
    assemblyman assemblywoman assemblymember selectman selectwoman sheriff dean
    director-general attorney-general governor-general surgeon-general solicitor-general
    inspector-general major-general lieutenant-general vice-chancellor taoiseach tánaiste
    tanaiste advocate counsel coroner cllr councilor warden principal headteacher headmaster
    headmistress gov gov. provost rector registrar adviser advisor undersecretary under-secretary
    rapporteur coordinator negotiator administrator comptroller ombudsman ombudswoman ombudsperson auditor tem tempore
    aunty auntie madam madame alhaji alhaja hajia hajiya mallam malam mzee fr engr pharm collector tahsildar
    honourable cr cr. datuk dato dato' datin comm cmdr cmdr. ald ald. atty atty. engr. coun coun. dpp
    kaiwhakahaere clerk gda gda. member cs haji hajjah hajah justices judges commodore
    maître maitre shri shrimati smt smt. thiru comrade cde garda trustee adv adv. lt-col lt-gen maj-gen brig-gen comdt comdt. brig brig. kaumatua kaumātua supervisor
    mang aling manong manang gogo mkhulu
    menteri besar
    """.split()
) | frozenset(
    # Police ranks written short before a name in Indian and Nigerian copy: "SP Omolola
    # Adeyemi-Bakare", "DCP Anand Rao", "IGP Kayode Egbetokun".
    # ("CP" and "AIG" are titles only before a whole name: see _SHORT_TITLES_BEFORE_A_WHOLE_NAME.)
    _POLICE_RANKS_WRITTEN_SHORT := frozenset("sp asp dsp csp ssp acp dcp igp dig dgp".split())
) | _TRADE_TITLES | _SHORT_TITLES_BEFORE_A_WHOLE_NAME | frozenset(
    # An engineer, as East African papers write it: "Eng Samuel Kiplagat Rotich", "Eng Mollel".
    {"eng"}
) | frozenset(
    # Members of a legislature or council, written before the name: "Local TD Clodagh Brennan".
    "td mla msp mep mpp mmc mpl mec mca ncmp nmp".split()
) | frozenset(
    # Who sounds out or forms a Dutch or Belgian coalition: "Informateur Maarten van den Heuvel".
    "informateur formateur verkenner".split()
)
# A title to come: "Premier-designate Claire Thibodeau", "Mayor-elect Dana Ruiz".
TITLES |= frozenset(f"{title}-{to_come}" for title in TITLES if "." not in title for to_come in ("elect", "designate"))
ORG_WORDS = frozenset(
    """department ministry organization organisation council committee party treaty security
    court house bank fund agency office service services forces force army navy police university
    college school company corporation corp inc ltd llc plc bhd berhad tbk oyj group street avenue city county
    province state states kingdom republic union nations federation commission authority
    board parliament congress senate assembly government administration presidency kremlin
    pentagon coalition alliance front movement network forum airlines airways motors energy
    holdings partners systems technologies media club united league cup games olympics
    festival festivals fair expo carnival summit conference tournament awards biennale exhibition
    institute foundation association centre center centres centers chamber chambers hospital airport times post news press
    reuters journal region asia asian europe european america american africa african
    island islands sea ocean river mountains valley bay gulf peninsula square park bridge
    station tower church mosque temple museum prize award act bill law day war treasury
    exchange market index reserve guard command brigade division squad team trust society
    library cathedral palace hall stadium arena coast east west north south central middle
    north-east north-west south-east south-west
    northern southern eastern western republican republicans democrat democrats democratic
    conservative conservatives labour liberal liberals green greens white monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december god internet twitter facebook google
    television radio channel bureau ministry's inc. co. corp. limited global international
    national federal royal royals minister ministers manufacturers exporters importers
    producers employers workers farmers growers retailers traders investors merchants builders
    brewers teachers nurses doctors surgeons lawyers journalists pensioners veterans
    industries enterprises friends affairs airbus road drive terrace crescent capital nissan
    toyota honda chevrolet tesla bmw audi volkswagen hyundai kia mercedes jeep volvo renault
    peugeot fiat athletic rovers wanderers albion rangers hotspur women ladies gazette herald
    tribune chronicle courier observer telegraph mirror cafe café pub tavern bistro diner
    takeaway bakery chippy grocers bakers butchers jewellers jewelers chemists stores supermarkets
    outfitters opticians printers publishers distillers farms dairies minerals metals securities
    resorts films pictures entertainment communications software
    boulevard highway motorway expressway freeway tunnel line lines metro headquarters embassy consulate secretariat directorate tribunal programme
    program watchdog regulator community developments properties estates construction logistics
    solutions consulting ventures investments foods brewery bakery pharmacy hotel hotels restaurant
    academy clinic laboratories labs studios railway railways buses coaches transit shipping
    insurance housing partnership cooperative choir orchestra theatre theater gallery fc rfc
    hospice therapeutics pharmaceuticals pharma biosciences biotech mining resources petroleum
    semiconductor semiconductors electronics telecom telecoms ag nv gmbh patrol coastguard rescue ambulance
    síochána siochana inspectorate sena dal sangh morcha parishad chamber utility utilities
    colegio universidad universidade università universita université universite instituto institut
    fundación fundacion fundação fundacao banco banque centro escuela ministerio ministère ministere
    museo consejo conseil secretaría asociación asociacion federación federacion comisión
    comision partido minera minería mineria mineração mineracao compañía compania grupo empresa
    empresas constructora inversiones
    derby classic stakes guineas oaks marathon trophy championship championships prix
    """.split()
)
STOP_CAPS = frozenset(
    """the a an in on at but and or so as after before since while when where if although
    though however meanwhile also it he she they we i this that these those there here his
    her their its our my some many most few several all both each every no not only even
    still yet then now today yesterday tomorrow last next former despite earlier later
    with without for from by of to into amid among during following according asked
    speaking addressing separately elsewhere instead indeed thus why what who how dear
    us uk eu un riots protests breaking update updated exclusive analysis opinion
    editorial watch live read more photo video late born """.split()
)
# A body or a role in lower case after its owner, which speaks as described: "Brazil's health
# ministry", "Punjab's sports minister" (but "Brazil's Health Ministry" is a name, read as one).
_OWNED_ROLE_WORDS = frozenset(
    """ministry government cabinet embassy military army navy police presidency office department
    agency regulator watchdog council union minister secretary spokesperson spokesman spokeswoman
    executive chief president governor mayor premier leader coach manager lawyer family captain director
    chairman chairwoman chair boss founder owner head guard force parliament court commission authority""".split()
)


# A sentence whose subject is a body or a role in lower case after its owner: "Brazil's central
# bank raised", "Earlier, Kenya's health ministry said".
@functools.cache
def _owned_subject_re() -> re.Pattern:
    """Compiled when first needed: the pattern is long, and few texts ask for it."""
    return re.compile(
        # (after a dateline: "(Bloomberg) -- ", "LONDON (Reuters) - ")
        r"[ \t\n]*(?:(?:[A-Z][A-Za-z.,]*[ \t]+){0,3}\([A-Za-z]+\)[ \t]*(?:--|-|\u2013|\u2014)[ \t]*)?"
        r"(?:(?:[A-Z][a-z]+)(?:[ \t]+[a-z]+){0,3},[ \t]+)?"
        rf"(?P<who>(?:{_CAP}[ \t]+){{0,3}}{_CAP}['\u2019]s(?:[ \t]+[a-z][a-z\-]*){{0,2}}?[ \t]+(?P<noun>[a-z]+))[ \t]+(?:said|says|told|cut|held|kept|set|left|made|took|rose|fell|[a-z]+ed)\b"
    )


# An age as a word of a description: "a 40-year-old man", "an 86-year-old widow".
_AGED_RE = re.compile(r"\b[0-9]{1,3}-year-old\b")
# Capitalised words that open a clause, not a name: "Later", "But", "The", "Monday".
_OPENER_CAPS_RE = re.compile(
    rf"(?:(?:{'|'.join(sorted(w.capitalize() for w in STOP_CAPS if w.isalpha()))}|{_DAY_OR_MONTH})[ \t]+)*"
)
_FIRST_WORD_AT_RE = re.compile(r"\S*")


# Such a body or role as the subject that ends a clause: "Brazil's health ministry", "Later Acme's
# chief executive".
@functools.cache
def _owned_role_or_body_re() -> re.Pattern:
    """Compiled when first needed: the pattern is long, and few texts ask for it."""
    return re.compile(
        rf"(?:^|(?<=[ \t]))((?:{_CAP}[ \t]+){{0,3}}{_CAP}['\u2019]s(?:[ \t]+[a-z][a-z\-]*){{1,3}})\Z"
    )


# Malaysian honours of two words before a name; the second word alone opens other names
# ("Sri Lanka", "Bandar Seri Begawan").
_TWO_WORD_HONORIFICS = frozenset(
    {("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan"), ("Datuk", "Seri"), ("Dato", "Sri"), ("Dato", "Seri"),
     ("Datin", "Seri"), ("Datin", "Paduka")}
)
# The Malaysian honours that are titles, and the words that may follow them before the name.
_MALAY_HONOURS = frozenset({"datuk", "dato", "dato'", "datin"})
_HONOUR_SECOND_WORDS = frozenset({"Seri", "Sri", "Paduka", "Wira", "Utama", "Setia", "Patinggi"})
# Titles that are always followed by a name, even one that is itself a title word ("Mr Dean").
_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame".split())
# Titles of peers and of Scotland's senior judges, by which they are known: "Lord Balfron".
_TITLES_OF_PEERS = frozenset("lord lady baroness baron".split())
# First words of place names, which open no person's name: "New York", "Los Angeles".
_PLACE_OPENERS = frozenset("new los las fort port lake mount co county".split())
# Words of ORG_WORDS that open a person's name more often than an organisation's: "Bill Ross".
_FIRST_NAMES_AMONG_ORG_WORDS = frozenset({"bill", "june", "august", "park"})
# Words of ORG_WORDS that are common surnames after a given name: "Susan Park", "Peter Hall".
_SURNAMES_AMONG_ORG_WORDS = frozenset({"park", "hall", "church", "house", "banks", "post", "guard", "minera", "grupo"})
# Words that give a name, right before a short quote: 'he called "Kestrel"', 'dubbed "the Beast"'.
_NAMED_AS_RE = re.compile(
    r"\b(?:called|calls|dubbed|named|nicknamed|branded|labelled|labeled|termed|known as|titled)"
    r"(?:\s+(?:it|him|her|them|the|a|an)|\s+(?:[\w'\u2019-]+\s+){1,3}(?:a|an|the|as))?\s*$"
)
# Letters after a name that are no part of it: "Clodagh Nic Giolla TD", "Huw Bevan KC".
_POST_NOMINALS = frozenset("TD MP MLA MSP MEP MS KC QC SC SAN BL OBE MBE CBE DBE KBE PhD".split())
# Nationalities and parties written before a name like a title: "Venezuelan Yorman Castillo".
_AFFILIATIONS = frozenset(
    """american british french german italian spanish portuguese dutch belgian swiss austrian
    swedish norwegian danish finnish icelandic irish scottish welsh english greek turkish
    russian ukrainian polish czech hungarian romanian bulgarian serbian croatian chinese
    japanese korean indian pakistani bangladeshi afghan iranian iraqi syrian lebanese israeli
    palestinian jordanian egyptian saudi emirati qatari yemeni moroccan algerian tunisian
    libyan sudanese ethiopian somali kenyan ugandan tanzanian nigerian ghanaian senegalese
    congolese angolan zimbabwean mexican cuban haitian venezuelan colombian ecuadorian
    peruvian bolivian chilean argentine argentinian brazilian uruguayan paraguayan honduran
    guatemalan salvadoran nicaraguan canadian australian filipino vietnamese thai indonesian
    malaysian singaporean nepali estonian latvian lithuanian slovak slovenian belarusian
    armenian kazakh uzbek mongolian taiwanese cambodian jamaican cameroonian ivorian zambian
    rwandan eritrean fijian samoan tongan
    briton brit scot frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman
    scotswoman welshman welshwoman dutchman dutchwoman spaniard swede pole kiwi aussie serb
    croat bosnian turk namibian icelander
    tasmanian queenslander texan californian floridian yorkshireman lancastrian dubliner corkman
    kerryman glaswegian mancunian liverpudlian scouser geordie cornishman aucklander ontarian
    quebecer albertan
    democrat republican conservative tory labour liberal
    socialist social independent leftist rightist centrist populist
    unseeded seeded top-seeded reigning defending teenage""".split()
)
# Words that make a clause about a person say what they are not: "who is no relation to the minister".
_NEGATIONS = frozenset("not no never unrelated".split())
# Words before a verb of speech that deny or only allow the speech: "He will not say", "She
# would never say", "They could not comment".
_DENIALS_OF_SPEECH = frozenset("not never cannot can't won't wouldn't didn't doesn't don't refuses refused declines declined".split())
# Letters after a barrister's name that make them senior counsel: "Ronan Tierney SC".
_SENIOR_COUNSEL = (" SC", " KC", " QC")
# Words for a person that are no one's surname, which end titles in capitals: "Flood Wife".
_WORDS_FOR_A_PERSON = frozenset("wife mother daughter sister widow bride woman girl boy man".split())
# Political leanings, which come before a surname alone in headlines: "Leftist Quispe clings to lead".
_LEANINGS = frozenset("leftist rightist centrist populist".split())  # (not "Socialist Alternative")
# Titles that take a portfolio with "for" or "of" ("a spokesperson for Schiphol" names none).
# (and India's police ranks: "Superintendent of Police Anil Kumar", "Inspector General of Police ...")
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "state", "superintendent", "inspector-general", "general"})
# Portfolios written between a title and a name: "Minister for Housing Darragh Kelly".
_PORTFOLIOS = frozenset(
    """housing health finance justice education energy affairs transport defence defense foreign
    home trade environment agriculture culture sport tourism enterprise employment
    communications children equality climate infrastructure planning local government social
    protection public expenditure integration reform industry fisheries marine food rural community heritage
    media arts research innovation science digital technology economy labour work pensions
    security immigration veterans policy opposition police interior universities higher works water
    power roads lands mines mining petroleum information broadcasting commerce women youth aviation
    railways highways irrigation forestry wildlife revenue development welfare relief disaster
    parliamentary legal livestock investment telecommunications telecommunication ict population family business national
    manpower sustainability terrorism intelligence financial arms control political economic
    international external urban regional labor coal steel textiles tribal minority ports shipping
    waterways cooperation consumer sports statistics oceans space electricity utilities cabinet
    corrections prisons customs excise taxation prosecutions elections""".split()
)
# Words for a firm that no person is: "the brokerage Kestrel Lane".
_FIRM_NOUNS = frozenset(
    """consultancy brokerage bank lender insurer firm company group carrier airline chain brand startup
    start-up conglomerate supermarket network agency fund""".split()
)
# Words for firms that are trades too, before a person's name: "Machine operator Nomsa Dlamini",
# "mail carrier Paul Hearn", "broadcaster Ray Dunne".
_TRADES_AMONG_THINGS = frozenset("operator developer producer designer carrier broadcaster publisher brewer miner".split())
# Common nouns before a capitalised run that make it the name of a thing, not a person:
# "the ferry operator Armorique Lignes", "the carmaker Stellantis".
_THING_NOUNS = frozenset(
    """operator company firm group carrier airline retailer bank lender insurer maker carmaker
    manufacturer producer chain brand developer supermarket startup start-up charity club band
    newspaper broadcaster network agency publisher platform app website utility giant fund
    automaker chipmaker drugmaker confectioner brewer miner refiner biotech conglomerate
    shipbuilder housebuilder homebuilder grocer supplier distributor exporter importer
    consultancy brokerage bookmaker conglomerate cooperative co-operative""".split()
)
# One or two more capitalised words of a name: "Southern Cordillera| Resources".
_MORE_OF_A_BODYS_NAME_RE = re.compile(r"(?:[ \t]+[A-Z][\w&\-]*\.?){1,2}(?![ \t]*[A-Z])")
# Last words of a company's name: "Caldera Therapeutics", "Lantern Air Holdings".
_COMPANY_NAME_ENDS = frozenset(
    """inc ltd llc plc corp corporation co holdings group therapeutics pharmaceuticals pharma
    biosciences motors airlines airways industries technologies systems labs brands foods
    mining resources petroleum semiconductor electronics telecom ag sa nv gmbh limited services
    logistics bhd berhad tbk pte pty oyj broadcasting media energy networks communications insurance properties""".split()
)
# A company described in apposition after its name: "Lundvik Medical AI, a Stockholm-based
# start-up", "Lantern Air Holdings, Southeast Asia's second-largest low-cost carrier".
# (not "In a notice filed with the Department of Workforce Development, the Chicago-based company
# said": a description that opens the main clause, whose verb follows it)
_COMPANY_APPOSITION_RE = re.compile(
    r",\s+(?:an?\s+|the\s+|[\w.-]+(?:\s[\w.-]+)?['\u2019]s\s+)(?:[\w'\u2019-]+\s+){0,5}?(?:%s)\b(?!['\u2019])"
    r"(?!\s+(?:said|says|told|announced|added|confirmed|reported|warned|has|had|will|would)\b(?!\s+to\b))" % "|".join(sorted(_THING_NOUNS - {"app", "band", "club", "charity", "fund", "platform", "website", "newspaper"}, key=len, reverse=True))
)
# A firm's works right after its name: "the Keller Glass plant", "the Brunnhof factory".
_FIRMS_WORKS = r"(?:plant|factory|mill|smelter|refinery|works|warehouse|assembly[ \t]+line)\b"
_FIRMS_WORKS_AFTER_RE = re.compile(rf"[ \t]+{_FIRMS_WORKS}")
# "the company said": words for a body that name none, so the one meant is the last of its kind.
_GENERIC_BODY_NOUNS = frozenset("company firm operator business retailer developer carrier airline lender insurer group".split())
# Last words of the names of bodies that speak: "the International Monetary Fund said".
_BODY_HEADS = ORG_WORDS - frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december asia europe america africa
    east west north south central middle northern southern eastern western day war""".split()
)
# Prepositions before a capitalised run that make it a place: "in Addis Ababa", "at Kingfield Park".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "throughout"})
# Verbs of a journey, after which "to" leads to a place: "moved to Sierra Leone" (not "went",
# "came" or "returned": "The top prize went to Zhou Xun").
_JOURNEY_VERBS = frozenset(
    """moved move moves moving flew fly flies flying travelled traveled travel travels travelling
    traveling emigrated emigrate relocated relocate fled flee sailed deported""".split()
)
_STREET_PREPOSITIONS = frozenset({"on", "off", "along", "down", "up", "of"})
# Words for a part of a place, between a preposition and its name: "in north Delmar Springs".
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast southwest downtown".split()
)
PRONOUNS_PERSON = frozenset({"he", "she"})
# What speaks only through whoever wrote it: '"...," the statement said'.
_DOCUMENT_NOUNS = frozenset(
    {"statement", "release", "letter", "filing", "bulletin", "advisory", "memo", "circular", "communique", "communiqu\u00e9",
     # (and what a board, a court or an inquiry issues: "said in a summary of its decision")
     "decision", "summary", "judgment", "judgement", "ruling", "minutes"}
)
# Who spoke in a statement: "The Hamilton Police Service said in a statement", "In a statement,
# Lanterfield said".
# "Whitcomb, who has 18 months left in office, said in a statement", "Chennai Metro Rail Limited
# (CMRL), in a release, said": what the document is, and a clause or short form between.
_DOCUMENTS = (
    # (with a word or two of what kind: "in an emailed statement", "in its latest bulletin")
    r"(?:a|an|its|his|her|their)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}"
    rf"(?:{'|'.join(sorted(_DOCUMENT_NOUNS))})"
)
# A subordinate clause inside a sentence, whose subject a participle after it goes on from.
_CLAUSE_OPENER_RE = re.compile(r"(?<=[a-z,])[ \t]+(?:as|while|when|after|before|because|since|until)[ \t]+(?=[A-Z])")
# A title written as its initials: "the CEC" (a Chief Election Commissioner), "the DCS".
_THE_INITIALS_RE = re.compile(r"[Tt]he[ \t]+([A-Z]{2,5})")
# The same set off by commas at the end of a subject: "The Board, in a statement,".
# ("in a letter to staff", "in a statement issued on Friday")
_DOCUMENT_ASIDE_AT_END_RE = re.compile(rf",\s+in\s+{_DOCUMENTS}(?:\s+[a-z][^,.;\"\u201c\u201d\n]{{0,50}})?,$")
# A short form in brackets after a name ("(CMRL)"), and with it a description set off by commas.
_SHORT_FORM = r"(?:\s*\([^()\n]{1,30}\))?"
# What an issuer does in a statement: "said", "attributed the increase to ...", "denied ...".
_ISSUING_VERBS = r"(?:said|says|added|announced|attributed|blamed|confirmed|denied|explained|insisted|noted|stated|warned)"
_ISSUER_ASIDE = _SHORT_FORM + r"(?:,[^,.;\"\u201c\u201d\n]{1,80},)?"


# "In an emailed statement, a spokesperson for the ministry said", "In a statement, Mr Aziz's
# family described him": a statement's issuer, unnamed or named by whose they are.
_UNNAMED_ISSUER_RE = re.compile(
    rf"[Ii]n\s+(?P<document>{_DOCUMENTS})(?:\s+[a-z][^,.;\"\u201c\u201d\n]{{0,50}})?,\s+"
    r"(?P<who>(?:[Aa]n?|[Oo]ne)\s+[^,;.\"\u201c\u201d\n]{2,80}?"
    r"|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['\u2019]s\s+(?:family|relatives|parents|lawyers?|solicitors?|attorneys?|representatives?|office))"
    r"\s+(?:said|says|told|described|added|confirmed|denied|insisted|stated|paid\s+tribute)\b"
)
# The same with the document after the verb: "A department spokesperson said in a statement that".
_UNNAMED_ISSUER_FIRST_RE = re.compile(
    r"(?<!\w )\b(?P<who>(?:[Aa]n?|[Oo]ne)\s+[^,;.\"\u201c\u201d\n]{2,60}?)"
    rf"\s+(?:said|says|added|confirmed|denied|insisted|stated)\s+in\s+(?P<document>{_DOCUMENTS})\b"
)


@functools.cache
def _statement_issuer_re() -> re.Pattern:
    """Compiled when first needed: few texts say "the statement said", and the pattern is long."""
    # A body named in part in lower case: "Bristol city council", "Mayor Ellen Whitcombe's office".
    lower_tail = (
        rf"(?:['\u2019]s)?(?:[ \t]+(?!(?:of|from|at|for|in|with|and|the)\b)[a-z]+){{0,2}}"
        rf"[ \t]+(?:{'|'.join(sorted(_GENERIC_BODY_WORDS | {'office', 'police'}))})\b"
    )  # (not "Mark Lee of the trust": a person, and where he works)
    # A body named by what it is, to be read as the one named before: "the university said in a
    # statement" (not "Mark Lee of the trust said", nor "Parents suing the school said").
    # ("the health authority said", with up to two words of what it does)
    described_body = rf"(?<![a-z] )[Tt]he[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?:{'|'.join(sorted(_GENERIC_BODY_WORDS | {'university', 'college', 'school', 'club'}))})\b"
    issuer = rf"{_BODY_NAME_RE.pattern}|{_NAME_RUN_RE.pattern}(?:{lower_tail})?|{described_body}"
    # What the document is, and a clause about it: "in a statement issued after the verdict".
    document = rf"in\s+{_DOCUMENTS}(?:\s+[a-z][^,.;\"\u201c\u201d\n]{{0,50}})?"
    return re.compile(
        # ("The Police Public Relations Officer in the state, ASP Mansir Hassan Yahaya, said in a statement")
        # (an aside that names the person who holds the office: "the Commissioner for Education,
        # Mrs Folake Adesina, said in a statement")
        rf"(?P<before>{issuer}){_SHORT_FORM}(?:,(?P<apposed>[^,.;\"\u201c\u201d\n]{{1,80}}),)?,?\s+{_ISSUING_VERBS}\s+in\s+{_DOCUMENTS}"
        # "The KWSC, in a statement, rejected the allegation and said"
        rf"|(?P<aside>{issuer}){_SHORT_FORM},\s+{document},\s+(?:[a-z]+ed\b[^.;\"\u201c\u201d\n]{{0,80}}?\band\s+)?{_ISSUING_VERBS}"
        # "In a statement, the national health authority, Health Ireland, said"; "In a statement
        # released during the meeting, ... said"; "In a statement, board chair Harkiran Sandhu-Bell said"
        rf"|[Ii]{document[1:]},\s+(?P<described>the\s+[a-z][a-z ]{{0,40}},\s+)?(?:the\s+)?(?P<titles>(?:[a-z][\w\-]*\s+){{0,3}})"
        # (and what they did before saying: "In a statement, Minister Anita Sandhu called the vote
        # "a meaningful step" and said")
        rf"(?P<after>{issuer}){_SHORT_FORM},?\s+(?:[a-z]+ed\b[^.;\n]{{0,80}}?\band\s+)?{_ISSUING_VERBS}"
        # "In a statement on Sunday, the company's Media Relations Manager, Mr Ikechukwu Olabode,
        # confirmed the incident and said": an office, and the person who holds it set off by commas
        rf"|[Ii]{document[1:]},\s+(?P<office>[^,.;\"\u201c\u201d\n]{{1,80}}),\s+(?P<holder>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{_NAME_RUN_RE.pattern}),"
        rf"\s+(?:[a-z]+ed\b[^.;\n]{{0,80}}?\band\s+)?{_ISSUING_VERBS}"
    )


# Words that tell that a colon brings speech when no verb of speech does: "defended the bill in a
# televised address:".
# A short sentence of a person's gesture right before their words, with no verb of speech, as
# features write them: 'She pauses. "It was the hardest decision of my life."', "Reid shrugs."
_GESTURE_BEFORE_RE = re.compile(
    # (after a clause that opens the sentence: "Asked if the target can be met, she smiles.")
    r"(?:[A-Z][^.!?\"\u201c\u201d\n,]{0,160},[ \t]+)?"
    r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w'\u2019\-]+(?:[ \t][A-Z][\w'\u2019\-]+){0,2})[ \t]+"
    r"(?:(?:then|briefly|just|simply)[ \t]+)?"
    r"(?:pause[sd]?|smile[sd]?|grin(?:s|ned)?|laugh(?:s|ed)?|shrug(?:s|ged)?|sigh(?:s|ed)?|nod(?:s|ded)?|"
    r"frown(?:s|ed)?|winc(?:es|ed)|chuckle[sd]?|hesitate[sd]?|shakes|shook|leans|leaned|gestures|gestured|"
    r"grimaces|grimaced|"
    # (a look somewhere, not "looks set to miss Sunday's game", "looked sharp in training")
    r"(?:looks|looked|stares|stared|glances|glanced|gazes|gazed)(?=[ \t]+(?:away|up|down|out|at|over|around|back|across|into|towards?)\b))"
    r"\b[^.!?\"\u201c\u201d\n]{0,60}[.!?][ \t]*"
)
# A sentence that ends a paragraph by saying someone answers, the answer quoted in the next:
# "Asked what advice she would give, she replies at once."
_ANSWER_BEFORE_RE = re.compile(
    r"(?:[A-Z][^.!?\"\u201c\u201d\n,]{0,160},[ \t]+)?"
    r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w'\u2019\-]+(?:[ \t][A-Z][\w'\u2019\-]+){0,2})[ \t]+"
    r"(?:answers|answered|replies|replied|responds|responded)\b[^.!?\"\u201c\u201d\n]{0,40}\."
)
# A sentence that opens with someone's own words, named by a possessive, before a colon and the
# words: "Her answer was short:", "His reply was short:".
_OWN_WORDS_BEFORE_A_COLON_RE = re.compile(
    r"[ \t]*(His|Her|Their|his|her|their)[ \t]+(?:(?:first|last|only|one|whole)[ \t]+)?"
    r"(?:answer|reply|response|message|verdict|advice|explanation|view)[ \t]+(?:was|is)\b"
)
_PRONOUN_OF_A_POSSESSIVE = {"his": "he", "her": "she", "their": "they"}
_SPEECH_CUE_RE = re.compile(
    r"\b(?:address|speech|statement|interview|remarks|message|post|tweet|video|broadcast|briefing|"
    r"conference|puts? it|putting it|defended|replied|responded|explained|insisted|argued|declared|wrote|posted|"
    r"answering|answered|interrupted|blunt|[Aa]sked)\b"
    # A speaker's stance, right before the colon: "Minority Leader Peter Wafula Nabwera was less
    # impressed:" (not "was critical of the president's pledge:", whose words those are).
    r"|\b(?:was|were|is|are|sounded|seemed|remained)[ \t]+(?:(?:not|less|more|than|far|much|even|very|rather|[a-z]+ly)[ \t]+)*"
    r"(?:blunter|impressed|unimpressed|scathing|dismissive|defiant|emphatic|candid|frank|cautious|upbeat|"
    r"sceptical|skeptical|critical|unapologetic|adamant|forthright|optimistic|pessimistic)"
    r"(?:[ \t]+in[ \t]+(?:his|her|their|its)[ \t]+(?:assessment|response|reply|remarks|verdict|view))?[ \t]*$"
    r"|\bsounded[ \t]+an?[ \t]+(?:[a-z]+[ \t]+)?note[ \t]*$"
)


# Speaking out for or against something (not "spoke to her by phone", "spoke little English").
_SPOKE_UP = r"spoke(?=[ \t]+(?:in[ \t]+(?:favou?r|support|defence|defense)|out|up|against|at)\b)"


@functools.cache
def _named_subject_speaks_re() -> re.Pattern:
    """A subject's verb of speech after its name, past a clause set off by commas (or the comma
    that closes the name in apposition) or where the person works: "His father, Declan Doherty,
    asked", "Prof Mahfuza Rahman of Jahangirnagar University said" (not the inverted ", said a
    spokesman"). Compiled when first needed: only namesakes ask for it. ("Her son, Nick Petrakis,
    spoke in favour" speaks too, though "spoke" brings no quote.)"""
    return re.compile(
        rf"(?:,[^.;:\"\u201c\u201d]{{1,160}},|,)[ \t]+(?:{_VERB_ALTERNATION}|{_SPOKE_UP})\b{_INVERTED}"
        rf"|(?:[ \t]+(?:of|from|at|for|with)[ \t]+[^,.;:\"\u201c\u201d]{{1,60}}?)?[ \t]+(?:{_VERB_ALTERNATION}|{_SPOKE_UP})\b"
    )


# A verb of speech right after a name, or past one or two clauses set off by commas:
# "Restrepo told EFE", "Ann Lee said", "Claire Fenwick-Holt, 38, who worked alongside him, said".
# After a comma the verb may open an inverted attribution, whose speaker comes after it: "Police
# named him as Tom Smith, 24, of Leeds, said a spokesman".
_SPEECH_VERB_ALTERNATION = "|".join(sorted(SPEECH_VERBS))
_INVERTED = r"(?![ \t]+(?:a|an|one|another|police|[A-Z]))"
_SPEECH_AFTER_NAME_RE = re.compile(
    # (a description may hold initials: ", the U.N. assistant secretary-general for humanitarian affairs,")
    rf"(?:,(?:[^,.;:\"\u201c\u201d\n]|(?<=[A-Z])\.){{1,120}}){{1,2}},[ \t]+(?:{_SPEECH_VERB_ALTERNATION})\b{_INVERTED}"
    rf"|[ \t]+(?:{_SPEECH_VERB_ALTERNATION})\b"
)
# A role that reports speech as its sentence's subject, after an opening phrase or none: "The
# governor said his priority ...", "In his address, the mayor told councillors that ..." (group 2
# is the role's last word).
_ROLE_REPORTS_RE = re.compile(
    rf"\s*(?:[A-Z][^,.;:\"\u201c\u201d\n]{{0,40}},[ \t]+)?([Tt]he[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}?([a-z\-]+))"
    rf"[ \t]+(?:{_SPEECH_VERB_ALTERNATION})\b"
)
# Who speaks for another named after "for": "Counsel for Gerard Hutch", "Lawyer for Oscar Pistorius".
_ACTS_FOR_ANOTHER = frozenset(
    "counsel lawyer lawyers attorney attorneys solicitor solicitors barrister advocate spokesman spokeswoman spokesperson agent representative".split()
)
@functools.cache
def _role_of_another_re() -> re.Pattern:
    """A role held for another or a relation of another, described before a name in apposition
    ("the lawyer for the defendant", "the daughter of the patient"); compiled when first needed."""
    return re.compile(
        rf"\b(?:{'|'.join(sorted(_ACTS_FOR_ANOTHER))})[ \t]+for[ \t]+the[ \t]+[a-z]+$"
        rf"|\b(?:{'|'.join(sorted(_KIN_NOUNS))})[ \t]+of[ \t]+the[ \t]+[a-z]+$"
    )


@functools.cache
def _reporting_after_name_re() -> re.Pattern:
    """A verb of reported speech after a name, for the paragraph before an unattributed quote
    paragraph, whose words the quote goes on with: "Professor Yuki Nakagawa of the University of
    Tokyo, who reviewed the model, cautioned against reading too much into the scores." A place of
    work may come between, and longer descriptions than in an attribution. Compiled when first
    needed: only a quote paragraph with no attribution of its own asks."""
    verbs = rf"(?:{_SPEECH_VERB_ALTERNATION}|cautioned|argued|stressed|recalled|urged|predicted|suggested)\b"
    return re.compile(
        # (a place of work named in capitals, and no second person after "and": not "arrested Tom
        # Byrne at a house in Tallaght after neighbours said", "John Hume of the SDLP and David Trimble")
        r"(?:[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?[A-Z](?:(?![ \t]and[ \t]+[A-Z][a-z]+[ \t]+[A-Z])[^,.;:\"\u201c\u201d\n]){0,100}?)?"
        r"(?:"
        r"(?:,(?:[^,.;:\"\u201c\u201d\n]|(?<=[A-Z])\.){1,180}){1,2},[ \t]+" + verbs
        # (after a description set off by commas, not the verb of a speaker named after it: "named the
        # dead man as Tom Smith, 24, of Leeds, said a spokesman")
        + r"(?![ \t]+(?:a|an|one|another|police)\b|[ \t]+[A-Z])"
        r"|[ \t]+" + verbs + r")"
    )


# The same after a name in apposition, whose closing comma comes before the verb: "Cian's
# mother, Fiona Doherty, read a statement to the court".
_SPEECH_AFTER_APPOSED_NAME_RE = re.compile(
    rf",[ \t]+(?:(?:{_SPEECH_VERB_ALTERNATION})\b{_INVERTED}|read (?:a|out|from)\b|gave evidence\b)"
)
# The record of a body's meeting, after "according to": "the record of the Federal Open Market
# Committee's Dec. 16-17 gathering", "the minutes of the Bank of England's March meeting".
_RECORD_OF_A_BODY_RE = re.compile(
    r"[ \t]+(?:the[ \t]+)?(?:record|minutes|transcript|summary|account|readout)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"((?:[A-Z][\w&\-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){0,6}[A-Z][\w&\-]*)['\u2019]s\b"
)
# A subject and its verb after a verb of speech: "said the village had been", "told the court it was".
_CLAUSE_AFTER_A_SUBJECT_RE = re.compile(
    r"[ \t]+(?:the|a|an|his|her|their|its|it|they|he|she|we)[ \t]+(?:[a-z][\w\-']*[ \t]+){0,3}?"
    r"(?:had|has|have|was|were|is|are|would|will|could|should|might|must)[ \t]"
)
# A document that reports words someone said: "according to a transcript reviewed by CNN".
_DOCUMENT_SOURCE_RE = re.compile(
    r"\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:transcript|recording|copy|video|audio|memo|readout|summary|minutes)"
    r"|(?:court|police|legal)\s+(?:documents|papers|records|filings))\b"
)


# What a body does in the sentence before its '"...," it said': "The Kremlin declined to comment."
# (not "rejected", "denied" or "condemned": what follows may be the words it rejected, "The
# government rejected the UN report. '...,' it said")
_REACTIONS = (
    "declined|welcomed|insisted|urged|defended|responded|reiterated|acknowledged|stated|pledged|"
    "vowed|promised|apologi[sz]ed|praised|hailed|issued|released|expressed|stressed"
)


def _may_be_a_source_of_a_listed_body(text: str) -> bool:
    """A test cheap enough for every clause, so that the long pattern below is seldom compiled."""
    return ", " in text and " and " in text and (" spokes" in text or " source" in text or " official" in text)


@functools.cache
def _source_of_a_listed_body_re() -> re.Pattern:
    """A source of a body whose name lists its portfolios, as British departments' do: "A
    Department for Environment, Food and Rural Affairs spokesperson"."""
    return re.compile(
        rf"\s*((?:[Aa]n?|[Oo]ne)\s+(?:{_CAP}\s+)*{_CAP}\s+(?:for|of|on)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*"
        rf"(?:,\s+{_CAP}(?:\s+{_CAP})*)+,?\s+and\s+{_CAP}(?:\s+{_CAP})*\s+(?:spokesperson|spokesman|spokeswoman|source|official))\b"
    )


# A sentence that opens with a body as the speaker: "Lille city hall said in a statement that",
# "The agency said", "In a statement, the ministry said"; "The Consumer Council for Water said",
# "The National Air Traffic Controllers Association, the union representing controllers, said": a
# body's name joined by "for", "of", "on" or "and" (group "body"), and a description or short
# form set off after it.
@functools.cache
def _body_subject_re() -> re.Pattern:
    """Compiled when first needed: only "it said" and "the union said" ask for it."""
    return re.compile(
        # (after "In a statement," or "In a written statement to the inquiry,", or a short phrase
        # of when: "After the hearing,")
        rf"\W*(?:[Ii]n\s+a\s+(?:[a-z]+\s+)?statement(?:\s+(?:to|on|issued|released|posted|circulated|published)\s[^,.;:\"\u201c\u201d]{{1,40}})?,\s+"
        rf"|(?:After|Before|Later|Earlier|On|Late|Early|In|Meanwhile|However|Separately|Today)\b[^,.;:\"\u201c\u201d]{{0,30}},\s+)?(?P<who>"
        # ("The Ministry of Business, Innovation and Employment")
        rf"(?P<body>(?:[Tt]he\s+)?{_CAP}(?:\s+{_CAP})*(?:\s+(?:of|for|on|and)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*(?:,\s+{_CAP}(?:\s+{_CAP})*)*)+)"
        rf"|(?:[Tt]he\s+)?(?:{_CAP}\s+(?:&\s+)?){{0,5}}(?:{_CAP}|[a-z]+(?:\s+[a-z]+)?)"  # ("Pacific Gas & Electric")
        # ("The UN children's agency UNICEF", "The employers' federation VNO-NCW")
        rf"|(?P<described>(?:[Tt]he\s+)?(?:{_CAP}\s+)?(?:[a-z]+(?:['\u2019]s?)?\s+){{1,3}}{_CAP}(?:\s+{_CAP}){{0,4}}))"
        # (a body that answers a charge in its statement: "The Arakan Army, in a statement posted on
        # Telegram, denied the accusation", "the ADP blamed the army")
        rf"{_ISSUER_ASIDE}\s+(?:said|says|announced|added|warned|confirmed|told|(?P<answered>denied|blamed)|(?P<reacted>{_REACTIONS}))\b"
    )

# What a partner of a firm is called after the firm's name, which no other title is ("Granite
# Peak partner Sofia Lindqvist"): alone, "partner" is as often kin ("her partner, Sione,").
_TITLES_OF_A_FIRMS_PARTNERS = frozenset({"partner", "partners"})
# Words that go before a title in a role: "sporting director", "managing editor".
_TITLE_MODIFIERS = frozenset(
    """sporting managing technical general assistant senior junior team club first second executive
    housing transport environment justice energy agriculture communications policy press media
    climate culture sport sports arts digital legal medical district county city regional local
    national party opposition""".split()
)
# Words that qualify a title after an employer's name: "Terrain Analytics research director
# Siobhan Kerr" (but "Iraola praised striker Dominic Solanke" has a verb there).
_ROLE_QUALIFIERS = _TITLE_MODIFIERS | TITLES | frozenset(
    """research interim associate principal lead creative marketing finance financial operations
    operating commercial programme program development business sales""".split()
)
# What a body is called once named: "the union said", "the watchdog said".
_GENERIC_BODY_WORDS = frozenset(
    """union watchdog regulator department agency group organisation organization council
    charity body authority service ministry company firm bank board trust commission utility""".split()
)
# A body that a country or a firm owns, which speaks as "it": "Rwanda's government".
_OWNED_BODY_WORDS = _GENERIC_BODY_WORDS | frozenset(
    "government office embassy presidency cabinet administration military army navy police".split()
)
def _title_and_name_follow(text: str, end: int) -> bool:
    """Whether a title and a name follow a one-word run that ends at ``end``: "former Tipperary|
    hurler Shane Cunningham-Ryan", where the word says where they play, not who they are."""
    after = _TITLE_THEN_NAME_RE.match(text, end)
    return after is not None and after.group(2) in TITLES


def _speaks_for_whose_it_is(word: str) -> bool:
    """Whether "the ``word`` of ..." is one who speaks, described by whose they are: an office
    ("the chief executive of Acme Holdings") or a relative ("the daughter of John Smith"), not
    a trade."""
    return (word in TITLES and word not in _TRADE_TITLES) or word in _KIN_NOUNS


def _ends_with_a_given_name(run: str) -> bool:
    """Whether a capitalised run goes on past its first word to a person's given name: "Kenya
    William Ruto", "Bank of England Andrew Bailey" (a body, then the person who speaks for it)."""
    return any(sex_of_given_name(t) is not None for t in run.split()[1:])


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is made of the first letters of each capitalised word of ``name``, in
    order: "Salga" (South African Local Government Association), "Santaco" (South African
    National Taxi Council), "Kemri" (Kenya Medical Research Institute)."""
    words = [w.lower() for w in name.split() if w[:1].isupper()]
    short = short.lower()

    def fits(k: int, at: int) -> bool:
        if k == len(words):
            return at == len(short)
        word = words[k]
        return any(
            short[at:at + length] == word[:length] and fits(k + 1, at + length)
            for length in range(1, min(len(word), len(short) - at) + 1)
        )

    return 2 <= len(words) <= 8 and fits(0, 0)


# Last words of the name of a service, a scheme, a course or a club that one is sent to, goes to or
# plays for: "referred to Youth Aid", "a degree in Human Resource Management", "lost to Haverleigh Town".
_SERVICE_WORDS = frozenset(
    """aid support services service care help helpline team unit programme program management
    studies resources relations town rovers wanderers athletic albion""".split()
)


def _names_a_service(tokens: tuple[str, ...]) -> bool:
    return len(tokens) >= 2 and tokens[-1].lower() in _SERVICE_WORDS and sex_of_given_name(tokens[0]) is None


def _may_be_called(name: str, noun: str) -> bool:
    """Whether a body named ``name`` may be the one the copy then calls "the ``noun``": a firm or
    a group by any name; a public body ("the agency", "the ministry") only by initials or a name
    that says it is a body ("UNICEF", "World Food Programme", "Queensland Health"), not "Meta"
    or "Ryanair", which the copy would set against the authority that fined them."""
    if noun in _FIRM_WORDS or (noun == "utility" and " & " in name):
        return True  # (a utility by a firm's name joined by "&": "Pacific Gas & Electric", not Ofwat)
    toks = [t.strip(",.") for t in name.split()]
    lows = [t.lower() for t in toks]
    return bool(toks) and (
        _ACRONYM_RE.fullmatch(toks[-1]) is not None or _names_a_body(toks, lows) or lows[-1] == "health"
        or "for" in lows[1:-1] or "of" in lows[1:-1]  # "Transport for London"
    )


# Words for a firm or a group, which any body that spoke may be.
_FIRM_WORDS = frozenset({"company", "firm", "bank", "group"})
# Bodies that answer the one that spoke before them: "the union", "the regulator".
_COUNTERPARTY_BODY_WORDS = frozenset({"union", "regulator", "watchdog"})
# The last words of speakers "it" cannot be.
_PLURAL_SPEAKERS = frozenset("officials police residents witnesses analysts people sources they we".split())
@functools.cache
def _name_before_brackets_re() -> re.Pattern:
    """A body's name right before brackets, joined by "of", "for", "on" or "and", or by the words
    that join a name in Spanish, Portuguese, French or Italian ("Autodefensas del Pacífico")."""
    return re.compile(
        rf"((?:{_CAP}[ \t]+)*{_CAP}(?:[ \t]+(?:(?:of|for|on|and)(?:[ \t]+the)?|the"
        rf"|de(?:l|[ \t]+la|[ \t]+los|[ \t]+las)?|da|do|dos|das|des|du|di|della|y|e)[ \t]+(?:{_CAP}[ \t]+)*{_CAP})*)[ \t]*$"
    )


@functools.cache
def _age_with_name_re() -> re.Pattern:
    """A person given an age: "Ben Ade, 23,", "Sarah Kim, aged 45", "19-year-old Kaylee
    Wapachee", "the film's 19-year-old lead, Kaylee Wapachee". Compiled when first needed."""
    return re.compile(
        rf"(?P<name>{_NAME_RUN_RE.pattern}),\s+(?:aged\s+)?(?P<age>[0-9]{{1,3}})\b"
        rf"|\b(?P<age_before>[0-9]{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-old\s+(?:[a-z]+\s+)?,?\s*(?P<name_after>{_NAME_RUN_RE.pattern})"
    )


_TEENAGER_WORDS = frozenset({"the teenager", "the teen"})
# A teenager the copy describes without a name: "A 16-year-old boy", "a teenage girl".
_UNNAMED_TEENAGER_RE = re.compile(
    r"\b[Aa]n?\s+(?:(?:1[3-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)-year-old|teenage)"
    r"(?=,|\s+(?:boy|girl|youth|man|woman|suspect|student|pupil|schoolboy|schoolgirl|son|daughter|driver)\b)"
)  # (not "a 19-year-old championship record", "a teenage sensation")
# Words that describe a person, after "the": "the Thrissur native", "the veteran".
_PERSON_DESCRIPTIONS = frozenset("native veteran youngster rookie debutant newcomer right-hander left-hander southpaw".split())


def _is_a_teenage_age(age: str) -> bool:
    return age.isdigit() and 13 <= int(age) <= 19


# An age given after a name: "Ben Ade, 23, scored", "Sarah Kim, aged 45,".
_STATED_AGE_RE = re.compile(r"[A-Za-z\u00c0-\u024f], (?:aged )?[0-9]{1,3}[,.)]")
# "the 23-year-old", "the 28-year-old primary school teacher".
_AGE_DESCRIPTION_RE = re.compile(r"the ([0-9]{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(?: [a-z\-]+){0,4}")
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# Someone of a sex as the object of a verb or a preposition, never the subject of the sentence.
_OBJECT_OF_SEX_RE = {
    MASCULINE: re.compile(r"\bhim\b"),
    # ("worked with her in the 1990s", not "for her part", where "her" is one's own)
    FEMININE: re.compile(
        r"\b(?:with|to|for|about|against|from|by|beside|behind)[ \t]+her"
        r"(?=[ \t]*[,.;]|[ \t]+(?:in|on|at|for|to|and|when|after|before|since|until)\b)"
    ),
}
# What an obituary says, in its headline or its copy.
# (not "who died after being stabbed": a court report or an inquest is about the dead too, and
# others speak in it)
_OBITUARY_RE = re.compile(
    r"\b(?:[Oo]bituary|has died(?: aged \d+)?\.|died (?:peacefully|aged \d+)|[Dd]ies at \d+|[Pp]asse[sd] away at \d+"
    r"|is survived by|[Ss]urvivors include)"
)
# A sentence that opens with "he" or "she": "She retired from Bristol in 2006".
_PRONOUN_OPENS_RE = re.compile(r"[ \t]*(?:He|She)[ \t]")
# A sentence whose subject is a role: "The mayor said ...", "The chief executive told ...".
_ROLE_SUBJECT_RE = re.compile(
    # "The captain, who has led the Kings since 2022, said ...": a clause about them may come between.
    r"\W*[Tt]he\s+(?:[a-z\-]+\s+){0,2}?([a-z\-]+)(?:,\s+wh[a-z]+\s[^,.;\"\u201c\u201d]{1,80},)?"
    # ("The coroner recommended that Maritime New Zealand ...": the coroner, not the body.)
    r"\s+(?:said|says|told|added|was|is|has|had|will|would|(?P<done>[a-z]+ed))\b"
)
# The verb of a clause right after its subject's name: "... , and Jenna Treloar |is crimping".
_CLAUSE_SUBJECT_VERB_RE = re.compile(r"[ \t]+(?:is|was|has|had|says|said|will|would|can|could|does|did|[a-z]+ed)\b")
# Offices whose holder is the subject of any verb after "The": "The coroner recommended", but
# not "The state recorded" (a title word, not an office).
_OFFICES_THAT_ACT = frozenset(
    """coroner judge minister mayor president governor senator sheriff commissioner inspector
    detective superintendent chairman chairwoman chair director councillor magistrate prosecutor
    ambassador premier chancellor secretary coach manager captain""".split()
)
# Words before a name that make it the object of a clause, not its subject: "a letter to X".
_OBJECT_PREPOSITIONS = frozenset(
    """to with from for of by against about at on in into after before like than between
    among under over alongside including and or""".split()
)
PRONOUNS_OTHER = frozenset({"they", "we", "i", "it", "you"})
# Relatives, named after a possessive by a given name alone: "her son, Mick", "Tegan's sister Shannon".
_KIN_NOUNS = frozenset(
    """son daughter wife husband partner brother sister mother father mum mom dad grandson
    granddaughter grandmother grandfather niece nephew cousin uncle aunt fiance fiancee fiancé
    fiancée boyfriend girlfriend widow widower stepson stepdaughter stepfather stepmother twin""".split()
)
# A relative named in apposition: "His son, ", "her daughter ".
_KIN_BEFORE_A_NAME_RE = re.compile(rf"\b(?:{'|'.join(sorted(_KIN_NOUNS))}),?[ \t]+$", re.IGNORECASE)
_POSSESSIVE_PRONOUNS = frozenset("her his their my our your".split())
# Kin of the generation before or after the one they are kin to: "His father, Wiremu Raukawa".
_ELDER_KIN = frozenset("mother father mum mom dad grandmother grandfather stepfather stepmother".split())
_YOUNGER_KIN = frozenset("son daughter grandson granddaughter stepson stepdaughter".split())
# "the elder Raukawa said", "the younger Mitchell": one of a parent and a child who share a surname.
_GENERATIONS = "elder|older|younger"
_ELDER_OR_YOUNGER_RE = re.compile(rf"[Tt]he ({_GENERATIONS}) ([A-Z][\w'\u2019\-]+)")
# A lawmaker by state and party: "the Alabama Republican", "the New Jersey Democrat".
_PARTY_EPITHET_RE = re.compile(r"(?:the )?(?:[A-Z][\w.]*\s+){1,3}(Republican|Democrat|Independent)")
@functools.cache
def _name_run_at_end_re() -> re.Pattern:
    """A name run right before a mark after it (a party's initial in brackets, a comma); compiled
    when first needed, as the name pattern is long and few texts name a lawmaker by party."""
    return re.compile(rf"({_NAME_RUN_RE.pattern})\s*$")
# A person's age right after their name: "Rhys Bevan, 20,".
_AGE_AFTER_A_NAME_RE = re.compile(r",[ \t]*(\d{1,3}),")
# "Moloney senior said", "Hale Jr said": the same, after the surname.
_SURNAME_SENIOR_OR_JUNIOR_RE = re.compile(r"([A-Z][\w'\u2019\-]+),? (senior|junior|Sr\.?|Jr\.?)")
# A kin word just before a name: "His father, Wiremu Raukawa", "Mitchell's son Darius Mitchell".
_KIN_WORD_BEFORE_RE = re.compile(r"(\w+),?[ \t]+$")
# Given names that are also places, which "and" joins to a person as often: "Georgia and Brian Kemp".
_PLACES_AMONG_GIVEN_NAMES = frozenset(
    """georgia victoria florence chelsea sydney regina adelaide charlotte madison savannah virginia
    carolina alexandria augusta lourdes austin jackson houston orlando lincoln paris israel jordan
    india china kenya""".split()
)
# Words before two given names that share a surname: "brothers Wayne and Mark Fraser".
# Endings of the plural of what people do: "farmers", "organisers", "activists", "musicians".
_PLURALS_OF_PEOPLE = ("ers", "ors", "ists", "ians")
_FAMILY_WORDS = frozenset("brothers sisters siblings twins couple parents cousins spouses married".split())
# The first given name of a couple, before the second one's run: "Rob and |Jen Castle".
@functools.cache
def _couple_before_re() -> re.Pattern:
    """Compiled when first needed, as few texts need it (its class of capitals is long)."""
    return re.compile(rf"(?<![\w'\u2019])({_UP}[a-z]+) and $")
_AGE_AFTER_NAME_RE = re.compile(r", (?:aged )?\d{1,3},")
# The words that open a phrase in apposition about the person it follows ("a mother of
# three", "her husband") and those that end its head ("the widow of ...", "who ...").
_APPOSITION_OPENERS = frozenset("a an the his her their its".split())
_PHRASE_ENDERS = frozenset("of who whose which that at for from in to with and".split())


# An age or a description with an age right after a single name: "Noor, a 38-year-old mother,",
# "Yonas, 24,", "Samira, aged 19,", "Rania (31)".
_ONE_NAME_THEN_AGE_RE = re.compile(
    r",[ \t]+(?:an?[ \t]+[0-9]{1,2}-year-old\b(?:[ \t]+(?P<described>[^\W\d_]+))?|(?:aged[ \t]+)?[0-9]{1,2},)|[ \t]+\([0-9]{1,2}\)"
)
_SAID_AFTER_A_DESCRIPTION_RE = re.compile(r",[ \t]+(?:said|says|told|added)\b")
# A person's trade after their one name: "Priya, an Indian marketing executive who", "Hamadoun, a
# shopkeeper reached by telephone" (the last words before what ends the description).
_ONE_NAME_THEN_TRADE_RE = re.compile(
    r",[ \t]+an?[ \t]+(?P<words>(?:[A-Za-z\-]+[ \t]+){0,3}[a-z\-]+)(?=[ \t]+(?:who|whose|reached|from|in|at|for|with|living|based)\b|[,.;:])"
)
# What has an age but no voice: "Kenya, a 60-year-old republic", "Apple, a 48-year-old company".
_THINGS_OF_AN_AGE = frozenset(
    """republic state nation country company firm business brand club team side band group party church
    school college university institution organisation organization charity saga dispute conflict war
    feud rivalry ban law policy scheme system tradition festival event show series programme program
    bridge building house hotel restaurant shop pub ship vessel boat car tree horse mare gelding colt
    filly dog cat""".split()
)
# A relation of someone the copy has named, before a single name: "Her friend, Dina,", "His colleague Aoife".
_RELATION_BEFORE_ONE_NAME_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir)[ \t]+(?:friend|colleague|neighbour|neighbor|flatmate|classmate|cousin|partner|"
    r"sister|brother|son|daughter|niece|nephew|husband|wife|fianc\u00e9e?),?[ \t]+$"
)


# Prepositions of place that may open a sentence as one run with the place: "Near Tauriko,",
# "Outside Parliament,". Elsewhere they may open a name ("Near East Bank", "Outside Magazine").
_PLACE_OPENINGS = ("Near ", "Outside ", "Across ", "Around ", "Behind ", "Beside ")


def _opens_a_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` is the start of the text, of a line or of a sentence after its stop."""
    before = text[max(0, pos - 3):pos].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", '"', "\u201d"))


def _an_office_one_holds(words: str) -> bool:
    """Whether ``words`` name an office one person holds: "the company's Media Relations Manager",
    "the region's police chief" (not "supporters of the jailed activist", "friends of the late
    singer": people around someone, who speak of them)."""
    written = words.split()
    if written and written[0].lower() in ("the", "a", "an"):
        del written[0]
    if not written:
        return False
    first = written[0]
    if first.islower() and first.endswith("s") and not first.endswith(("ss", "'s", "\u2019s")):
        return False  # a plural of people
    return any(w.lower().removesuffix("'s").removesuffix("\u2019s") in TITLES for w in written)


# A publication by its name and what it is, as the subject of its sentence: "Fortune magazine", "The
# Irish Times newspaper".
_PUBLICATION_SUBJECT_RE = re.compile(
    r"\s*((?:[Tt]he\s+)?[A-Z][\w'&.\-]*(?:\s+[A-Z][\w'&.\-]*){0,3}\s+(?:magazine|newspaper|tabloid|broadsheet|journal))"
)
# A relative pronoun left at the end of a description cut before its clause's verb: "a senior
# official in Niamey who| asked not to be identified".
_TRAILING_RELATIVE_PRONOUN_RE = re.compile(r"\s+(?:who|which|that)\s*$")
# A document owned by a pronoun: "his statement", "her letter".
_WHOSE_DOCUMENT_RE = re.compile(r"(his|her)\s+(statement|letter|post|email|message|tweet)")
# The last words of sports clubs' names: "Valmoral CF", "Tanfield Town", "Halton Rovers".
_CLUB_NAME_ENDS = frozenset("fc cf afc sc cd ac united town rovers wanderers athletic albion rangers county".split())
# What a club does as the subject of its sentence: "Valmoral CF have agreed", "Tanfield Town raised".
_CLUB_SUBJECT_VERB_RE = re.compile(
    r"[ \t]+(?:have|has|had|said|says|confirmed|announced|agreed|raised|signed|will|would|are|is|were|was|[a-z]+ed)\b"
)


# What two people own together, which tells they are one household: "have cut their flock".
_THEIR_RE = re.compile(r"\btheir\b")
# Two given names joined before a shared surname, which follows the blank at the end: "Tim and
# Amanda |Crothers".
_COUPLE_BEFORE_RE = re.compile(r"\b([A-Z][\w'\u2019\-]+)[ \t]+and[ \t]+([A-Z][\w'\u2019\-]+)[ \t]$")


# A subject named by what it is, then an apposition set off by commas: "The company, Britain's
# fifth-largest supplier,", "The regulator, a unit of the treasury,".
_DESCRIBED_SUBJECT_THEN_APPOSITION_RE = re.compile(
    r"\s*([Tt]he[ \t]+[a-z][a-z\-]*(?:[ \t]+[a-z][a-z\-]*)?),[ \t]+"
    r"(?:an?|the|its|[A-Z][\w\-]*['\u2019]s)[ \t][^,;:\"\u201c\u201d]{2,80},"
)


# The same, where the apposition is a name in capitals: "The UN refugee agency, UNHCR,".
_DESCRIBED_SUBJECT_THEN_NAME_RE = re.compile(
    # (not "The mayor of the town, Kilkenny,": the name is the town's)
    r"\s*[Tt]he[ \t]+(?:(?!(?:of|for|in|at|on|representing)\b)[A-Za-z][\w'\u2019\-]*[ \t]+){0,4}[a-z][\w\-]*,[ \t]+"
    r"(?P<name>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,5}),"
)


class _Mention:
    __slots__ = ("pos", "tokens", "person", "title", "roles")

    def __init__(self, pos: int, tokens: tuple[str, ...], person: bool, title: str | None):
        self.pos = pos
        self.tokens = tokens
        self.person = person
        self.title = title
        self.roles: frozenset[str] | None = None  # see SpeakerIndex.roles_of


# Role words that name the same role: "the judge" is "Justice Iyer", "the spokeswoman" a
# "spokesperson".
_ROLE_SYNONYMS = {
    "justice": "judge", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "spokesperson.": "spokesperson", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "ceo": "chief executive", "councilor": "councillor", "cde": "comrade",
}
# Titles written short before a name are the offices written out after it: "Cagayan Gov.
# Rosalinda Tuazon-Aguinaldo said ... '...,' the governor said".
# (Role words are compared without their stops.)
_ROLE_SYNONYMS.update(
    {
        "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "col": "colonel",
        "lt": "lieutenant", "sgt": "sergeant", "capt": "captain", "maj": "major", "adm": "admiral",
        "cmdr": "commander", "prof": "professor", "dr": "doctor", "supt": "superintendent",
        "insp": "inspector", "det": "detective", "cllr": "councillor", "cr": "councillor",
        "ald": "alderman", "coun": "councillor", "atty": "attorney", "congressman": "representative",
        "congresswoman": "representative", "congressmember": "representative", "engr": "engineer", "pc": "constable",
    }
)
# Ministers of religion, any of whom is also "the cleric": "The Rev. Dr. Samuel Akinola, vicar of
# ... '...,' the cleric said" (but "the priest" is the one the copy calls a priest).
_MINISTERS_OF_RELIGION = frozenset(
    "rev reverend vicar priest pastor imam rabbi chaplain rector curate bishop archbishop father fr canon".split()
)
# An unnamed source opening a sentence or a clause after a comma, as far as a comma or its verb:
# "A spokesperson for the Foreign Ministry, quoted by ...", "On the wards, a senior nurse, who ...".
# The rest of a body's name that lists its remit: "Department for Environment|, Food and Rural Affairs".
_REMIT_LIST = r",\s+(?:[A-Z][\w\-]*\s+)+and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*"
_REMIT_LIST_RE = re.compile(_REMIT_LIST)
# Verbs by which a source acts before it speaks, which end its description: "A spokesperson for
# the federation| welcomed the move but said".
_SOURCES_OWN_VERBS = (
    "welcomed|confirmed|denied|declined|warned|insisted|noted|acknowledged|urged|rejected|praised"
    "|criticised|criticized|dismissed|agreed|refused|stressed|argued|claimed|defended|described"
    "|disputed|contested|countered|questioned|challenged|conceded|admitted|cautioned|blamed|accused"
)
# (A capitalised word may end in a plus: "An OPEC+ delegate", "a Disney+ executive".)
_UNNAMED_SUBJECT_RE = re.compile(
    r"(?:^(?:(?:But|And|Yet)\s+)?|(?<=,)|(?<=,\sand)|(?<=,\sbut))\s*((?:A|An|One|Another|a|an|one|another)\s+(?:[A-Z][\w.&'+\-]*\s+){0,3}(?:[a-z]|[0-9]{1,3}-year-old\b)[^,;:\"\u201c\u201d]{2,80}?"
    # a body whose name lists its remit: "the Department for Environment, Food and Rural Affairs"
    rf"(?:{_REMIT_LIST})?)"
    rf"(?=\s*,|\s*$|\s+(?:who|which|had|has|have|was|is|were|are|will|would|also|said|says|told|added)\b"
    rf"|(?<!\bthat)(?<!\bwho)(?<!\bwhich)\s+(?:{_SOURCES_OWN_VERBS})\b)"
)
# (not in a clause about the source: "A member of the committee that rejected the bid")
_SOURCES_OWN_VERB_RE = re.compile(rf"(?<!\bthat)(?<!\bwho)(?<!\bwhich)\s(?:{_SOURCES_OWN_VERBS})\b")
# Groups that speak as a body of people, described by capitalised words: "Israeli officials",
# "Medical sources", "Western diplomats".
_GROUP_SOURCES = frozenset(
    """officials sources diplomats aides insiders witnesses members employees staffers workers
    residents analysts experts activists lawmakers legislators investigators prosecutors
    rescuers medics paramedics doctors authorities forces troops militants rebels protesters
    campaigners negotiators organisers organizers""".split()
)
# Who an unnamed source can be, besides a title or a trade (see TITLES): "a senior official".
_SOURCE_NOUNS = frozenset(
    """official officials source sources diplomat aide insider witness member employee staffer
    worker parent mother father neighbour neighbor relative friend colleague passenger customer
    patient nurse doctor officer agent volunteer""".split()
)
# Words that join a description's head to what follows it: "a spokesman for the council".
_SOURCE_JOINERS = frozenset("for of at from with in on who close to".split())
# Words that open a phrase before a sentence's subject: "In response, a spokesman said".
_OPENING_WORDS = frozenset(
    """in on at after before during since asked speaking responding separately earlier later late
    early meanwhile however instead also still yet then now today yesterday elsewhere outside inside""".split()
)
# An opening phrase that names only a place: "In Beijing,", "Outside Leinster House,".
_OPENING_PLACE_RE = re.compile(r"(?:In|At|Outside|Inside|From|Across|Near)\s+(?:[A-Z][\w'\u2019\-]*\s+){0,2}[A-Z][\w'\u2019\-]*,")
_REGNAL_NUMBERS = frozenset({"II", "III", "IV", "V", "VI"})
# A family by its name in the plural, opening a sentence: "The Kowalskis say", "The Okafors have".
_FAMILY_SUBJECT_RE = re.compile(r"\W*The\s+([A-Z][A-Za-z'\u2019]*[a-z](?:-[A-Z][a-z]+)?)s\s+(?!of\b|and\b)[a-z]")
# A capitalised word right before a point: "League| One club official".
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"[A-Z][\w\-]*[ \t]+$")
# Where a sentence may name an unnamed source: "a" or "one" opening it or a clause after a comma.
# An unnamed relative of someone the copy is about, opening a sentence: "The woman's granddaughter".
# Someone described by their age alone, opening a sentence: "The 21-year-old, signed in July, said".
# (with one aside at most, so the age is the subject of the verb that follows)
_AGE_SUBJECT_RE = re.compile(r"\s*([Tt]he\s+[0-9]{1,3}-year-old)(?:\s*,(?P<aside>[^,\"\u201c\u201d]*),)?\s*")
# An aside that is a name of two to four capitalised words: "The 29-year-old, Thabo Mokoena, told".
_NAME_ASIDE_RE = re.compile(r"\s*[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){1,3}\s*")
_KIN_OF_SOMEONE_SUBJECT_RE = re.compile(
    # (or of someone named by a surname: "Ndlovu's daughter, who cannot be named, testified")
    r"((?:(?:The|the) [a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)['\u2019]s (mother|father|son|daughter|granddaughter|grandson|grandmother|grandfather|"
    r"wife|husband|sister|brother|widow|widower|partner|niece|nephew|aunt|uncle|cousin|family|parents|relatives))\b"
)
# The same named by a pronoun's kin, with an aside and a verb by which they speak: "Her father, a
# bank clerk, put it more bluntly." ('"...," he said' after it is the father's.)
_PRONOUNS_KIN_SPOKE_RE = re.compile(
    r"((?:Her|His|Their) (mother|father|son|daughter|granddaughter|grandson|grandmother|grandfather|"
    r"wife|husband|sister|brother|widow|widower|partner|niece|nephew|aunt|uncle|cousin))"
    r"(?:,[^,\"\u201c\u201d]{1,60},)?\s+(?:also\s+)?"
    r"(?:said|says|told|testified|added|agreed|disagreed|put it|puts it|was (?:more|less) [a-z]+)\b"
)


# Kin words said more than one way: "Her dad, Tom Hill" is her father.
_KIN_SYNONYMS = {"father": "father|dad|daddy", "mother": "mother|mum|mom|mam|mummy|mommy"}


@functools.cache
def _named_kin_re(owner: str, kin: str) -> re.Pattern:
    """A relative named with their kin word after the same owner's pronoun: "her father Khalid
    Baig", "Her dad, Kenya Airways pilot Tom Hill," (group 1: up to the next comma or stop)."""
    return re.compile(
        # (after a comma, what they do may come first; without one, the name itself: not "Her dad took
        # Lucy Brown to school")
        rf"\b[{owner[0].upper()}{owner[0].lower()}]{owner[1:].lower()}\s+(?:{_KIN_SYNONYMS.get(kin, kin)})(?:,\s+|\s+(?=[A-Z]))"
        r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?([^,.;:\"\u201c\u201d\n]{3,80})"
    )


# The same described by whose relative they are: "The mother of one of the boys, who cannot be
# named, said".
_KIN_OF_SOMEONE_DESCRIBED_RE = re.compile(
    r"((?:The|the) (mother|father|son|daughter|granddaughter|grandson|grandmother|grandfather|"
    r"wife|husband|sister|brother|widow|widower|partner|niece|nephew|aunt|uncle|cousin) of [^,\"\u201c\u201d]{3,60}?)"
    r"(?=,|\s+(?:also\s+)?(?:said|says|told|testified)\b)"
)
# Kin words that name more than one person, who are never "he" or "she": "the boy's family".
_KIN_OF_MANY = frozenset({"family", "parents", "relatives"})
_A_SOURCE_RE = re.compile(r"(?:^|,)\s*(?:A|An|One|Another|a|an|one|another)\s")
# Where the description of an unnamed source ends: "a diplomat who spoke on condition of anonymity".
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# Anyone an unnamed source may be, who speaks only when the sentence says so: "A woman ... said".
_PEOPLE_NOUNS = frozenset(
    """man woman boy girl men women person grandmother grandfather mother father daughter son wife husband
    sister brother widow widower neighbour neighbor relative""".split()
) | frozenset(
    f"{parent}-of-{n}" for parent in ("father", "mother", "grandfather", "grandmother")
    for n in ("one", "two", "three", "four", "five", "six", "seven", "eight")
)
# Capitals that say where someone is from, not who: "A Grand Rapids woman", "an Ocean City man".
_PLACE_BEFORE_A_PERSON_NOUN_RE = re.compile(
    rf"(?:A|An|One|Another|a|an|one|another)\s+(?:[A-Z][\w.&'\-]*\s+){{1,3}}(?:{'|'.join(sorted(_PEOPLE_NOUNS))})\b"
)
_PARTICIPLE_PREPOSITIONS = frozenset("at in on near outside inside from by along".split())
# The verb of speech that goes on from a description, past a clause about the source set off by
# commas: "A woman ..., who did not want to be named, said".
_SPOKE_AFTER_DESCRIPTION_RE = re.compile(
    r"(?:\s*,\s*(?:who|whom)\b[^\"\u201c\u201d,]*(?:,[^\"\u201c\u201d,]*)?,|\s+who\s+(?:[^\"\u201c\u201d,]|(?<=\d),(?=\d)){1,80}?"
    # (a second clause: "A woman who runs a bakery, and who asked that her name not be used, said")
    r"(?:,\s+(?:and\s+)?who\s[^\"\u201c\u201d,]{1,120},)?)?"
    r"\s+(?:also\s+)?(?:said|says|told|testified|agreed\s+to\s+(?:speak|talk))\b(?!\s+(?:to|by)\b)"  # (not "A man said to be in his 30s")
)
_RELATIVE_CLAUSE_RE = re.compile(r"\s+(?:who|whom|whose|which|that)\s")


# Where a phrase in apposition to a name ends: "the kingdom's energy minister, Prince ...".
# Not at the stop of an initial or of "U.S.": "a senior U.S. official".
# An article, a word or two of how someone looked or felt, then their name, then at most an
# aside or where and when: "a smiling Anjali, who is in her final year", "a visibly relieved
# Mohan after the final" (not "a jubilant Smith family spokesman").
@functools.cache
def _mood_before_a_name_re() -> re.Pattern:
    """Compiled when first needed: the pattern is long, and few texts ask for it."""
    return re.compile(
        rf"[Aa]n?[ \t]+((?:[a-z]+ly[ \t]+)?[a-z]+(?:-[a-z]+)*[ \t]+)({_FIRST_CAP}(?:[ \t]+{_CAP}){{0,3}})"
        r"(?:[ \t]*,.*|[ \t]+(?:after|outside|at|on|in|as|before|during|while|when|from|to)\b.*)?",
        re.DOTALL,
    )


# Words before a name that make it no one's mood but a role or a side: "a former Acme", "a
# senior Kwan campaign official".
_MOOD_WORDS_EXCLUDED = (
    _OBJECT_PREPOSITIONS | _SOURCE_NOUNS | TITLES | frozenset("senior junior".split())
)
_NOT_AFTER_A_STOPPED_TITLE = _not_after_any(_STOPPED_TITLES, "\\.")
# ("a spokesperson for Kyushu Railway Co. said": a company's stop, unless a sentence starts after it)
# A portfolio of a list after the first, in capitals: " Housing and Urban Renewal", " Roads".
_PORTFOLIO_LIST_PIECE_RE = re.compile(r"[ \t]*(?:[A-Z][\w\-]*|and|&|of|the)(?:[ \t]+(?:[A-Z][\w\-]*|and|&|of|the)){0,5}[ \t]*")
_APPOSITION_CUT_RE = re.compile(
    "[;:!?\n\"\u201c\u201d(,\u2013\u2014]|\\.(?<!\\b[A-Z]\\.)" + _not_after_any(("Co", "Corp", "Inc", "Ltd", "Bros"), "\\.")
    + _NOT_AFTER_A_STOPPED_TITLE
    + "|\\.(?<!\\b[A-Z]\\.)" + _NOT_AFTER_A_STOPPED_TITLE + "(?=[ \\t]+[A-Z])"
)


def _role(word: str) -> str:
    return _ROLE_SYNONYMS.get(word, word)


# A general word for a trade, and the trade's own titles: "Barrister Hamza Awan contended ... .
# '...,' the counsel said". Only the general word covers them, and only for the person the
# sentence before is about: "the solicitor" is not the barrister.
_LAWYERS = frozenset("counsel barrister solicitor attorney advocate lawyer".split())
_GENERAL_ROLES = {"counsel": _LAWYERS, "lawyer": _LAWYERS}


def _holds(roles: frozenset[str], held: frozenset[str]) -> bool:
    """Whether a person given the roles ``held`` holds ``roles``, a general word covering its titles."""
    return all(r in held or not held.isdisjoint(_GENERAL_ROLES.get(r, ())) for r in roles)


def _as_shadows_where_said(roles: frozenset[str], words: list[str]) -> frozenset[str]:
    """Roles as the opposition's shadow of them where the words say so: "the shadow environment
    secretary, Tom Aldridge" is no environment secretary, and "the environment secretary" no shadow
    (but "Chancellor Rachel Reeves, a former shadow chancellor" is the chancellor now)."""
    if not roles or not any("hadow" in w for w in words):
        return roles
    lowered = [w.lower().strip(",") for w in words]
    shadows = [k for k, w in enumerate(lowered) if w == "shadow"]
    if shadows and all(k > 0 and lowered[k - 1] in _ONCE_WORDS for k in shadows):
        return roles  # "a former shadow chancellor", "who was shadow health secretary until July"
    return frozenset(f"shadow {role}" for role in roles) if shadows else roles


# Words that put an office in the past, right before it.
_ONCE_WORDS = frozenset("former was ex once previously then".split())


def _clean_token(tok: str) -> str:
    for suffix in ("'s", "\u2019s"):
        if tok.endswith(suffix):
            return tok[: -len(suffix)]
    if tok.endswith(("'", "\u2019")):
        return tok[:-1]
    return tok


# A dotted title ("sgt.") is always listed without its dot too, so a run's tokens are
# checked against titles with their dots stripped.
assert all(title.rstrip(".") in TITLES for title in TITLES)


# A body written as its initials: "CMSA", "JCS", "OPEC+".
_ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,7}\+?")
# A body by its initials opening a clause, then its verb: "the RSF denied", "NATO has".
_ACRONYM_SUBJECT_RE = re.compile(
    r"\s*(?:[Tt]he\s+)?([A-Z][A-Z&]{1,7}\+?)\s+(?:[a-z]+ed|says|denies|told|has|had|also|again)\b"
)
# Words written short that end a name with their stop: "Delmar Chemical Corp.", "Ed Balls Jr.".
_DOTTED_NAME_ENDS = frozenset({"Jr.", "Sr.", "Corp.", "Inc.", "Co.", "Ltd.", "Bros.", "Cos."})
# A first word that says where a body is: "Houston-based", "London-listed".
_LOCATED_SUFFIXES = ("-based", "-listed", "-headquartered")


# Small words a title-case headline capitalises, which no person's name holds.
_TITLE_CASE_SMALL_WORDS = frozenset("With Of For At In On From To By And The".split())
# Words of a name that say whose son or daughter its bearer is: "Sultan bin Rashid Al-Marri".
_PATRONYMIC_PARTICLES = frozenset({"bin", "bint", "ibn", "binti"})
# Title words that are also given names, left out of the list of given names so that they tell
# no sex: "Dean Farrow".
_GIVEN_NAMES_THAT_ARE_TITLES = frozenset({"dean"})
# Titles that are also given names or family names: "Amina Sheikh Abdi", "Ahmed Sultan Ali".
_HONOURS_THAT_ARE_NAMES = frozenset({"sheikh", "shaikh", "sultan", "emir", "amir", "haji"})


def _opens_with_the_honourable(toks: list[str]) -> bool:
    """Whether a name's tokens open with a style of the honourable: "Rt. Hon. Olusegun Akinyemi",
    "Hon Funmilayo Adeyemi" (but "Hon Hai" is a company)."""
    return (
        toks[0] in ("Hon.", "Rt.") or (toks[0] == "Hon" and sex_of_given_name(toks[1]) is not None)
        or (toks[0] == "The" and toks[1] in ("Hon.", "Rt."))
    )


# The only name a source may be given: "identified in court documents only as A.H.", "who gave
# her name only as Maria".
_KNOWN_ONLY_AS_RE = re.compile(
    r"\b(?:identified|named|known|referred[ \t]+to|gave[ \t]+(?:his|her|their)[ \t]+name)(?:[ \t]+[a-z]+){0,3}[ \t]+only[ \t]+as[ \t]+"
    r"((?:[A-Z]\.){1,3}|[A-Z][\w'\u2019\-]+)(?=[ \t]*,$)"
)
# Where or what an office is, in brackets between the title and the name: "Deputy Commissioner
# of Police (Madhapur) K. Srinivas Rao", "deputy commissioner of police (traffic) Rohidas Pawar".
_BRACKETED_QUALIFIER_AT_END_RE = re.compile(r"[ \t]*\((?:[a-z]|[A-Z][a-z])[\w .\-]{0,30}\)$")  # (not "(SSP)", a title)
_OF_THE_FORCE_AT_END_RE = re.compile(r"(?<=[A-Za-z])[ \t]+of[ \t]+[Pp]olice$")
_BRACKETED_QUALIFIER_BEFORE_A_NAME_RE = re.compile(r"[ \t]+\([A-Za-z][\w .\-]{0,30}\)(?=[ \t]+[A-Z])")
_HOLDER_AFTER_A_PORTFOLIO_RE = re.compile(r"(?:Minister|Secretary|Commissioner)(?:[ \t]+of[ \t]+State)?[ \t]+(?:of|for)[ \t]+([A-Z].*)")
_FIRST_PART_OF_A_PARTY_RE = re.compile(r"(?:^|[.!?][ \t]+|\n)([A-Z][a-z]+)[ \t]+and[ \t]+$")
# Words for places after their name: "Sunny Sands beach", "Harrow Road bridge" (not words that
# follow people as often: "road show", "school", "village").
# Words for a place after its name: "Sunny Sands beach"; and for a venue or a thing named after
# someone or something: "his own Hale Sound studio", "the Ruth Okafor gallery".
_PLACE_NOUNS = frozenset(
    """beach park bridge station harbour harbor bay pier promenade quay marina reservoir canal
    studio studios gallery theatre theater cinema museum label festival academy stadium arena
    bookshop bookstore restaurant cafe caf\u00e9 hotel warehouse scholarship lecture seat constituency""".split()
)
# Words for a work before its title: "his hit Ekyo Kye", "her novel The Salt Road".
_WORKS = frozenset("hit smash single album song track novel book memoir film documentary play poem painting sculpture".split())
# Words before such a word that make it someone's work: "his hit", "the new single".
_OWNERS_OF_A_WORK = frozenset("his her their its whose the a debut new latest first last".split())
# Words before a run that, with a place's word after it, make the run a place or a venue's name:
# "on Folkestone's Sunny Sands beach", "his own Hale Sound studio".
_BEFORE_A_PLACES_NAME = frozenset("the on off to from his her their its our my own a an".split())
# Nouns that name someone's words, in a sentence before the words themselves: "was full of praise
# for the goalkeeper", "has one piece of advice".
_WORDS_GIVEN_A_NAME_RE = re.compile(
    r"\b(?:praise|advice|warning|message|tribute|verdict|plea|reminder|apology|criticism|explanation)\b"
)
# A verb in the passive: "was arrested", "had been badly beaten", "is known".
_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ung|ought)\b")
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][a-z\-]*)\b")
_ONLY_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
# Last words of what a body is for, after its head and "of": "Court of Human Rights", "Institute of
# Fiscal Studies", "Bureau of Labor Statistics".
_LAST_WORDS_OF_REMITS = frozenset("rights safety studies relations standards statistics peace liberties freedoms".split())
# Last words of a trade written in two words before a name: "Singer-songwriter", "Co-author".
_LAST_WORDS_OF_TRADES = frozenset("author writer songwriter founder owner host star producer director presenter".split())


# Words that grade a trade before it: "senior economist", "chief scientist".
_GRADES_OF_A_TRADE = frozenset("senior junior chief lead principal head assistant associate".split())
# Up to three words in lower case, with the blank after them: "economist ", "senior economist ".
_LOWER_CASE_WORDS_RE = re.compile(r"(?:[a-z][a-z\-]*[ \t]+){1,3}")


def _is_a_trade(word: str) -> bool:
    low = word.lower()
    return low in _LAST_WORDS_OF_TRADES or low in _TRADE_TITLES or low in TITLES or low.endswith(_TRADE_ENDINGS)


def _phrase_in_apposition(before: str) -> str:
    """The phrase set off by commas at the end of ``before``: "the industry minister" of "...,
    the industry minister"; with a title's portfolios listed with commas whole ("The Minister of
    Works, Housing and Urban Renewal"), else only the words after the last comma."""
    phrase = _APPOSITION_CUT_RE.split(before)[-1]
    if _PORTFOLIO_LIST_PIECE_RE.fullmatch(phrase) is None:
        return phrase
    parts = before.split(",")
    k = len(parts) - 1
    while k > 0 and _PORTFOLIO_LIST_PIECE_RE.fullmatch(parts[k]) is not None:
        k -= 1
        first = _APPOSITION_CUT_RE.split(parts[k])[-1]
        if not TITLES.isdisjoint(w.lower().rstrip(".") for w in first.split()):
            return ",".join([first, *parts[k + 1:]])
    return phrase


def _analyse_run(run: str, title_before: str | None) -> tuple[tuple[str, ...], bool, str | None]:
    """Strip titles and sentence openers from a capitalised run; decide if it names a person."""
    if '"' in run or "\u201c" in run or " '" in run or "\u2018" in run:
        run = _NICKNAME_RE.sub("", run)  # 'Harold "Hal" Brennan-Ochoa' is Harold Brennan-Ochoa
    toks = run.split()
    if len(toks) >= 3 and toks[-1] in _REGNAL_NUMBERS:
        # "Nana Kofi Amponsah II", "Otumfuo Osei Tutu II": a chief's or a king's name ends with
        # its number, which stays part of it.
        inner, person, title = _analyse_run(" ".join(toks[:-1]), title_before)
        return (*inner, toks[-1]) if inner else inner, person, title
    if (
        len(toks) >= 2 and toks[0] in ("One", "Another") and "'" not in run and "\u2019" not in run
        and all(t.lower().rstrip(".") not in TITLES for t in toks[1:-1])
    ):
        # "One Fianna F\u00e1il TD said", "One Eastmoor player": a description of someone unnamed
        # (not "One Nation Senator Pauline Hanson", "One Direction's Niall Horan")
        return tuple(toks), False, title_before
    if "'" in run or "\u2019" in run:
        # "Kenya's Faith Rotich", "Brazil's President Lula": what owns the name is no part of it.
        # A plural owner too, before a person's name: "the Conservatives' Giles Whitaker".
        owners = [
            k for k, t in enumerate(toks[:-1])
            if t.endswith(("'s", "\u2019s"))
            or (t.endswith(("s'", "s\u2019")) and len(toks) - k > 2 and not _names_a_body(toks[k + 1:], [w.lower() for w in toks[k + 1:]]))
        ]
        # (but "the Calder County Sheriff's Office" is one body: the office of a title)
        office_of_a_title = bool(owners) and owners[-1] == len(toks) - 2 and toks[-1] == "Office" and toks[-2][:-2].lower() in TITLES
        if owners and not office_of_a_title:
            toks = toks[owners[-1] + 1:]
        # Only a token with an apostrophe can lose a possessive; one inside the name keeps it
        # ("Carrow Landlords' Association", "Sheriff's Office").
        toks = [
            t if k < len(toks) - 1 and (office_of_a_title or t.endswith(("s'", "s\u2019"))) else _clean_token(t)
            for k, t in enumerate(toks)
        ]
    if len(toks) >= 3 and toks[0] == "Baby" and sex_of_given_name(toks[1]) is not None:
        toks = toks[1:]  # "Baby Cian Roche", a newborn (not "Baby Keem", a rapper, nor "Baby Boomers")
    if len(toks) > 3 and (toks[0].rstrip("'\u2019"), toks[1]) in _TWO_WORD_HONORIFICS:
        toks = toks[2:]  # "Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim"
        while len(toks) > 2 and toks[0] in _HONOUR_SECOND_WORDS:
            toks = toks[1:]  # "Datuk Seri Utama Ahmad Zahid Hamidi"
    elif len(toks) > 2 and title_before and (title_before.rstrip("'\u2019").capitalize(), toks[0]) in _TWO_WORD_HONORIFICS:
        toks = toks[1:]  # "Dato' Sri Najib Razak", where the apostrophe ends the run before "Sri"
    while len(toks) > 2 and _opens_with_the_honourable(toks):
        toks = toks[1:]
    if len(toks) >= 3 and toks[0] in ("Sr", "Sr.") and sex_of_given_name(toks[1]) is not None:
        # Before a given name, a religious sister's title ("Sr Margaret Namutebi") or Spanish
        # "Señor" ("Sr. Carlos Mendoza"); after a name it would be "senior", which is no title.
        sister = sex_of_given_name(toks[1]) == "f"
        toks = toks[1:]
        title_before = title_before or ("sister" if sister else "sr")
    if len(toks) >= 2 and toks[0] == "Eng.":
        # Kenya's "Eng. Joseph Ouma", "Eng. Ouma": an engineer's title (but "Eng Kim Hock" is a family name)
        toks = toks[1:]
        title_before = title_before or "eng"
    if (
        len(toks) >= 3 and toks[0][1:].islower() and (
            toks[0].lower() in _WHO_THEY_ARE_BEFORE_A_NAME
            or (toks[0].lower().endswith(_TRADE_ENDINGS) and sex_of_given_name(toks[1]) is not None and sex_of_given_name(toks[0]) is None)
        )
    ):
        # "Cosmochemist Tomás Albareda", "Glaciologist Ingrid Holm": a trade before the name; "Grandad
        # Tony Ellis", "Dad Gary Hollis": who they are to the family, as tabloids write it
        toks = toks[1:]
    elif (
        len(toks) >= 3 and "-" in toks[0] and toks[0][1:].islower() and toks[0][-1].isalpha()
        and sex_of_given_name(toks[0].split("-", 1)[0]) is None
        and (
            sex_of_given_name(toks[1]) is not None or _is_a_trade(toks[0].rsplit("-", 1)[1])
            or toks[0].split("-", 1)[0].lower() in _WHO_THEY_ARE_BEFORE_A_HYPHEN
        )
    ):
        toks = toks[1:]  # "Co-author Miguel Archuleta", "Singer-songwriter Jules Ocampo": a trade in two words
    if len(toks) >= 4:
        # A title-case headline's words before a name: "Lunch With| Kalia Vue", "Interview
        # With| Ana Ruiz" (the name after the last small word; "Bank Of England" keeps its own)
        small = max((k for k in range(1, len(toks) - 2) if toks[k] in _TITLE_CASE_SMALL_WORDS), default=0)
        rest = toks[small + 1:]
        if small and rest[0].lower() not in _PORTFOLIOS and not _names_a_body(rest, [t.lower() for t in rest]):
            toks = rest
    if len(toks) >= 3 and any(t == "Who" for t in toks[1:]):
        # "Cajun Accordionist Who Took": a title-case headline's clause, no one's name
        return tuple(toks), False, title_before
    if len(toks) >= 3 and toks[0].lower().endswith("-year-old"):
        toks = toks[1:]  # "Twenty-two-year-old Jaheim Brissett": an age, then the name
    if len(toks) >= 2 and toks[0][:3].lower() == "ex-" and toks[0][3:].lower().rstrip(".") in TITLES:
        title_before = title_before or toks[0][3:].lower().rstrip(".")
        toks = toks[1:]  # "Ex-PS Mumba", "Ex-minister Tom Hale": a title once held
    while len(toks) > 1 and toks[-1].rstrip(".,") in _POST_NOMINALS:
        toks = toks[:-1]
    if len(toks) >= 4 and toks[0] in ("New", "Free", "Christian") and toks[1] == "Democrat":
        toks = toks[1:]  # "New Democrat H\u00e9l\u00e8ne Gauthier", "Christian Democrat ...": a party's member, as "Democrat ..." is
    if (len(toks) >= 3 and toks[0].lower() in _AFFILIATIONS) or (len(toks) == 2 and toks[0].lower() in _LEANINGS):
        # "Venezuelan Yorman Castillo", "Liberal Democrat Fiona McLeish", a headline's "Leftist
        # Quispe": who they are, not their name (but "Turkish Foreign Ministry" is the ministry's
        # name, and "Irish Water" a company's).
        k = 1
        while k < len(toks) - 2 and toks[k].lower() in _AFFILIATIONS:
            k += 1
        if not _names_a_body(toks[k:], [t.lower() for t in toks[k:]]):
            toks = toks[k:]
    if title_before is not None and title_before.endswith(_OF_THE):
        # "Speaker of the House Mike Dolan"; "Clerk of the Course Simon Claisse" holds no house,
        # but the name still follows what the title is of; "the Clerk of the Course" alone is no one.
        held = bool(toks) and (toks[0].lower() in _HOUSES or toks[0].lower() in _PORTFOLIOS)
        if held or len(toks) >= 3:
            title_before = title_before[:-len(_OF_THE)]
            if not held:
                toks = _after_portfolio(toks)
        else:
            title_before = None
    if title_before is not None:
        # "Minister for Housing Darragh Kelly": the portfolio before the name.
        while len(toks) > 2 and (toks[0].lower() in _PORTFOLIOS or toks[0].lower() in _HOUSES):
            toks = toks[1:]
        if all(t.lower() in _PORTFOLIOS or t.lower() in _HOUSES for t in toks):
            return tuple(toks), False, title_before  # "the Minister for Housing": no name at all
    if toks and "-" in toks[0] and toks[0].lower().endswith(_LOCATED_SUFFIXES) and len(toks) > 1:
        toks = toks[1:]  # "Houston-based Delmar", "London-listed Ferrant": where it is, not its name
    if toks and toks[-1][-1] == "." and len(toks[-1]) > 2 and "." not in toks[-1][:-1] and toks[-1] not in _DOTTED_NAME_ENDS:
        # The full stop of a sentence that ends with the name: "said Paul Greaves. ..."
        toks[-1] = toks[-1][:-1]
    lows = [t.lower().rstrip(".") for t in toks]
    for k in range(len(toks) - 1):
        if _is_an_initial(toks[k]):
            lows[k] = toks[k]  # an initial, not the article: "A. Damodaran", "I. Okafor"
        elif toks[k] == "MS":
            lows[k] = "member"  # a Member of the Senedd, "Opposition MS Huw Rees": no "Ms"
    title = title_before
    for k in range(len(toks) - 1):
        if (
            toks[k] == "Di" or toks[k + 1] in _PATRONYMIC_PARTICLES
            or (
                k >= 1 and lows[k] in _HONOURS_THAT_ARE_NAMES and sex_of_given_name(toks[k - 1]) is not None
                and lows[k - 1] not in ("amir", "emir")  # (but "the Amir Sheikh Tamim": a title, then a title)
            )
        ):
            # No title but part of a name: "Chiara Di Benedetto" (a detective inspector is "DI"),
            # "Sultan bin Rashid Al-Marri" (a title is followed by a name, not by "bin"), "Amina
            # Sheikh Abdi" (after a given name).
            lows[k] = toks[k]
        elif (
            k + 2 < len(toks) and lows[k][-1:] == "s" and lows[k][:-1] in TITLES and lows[k][:-1] not in _HONORIFICS
            and sex_of_given_name(toks[k + 1]) is not None  # (not "Doctors Without Borders")
        ):
            # "Deputy Governors Ignacio Barragan and Mariana Olvera": one title for two people
            lows[k] = lows[k][:-1]
    if not TITLES.isdisjoint(lows):
        last_title = max(k for k, low in enumerate(lows) if low in TITLES)
        if last_title == len(lows) - 1 and last_title >= 1:
            if lows[last_title - 1] in _HONORIFICS:
                # "Mr Dean", "Dr King": an honorific is followed by a name, whatever the name.
                last_title -= 1
            elif sex_of_given_name(toks[last_title - 1]) is not None or (
                lows[last_title - 1] not in TITLES and any(low in TITLES for low in lows[:last_title - 1])
            ):
                # "Clifford Dean", "Martin Luther King": a given name, then a surname that is
                # also a title word; "Congress MP Anirudh Sen": a title, then a name that ends so.
                last_title = max((k for k in range(last_title - 1) if lows[k] in TITLES), default=-1)
            elif (
                lows[last_title] in _TITLES_WRITTEN_SHORT and not toks[last_title].endswith(".")
                and lows[last_title - 1] not in TITLES and lows[last_title - 1] not in _AFFILIATIONS
                and lows[last_title - 1] not in STOP_CAPS
            ):
                # "Rupali Sen", "Tomas Col": a title written short opens a name and never ends
                # one, so after a given name the lists do not know it is the surname.
                last_title = max((k for k in range(last_title - 1) if lows[k] in TITLES), default=-1)
        if (
            0 <= last_title < len(lows) - 1
            and (sex_of_given_name(toks[last_title]) is not None or lows[last_title] in _GIVEN_NAMES_THAT_ARE_TITLES)
            and ((last_title == 0 and title_before is not None) or (last_title > 0 and lows[last_title - 1] in TITLES))
        ):
            # "manager Dean Whitlock": after a title, a given name that is also a title word opens the name.
            last_title -= 1
        elif last_title == 0 and len(toks) == 2 and title_before is None and lows[0] in _GIVEN_NAMES_THAT_ARE_TITLES:
            # "Dean Farrow's side", "Reform's candidate, Dean Colley,": a given name that is also a
            # title word, then a surname alone (a dean is mostly written with more: "Law School
            # Dean Erwin Chemerinsky"). It tells no sex, so "Dean Harlow ... she said" still reads.
            last_title = -1
        if last_title >= 0 and (
            (len(toks) - last_title < 3 and (lows[last_title] in _TRADE_TITLES or lows[last_title] in _SHORT_TITLES_BEFORE_A_WHOLE_NAME))
            # (a title word before a generation's suffix alone is the surname: "Martin Luther King Jr.")
            or (len(toks) > last_title + 1 and all(t.rstrip(".") in _GENERATION_SUFFIXES for t in toks[last_title + 1:]))
            # (an engineer, but "Eng Kim Hock", "Eng Cheong Wai", "Eng Kah-Wai" are a family name, then
            # given names of a syllable each, as Malaysian and Singaporean names are written)
            or (lows[last_title] == "eng" and 2 <= len(toks) - last_title <= 3 and all(
                _one_syllable(part) for t in toks[last_title + 1:] for part in t.split("-")
            ) and (len(toks) - last_title == 3 or "-" in toks[-1]))
        ):
            # A trade is a title only before a whole name ("Jockey Thabo Nkosi"); alone, or before
            # one word, it may be a surname: "said Boxer", "Winger Smith", and a title before it
            # is the title ("Professor Carpenter", "Justice Potter Stewart").
            last_title = max((k for k in range(last_title) if lows[k] in TITLES), default=-1)
        if last_title >= 0 and not _names_a_body(toks[last_title + 1:], lows[last_title + 1:]):
            title = lows[last_title]
            toks = toks[last_title + 1:]
            lows = lows[last_title + 1:]
            if len(toks) >= 2 and toks[0] == "Eng.":
                toks, lows = toks[1:], lows[1:]  # "EPRA Director-General Eng. Joseph Oketch Ouma"
            if (
                title in _POLICE_RANKS_WRITTEN_SHORT and len(toks) >= 4
                and sex_of_given_name(toks[1]) is not None and sex_of_given_name(toks[0]) is None
            ):
                toks, lows = toks[1:], lows[1:]  # "SSP Hyderabad Amjad Ali Sheikh": the rank's district, then the name
            while len(toks) > 2 and _opens_with_the_honourable(toks):
                toks, lows = toks[1:], lows[1:]  # "Elgon MCA Hon. Janet Chepkoech"
            while len(toks) >= 2 and title in _MALAY_HONOURS and toks[0] in _HONOUR_SECOND_WORDS:
                toks = toks[1:]  # "Prime Minister Datuk Seri Anwar Ibrahim", "Datuk Wira Ahmad Zahid"
                lows = lows[1:]
            if len(toks) >= 4 and (toks[0], toks[1]) in _TWO_WORD_HONORIFICS:
                toks, lows = toks[2:], lows[2:]  # "Communications Minister Tan Sri Idris Harun"
        # else a body named with a title word: "Foreign Affairs", "Home Office".
    else:
        while toks and lows[0] in STOP_CAPS and not (
            # "UK Space Agency", "US Space Force": a country's initials are part of a body's name.
            toks[0].isupper() and len(toks) > 1 and _names_a_body(toks[1:], lows[1:])
        ):
            toks = toks[1:]
            lows = lows[1:]
    while len(toks) >= 3 and lows[-1] in _TITLE_CASE_HEADLINE_WORDS and sex_of_given_name(toks[0]) is not None:
        # A headline in title case: "Lorraine Pike Is 80 and Has Not Mellowed" names Lorraine Pike.
        toks, lows = toks[:-1], lows[:-1]
    if not toks:
        return (), False, title
    # Cheapest tests first: most runs fail on length or a missing title.
    person = (
        (
            len(toks) <= 4 or sum(1 for t in toks if t[0].isupper()) <= 4
            # "Lucía Belén de San Martín Ocampo": two given names and two family names, one with
            # its particle, after a given name the lists know
            or (len(toks) <= 6 and sex_of_given_name(toks[0]) is not None and any(t.islower() for t in toks[2:-1]))
        )
        and (len(toks) >= 2 or title is not None)
        and lows[0] not in STOP_CAPS
        # "Hurricane Katrina", "Storm Isolde", "Super Typhoon Marites": a storm's given name names no one
        and toks[0] not in _NAMED_EVENTS and not (toks[0] in ("Super", "Severe") and toks[1:2] and toks[1] in _NAMED_EVENTS)
        and lows[0] not in _PLACE_OPENERS
        and not _names_a_body(toks, lows)
        and not (_has_acronym(toks) and not _initials_unstopped(toks, title))
        # "his sixth List A match", "Plan B": a word and a letter name no one ("Malcolm X" does).
        and (len(toks[-1]) > 1 or sex_of_given_name(toks[0]) is not None)
        # "Leaders' Questions", "Farmers' Journal": what belongs to many is no one's name.
        and not any(t.endswith(("s'", "s\u2019")) for t in toks[:-1])
        # "Flood Wife", a painting's title: no surname is a word for a woman or a man.
        and lows[-1] not in _WORDS_FOR_A_PERSON
        # "former Thai diplomat Somchai Rattanakorn": a nationality or a party after a title is no name
        and not (len(toks) == 1 and lows[0] in _AFFILIATIONS)
        # "Deputy High Commissioner": what is left of a title of several words names no one (but
        # "John Major", "Howard Dean" and "Ritwik Sen" are people).
        and not (title is not None and lows[-1] in TITLES and (lows[0] in ("high", "chief", "vice", "principal") or lows[0] in TITLES))
    )
    if not person and title is None and len(toks) >= 4:
        # "Crop Extension Specialist Meghan Lapointe-Sinclair": a job the lists do not know, in
        # capitals, before a known given name and a surname.
        for k in range(1, len(toks) - 1):
            if sex_of_given_name(toks[k]) is not None:
                initials = k - _initials_before(toks, k, 1)
                rest, rest_lows = toks[k - initials:], lows[k - initials:]
                if len(rest) - initials <= 3 and rest_lows[initials] not in STOP_CAPS and not _names_a_body(rest, rest_lows) and not _has_acronym(rest):
                    return tuple(rest), True, None
                break
        # "State Secretary at the Foreign Office Friederike von Bredow": a body's name, then a
        # name with a particle (which no body's name holds), whatever the given name.
        for k in range(2, len(toks) - 2):
            if lows[k - 1] in _BODY_HEADS and toks[k][0].isupper() and toks[k + 1] in _SURNAME_PARTICLES:
                rest, rest_lows = toks[k:], lows[k:]
                if len(rest) <= 4 and rest[-1][0].isupper() and not _names_a_body(rest, rest_lows) and not _has_acronym(rest):
                    return tuple(rest), True, None
                break
    if not person and len(toks) >= 3:
        # "Commissioner of Health and Family Welfare Services D. Ranganath Gowda": a body's or an
        # office's name, then a name that opens with its initials, as Indian copy writes them
        for k in range(1, len(toks) - 1):
            if _is_an_initial(toks[k]):
                rest, rest_lows = toks[k:], lows[k:]
                if (
                    not _is_an_initial(toks[k - 1]) and len(rest) <= 4 and not _is_an_initial(rest[-1])
                    and not _names_a_body(rest, rest_lows) and not _has_acronym(rest)
                ):
                    return tuple(rest), True, title
                break
    return tuple(toks), person, title


_GENERATION_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _one_syllable(word: str) -> bool:
    """Whether a word is one syllable by its vowels: "Kim", "Cheong", "Wai" (not "Naomi", "Mollel")."""
    return len(_VOWEL_GROUPS_RE.findall(word.lower())) == 1


_VOWEL_GROUPS_RE = re.compile("[aeiouy]+")


def _is_an_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _initials_before(toks, k: int, first: int = 0) -> int:
    """Where a name whose given name is ``toks[k]`` starts: at its initials, if it has any
    ("Services K. Lakshmi Narayan"), but not before ``first``."""
    while k > first and _is_an_initial(toks[k - 1]):
        k -= 1
    return k


# The verbs and small words a headline in title case writes with capitals after a name: "Lorraine
# Pike Is 80", "Kamala Deshpande At 88", "Tom Hale Says He Will Stay". (Not those that are names
# too: "Felix Onyango Were", "Edward Said", "Lee Jae Won".)
_TITLE_CASE_HEADLINE_WORDS = frozenset("is was has says dies at to for with and from".split())
# Roles held in a team, a firm or a party, after its name: "Kingfishers coach", "Acme chief
# executive", "Sinn Féin councillor" (not "Keir Starmer adviser" or "Rishi Sunak spokesman": a
# person has those too).
_EMPLOYED_ROLES = frozenset(
    """coach captain manager chairman chairwoman chair owner director president ceo cfo chief
    executive founder skipper striker midfielder defender goalkeeper forward winger player
    head boss backbencher frontbencher councillor councilor councilman councilwoman alderman senator
    legislator lawmaker congressman congresswoman assemblyman assemblywoman candidate""".split()
) | _TITLES_OF_A_FIRMS_PARTNERS
# Roles held for a party, written after its name: "the Sinn Féin TD", "the Labour MP".
_ROLES_OF_A_PARTY = frozenset("TD MP MEP MSP MLA MS spokesman spokeswoman spokesperson".split())
# A title in lower case (after a word that qualifies it, perhaps) and the capital that opens a
# name after a run: " coach| Sharon", " chief executive| Jo".
_TITLE_THEN_NAME_RE = re.compile(rf"[ \t]+(?:(?P<qualifier>[a-z][a-z\-]+)[ \t]+)?([a-z][a-z\-]+)[ \t]+{_UP}")
# An auxiliary ends an unnamed source's description ("One Eastmoor player| was overheard"), but not
# inside a clause of what, how or where ("familiar with what was discussed").
_AUXILIARY_IN_DESCRIPTION_RE = re.compile(r"\s+(?:was|were|is|are|has|have|had)\s")
_CLAUSE_WORD_RE = re.compile(r"\b(?:what|how|where|when|why|whether|if)\b")
# When a source spoke, after its description: "A former tahsildar| on Monday".
_DAYS_ENDING_A_SUBJECT = ("day", "night", "morning", "afternoon", "evening", "week", "month", "year")
_TRAILING_WHEN_RE = re.compile(
    r"\s+(?:on|last|this|early|late|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|night|morning|afternoon|evening|today)\b.*$|\s+(?:earlier|later|today|yesterday)$"
)
# Titles of offices whose holders the copy does not call by their age.
_OFFICES_NOT_AGES = frozenset(
    """prosecutor judge justice lawyer attorney counsel barrister solicitor advocate detective inspector
    superintendent officer minister president spokesperson spokesman spokeswoman mayor governor
    senator coroner dr doctor prof professor magistrate sergeant sgt constable pc det dc ds di dci
    sheriff deputy witness commissioner chief""".split()
)
# Offices the copy gives grown adults (not a witness, a constable, a captain or a councillor,
# who may be any age past eighteen).
_SENIOR_OFFICES = frozenset(
    """coach manager minister judge mayor president governor senator chairman chairwoman director
    commissioner superintendent inspector prosecutor coroner magistrate sheriff ambassador premier
    chancellor secretary professor prof""".split()
)
# Descriptions of young people: "the rookie said" is not the coach who spoke before.
_YOUNG_DESCRIPTIONS = frozenset("rookie youngster debutant".split())
# "Former" before an office and the name that follows it: "Former prime minister |Tom Hale".
_FORMER_RE = re.compile(r"\b(?:former|ex-|then-)[\w\s-]{0,30}$")
# Offices written by their initials after "the": "the CS said" for the cabinet secretary.
_OFFICE_INITIALS = {
    "PM": "prime minister", "CS": "cabinet secretary", "CM": "chief minister", "CEO": "chief executive",
    "DG": "director-general", "AG": "attorney-general",
    # India's police ranks, as its papers write them after naming the officer in full ("Deputy
    # Commissioner of Police (Madhapur) K. Srinivas Rao"; the force is no part of the role)
    "DCP": "deputy commissioner", "ACP": "assistant commissioner", "SP": "superintendent",
    "SSP": "senior superintendent",
}
# Words that make a body another than the one that spoke: "the rival firm", "the parent company".
_OTHER_BODY_QUALIFIERS = frozenset("rival parent former sister other new".split())
# Offices whose holders are not the player, the performer or the member the copy goes on about.
_OTHER_THAN_A_PLAYER = _SENIOR_OFFICES | frozenset(
    "referee umpire official prime cs ceo".split()
)
# Members of a legislature, described by the seat they hold: "the Suna East MP", "the Kildare
# North TD": the member the sentence before is about, when the copy named none by that title.
_SEAT_TITLES = frozenset("mp td mla msp mep mpp mca senator congressman congresswoman representative".split())
# Roles that sports and arts copy uses for a person it has just named, in place of the name:
# "Mensah-Brown, 23, did not hide from the criticism. '...,' said the striker". Not offices,
# which a new, unnamed holder may speak for ("the minister"), nor roles such as "the driver" or
# "the nurse", which are often someone else at the scene.
_EPITHET_ROLES = frozenset(
    """striker midfielder winger defender goalkeeper keeper goalie forward playmaker centre-back
    center-back full-back fullback fly-half scrum-half batsman batswoman batter opener bowler
    seamer spinner paceman all-rounder quarterback pitcher sprinter
    hurdler golfer jockey actor actress singer novelist poet filmmaker comedian musician rider cyclist
    swimmer boxer""".split()
)
# A sentence whose subject is a player or a performer by their role, or one of a parent and a
# child: "The sprinter will receive", "The elder Lim shrugs".
_EPITHET_SUBJECT_RE = re.compile(
    rf"The ((?:{'|'.join(sorted(_EPITHET_ROLES))})|(?:{_GENERATIONS}) [A-Z][\w'\u2019\-]+)\s"
)
# A sentence whose subject is an office holder by their office: "The prime minister rejected that
# characterization." (an office of one holder, written in lower case, then a verb)
_OFFICE_SUBJECT_RE = re.compile(
    r"The ((?i:(?:prime|foreign|finance|chief|first|deputy|home|health|justice|defence|defense|opposition)\s+)?"
    r"(?i:minister|premier|president|taoiseach|t\u00e1naiste|chancellor|governor|mayor|senator|congressman|"
    r"congresswoman|secretary|ambassador|commissioner))"
    # (not a question put to someone else, whose answer follows: "The premier asked Murphy whether")
    r"\s+(?!(?:of|for|and|or|in|at|to|from|with|on|who|whose|which|elect|asked|questioned|pressed)\b)[a-z]+\b"
)
# (Not a judge, a coroner or a magistrate: in a court report the words after "The judge adjourned
# sentencing" are more often a barrister's or a family's.)
# Words of age in a description of a person: "the old man", "the elderly woman".
_AGE_WORDS = frozenset("old elderly young retired teenage".split())
_FIRST_WORD_RE = re.compile(r"\s*([^\W\d_]+)")
# The person a verb of speech is said to: "told| her".
_OBJECT_PRONOUN_RE = re.compile(r"\s+(her|him)\b", re.IGNORECASE)
# A relative word right before a pronoun: "in which| he", "when| she".
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|whom|where|when|that)\s+$")
# A short description in lower case that a name in apposition follows: "the department's secretary, ".
_DESCRIBED_THEN_COMMA_RE = re.compile(r"(?:the|a|an|his|her|their|its)\s+[a-z'\u2019 -]{2,60}?,\s+")
# Auxiliaries of a verb of speech, between its subject and it: "The minister has| insisted".
_AUXILIARIES = (
    "has", "have", "had", "will", "would", "also", "again", "repeatedly", "once",
    # and when: "The Kingfishers later said in a statement"
    "later", "earlier", "previously", "subsequently", "separately",
)
# A subject that ends with where its people are from: "Two men arrested in Kano", "Five MPs from Sinn Fein".
@functools.cache
def _ends_in_a_place_re() -> re.Pattern:
    """Compiled when first needed, as few texts need it."""
    return re.compile(rf"\b(?:in|from|at|with|near)\s+(?:the\s+)?{_UP}[\w'\u2019.-]*(?:\s+{_UP}[\w'\u2019.-]*)*$")
_DAY_AND_MONTH_NAMES = WEEKDAYS | MONTHS.keys()
_AUXILIARY_ENDS = tuple(f" {w}" for w in _AUXILIARIES)
_TRAILING_AUXILIARIES_RE = re.compile(rf"(?:\s+(?:{'|'.join(_AUXILIARIES)}))+$")
# Words that open a clause before a sentence's main one: "When ..., Ms. Nwosu interrupted".
_CLAUSE_OPENERS = frozenset(
    "when after before as while although though because since if once until unless asked whereas born in at on during"
    " near outside across around".split()
)
# Houses a title is held in, before the name: "Leader of Opposition in the Assembly Meenakshi Iyer-Rathod".
_HOUSES = frozenset("assembly parliament senate council house chamber commons lords dail".split())
# Titles held "of the" house they lead or speak for: "Speaker of the House", "Leader of the Opposition".
_OF_THE = " of the"
_HOUSE_TITLES = frozenset("speaker leader president clerk father mother".split())

# Words before a run that make its first words a portfolio or a place: "Undersecretary of Defense
# for Policy Michael Reardon", "Special Envoy for Sudan Caroline Hartley", "head of mission in
# Sudan Martina Lindqvist", "Minister of Shipping and Waterways Vikram Singh Thakur".
_PORTFOLIO_PREPOSITIONS = frozenset({"for", "of", "to", "in", "and"})


def _after_a_portfolio_word(before: list[str]) -> bool:
    """Whether the words before a run end with one of _PORTFOLIO_PREPOSITIONS, with or without "the"."""
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and before[-1] in _PORTFOLIO_PREPOSITIONS


def _after_portfolio(toks):
    """The name in a run that follows a title's "for", "of" or "to": from the first known given
    name on, when words that are none come before it and two words are left."""
    if len(toks) < 3 or sex_of_given_name(toks[0]) is not None:
        return toks
    for k in range(1, len(toks) - 1):
        if sex_of_given_name(toks[k]) is not None:
            return toks[_initials_before(toks, k):]
    # "Minister of State for Sustainability and the Environment Chua Li Ling": the portfolio's
    # last word, where no given name tells where the name starts.
    k = 0
    while len(toks) - k > 2 and (toks[k].lower() in _PORTFOLIOS or toks[k].lower() in _HOUSES):
        k += 1
    return toks[k:]


def _names_a_named_body(words: list[str]) -> bool:
    """Whether capitalised words are a body's own name, ending in the word for what it is:
    "Omani Foreign Ministry", "Joint Chiefs of Staff Committee" (not "Foreign Minister")."""
    last = words[-1].lower()
    return (
        last in _BODY_HEADS and last not in TITLES
        and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words)
    )


def _names_a_body_head_first(words: list[str]) -> bool:
    """Whether capitalised words are a body's own name that opens with the word for what it is
    and says of or for what after it: "Board of Control for Cricket in India", "Federation of
    Kenya Employers" (the words "of the" and "in" may join its parts)."""
    return (
        len(words) >= 3 and words[0].lower() in _BODY_HEADS and words[0].lower() not in TITLES
        and words[0][:1].isupper() and words[1] in ("of", "for")
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in ("of", "for", "and", "the", "in", "on") for w in words)
    )


def _names_a_body(toks: list[str], lows: list[str]) -> bool:
    """Whether a run holds a word of ORG_WORDS, but for one that opens a person's name ("Bill")."""
    if lows and lows[0] in _FIRST_NAMES_AMONG_ORG_WORDS and toks[0][-1] != ".":
        lows = lows[1:]
    if len(lows) == 2 and lows[1] in _SURNAMES_AMONG_ORG_WORDS and sex_of_given_name(toks[-2]) is not None:
        return False  # "Susan Park", "Peter Hall": a given name, then a surname (a place has "in" or "at")
    if ORG_WORDS.isdisjoint(lows):
        return False
    # "Judith Park Lindqvist": a given name, a family name among ORG_WORDS and another that is none
    # (but "Victoria Park Stadium" names its body last).
    return not (
        len(lows) >= 3 and lows[-1] not in ORG_WORDS and sex_of_given_name(toks[-len(lows)]) is not None
        and all(w in _SURNAMES_AMONG_ORG_WORDS for w in lows if w in ORG_WORDS)
    )


def _title_before(words: list[str]) -> str | None:
    """The title among the words just before a name: "spokesperson Ned Price", and "Minister
    for Housing Darragh Kelly" (a title, then "for" or "of" and the portfolio)."""
    if not words:
        return None
    tb = words[-1].lower().strip(",")
    if tb in TITLES:
        return tb
    # (the words may come as the last two and the rest of the line before them)
    if tb == "the" and len(words) >= 3 and words[-2].lower() in ("of", "in") and (
        held := words[-3].rsplit(None, 1)[-1].lower().strip(",")
    ) in _HOUSE_TITLES:
        # "Speaker of the House Mike Dolan", "Leader of the Opposition Meenakshi Iyer", "deputy
        # leader in the House Vikram Sood": marked, for _analyse_run keeps it only before a
        # house ("Clerk of the Course" is no house).
        return held + _OF_THE
    if tb in ("for", "of") and len(words) >= 2:
        tb = words[-2].lower().strip(",")
        if tb in _PORTFOLIO_TITLES:
            return tb
        if tb in _PORTFOLIOS and len(words) >= 3:
            # "Vice Minister of Defense for| International Affairs Kenji Matsumoto": a portfolio
            # with a part of its own (the words before come whole, as the rest of the line)
            earlier = words[-3].rsplit(None, 2)[-2:]
            if len(earlier) == 2 and earlier[1] in ("of", "for") and earlier[0].lower() in _PORTFOLIO_TITLES:
                return earlier[0].lower()
    return None


# Bodies and places written with stops, which initials before a surname ("K.N. Ilangovan") are not.
_DOTTED_ACRONYMS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.A.E.", "U.S.A.", "N.Y.", "L.A."})
_LONE_DOTTED_ACRONYMS = frozenset((acronym,) for acronym in _DOTTED_ACRONYMS)
_INITIALS_RE = re.compile(rf"(?:{_UP}\.){{1,3}}")


def _ranks(toks: tuple[str, ...] | list[str], text: str, end: int) -> bool:
    """Whether a run that ends at ``end`` is a ranking, "No" and the number after it: "British No| 3"."""
    return bool(toks) and toks[-1] in ("No", "No.") and text[end:end + 2].strip()[:1].isdigit()


def _cut_at_a_combining_mark(text: str, end: int) -> bool:
    """Whether a run stops at an accent written as a mark of its own ("Ọ́la"): the name
    goes on, and what the run holds is only part of it."""
    return end < len(text) and "\u0300" <= text[end] <= "\u036f"


def _has_acronym(toks: list[str]) -> bool:
    """True if a token is an acronym ("NATO", "U.S."; dots are not cased, so isupper() ignores them)."""
    # Few runs have an upper-case token at all. Initials are no acronym: "Daniel K. Ashworth",
    # "K.N. Ilangovan", "J. Randall Whitaker", but "U.S." is one.
    return any(map(str.isupper, toks)) and any(
        len(t) >= 2 and t.isupper() and (t in _DOTTED_ACRONYMS or _INITIALS_RE.fullmatch(t) is None)
        for t in toks
    )


def _given_another_age(name: str, aged: set[str]) -> bool:
    """Whether ``name`` may be one of those the copy gave another age (the last words of their
    names as written): "Nii Adjetey Quaye, 64" is not his daughter Naa Dedei Quaye, but "Quaye,
    64" may be anyone called Quaye."""
    words = name.split()
    return any(
        (len(given) == 1 and given[0] == words[-1]) or words[-len(given):] == given
        for given in map(str.split, aged)
    )


def _initials_unstopped(toks, title: str | None) -> bool:
    """Whether a titled name opens with initials written together without stops, as Bangladeshi
    and Pakistani copy writes them: "Chief Election Commissioner AMM Shafiqul Kabir"."""
    return (
        title is not None and len(toks) >= 3 and 2 <= len(toks[0]) <= 3 and toks[0].isalpha() and toks[0].isupper()
        and all(t.istitle() for t in toks[1:])
    )


class SpeakerIndex:
    """Capitalised name runs in the text, for resolving surnames and pronouns.

    A quote block names many things but asks about few people, so nothing is indexed up
    front. A surname is looked up where it occurs in the text, analysing only the runs
    there. Pronouns and bare titles need the runs before the quote, so those are indexed
    in reading order only as far as a look-up has asked for. A block that asks about many
    surnames, or about one that occurs very often, is cheaper to index once, and is.
    """

    # Past these many distinct surnames, or occurrences of one, looking surnames up one by
    # one costs more than indexing the whole block once.
    _LAZY_LOOKUPS = 16
    _LAZY_OCCURRENCES = 32

    def __init__(self, text: str, limit: int, excluded: list[tuple[int, int]], begin: int = 0):
        self.text = text
        self.begin = begin
        self.limit = limit
        self.excluded = excluded
        self._ex_starts = [s for s, _ in excluded]
        # Person mentions by surname: of every surname once all is indexed, else of those asked about.
        self.by_last: dict[str, list[_Mention]] = {}
        self._all_indexed = False
        # All mentions that start before the point the reading-order scan has reached.
        self.mentions: list[_Mention] = []
        self.positions: list[int] = []
        self._sexes: dict[str, str | None] = {}
        self._runs: Iterator[re.Match] | None = None
        self._next_run: re.Match | None = None
        self._best_cache: dict[str, list[_Mention]] = {}
        self._pos_cache: dict[str, list[int]] = {}
        self._analysed: dict[tuple[str, str | None], tuple[tuple[str, ...], bool, str | None]] = {}
        self._mentions_at: dict[tuple[int, int], _Mention | None] = {}
        # Who has spoken so far, in reading order: of a family who share a surname, "Walsh said"
        # may be the one who spoke (see _fullest).
        self.spoken: list[str] = []
        self._first_named: dict[int, _Mention | None] = {}
        # Bodies named in full, by their initials, once an acronym the copy did not spell out speaks.
        self._by_initials: dict[str, list[tuple[int, str]]] | None = None
        self._obituary: bool | None = None  # asked only when a pronoun or a shared surname needs it

    def analyse(self, run: str, title_before: str | None) -> tuple[tuple[str, ...], bool, str | None]:
        """``_analyse_run``, remembered: the run of an attribution is analysed again when its
        surname is looked up, and a name tends to recur in the same words."""
        key = (run, title_before)
        found = self._analysed.get(key)
        if found is None:
            found = self._analysed[key] = _analyse_run(run, title_before)
        return found

    def in_a_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quote: words spoken, not the copy's own."""
        k = bisect.bisect_right(self._ex_starts, pos) - 1
        return k >= 0 and self.excluded[k][0] <= pos < self.excluded[k][1]

    def _mention(self, m: re.Match) -> _Mention | None:
        """The mention made by one capitalised run, or None when it names nothing; remembered,
        since the index in reading order, a lookup by surname and a question about one sentence
        each meet the same runs."""
        key = m.span()
        if key in self._mentions_at:
            return self._mentions_at[key]
        found = self._mentions_at[key] = self._read_mention(m)
        return found

    def _read_mention(self, m: re.Match) -> _Mention | None:
        pos = m.start()
        if self.in_a_quote(pos) or _cut_at_a_combining_mark(self.text, m.end()):
            return None
        line = self.text.rfind("\n", max(0, pos - 90), pos) + 1
        if (line or pos < 90) and self.text.startswith(_BYLINE_OPENINGS, line) and _BYLINE_RE.match(self.text, line):
            return None  # "By Ann Lee and Tom Hale": who wrote the story, whom "she said" never means
        run = m.group()
        # A run of several words has a space in it, so only a one-word run can match.
        if run.lower() in STOP_CAPS:
            return None
        if run.startswith(_PLACE_OPENINGS) and self.text.startswith(",", m.end()) and _opens_a_sentence(self.text, pos):
            return None  # "Near Morrinsville, sharemilker Aroha Bennett ...": where, not who (but "Outside Magazine said")
        if self.text.startswith(" and ", m.end()):
            words = run.split()
            if len(words) == 1:
                couple = self._first_of_a_couple(pos, run)
            elif len(words) == 2 and (
                words[0].lower() in _FAMILY_WORDS or words[0].lower() in STOP_CAPS
                or words[0].lower().endswith(_PLURALS_OF_PEOPLE)  # "Fundraisers Breda and Con Hanrahan"
            ):
                # "Brothers Wayne and Mark Fraser", "When Bridie and Tom Hennigan opened the shop", at the
                # start of a sentence
                couple = self._first_of_a_couple(m.end() - len(words[1]), words[1])
            else:
                couple = None
            if couple is not None:
                return couple
        before = self.text[max(0, pos - 40):pos].rsplit(None, 2)
        title_before = _title_before(before)
        toks, person, title = self.analyse(run, title_before)
        if not person and title_before is None and before and before[-1] in ("and", "&"):
            office = _TITLE_FOR_A_PORTFOLIO_RE.search(self.text, max(self.begin, pos - 160), pos - 1)
            if office is not None:
                # "Minister of Power, Energy and Public Utilities Lasantha de Alwis Seneviratne":
                # the last portfolio of a list, then the name
                title_before = office.group(1).lower()
                toks, person, title = self.analyse(run, title_before)
        if not toks:
            return None
        if (
            not person and title_before is None and len(before) >= 2 and before[-1] in ("of", "for")
            and before[-2].lower() in _BODY_HEADS and len(toks) >= 3 and toks[0].lower() in _PORTFOLIOS
        ):
            named = tuple(_after_portfolio(toks))
            if 2 <= len(named) < len(toks) and sex_of_given_name(named[0]) is not None:
                # "Minister of State at the Department of Housing Ciarán Furlong": the body's remit,
                # then the holder's name
                pos += m.group().find(named[0])
                toks, person = named, True
        if person and len(toks) >= 2 and toks[-1].lower() in _CLUB_NAME_ENDS and sex_of_given_name(toks[0]) is None:
            person = False  # "Tanfield Town", "Valmoral CF": a club, which no person's name ends as
        if person and len(toks) == 1 and before and before[-1].lower() in ("a", "an", "former"):
            role = _NEXT_WORD_RE.match(self.text, m.end())
            if role is not None and (role.group(1) in _SOURCE_NOUNS or role.group(1) in _TRADE_TITLES):
                # "A former Fernwave engineer": who employed the source, no person called Fernwave
                # (as names_a_person reads it)
                person = False
        if (
            not person and len(toks) == 1 and title is None and toks[0] == run and run.lower() not in STOP_CAPS
            and self._one_name_for_a_person(run, pos, m.end())
        ):
            # "Noor, a 38-year-old mother, said", "Yonas, 24, who ...": someone the copy names by one
            # name only, as reports name refugees, migrants and workers who fear for their families
            person = True
        if person and title_before is None and _after_a_portfolio_word(before):
            toks = tuple(_after_portfolio(toks))
        if person and len(toks) >= 2 and self.names_an_employer(m.end()) and sex_of_given_name(toks[0]) is None:
            # "Konkan Kings captain Rohan Desai": the team, before its captain (but "Boris Johnson
            # adviser Dominic Cummings" names two people)
            person = False
        if person and title_before is not None and before and before[-1] in ("of", "for") and self.text.startswith(
            (" and ", " & "), m.end()
        ) and (len(toks) < 2 or run.count(" ") + 1 == len(toks)):
            # "Minister of Mineral and Petroleum Resources Kagiso Mabena": a portfolio (but
            # "Minister of Defense Kenji Matsumoto and his Vietnamese counterpart": the portfolio's
            # word, then a name)
            person = False
        if (
            person and title is None and before and before[-1].endswith(",") and sex_of_given_name(toks[0]) is None
            and self.text.startswith((" and ", " & "), m.end())
            and _PORTFOLIO_LIST_RE.search(self.text, max(self.begin, pos - 80), pos) is not None
        ):
            # "Minister for Fire, Disaster Recovery and Volunteers": one of a list of portfolios
            # (but "Keir Starmer, Rishi Sunak and Ed Davey" are people)
            person = False
        if person and len(toks) == 1 and _title_and_name_follow(self.text, m.end()):
            person = False  # "former Tipperary hurler Shane Cunningham-Ryan": where they play, then who
        if person and before and before[-1] in ("the", "a", "an") and self.role_follows(m.end()):
            person = False  # "the Red Cross coordinator on El Hierro": whose coordinator, no one's name
        if person and title is None and before and before[-1] == "the" and len(toks) >= 2 and before[-2:-1] != ["of"] and (
            _WITH_A_THING_VERB_RE.search(self.text, max(0, pos - 24), pos) is not None
        ):
            person = False  # "load 375 traps onto the Trudy Lynn", "aboard the Mary Rose": a boat named so
        if (
            person and before
            and (before[-1].endswith(("'s", "\u2019s")) or before[-1] in _PLACE_PREPOSITIONS or before[-1] in _BEFORE_A_PLACES_NAME)
            and not run.endswith(("'s", "\u2019s")) and self.place_follows(m.end())
        ):
            # "on Folkestone's Sunny Sands beach", "his own Hale Sound studio": a place or a venue
            # (not "Ann Lee's school")
            person = False
        if (
            person and len(before) >= 2 and before[-1].lower() in _WORKS
            and (before[-2].endswith(("'s", "\u2019s")) or before[-2].lower() in _OWNERS_OF_A_WORK)
            # (or before a verb, when no given name opens it: "whose smash Paper Crowns spent")
            and (self.text[m.end():m.end() + 1] in (",", ".", ";", ":", "(") or sex_of_given_name(toks[0]) is None)
        ):
            person = False  # "Mukasa's hit Ekyo Kye, recorded in 1990": a work's title (not "the novel Tom Hale wrote")
        if person and sex_of_given_name(toks[0]) is None and self.text.startswith((" and ", " & "), m.end()):
            rest = _and_body_after_re().match(self.text, m.end())
            if rest is not None and _names_a_named_body(rest.group().split()[1:]):
                person = False  # "the Kumasi Book and Arts Festival": the first part of a body's name
        if person and _ranks(toks, self.text, m.end()):
            person = False  # "former British No 3 Tom Galloway": a ranking, then the name
        if (
            person and title is None and len(before) >= 2 and before[-1] == "of" and before[-2].lower() in _BODY_HEADS
            and before[-2][0].isupper() and sex_of_given_name(toks[0]) is None
            and (toks[-1].lower() in _PORTFOLIOS or toks[-1].lower() in ORG_WORDS or toks[-1].lower() in _LAST_WORDS_OF_REMITS)
        ):
            # "the Bureau of Plant Industry", "the European Court of Human Rights" (not "the Office of
            # Kais Saied"): the rest of a body's name
            person = False
        if person and before and (
            # "the ferry operator Armorique Lignes", "the retailer Ted Baker" (but "Machine operator
            # Nomsa Dlamini" is a person: some of these words are trades too)
            (
                before[-1].lower() in _THING_NOUNS
                and not (before[-1].lower() in _TRADES_AMONG_THINGS and (sex_of_given_name(toks[0]) or title in _HONORIFICS))
                # (nor a run that opens with its title: "Central bank President Julio Valdivia Zegarra")
                and not (title is not None and len(toks) >= 2 and run.split(None, 1)[0].lower() == title)
                and not (len(toks) >= 2 and _AGE_AFTER_NAME_RE.match(self.text, m.end()))  # "opal miner Bob Hollis, 72,"
            )
            # "in Addis Ababa"; but "near Tuam. Superintendent Declan Ryan" runs on past a stop, and
            # "outside Kavitha Ramesh's house" is hers.
            or (
                before[-1] in _PLACE_PREPOSITIONS and ". " not in run
                and not (run.endswith(("'s", "\u2019s")) and sex_of_given_name(toks[0]) is not None)
            )
            # "a humpback off Nova Scotia" (but "off Tom Hale's boot" is his)
            or (before[-1] == "off" and not run.endswith(("'s", "\u2019s")))
            # "moved to Sierra Leone", "flew to Costa Rica" (but "wrote to Tom Hale" is to him, and
            # "the file moved to Justice Minister Helen McEntee" to a minister)
            or (
                before[-1] == "to" and len(before) >= 2 and before[-2].lower().rstrip(",") in _JOURNEY_VERBS
                and not run.endswith(("'s", "\u2019s")) and title is None
                and run.split(None, 1)[0].lower().rstrip(".") not in TITLES
            )
            # "in north Delmar Springs", "in central Kano", "at the Dewan Serbaguna Sungai Meranti"
            # (but "at the Foreign Office Friederike von Bredow": the place, then a name of its own)
            or (
                len(before) >= 2 and before[-1] in _COMPASS_WORDS | {"the"} and before[-2] in _PLACE_PREPOSITIONS
                and run.startswith(toks[0])
            )
            # "at 112 Gorton Lane", "on Mill Road": a street, where a surname ("Nathan Lane") is not.
            or (toks[-1].lower() in STREET_SUFFIXES and (before[-1].isdigit() or before[-1] in _STREET_PREPOSITIONS))
        ):
            person = False
        elif not person and len(toks) == 1 and len(before) >= 2 and before[-1].rstrip(",").lower() in _KIN_NOUNS and (
            before[-2].lower() in _POSSESSIVE_PRONOUNS or before[-2].endswith(("'s", "\u2019s"))
        ) and (before[-1].rstrip(",").lower() != "partner" or sex_of_given_name(toks[0]) is not None):
            person = True  # "Her son, Mick, drove up" (a partner only by a known given name: "Ford's partner, Volkswagen")
        elif not person and len(toks) == 1 and _AGE_AFTER_NAME_RE.match(self.text, m.end()) and toks[0] == run:
            person = True  # "Arlo, 6, was less impressed": a given name with an age
        elif not person and len(toks) == 1 and before and before[-1] == "surnamed":
            person = True  # "a civil servant surnamed Chan", as Hong Kong and Chinese copy names someone
        elif not person and ("'s " in run or "\u2019s " in run):
            owner = _OWNER_OF_A_THING_RE.match(run)
            if owner is not None:
                otoks, operson, otitle = self.analyse(owner.group(1), title_before)
                if operson and len(otoks) >= 2 and (
                    (otitle is not None and otitle not in ("st", "st.", "saint")) or sex_of_given_name(otoks[0]) is not None
                ):
                    # "Finance Minister Sipho Dube's spending plan": what is theirs names no one, but they are named
                    return _Mention(pos, otoks, True, otitle)
        return _Mention(pos, toks, person, title)

    def relative_of(self, name: str, kin: str, pos: int) -> str | None:
        """The person named in full before ``pos`` as ``name``'s ``kin`` ("her husband"): one
        who shares the surname, is of the sex the word gives, and was named as that relative
        ("her husband, Dwayne Pettigrew") or as the other half of a couple ("Gloria and Dwayne
        Pettigrew"), not as another ("her son, Mark Pettigrew")."""
        parts = name.split()
        sex = sex_of_word(kin)
        if len(parts) < 2 or sex is None:
            return None
        for c in reversed(self.people_named(parts[-1])):
            if c.pos > pos or len(c.tokens) < 2 or c.tokens == tuple(parts):
                continue
            before = [w.strip(",").lower() for w in self.text[max(self.begin, c.pos - 40):c.pos].split()[-3:]]
            couple = (before and before[-1] == "and") or self.text.startswith(" and ", c.pos + len(c.tokens[0]))
            run = _NAME_RUN_RE.match(self.text, c.pos)
            after = [w.strip(",").lower() for w in self.text[run.end():run.end() + 25].split()[:3]] if run else []
            other_kin = not _KIN_NOUNS.isdisjoint(after) and kin not in after  # "Mark Pettigrew, her son,"
            if (couple or kin in before) and not other_kin and self.sex_of(" ".join(c.tokens)) == sex:
                return " ".join(c.tokens)
        return None

    def _one_name_for_a_person(self, run: str, pos: int, end: int) -> bool:
        """Whether a single capitalised word at ``pos`` names a person, as the copy gives an age after
        it ("Noor, a 38-year-old mother,", "Yonas, 24,"; in brackets only after a given name the
        lists know: "Arsenal (3)" is a score) or a relation before it ("Her friend, Dina,")."""
        if sex_of_given_name(run) is not None and _RELATION_BEFORE_ONE_NAME_RE.search(self.text, max(self.begin, pos - 40), pos):
            return True
        age = _ONE_NAME_THEN_AGE_RE.match(self.text, end)
        if age is None:
            # "Priya, an Indian marketing executive who ...", "Hamadoun, a shopkeeper reached by
            # telephone": described after a comma by what a person does
            # (not "her partner, Bas, a sound engineer": one named by a relation, whom the lists
            # must know as a given name, as above)
            # and who speaks: after "said" ("said Hamadoun, a shopkeeper"), or opening a sentence
            # whose verb is one of speech ("Priya, an Indian marketing executive who ..., said"; not
            # "Police arrested Hamadoun, a shopkeeper", "Omar, a driver, was killed")
            trade = _ONE_NAME_THEN_TRADE_RE.match(self.text, end)
            # (or a clause about them: "Oksana, who fled Mykolaiv with her daughters, said")
            clause_about = trade is None and self.text.startswith((", who ", ", whose "), end)
            if (trade is None and not clause_about) or _RELATION_BEFORE_ONE_NAME_RE.search(
                self.text, max(self.begin, pos - 40), pos
            ) is not None:
                return False
            if trade is not None and not any(
                w in _TRADE_TITLES or w in _PEOPLE_NOUNS or w in TITLES for w in trade.group("words").lower().split()[-2:]
            ):
                return False
            words_before = self.text[max(self.begin, pos - 12):pos].split()
            if words_before and _VERB_RE.fullmatch(words_before[-1]):
                return True  # "said Hamadoun, a shopkeeper"
            before = self.text[max(self.begin, pos - 2):pos]
            stop = min((x for x in (self.text.find(". ", end), self.text.find("\n", end)) if x >= 0), default=len(self.text))
            return (
                (pos == self.begin or before.endswith(("\n", ". ")) or before == "")
                # (a given name the lists know: not "Brazil, a major coffee producer, said")
                and sex_of_given_name(run) is not None and run.lower() not in _PLACES_AMONG_GIVEN_NAMES
                and _SAID_AFTER_A_DESCRIPTION_RE.search(self.text, end, stop) is not None
            )
        if age.group().lstrip()[:1] == "(":
            return sex_of_given_name(run) is not None
        described = age.group("described")
        # ("Kenya, a 60-year-old republic": a thing of that age, not "a 27-year-old nurse")
        return described is None or described.lower() not in _THINGS_OF_AN_AGE

    def _first_of_a_couple(self, pos: int, given: str) -> _Mention | None:
        """"Rob and Jen Castle": Rob Castle too, though the copy never writes it so. ``given``
        is the first given name, at ``pos``, before " and "."""
        sex = sex_of_given_name(given)
        if given.lower() in _PLACES_AMONG_GIVEN_NAMES:
            return None  # "Georgia and Brian Kemp"
        if _has_whole_word(self.text, given, max(self.begin, pos - 5000), pos):
            return None  # "Lloyd Austin ... Austin and Mark Milley", "Imran Khan ... Imran and Bushra Bibi"
        partner = _NAME_RUN_RE.match(self.text, pos + len(given) + 5)
        names = partner.group().split() if partner is not None else ()
        if len(names) != 2 or not names[1][0].isupper():
            return None
        other = sex_of_given_name(names[0])
        before = [w.lower() for w in self.text[max(self.begin, pos - 30):pos].split()[-2:]]
        said_so = not _FAMILY_WORDS.isdisjoint(before)
        if other is None:
            # A second given name the lists do not know, or give to both ("Hemi and Jo Rawiri"):
            # two of one family only where a plural of what they do ("Dairy farmers Hemi and Jo
            # Rawiri") or the copy ("the couple") says so.
            if not (
                (said_so or (before and before[-1].endswith(_PLURALS_OF_PEOPLE)))
                and self._called_a_family(names[1], pos)
            ):
                return None
            return _Mention(pos, (given, names[1]), True, None)
        # A woman and a man set off by a comma ("Gloria and Dwayne Pettigrew, who have lived ..."),
        # or any two a word calls a family ("the couple Rob and Jen Castle", "Brothers Wayne and
        # Mark Fraser"); not "Imran and Bushra Bibi were convicted", nor "Rizwan and Babar Azam".
        if said_so or (other != sex and (self.text.startswith(",", partner.end()) or self._called_a_family(names[1], pos))):
            # (a given name the lists do not know, as "Bridie and Tom Hennigan", only where the
            # copy calls them a couple or a family)
            if sex is not None or said_so or self._called_a_family(names[1], pos):
                return _Mention(pos, (given, names[1]), True, None)
        return None

    def _called_a_family(self, surname: str, pos: int) -> bool:
        """Whether the copy after ``pos`` calls those of ``surname`` a family or a couple: "the
        McKenzies", "the couple", so that "Hayden and Kate McKenzie have milked" are two of them."""
        return _pattern(rf"\b[Tt]he (?:{re.escape(surname)}(?:e?s)|couple)\b").search(self.text, pos, self.limit) is not None

    def place_follows(self, end: int) -> bool:
        """Whether a word for a place or a venue follows a run that ends at ``end``: "... beach", "... studio"."""
        word = _NEXT_WORD_RE.match(self.text, end)
        return word is not None and word.group(1) in _PLACE_NOUNS

    def role_follows(self, end: int) -> bool:
        """Whether a role in lower case follows a run that ends at ``end``: "... coordinator"."""
        word = _NEXT_WORD_RE.match(self.text, end)
        return word is not None and (word.group(1) in TITLES or word.group(1) in _TRADE_TITLES)

    def names_an_employer(self, end: int) -> bool:
        """Whether a run that ends at ``end`` is followed by a title and a name, as an employer
        is ("Kingfishers coach Sharon Delacey", "Acme chief executive Jo Park")."""
        after = _TITLE_THEN_NAME_RE.match(self.text, end)
        return after is not None and after.group(2).lower() in _EMPLOYED_ROLES and (
            after.group("qualifier") is None or after.group("qualifier") in _ROLE_QUALIFIERS
        )

    def _index_before(self, pos: int) -> None:
        """Extend the reading-order index to every run that starts before ``pos``."""
        if self._runs is None:
            self._runs = _NAME_RUN_RE.finditer(self.text, self.begin, self.limit)
            self._next_run = next(self._runs, None)
        while self._next_run is not None and self._next_run.start() < pos:
            mention = self._mention(self._next_run)
            self._next_run = next(self._runs, None)
            if mention is None:
                continue
            self.mentions.append(mention)
            self.positions.append(mention.pos)

    def mentions_between(self, s: int, e: int) -> list[_Mention]:
        """The mentions that start between ``s`` and ``e``, in order.

        A question about one sentence ("who is it about?") needs only the runs in it. Where
        the reading-order index has not reached ``e``, they are found from the last break
        before ``s`` (no run contains a break, see ``_first_run_ending_after``), so a pronoun
        late in a long block does not index every run before it.
        """
        if self._all_indexed or (self._runs is not None and (self._next_run is None or self._next_run.start() >= e)):
            return self.mentions[bisect.bisect_left(self.positions, s):bisect.bisect_left(self.positions, e)]
        paragraph = self.text.rfind("\n", self.begin, s) + 1
        first = self._first_run_ending_after(s, max(self.begin, paragraph))
        found = []
        if first is not None and first.start() < e:
            for run in _NAME_RUN_RE.finditer(self.text, first.start(), e):
                if run.start() >= s:
                    mention = self._mention(run)
                    if mention is not None:
                        found.append(mention)
        return found

    def _index_all(self) -> None:
        self._index_before(self.limit)
        by_last: dict[str, list[_Mention]] = {}
        for mention in self.mentions:
            if mention.person:
                by_last.setdefault(mention.tokens[-1], []).append(mention)
        self.by_last = by_last
        self._all_indexed = True

    def people_named(self, surname: str) -> list[_Mention]:
        """Person mentions whose last name is ``surname``, in text order."""
        found = self.by_last.get(surname)
        if found is not None:
            return found
        if self._all_indexed:
            return []
        found = self._find_people_named(surname) if len(self.by_last) < self._LAZY_LOOKUPS else None
        if found is None:
            self._index_all()
            return self.by_last.get(surname, [])
        self.by_last[surname] = found
        return found

    def holds_an_office(self, name: str) -> bool:
        """Whether the copy gives the person named ``name`` a senior office ("Coach Tom Hale",
        "Judge Ann Lee"), not a trade, a position in a game or a junior role ("Halfback Jayden
        Tuilagi", "witness Sarah Kelly")."""
        return any(
            not _SENIOR_OFFICES.isdisjoint(self.roles_of(m)) for m in self.people_named(name.split()[-1])
            if " ".join(m.tokens) == name
        )

    def of_a_generation(self, surname: str, elder: bool, pos: int) -> str | None:
        """Of two people named in full before ``pos`` with ``surname``, the parent (``elder``) or
        the child, as the kin word before one of them tells: "Harbourside captain Toby Raukawa
        ... His father, Wiremu Raukawa" makes Wiremu the elder and Toby the younger."""
        people: dict[tuple[str, ...], bool | None] = {}
        self._index_before(pos)
        before = self.mentions[:bisect.bisect_left(self.positions, pos)]
        # (a family name may come first: "Lim Kah Seng ... his son, Lim Wei Jie")
        for m in before:
            if not m.person or len(m.tokens) < 2 or surname not in (m.tokens[0], m.tokens[-1]):
                continue
            if m.tokens[-1] != surname and not all(len(t) <= 5 for t in m.tokens[1:]):
                continue  # given names of a syllable or two after the family name, not "Desai Synthetics"
            generation = self._generation_of_kin_before(m.pos)
            if people.get(m.tokens) is None:
                people[m.tokens] = generation
        # A given name alone after its kin word tells the generation of the one named in full with
        # it: "Ed Kowalczyk started at the plant in 1979. His son Mike started there in 2004."
        for m in before:
            if len(m.tokens) == 1 and sex_of_given_name(m.tokens[0]) is not None:
                generation = self._generation_of_kin_before(m.pos)
                named = [p for p in people if p[0] == m.tokens[0]]
                if generation is not None and len(named) == 1 and people[named[0]] is None:
                    people[named[0]] = generation
        if len(people) > 2:
            # "Their father, Seán Moloney" and "brothers Cian and Darragh Moloney": the one parent
            # is the elder; the younger of two brothers is no one's to tell.
            wanted = [p for p, generation in people.items() if generation is elder]
            if elder and len(wanted) == 1:
                return " ".join(wanted[0])
            untold = [p for p, generation in people.items() if generation is None]
            if elder and len(untold) == 1 and all(generation is False for generation in people.values() if generation is not None):
                # "His daughter, Nandini Desai" and "His son, Vikram Desai": the one whose children
                # they are, named without a kin word, is the elder.
                return " ".join(untold[0])
            return None
        if len(people) != 2:
            return None
        if None in people.values():
            # No kin word tells: the ages the copy gave, if it gave both ("Cardiff lock Rhys Bevan,
            # 20, ... Ospreys scrum-half Tomos Bevan, 31, who is no relation")
            ages = {name: self._age_given(name, before) for name in people}
            if None not in ages.values() and len(set(ages.values())) == 2:
                oldest = max(ages, key=ages.get)
                return " ".join(oldest if elder else min(ages, key=ages.get))
        (first, first_elder), (second, second_elder) = people.items()
        if first_elder is None:
            first_elder = None if second_elder is None else not second_elder
        elif first_elder == second_elder:
            return None  # two fathers: no telling
        if first_elder is None:
            return None
        return " ".join(first if first_elder == elder else second)

    def _age_given(self, name: tuple[str, ...], mentions: list[_Mention]) -> int | None:
        """The age the copy gives right after a mention of ``name``: "Rhys Bevan, 20,"."""
        for m in mentions:
            if m.tokens == name:
                run = _NAME_RUN_RE.match(self.text, m.pos)
                age = _AGE_AFTER_A_NAME_RE.match(self.text, run.end()) if run is not None else None
                if age is not None:
                    return int(age.group(1))
        return None

    def _generation_of_kin_before(self, pos: int) -> bool | None:
        """True after a parent's kin word ("His father, Wiremu Raukawa"), False after a child's
        ("his son Jack"), None after any other word."""
        kin = _KIN_WORD_BEFORE_RE.search(self.text, max(0, pos - 30), pos)
        word = kin.group(1).lower() if kin is not None else ""
        return True if word in _ELDER_KIN else False if word in _YOUNGER_KIN else None

    def is_surname(self, token: str) -> bool:
        return bool(self.people_named(token))

    def names_a_known_person(self, m: _Mention) -> bool:
        """A person's name, or a single word that is the surname of someone named in full."""
        return m.person or (len(m.tokens) == 1 and self.is_surname(m.tokens[0]))

    def _find_people_named(self, surname: str) -> list[_Mention] | None:
        """``people_named`` from the runs where ``surname`` occurs; None if it occurs too often."""
        text = self.text
        found: list[_Mention] = []
        occurrences = 0
        # A place where a scan of the whole block would also be looking for the next run.
        synced = self.begin
        run = None
        at = text.find(surname, self.begin, self.limit)
        while at >= 0:
            occurrences += 1
            if occurrences > self._LAZY_OCCURRENCES:
                return None
            # The surname is a whole word of a run, so it never follows a letter.
            if not (at > 0 and text[at - 1].isalpha()):
                if run is None or at >= run.end():
                    run = self._first_run_ending_after(at, synced)
                    if run is None:
                        break
                    synced = run.end()
                    run_checked = False
                if run.start() <= at and not run_checked:
                    run_checked = True
                    mention = self._mention(run)
                    if mention is not None and mention.person and mention.tokens[-1] == surname:
                        couple = _couple_before_re().search(text, max(0, run.start() - 30), run.start())
                        if couple is not None:
                            first = self._first_of_a_couple(couple.start(1), couple.group(1))
                            if first is not None:
                                found.append(first)
                        found.append(mention)
            at = text.find(surname, at + 1, self.limit)
        return found

    def _first_run_ending_after(self, pos: int, synced: int) -> re.Match | None:
        """The block's first run that ends after ``pos``; none starts between ``synced`` and it."""
        # No run contains a break character, so a scan that starts just after one finds the
        # same runs as a scan of the whole block. One a little way back saves scanning
        # from ``synced``.
        brk = _UP_TO_LAST_RUN_BREAK_RE.match(self.text, max(synced, pos - 200), pos)
        start = brk.end() if brk else synced
        for m in _NAME_RUN_RE.finditer(self.text, start, self.limit):
            if m.end() > pos:
                return m
        return None

    def only_one_not_called_by_given_name(self, surname: str, pos: int, sex: str) -> str | None:
        """Of several people of ``sex`` (or of no sex the copy tells) named in full with ``surname``
        before ``pos``, the only one the copy does not also call by their given name alone; else None."""
        named = {
            c.tokens for c in self.people_named(surname)
            if len(c.tokens) >= 2 and c.pos < pos and c.tokens[-1] == surname and self.sex_of(" ".join(c.tokens)) in (sex, None)
        }
        if len(named) < 2:
            return None
        formal = [
            tokens for tokens in named
            # (a given name alone is followed by no capitalised word: not "Patrick Street")
            if _pattern(rf"\b{re.escape(tokens[0])}\b(?![ \t]+[A-Z])").search(self.text[self.begin:pos]) is None
        ]
        return " ".join(formal[0]) if len(formal) == 1 else None

    def named_as_a_relative(self, name: str, pos: int) -> bool:
        """Whether the copy first names ``name`` (before ``pos``) as someone's relative: "His son,
        Rawiri Tawhai,"."""
        tokens = tuple(name.split())
        first = next((c for c in self.people_named(tokens[-1]) if c.tokens == tokens and c.pos < pos), None)
        return first is not None and _KIN_BEFORE_A_NAME_RE.search(self.text, max(0, first.pos - 30), first.pos) is not None

    def is_an_obituary(self) -> bool:
        if self._obituary is None:
            self._obituary = _OBITUARY_RE.search(self.text) is not None
        return self._obituary

    def resolve(self, toks: tuple[str, ...], pos: int, title: str | None = None) -> str:
        """Fullest mention ending with the same surname, preferring earlier ones; a surname
        with an honorific ("Mrs Penrose") only to someone who can be of its sex."""
        name = self._fullest(toks, pos)
        if title in _TITLES_OF_PEERS and name == toks[0]:
            # "Lord Balfron", a Scottish judge, or "Baroness Hale": a peer the copy names by the
            # title alone is known by it, and the surname alone names no one.
            return f"{title.capitalize()} {name}"
        if title is not None and len(toks) == 1 and title not in _HONORIFICS and name.endswith(f" {toks[0]}"):
            # "Justice Awan" after "Justice Tahira Awan" and "Barrister Hamza Jalil Awan": the one
            # named with that title.
            titled = self.titled_before(toks[0], title, pos)
            if titled is not None:
                return titled
        sex = sex_of_word(title) if title is not None and len(toks) == 1 else None
        if sex is not None and title in _HONORIFICS:
            grown = self.only_one_not_called_by_given_name(toks[0], pos, sex)
            if grown is not None:
                # "Mr Rowe" after "Hamish Rowe, 47, and his son Connor Rowe, 15", the boy then
                # called "Connor": the one the copy gives an honorific, not a first name.
                return grown
        if sex is None:
            return name
        if name == toks[0]:
            # "Mr Crothers" after "Tim and Amanda Crothers", a couple the copy never calls one: the
            # one of the two whose given name is of the honorific's sex
            return self.of_a_couple_by_sex(toks[0], pos, sex) or name
        fullest_sex = self.sex_of(name)
        if fullest_sex == sex:
            return name
        # The latest named in full whom the copy tells is of that sex: "Mrs Boyd" after "Lachlan
        # and Sarah Boyd".
        unknown = None
        for c in reversed(self.people_named(toks[-1])):
            if c.pos <= pos and len(c.tokens) >= 2:
                full = " ".join(c.tokens)
                found = self.sex_of(full)
                if found == sex:
                    return full
                if found is None and unknown is None:
                    unknown = full
        if fullest_sex is None:
            return name  # the fullest, whose sex the copy does not tell
        if unknown is None:
            # "Mr Teo" after "Mr Teo Kah Leng" and his granddaughter "Ms Teo Hui Min": a family
            # name written first, of the one named so who can be of the honorific's sex.
            unknown = self.first_named_with_family_name(toks[0], pos, sex)
        return unknown or self.of_a_couple_by_sex(toks[0], pos, sex) or toks[0]

    def of_a_couple_by_sex(self, surname: str, pos: int, sex: str) -> str | None:
        """The given name and ``surname`` of the one of ``sex`` in the latest "Tim and Amanda
        Crothers have cut their flock" before ``pos``, where only one of the two given names is of
        that sex."""
        text = self.text
        at = text.rfind(f" {surname}", self.begin, pos)
        while at >= 0:
            if not text[at + 1 + len(surname):at + 2 + len(surname)].isalpha():
                pair = _COUPLE_BEFORE_RE.search(text, max(self.begin, at - 60), at + 1)
                stop = text.find(".", at, at + 300)
                # What the two own together tells they are one household ("have cut their
                # flock"); without it the first may have a surname of their own ("Imran and
                # Bushra Bibi were convicted").
                if pair is not None and _THEIR_RE.search(text, at, stop if stop > 0 else at + 300):
                    fits = [given for given in pair.groups() if sex_of_given_name(given) == sex]
                    return f"{fits[0]} {surname}" if len(fits) == 1 else None
            at = text.rfind(f" {surname}", self.begin, at)
        return None

    def named_as_former(self, name: str) -> bool:
        """Whether the copy calls the person ``name`` a former holder of an office: "Former prime
        minister Tom Hale", "Tom Hale, the former attorney-general"."""
        for m in self.people_named(name.split()[-1]):
            if " ".join(m.tokens) != name:
                continue
            before = self.text[max(self.begin, m.pos - 40):m.pos].lower()
            run = _NAME_RUN_RE.match(self.text, m.pos)
            after = self.text[run.end():run.end() + 20].lower() if run else ""
            if _FORMER_RE.search(before) or after.startswith((", the former", ", a former", ", former")):
                return True
        return False

    def titled_before(self, surname: str, title: str, pos: int) -> str | None:
        """The latest person named in full before ``pos`` with ``surname`` and ``title``."""
        role = _role(title.rstrip("."))
        for c in reversed(self.people_named(surname)):
            if c.pos < pos and len(c.tokens) >= 2 and c.title is not None and _role(c.title.rstrip(".")) == role:
                return " ".join(c.tokens)
        return None

    def first_named_with_family_name(self, family: str, pos: int, sex: str) -> str | None:
        """The first person named in full before ``pos`` whose name opens with ``family`` and who
        can be of ``sex``."""
        self._index_before(pos)
        k = bisect.bisect_left(self.positions, pos)
        for mention in islice(self.mentions, max(0, k - 400), k):
            toks = mention.tokens
            if mention.person and len(toks) >= 2 and toks[0] == family and sex_of_given_name(family) is None:
                full = " ".join(toks)
                if self.sex_of(full) in (None, sex):
                    return full
        return None

    def resolve_mention(self, m: _Mention) -> str:
        return self.resolve(m.tokens, m.pos, m.title)

    def _fullest(self, toks: tuple[str, ...], pos: int) -> str:
        if len(toks) >= 2 and toks[0].lower() in _SURNAME_PARTICLES and toks[0][0].isupper():
            # "Von Alvensleben said" after "Konstantin von Alvensleben"; but "Della Valle" may
            # be written so throughout.
            lowered = (toks[0].lower(), *toks[1:])
            if self.text.find(" ".join(lowered), self.begin, pos) >= 0:
                toks = lowered
        cands = self.people_named(toks[-1])
        if len(toks) == 1 and self.spoken and len({c.tokens for c in cands if len(c.tokens) >= 2 and c.pos <= pos}) > 1:
            # A surname several people named in full share is the first of them named (whom a
            # feature is about; the others go by their first names), unless that one has not
            # spoken and another has: "Judge Anne Walsh jailed Paul Walsh ... Walsh said".
            first_named = next(c.tokens for c in cands if len(c.tokens) >= 2)
            first = " ".join(first_named)
            if first not in self.spoken:
                for name in reversed(self.spoken):
                    if name.rsplit(None, 1)[-1] == toks[-1] and " " in name and not (
                        # (in an obituary the surname alone is the one who died, not the son who speaks)
                        self.is_an_obituary() and self.named_as_a_relative(name, pos)
                    ):
                        return name
            elif len({c.tokens[0] for c in cands if len(c.tokens) >= 2 and c.pos <= pos}) > 1:
                # People of different given names: the one named in full in this paragraph ("Her
                # mother, Mary Anne Kelly, 80, disagreed. '...,' Kelly said"), unless the first of
                # them has spoken more than once, the voice the piece is in (a profile's "Vue says"
                # after her mother is named); else the first of them, however fully another was
                # named further back ("Conceição Fernandes", then her grandmother "Ana Rosa
                # Fernandes": "Fernandes says", paragraphs on, is still the chef). As fully as they
                # are named so far.
                latest = max((c for c in cands if len(c.tokens) >= 2 and c.pos <= pos), key=lambda c: c.pos)
                person = first_named
                if self.spoken.count(first) < 2 and self.text.find("\n", latest.pos, pos) < 0:
                    person = latest.tokens
                return " ".join(max(
                    (c.tokens for c in cands if c.tokens[0] == person[0] and c.tokens[-1] == person[-1] and c.pos <= pos),
                    key=len,
                ))
        best = None
        if cands:
            best = self._best_before(cands, toks, pos)
            if best is None and len(toks) == 1 and sex_of_given_name(toks[0]) is None:
                # "Tan said" after "Tan Boon Huat" and before "Tan's lawyer, Mr Kelvin Tan": the one
                # named so far, by a family name written first, before anyone named after (not
                # "Kelly said" after "Kelly Murphy", a given name)
                named = self.earlier_person_with(toks[0], pos)
                if (
                    named is not None and named.tokens[0] == toks[0] and len(named.tokens) >= 3
                    # (given names of a syllable or two after it, as Chinese names write them: not "Kelly Murphy")
                    and all(len(t) <= 5 and t.istitle() for t in named.tokens[1:])
                ):
                    return " ".join(named.tokens)
            best = best or self._best_before(cands, toks, None)
            if (
                len(toks) == 1 and best is not None and best.pos < pos and sex_of_given_name(toks[0]) is None
                and self._written_first_since(toks[0], best.pos, pos)
            ):
                # "Mr Ong said" after "Jalelah Ong, Transport Correspondent" and then "SMRT
                # Trains president Ong Teck Seng": a family name written first, named since.
                since = self.earlier_person_with(toks[0], pos)
                if (
                    since is not None and since.pos > best.pos and since.tokens[0] == toks[0]
                    # (given names of a syllable or two, as Chinese and Korean names write them;
                    # not "Castillo Hardware")
                    and all(len(t) <= 5 and t.istitle() for t in since.tokens[1:])
                    # (named with a title, as a person: not "built Schulz Hill Wines", a firm
                    # named after the family)
                    and since.title is not None
                ):
                    return " ".join(since.tokens)
            if best is not None and len(best.tokens) >= max(2, len(toks)):
                if len(best.tokens) == len(toks) and self._named_more_fully_before(toks, pos):
                    named = self.earlier_person_with(toks, pos)
                    if named is not None:
                        return " ".join(named.tokens)
                return " ".join(best.tokens)
        if len(toks) == 1:
            # A name that is not the last of the full one: "Lula", "Sheikh Mohammed".
            named = self.earlier_person_with(toks[0], pos)
            if named is not None:
                return " ".join(named.tokens)
        if best is not None and len(best.tokens) >= len(toks):
            return " ".join(best.tokens)
        if len(toks) >= 2:
            # Part of a longer name: "De la Puente" for "Cristóbal de la Puente Vargas", "Umm
            # Khaled" for "Umm Khaled al-Hamwi".
            named = self.earlier_person_with(toks, pos)
            if named is not None:
                return " ".join(named.tokens)
        return " ".join(toks)

    def _written_first_since(self, family: str, start: int, end: int) -> bool:
        """Whether ``family`` is written between ``start`` and ``end`` before a capitalised word
        ("Ong Teck"), as a family name written first is: a cheap look before a search of the
        mentions (most surnames are followed by a verb: "Tokayev said")."""
        text, needle = self.text, family + " "
        at = text.find(needle, start + 1, end)
        while at >= 0:
            if text[at + len(needle):at + len(needle) + 1].isupper():
                return True
            at = text.find(needle, at + 1, end)
        return False

    def _best_before(self, cands: list[_Mention], toks: tuple[str, ...], pos: int | None) -> _Mention | None:
        if len(toks) == 1:
            # Longest mention so far, kept per surname so each look-up is a bisection.
            best = self._prefix_best(toks[-1], cands)
            if pos is None:
                return best[-1]
            k = bisect.bisect_right([c.pos for c in cands] if len(cands) < 8 else self._cand_pos(toks[-1], cands), pos) - 1
            return best[k] if k >= 0 else None
        want = set(toks)
        found = None
        seen = 0
        for c in reversed(cands):
            if pos is not None and c.pos > pos:
                continue
            seen += 1
            if seen > 64:
                break
            if want <= set(c.tokens) and (found is None or len(c.tokens) > len(found.tokens)):
                found = c
        return found

    def _named_more_fully_before(self, toks: tuple[str, ...], pos: int) -> bool:
        """Whether the words of ``toks`` stand before ``pos`` with more of a name after them
        ("Umm Khaled al-Hamwi" before "Umm Khaled said"): a plain search, so that a name
        given in full the first time costs no walk through the index."""
        phrase = " ".join(toks)
        at = self.text.find(phrase, self.begin, pos)
        for _ in range(8):
            if at < 0:
                return False
            if _NAME_GOES_ON_RE.match(self.text, at + len(phrase)):
                return True
            at = self.text.find(phrase, at + 1, pos)
        return False

    def _prefix_best(self, key: str, cands: list[_Mention]) -> list[_Mention]:
        cached = self._best_cache.get(key)
        if cached is None:
            cached = []
            best = None
            for c in cands:
                if best is None or len(c.tokens) > len(best.tokens):
                    best = c
                cached.append(best)
            self._best_cache[key] = cached
        return cached

    def _cand_pos(self, key: str, cands: list[_Mention]) -> list[int]:
        cached = self._pos_cache.get(key)
        if cached is None:
            cached = self._pos_cache[key] = [c.pos for c in cands]
        return cached

    def names_someone_else(self, s: int, e: int, name: str | None) -> bool:
        """Whether a person other than ``name`` is named between ``s`` and ``e``."""
        for m in self.mentions_between(s, e):
            if self.names_a_known_person(m):
                if self.resolve_mention(m) != name:
                    return True
        return False

    def subject_between(self, s: int, e: int) -> tuple[str, str | None] | None:
        """Who a sentence is about: ("person", name) for the first person named in it who is
        not the object of a preposition or an owner ("Smith's lawyer"), or the name in
        apposition after it ("The Speaker, Sean Kerr, ..."); ("pronoun", "he" or "she") when
        one of them comes first, unless a name opens the main clause after a comma ("Asked
        what she plans, Mensah does not hesitate"); or None."""
        text = self.text
        opener = _FIRST_WORD_RE.match(text, s, e)
        if opener is not None and opener.group(1).lower() in _CLAUSE_OPENERS:
            born = opener.group(1).lower() == "born"
            if born:
                # (the run of capitals may open with "Born" itself)
                named = self.mentions_between(s, e)
                if named and named[0].pos <= opener.end() + 1 and self.names_a_known_person(named[0]):
                    return "person", self.resolve_mention(named[0])  # "Born Kwame Asante Boateng in Kumasi, he ..."
            comma = text.find(",", opener.end(), e)
            main_pronoun = _PRONOUN_OPENS_MAIN_CLAUSE_RE.search(text, opener.end(), e)
            if (
                main_pronoun is not None and comma > 0 and not self.in_a_quote(main_pronoun.start())
                # Only short pieces between the opening clause's comma and the pronoun's: "...
                # in Saltillo, Mexico, she paused" (not "After the match, Lindqvist praised
                # Rossi, saying that, if he kept scoring, he would ...").
                and all(len(piece.split()) <= 3 for piece in text[comma + 1:main_pronoun.start()].split(","))
            ):
                # "Asked whether Lakeshore would move the work to its plant in Saltillo, Mexico, she
                # paused": the main clause's pronoun, after the opening clause's own commas.
                return "pronoun", main_pronoun.group(1).lower()
            # "When Qureshi sought an adjournment, Judge Rao refused": the main clause's subject,
            # where a name opens it (not "Since Reed took over, the club signed Bellingham"); after
            # a later comma of the opening clause too ("Born Jan. 9, 1936, in Opelousas,
            # Louisiana, Fontenot was the youngest").
            tries = 5 if born else 1
            while comma > 0 and tries:
                tries -= 1
                main = comma + 1
                while main < e and text[main] in " \t":
                    main += 1
                described = _DESCRIBED_THEN_COMMA_RE.match(text, main, e)
                if described is not None:
                    main = described.end()  # "Before Renwick could follow up, the department's secretary, Andrew Keighley, ..."
                found = self.mentions_between(main, e)
                if found and found[0].pos == main and self.names_a_known_person(found[0]):
                    run = _NAME_RUN_RE.match(text, main)
                    if run is not None and run.group().endswith(("'s", "\u2019s")):
                        # "Outside the courthouse, Marquez's sister, Elena Marquez-Ruiz, held": an
                        # owner opens the main clause, which is read as if it opened the sentence
                        return self.subject_between(main, e)
                    return "person", self.resolve_mention(found[0])
                comma = text.find(",", main, e)
        pron = None
        for p in _PRONOUN_RE.finditer(text, s, e):
            if not self.in_a_quote(p.start()):
                pron = p.start()
                pronoun = p.group().lower()
                break
        role = _ROLE_SUBJECT_RE.match(text, s, e)
        if role and role.group("done") and role.group(1).lower() not in _OFFICES_THAT_ACT:
            role = None
        if role and role.group(1).lower() in TITLES and (pron is None or role.end() < pron):
            # "The mayor said she expected ...": the person given that role.
            named = self.by_roles(frozenset({_role(role.group(1).lower())}), s)
            if named:
                return "person", named
        mentions = self.mentions_between(s, e)
        passed_over: list[_Mention] = []
        k = 0
        while k < len(mentions):
            m = mentions[k]
            k += 1
            at = m.pos  # where the sentence names them, whoever they turn out to be
            if len(m.tokens) == 1 and not m.person and not self.is_surname(m.tokens[0]):
                # "Back on the beach, Peggy is wrapped in a robe": the first name of someone
                # named in full before.
                first_named = self.first_named(m)
                if first_named is None:
                    continue
                m = first_named
            elif not self.names_a_known_person(m):
                continue
            before = text[max(s, at - 16):at]
            if pron is not None and at > pron and not before.rstrip().endswith(","):
                break
            words = before.split()
            opening = _FIRST_WORD_AT_RE.match(text, at).group()
            if (words and words[-1].lower() in _OBJECT_PREPOSITIONS and not (
                # "the ovens are already hot, and Jenna Treloar is crimping": a clause of its own
                words[-1] == "and" and len(words) >= 2 and words[-2].endswith(",")
                and _CLAUSE_SUBJECT_VERB_RE.match(text, _NAME_RUN_RE.match(text, at).end(), e) is not None
            )) or (
                # "At Corvell, with overtime, she made $27.15": the sentence's first word, which
                # opened the run of capitals, is a preposition of place (but "For Walsh, the
                # victory ended a long wait" is about Walsh)
                at == s and opening.lower() in _PLACE_PREPOSITIONS and m.tokens[0] != opening
            ):
                if not (words and words[-1].lower() == "by"):
                    # (the agent of a thing is no one the sentence is about: "A poll by Praxis
                    # Insights put the party at 44 per cent")
                    passed_over.append(m)
                continue
            if (
                len(words) >= 2 and words[-1] in ("the", "a", "an") and words[-2].lower() in _OBJECT_PREPOSITIONS
                and m.title is None and sex_of_given_name(m.tokens[0]) is None
                and not (len(words) >= 3 and words[-3].lower() in TITLES)
                and _FIRST_WORD_AT_RE.match(text, at).group().lower() not in _AFFILIATIONS  # ("to the Nigerian Taiwo Awoniyi")
            ):
                continue  # "in the race for the Golden Boot": a thing, whoever it sounds like (not "Leader of the Opposition Rakibul Choudhury")
            if m.title is None and ((words and words[-1].lower() in ("a", "an")) or opening in ("A", "An")):
                run = _NAME_RUN_RE.match(text, at)
                noun = _FIRST_WORD_AT_RE.match(text, run.end() + 1) if run is not None and text.startswith(" ", run.end()) else None
                if noun is not None and noun.group() in _PEOPLE_NOUNS:
                    continue  # "A Grand Rapids woman who lost $9,500": where she lives, not who she is
            run = _NAME_RUN_RE.match(text, at)
            if run and (
                run.group().endswith(("'s", "\u2019s"))
                # (a team's or a firm's plural owner too: "The Chargers' chief executive, Ravi
                # Venkatraman,"; but "Petrakis' wife of 58 years died. He said" is still about him)
                or (
                    run.group().endswith("s") and text[run.end():run.end() + 1] in ("'", "\u2019")
                    and sex_of_given_name(self.resolve_mention(m).split()[0]) is None
                )
            ):
                continue
            if run and k < len(mentions):
                nxt = mentions[k]
                between = text[run.end():nxt.pos].strip()
                if nxt.person and (
                    between == "," or between.lower() in TITLES or between in _TITLES_OF_A_FIRMS_PARTNERS
                    # "Bayern sporting director Thomas Reinhardt": an employer, its title, the person
                    # (not "praised striker Tom Hill": a verb before a title)
                    or (between.islower() and len(between.split()) <= 3 and all(
                        w in TITLES or w in _TITLE_MODIFIERS for w in between.split()
                    ) and between.rsplit(None, 1)[-1] in TITLES)
                    # "Disaster Management and Relief Secretary Md Rezaul Karim": a portfolio, then who holds it
                    or (between == "and" and nxt.title is not None and len(m.tokens) >= 2 and sex_of_given_name(m.tokens[0]) is None)
                ):
                    m = nxt  # a role, then the name: "The Speaker, Sean Kerr", "Protea Capital analyst Sipho Dube"
            return "person", self.resolve_mention(m)
        if pron is not None:
            return "pronoun", pronoun
        if len(passed_over) == 1 and passed_over[0].person and not _names_a_service(passed_over[0].tokens):
            # "Among the families it helped is that of Seren Adeyemi": the one person named (not
            # a service: "referred to Youth Aid").
            m = passed_over[0]
            return "person", self.resolve_mention(m)
        return None

    def main_person_before(self, pos: int, sex: str, other: str) -> str | None:
        """The person of ``sex`` the copy before ``pos`` names most often, when named at least
        three times and twice as often as ``other``: the one an obituary or a profile is about."""
        self._index_before(pos)
        k = bisect.bisect_left(self.positions, pos)
        counts: dict[str, int] = {}
        for m in self.mentions[:k]:
            if self.names_a_known_person(m):
                name = self.resolve_mention(m)
                counts[name] = counts.get(name, 0) + 1
        if not counts:
            return None
        top = max(counts, key=counts.get)
        # Named three times, or twice and in the first line, the headline ("Dennis Pilling
        # obituary"): the one the piece is about.
        line_end = self.text.find("\n", self.begin, pos)
        in_the_headline = line_end > 0 and top in self.text[self.begin:line_end]
        # (of a sex the lists may not know: "Lungisani Mthethwa ... He was 79.")
        if (
            top == other or counts[top] < (2 if in_the_headline else 3) or counts[top] < 2 * counts.get(other, 0)
            or self.sex_of(top) not in (sex, None)
        ):
            return None
        return top

    def latest_person(self, pos: int, sex: str | None = None) -> str | None:
        """The person named last before ``pos``. With ``sex``, the last one known to be of
        it, else the last one not known to be of the other."""
        self._index_before(pos)
        k = bisect.bisect_left(self.positions, pos) - 1
        steps = 0
        unknown = None
        while k >= 0 and steps < 400:
            m = self.mentions[k]
            if not self.names_a_known_person(m) and len(m.tokens) == 1 and not m.person:
                m = self.first_named(m) or m  # "Margaret has thought about ...": Margaret Pilling
            if self.names_a_known_person(m):
                name = self.resolve_mention(m)
                if sex is None:
                    return name
                found = self.sex_of(name)
                if found == sex:
                    return name
                if found is None and unknown is None:
                    unknown = name
            k -= 1
            steps += 1
        return unknown

    def latest_body_named(self, noun: str, pos: int) -> str | None:
        """The whole name of the body named last before ``pos`` with ``noun`` in its name: "the
        ministry" after "Russian Defence Ministry", "the headquarters" after "Coordination
        Headquarters for the Treatment of Prisoners of War"."""
        self._index_before(pos)
        k = bisect.bisect_left(self.positions, pos) - 1
        stop = max(-1, k - 400)
        generic = None  # for "the company": the last company-like body, if none is named so
        # ("the utility" after "Pacific Cascade Utilities": a body may name itself in the plural)
        plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        passed_a_body = False
        # "the club" is the club named before only where the copy names one club (a match report
        # names two)
        one_club = noun == "club" and len({
            m.tokens for m in self.mentions[stop + 1:k + 1] if len(m.tokens) >= 2 and m.tokens[-1].lower() in _CLUB_NAME_ENDS
        }) == 1
        while k > stop:
            m = self.mentions[k]
            k -= 1
            was_passed_a_body, passed_a_body = passed_a_body, passed_a_body or len(m.tokens) >= 2
            if m.person:
                if generic is None and noun in _GENERIC_BODY_NOUNS and pos - m.pos < 3000 and self.described_as_company(m):
                    generic = " ".join(m.tokens)  # "Ostrava Imaging, a Brno-based start-up": no person
                continue
            # ("Ministry| of Foreign Affairs": a head word alone opens a body's name)
            run = _NAME_RUN_RE.match(self.text, m.pos) if len(m.tokens) == 1 and m.tokens[0].lower() == noun else None
            head_alone = run is not None and self.text.startswith(" of ", run.end())
            lows = [t.lower() for t in m.tokens]
            in_plural = lows[-1] == plural and noun not in lows
            if in_plural and was_passed_a_body:
                continue  # "Shares in United Utilities fell. Thames Water said ... the utility said": not the plural's
            # "the hospital" after "St. Augustine Medical Center": a hospital by its other names (not a
            # British "Medical Centre", which is a family doctor's surgery)
            a_hospital = noun == "hospital" and len(m.tokens) >= 2 and (
                lows[-1] == "infirmary" or lows[-2:] == ["medical", "center"]
            )
            # "the club" after "Valmoral CF" or "Tanfield Town": a club by the last word of its name
            a_club = one_club and len(m.tokens) >= 2 and lows[-1] in _CLUB_NAME_ENDS and self.club_opens_its_sentence(m)
            if (len(m.tokens) < 2 and not head_alone) or (noun not in lows and not in_plural and not a_hospital and not a_club):
                before = self.text[max(0, m.pos - 24):m.pos].rstrip().lower()
                # "the UN children's agency UNICEF": the noun is the body's description.
                if before.endswith(" " + noun):
                    return " ".join(m.tokens)
                if generic is None and noun in _GENERIC_BODY_NOUNS and pos - m.pos < 3000 and self.introduced_as_company(m, before):
                    # "Network operator Southgrid Energy said ... the company said": a body
                    # introduced as a company is the one meant. Any other body named last may
                    # be an index, a regulator or a rival, so "the company" is left as written.
                    generic = " ".join(m.tokens)
                continue
            start = _and_joined_start(self.text, m.pos, self.begin) if _names_a_named_body(list(m.tokens)) else m.pos
            name = self.text[start:_body_name_end(self.text, m.pos)]
            return name[_opener_length(name):]
        if generic is None and noun in ORG_WORDS:
            # "the ministry said" after "Peru's health ministry has denied ...": a body the copy
            # named in lower case after its owner, which no run of capitals holds.
            # (as the subject of its sentence, outside the words quoted: not "Smith's bank accounts")
            owned = None
            for found in _owned_body_re(noun).finditer(self.text, max(self.begin, pos - 3000), pos):
                if not self.in_a_quote(found.start()):
                    owned = found
            if owned is not None:
                return owned.group(1)
        return generic

    def club_opens_its_sentence(self, m: _Mention) -> bool:
        """Whether a club's name is the subject of the sentence it opens ("Tanfield Town raised
        prices"; not "Arsenal signed Leeds United winger Luis Ramos", whose club is another)."""
        run = _NAME_RUN_RE.match(self.text, m.pos)
        start = m.pos - 4 if self.text.endswith("The ", 0, m.pos) else m.pos
        return run is not None and _opens_a_sentence(self.text, start) and _CLUB_SUBJECT_VERB_RE.match(self.text, run.end()) is not None

    def introduced_as_company(self, m: _Mention, before: str) -> bool:
        """Whether a body's name is given as a company's: after a word for one ("confectioner
        Brunnhof"), with a company's last word ("Caldera Therapeutics"), or described as one
        right after it ("Lundvik Medical AI, a Stockholm-based start-up")."""
        last = before.rsplit(None, 1)[-1:]
        if last and last[0] in _THING_NOUNS:
            return True
        if m.tokens[-1].lower().rstrip(".") in _COMPANY_NAME_ENDS and self.text.count(m.tokens[0], self.begin, self.limit) >= 2:
            # A company's last word, of a company the copy comes back to ("Caldera's shares"): one
            # named once in passing is more often an analyst's firm or a rival.
            return True
        if len(m.tokens) >= 2 and self.text.count(m.tokens[0], self.begin, self.limit) >= 2:
            # "started at the Keller Glass plant in 1979 ... Keller Glass announced": a firm's own
            # works, of a firm the copy comes back to as the subject of a sentence of its own
            # (not "the Grangemouth refinery", "the Port Talbot works": a place's name)
            run = _NAME_RUN_RE.match(self.text, m.pos)
            if run is not None and _FIRMS_WORKS_AFTER_RE.match(self.text, run.end()):
                opens_a_sentence = rf"(?m:^|[.!?]\s+){re.escape(run.group())},?\s+(?!{_FIRMS_WORKS})[a-z]"
                return _pattern(opens_a_sentence).search(self.text[self.begin:self.limit]) is not None
        return self.described_as_company(m)

    def described_as_company(self, m: _Mention) -> bool:
        run = _NAME_RUN_RE.match(self.text, m.pos)
        end = run.end() if run is not None else m.pos
        return _COMPANY_APPOSITION_RE.match(self.text, end, end + 90) is not None

    def person_of_sex_between(self, s: int, e: int, sex: str) -> str | None:
        """The first person named between ``s`` and ``e`` who is known to be of ``sex``."""
        for m in self.mentions_between(s, e):
            if self.names_a_known_person(m):
                run = _NAME_RUN_RE.match(self.text, m.pos)
                if run is not None and run.group().endswith(("'s", "\u2019s")):
                    continue  # "Mulvaney's husband, Frank, died": the sentence is about him
                name = self.resolve_mention(m)
                if self.sex_of(name) == sex:
                    return name
        return None

    def sex_of(self, name: str) -> str | None:
        """The sex a reader gives the person ``name`` (a resolved full name), or None.

        Told by the given name, else by an honorific or a role or relation given to the
        person anywhere in the block ("Mrs Okafor", "the victim's mother, Ann Lee", "Tam
        Reid, her husband"), else by the pronouns the copy uses of them when they are the
        subject of a sentence, outside quotes ("Reid said he ...").
        """
        found = self._sexes.get(name, "")
        if found != "":
            return found
        words = name.split()
        found = sex_of_given_name(words[0]) if len(words) >= 2 else None
        if found is None and words:
            for m in self.people_named(words[-1]):
                # Only the mentions of this person: a family shares the surname.
                if m.tokens != tuple(words) and (len(m.tokens) > 1 or self._fullest(m.tokens, m.pos) != name):
                    continue
                found = self._sex_given_at(m) or self._sex_by_pronouns_after(m)
                if found is not None:
                    break
        self._sexes[name] = found
        return found

    def _sex_given_at(self, m: _Mention) -> str | None:
        """The sex an honorific, a role or a relation next to one mention gives its person."""
        sex = sex_of_word(m.title) if m.title is not None else None
        if sex:
            return sex
        text = self.text
        run = _NAME_RUN_RE.match(text, m.pos)
        end = run.end() if run else m.pos
        before = text[max(self.begin, m.pos - 100):m.pos].rstrip()
        if before.endswith(","):
            # "the victim's mother, Ann Lee": the head of the phrase in apposition before.
            phrase = _APPOSITION_CUT_RE.split(before[:-1])[-1].split()
            sex = sex_of_word(_clean_token(phrase[-1])) if phrase else None
            if sex:
                return sex
        else:
            # "his wife Ann", "Mrs Ann Lee" (a title the run does not hold).
            for w in reversed(before.split()[-3:]):
                sex = sex_of_word(_clean_token(w))
                if sex:
                    return sex
                if w.lower() not in TITLES:
                    break
        # "Tam Reid, 54, her husband, ...": the head of the first phrase after the name and
        # its age; a relative clause ("whose wife ...") is about someone else.
        after = text[end:end + 120]
        while after.startswith(","):
            phrase, _, after = after[1:].partition(",")
            words = phrase.split()
            if len(words) == 1 and words[0].isdigit():
                after = "," + after
                continue
            for w in words[1:] if words and words[0].lower() in _APPOSITION_OPENERS else ():
                if w.lower() in _PHRASE_ENDERS:
                    break
                if w.endswith(("'s", "\u2019s")):
                    continue  # "Carmela Villaroel, the chairman's younger sister": his, not hers
                sex = sex_of_word(_clean_token(w))
                if sex:
                    return sex
            break
        return None

    def _sex_by_pronouns_after(self, m: _Mention) -> str | None:
        """The sex of "he" or "she" after a mention that opens its sentence or follows a
        quote, to the end of that sentence, when no quote lies between and no one else is
        named there: "Reid said he ...", '"...," Reid said, adding that he ...'. A name
        anywhere else may be an object ("she told the Gazette when she retired"), and a
        possessive often means someone else ("Flood, who was her deputy")."""
        text = self.text
        p = m.pos - 1
        while p >= self.begin and text[p] in " \t":
            p -= 1
        if p >= self.begin and text[p] not in ".!?\n\"\u201d":
            return None
        run = _NAME_RUN_RE.match(text, m.pos)
        if run is None:
            return None
        end = _SENTENCE_END_RE.search(text, run.end(), min(self.limit, run.end() + 300))
        stop = end.start() if end else min(self.limit, run.end() + 300)
        k = bisect.bisect_right(self._ex_starts, run.end())
        if k < len(self.excluded) and self.excluded[k][0] < stop:
            stop = self.excluded[k][0]
        for other in self.mentions_between(run.end(), stop):
            if self.names_a_known_person(other):
                return None
        pronouns = list(_PRONOUN_RE.finditer(text, run.end(), stop))
        sexes = {PRONOUN_SEX[p.group().lower()] for p in pronouns}
        if len(sexes) != 1:
            return None
        sex = sexes.pop()
        # "Prof. Hideko Sato, who worked with him in the 1990s, said he was ...": the one the
        # clause about the person calls "him" (or "with her") is someone else, whom "he" goes on
        # to mean (but "Tarquin Blythe said he felt the council had let him down" is his own).
        first = pronouns[0].start()
        clause = text.find(", who", run.end(), first)
        if clause >= 0 and _OBJECT_OF_SEX_RE[sex].search(text, clause, first) is not None:
            return None
        return sex

    def by_roles(self, roles: frozenset[str], pos: int) -> str | None:
        """The latest person before ``pos`` who holds all ``roles``: "the detective" after
        "Detective Inspector Aled Pryce", "the minister" after "the industry minister, X"."""
        self._index_before(pos)
        k = bisect.bisect_left(self.positions, pos) - 1
        steps = 0
        while k >= 0 and steps < 400:
            m = self.mentions[k]
            if m.person and roles <= self.roles_of(m):
                return self.resolve_mention(m)
            k -= 1
            steps += 1
        return None

    def only_holder_of(self, title: str, since: int) -> str | None:
        """The one person named in full after ``since`` who holds ``title``: whom a headline's "says
        minister" means. Of several, the one who holds it plainly, if only one does ("Health
        Minister Karin Holt", not "Shadow health minister Ann Lee"); else one who held it
        ("Former governor Juan Reyes"), if only one did; else one who holds it with a
        qualifier ("Assistant coroner Ruth Dane"), if only one does. Never "the governor's wife"
        nor "the team bus coach driver"."""
        roles = frozenset({_role(title)})
        self._index_before(self.limit)
        plain: list[str] = []
        once: list[str] = []
        qualified: list[str] = []
        for m in self.mentions[bisect.bisect_left(self.positions, since):][:400]:
            if not (m.person and len(m.tokens) >= 2 and roles <= self.roles_of(m)):
                continue
            held = self.how_held(m, title)
            name = self.resolve_mention(m) if held else None
            if name and held == "plainly" and name not in plain:
                plain.append(name)
            elif name and held == "once" and name not in once:
                once.append(name)
            elif name and held == "qualified" and name not in qualified:
                qualified.append(name)
        for holders in (plain, once, qualified):
            if holders:
                return holders[0] if len(holders) == 1 else None
        return None

    def how_held(self, m: _Mention, title: str) -> str | None:
        """How the title written before the mention ``m`` is the person's: "plainly", "once" (a
        former holder), "qualified" (a deputy's, a shadow's, an assistant's), or None where the
        title is another's ("the governor's wife", "the team bus coach driver")."""
        name_at = self.text.find(m.tokens[0], m.pos)
        name_at = name_at if name_at >= 0 else m.pos
        # (the words of the name's own sentence and line: "Oyo State Governor| Seyi Bello")
        before = self.text[max(self.begin, name_at - 80):name_at]
        before = before[max(before.rfind("\n"), before.rfind(". ")) + 1:]
        at = before.lower().rfind(title)
        if at < 0:
            return "plainly"  # given after the name: "Ruth Okafor, the energy minister,"
        after = before[at + len(title):]
        word_after = _NEXT_WORD_RE.match(after)
        if after.startswith(("'s", "\u2019s")) or (word_after is not None and word_after.group(1) not in _WORDS_AFTER_A_TITLE):
            return None
        ahead = before[:at].lower()
        if ahead.endswith(("ex-", "ex ")) or "former" in ahead.split()[-2:]:
            return "once"
        return "plainly" if _QUALIFIED_TITLE_WORDS.isdisjoint(ahead.split()[-2:]) else "qualified"

    def roles_of(self, m: _Mention) -> frozenset[str]:
        """Role words given to a person: titles in the name ("Detective Inspector ..."), the
        word before it ("spokesperson Ned Price"), and phrases in apposition before or after
        it ("the industry minister, Federica Lo Bianco", "Amaka Obi, the chief medical officer")."""
        if m.roles is not None:
            return m.roles
        text = self.text
        run = _NAME_RUN_RE.match(text, m.pos)
        end = run.end() if run else m.pos
        # (the name's own words are none of its roles: "Amartya Sen" is no senator)
        words = [w for w in text[m.pos:end].split() if _clean_token(w) not in m.tokens]
        # (past the force, where the run "Police K. Srinivas Rao" after "Deputy Commissioner of"
        # holds it: the title is before it)
        name_at = m.pos + len("Police ") if run and run.group().startswith("Police ") and m.tokens[:1] != ("Police",) else m.pos
        before = text[max(self.begin, name_at - 100):name_at]
        # (never from the paragraph before: "..., says minister" ending a headline is no title of
        # the economist named first below)
        before = before[before.rfind("\n") + 1:].rstrip()
        # (without where the office is, in brackets: "Deputy Commissioner of Police (Madhapur)",
        # nor the force it is of: a deputy commissioner)
        if before.endswith(")"):
            before = _BRACKETED_QUALIFIER_AT_END_RE.sub("", before)
        if before.endswith(("Police", "police")):
            before = _OF_THE_FORCE_AT_END_RE.sub("", before)
        # "Chief executive Marta Nowak", "spokesperson Ned Price": the titles just before, and a
        # phrase in apposition before them ("The Minister of Works, Engr. Nasiru Dangana").
        titles = []
        if not before.endswith(","):
            for w in reversed(before.split()[-3:]):
                if w.lower().strip("()").rstrip(".") not in TITLES:
                    break  # (a title may be given in brackets after its words: "senior superintendent of police (SSP)")
                titles.append(w.strip("()"))
        words += titles
        in_apposition = before.rsplit(None, len(titles))[0] if titles else before
        if in_apposition.endswith(","):
            words += _phrase_in_apposition(in_apposition[:-1]).split()
        if not before.endswith(","):
            # (only where the name's tokens are the name: not "Wales Jane Stevens" after "Secretary
            # of State for", where the portfolio's last word ran into it)
            # (or where the portfolio's words were taken off the run before the name: "Minister
            # of Energy| Lasantha de Alwis Seneviratne")
            office = (
                _TITLE_FOR_A_PORTFOLIO_RE.search(before)
                if len(m.tokens) == 2 or (
                    len(m.tokens) > 2 and (sex_of_given_name(m.tokens[0]) is not None or not text.startswith(m.tokens[0], m.pos))
                ) else None
            )
            if office is not None and before.endswith((" and", ",", " &")) and text.startswith(m.tokens[0], m.pos):
                office = None  # "The Minister for Health and Mary Lou McDonald clashed": two people
            if office is not None:
                words.append(office.group(1))  # "Minister for Education Aoife Murphy": a minister
        after = text[end:end + 120]
        if after.startswith(","):
            phrase = _APPOSITION_CUT_RE.split(after[1:], 1)[0].split()
            if phrase and phrase[0] in _RELATIVE_PRONOUNS and not _NEGATIONS.isdisjoint(phrase):
                phrase = []  # not "Ann Lee, who is not related to the minister,"
            elif len(phrase) > 2 and phrase[0] in _RELATIVE_PRONOUNS and phrase[1] == "was" and phrase[2] in ("a", "an"):
                phrase.append("former")  # "Joanna Whitlock, who was a health minister between 2016 and 2019,"
            words += phrase
        m.roles = _as_shadows_where_said(frozenset(_role(w) for w in (_clean_token(w).lower().rstrip(".") for w in words) if w in TITLES), words)
        if not m.roles.isdisjoint(_MINISTERS_OF_RELIGION):
            m.roles |= {"cleric"}
        if text[m.pos:end].endswith(_SENIOR_COUNSEL) and m.roles.isdisjoint(("judge", "recorder")):
            m.roles |= {"barrister"}  # "Ronan Tierney SC": "counsel said" is he (not "Judge Nicholas Dean KC")
        return m.roles

    def first_named(self, m: _Mention) -> _Mention | None:
        """The person named in full before whose first name the one-word mention ``m`` is, or
        whose first family name of two, as Spanish and Portuguese names end: "Ju\u00e1rez" for "Luc\u00eda
        Ortega Ruiz" (not "Anne" for "Mary Anne Kelly", a given name)."""
        if m.pos in self._first_named:
            return self._first_named[m.pos]
        word = m.tokens[0]
        named = self.earlier_person_with(word, m.pos)
        if named is None or _names_a_body([word], [word.lower()]) or not (
            named.tokens[0] == word
            or (len(named.tokens) >= 3 and named.tokens[-2] == word and sex_of_given_name(word) is None)
        ):
            named = None
        self._first_named[m.pos] = named
        return named

    def earlier_person_with(self, part: str | tuple[str, ...], pos: int) -> _Mention | None:
        """The latest person of more names than ``part`` before ``pos`` with ``part`` among
        them: "Lula" for "Luiz Inácio Lula da Silva", "Castellanos" for "Rodrigo Castellanos
        Vidal", "Wu" for "Wu Jianhua" (a family name written first, or a first name); a run
        of names in the same order, "de la Puente" for "Cristóbal de la Puente Vargas"."""
        self._index_before(pos)
        k = bisect.bisect_left(self.positions, pos) - 1
        if isinstance(part, tuple):
            n = len(part)
            for mention in reversed(self.mentions[max(0, k - 400):k + 1]):
                toks = mention.tokens
                if mention.person and len(toks) > n and any(toks[j:j + n] == part for j in range(len(toks) - n + 1)):
                    return mention
            return None
        for mention in reversed(self.mentions[max(0, k - 400):k + 1]):
            if mention.person and len(mention.tokens) >= 2 and (
                part in mention.tokens or any(t.endswith("-" + part) for t in mention.tokens)
            ) and not self.named_after_the(mention):
                return mention
        return None

    def family_member(self, plural: str, sex: str, pos: int) -> str | None:
        """For "The Kowalskis" ("The Joneses"): the person of ``sex`` named last before ``pos`` with
        that family name, when the copy has named two of the family or more (not "The Simpsons"
        after Homer Simpson, a show)."""
        self._index_before(pos)
        k = bisect.bisect_left(self.positions, pos) - 1
        for surname in (plural, plural[:-1]) if plural.endswith("e") else (plural,):  # "Jonese|s"
            members = []
            for mention in reversed(self.mentions[max(0, k - 400):k + 1]):
                if mention.person and len(mention.tokens) >= 2 and mention.tokens[-1] == surname:
                    name = self.resolve_mention(mention)
                    if name not in members:
                        members.append(name)
            if len(members) >= 2:
                return next((name for name in members if self.sex_of(name) == sex), None)
        return None

    def body_by_initials(self, acronym: str, pos: int) -> str | None:
        """The body named in full before ``pos`` whose capitalised words' initials spell
        ``acronym`` of three letters or more: "Tennessee Bureau of Investigation" for "TBI", with
        no brackets to say so."""
        if not 3 <= len(acronym) <= 6 or not acronym.isalpha():
            return None  # (two letters are too many bodies' initials: "the UN" is no "University of Nairobi")
        if self._by_initials is None:
            # One pass over the block for all of them: few texts need it at all.
            self._by_initials = {}
            for m in _BODY_FULL_RE.finditer(self.text, self.begin, self.limit):
                words = [w for w in m.group().split() if w[0].isupper() and w not in ("The", "A")]
                if 2 <= len(words) <= 6:
                    name = _clean_token(m.group()[_opener_length(m.group()):])  # (not "the World Health Organization's threshold")
                    initials = "".join(w[0] for w in words)
                    self._by_initials.setdefault(initials, []).append((m.start(), name))
                    if " of " in name:
                        # "Bank of Japan" is the BOJ, "Department of Justice" the DOJ: "of" may count.
                        with_of = "".join(w[0].upper() for w in name.split() if w[0].isupper() or w == "of")
                        if with_of != initials:
                            self._by_initials.setdefault(with_of, []).append((m.start(), name))
        found = None
        for start, name in self._by_initials.get(acronym, ()):
            if acronym.lower() in TITLES and " of " in name:
                continue  # "the COO" is no "City of Oakland"
            if start >= pos:
                break
            if pos - start <= 6000:
                found = name
        return found

    def spelled_out(self, acronym: str, pos: int) -> str | None:
        """The name an acronym was given in brackets after, before ``pos``: "the China Manned
        Space Agency (CMSA)", "South Korea's Joint Chiefs of Staff (JCS)"."""
        at = self.text.rfind(f"({acronym})", 0, pos)
        if at < 0:
            return None
        m = _name_before_brackets_re().search(self.text, max(0, at - 160), at)
        if m is None:
            return None
        name = m.group(1)
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]  # "the Department of Education's (DepEd) standard"
        return name[_opener_length(name):] or None

    def earlier_body(self, first: str, pos: int) -> str | None:
        """The latest body named in full before ``pos`` whose name opens with ``first`` and
        ends as a company's or a body's does: "Rheinstrom" for "Rheinstrom Energie GmbH"."""
        self._index_before(pos)
        k = bisect.bisect_left(self.positions, pos) - 1
        for mention in reversed(self.mentions[max(0, k - 400):k + 1]):
            toks = mention.tokens
            if not mention.person and len(toks) >= 2 and toks[0] == first and (
                toks[-1].rstrip(".").lower() in _COMPANY_NAME_ENDS or toks[-1].lower() in _BODY_HEADS
            ) and not self.named_after_the(mention):
                return " ".join(toks)
        return None

    def named_after_the(self, mention: _Mention) -> bool:
        """Whether the copy writes "the" right before the mention's first word: "the Nimbus
        Store", "the Corvel Market" are things named after a firm, which "Nimbus said" does not
        mean (but "for the Environment Lim Wei Ling" is a portfolio, then the person)."""
        return self.text.endswith(("the ", "The "), 0, mention.pos) and self.text.startswith(mention.tokens[0], mention.pos)

    def names_a_person(self, fragment: str) -> bool:
        """Whether a capitalised run in ``fragment`` names a person."""
        for m in _NAME_RUN_RE.finditer(fragment):
            before = fragment[:m.start()].rsplit(None, 2)
            role = _NEXT_WORD_RE.match(fragment, m.end())
            if role is not None and before and before[-1].lower() in ("a", "an", "former") and (
                role.group(1) in _SOURCE_NOUNS or role.group(1) in _TRADE_TITLES
            ):
                continue  # "A former MedGuard nurse": who employed the source, not a person
            if self.analyse(m.group(), _title_before(before))[1] and not (
                fragment.endswith((" and ", " & "), 0, m.start()) and _body_name_ending_with(fragment, m) is not None
            ) and not (
                # "a trader at the brokerage Kestrel Lane": a firm named after what it is (but "the
                # brewer Tom Carroll" may be a person)
                before and before[-1].lower() in _FIRM_NOUNS
            ) and not (
                # "a Tory MP in a Red Wall seat", "his Hale Sound studio": a place or a venue
                role is not None and role.group(1) in _PLACE_NOUNS and before and before[-1].lower() in _BEFORE_A_PLACES_NAME
            ) and not (
                # "a trader at a European bank in Hong Kong": a place (but "outside Kavitha Ramesh's house")
                before and (
                    before[-1] in _PLACE_PREPOSITIONS
                    # "a man from Portage la Prairie" (not "member from Sindh Rafiq Ahmed Shaikh": a given name)
                    or (before[-1] == "from" and not any(sex_of_given_name(t) for t in m.group().split()))
                ) and not m.group().endswith(("'s", "\u2019s"))
            ):
                return True
        return False

    def name_from(self, fragment: str, base: int, prefer_person: bool = True) -> str | None:
        """The person named in an attribution fragment ("State Department spokesperson Ned Price")."""
        runs = []
        employer = title_of_office = None
        for m in _NAME_RUN_RE.finditer(fragment):
            if _cut_at_a_combining_mark(fragment, m.end()):
                continue
            before = fragment[:m.start()].rsplit(None, 2)
            title_before = _title_before(before)
            toks, person, title = self.analyse(m.group(), title_before)
            if len(toks) == 1 and toks[0].lower() in _DAY_AND_MONTH_NAMES:
                continue  # "The World Health Organization (WHO) on Thursday described": a day is no one
            if person and _ranks(toks, fragment, m.end()):
                continue  # '"It was close," British No 1 Jack Draper said'
            if person and len(toks) == 1 and _title_and_name_follow(fragment, m.end()):
                continue  # "said former Kilkenny hurler Henry Shefflin": where he played, then who
            if not person and toks and before and before[-1] in ("for", "of") and (
                # (or where the title was taken off the fragment before a portfolio with a part of
                # its own: "[Vice Minister of] Defense for International Affairs Takumi Oshiro")
                title_before is not None or (len(before) == 2 and before[0].lower() in _PORTFOLIOS)
            ):
                named = _after_portfolio(toks)
                if len(named) >= 2 and len(named) < len(toks):
                    # "Minister for External Affairs Anand Kumar Verma": a portfolio that reads as a
                    # body ("Affairs"), then the holder's name
                    return self.resolve(tuple(named), base + m.start() + m.group().find(named[0]))
                title_of_office = title_before
            if person:
                if title is None and _after_a_portfolio_word(before):
                    # "Minister of Ports, Shipping and Waterways Vikram Singh Thakur"
                    toks = tuple(_after_portfolio(toks))
                after = fragment[m.end():].split(None, 2)
                if title is None and after and employer is None and (
                    after[0] in TITLES or after[0] in _TITLES_OF_A_FIRMS_PARTNERS
                    # "Terrain Analytics research director Siobhan Kerr": a word before the title;
                    # "San Antonio police Sgt. Ray Quintanilla": the city's service, then the rank
                    or (
                        len(after) == 3 and (
                            after[0] in _ROLE_QUALIFIERS or after[0] in _PUBLIC_SERVICES
                            # ("Dairy New Zealand extension manager Sarah-Jane Hurndell": any word
                            # in lower case, where a known given name follows the title)
                            or (after[0].islower() and sex_of_given_name(after[2].split(None, 1)[0]) is not None)
                        )
                        and after[1].lower() in TITLES and after[2][:1].isupper()
                    )
                ):
                    # "Environment and Climate Change Canada meteorologist Linda Marsh": a body
                    # that reads like a name, then a title, then the person.
                    employer = (toks, base + m.start(), title)
                    continue
                if title is None and 2 <= len(toks) <= 3 and sex_of_given_name(toks[0]) is None:
                    fuller = self.body_named_in_full(toks, base + m.start())
                    if fuller is not None:
                        return fuller  # "Harbour Light said" after "Harbour Light Media": the firm, not a person
                # The first person named wins, so later runs need no analysis.
                return self.resolve(toks, base + m.start(), title)
            if toks:
                runs.append((toks, person, base + m.start()))
        if employer is not None:
            return self.resolve(*employer)
        if not runs:
            return None
        if len(runs) == 1 and title_of_office is not None:
            # "The Minister for Housing has insisted": the office, where no name follows it.
            return fragment[:fragment.find(runs[0][0][-1]) + len(runs[0][0][-1])].strip()
        for toks, person, pos in runs:
            if len(toks) == 1 and self.is_surname(toks[0]):
                return self.resolve(toks, pos)
        # "the U.N. refugee agency UNHCR": the body's own name, not the initials of its country.
        toks, _, pos = next((run for run in runs if run[0] not in _LONE_DOTTED_ACRONYMS), runs[0])
        if len(toks) == 1:
            if toks[0].lower() in STOP_CAPS:
                return None
            # "Wu said" after "Wu Jianhua", "Lula said" after "Luiz Inácio Lula da Silva".
            named = self.earlier_person_with(toks[0], pos)
            if named is not None:
                return " ".join(named.tokens)
            body = self.earlier_body(toks[0], pos)
            if body is not None:
                return body  # "Rheinstrom said" after "Rheinstrom Energie GmbH"
        elif len(toks) <= 3 and toks[-1].lower() not in _COMPANY_NAME_ENDS:
            fuller = self.body_named_in_full(toks, pos)
            if fuller is not None:
                return fuller  # "Southern Cordillera said" after "Southern Cordillera Resources"
        name = " ".join(toks)
        if toks[-1] + "." in _DOTTED_NAME_ENDS and self.text.startswith(name + ".", pos):
            # "Delmar Chemical Corp. said", "said Delmar Chemical Corp.": the stop is the name's
            # own, though it may end the sentence too
            return name + "."
        return name

    def body_named_in_full(self, toks: tuple[str, ...], pos: int) -> str | None:
        """The company first named before ``pos`` by these words and one or two more that end a
        company's name: "Southern Cordillera Resources" for "Southern Cordillera"."""
        name = " ".join(toks)
        at = self.text.find(name, self.begin, pos)
        while at >= 0:
            more = _MORE_OF_A_BODYS_NAME_RE.match(self.text, at + len(name))
            if more is not None and (at == 0 or not self.text[at - 1].isalpha()):
                last = more.group().split()[-1].lower().rstrip(".")
                if last in _COMPANY_NAME_ENDS:
                    return name + more.group()
            at = self.text.find(name, at + 1, pos)
        return None


# A name's own words on both sides of a nickname in quotes: 'Harold| "Hal" |Brennan-Ochoa'.
_BEFORE_A_NICKNAME_RE = re.compile(rf"{_UP}[^\W\d_]*[ \t]")
_AFTER_A_NICKNAME_RE = re.compile(rf"[ \t](?:{_PARTICLE}[ \t]+)?{_UP}")


def _is_a_nickname(text: str, q: "QuoteSpan") -> bool:
    """Whether a closed quote of a word or two stands inside a name, as a nickname does."""
    if not q.closed or not text[q.start + 1:q.start + 2].isupper() or not text[q.end - 2:q.end - 1].isalpha():
        return False  # a nickname ends in a letter: '"Good news," Harris said' is speech
    gap = text.rfind(" ", max(0, q.start - 30), q.start - 1) + 1
    return (
        _BEFORE_A_NICKNAME_RE.fullmatch(text, gap, q.start) is not None
        and _AFTER_A_NICKNAME_RE.match(text, q.end) is not None
        # a given name before it ('Harold "Hal"'), or one word ('Everton "Tiger" Samuels');
        # 'on Truth Social "Happy Easter" Sunday' is speech
        and (sex_of_given_name(text[gap:q.start].strip()) is not None or " " not in text[q.start:q.end].strip())
    )


class QuoteSpan:
    __slots__ = ("start", "end", "para", "closed", "speaker", "emit", "attributed")

    def __init__(self, start: int, end: int, para: int, closed: bool):
        self.start = start
        self.end = end
        self.para = para
        self.closed = closed
        self.speaker: str | None = None
        self.emit = False
        self.attributed = False


_span_start = itemgetter(0)
_para_end = itemgetter(1)


def _closes(open_char: str, c: str) -> bool:
    if open_char == "\u00ab":
        return c in "\u00bb\""
    return c in "\"\u201d"


def _scan_double(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    if not paras:
        return spans
    # One scan of the whole block for quote marks; most paragraphs have none, and while
    # no quote is open the scan jumps straight to the paragraph of the next mark.
    marks = _QCHAR_RE.finditer(text, paras[0][0], paras[-1][1])
    mark = next(marks, None)
    open_pos = -1
    open_char = ""
    open_para = -1
    skip_until = -1
    pi = 0
    while pi < len(paras):
        if open_pos < 0:
            if mark is None:
                break
            pi = bisect.bisect_right(paras, mark.start(), pi, key=_para_end)
        ps, pe = paras[pi]
        # A mark between paragraphs belongs to none of them.
        while mark is not None and mark.start() < ps:
            mark = next(marks, None)
        if open_pos < 0 and (mark is None or mark.start() >= pe):
            pi += 1
            continue
        if _junk_marks(text, ps, pe):
            open_pos = -1
            while mark is not None and mark.start() < pe:
                mark = next(marks, None)
            pi += 1
            continue
        while mark is not None and mark.start() < pe:
            pos = mark.start()
            if pos >= skip_until:
                c = mark.group()
                if open_pos < 0:
                    if c in OPEN_MARKS:
                        open_pos, open_char, open_para = pos, c, pi
                elif _closes(open_char, c):
                    spans.append(QuoteSpan(open_pos, mark.end(), open_para, True))
                    open_pos = -1
            mark = next(marks, None)
        if open_pos >= 0:
            tail = _TAIL_ATTRIB_RE.search(text, max(open_pos + 1, pe - 160), pe)
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else -1
            if (
                tail and nxt >= 0 and text[nxt] in OPEN_MARKS and (
                    _FIRST_PERSON_RE.search(tail.group())
                    # '"She knew every family, and she never told a soul.': a clause of the speech
                    or tail.group("who").split(None, 1)[0] in _JOINING_WORDS
                )
                and not any(w[:1].isupper() for w in tail.group("who").split())  # "our neighbour Grace Mwangi told us."
            ):
                # '"When we started, people told us it would never work.' and a quote paragraph
                # after it: speech that runs on, not its attribution.
                tail = None
            if tail and tail.start() > open_pos + 1 and pi == open_para or (tail and nxt < 0):
                spans.append(QuoteSpan(open_pos, tail.start(), open_para, False))
                open_pos = -1
            elif nxt >= 0 and text[nxt] in OPEN_MARKS and pi - open_para < 20:
                # Continued into the next paragraph; its opening mark is not a new quote.
                skip_until = nxt + 1
            else:
                spans.append(QuoteSpan(open_pos, pe, open_para, False))
                open_pos = -1
        pi += 1
    return spans


# A straight single mark that opens speech (after a blank, a bracket or a colon, before a
# letter) and one that closes it (after anything but a blank, not before a letter).
# (The mark comes first, so that a search skips to each one.)
# Not an elision ("'til", "'em"), nor a plural's possessive ("the players' entrance").
_STRAIGHT_SINGLE_OPEN_RE = re.compile(
    r"'(?<![^\s(\[:\u2014\u2013]')(?!(?:til|em|tis|twas|cause|bout|round|n|s)\b)(?=[^\W\d_])"
)
# (After an "s", a mark before a lower-case word is an apostrophe, "the Weavers' arms", unless the
# word is one no noun is: "amounted to 'a tax on their gardens' and predicted".)
_STRAIGHT_SINGLE_CLOSE_RE = re.compile(
    r"(?<=[^\s'])(?<!s)'(?![^\W\d_])"
    r"|(?<=s)'(?!\s+(?!(?:and|or|but|as|to|in|on|at|by|for|from|with|that|which|when|while|because|if|than)\b)[a-z])(?![^\W\d_])"
)


def has_straight_single_quotes(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] may hold speech in straight single marks."""
    return _STRAIGHT_SINGLE_OPEN_RE.search(text, lo, hi) is not None


def _junk_marks(text: str, ps: int, pe: int) -> bool:
    """A paragraph with more quote marks than words is not prose with quotes in it."""
    if pe - ps < 400:
        return False
    seg = text[ps:pe]
    marks = sum(seg.count(c) for c in "\"\u201c\u201d\u00ab\u00bb\u201e\u2018")
    if marks < 50:
        return False
    return marks * 4 > seg.count(" ") + 1


def _curled_straight_singles(text: str, lo: int, hi: int) -> str:
    """The text with straight single marks that open or close speech between ``lo`` and
    ``hi`` written as curly ones, one character for one: "'There's blood in this,' he said"
    reads as the curly marks do. An apostrophe inside a word ("O'Driscoll") stays as it is."""
    part = _STRAIGHT_SINGLE_CLOSE_RE.sub("\u2019", _STRAIGHT_SINGLE_OPEN_RE.sub("\u2018", text[lo:hi]))
    return text[:lo] + part + text[hi:]


def _quoted_within_straight_singles(text: str, paras: list[tuple[int, int]], doubles: list[QuoteSpan]) -> bool:
    """Whether copy writes speech in straight single marks and double marks only for words
    quoted within it: "'There was so much blood. He kept saying, "Tell my boys I love them",'
    she told the court", as British papers' plain text does."""
    lo, hi = paras[0][0], paras[-1][1]
    if text.find("\u2018", lo, hi) >= 0:
        return False
    for q in doubles:
        if not q.closed or _STRAIGHT_SINGLE_OPEN_RE.search(text, paras[q.para][0], q.start) is None:
            return False  # (the cheap test first: a mark before it in its paragraph that may open speech)
    curled = _curled_straight_singles(text, lo, hi)
    speech: dict[int, list[tuple[int, int]]] = {}  # per paragraph, read once
    for q in doubles:
        if q.para not in speech:
            ps, pe = paras[q.para]
            # Speech opens a paragraph or follows a colon, and ends its sentence or clause before
            # the mark ("'...,' she told the court"): not the marks of "the 'Troubles' ... Victims' Forum".
            speech[q.para] = [
                (m.start(), m.end()) for m in _SINGLE_RE.finditer(curled, ps, pe)
                if (m.start() == ps or curled[max(ps, m.start() - 2):m.start()] == ": ") and curled[m.end() - 2] in ",.!?"
            ]
        if not any(start < q.start and q.end <= end for start, end in speech[q.para]):
            return False
    return True


# A first paragraph longer than this, or ending with a full stop, is copy, not a headline.
_LONGEST_HEADLINE = 240


def _scan_single(text: str, paras: list[tuple[int, int]], doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    if not paras:
        return spans
    first = text.find("\u2018", paras[0][0], paras[-1][1])
    if first < 0:
        # Copy that writes speech in straight single marks and has no other quotes, as plain
        # text from Irish and British papers often does; or a headline in single marks over
        # copy in double ones, as British, Irish and Australian papers write them ("'We are
        # gambling with people's lives': residents confront ...").
        lo, hi = paras[0][0], paras[-1][1]
        if doubles:
            lo, hi = paras[0]
            if hi - lo > _LONGEST_HEADLINE or text[hi - 1:hi] == ".":
                return spans
        if not has_straight_single_quotes(text, lo, hi):
            return spans
        text = _curled_straight_singles(text, lo, hi)
        first = text.find("\u2018", lo, hi)
        if first < 0:
            return spans
    starts = [q.start for q in doubles]
    run_on_until = -1
    for pi in range(bisect.bisect_right(paras, first, key=_para_end), len(paras)):
        ps, pe = paras[pi]
        if ps < run_on_until or text.find("\u2018", ps, pe) < 0 or _junk_marks(text, ps, pe):
            continue
        found = []
        for m in _SINGLE_RE.finditer(text, ps, pe):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and doubles[k].start <= m.start() < doubles[k].end:
                continue
            found.append(QuoteSpan(m.start(), m.end(), pi, True))
        run_on = None
        opened = _opened_and_left_open(text, ps, pe, found)
        if opened is not None:
            run_on = _single_run_on(text, paras, pi, opened)
        if run_on is None:
            spans.extend(found)
        else:
            # The quotes closed before it stand; those after its mark are inside it ("rock 'n' roll").
            spans.extend(q for q in found if q.end <= opened)
            spans.append(run_on)
            run_on_until = run_on.end
    return spans


def _opened_and_left_open(text: str, ps: int, pe: int, closed: list["QuoteSpan"]) -> int | None:
    """The first mark in a paragraph that opens speech at a sentence's start (the paragraph's, or
    after a full stop) and that no closed quote of the paragraph starts at: "'...,' he says. 'The
    trawler had lost power." (not "dawn 'til dusk", "the 'Ndrangheta").

    None when there is none."""
    starts = {q.start for q in closed}
    p = text.find("\u2018", ps, pe)
    while p >= 0:
        at_a_start = p == ps or (p >= ps + 2 and text[p - 1].isspace() and text[p - 2] in ".!?:")
        if at_a_start and text[p + 1:p + 2].isupper() and p not in starts and not any(q.start < p < q.end for q in closed):
            return p
        p = text.find("\u2018", p + 1, pe)
    return None


def _single_run_on(text: str, paras: list[tuple[int, int]], pi: int, opened: int) -> QuoteSpan | None:
    """Speech in single marks that runs on across paragraphs, as in double ones: paragraph ``pi``
    opens a mark at ``opened`` it does not close, and the next opens with a mark again ("\u2018Cian
    was the fastest swimmer in his class. / \u2018Every day we think about him.\u2019"). One quote,
    up to the close; None when no later paragraph closes it."""
    for pj in range(pi + 1, min(len(paras), pi + 20)):
        ps, pe = paras[pj]
        if text[ps] != "\u2018" or _junk_marks(text, ps, pe):
            return None
        m = _SINGLE_RE.match(text, ps, pe)
        if m is not None:
            return QuoteSpan(opened, m.end(), pi, True)
    return None


def _words(s: str, start: int = 0, end: int | None = None, enough: int = 4) -> int:
    """Number of words in ``s[start:end]``, counted only up to ``enough`` (all callers need
    is "at least")."""
    n = 0
    for _ in _WORD_RE.finditer(s, start, len(s) if end is None else end):
        n += 1
        if n >= enough:
            break
    return n


# The paragraphs at the top of a story (headline, standfirst, summary, the first of the copy) whose
# quotes may be words the story quotes again below; how many of them are looked for, and among how
# many later quotes (a transcript pasted as a few long paragraphs holds thousands).
_TOP_PARAGRAPHS = 4
_MOST_ECHOES = 12
_MOST_QUOTES_LOOKED_AT = 200
# Words inside a quote that report another's words just before them: "calls this ...", "keeps
# saying ...", "told us ...".
_REPORTING_WORDS = frozenset(
    """says said say saying calls called call calling told tells tell telling claims claimed claim claiming
    promised promises insists insisted asks asked ask wrote writes warned warns""".split()
)
_QUOTED_WORD_RE = re.compile(r"[^\W_]+")
# Speakers given as a description ("the environment secretary", "Its chief executive", a
# headline's "minister"), not by a name.
_DESCRIPTION_OPENERS = frozenset("The Its A An His Her Their".split())


def _names_someone_in_full(speaker: str) -> bool:
    """Whether a speaker is a person by a given name the lists know and more ("Donald Trump"; not
    "Lib Dem", nor a surname alone such as a headline's "Doyle")."""
    words = speaker.split()
    return len(words) >= 2 and sex_of_given_name(words[0]) is not None


def _names_an_office(speaker: str) -> bool:
    """Whether a speaker is an office alone: "judge", "The minister", "the prime minister"."""
    words = speaker.lower().split()
    return 1 <= len(words) <= 3 and words[-1] in TITLES and all(w in TITLES or w == "the" for w in words)


def _describes_rather_than_names(speaker: str) -> bool:
    return speaker[:1].islower() or speaker.split(None, 1)[0] in _DESCRIPTION_OPENERS


class QuoteFinder:
    def __init__(self, text: str, paras: list[tuple[int, int]], sentences: list[tuple[int, int]]):
        self.text = text
        self.paras = paras
        self.sentences = sentences
        self._quoted_words: dict[int, list[str]] = {}
        # The quote before the one being attributed, once ``find`` is under way.
        self.previous: QuoteSpan | None = None

    def sentence_start(self, pos: int) -> int:
        # Few quotes need this, so no list of sentence starts is built for it.
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        return self.sentences[k][0] if k >= 0 else 0

    def find(self) -> list[QuoteSpan]:
        text = self.text
        doubles = _scan_double(text, self.paras)
        if doubles and _quoted_within_straight_singles(text, self.paras, doubles):
            doubles = []  # the words quoted within speech are part of it
        singles = _scan_single(text, self.paras, doubles)
        if not doubles and not singles:
            return []
        # Each scan finds its quotes in text order.
        spans = sorted(doubles + singles, key=lambda q: q.start) if singles else doubles
        limit = max(q.end for q in spans)
        # Speech inside other quotes does not introduce people for pronouns.
        excluded = [(q.start, q.end) for q in spans]
        begin = self.paras[0][0] if self.paras else 0
        self.index = SpeakerIndex(text, min(len(text), limit + 400), excluded, begin)
        prev: QuoteSpan | None = None
        echoes: list[tuple[QuoteSpan, QuoteSpan]] = []
        for q in spans:
            single = text[q.start] in "\u2018'"
            nwords = _words(text, q.start + 1, q.end - 1 if q.closed else q.end)
            if nwords == 0:
                continue
            self.previous = prev
            speaker, attributed = self.attribute(q)
            if speaker is None and not attributed and q.para == 0 and q.closed:
                speaker = self.named_in_a_headline(q)
                attributed = speaker is not None
            echo = None
            if q.para <= _TOP_PARAGRAPHS and q.closed and len(echoes) < _MOST_ECHOES and (
                speaker is None or not self.index.names_a_person(speaker)  # '"...," Railway Minister tells House'
                or (q.para == 0 and not _names_someone_in_full(speaker))  # a headline's "boss Doyle says"
            ):
                # A headline's or a summary's quote, the words of someone the story quotes
                # again in full below: whose they are there (found once all are attributed).
                # Where the top already gives a speaker, not words another reports of them below
                # ("The Taoiseach calls this ..."); where it gives none, the one who says them
                # below, reporting or not ("'It's like a war zone'" for "Our members are telling
                # us it's like a war zone").
                echo = self.quoted_again_below(q, spans, own_words_only=speaker is not None)
                if echo is not None:
                    echoes.append((q, echo))
                    attributed = True
            if echo is None and speaker is not None and q.para == 0 and speaker.lower() in TITLES and self.in_a_headline():
                # "Record auction 'puts target back on track', says minister": the one minister the
                # story names below, where the words are not said again there
                speaker = self.index.only_holder_of(speaker.lower(), self.paras[0][1]) or speaker
            reply = _CAME_THE_REPLY_RE.match(text, q.end) if speaker is None and q.closed else None
            if reply is not None and reply.group("who"):
                # '"We are looking into it," came the reply from housing officer Dan Quinn'
                speaker = self.to_name(reply.group("who"), reply.start("who"), q.start)
                attributed = speaker is not None
            elif reply is not None and prev is not None and prev.closed and text[prev.end - 2] == "?":
                # '"Do you still have his backing?" one reporter asked. / "You'd have to ask him,"
                # came the reply': the one who spoke before the question answers it.
                speaker = next((name for name in reversed(self.index.spoken) if name != prev.speaker), None)
                attributed = speaker is not None
            q.speaker = speaker
            q.attributed = attributed
            # A quote right after the sentence that attributed the one before it carries on
            # those words, however short: '"We won," she said. "Just."'.
            continued = (
                speaker is None and prev is not None
                and (self.follows_its_attribution(prev, q) or self.runs_on_from(prev, q))
            )
            if single and q.end <= self.paras[q.para][1]:
                # Speech in single marks needs a speaker, or to be a whole paragraph of sentences
                # right after one quoted with a speaker ("'...,' Mr Hollis said. / 'I nearly sold
                # it.'"): a word or two in marks inside the copy's own sentence is a term, not speech.
                whole_paragraph = (
                    prev is not None and prev.speaker and q.para - prev.para == 1 and self.opens_paragraph(q)
                    and not text[q.end:self.paras[q.para][1]].strip()
                    and text[q.end - 2] in ".!?"  # a sentence spoken, not a sign or a title ('Closed until further notice')
                )
                q.emit = (attributed or continued or bool(whole_paragraph)) and nwords >= 2
            else:
                q.emit = nwords >= 4 or ((attributed or continued) and nwords >= 1)
            if (
                q.emit and single and echo is None and q.para == 0 and self.in_a_headline()
                and not (speaker and (self.index.names_a_person(speaker) or _names_an_office(speaker)))
            ):
                # A headline's words in single marks that no one below says again, beside no person
                # or office the headline names ("Kids' 'screen time' rising: parents' group warns"):
                # a term, or words whose speaker is not to be guessed at (but "'...', judge says").
                q.emit = False
            if q.emit and nwords <= 3 and _THREATENED_BEFORE_RE.search(text, max(0, q.start - 80), q.start):
                q.emit = False  # 'The scandal threatened to "derail" the talks': a term, not words spoken
            elif q.emit and nwords <= 3 and _NAMED_AS_RE.search(text, max(0, q.start - 40), q.start):
                # 'a trading program he called "Kestrel"': a name given, not words spoken.
                q.emit = False
            elif q.emit and nwords <= 2 and _is_a_nickname(text, q):
                q.emit = False  # 'Chief Executive Harold "Hal" Brennan-Ochoa': part of a name
            if continued:
                q.speaker = prev.speaker
            elif q.emit and q.speaker is None and prev is not None and q.para - prev.para <= 2:
                # An unattributed quote paragraph carries on the previous speaker's words, also
                # after one paragraph between that names nobody else.
                if self.opens_paragraph(q) and (
                    q.para - prev.para <= 1 or not self.index.names_someone_else(prev.end, q.start, prev.speaker)
                ):
                    q.speaker = prev.speaker
            if q.emit and q.speaker is None and q.para > 0 and self.opens_paragraph(q) and (
                prev is None or prev.para < q.para - 1
            ):
                q.speaker = self.reported_speaker_before(q)
            if q.emit and q.speaker is None and (prev is None or prev.para < q.para) and not self.opens_paragraph(q):
                q.speaker = self.speaker_of_the_sentence_before(q)
            if q.emit and q.speaker is None and self.index.spoken and _INTERVIEW_TOPIC_RE.fullmatch(
                text, self.paras[q.para][0], q.start
            ):
                # 'On the money: "People ask me if I am rich now ..."': an interview's answers under
                # the topics asked about are the words of the one who has been answering.
                q.speaker = self.index.spoken[-1]
            if q.emit:
                prev = q
                if q.speaker:
                    self.index.spoken.append(q.speaker)
        for q, echo in echoes:
            if echo.emit and echo.speaker is not None and not _describes_rather_than_names(echo.speaker):
                q.speaker = echo.speaker  # (over a headline's "CEO says", "boss Doyle says")
            elif q.speaker and q.speaker.lower() in TITLES:
                # "Sheriff says climbers were 'lucky to be alive'", the words said again below by
                # "the county sheriff": the one sheriff the story names
                q.speaker = self.index.only_holder_of(q.speaker.lower(), self.paras[0][1]) or q.speaker
        found = [q for q in spans if q.emit]
        for q in found:
            if q.speaker and q.speaker.endswith(")"):
                # "a senior official of the Lagos Building Control Agency (LBCA)": the initials
                # the copy gives in brackets are no part of who speaks
                q.speaker = _INITIALS_IN_BRACKETS_AT_END_RE.sub("", q.speaker)
        return found

    def quoted_again_below(self, q: QuoteSpan, spans: list[QuoteSpan], own_words_only: bool) -> QuoteSpan | None:
        """The first later quote whose words hold all of ``q``'s (at least three words: "'running
        to stand still'" in the summary, "'... we are running to stand still,' Mr Corrigan said"
        below), as its speaker's own: not words another reports of them ("'The Taoiseach calls
        this a betrayal of rural Ireland, but ...,' said Kerry TD ...")."""
        wanted = self.quoted_words(q)
        if len(wanted) < 3:
            return None
        first, n = wanted[0], len(wanted)
        looked_at = 0
        for later in spans:
            if later.para <= q.para or later.end - later.start < q.end - q.start:
                continue
            looked_at += 1
            if looked_at > _MOST_QUOTES_LOOKED_AT:
                return None
            words = self.quoted_words(later)
            for k in range(len(words) - n + 1):
                if words[k] == first and words[k:k + n] == wanted:
                    reported = not _REPORTING_WORDS.isdisjoint(words[max(0, k - 4):k])
                    return None if reported and own_words_only else later
        return None

    def quoted_words(self, q: QuoteSpan) -> list[str]:
        """The words of a quote in lower case, read once."""
        words = self._quoted_words.get(q.start)
        if words is None:
            words = self._quoted_words[q.start] = [w.lower() for w in _QUOTED_WORD_RE.findall(self.text, q.start, q.end)]
        return words

    def in_a_headline(self) -> bool:
        """Whether the first paragraph is a headline: short, and no sentence of copy."""
        ps, pe = self.paras[0]
        return pe - ps <= _LONGEST_HEADLINE and self.text[pe - 1:pe] != "."

    def named_in_a_headline(self, q: QuoteSpan) -> str | None:
        """The speaker a headline names beside its quote, by the fullest name the article gives
        them: "'I saw 19.84 and thought the clock was broken' – Mokoena on smashing the record",
        "Nuala Breen: 'I wrote the first draft in a caravan'", "Tide's Morales on late winner: '...'"."""
        if not self.in_a_headline():
            return None  # a paragraph of the copy, not a headline
        ps, pe = self.paras[0]
        after, before = _headline_speaker_res()
        named = after.match(self.text, q.end, pe) or before.fullmatch(self.text, ps, q.start)
        if named is None:
            return None
        toks = _analyse_run(named.group("who"), None)[0]
        if not toks or _names_a_body(list(toks), [t.lower() for t in toks]):
            return None
        return self.index.resolve(toks, self.index.limit)  # (the article names them after the headline)

    def reported_speaker_before(self, q: QuoteSpan) -> str | None:
        """The one person the paragraph before a quote paragraph reports as speaking in its
        last sentence: "Director Fiona Carmichael said the growth had surprised even the
        organisers." and then the quote, with no attribution of its own."""
        last = bisect.bisect_right(self.paras, q.end - 1, key=_span_start) - 1
        rest = self.text[q.end:self.paras[last][1]].strip().lstrip(".,;:!?").strip()
        if rest and rest[0] not in OPEN_MARKS:
            # '"Not in our name," read one placard', '"A budget for the few" is how ... described
            # it': a paragraph that goes on after the quote says whose words they are.
            return None
        ps, pe = self.paras[q.para - 1]
        k = bisect.bisect_right(self.sentences, pe - 1, key=_span_start) - 1
        if k < 0 or self.sentences[k][0] < ps:
            return None
        sstart = self.sentences[k][0]
        named = self.person_who_spoke_between(sstart, pe, None, _reporting_after_name_re())
        if named is not None or _QCHAR_RE.search(self.text, sstart, pe):
            return named
        # "In his address, the governor said his priority would be ...", "She said the ..."
        # and then the quote paragraph: the one a role or a pronoun stands for, as in an attribution.
        found = self.subject_who_reports(sstart, pe)
        if found is None or not (found[0].lower() in ("he", "she") or found[0].lower().startswith("the ")):
            return None
        return self.to_name(found[0], found[1], q.start)

    def speaker_of_the_sentence_before(self, q: QuoteSpan) -> str | None:
        """For a quote that ends its paragraph with no attribution, after a sentence of that
        paragraph that reports what someone said ("Her mother, Ana Reyes, said the school had
        changed. '...'") or gives their words a name ("Painter Ruth Okafor has one piece of advice
        for students. '...'"): that person, whose words the quote goes on to give."""
        ps, pe = self.paras[q.para]
        if self.text[q.end:pe].strip() or _QCHAR_RE.search(self.text, ps, q.start):
            return None
        k = bisect.bisect_right(self.sentences, q.start, key=_span_start) - 1
        if k < 1 or self.sentences[k - 1][0] < ps or self.text[self.sentences[k - 1][1]:q.start].strip():
            return None
        sstart, send = self.sentences[k - 1]
        named = self.person_who_spoke_between(sstart, send, None, _reporting_after_name_re())
        if named is not None:
            return named
        found = self.subject_who_reports(sstart, send)
        if found is not None:
            return self.to_name(found[0], found[1], q.start)
        if _WORDS_GIVEN_A_NAME_RE.search(self.text, sstart, send) is None or _PASSIVE_RE.search(self.text, sstart, send):
            return None  # (not "Tom Hale walked to the dam.", nor "Tom Hale was arrested on Monday.")
        return self.person_just_before(q.start)

    def opens_paragraph(self, q: QuoteSpan) -> bool:
        ps = self.paras[q.para][0]
        return q.start == ps

    def runs_on_from(self, prev: QuoteSpan, q: QuoteSpan) -> bool:
        """Whether a quote follows another of the same paragraph with only blanks between:
        the same speaker goes on ('"... in their nineties." "On a single night ..."')."""
        return bool(prev.speaker) and q.para == prev.para and self.text[prev.end:q.start].isspace()

    def follows_its_attribution(self, prev: QuoteSpan, q: QuoteSpan) -> bool:
        """Whether all that lies between two quotes of a paragraph is the one short sentence
        that attributes the first: ', said Marcus Feld, a strategist at a bank. ', or the
        attribution inside a sentence the quote is split around: ', said Kevin Dunne, a
        driver, "and ...'."""
        if not (prev.attributed and prev.speaker and q.para == prev.para):
            return False
        gap = self.text[prev.end:q.start]
        tail = gap.rstrip()
        return (
            len(gap) <= MAX_ATTRIBUTION_GAP
            and tail.endswith((".", ":", ","))
            and _SENTENCE_END_RE.search(tail[:-1]) is None
            and (_VERB_RE.search(gap) is not None or _CAME_THE_REPLY_RE.match(gap) is not None)
            # A long one only when it brings in no one else ('"...," said the minister on Wednesday,
            # but opposition spokesman Mike Nel told reporters that ... . "..."').
            and (len(gap) <= _SHORT_ATTRIBUTION_GAP or not self.index.names_someone_else(prev.end, q.start, prev.speaker))
        )

    # -------------------------------------------------------------- attribution
    def attribute(self, q: QuoteSpan) -> tuple[str | None, bool]:
        who = self.after(q)
        if who is not None:
            name = self.to_name(who[0], who[1], q.start)
            if name is not None and len(name) == 1:
                name = None  # "a target price of S$41.20": a currency's letter, no one
            if name is not None or len(who[0].split()) <= 4:
                return name, True
            # Words that name no one: the speech's own clause ("..., we are bound to see new
            # records as the climate continues to warm" in a quote that runs on), not an
            # attribution. The words before the quote may still give one.
        who = self.before(q)
        if who is not None:
            return self.to_name(who[0], who[1], q.start), True
        who = self.partial(q)
        if who is not None:
            if who[0].lower() == "it":
                return None, False  # 'what it called "reckless war drills"': no speaker to name
            return self.to_name(who[0], who[1], q.start), _words(self.text, q.start + 1, q.end - 1) >= 2
        who = self.after_a_colon(q) or self.after_reported_speech(q)
        if who is None:
            who = self.after_a_gesture(q)
            prev = self.previous
            if (
                who is not None and who[0].lower() in PRONOUN_SEX and prev is not None and prev.speaker
                and prev.para == q.para and not self.index.names_someone_else(prev.end, q.start, prev.speaker)
            ):
                # "'...,' she says. 'Nobody knew.' She pauses. '...'": the one who was speaking
                # pauses, whoever "she" was before (not when the copy names someone in between:
                # "Her husband, Sipho, sits beside her. He pauses.").
                sex = self.index.sex_of(prev.speaker) or sex_of_description(prev.speaker)
                if sex in (None, PRONOUN_SEX[who[0].lower()]):
                    return prev.speaker, True
        if who is not None:
            return self.to_name(who[0], who[1], q.start), True
        return None, False

    def person_just_before(self, pos: int) -> str | None:
        """The person the sentence before the one at ``pos`` is about, if it is about one."""
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        if k < 1:
            return None
        found = self.index.subject_between(*self.sentences[k - 1])
        return found[1] if found is not None and found[0] == "person" else None

    def titled_person_at_the_end(self, fragment: str) -> int | None:
        """Where a person named after a title starts, when the last run of ``fragment`` ends with
        one: "Bank of America CEO |Brian Moynihan"; else None."""
        run = None
        for run in _NAME_RUN_RE.finditer(fragment):  # noqa: B007 - the last run is the one wanted
            continue
        if run is None:
            return None
        toks, person, title = self.index.analyse(run.group(), None)
        if not (person and title is not None and len(toks) >= 2):
            return None
        at = run.group().find(toks[0])
        return run.start() + at if at >= 0 else None

    def unnamed_role_just_before(self, description: str, pos: int) -> str | None:
        """The person the sentence before is about, for a role the copy never gave anyone ("the
        striker", "the Suna East MP"): not one who holds an office of another kind (the manager
        or the referee who spoke of the striker, the president a senator attacks), nor one of
        the other sex ("the actress")."""
        found = self.person_just_before(pos)
        coach_spoke_last = False
        if found is None:
            prev = self.previous
            if prev is None or not prev.speaker or self.text[prev.end:pos].strip():
                return None
            found = prev.speaker  # the quote right before was the words of ...
            coach_spoke_last = True
        sex = sex_of_description(description)
        if sex is not None and self.index.sex_of(found) not in (None, sex):
            return None
        if not self.holds_an_office_of_another_kind(found):
            return None if coach_spoke_last else found  # (... the coach, else no one to read it by)
        # The sentence before is about the coach who spoke of the sprinter: the sprinter is the
        # one named in full who spoke last before the coach, if they hold no office of another kind.
        spoken = self.index.spoken
        k = len(spoken) - 1
        while k >= 0 and spoken[k] == found:
            k -= 1
        earlier = spoken[k] if k >= 0 else None
        if (
            earlier is None or len(earlier.split()) < 2 or not self.index.names_a_person(earlier)
            or self.holds_an_office_of_another_kind(earlier)
        ):
            return None
        return earlier if sex is None or self.index.sex_of(earlier) in (None, sex) else None

    def holder_not_described_since(self, roles: frozenset[str], noun: str, pos: int) -> str | None:
        """The latest person given ``roles`` before ``pos``, unless an unnamed one was described
        by ``noun`` since: "Economist Dr Aoife Brennan said ... . A doctor at the hospital, who
        asked not to be named, ... '...,' the doctor said" is the unnamed doctor."""
        holder = self.index.by_roles(roles, pos)
        if holder is None:
            return None
        last = max((m.pos for m in self.index.people_named(holder.split()[-1]) if m.pos < pos), default=0)
        # (after the sentence that names them, whose words about them describe them: "Andrea
        # Kostelecky-Marsh, a broker with Front Range Property Group")
        k = bisect.bisect_right(self.sentences, last, key=_span_start) - 1
        since = self.sentences[k][1] if k >= 0 else last
        return None if since < pos and self.described_before(noun, pos, since=since) else holder

    def holds_an_office_of_another_kind(self, name: str) -> bool:
        """Whether the copy gives the person ``name`` an office no player or performer holds."""
        roles = frozenset().union(*(
            self.index.roles_of(m) for m in self.index.people_named(name.split()[-1]) if " ".join(m.tokens) == name
        ))
        return not roles.isdisjoint(_OTHER_THAN_A_PLAYER)

    def body_with_both_words(self, qualifier: str, noun: str, pos: int) -> str | None:
        body = self.index.latest_body_named(noun, pos)
        return body if body is not None and qualifier in body.lower().split() else None

    def body_described_before(self, qualifier: str, noun: str, pos: int) -> str | None:
        """The body that spoke just before, for "the weather service said" after the National
        Weather Service or "the central bank said" after "MAS said"; not one whose own name says
        it is another ("the foreign ministry" is not "the Ministry of Defence")."""
        body = self.body_subject_before(pos, noun)
        if body is None:
            return None
        words = body.lower().split()
        if qualifier in words:
            return body
        # A body by its initials, whose name the reader may not know ("MAS", "Clare GAA", "the
        # Monetary Authority of Singapore (MAS)" said ... . '...,' the central bank said); not a
        # firm by its name ("Barclays said ... . '...,' the central bank said" is the Bank of
        # England), nor "the rival firm" or "the parent company".
        by_initials = _ACRONYM_RE.fullmatch(body.split()[-1]) is not None or f"{body} (" in self.text
        return body if by_initials and noun not in words and qualifier not in _OTHER_BODY_QUALIFIERS else None

    def namesake_just_before(self, words: list[str], name: str, pos: int) -> str:
        """For a surname alone ("Mr Doherty said") that the copy gave several people in full, the
        one who spoke in the sentence before ("His father, Declan Doherty, asked ... . '...,' Mr
        Doherty said", though the son, Cian Doherty, was named first); else ``name`` ("Her son,
        Cathal Quigley, walked with her. '...,' Quigley says" is the mother a feature is about)."""
        surname = words[-1] if words else ""
        if not (
            1 <= len(words) <= 2 and surname[:1].isupper() and name.endswith(f" {surname}")
            and (len(words) == 1 or words[0].lower().rstrip(".") in _HONORIFICS)
        ):
            return name
        if len({c.tokens for c in self.index.people_named(surname) if c.pos < pos and len(c.tokens) >= 2}) < 2:
            return name  # one person of that name: nothing to choose (and no sentence to read)
        found = self.person_just_before(pos)
        if found is None or found == name or not found.endswith(f" {surname}"):
            return name
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        s, e = self.sentences[k - 1]
        at = self.text.find(found, s, e)
        if at < 0 or _named_subject_speaks_re().match(self.text, at + len(found), e) is None:
            return name  # "Cian Doherty, 16, was described by his coach as ...": he does not speak
        sex = sex_of_word(words[0]) if len(words) == 2 else None
        return found if sex is None or self.index.sex_of(found) in (None, sex) else name

    def subject_just_before(self, pos: int, sex: str) -> str | None:
        """The person the sentence before ``pos`` is about, when they can be of ``sex`` and the
        copy gave their age there ("Mzee Samuel Keter, 70, ..."), as "the old man" then means."""
        name = self.person_just_before(pos)
        if name is None or self.index.sex_of(name) not in (None, sex):
            return None
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        s, e = self.sentences[k - 1]
        at = self.text.find(name.rsplit(None, 1)[-1], s, e)
        return name if at >= 0 and _STATED_AGE_RE.match(self.text, at + len(name.rsplit(None, 1)[-1]) - 1, e) else None

    def role_holder_just_before(self, roles: frozenset[str], pos: int) -> str | None:
        """The subject of the sentence before ``pos``, when they hold ``roles``: "Mahoney said he
        expected ... . '...,' the coach said" is Mahoney, though another coach was named since."""
        name = self.person_just_before(pos)
        if name is None:
            return None
        for m in self.index.people_named(name.rsplit(None, 1)[-1]):
            if m.pos < pos and " ".join(m.tokens) == name and _holds(roles, self.index.roles_of(m)):
                return name
        return None

    def after_reported_speech(self, q: QuoteSpan) -> tuple[str, int] | None:
        """The speaker of the sentence just before an unattributed quote in the same paragraph,
        when that sentence reports what they said: 'Leanne said the hardest part was watching
        him. "He's up at 4.30 carting water ..."'."""
        text = self.text
        ps = self.paras[q.para][0]
        end = len(text[ps:q.start].rstrip()) + ps
        if end <= ps or text[end - 1] not in ".!?" or end == q.start:
            return None
        rest = text[q.end:q.end + 2].lstrip(" \t")
        if q.closed and rest[:1] and not (rest[0].isupper() or rest[0] in "\n\"\u201c"):
            return None  # '"You are dismissed," it read.': the sentence goes on after the quote
        sstart = max(self.sentence_start(end - 1), ps)
        if _QCHAR_RE.search(text, sstart, end) or not (
            _VERB_RE.search(text, sstart, end) or _SPEECH_CUE_RE.search(text, sstart, end)
        ):
            return None  # a sentence with a quote of its own, or one that reports no speech
        aside = _SAYS_ASIDE_RE.search(text, sstart, end)
        if aside is not None and self.says_of_a_thing(sstart, aside, end):
            # "The boats, he says, are unrecognisable." and then the quote: who says so speaks.
            return aside.group(1), aside.start(1)
        return self.subject_who_reports(sstart, end)

    def subject_who_reports(self, sstart: int, end: int) -> tuple[str, int] | None:
        """The subject of the sentence text[sstart:end] when it is the one whose speech the
        sentence reports ("Leanne said the hardest part was ...", "The governor said his
        priority would be ..."), with where it stands; else None."""
        text = self.text
        found = self.sentence_subject(text[sstart:end], sstart)
        if found is None:
            role = _ROLE_REPORTS_RE.match(text, sstart, end)
            if role is not None and role.group(2) in TITLES:
                # "In his address, the governor said his priority would be ...": the office's holder.
                return role.group(1), role.start(1)
            # "Leanne said the hardest part was ...": a name the copy gave before, then the verb.
            run = _NAME_RUN_RE.match(text, sstart, end)
            if run is None or _SPEECH_AFTER_NAME_RE.match(text, run.end(), end) is None:
                return None
            found = run.group(), sstart
        if not (self.names_someone(found) or found[0].split(None, 1)[0].lower() in ("a", "an", "he", "she")):
            return None
        if _subject_then_verb_re().match(text, found[1] + len(found[0]), end) is None:
            return None  # "A man was taken to hospital, police said.": the man reports nothing
        return found

    def after_a_gesture(self, q: QuoteSpan) -> tuple[str, int] | None:
        """Who makes the gesture of the sentence right before an unattributed quote in the same
        paragraph: 'Maria Lopez ... . She pauses. "It was the hardest decision of my life."'."""
        text = self.text
        ps = self.paras[q.para][0]
        end = len(text[ps:q.start].rstrip()) + ps
        if end <= ps and q.para > 0:
            # "Asked what advice she would give, she replies at once." ending the
            # paragraph before the answer's own.
            pps, ppe = self.paras[q.para - 1]
            last = len(text[pps:ppe].rstrip()) + pps
            if last <= pps or text[last - 1] != ".":
                return None
            sstart = max(self.sentence_start(last - 1), pps)
            answer = _ANSWER_BEFORE_RE.fullmatch(text, sstart, last)
            if answer is None:
                return None
            found = answer.group("who"), answer.start("who")
            return found if found[0].lower() in PRONOUNS_PERSON or self.names_someone(found) else None
        if end <= ps or text[end - 1] not in ".!?":
            return None
        sstart = max(self.sentence_start(end - 1), ps)
        gesture = _GESTURE_BEFORE_RE.fullmatch(text, sstart, q.start)
        if gesture is None:
            return None
        found = gesture.group("who"), gesture.start("who")
        return found if found[0].lower() in PRONOUNS_PERSON or self.names_someone(found) else None

    def says_of_a_thing(self, sstart: int, aside: re.Match, end: int) -> bool:
        """Whether the sentence an aside ("he says") is set in reports no one else's words: its
        subject is a thing ("The boats, he says, are ..."), not a person or a role ("Her
        consultant, Dr Tom Reid, she says, told her", "The captain, he says, gave the order"),
        and no other verb of speech is in it."""
        subject = self.text[sstart:aside.start()].split()
        if any(
            w.lower().strip(",") in TITLES or w.lower().strip(",") in _KIN_NOUNS or w.lower().strip(",") in _SOURCE_NOUNS
            or (k > 0 and w[:1].isupper()) for k, w in enumerate(subject)
        ):
            return False
        return _VERB_RE.search(self.text, sstart, aside.start()) is None and _VERB_RE.search(self.text, aside.end(), end) is None

    def after_a_colon(self, q: QuoteSpan) -> tuple[str, int] | None:
        """The person a sentence is about, when it brings the quote with a colon and no verb
        of speech: 'Njeri Wambui-Kariuki defended the bill in a televised address: "..."'."""
        text = self.text
        ps = self.paras[q.para][0]
        colon = text.rfind(":", max(ps, q.start - 4), q.start)
        if colon < 0 or text[colon + 1:q.start].strip():
            return None
        sstart = max(self.sentence_start(colon), ps)
        own = _OWN_WORDS_BEFORE_A_COLON_RE.match(text, sstart, colon)
        if own is not None:
            # "Her answer was short:": the words of the one the sentence before
            # is about, if "her" can stand for them (not "Journalists asked Tom Hale and his
            # deputy, Ann Lee, about it. Her answer was blunt:").
            return self.owner_of_the_words(own.group(1).lower(), own.start(1))
        if _SPEECH_CUE_RE.search(text, sstart, colon) is None:
            return None  # 'was convicted of two offences: "..."': what follows is no speech
        described = None
        for described in _DESCRIBED_AFTER_A_COMMA_RE.finditer(text, sstart, colon):  # noqa: B007 - the last is the main clause's
            continue
        described = described or _DESCRIBED_AT_THE_START_RE.match(text, sstart, colon)
        if described is not None and (described.group(2).lower() in _AFFILIATIONS or described.group(2).lower() in TITLES):
            # "Asked whether she would raise it, the Pole was blunt:": a person described by a
            # nationality or a role as the main clause's subject, whom the description resolves.
            return described.group(1), described.start(1)
        found = self.sentence_subject(text[sstart:colon], sstart)
        if found is None:
            return None
        if not (self.names_someone(found) or found[0].split(None, 1)[0].lower() in ("a", "an")):
            return None
        return found

    def owner_of_the_words(self, possessive: str, pos: int) -> tuple[str, int] | None:
        """Whose "Her answer" is, at ``pos``: the one person of that sex the sentence before
        names, or, where it names no one, whom the pronoun stands for; no one where it names
        several who could be meant."""
        pronoun = _PRONOUN_OF_A_POSSESSIVE[possessive]
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        if k < 1:
            return pronoun, pos
        sex = PRONOUN_SEX.get(pronoun)
        named = {
            self.index.resolve_mention(m) for m in self.index.mentions_between(*self.sentences[k - 1])
            if m.person and len(m.tokens) >= 2
        }
        fits = [name for name in named if name and self.index.sex_of(name) in (None, sex)]
        if not named:
            return pronoun, pos
        if len(named) == 1 and _TWO_JOINED_RE.search(self.text, *self.sentences[k - 1]):
            return None  # "Manager Dan van Brody and striker Ian Kerr spoke": two, one read as a name
        return (fits[0], pos) if len(fits) == 1 else None

    def names_someone(self, found: tuple[str, int]) -> bool:
        """Whether a sentence's subject names a person: in full, or by a surname or a given name
        the copy gave someone before ("McAllister paused", "Leanne said")."""
        words = found[0].split()
        if len(words) == 1 and words[0][:1].isupper():
            return self.index.is_surname(words[0]) or self.index.earlier_person_with(words[0], found[1]) is not None
        return self.index.names_a_person(found[0])

    def after(self, q: QuoteSpan) -> tuple[str, int] | None:
        text = self.text
        end = q.end
        # The paragraph containing the quote's end: most often the one it starts in.
        ps2, pe = self.paras[q.para]
        if not ps2 <= end <= pe:
            for ps2, pe2 in self.paras[q.para + 1:q.para + 40]:
                if ps2 <= end <= pe2:
                    pe = pe2
                    break
        if not q.closed:
            # An unclosed quote cut before its attribution: ", Price said."
            m = _TAIL_ATTRIB_RE.match(text, end, pe)
            if m:
                return self.speaker_fragment(m.group("who"), m.start("who"))
            return None
        window = text[end:min(pe, end + 160)]
        read = _DOCUMENT_READ_RE.match(window)
        if read is not None:
            # '"...," the statement read.': whoever issued the statement
            doc = 1 if read.group(1) is not None else 2
            return self.speaker_fragment(read.group(doc), end + read.start(doc))
        last_inside = text[end - 2] if end - 2 > q.start else ""
        vm = _VERB_RE.search(window)
        if last_inside == "?":
            posed = _POSED_RE.match(window, len(window) - len(window.lstrip(" \t,")))
            if posed is not None:
                vm = posed  # '?" posed Faith Achieng, 29,'
        if vm is None:
            return self.after_a_long_description(end, pe)
        if vm.group() in _PARTIAL_ONLY:
            return None
        pre = window[:vm.start()]
        passive = _QUOTED_AS_RE.search(pre) if "quoted" in pre else None
        if passive is not None:
            pre = pre[:passive.start()]  # '"...," she was quoted as saying by the paper': she said it
        stripped = pre.strip().lstrip(",\u2014\u2013-").strip()
        if any(
            # a mark or the end of a sentence, not a title written short ("Capt. John Smith said")
            # nor the end of a firm's name ("Delmar Chemical Corp. said")
            bad.group("word") is None or (
                bad.group("word").lower().rstrip(".") not in _TITLES_WRITTEN_SHORT
                and bad.group("word") not in _DOTTED_NAME_ENDS
            )
            for bad in _BAD_PRE_RE.finditer(pre)
        ):
            return None
        if pre.strip().startswith((".",)):
            return None
        # Words between the quote and the verb, counted as far as the tests below need.
        nw = _words(stripped, enough=13)
        if last_inside == "." and not window.lstrip().startswith(","):
            if window[vm.end():].lstrip().startswith(":"):
                return None  # '." A BBC spokesperson said: "..."': the verb brings the next quote
            if text[max(0, q.start - 4):q.start].rstrip().endswith(":"):
                return None  # 'told the Guardian: "...." One official said': the colon's speaker said it
            if _VERB_RE.search(text, max(self.sentence_start(q.start), ps2), q.start):
                # 'told Anadolu the toll would rise "as ... medicine." Medical sources said': the
                # quote ended a sentence whose own verb brought it; the next sentence is news.
                return None
            # The quote ended its sentence: only a short name can follow before the verb, and
            # not one whose verb is in a clause about it ('." A city official, who asked not to
            # be named, said'), which opens a sentence of its own.
            if nw > 4 or not stripped or not stripped[0].isupper() or stripped.split()[-1] in _RELATIVE_PRONOUNS:
                return None
            if not _DENIALS_OF_SPEECH.isdisjoint(stripped.lower().split()[-2:]):
                # '... with a chairman.' He will not say more.': a sentence of its own that
                # says nobody spoke.
                return None
        if nw > 12:
            # A verb this far on belongs to a sentence of its own, unless all before it is the
            # speaker and a description set off by commas.
            return self.after_a_long_description(end, pe)
        if (
            stripped.endswith(",") and last_inside not in ",.!?" and stripped.islower()
            and stripped.split(None, 1)[0] in _WHEN_WORDS_AFTER_A_QUOTE
        ):
            # '"save lives" next year, said Health Secretary Wes Streeting': the time the words
            # are of, then the verb and its speaker after it
            stripped = ""
        if stripped:
            if last_inside not in ",.!?" and stripped.startswith(("and that ", "but that ")):
                # 'said in a statement that it "supports innovation" and that any conversion would
                # need certification, a process it said could take': the sentence reports more of
                # what the speaker before the quote said
                return None
            if stripped.rsplit(None, 1)[-1] in ("and", "but") and stripped[0].islower():
                # 'it "strongly supports" the measure and urged senators': the verb after the
                # quote goes on with the sentence's own subject, named before the quote (but
                # '"...," Mary Walsh smiled and said' names the speaker).
                return None
            first, _, rest = stripped.partition(" ")
            if first in _CLAUSE_CONJUNCTIONS and rest:
                # '"... transparency," though she cautioned', '"...," although Reid insisted': the
                # speaker is the clause's subject.
                stripped = rest
                first, _, rest = stripped.partition(" ")
            if last_inside not in ",.!?" and _CLAUSE_JOINED_RE.search(stripped):
                # 'its "total peace" policy, but critics say': a term in the copy's own sentence,
                # and a clause of its own after it, whose subject says something else
                return None
            if first in _PARTICIPLES_OF_SPEECH and "," not in stripped:
                # '"solid by most measures," noting that employers added ...': the sentence goes on
                # with a participle of its own subject, named before the quote.
                return None
            if (
                first == "as" and rest and "," not in rest and _words(rest, enough=7) <= 6
                and vm.group() in _AS_SOMEONE_VERBS and (last_inside == "," or pre.lstrip().startswith(","))
                and (rest[0].isupper() or rest.split(None, 1)[0] in _AS_SPEAKER_OPENERS)
            ):
                # '"a gamble," as one analyst put it': the speaker after "as"
                return self.speaker_fragment(rest, end + pre.find(rest))
            goes_on = (
                # 'that keeping the rate "for a sufficiently long period" remained appropriate, but
                # removed the phrase saying', '"a gradual easing cycle" next year, adding that': after
                # a partial quote, a verb or a time of the sentence goes on, and no one is named
                # (not '"We have waited nine hours," stranded passengers told Reuters')
                last_inside not in ",.!?" and stripped.islower()
                and (first in _WHEN_WORDS_AFTER_A_QUOTE or first.endswith("ed"))
            )
            if first in _NOT_SUBJECT_STARTS or goes_on:
                # '"north of £600m" on upgrades since 2020 but admitted': the words after the
                # quote go on with the sentence, whose speaker comes before the quote; unless
                # the sentence ends by naming who said all of it: '"no fewer than 11 warnings"
                # from engineers and tenants, presiding judge Marie-Laure Le Goff said'.
                said_by = stripped.rpartition(",")[2].strip()
                if said_by.endswith(_AUXILIARY_ENDS):
                    # '"several opportunities" to treat him, a coroner has concluded'
                    said_by = _TRAILING_AUXILIARIES_RE.sub("", said_by)
                if (
                    "," in stripped and said_by
                    and (
                        said_by[0].isupper() or said_by.split(None, 1)[0] in ("the", "a", "an")
                        or not TITLES.isdisjoint(said_by.lower().split())  # "presiding judge Marie-Laure Le Goff"
                    )
                    and _words(said_by, enough=7) <= 6
                ):
                    return self.speaker_fragment(said_by, end + pre.rfind(said_by))
                return None
            if vm.group().lower() == "according to" or stripped.lower() in _LINKING_WORDS:
                # '"like a bomb going off" and said ...': the verb after the quote goes on with
                # the sentence's own subject, which the attribution before the quote finds.
                return None
            if stripped.endswith(_AUXILIARY_ENDS):
                # '"entirely foreseeable", a coroner has said': the speaker without the auxiliary
                stripped = _TRAILING_AUXILIARIES_RE.sub("", stripped) or stripped
            clause = _RELATIVE_CLAUSE_OPENS_RE.search(stripped)
            if clause is not None and clause.start() > 0 and not _NAMED_IN_THE_CLAUSE_RE.search(stripped, clause.start()):
                # '"...," the owner, who asked not to be named, told this newspaper': the verb
                # found may be the clause's ("asked"); either way the speaker is the one it is about.
                stripped = stripped[:clause.start()]
            return self.speaker_fragment(stripped, end + pre.find(stripped))
        record = _RECORD_OF_A_BODY_RE.match(window, vm.end()) if vm.group().lower() == "according to" else None
        if record is not None:
            # '"...," according to the record of the Federal Open Market Committee's Dec. 16-17
            # gathering': the body whose record it is
            return record.group(1), end + record.start(1)
        if vm.group().lower() == "according to" and _DOCUMENT_SOURCE_RE.match(window, vm.end()):
            # '... said colleagues were running "on fumes," according to a transcript': the
            # document reports the words; the sentence's own subject said them.
            return None
        # Verb first: '," said State Department spokesperson Ned Price'.
        post = window[vm.end():]
        if "(" in post:
            # 'said deputy commissioner of police (traffic) Rohidas Pawar': where or what the office
            # is, in brackets, is blanked out (offsets kept) so the fragment runs on to the name
            post = _BRACKETED_QUALIFIER_BEFORE_A_NAME_RE.sub(lambda bracket: " " * len(bracket.group()), post)
        cut = _FRAGMENT_END_RE.search(post)
        while cut and post[cut.start()] == ".":
            # "said Col. Rosana Teixeira, ...", "said John F. Kennedy": the full stop of a title
            # or an initial, or of "U.S." ("said U.S. Senator Dana Ruiz", "said a senior U.S.
            # official"), not of the sentence.
            after_stop = post[cut.end():].lstrip()[:1]
            word = post[:cut.end()].rsplit(None, 1)[-1] if post[:cut.start()].strip() else ""
            written_short = _INITIALS_RE.fullmatch(word) or word in _DOTTED_NAME_ENDS  # "Corp. in a statement"
            if after_stop.isupper():
                if not (
                    written_short or (len(word) <= 5 and word[:-1].lower() in TITLES) or word[:-1].lower() in _TITLES_WRITTEN_SHORT
                    or word[:-1] in _NAME_PARTS_WRITTEN_SHORT  # "said Ma. Cristina Ocampo"
                ):
                    break
                following = post[cut.end():].split(None, 2)
                words_before = post[:cut.start()].split()[:-1]
                # An initial that opens a name, after the verb, another initial or a title.
                opens_a_name = not words_before or bool(_INITIALS_RE.fullmatch(words_before[-1])) or (
                    words_before[-1].lower().rstrip(".") in TITLES
                    or words_before[-1].endswith(("'s", "\u2019s")) or words_before[-1].islower()
                    # a middle initial: "said Jonathan L. Ravelo, president of ..." (not "said Nike Inc. Investors")
                    or (_INITIALS_RE.fullmatch(word) is not None and (
                        (len(words_before) == 1 and words_before[0].isalpha() and words_before[0][:1].isupper())
                        or sex_of_given_name(words_before[-1]) is not None
                    ))
                )  # ("said India's R. Ashwin, who", "said veteran journalist N. Ram, a")
                if (
                    written_short and post[cut.end():cut.end() + 1].isspace() and len(following) > 1
                    and following[1][:1].islower() and not (following[0].endswith(",") and opens_a_name)
                    # (but "said the U.S. Department of Health", "said the U.S. Food and Drug
                    # Administration": a body's name goes on)
                    and not (following[1] in ("of", "for", "on") and following[0].lower() in _BODY_HEADS)
                    and not (following[1] in ("and", "&") and len(following) > 2 and following[2][:1].isupper()
                             and word in _DOTTED_ACRONYMS)
                ):
                    # "for Plan B. Officials agreed", "the head of Plan B. Officials, however,":
                    # a sentence after it, not more of a name (but "said K. Saravanan, a
                    # professor": the name, then who he is)
                    break
            elif not (after_stop.islower() and written_short):
                break
            cut = _FRAGMENT_END_RE.search(post, cut.end())
        frag = post[:cut.start()] if cut else post
        if cut is not None and post.startswith(", who ", cut.start()):
            given = _NAME_THE_SOURCE_GIVES_RE.match(post, cut.start() + 6, cut.start() + 90)
            if given is not None:
                # '," said a fisherman, who gave his name only as Ray.': the name the source gave
                return given.group(1), end + vm.end() + given.start(1)
        if not frag.strip():
            return None
        if frag.split(None, 1)[0] in ("that", "how", "whether", "what", "why"):
            # '"...," adding that China remains on track': what follows the verb is more of the
            # speech, whose speaker the sentence named before the quote.
            return None
        if _CLAUSE_AFTER_A_SUBJECT_RE.match(frag) is not None and text[end:end + 1] not in ".!?" and window[:vm.start()].strip() == ",":
            # "Geoff Pickersgill, who started the event with 'a few neighbours ...', said the
            # village had been ...": the verb goes on with the sentence's subject, and what
            # follows it is what was said, not who said it.
            sstart = max(self.sentence_start(q.start), self.paras[q.para][0])
            head = text[sstart:q.start]
            who = _RELATIVE_CLAUSE_RE.search(head)
            return self.subject_of(head[:who.start()], sstart, q.start) if who is not None else None
        if (
            cut and post[cut.start()] == "," and (frag.strip()[0].islower() or _OWNED_ROLE_RE.fullmatch(frag.strip()))
            # (not "said the lawyer for the defendant, Mr. John Doe", "said the daughter of the
            # patient, Linda Park": the name is the one the role is of)
            and _role_of_another_re().search(frag.rstrip()) is None
        ):
            # A role and then the name in apposition: 'said the chancellor, Gwen Aldridge.'
            # ("said Labour's housing spokesman, Conor Fitzmaurice-Byrne.")
            rest = post[cut.end():]
            apposed = _apposed_titled_name_re().match(rest)
            if (
                apposed is not None and not apposed.group("run").endswith(("'s", "\u2019s"))
                and _analyse_run(apposed.group("run"), None)[1]
            ):
                # 'said the bill's sponsor, state Sen. Brenda Caldwell, R-Valdosta.'
                return self.speaker_fragment(apposed.group("name"), end + vm.end() + cut.end() + apposed.start("name"))
            rest_cut = _FRAGMENT_END_RE.search(rest)
            name = (rest[:rest_cut.start()] if rest_cut else rest).strip()
            trade = _LOWER_CASE_WORDS_RE.match(name)
            if trade is not None and all(_is_a_trade(w) or w in _GRADES_OF_A_TRADE for w in trade.group().split()):
                name = name[trade.end():]  # 'said the report's author, economist Dr Ciarán Brennan.'
            run = _NAME_RUN_RE.match(name)
            if run and _analyse_run(run.group(), None)[1]:
                # 'said the lead author, Dr Eleanor Achterberg-Shah of the University of ...'
                name = run.group()
                return self.speaker_fragment(name, end + vm.end() + cut.end() + rest.find(name))
        return self.speaker_fragment(frag.strip(), end + vm.end() + post.find(frag.strip()))

    def after_a_long_description(self, end: int, pe: int) -> tuple[str, int] | None:
        m = _APPOSED_SPEAKER_RE.match(self.text, end, min(pe, end + 320))
        if m is None:
            m = _described_then_named_re().match(self.text, end, min(pe, end + 240))
            description = self.text[end:m.start("who")].lower().split() if m is not None else ()
            if m is not None and not (_RELATIVE_PRONOUNS.isdisjoint(description) and _KIN_NOUNS.isdisjoint(description)):
                # "the mother of the 19-year-old who died ..., Shane Walsh, said": the name is whose
                # mother, or whom the description is about, not the speaker.
                m = None
        if m is None:
            return None
        return self.speaker_fragment(m.group("who"), m.start("who"))

    def before(self, q: QuoteSpan) -> tuple[str, int] | None:
        text = self.text
        ps = self.paras[q.para][0]
        if q.start == ps and q.para > 0 and text[self.paras[q.para - 1][0]:ps].rstrip().endswith(":"):
            # 'Matthew Oduya, the chief executive of NHS Providers, said:' ending the paragraph
            # before the quote's own.
            ps = self.paras[q.para - 1][0]
        lo = max(ps, q.start - 200)
        window = text[lo:q.start]
        m = _PRE_TAIL_RE.search(window, _pre_tail_start(window))
        if m is None:
            return self.named_before_a_colon(ps, q.start)
        verb_pos = lo + m.start("verb")
        verb = m.group("verb")
        while (
            (verb == "states" and _states_is_a_noun(text, verb_pos)) or (verb == "claims" and _claims_is_a_noun(text, verb_pos))
            # "praised the continued drop in arrears, but said ...": a participle after an
            # article or an owner describes a thing
            or _describes_a_thing(text, verb_pos, verb)
            # 'apologised for the "unacceptable delays"': what the apology was for, whoever's words
            or (verb in _APOLOGIES and _APOLOGY_FOR_RE.match(text, verb_pos + len(verb)) is not None)
        ):
            # "Other states say the rule is "unworkable"": the noun, and the verb after it
            m = _PRE_TAIL_RE.search(window, m.end("verb"))
            if m is None:
                return None  # 'Member states are divided over a "reparations loan"': no one speaks
            verb_pos = lo + m.start("verb")
            verb = m.group("verb")
        later = None
        for later in _VERB_RE.finditer(m.group("gap")):  # noqa: B007 - the last verb is the one wanted
            continue
        word_before = window[:m.start("verb")].rsplit(None, 1)[-1:]
        if (
            later is not None and verb in _ASKED_PARTICIPLES and later.group() not in _PARTIAL_ONLY
            and not later.group().endswith("ing")
            and text[max(self.sentence_start(verb_pos), ps):verb_pos].split() in ([], [w.capitalize() for w in word_before])
            and (not word_before or word_before[0].lower() in _OPENERS_OF_AN_ASKED_CLAUSE)
        ):
            # "But asked about the criticism, she said:", "When pressed, he told reporters:": the
            # participle opens a clause about the speaker, and the verb after it speaks, with the
            # subject after the clause's comma ("But asked about it, a spokesman for Ms Patel
            # said:" is the spokesman, whoever he speaks for).
            asked_pos = verb_pos
            verb_pos = lo + m.start("gap") + later.start()
            verb = later.group()
            later = None
            comma = text.rfind(",", asked_pos, verb_pos)
            if comma > 0 and not self.in_the_passive(verb_pos, verb):
                return self.subject_of(text[comma + 1:verb_pos], comma + 1, verb_pos)
        if later is not None and later.group() in _VERBS_OF_TELLING and verb.lower() != "according to":
            reported = self.person_reported(lo + m.start("gap"), lo + m.start("gap") + later.start())
            if reported is not None:
                return reported
        if (
            later is not None and later.group() not in _PARTIAL_ONLY and not later.group().endswith("ing")
            and verb.lower() != "according to"
            and (word_before in (["who"], ["which"], ["that"]) or (word_before and word_before[0] in _DOCUMENT_NOUNS))
        ):
            # "a mother who asked not to be named said:": the first verb is in a clause about the
            # speaker, so the verb right before the quote speaks. ("Ana Ruiz said ... and added:" keeps "said".)
            # So with a document's ("In a statement posted on Telegram, the RSF ... said").
            verb_pos = lo + m.start("gap") + later.start()
            verb = later.group()
        elif later is not None and later.group() not in _PARTIAL_ONLY and not later.group().endswith("ing"):
            # "Firefighters have responded to 11 fires, and a spokesperson for the fire service
            # said:": a clause of its own, with its own subject, speaks.
            gap = m.group("gap")
            # (or ", while", ", whereas" or a semicolon: "China's coast guard said it had expelled
            # them, while the Philippine coast guard said:")
            joint, joiner = max((gap.rfind(j, 0, later.start()), j) for j in _JOINERS_OF_CLAUSES)
            if joint >= 0:
                clause_start = lo + m.start("gap") + joint + len(joiner)
                clause_verb = lo + m.start("gap") + later.start()
                found = self.subject_of(text[clause_start:clause_verb], clause_start, clause_verb)
                if found is not None:
                    return found
        if (verb == "ruled" and text.startswith(" out", verb_pos + 5)) or (
            verb in _PARTIAL_ONLY and verb.endswith("ed") and text[max(ps, verb_pos - 3):verb_pos].rstrip().endswith(",")
            and _PASSIVE_PARTICIPLE_RE.match(text, verb_pos + len(verb)) is not None
            and text.count(",", max(self.sentence_start(verb_pos), ps), verb_pos) == 1
        ):
            return None  # "have ruled out "foul play"", "Mr Harris, praised for his "calm style"": no one's words
        if verb in _JUDGING_VERBS and (
            _words(text, q.start + 1, q.end - 1 if q.closed else q.end, enough=2) < 2 or _names_a_thing(text[q.start + 1:q.end - 1])
        ):
            return None  # 'criticised the "woke" agenda', 'praised the "Tidy Towns" volunteers': a term or a name
        if verb.lower() == "according to":
            frag = m.group("gap").strip().strip(",:").strip()
            # "According to the Pakistan Meteorological Department (PMD), the "feels like"
            # temperature": the article of the words quoted is no part of the source.
            frag = _DANGLING_ARTICLE_RE.sub("", frag)
            if frag:
                return self.speaker_fragment(frag, lo + m.start("gap"))
            return None
        if self.in_the_passive(verb_pos, verb):
            # A verb of speech in the passive has no speaker for a subject. An active one after it
            # speaks ("When the results were announced, Okafor told reporters:"), else one before
            # it ("Dr Gan replied that the timing of the next step would be announced "...""), else
            # no one ("The plan was described as "..."").
            later_pos = lo + m.start("gap") + later.start() if later is not None else -1
            if later_pos > verb_pos and not self.in_the_passive(later_pos, later.group()):
                sstart = max(self.sentence_start(later_pos), ps)
                return self.subject_of(text[sstart:later_pos], sstart, later_pos)
            return self.speaker_of_an_earlier_verb(ps, verb_pos)
        sstart = max(self.sentence_start(verb_pos), ps)
        head = text[sstart:verb_pos]
        return self.subject_of(head, sstart, verb_pos)

    def person_reported(self, gap_start: int, later_pos: int) -> tuple[str, int] | None:
        """The person another source reports as speaking, when the quote is theirs: "China's
        defence ministry said in a statement that Zhang had told Halvorsen that Taiwan was
        "..."" is Zhang's, by the ministry's account. A named person, the subject of a short
        clause after "that" that ends at the later verb of speech at ``later_pos``."""
        that = self.text.rfind(" that ", gap_start, later_pos)
        # (or with "that" left out: "The ministry said Zhang told Halvorsen that ...")
        clause_start = that + 6 if that >= 0 else gap_start
        words = self.text[clause_start:later_pos].split()
        if not 1 <= len(words) <= 4 or not words[0][:1].isupper():
            return None
        found = self.subject_of(self.text[clause_start:later_pos], clause_start, later_pos)
        if found is None or not found[0][:1].isupper():
            return None
        named = self.index.name_from(found[0], found[1])  # ("Zhang", as the copy named him before)
        return found if named is not None and self.index.names_a_person(named) else None

    def in_the_passive(self, verb_pos: int, verb: str) -> bool:
        """Whether the verb of speech at ``verb_pos`` is in the passive: a form of "be" before a
        participle ("would be announced", "was described"); not "was saying", which is active,
        nor "is said to have told", which reports the subject's words."""
        if verb.endswith("ing") or self.text.startswith(" to ", verb_pos + len(verb)):
            return False
        return self.text[max(0, verb_pos - 12):verb_pos].rsplit(None, 1)[-1:] in _BE_FORMS

    def speaker_of_an_earlier_verb(self, ps: int, verb_pos: int) -> tuple[str, int] | None:
        """The subject of the last verb of speech before ``verb_pos`` in its sentence that is
        not in the passive, if there is one."""
        sstart = max(self.sentence_start(verb_pos), ps)
        earlier = None
        for v in _VERB_RE.finditer(self.text, sstart, verb_pos):
            if not self.in_the_passive(v.start(), v.group()):
                earlier = v
        if earlier is None:
            return None
        return self.subject_of(self.text[sstart:earlier.start()], sstart, earlier.start())

    def named_before_a_colon(self, ps: int, qs: int) -> tuple[str, int] | None:
        """A paragraph that opens with who speaks and a colon, and no verb: 'Villa head coach
        Ander Ibarrola: "We showed character."', as copy lists reactions."""
        m = _NAMED_BEFORE_A_COLON_RE.fullmatch(self.text, ps, qs)
        if m is None:
            return None
        who = m.group(1).split(",", 1)[0].strip()  # "reporter Alan Fairweather-Sims, at Finch Farm:"
        run = None
        for run in _NAME_RUN_RE.finditer(who):  # noqa: B007 - the last run is the one wanted
            continue
        if run is None or run.end() != len(who) or not self.index.names_a_person(run.group()):
            return None
        before = who[:run.start()].split()
        for k, w in enumerate(before):
            if w.lower() in _OBJECT_PREPOSITIONS and not (
                w.lower() in ("of", "for") and k > 0 and before[k - 1].lower() in TITLES
            ):
                # "Tribute from the family of Ellie Hart:", "Letter to Prime Minister ...:" (but
                # "Minister for Finance Michael McGrath:", "Secretary of State Antony Blinken:")
                return None
        return self.speaker_fragment(run.group(), ps + m.start(1) + run.start())

    def partial(self, q: QuoteSpan) -> tuple[str, int] | None:
        """A quote inside a reported-speech sentence: 'Price said the US would "never ..."'."""
        text = self.text
        sstart = max(self.sentence_start(q.start), self.paras[q.para][0])
        head = text[sstart:q.start]
        at = 0
        while True:
            vm = _VERB_RE.search(head, at)
            if vm is None:
                return None
            verb = vm.group()
            if verb == "states" and _states_is_a_noun(head, vm.start()):
                at = vm.end()  # "Member states remain divided over": the noun
                continue
            if verb == "claims" and _claims_is_a_noun(head, vm.start()):
                at = vm.end()  # "has rejected opposition claims that ...": the noun
                continue
            if _describes_a_thing(head, vm.start(), verb) or (verb in _APOLOGIES and _APOLOGY_FOR_RE.match(head, vm.end()) is not None):
                at = vm.end()  # "praised the continued drop in arrears", "apologised for": a thing described
                continue
            if self.index.in_a_quote(sstart + vm.start()):
                at = vm.end()  # '"Everyone cried," said the teacher, "but ...': words spoken, not the one who speaks
                continue
            if (verb == "ruled" and head.startswith(" out", vm.end())) or (
                # "Mr Harris, praised for his "calm leadership style",": a participle about the
                # subject, who is the one praised
                verb in _PARTIAL_ONLY and verb.endswith("ed") and head[:vm.start()].rstrip().endswith(",")
                and _PASSIVE_PARTICIPLE_RE.match(head, vm.end()) is not None and head.count(",", 0, vm.start()) == 1
            ):
                at = vm.end()  # ("have ruled out "foul play"": no speech)
                continue
            clause = None
            for clause in _RELATIVE_CLAUSE_RE.finditer(head, at, vm.start()):  # noqa: B007 - the last
                continue
            if clause is None:
                break
            # "A senior official, who asked not to be named, said", "An engineer who has advised
            # the government said": the verbs of a relative clause are not the subject's own.
            if head[:clause.start()].endswith(","):
                close = head.rfind(", ", clause.end(), vm.start())  # (not the comma of "9,000")
                if close >= 0 and _MAIN_VERB_FOLLOWS_RE.fullmatch(head, close + 1, vm.start()):
                    # "The firm, which employs 300 people, said": the clause closed right before
                    # the verb, whose subject is the one before the clause (not "The driver, who
                    # is from Cork, was arrested after gardai said").
                    first = _RELATIVE_CLAUSE_RE.search(head, at, vm.start())
                    found = self.subject_of(head[:first.start() - 1], sstart, sstart + vm.start()) if first.start() == clause.start() else None
                    if found is not None:
                        return found
                    break
                at = head.find(",", vm.start()) + 1
                if at == 0:
                    return None
            else:
                at = vm.end()
        if vm.group() in _JUDGING_VERBS and _names_a_thing(text[q.start + 1:q.end - 1]):
            return None  # 'The judge ruled that the "Stop and Search" powers': a name
        verb_pos = sstart + vm.start()
        return self.subject_of(text[sstart:verb_pos], sstart, verb_pos)

    def subject_of(self, head: str, base: int, verb_pos: int) -> tuple[str, int] | None:
        """Who speaks in a clause that ends right before its speech verb."""
        stripped = head.rstrip()
        publication = _PUBLICATION_SUBJECT_RE.fullmatch(stripped)
        if publication is not None:
            return publication.group(1), base + publication.start(1)  # "Fortune magazine called Mr. Alstrom "...""
        if stripped.startswith(("The ", "the ")) and stripped.count(" ") >= 3 and "," not in stripped:
            # "The Board of Control for Cricket in India (BCCI) said:", "The Belgian presidency of
            # the EU said:": the body by its whole name (as after a quote; see to_name)
            whole = _BRACKETED_INITIALS_AT_END_RE.sub("", stripped)
            if _NATIONAL_OFFICE_OF_A_BODY_RE.fullmatch(whole) or (
                _names_a_body_head_first(whole.split()[1:]) and (" in " in whole or " to " in whole)
            ):
                return whole, base
        known = _KNOWN_ONLY_AS_RE.search(stripped) if " only as " in stripped else None
        if known is not None and stripped.endswith(","):
            # "One of the applicants, a Kurdish man identified in court documents only as A.H.,
            # told": the name the copy may give them, however short.
            return known.group(1), base + known.start(1)
        if stripped.endswith(_DAYS_ENDING_A_SUBJECT):
            when = _TRAILING_WHEN_RE.search(stripped)
            if when is not None and when.start() > 0:
                # "The World Health Organization (WHO) on Thursday described": the subject without its
                # day; before its auxiliaries, which may come first ("The court had last week said")
                stripped = stripped[:when.start()]
                head = stripped + " "
        if stripped.endswith(_AUXILIARY_ENDS):
            # "The Minister for Housing has insisted": the subject, without the verb's auxiliaries
            # (but not "Two men arrested on Monday have told": no day speaks). A passive ("Smith
            # was asked") keeps its auxiliary, and with it no speaker.
            subject = _TRAILING_AUXILIARIES_RE.sub("", stripped)
            if subject and subject.rsplit(None, 1)[-1].lower() not in _DAY_AND_MONTH_NAMES and not _ends_in_a_place_re().search(subject):
                stripped = subject
                head = stripped + " "
        if stripped.endswith(_IN_A_STATEMENT_ENDS):
            # "The Human Rights Commission of Pakistan in a statement urged": the body, not the statement
            subject = stripped[:stripped.rfind(" in ")].rstrip()
            if subject:
                stripped = subject
                head = stripped + " "
        elif stripped.endswith(",") and " in " in stripped:
            aside = _DOCUMENT_ASIDE_AT_END_RE.search(stripped)
            if aside is not None and aside.start() > 0:
                # "The Board, in a statement, said ... that "...": the Board
                stripped = stripped[:aside.start()]
                head = stripped + " "
        if stripped.endswith(")"):
            # "The Department of Foreign Affairs (DFA) said": the body, without its initials.
            bare = _BRACKETED_INITIALS_AT_END_RE.sub("", stripped)
            if bare == stripped:
                # "Deposing before Judge Asha Rao, witness Vikas Patil (31) said": the person, without the age.
                bare = _BRACKETED_AGE_AT_END_RE.sub("", stripped)
            if bare != stripped:
                stripped = bare
                head = stripped + " "
        if not stripped:
            return None
        if "," not in stripped and stripped.rsplit(None, 1)[-1:] in _BE_FORMS:
            verb = _VERB_RE.match(self.text, verb_pos)
            if verb is not None and self.in_the_passive(verb_pos, verb.group()):
                return None  # a verb in the passive: "The plan was described as "...""
        if stripped.endswith(",") or stripped.rsplit(None, 1)[-1] in ("and", "but"):
            # "..., adding, "..."", 'it "strongly supports" the measure and urged senators to pass it
            # "..."': the sentence subject speaks.
            verb = _VERB_RE.match(self.text, verb_pos) if stripped.endswith(",") else None
            if verb is not None and verb.group().endswith("ing"):
                opener = None
                for opener in _CLAUSE_OPENER_RE.finditer(stripped):  # noqa: B007 - the last
                    continue
                if opener is not None:
                    # "MPs walked out as Minister Ruwan Dissanayaka defended the package, insisting it
                    # would "...": the clause the participle goes on from has its own subject.
                    found = self.sentence_subject(stripped[opener.end():], base + opener.end(), opened=True)
                    if found is not None:
                        return found
            found = self.sentence_subject(head, base)
            if found is None and stripped.endswith(","):
                found = self.subject_before_a_closed_clause(stripped, base) or self.subject_before_an_apposition(
                    stripped, base, verb_pos
                )
            return found
        words = stripped.split()
        # (ten words: "Inspector Stephen McCance of the PSNI's Paramilitary Crime Task Force", a
        # name and the long name of the body it is of)
        tail = " ".join(words[-10:])
        # Immediate subject: "Price said", "the ministry said", "He added".
        last = words[-1].lower()
        if last in PRONOUNS_PERSON or last in PRONOUNS_OTHER:
            return last, base + stripped.rfind(words[-1])
        if last in _OWNED_ROLE_WORDS:
            owned = _owned_role_or_body_re().search(stripped)
            if owned is not None:
                # "Brazil's health ministry said", "Punjab's sports minister said": whose it is, and
                # what, as the copy describes it ("Later Acme's chief executive said", "On Monday
                # Acme's ...": without the opener). Only as the whole subject: not "A spokesperson
                # for Kenya's health ministry", "The wife of Uganda's president", "Speaking in
                # Geneva Brazil's health minister".
                opener = _OPENER_CAPS_RE.match(owned.group(1)).end()
                start = owned.start(1) + opener
                before = stripped[:start].replace(",", " ").split()
                if (
                    stripped[:start].rstrip().endswith(",")  # "In a condolence message, Punjab's sports minister"
                    or all(w.lower() in STOP_CAPS or w.lower() in _DAY_AND_MONTH_NAMES for w in before)
                ) and not (before and before[-1].lower() in _OBJECT_PREPOSITIONS):
                    return stripped[start:owned.end(1)], base + start
        if words[-1][:1].isupper() or not _SOURCE_JOINERS.isdisjoint(words[-7:-1]):
            described = self.described_source(stripped)
            if described is not None and described.end(1) == len(stripped):
                # "a spokesman for Corrib Point Developments said", "a spokesperson for the fire
                # service said": the spokesman speaks.
                return described.group(1), base + described.start(1)
        m = None
        for m in _NAME_RUN_RE.finditer(tail):  # noqa: B007 - the last run is the one wanted
            continue
        if m is not None and len(words) >= 2 and words[-2].endswith("-year-old") and last in _AFFILIATIONS:
            m = None  # "the 46-year-old Spaniard said": an age and a nationality, described below
        if m is not None and m.end() == len(tail):
            # "the Ministry of Foreign Affairs said": a body's name joined by "of".
            start = m.start()
            listed = _body_name_ending_with(tail, m) if tail.endswith((" and ", " & "), 0, start) else None
            if listed is not None:
                # "The Ministry of Consumer Affairs, Food and Public Distribution said": the whole body.
                return tail[listed:], base + len(stripped) - len(tail) + listed
            joined = _OF_JOINED_RE.search(tail, 0, start) if _has_a_joining_word(tail[:start]) else None
            before = tail[:start].rsplit(None, 2)
            offset = len(stripped) - len(tail)
            affiliation = _AFFILIATION_BEFORE_RE.search(stripped, max(0, offset - 60), offset + (start if joined is None else joined.start()))
            if affiliation is not None:
                # "Ashok Mehra at Stanmore Research said", "Minister Jonas Albrecht of the
                # center-left Social Democrats said", "Tom Hale of the Ministry of Health said":
                # the person, not the firm, the party or the body.
                # (the name read whole, though the words counted above may cut it: "Jane Doe of
                # the Democratic Alliance of Hong Kong")
                at = affiliation.start()
                person = None
                for person in _NAME_RUN_RE.finditer(stripped, 0, at):  # noqa: B007 - the last
                    continue
                words_before = [
                    w for w in stripped[:person.start()].split() if w.lower().rstrip(".") not in TITLES
                ] if person is not None else []
                if (
                    person is not None and person.end() == at and self.index.names_a_person(person.group())
                    # (not "A spokesman for Minister Stephen Donnelly at", "Doctors treating Pope
                    # Francis at": the person is whom the subject speaks for or acts on)
                    and not (words_before and words_before[-1].islower())
                ):
                    found = self.subject_of(head[:person.end()], base, verb_pos)
                    if found is not None:
                        return found
            role_of = _ROLE_OF_A_BODY_RE.search(tail, 0, start)
            if role_of is not None and not _ends_with_a_given_name(m.group()) and _speaks_for_whose_it_is(role_of.group(1)):
                # "The chief executive of Acme Holdings said", "The head of the Health Service
                # Executive has told", "The daughter of John Smith said": the office holder or
                # the relative speaks, described by whose they are.
                start = role_of.start()
                return tail[start:], base + len(stripped) - len(tail) + start
            firm = _first_part_before_an_ampersand_re().search(tail, 0, start) if "&" in tail else None
            if (
                firm is not None and _firm_with_an_ampersand(tail[firm.start():])
                and tail[:firm.start()].rstrip().rsplit(None, 1)[-1:] not in (["of"], ["for"], ["at"], ["from"], ["by"])
            ):
                # "Gulf South Power & Light said": one firm (not "Fans of Ant & Dec said")
                start = firm.start()
                return tail[start:], base + len(stripped) - len(tail) + start
            if joined is not None or firm is not None:
                # "Bank of America CEO Brian Moynihan said", "Procter & Gamble Chief Executive Jon
                # Moeller said": the person after the title, not the body before it.
                at = self.titled_person_at_the_end(tail)
                if at is not None:
                    return tail[at:], base + len(stripped) - len(tail) + at
            if joined is None and before and before[-1] in ("in", "near", "outside") and len(words) > 2:
                # "The Russian embassy in The Hague said": the place does not speak; who is in it does.
                cut = len(stripped) - len(tail) + len(tail[:start].rstrip()) - len(before[-1])
                found = self.subject_of(head[:cut], base, verb_pos)
                if found is not None:
                    return found
            if joined is not None:
                start = joined.start()
            elif len(before) >= 2 and before[-1] in ("for", "of") and _title_before(before):
                # "Minister for Housing Darragh Kelly said", "The Minister for Housing has
                # insisted": keep the title that tells the portfolio from the name.
                start = tail.rfind(before[-2], 0, start)
            elif _names_a_named_body(m.group().split()):
                # "The Securities and Exchange Commission said": the whole body, not its last part.
                start = _and_joined_start(tail, start, 0)
            elif _after_a_portfolio_word(before):
                # "Special Envoy for Sudan Caroline Hartley said", "Minister for the Environment
                # Ciarán Mulvihill said": the name after the portfolio.
                run = tail[start:].split()
                start += len(tail[start:]) - len(" ".join(_after_portfolio(run)))
            return tail[start:], base + len(stripped) - len(tail) + start
        if _RELATIVE_CLAUSE_RE.search(stripped) is not None:
            # "A nurse who asked not to be named because she is not authorised to speak to the
            # media said": the source the clause is about, not the last noun in the clause.
            described = self.described_source(stripped)
            if described is not None and _RELATIVE_CLAUSE_RE.match(stripped, described.end(1)):
                return described.group(1), base + described.start(1)
        # "the minister said": a descriptor right before the verb.
        tail_start = max(0, len(stripped) - 60)
        desc = _DESCRIPTOR_RE.search(stripped, tail_start)
        if desc and desc.group().split()[-1] not in _RELATIVE_PRONOUNS and not (
            # (the office of a title is read as the sentence's subject: "the governor's office")
            desc.group().endswith(" office") and _OFFICE_OF_A_TITLE_RE.match(desc.group()) is not None
        ):
            return desc.group().strip(), base + desc.start()
        return self.sentence_subject(head, base)

    def subject_before_an_apposition(self, stripped: str, base: int, verb_pos: int) -> tuple[str, int] | None:
        """The subject named by what it is before an apposition that closes right before the verb:
        "The company, Britain's fifth-largest supplier, said" is the company."""
        named = _DESCRIBED_SUBJECT_THEN_NAME_RE.fullmatch(stripped)
        if named is not None:
            # "The UN refugee agency, UNHCR, said": the name the apposition gives it
            return named.group("name"), base + named.start("name")
        described = _DESCRIBED_SUBJECT_THEN_APPOSITION_RE.fullmatch(stripped)
        if described is None:
            return None
        return self.subject_of(described.group(1) + " ", base + described.start(1), verb_pos)

    def subject_before_a_closed_clause(self, stripped: str, base: int) -> tuple[str, int] | None:
        """The subject before a relative clause set off by commas that closes right before the
        verb: "The owner, who asked not to be named, told the Kerry Echo:" is the owner, whom the
        clause describes; the paper is told."""
        clause = _RELATIVE_CLAUSE_RE.search(stripped)
        if clause is None or not stripped.endswith(",", 0, clause.start()) or ", " in stripped[clause.end():]:
            return None
        subject = stripped[:clause.start() - 1]
        return self.subject_of(subject + " ", base, base + len(subject) + 1)

    def sentence_subject(self, head: str, base: int, opened: bool = False) -> tuple[str, int] | None:
        words = head.split()
        # (an opening word may bring its comma: "Later, she said")
        first = words[0].lower().rstrip(",") if words else ""
        if not opened and words and (first in _CLAUSE_OPENERS or first in _OPENING_WORDS) and "," in head:
            # "When Mr. Thibodeau suggested ..., Ms. Nwosu interrupted him": the subject of the
            # main clause, after the clause that opens the sentence, from its first word.
            comma = head.index(",") + 1
            while comma < len(head) and head[comma] in " \t":
                comma += 1
            found = self.sentence_subject(head[comma:], base + comma, opened=True)
            if found is not None:
                return found
        if words and words[0].lower() in PRONOUNS_PERSON:
            return words[0].lower(), base
        aged = _AGE_SUBJECT_RE.fullmatch(head)
        if aged is not None and not (aged.group("aside") and _NAME_ASIDE_RE.fullmatch(aged.group("aside"))):
            # "The 21-year-old, signed from Marumo Gallants in July, said:": the one of that age,
            # not the club the clause names.
            return aged.group(1), base + aged.start(1)
        unnamed = self.described_source(head)
        if unnamed is not None:
            # "A spokesperson for North Korea's Foreign Ministry, quoted by ..., had warned that",
            # "On the wards, a senior nurse, who asked not to be named, said:": an unnamed source
            # is the subject, and speaks as described.
            return unnamed.group(1), base + unnamed.start(1)
        office = _OFFICE_OF_A_TITLE_RE.match(head)
        if office is not None and office.group(2) in TITLES:
            # "The governor's office said in a statement that the budget "...": the office speaks.
            return f"the {office.group(1)}", base + office.start(1)
        body = None
        body_end = portfolio_end = 0
        for m in _NAME_RUN_RE.finditer(head):
            if m.group().endswith(("'s", "\u2019s")) or head.startswith(("' ", "\u2019 "), m.end()):
                continue  # "Whitford's barrister, Andrew Chee, said", "The Weavers Arms' landlord": the owner does not speak
            if self.index.in_a_quote(base + m.start()):
                continue  # '"... for Hong Kong modern ink painting," said Vivian Cheung': the words spoken
            if m.start() < portfolio_end:
                continue
            if _in_a_relative_clause(head, m.start(), m.end()):
                continue  # "The agency, which Ruth Okafor oversees, said": the clause's own subject
            if head[max(0, m.start() - 4):m.start()] in (" of ", "for ") and (
                head.startswith(", ", m.end()) or (
                    (portfolio := _portfolio_goes_on_re().match(head, m.end())) is not None
                    and sex_of_given_name(_FIRST_WORD_AFTER_AND_RE.search(portfolio.group()).group(1)) is None
                )
            ):
                # "The Secretary of State for Wales, David Jones, said", "The Minister for Climate
                # Change and Environmental Coordination, Senator ...": what the title is of
                portfolio_end = portfolio.end() if not head.startswith(", ", m.end()) else 0
                continue
            if (
                head.endswith(", ", 0, m.start()) and _PORTFOLIO_LIST_RE.search(head, max(0, m.start() - 120), m.start())
                and sex_of_given_name(m.group().split(None, 1)[0]) is None
                and (portfolio := _portfolio_goes_on_re().match(head, m.end())) is not None
            ):
                # "The Minister for Works, Rural Roads and Highways, Mr Kwesi Boateng, said": the
                # second portfolio of the list, not the one who speaks
                portfolio_end = portfolio.end()
                continue
            if body is not None and (_BODY_JOINER_RE.fullmatch(head, body.end(), m.start()) or m.start() < body_end):
                continue  # "Commission on Human Rights", "Institute for Health and Care Excellence": the rest of the body's name
            if head.endswith((" and ", " & "), 0, m.start()) and _body_name_ending_with(head, m) is not None:
                continue  # "Ministry of Consumer Affairs, Food and Public Distribution": no one called "Public Distribution"
            if self.index.names_an_employer(base + m.end()) and sex_of_given_name(m.group().split(None, 1)[0]) is None:
                continue  # "Kingfishers coach Sharon Delacey": the coach, not the team
            if head.startswith(" & ", m.end()):
                firm = _ampersand_name_re().match(head, m.start())
                if firm is not None and _firm_with_an_ampersand(firm.group()):
                    return firm.group(), base + m.start()  # "Gulf South Power & Light said": one firm
            toks, person, _ = self.index.analyse(m.group(), None)
            if person and head.startswith(" and ", m.end()) and sex_of_given_name(toks[0]) is None:
                titled = _NAME_RUN_RE.match(head, m.end() + 5)
                if titled is not None and self.index.analyse(titled.group(), None)[2] is not None:
                    continue  # "Disaster Management and Relief Secretary Md Rezaul Karim": a portfolio, then the one who holds it
            if toks and (person or self.index.is_surname(toks[-1])):
                rest = _and_body_after_re().match(head, m.end()) if head.startswith((" and ", " & "), m.end()) else None
                if rest is not None and sex_of_given_name(toks[0]) is None and _names_a_named_body(rest.group().split()[1:]):
                    # "Dubai Culture and Arts Authority (Dubai Culture) said": one body, not a person.
                    return head[m.start():rest.end()], base + m.start()
                held = _title_before(head[max(0, m.start() - 40):m.start()].rsplit(None, 2)) if head.endswith(" of the ", 0, m.start()) else None
                if held is not None and held.endswith(_OF_THE):
                    # "Leader of the Opposition C.N. Manjunath Hegde said": the house the title is of,
                    # then the name (read with the title, as the index reads it)
                    named = self.index.analyse(m.group(), held)[0]
                    at = m.group().find(named[0]) if named else -1
                    if at > 0:
                        return m.group()[at:], base + m.start() + at
                return m.group(), base + m.start()
            if body is None and len(toks) >= 2 and toks[-1].lower() in _BODY_HEADS:
                body = m
                body_end = _body_name_end(head, m.start())
        if body is not None:
            # No person: the body that is the sentence's subject speaks ("The International
            # Monetary Fund, which ..., said in a statement that it remained "..."), by its whole
            # name ("The Economic Community of West African States (ECOWAS) said ...").
            start = _and_joined_start(head, body.start(), 0)
            end = _body_name_end(head, body.start())
            its_voice = _SPOKESPERSON_AFTER_A_BODY_RE.match(head, end)
            if its_voice is not None:
                end = its_voice.end()  # "Iran's Foreign Ministry spokesman condemned the move as"
            whole = head[start:end]
            opener = _opener_length(whole)
            return whole[opener:], base + start + opener
        kin = _PRONOUN_KIN_RE.fullmatch(head.strip())
        if kin is not None:
            return kin.group(), base + head.find(kin.group())  # "Her mother said:"
        kin = _KIN_OF_SOMEONE_SUBJECT_RE.match(head, len(head) - len(head.lstrip()))
        if kin is not None and not head[kin.end():].strip():
            # "The boy's mother said:", "In a statement, the victim's father said:", "the boy's
            # family said:": an unnamed relative of someone the copy is about, or their family.
            return kin.group(1), base + kin.start(1)
        acronym = _ACRONYM_SUBJECT_RE.match(head)
        if acronym is not None and _RELATIVE_CLAUSE_RE.search(head, acronym.end()) is None:
            # (not "The FBI arrested the suspect after a tip from someone who described him as":
            # the clause that speaks has a subject of its own)
            # "The RSF denied targeting civilians and said it was "..."": a body by its initials
            # opens the clause, and a verb follows.
            return acronym.group(1), base + acronym.start(1)
        return None

    def described_source(self, head: str) -> re.Match | None:
        """An unnamed source that is the subject of a clause (group 1): "a spokesman for the
        council", at the start, after an opening phrase ("On the wards, a senior nurse") or a
        clause joined by ", and" or ", but", with no one named before it or right after it. After
        any other comma it is an apposition: "The defence minister, an ally of the president, said"."""
        given = _name_the_source_gives(head)
        if given is not None:
            # "A fisherman, who gave his name only as Ray, said", "One witness, who would give only
            # her first name, Jasmine,": the name given
            return given
        listed = _source_of_a_listed_body_re().match(head) if _may_be_a_source_of_a_listed_body(head) else None
        if listed is not None:
            return listed
        unnamed = _UNNAMED_SUBJECT_RE.search(head)
        if unnamed is None:
            return None
        opening = head[:unnamed.start(1)].strip()
        if opening and opening not in ("But", "And", "Yet") and not (
            opening.endswith((", and", ", but"))
            or (
                opening.endswith(",") and opening.split(None, 1)[0].lower() in _OPENING_WORDS
                # No one named in it: "Her husband, Geoffrey, a former postman, drove her" (a day
                # is no one: "Late on Monday, a spokesperson said").
                and (
                    not any(w[:1].isupper() and w.rstrip(",").lower() not in _DAY_AND_MONTH_NAMES for w in opening.split()[1:])
                    # a place: "In Beijing, a spokesperson for China's Foreign Ministry said"
                    or _OPENING_PLACE_RE.fullmatch(opening) is not None
                )
            )
        ):
            return None
        apposed_pieces = head[unnamed.end():].lstrip(" ,").split(",", 2)
        apposed = apposed_pieces[0]
        if len(apposed_pieces) > 1 and apposed.startswith("who ") and len(apposed.split()) <= 5:
            apposed = apposed_pieces[1].strip()  # "A rider who was thrown clear, Efua Mensah, ...": past the clause
        if (
            self.index.names_a_person(opening)
            # (but "A spokeswoman for Age Action" speaks for whoever the name is)
            or (
                self.index.names_a_person(unnamed.group(1)) and _SPOKESPERSON_FOR_RE.match(unnamed.group(1)) is None
                and _PLACE_BEFORE_A_PERSON_NOUN_RE.match(unnamed.group(1)) is None
            )
            # "A spokesman for the RSF, Yousif Idris, said": the source is named after all.
            or self.index.names_a_person(apposed)
            # "An industry body, the Housing Delivery Forum, said": so is a body, by its own name.
            or (
                head.startswith(",", unnamed.end()) and apposed.startswith("the ")
                and len(apposed.split()) >= 2 and _names_a_named_body(apposed.split()[1:])
            )
        ):
            return None
        return unnamed

    def described_subject(self, sentence: str) -> str | None:
        """The unnamed source a sentence opens with, after at most an opening phrase ("In
        response, a spokesman for the developer said ..."), when the description names someone
        who can speak ("spokesman", "official", a role or trade), not a thing ("a leaking roof")."""
        described = self.described_source(sentence)
        if described is None:
            return None
        if described.re is _NAME_THE_SOURCE_GIVES_RE:
            return described.group(1)  # "A fisherman, who gave his name only as Ray, said"
        words = described.group(1).split()
        head = next(
            (
                w for k, w in enumerate(words)
                if k + 1 == len(words) or words[k + 1] in _SOURCE_JOINERS or words[k + 1] in ("based", "on")
                # "a woman sheltering at the school hall" (not "a senior marketing manager")
                or (k > 0 and words[k + 1].endswith("ing") and k + 2 < len(words) and words[k + 2] in _PARTICIPLE_PREPOSITIONS)
            ),
            "",
        )  # "a spokesman for ...", "a stock agent based in Coonabri", "a manager on Old Ife Road"
        low = head.lower().strip(".,")
        if low in TITLES or low in _SOURCE_NOUNS:
            return described.group(1)
        if (low in _PEOPLE_NOUNS or low in _TRADE_TITLES) and _SPOKE_AFTER_DESCRIPTION_RE.match(sentence, described.end(1)):
            # "A woman sheltering at the school hall, who did not want to be named, said ...": anyone
            # described, once the sentence says they spoke (not "A man was killed in the crash").
            return described.group(1)
        return None

    def described_before(self, noun: str, pos: int, since: int = 0) -> str | None:
        """The latest unnamed source described with ``noun`` before ``pos`` (and after
        ``since``): "A city official, who ...", "a diplomat from a European country"."""
        found = None
        # (a noun in capitals as written: "One Fianna F\u00e1il TD ... the TD said")
        written = noun if noun.isupper() else noun.lower()
        start = max(0, since, pos - 3000)
        if self.text.find(written, start, pos) < 0:
            # Every match lies between ``start`` and ``pos`` and holds the noun as written, so
            # without it there the long pattern can find nothing.
            return None
        # (what follows the noun may hold a number's comma or stop: "a cooperative with 9,800 members")
        pattern = _pattern(
            rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:(?!(?:the|a|an|and|or|that|this|is|was|are|were)\s)(?:[^\W\d_][\w'\-+&]*|(?:[A-Z]\.){{2,}}|St\.)\s+){{0,4}}?"
            # (or a body's name in capitals joined by "for", "of" or "and": "A Department for
            # Infrastructure and Transport spokeswoman")
            rf"|(?:[A-Z][\w'\-+&]*\s+(?:(?:for|of|and)\s+)?){{1,6}}?)"
            rf"{re.escape(written)}"
            rf"(?:\s+(?:from|at|in|with|for|of|to|on(?=\s+the\s+(?!(?:condition|basis|grounds|understanding|phone|telephone|sidelines|occasion)\b)(?!(?:day|eve|night|morning|afternoon|evening|weekend|date)\s+of\b))|close\s+to|familiar\s+with)\s+(?:[^,.;:\"\u201c\u201d]|(?<=\d)[,.](?=\d)){{1,60}})?(?=[\s,.;:])"
        )
        for m in pattern.finditer(self.text, start, pos):
            if m.group().startswith("One") and _CAPITALISED_WORD_BEFORE_RE.search(self.text, 0, m.start()):
                continue  # a name that ends in "One": "League One club official Mark Ellis"
            if not self.index.in_a_quote(m.start()):
                found = m.group()  # not words spoken: '"That is a conversation the district ..."'
        if found:
            verb = _verb_in_description(found)
            if verb is not None and verb.start() > 0:
                found = found[:verb.start()].strip()  # "A spokesperson for X said the company had"
            own = _SOURCES_OWN_VERB_RE.search(found)
            if own is not None:
                found = found[:own.start()]  # "A spokesperson for X welcomed the move but said"
            # ("a senior official in Ouagadougou who asked not to be identified": the clause about
            # the source is no part of the description)
            found = _TRAILING_RELATIVE_PRONOUN_RE.sub("", found)
        return found

    def unnamed_holder_before(self, title: str, pos: int) -> str | None:
        """For "the TD said": an unnamed source described with that title in capitals who opens a
        sentence or a clause and speaks ("One Fianna F\u00e1il TD said"; not "has been an MP for
        Leeds North since 2005", nor "will choose a new MP")."""
        found = None
        pattern = _pattern(
            # (a paragraph's start too)
            rf"(?m:^|(?<=[.!?]\s)|(?<=,\s))((?:One|Another|An?|one|another|an?)\s+(?:[^\W\d_][\w'\-]*\s+){{0,3}}"
            rf"{re.escape(title)})(?=,|\s+(?:said|says|told|added|who)\b)"
        )
        for m in pattern.finditer(self.text, max(0, pos - 2000), pos):
            if not self.index.in_a_quote(m.start()):
                found = m.group(1)
        return found

    def owned_before(self, noun: str, pos: int) -> str | None:
        """For "the bank said": the body described with ``noun`` after its owner that spoke in
        one of the few sentences before ("Brazil's central bank raised its key rate ... . '...,'
        the bank said"), as it was described."""
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        for j in range(k, max(-1, k - 4), -1):
            s, e = self.sentences[j]
            owned = _owned_subject_re().match(self.text, s, min(e, pos))
            if owned is not None and owned.group("noun") == noun and not self.index.in_a_quote(owned.start("who")):
                return owned.group("who")
        return None

    def is_an_obituary(self) -> bool:
        return self.index.is_an_obituary()

    def holder_by_initials(self, initials: str, pos: int) -> str | None:
        """The person last named after the title whose words' initials are ``initials``
        ("Chief Election Commissioner AMM Shafiqul Kabir" for "the CEC"), within a few
        paragraphs before ``pos``; else None."""
        found = None
        n = len(initials)
        for m in _NAME_RUN_RE.finditer(self.text, max(0, pos - 3000), pos):
            words = m.group().split()
            if (
                len(words) > n + 1 and "".join(w[0] for w in words[:n]) == initials
                and words[n - 1].lower() in TITLES and not self.index.in_a_quote(m.start())
            ):
                toks, person, _ = self.index.analyse(" ".join(words[n - 1:]), None)
                if person:
                    found = " ".join(toks)
        return found

    def pronoun_antecedent(self, pos: int, pronoun: str | None = None) -> str | None:
        """Who "he" or "she" is: the subject of the nearest earlier sentence that has one,
        passing over sentences whose subject is itself a pronoun ("Sorensen conceded. In a
        speech, she said ... . "...," she said."), else the latest person named. A subject
        known to be of the other sex is passed over too, for someone of the pronoun's sex
        named in the same sentence or before it."""
        sex = PRONOUN_SEX.get(pronoun) if pronoun else None
        index = self.index
        # Once a subject of the other sex has been passed over, the nearest subject is no
        # longer the plain reading: an earlier one is taken only when known to be of the
        # pronoun's sex, and otherwise the latest person named who can be.
        passed_over = False
        chained = False  # passed over a sentence about "he" or "she" again
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        if k >= 0 and self.sentences[k][0] < pos:
            # "Dr Ibrahim Sule-Lawal told journalists that the ultimatum expired without what he
            # called '...'": a pronoun after the verb by which its sentence's subject speaks is
            # that subject (but in 'Mark Bell had "scored 20 goals," he said' no one spoke before it).
            s = self.sentences[k][0]
            verb = _VERB_RE.search(self.text, s, pos)
            told = _OBJECT_PRONOUN_RE.match(self.text, verb.end()) if verb is not None else None
            if told is not None and PRONOUN_SEX[told.group(1).lower()] == sex:
                verb = None  # "Officer Kamau told her the boy had 'died at the scene,' she said": the one told
            found = self.subject_of(self.text[s:verb.start()], s, verb.start()) if verb is not None else None
            if found is None and sex is not None and _RELATIVE_BEFORE_RE.search(self.text, max(s, pos - 12), pos):
                # "Colonel Domingos Nhaga read a statement in which he said ...": in a clause that
                # hangs on the sentence, its subject, when known to be of the pronoun's sex.
                subject = index.subject_between(s, pos)
                if subject is not None and subject[0] == "person" and index.sex_of(subject[1]) == sex:
                    return subject[1]
            if found is not None and found[0].lower() not in PRONOUNS_PERSON:
                name = index.name_from(found[0], found[1])
                words = name.split() if name is not None else ()
                if words and not _names_a_body(words, [w.lower() for w in words]) and (
                    sex is None or index.sex_of(name) in (None, sex)
                ):
                    return name
        # Five sentences back, and five more behind each that opens with "she" again: an
        # obituary or a profile goes on about its subject for paragraphs, naming others on the
        # way (not '"...," she said', which may be anyone's words).
        floor = max(-1, k - 6)
        j = k
        only_the_pronoun_since = True  # every sentence after this one is about "she" again
        while j - 1 > floor:
            j -= 1
            s, e = self.sentences[j]
            if j < k - 1 and only_the_pronoun_since and sex is not None:
                # "An affected employee, who declined to be named, said ... . '...,' she said. She
                # said she ... . '...,' she said": the one described, however many sentences back
                # (who spoke there: not "A teacher at her school entered her for a scholarship")
                spoke = _VERB_RE.search(self.text, s, e) or _AGREED_TO_SPEAK_RE.search(self.text, s, e)
                described = self.described_source_of(self.text[s:e]) if spoke else None
                if described is not None and len(described.split()) <= 8 and sex_of_description(described) in (None, sex):
                    return described
            if j == k - 1:
                # "..., local fire chief Jhon Fredy Restrepo told EFE. '...,' he said": the one who
                # spoke in the sentence before, wherever in it they are named.
                spoke = self.person_who_spoke_between(s, e, sex)
                if spoke is not None:
                    return spoke
                sentence = self.text[s:e]
                epithet = _EPITHET_SUBJECT_RE.match(sentence)
                if epithet is not None:
                    # "The sprinter will receive a bonus. '...,' he said.": whoever the sprinter is.
                    described = "the " + epithet.group(1)
                    who = self.to_name(described, s, s)
                    if who is not None and who != described and (sex is None or index.sex_of(who) in (None, sex)):
                        return who
                office = _OFFICE_SUBJECT_RE.match(sentence)
                if office is not None:
                    # "The prime minister rejected that characterization. '...,' he told the
                    # House": whoever holds the office, or the office as the copy names it.
                    who = self.to_name(f"the {office.group(1)}", s, s)
                    if who is not None and (sex is None or index.sex_of(who) in (None, sex)):
                        return who
                family = _FAMILY_SUBJECT_RE.match(sentence) if sex is not None else None
                if family is not None:
                    # "The Kowalskis say they plan to ... . '...,' she said": the one of them of her sex.
                    member = self.index.family_member(family.group(1), sex, s)
                    if member is not None:
                        return member
                # "A spokesman for the developer said ... . '...,' he said.": the spokesman again.
                described = self.described_source_of(sentence)
                if described is not None and sex_of_description(described) in (None, sex):
                    return described
                kin = _KIN_OF_SOMEONE_SUBJECT_RE.match(sentence)
                if kin is not None and _SPOKE_AFTER_DESCRIPTION_RE.match(sentence, kin.end()) and (
                    sex is None or sex_of_word(kin.group(2)) in (None, sex)
                ) and kin.group(2) not in _KIN_OF_MANY:
                    # "The woman's granddaughter, who asked not to be named, said ... . '...,' she told
                    # the paper": a relative of someone the copy is about, unnamed
                    return kin.group(1)
                kin = _KIN_OF_SOMEONE_DESCRIBED_RE.match(sentence) if sex is not None else None
                if kin is not None and _SPOKE_AFTER_DESCRIPTION_RE.match(sentence, kin.end()) and (
                    sex_of_word(kin.group(2)) in (None, sex)
                ) and not self.index.names_a_person(kin.group(1).split(" of ", 1)[1]):
                    # "The mother of one of the boys, who cannot be named, said ... . '...,' she said"
                    # (but "The daughter of John Smith" is named where the copy names her)
                    return "t" + kin.group(1)[1:]
                kin = _PRONOUNS_KIN_SPOKE_RE.match(sentence) if sex is not None else None
                if kin is not None and sex_of_word(kin.group(2)) in (None, sex):
                    # "Her father, a bank clerk, put it more bluntly. '...,' he said": the father
                    # (or whoever the copy names as such: "His daughter, Dr. Ruth Lane, said")
                    owner, kin_word = kin.group(1).split(None, 1)
                    name = None
                    for named in _named_kin_re(owner, kin_word).finditer(self.text, max(0, s - 3000), e):
                        # the person in it, after any words of what they do ("Kenya Airways pilot John Mwangi")
                        run = next((m for m in _NAME_RUN_RE.finditer(named.group(1)) if index.names_a_person(m.group())), None)
                        if run is not None:
                            name = index.name_from(run.group(), named.start(1) + run.start()) or run.group()
                    if name is not None:
                        return name
                    met_before = _pattern(
                        rf"\b{owner.lower()}\s+(?:{_KIN_SYNONYMS.get(kin_word, kin_word)})\b", re.IGNORECASE
                    ).search(self.text[max(0, s - 3000):s])
                    if met_before is None:
                        # Named nowhere, and first met here: the relative, unnamed. (One met
                        # before, "It is a question her son hears a lot. Mark Lee ...", may be named
                        # in a way no pattern reads, and is left to the readings below.)
                        return kin.group(1)[0].lower() + kin.group(1)[1:]
            found = index.subject_between(s, e)
            only_the_pronoun_since = (
                only_the_pronoun_since and found is not None and found[0] == "pronoun" and PRONOUN_SEX[found[1]] == sex
                # (a sentence that opens with it or with her words: not "Prime Minister Theresa May
                # said she was aware")
                and (_PRONOUN_OPENS_RE.match(self.text, s, e) is not None or self.text[s] in "\"\u201c\u2018'")
            )
            if found is None or sex is None and found[0] != "person":
                continue
            if found[0] == "person":
                subject_sex = index.sex_of(found[1]) if sex is not None else None
                if subject_sex == sex or (subject_sex is None and not passed_over):
                    if chained and sex is not None and self.is_an_obituary():
                        # In an obituary, "Kemble, 88, said in an interview. ... By 1989 he
                        # commanded U.S. Army Europe. '...,' he said in a 2003 oral history": after
                        # a sentence that went on about "he", the one who died, named far more often
                        # (in other copy "he" may well be the one who just spoke).
                        return index.main_person_before(pos, sex, found[1]) or found[1]
                    return found[1]
            else:
                subject_sex = PRONOUN_SEX[found[1]]
                if subject_sex == sex:
                    if _PRONOUN_OPENS_RE.match(self.text, s, e):
                        floor = max(-1, j - 6, k - 40)
                    # Narrative about "he" ("By 1989 he commanded ..."), not "He said the
                    # investigation was continuing", which is how anyone who spoke goes on.
                    told = _PRONOUN_RE.search(self.text, s, e)
                    chained = chained or (told is not None and _VERB_RE.match(self.text, told.end() + 1, e) is None)
                    continue  # "she" again: the same person, further back
            if subject_sex is not None:
                # "He took Bello off and hugged her. '...,' she said.": someone of the
                # pronoun's sex named in a sentence about someone else.
                passed_over = True
                # (in an obituary, after sentences about "he" all the way back to his parents: the
                # one who died, not his father named beside his mother)
                main = self.the_one_who_died(pos, sex) if chained else None
                if main is not None:
                    return main
                other = index.person_of_sex_between(s, e, sex)
                if other is not None:
                    return other
        # Sentences about "he" all the way back, in an obituary: the one who died, not whoever
        # was named last (a producer who signed him, a critic who reviewed him).
        main = self.the_one_who_died(pos, sex) if chained else None
        if main is not None:
            return main
        return index.latest_person(pos, sex)

    def described_source_of(self, sentence: str) -> str | None:
        """The unnamed source a sentence is about and who speaks in it ("A spokesman for the
        developer said ..."), not one spoken of ("A driver earns about N180,000 a month, he says.")."""
        if not _A_SOURCE_RE.search(sentence) or _PRONOUN_SAYS_RE.search(sentence):
            return None
        return self.described_subject(sentence)

    def the_one_who_died(self, pos: int, sex: str | None) -> str | None:
        """In an obituary, the person of ``sex`` the copy before ``pos`` is about; else None."""
        if sex is None or not self.is_an_obituary():
            return None
        return self.index.main_person_before(pos, sex, "")

    def body_subject_before(self, pos: int, noun: str | None = None) -> str | None:
        """What "it" is in '"...," it said': the body that opens one of the few sentences
        before as their speaker ("Lille city hall said in a statement that ...", "The agency
        said ..."), resolved as its own attribution would be; never a person. With ``noun``
        ("the union said"), only a body that sentence calls so: "The National Air Traffic
        Controllers Association, the union representing controllers, said"."""
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        for j in range(k, max(-1, k - 4), -1):
            s, e = self.sentences[j]
            m = _body_subject_re().match(self.text, s, e)
            if m is None or m.start("who") >= pos:
                continue
            if m.group("reacted") and j != k - 1:
                # A body that only reacted speaks for "it" in the sentence right after (not 'North
                # Korea welcomed what it called "..."', nor "Unite urged ... . Ryanair hit back.
                # '...,' it said").
                if j == k or noun is not None:
                    continue
                return None
            if m.group("reacted") and noun is not None:
                continue
            if m.group("answered") and "statement" not in m.group():
                # (only a denial in a statement of its own speaks: not "The junta denied the
                # allegations made by Human Rights Watch", whose words may follow)
                continue
            # (without the time that opens its sentence: "On Monday the board said")
            who = _TIME_OPENER_RE.sub("", m.group("who"))
            if _CONJUNCTION_OPENING_RE.sub("", who).lower() in ("it", "its"):
                continue  # "But it says ...": "it" again, named further back
            if noun is not None and who.lower() == f"the {noun}":
                return None  # "the board", described so and no more: as written
            if noun is not None and not _pattern(rf"\b{noun}\b", re.IGNORECASE).search(m.group()) and not (
                # "The World Food Programme said last week ... . '...,' the agency said": the body
                # that spoke in the sentence just before, unless its name calls it something
                # else ("The Health Ministry said ... . '...,' the agency said"). Not a union, a
                # regulator or a watchdog, which the copy sets against the body that spoke
                # ("Royal Mail said ... . '...,' the union said").
                j == k - 1 and who.split()[-1].lower() not in _GENERIC_BODY_WORDS
                and noun not in _COUNTERPARTY_BODY_WORDS and _may_be_called(who, noun)
            ):
                return None
            if m.group("body") or (" & " in who and _firm_with_an_ampersand(who[_opener_length(who):])):
                return who[_opener_length(who):]  # ("Pacific Gas & Electric": one firm)
            if m.group("described"):
                found = self.to_name(who, m.start("who"), pos)
                return None if found is None or self.index.names_a_person(found) else found
            words = who.lower().split()
            if (
                words[-1] in _PLURAL_SPEAKERS or words[0] in PRONOUNS_PERSON
                # "Acme's chief executive said" (but "Rwanda's government welcomed the deal")
                or (("'s" in who or "\u2019s" in who) and words[-1] not in _OWNED_BODY_WORDS)
                or (
                    # (but "The Garda Representative Association", "Brackley Aggregates": what
                    # "it" is, a body, whose name may hold a title word or look like a person's)
                    words[-1] not in _BODY_HEADS and (not TITLES.isdisjoint(words) or (
                        # (a firm's name ends in a plural, "Brackley Aggregates"; "Keir Starmer" is a person)
                        self.index.names_a_person(who)
                        and not (len(words) >= 2 and words[-1].endswith("s") and not words[-1].endswith("ss"))
                        # ("Bluenose Power, the province's main electricity utility, said ... the
                        # utility said"; not "Sarah Kim, the company's finance chief, said")
                        and not (noun is not None and _pattern(rf"\b{noun},\s*\w+$", re.IGNORECASE).search(m.group()))
                    ))
                )
            ):
                return None  # "Officials said", "She said", "Acme's chief executive said": not what "it" is
            if who.split()[-1].islower() and not who.lower().startswith("the "):
                return who  # "Lille city hall": a body described, which speaks as described
            return self.to_name(who, m.start("who"), pos)
        return None

    def kin_named_before(self, pronoun: str, kin: str, pos: int) -> str | None:
        """The person last named as "<pronoun> <kin>, Name" before ``pos``: "her mother, Rangi"."""
        found = None
        pattern = _pattern(rf"\b{pronoun}[ \t]+{kin},?[ \t]+({_FIRST_CAP}(?:[ \t]+{_CAP}){{0,3}})", re.IGNORECASE)
        for m in pattern.finditer(self.text, max(0, pos - 2000), pos):
            if m.group(1)[:1].isupper() and not self.index.in_a_quote(m.start()):
                found = m
        if found is None:
            return None
        return self.index.name_from(found.group(1), found.start(1)) or found.group(1)

    def person_who_spoke_between(
        self, s: int, e: int, sex: str | None, speech_after_name: re.Pattern = _SPEECH_AFTER_NAME_RE
    ) -> str | None:
        """The person named right before a verb of speech in text[s:e] ("Jhon Fredy Restrepo told
        EFE"), if there is one and only one, and they can be of ``sex``."""
        found = None
        for m in self.index.mentions_between(s, e):
            if not self.index.names_a_known_person(m):
                continue
            before = self.text[max(s, m.pos - 24):m.pos].split()
            if before and before[-1].lower() in _OBJECT_PREPOSITIONS and not (
                before[-1] in ("for", "of") and len(before) >= 2 and before[-2][:1].isupper()
                and before[-2].lower() in TITLES and before[-2].lower() not in _TRADE_TITLES
                and before[-2].lower() not in _ACTS_FOR_ANOTHER  # ("Counsel for Gerard Hutch said": his counsel)
            ):
                # "of the Institute of Population Studies said": part of what names the speaker
                # (but "County Executive for Health Evelyn Atieno said": a portfolio, then the holder)
                continue
            run = _NAME_RUN_RE.match(self.text, m.pos)
            if run is None or (
                speech_after_name.match(self.text, run.end(), e) is None
                and not (
                    self.text.endswith(", ", s, m.pos)
                    and _SPEECH_AFTER_APPOSED_NAME_RE.match(self.text, run.end(), e) is not None
                )
            ):
                continue
            name = self.index.resolve_mention(m)
            if found is not None and found != name:
                return None  # two speakers: the usual reading of the sentence decides
            found = name
        if found is not None and sex is not None and self.index.sex_of(found) not in (None, sex):
            return None
        return found

    def statement_issuer(self, pos: int, document: str = "statement") -> str | None:
        """The body or person last said to have spoken in a statement (or another
        ``document``) before ``pos``: "The Hamilton Police Service said in a statement", "In a
        statement, Lanterfield said", "CMRL, in a release, said"; a person by their fullest name."""
        found = None
        text, lo = self.text, max(0, pos - 3000)
        # The pattern is tried only in the words just before each mention of the document, so a
        # long run of capitals elsewhere costs nothing.
        at = text.find(document, lo, pos)
        while at >= 0:
            for m in _statement_issuer_re().finditer(text, max(lo, at - 300), min(pos, at + len(document) + 120)):
                if _pattern(rf"\b{document}\b").search(m.group()) and all(
                    # "In a statement, board chair Harkiran Sandhu-Bell said" (not "the family of Ciar\u00e1n Walsh")
                    w in TITLES or w in ORG_WORDS for w in (m.group("titles") or "").split()
                ) and (m.group("holder") is None or (
                    self.index.names_a_person(m.group("holder")) and _an_office_one_holds(m.group("office"))
                )):
                    found = m
            at = text.find(document, at + 1, pos)
        unnamed = self.unnamed_statement_issuer(pos, document)
        if unnamed is not None and (found is None or unnamed.start("who") > found.start()):
            # (the later statement: "Acme said in a statement ... . On Tuesday, in an emailed
            # statement, a spokesperson for the regulator said")
            who = unnamed.group("who")
            # ("In a statement, a defiant Johnson said": the person, named in full)
            return self.named_after_a_mood(who, unnamed.start("who")) or who
        if found is None:
            return None
        apposed = found.group("apposed") or found.group("holder")
        if apposed is not None and self.index.names_a_person(apposed):
            return self.index.name_from(apposed, found.start("apposed")) or apposed.strip()
        name = found.group("before") or found.group("aside") or found.group("after")
        if name[:4].lower() == "the " and name[4:].islower():
            # "the university said in a statement": the university named before, if any.
            return self.to_name(name, found.start(), found.start()) or name
        name = name[_opener_length(name):]
        if _ACRONYM_RE.fullmatch(name):
            # "In a statement, HSI said" after "Health Services Ireland (HSI)": the body by its name
            return self.index.spelled_out(name, found.start()) or name
        if " " not in name and self.index.is_surname(name):
            return self.index.resolve((name,), found.start())
        if (
            (_has_a_joining_word(name) and _BODY_NAME_RE.fullmatch(name)) or not self.index.names_a_person(name)
            or found.group("described")
            or name.rsplit(None, 1)[-1].islower()  # "Mayor Ellen Whitcombe's office": not the mayor herself
        ):
            return name  # "Joint Chiefs of Staff"; "the national health authority, Health Ireland,"
        return self.to_name(name, found.start(), found.start()) or name

    def unnamed_statement_issuer(self, pos: int, document: str) -> re.Match | None:
        """Who issued a statement when no one is named as doing so: an unnamed source ("In an
        emailed statement, a spokesperson for the health ministry said") or someone's own people
        ("In a statement, Mr Aziz's family described him as ..."), as the sentence describes them."""
        text = self.text
        at = text.rfind(document, max(0, pos - 1500), pos)
        if at < 0:
            return None
        m = _UNNAMED_ISSUER_RE.search(text, max(0, at - 40), min(pos, at + 240))
        if m is None or m.start("document") > at:
            m = _UNNAMED_ISSUER_FIRST_RE.search(text, max(0, at - 100), at + len(document))
            if m is None or m.end("document") != at + len(document):
                return None
        if self.index.in_a_quote(m.start()):
            return None
        return m

    def person_of_age(self, age: str, pos: int) -> str | None:
        """Who "the 23-year-old" is: the person last given that age ("Ben Ade, 23,", "Ben Ade,
        aged 23,"); if the copy gives nobody's age, the person the sentences before are about."""
        stated, aged = self.last_given_age(pos, lambda given: given == age)
        if stated is not None:
            return stated
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        if _STATED_AGE_RE.search(self.text, 0, pos):
            # Ages are given, but not this one: only someone who spoke in the sentence before,
            # and whose age the copy has not given, is "the 30-year-old" ("Tariq said the win
            # ... . '...,' the 30-year-old said").
            spoke = self.person_who_spoke_between(*self.sentences[k - 1], None) if k >= 1 else None
            if spoke is None and k >= 1:
                # Or the one it is about: "Britain's Oliver Kent completed the podium. '...,' the
                # 24-year-old said".
                found = self.index.subject_between(*self.sentences[k - 1])
                spoke = found[1] if found is not None and found[0] == "person" else None
            if spoke is None or _given_another_age(spoke, aged):
                return None
            # Not one named by an office ("Prosecutor Jane Doe told the court ... . '...,' the
            # 30-year-old said" is the accused): copy names those by their office, not their age.
            return None if self.named_by_an_office(spoke) else spoke
        for j in range(k - 1, max(-1, k - 4), -1):
            if j == k - 1:
                sentence = self.text[self.sentences[j][0]:self.sentences[j][1]]
                described = (
                    self.described_subject(sentence)
                    if _A_SOURCE_RE.match(sentence) and _ANONYMITY_RE.search(sentence) else None
                )
                if described is not None:
                    # "A Kanata man, who asked not to be named, told the Citizen ... . '...,' the
                    # 88-year-old said": the man, unnamed (not the paper he told).
                    return described
            found = self.index.subject_between(*self.sentences[j])
            if found is not None and found[0] == "person":
                if j < k - 1 and (self.named_by_an_office(found[1]) or not self.may_be_of_age(found[1], age)):
                    return None
                return found[1]
            if found is not None and found[1] in PRONOUNS_PERSON:
                continue  # "Last month, she loaded ...": the same person, named further back.
            if any(self.index.names_a_known_person(m) for m in self.index.mentions_between(*self.sentences[j])):
                return None
            # "A crowd of 28,406 watched ...": a sentence that names no one is not about
            # someone else; the person is named further back.
        return None

    def last_speaker_if_no_one_else(self, pos: int, age: str | None = None) -> str | None:
        """For "the 46-year-old" or "the Spaniard": the speaker of the quote before, named in
        full, when no other person is named between it and ``pos`` and it is at most two
        paragraphs back ('"...," Llorente-Ibarra said. ... Asked whether the pressure was growing
        on him, the 46-year-old said: "..."'); with an age, not one the copy gives another age
        or a senior office at that age."""
        prev = self.previous
        if prev is None or not prev.speaker or prev.end > pos or " " not in prev.speaker:
            return None
        if age is not None:
            aged = self.last_given_age(pos, lambda given: given == age)[1]
            if _given_another_age(prev.speaker, aged):
                return None  # "Manager Tom Hale, 52, said ... . '...,' the 19-year-old said"
            if not self.may_be_of_age(prev.speaker, age):
                return None  # "Coach Maria Santos said ... . '...,' the 17-year-old said": no coach is 17
        k = bisect.bisect_right(self.paras, pos, key=_span_start) - 1
        if k - prev.para > 2 or self.index.names_someone_else(prev.end, pos, prev.speaker):
            return None
        return prev.speaker

    def speaker_just_before(self, pos: int, document: str) -> str | None:
        """The speaker of the quote before, in the same paragraph or the one before ``pos``, said
        there to have spoken in that ``document``, when no one else is named since: 'Marchetti's
        family said in a statement Thursday that they were "overwhelmed with gratitude." / "...,"
        the statement said.' (not '"...," the release said. "...," the letter said')."""
        prev = self.previous
        if prev is None or not prev.speaker or prev.end > pos:
            return None
        k = bisect.bisect_right(self.paras, pos, key=_span_start) - 1
        if k - prev.para > 1 or self.index.names_someone_else(prev.end, pos, prev.speaker):
            return None
        # (in the sentence of that quote, and no one speaking since: not 'The boy's family said in a
        # statement that ... . Police said the driver had been charged. "...," the statement said')
        if self.text.find(document, self.sentence_start(prev.start), prev.start) < 0:
            return None
        if _VERB_RE.search(self.text, prev.end, pos) is not None:
            return None
        return prev.speaker

    def only_person_just_before(self, pos: int) -> str | None:
        """The person who spoke in the sentence before ``pos`` ("Fernández de Córdoba, who beat
        American Tyler Brooks, said he had watched ..."), or the person it is about when it names
        no one else."""
        k = bisect.bisect_right(self.sentences, pos, key=_span_start) - 1
        if k < 1:
            return None
        spoke = self.person_who_spoke_between(*self.sentences[k - 1], None)
        if spoke is not None:
            return spoke
        found = self.person_just_before(pos)
        if found is None:
            return None
        named = {
            self.index.resolve_mention(m) for m in self.index.mentions_between(*self.sentences[k - 1])
            if self.index.names_a_known_person(m)
        }
        return found if named == {found} else None

    def may_be_of_age(self, name: str, age: str) -> bool:
        """Whether a person the copy gives a role ("Coach Maria Santos") may be "the N-year-old":
        only as a grown adult."""
        return not self.index.holds_an_office(name) or (age.isdigit() and int(age) >= 30)

    def named_by_an_office(self, name: str) -> bool:
        return any(m.title in _OFFICES_NOT_AGES for m in self.index.people_named(name.split()[-1]))

    def last_given_age(self, pos: int, fits) -> tuple[str | None, set[str]]:
        """The person last given an age that ``fits`` before ``pos`` ("Ben Ade, 23,", "the
        21-year-old Chelsea midfielder Cole Palmer"), and the last words of the names given
        another age, as written."""
        stated = None
        aged = set()
        for m in _age_with_name_re().finditer(self.text, max(0, pos - 5000), pos):
            if fits(m.group("age") or m.group("age_before")):
                stated = m
            elif m.group("name"):
                aged.add(" ".join(m.group("name").split()[-2:]))
        if stated is None:
            return None, aged
        if stated.group("name"):
            return self.index.name_from(stated.group("name"), stated.start("name")), aged
        # "the 21-year-old Chelsea midfielder Cole Palmer": the person in the words that follow.
        at = stated.start("name_after")
        clause = self.text[at:at + 80].split(",", 1)[0].split(". ", 1)[0]
        return self.index.name_from(clause, at), aged

    def speaker_fragment(self, frag: str, pos: int) -> tuple[str, int] | None:
        # (a headline's "'...': ex-municipal manager tells inquiry" brings its colon)
        bare = frag.lstrip().lstrip(",:").lstrip()
        pos += len(frag) - len(bare)
        frag = bare.rstrip().rstrip(",").rstrip()
        joined = _CONJUNCTION_OPENING_RE.match(frag)
        if joined is not None and joined.end() < len(frag):
            # "But it says the fact that ... 'deprived the system of ...'": the clause's subject
            pos += joined.end()
            frag = frag[joined.end():]
        given = _name_the_source_gives(frag)
        if given is not None:
            # '"...," said a neighbour, who gave her name only as Tasha.': the name the source gave
            return given.group(1), pos + given.start(1)
        if "  " in frag:
            frag = " ".join(frag.split())  # (a bracket blanked out, see after)
        if not frag:
            return None
        return frag, pos

    def lawmaker_of_party(self, party: str, pos: int) -> str | None:
        """The person last given ``party`` before ``pos``, by its initial in brackets after the
        name ("Roger Tate (R-Ala.)") or in apposition ("Tuberville, an Alabama Republican,")."""
        found = None
        marks = rf"\({party[0]}-[A-Z]|,\s+an?\s+(?:[A-Z][\w.]*\s+){{1,3}}{party}\b"
        for mark in re.finditer(marks, self.text[:pos]):
            run = _name_run_at_end_re().search(self.text, max(0, mark.start() - 60), mark.start())
            if run is not None:
                found = run.group(1)
        if found is None:
            return None
        toks, _, title = self.index.analyse(found, None)
        return self.index.resolve(toks, pos, title) if toks else None

    def named_after_a_mood(self, frag: str, pos: int) -> str | None:
        """'"...," said a smiling Anjali': the person a word or two of how they looked or felt
        describe, by name (resolved as any name is: "Anjali Mohan"); not "a senior official" or
        "a former Acme aide", which name no one, nor "a smiling fan", who is unnamed."""
        mood = _mood_before_a_name_re().fullmatch(frag)
        if mood is None or not _MOOD_WORDS_EXCLUDED.isdisjoint(mood.group(1).split()):
            return None
        toks, person, _ = self.index.analyse(mood.group(2), None)
        if not toks or not (person or self.index.is_surname(toks[-1]) or self.index.earlier_person_with(toks[0], pos)):
            return None
        return self.index.name_from(mood.group(2), pos + mood.start(2))

    def to_name(self, frag: str, pos: int, quote_start: int) -> str | None:
        if frag.endswith(".") and _ONLY_INITIALS_RE.fullmatch(frag):
            return frag  # "A.H.", as a court lets an applicant be named
        low = frag.lower()
        if low in PRONOUNS_PERSON:
            return self.pronoun_antecedent(min(pos, quote_start), low)
        if " in charge " in low:
            title, _, named = frag.partition(" in Charge " if " in Charge " in frag else " in charge ")
            if title and title.split()[-1].lower() in TITLES and named[:1].isupper():
                # "Special Agent in Charge Dana Ruiz of the FBI's Miami field office": the title
                # runs on past "in Charge", and the name follows it
                return self.to_name(named, pos + len(frag) - len(named), quote_start)
        if _PUBLICATION_SUBJECT_RE.fullmatch(frag):
            return frag  # "Fortune magazine": the publication by its name and what it is
        whose_document = _WHOSE_DOCUMENT_RE.fullmatch(low)
        if whose_document is not None:
            # '"...," his statement said' after "Mayor Nathan Albright said in a statement": the
            # person who issued it (not the nearest man: "Judge Marsh sentenced Ryan Cole")
            issuer = self.statement_issuer(min(pos, quote_start), whose_document.group(2))
            if issuer is not None and self.index.names_a_person(issuer):
                return issuer
            return frag
        if low == "counsel":
            # '"...," counsel said', as Irish and British court reports write it: "the counsel".
            return self.to_name("the counsel", pos, quote_start)
        if low == "it":
            return self.body_subject_before(min(pos, quote_start))
        if " " not in frag and low in TITLES and frag[:1].isupper() and self.text[max(0, pos - 4):pos].lower() == "the ":
            # "..., the Taoiseach replied:": the holder of the office, as "the Taoiseach said" is
            held = self.to_name(f"the {frag}", pos, quote_start)
            if held is not None and held.lower() != f"the {low}":
                return held
        initials = _THE_INITIALS_RE.fullmatch(frag)
        if initials is not None:
            held = self.holder_by_initials(initials.group(1), min(pos, quote_start))
            if held is not None:
                return held  # "the CEC told reporters" after "Chief Election Commissioner AMM Shafiqul Kabir"
        if frag.split(None, 1)[0] in _NAMED_EVENTS and " " in frag:
            return None  # "Storm Isolde: 'Danger to life' warning": a storm says nothing
        written = _WRITTEN_FROM_RE.fullmatch(frag)
        if written is not None:
            # "A letter from the family's relationship manager ... noted that": whoever wrote it
            return self.to_name(written.group(1), pos + written.start(1), quote_start)
        kin = _PRONOUN_KIN_RE.fullmatch(frag)
        named = self.kin_named_before(kin.group(1).lower(), kin.group(2).lower(), min(pos, quote_start)) if kin else None
        if named is not None:
            # "his father said", "Her mother said:": the relative the copy named so before ("She
            # said her mother, Rangi, had left school at 15"); else read as before.
            return named
        if _KIN_OF_SOMEONE_SUBJECT_RE.fullmatch(frag) is not None:
            # "Smith's wife said", "the victim's father said": the relative, described by whose they
            # are (never the one they are related to, who may be the man the court jailed).
            return frag
        party = _PARTY_EPITHET_RE.fullmatch(frag)
        if party is not None:
            # '"...," the Alabama Republican said': a lawmaker by their state and party, as American
            # copy names one it gave the party before ("Sen. Roger Tate (R-Ala.)"), else as written.
            return self.lawmaker_of_party(party.group(1), min(pos, quote_start)) or frag
        if low.endswith(("spokesman", "spokeswoman", "spokesperson")) and frag.split(None, 1)[0].endswith(("'s", "\u2019s")):
            body = frag.rsplit(None, 1)[0].split()[1:]
            if body and _names_a_named_body(body):
                # "Iran's Foreign Ministry spokesman": the body's spokesman, as the copy describes
                # them (but "the Kremlin spokesman" is the one named so before)
                return frag
        acronym = frag[4:] if low.startswith("the ") else frag
        if acronym[:1].isupper() and acronym.isalpha() and not acronym.isupper() and 3 <= len(acronym) <= 8:
            # "Salga said" after "the South African Local Government Association (Salga)": initials
            # written as a word, as South African and British papers write them, by the name they stand for.
            spelled = self.index.spelled_out(acronym, min(pos, quote_start))
            if spelled is not None and _abbreviates(acronym, spelled):
                return spelled  # (not "Alphabet (Google)", nor a nickname: "Rodolfo (Rody) Macaraeg")
        if _ACRONYM_RE.fullmatch(acronym):
            # "the CMSA said" after "the China Manned Space Agency (CMSA)": the body by its name.
            spelled = self.index.spelled_out(acronym, min(pos, quote_start))
            if spelled is None and low.startswith("the ") and acronym.lower() in TITLES:
                # "the MP said", "the IGP said": the holder of that title named before.
                roles = frozenset({_role(acronym.lower())})
                holder = self.role_holder_just_before(roles, min(pos, quote_start)) or self.index.by_roles(roles, pos)
                if holder and not self.index.named_as_former(holder):
                    return holder
                # "One Fianna F\u00e1il TD said ... . '...,' the TD said": the one described so
                described = self.unnamed_holder_before(acronym, min(pos, quote_start))
                if described is not None:
                    return described
            if spelled is None and low.startswith("the ") and acronym in _OFFICE_INITIALS:
                # "the CS said" after "Treasury Cabinet Secretary Daniel Rono": the office written out.
                office = f"the {_OFFICE_INITIALS[acronym]}"
                found = self.to_name(office, pos, quote_start)
                # (not "Former prime minister Tom Hale attacked the plan. '...,' the PM said")
                return frag if found == office or (found and self.index.named_as_former(found)) else found
            # "the TBI said" after "the Tennessee Bureau of Investigation, which is handling the case"
            return spelled or self.index.body_by_initials(acronym, min(pos, quote_start)) or frag
        if low == "they":
            # '"We looked at the referendum route," they said' after "A cabinet member, who asked
            # not to be named, said ...": one unnamed source, whom the copy gives no sex.
            k = bisect.bisect_right(self.sentences, quote_start, key=_span_start) - 1
            if k >= 1:
                described = self.described_subject(self.text[slice(*self.sentences[k - 1])])
                if described is not None and described.split(None, 1)[0].lower() in ("a", "an", "one"):
                    return described
            return None
        if low in PRONOUNS_OTHER:
            return None
        if " in " in frag and _POST_IN_A_PLACE_RE.fullmatch(frag):
            return frag  # (not "Kyiv", nor "Russian", as a name)
        if (" of " in frag or " to " in frag) and _NATIONAL_OFFICE_OF_A_BODY_RE.fullmatch(frag):
            return frag
        if "(" in frag:
            bare = _BRACKETED_QUALIFIER_BEFORE_A_NAME_RE.sub("", frag)
            if bare != frag:
                # 'said deputy commissioner of police (traffic) Rohidas Pawar': the title and the name
                return self.to_name(bare, pos, quote_start)
        if "," in frag and low.startswith(("the ", "a ", "an ")):
            # '"...," the Red Cross coordinator on El Hierro, Juan Carlos Armas, told EFE': the
            # person named after the description (not the place or the body in it)
            named = frag.rpartition(",")[2].strip()
            if _NAME_RUN_RE.fullmatch(named) and self.index.names_a_person(named):
                found = self.index.name_from(named, pos + frag.rfind(named))
                if found is not None:
                    return found
        issued = _STATEMENT_FROM_RE.fullmatch(frag)
        if issued is not None:
            # "A statement from the Westmoor branch of Unison said": who issued it speaks, as
            # described when the words say what of a body it is, else resolved as a name.
            issuer = _ISSUER_TAIL_RE.sub("", issued.group(1))  # ("from Downing Street last night", "from the HSE to The Irish Times")
            if any(w.islower() and w not in ("of", "on", "for", "and", "the") for w in issuer.split()):
                return issuer
            return self.to_name(issuer, pos + issued.start(1), quote_start)
        if low == "another":
            # '"...," one delegate said. Another said ...': another of those the copy described.
            one = None
            for m in _one_source_re().finditer(self.text, max(0, pos - 400), pos):
                if _NOT_A_SOURCE_WORDS.isdisjoint(m.group(1).split()):
                    one = m  # the last: "one delegate said", not "one in five residents said"
            return f"another {one.group(1)}" if one is not None else frag
        generation = _ELDER_OR_YOUNGER_RE.fullmatch(frag)
        if generation is not None:
            return self.index.of_a_generation(generation.group(2), generation.group(1) != "younger", pos) or frag
        generation = _SURNAME_SENIOR_OR_JUNIOR_RE.fullmatch(frag)
        if generation is not None:
            elder = generation.group(2).lower().startswith("s")
            # (or, when the copy names one of them only, that one: "Dermot Hayes and his son Liam")
            return (
                self.index.of_a_generation(generation.group(1), elder, pos)
                or self.to_name(generation.group(1), pos, quote_start) or frag
            )
        age = _AGE_DESCRIPTION_RE.fullmatch(low)
        if age:
            # "said the 23-year-old": the person whose age the copy gave ("Ben Ade, 23,"), else the
            # one the sentence before is about; else the words as written.
            return (
                self.person_of_age(age.group(1), min(pos, quote_start))
                or self.last_speaker_if_no_one_else(pos, age.group(1)) or frag
            )
        body = _BRACKETED_INITIALS_AT_END_RE.sub("", frag).split()
        if body[:1] in (["the"], ["The"]):
            body = body[1:]
        if _names_a_body_head_first(body) and (" in " in frag or " to " in frag):
            # "the Board of Control for Cricket in India (BCCI)": the body by its whole name, which
            # opens with what it is and names a place or a body in it (not "Board", its first run
            # of capitals, nor "India")
            return " ".join(body)
        words = frag.split()
        if 2 <= len(words) <= 5 and words[0] == "the" and words[-1] in _PERSON_DESCRIPTIONS:
            # "the Thrissur native said": the person the sentence before is about, unless the copy
            # calls them by a role ("Coach Tom Hale praised ... . '...,' the rookie said").
            found = self.person_just_before(min(pos, quote_start))
            if found is not None and not (words[-1] in _YOUNG_DESCRIPTIONS and self.index.holds_an_office(found)):
                return found
        if len(words) == 2 and words[0].lower() == "the" and words[1][0].isupper() and words[1].lower() in _AFFILIATIONS:
            # "..., and Stefan Lindqvist, the Middlesbrough head coach, did not hide his
            # irritation. '...,' the Swede said": the one person the sentence before names
            # (not "Alcaraz beat Sinner. '...,' the Italian said", which names two).
            found = self.only_person_just_before(min(pos, quote_start)) or self.last_speaker_if_no_one_else(pos)
            return found or frag  # (a nationality or a party is no one's name: "the Pole", not "Pole")
        if low in _TEENAGER_WORDS:
            # "said the teenager" after "Kinsella, 19,": the person last given an age in their teens.
            at = min(pos, quote_start)
            teen = self.last_given_age(at, _is_a_teenage_age)[0]
            last_named = self.text.rfind(teen.split()[-1], 0, at) if teen is not None else -1
            if teen is not None and _UNNAMED_TEENAGER_RE.search(self.text, max(0, last_named), at) is None:
                # (not past "A 16-year-old boy, who cannot be named," described since)
                return teen
            if (
                teen is None and _UNNAMED_TEENAGER_RE.search(self.text, max(0, at - 3000), at) is None
                and _STATED_AGE_RE.search(self.text, 0, at) is None
            ):
                # No one's age given ("Kevin is 19" said only inside a quote): the person the
                # sentence before is about, as for "the striker".
                found = self.person_just_before(at)
                if found is not None and not self.holds_an_office_of_another_kind(found):
                    return found
        if frag.startswith("@"):
            # "wrote @leeds_mum84 on X": the account speaks.
            return frag.split(None, 1)[0].rstrip(".,:;")
        first = words[0].lower() if words else ""
        if len(words) == 2 and first in ("her", "his") and words[1].lower() in _KIN_NOUNS:
            # "her husband replied" after "Gloria and Dwayne Pettigrew": her relative of that
            # sex who shares her surname, else the words as written.
            owner = self.pronoun_antecedent(min(pos, quote_start), first)
            relative = self.index.relative_of(owner, words[1].lower(), pos) if owner else None
            return relative or frag
        if first in ("a", "an") and len(words) >= 3:
            named = self.named_after_a_mood(frag, pos)
            if named is not None:
                return named
        if (
            first in ("a", "an") and len(words) >= 4 and words[-2] == "the" and words[-1] in TITLES
            and words[-1] not in _TRADE_TITLES and words[-3].lower() not in _OBJECT_PREPOSITIONS
            and not words[-3].endswith(("ing", "ed"))  # "a lawyer representing the driver", "a nurse who treated"
        ):
            # "a period the judge described as "..."": what the judge said of it, with the
            # relative pronoun left out; the judge speaks.
            return self.to_name(" ".join(words[-2:]), pos, quote_start)
        if first in ("a", "an", "one", "another") and (
            # "An Alder Hey spokesperson": what the source is comes last, whatever names it holds.
            (words[-1] in TITLES or words[-1] in _SOURCE_NOUNS) or not self.index.names_a_person(frag)
            # "a spokesperson for Southwest Power & Light", "a spokeswoman for Age Action": whoever
            # they speak for, the source is the spokesperson (as "a spokesman for Prince Harry"),
            # unless named after a comma ("a spokeswoman for Ryanair, Sarah Jenkins")
            or (_SPOKESPERSON_FOR_RE.match(frag) is not None and not self.index.names_a_person(frag.partition(",")[2]))
        ):
            # An unnamed source, described: "a senior Egyptian official, who asked not to be
            # named", "a spokesperson for Schiphol". The description is the speaker.
            listed = _source_of_a_listed_body_re().match(frag) if _may_be_a_source_of_a_listed_body(frag) else None
            if listed is not None:
                return listed.group(1)  # "A Department for Environment, Food and Rural Affairs spokesperson"
            cut = _APPOSITION_CUT_RE.search(frag)
            remit = _REMIT_LIST_RE.match(frag, cut.start()) if cut is not None else None
            if remit is not None:
                cut = _APPOSITION_CUT_RE.search(frag, remit.end())
            head = (frag[:cut.start()] if cut is not None else frag).strip()
            # "a European diplomat who spoke on condition of anonymity": the source is the diplomat.
            head = _RELATIVE_CLAUSE_RE.split(head, 1)[0].strip()
            verb = _verb_in_description(head)
            if verb is not None and verb.start() > 0:
                head = head[:verb.start()].strip()  # "a spokesperson for X said the company had"
            head = _TRAILING_WHEN_RE.sub("", head)  # "A former tahsildar on Monday told ..."
            aux = _AUXILIARY_IN_DESCRIPTION_RE.search(head)
            if aux is not None and _CLAUSE_WORD_RE.search(head, 0, aux.start()) is None:
                head = head[:aux.start()]  # "One Eastmoor player was overheard telling" (not "familiar with what was discussed")
            # The remit of a body is several words long, as a body's name may be after "for":
            # "A spokesperson for the Department of Foreign Affairs and Trade".
            longest = 12 if remit is not None or _SPOKESPERSON_FOR_RE.match(head) else 10
            # (no figures in a description, but an age: "a 40-year-old man who lives nearby")
            return head if 1 < len(head.split()) <= longest and not any(ch.isdigit() for ch in _AGED_RE.sub("", head)) else None
        if (
            2 <= len(words) <= 4 and words[-1] in _GROUP_SOURCES and words[0][:1].isupper()
            and sex_of_given_name(words[0]) is None and all(w.isalpha() for w in words)
            and not self.index.names_a_person(" ".join(words[:-1]))
        ):
            return frag  # "Israeli officials", "Medical sources": a group, described; no one named "Israeli"
        roles = _as_shadows_where_said(frozenset(_role(w.lower()) for w in words[1:] if w.lower() in TITLES), words)
        if first == "the" and len(words) >= 3 and _names_a_named_body(words[1:]):
            return " ".join(words[1:])  # "the Omani Foreign Ministry": not a foreign minister
        party = words
        if len(words) == 1 and frag.istitle():
            # "Liberty and Order, which won 28 seats, said": the first part of the name before "and",
            # at the sentence's start
            first_part = _FIRST_PART_OF_A_PARTY_RE.search(self.text, max(0, pos - 30), pos)
            if first_part is not None:
                party = [first_part.group(1), "and", frag]
        if (
            len(party) == 3 and party[1] == "and" and party[0].istitle() and party[2].istitle()
            and not any(sex_of_given_name(w) is not None or self.index.is_surname(w) for w in (party[0], party[2]))
        ):
            return " ".join(party)  # "Law and Justice said", "Liberty and Order": a party's name (not "Smith and Jones")
        # (the first part of up to four words: "National Flood Risk Reduction and Management Council")
        joiner = next((k for k in (1, 2, 3, 4) if k < len(words) - 1 and words[k] in ("and", "&")), 0)
        # "Securities and Exchange Commission"; but "Barclays and Lloyds Banking Group" are two,
        # the second a whole name of its own.
        long_name = words[-1] in _LONG_NAME_HEADS.split("|")  # "... and Downstream Petroleum Regulatory Authority"
        if joiner and len(words) - joiner <= (5 if long_name else 3) and _names_a_named_body(words) and sex_of_given_name(words[0]) is None:
            # "Securities and Exchange Commission", "Dubai Culture and Arts Authority": one body,
            # not a person named "Securities" (but "Mary Brown and Finance Ministry" are two).
            return frag
        if (
            first == "the" and roles and len(words) <= 6 and words[-1].lower() not in _BODY_HEADS - TITLES
            and not self.index.names_a_person(frag)
        ):
            # "the crown prince", "the detective": the person given those roles earlier, or
            # else the description itself ("the Brazilian president"); one of the word's sex, where
            # it has one ("the congresswoman" is no congressman).
            sex = sex_of_word(words[-1])
            holder = self.role_holder_just_before(roles, min(pos, quote_start)) or self.holder_not_described_since(
                roles, words[-1], pos
            )
            if holder is not None and sex is not None and self.index.sex_of(holder) not in (None, sex):
                holder = None
            return (
                holder
                or self.described_before(words[-1], pos)
                or (len(words) == 2 and words[1] in _EPITHET_ROLES and self.unnamed_role_just_before(frag, min(pos, quote_start)))
                or (
                    len(words) >= 3 and words[-1].lower() in _SEAT_TITLES
                    and all(w[0].isupper() and w.lower() not in _AFFILIATIONS for w in words[1:-1])
                    and self.unnamed_role_just_before(frag, min(pos, quote_start))
                )
                or frag
            )
        if first == "the" and len(words) == 2 and words[1] in _DOCUMENT_NOUNS:
            # '"...," the statement said': whoever said it in a statement before, else the
            # document as written (not "a statement", found in "said in a statement").
            return self.statement_issuer(pos, words[1]) or self.speaker_just_before(quote_start, words[1]) or frag
        if first == "the" and len(words) == 2 and not self.index.names_a_person(frag) and words[1].lower() != "bench":
            # "the official", "the diplomat": the source described earlier ("A city official"),
            # but "the bench" speaks as the bench, not as the judges "a division bench of" names.
            earlier = self.described_before(words[-1], pos)
            at = self.text.rfind(earlier, 0, pos) if earlier and words[1] in _GENERIC_BODY_WORDS else -1
            word_before = self.text[max(0, at - 20):at].split() if at > 0 else []
            if word_before and word_before[-1] in _PREPOSITIONS_BEFORE_AN_OBJECT:
                # "the largest fine imposed on a French company", "awarded to an Indian company": a
                # body the copy names as the object of a preposition is no source ("the company
                # said" is then what it always says)
                earlier = None
            if earlier:
                return earlier
        if first == "the" and len(words) == 3 and words[2].islower():
            # "the public servant", "the aid worker": the same, described by two words ("a
            # senior public servant who has worked on the project said"); "the U.S. official"
            # after "A senior U.S. official".
            if words[1].islower():
                earlier = self.described_before(f"{words[1]} {words[2]}", pos)
            else:
                earlier = self.described_before(words[2], pos) if "." in words[1] or words[1].isupper() else None
                if earlier is not None and words[1] not in earlier.split():
                    earlier = None
            if earlier:
                return earlier
        if first == "the" and len(words) <= 4 and not _AGE_WORDS.isdisjoint(words) and words[-1].islower():
            sex = sex_of_description(frag)
            if sex is not None:
                # "Mzee Samuel Keter, 70, said ... . '...,' the old man said": the subject of the
                # sentence before, if of that sex ("the man said" alone may be anyone).
                return self.subject_just_before(min(pos, quote_start), sex) or frag
        body = frag[4:] if first == "the" else frag
        holder = _HOLDER_AFTER_A_PORTFOLIO_RE.match(body)
        if holder is not None:
            # "Minister of Electricity and Energy Sipho Dlamini": the holder after the portfolio,
            # from the first given name the lists know
            rest = holder.group(1).split()
            k = next((k for k in range(1, len(rest) - 1) if sex_of_given_name(rest[k]) is not None), None)
            if k is not None:
                return self.index.resolve(tuple(rest[k:]), pos + len(frag) - len(" ".join(rest[k:])))
        if _has_a_joining_word(body) and (_BODY_NAME_RE.fullmatch(body) or _listed_body_name_re().fullmatch(body)) and (
            # "Ministry of Industry and Information Technology": what comes after the body's
            # head word is its remit, whoever it sounds like (but "Minister of State Ann Lee").
            _BODY_JOINER_RE.split(body, 1)[0].split()[-1].lower() in _BODY_HEADS - TITLES
            or not self.index.names_a_person(body)
        ) and self.titled_person_at_the_end(body) is None:
            return body  # "Ministry of Foreign Affairs", "Bank of England" (not "Centre for Policy Studies Director X")
        if first == "the" and len(words) == 2 and words[1].istitle() and words[1].lower() in _BODY_HEADS - TITLES:
            # "the Board said", "the Ministry said": the body named so before, its head word
            # capitalised as in its name ("the Railway Board", "the Ministry of Health").
            named_so = self.index.latest_body_named(words[1].lower(), pos)
            if named_so is not None and len(named_so.split()) > 1:
                # Only the one such body named: after "The Court of Appeal overturned a decision of
                # the High Court", "the Court" could be either.
                other = self.index.latest_body_named(words[1].lower(), max(0, self.text.rfind(named_so, 0, pos)))
                if other is None or other == named_so:
                    return named_so
                return frag
        if (
            first == "the" and len(words) <= 6 and words[-1].islower() and words[-1] not in _NOT_SUBJECT_STARTS
            and not self.index.names_a_person(frag)
        ):
            # "the ministry", "the headquarters": the body named so before ("Russian Defence
            # Ministry"); "the Russian embassy": a body described, which speaks as described.
            return (
                (len(words) == 2 and self.index.latest_body_named(words[-1], pos))
                # "the weather service" after "The National Weather Service": a body named before
                # with both words in its name.
                or (len(words) == 3 and self.body_with_both_words(words[1], words[2], pos))
                # "MAS said ... . '...,' the central bank said": the body that spoke just before.
                or (len(words) == 3 and words[-1] in _GENERIC_BODY_WORDS and self.body_described_before(words[1], words[2], min(pos, quote_start)))
                # "The Consumer Council for Water said ... . '...,' the watchdog said": the body
                # that spoke in a sentence just before.
                or (len(words) == 2 and words[-1] in _GENERIC_BODY_WORDS and self.body_subject_before(min(pos, quote_start), words[-1]))
                # "Brazil's central bank raised its key rate ... . '...,' the bank said": one described
                # after its owner, when none is named so.
                or (len(words) == 2 and (words[-1] in _OWNED_ROLE_WORDS or words[-1] in _GENERIC_BODY_WORDS)
                    and self.owned_before(words[-1], min(pos, quote_start)))
                or frag
            )
        if (
            len(body.split()) >= 2 and ("'s " in body or "\u2019s " in body) and _names_a_named_body(body.split())
            and not any(
                # "Dr. Paul Ekwueme of King's College Hospital": a person, of a body
                w.lower() in TITLES or sex_of_given_name(w) is not None
                for w in body[:max(body.find("'s "), body.find("\u2019s "))].split()
            )
        ):
            return body  # "Sudan's Foreign Ministry", "Boston Children's Hospital": the owner names it
        described = _ROLE_OF_A_NAMED_BODY_RE.fullmatch(frag)
        if described is not None and not _ends_with_a_given_name(described.group(2)) and _speaks_for_whose_it_is(described.group(1)):
            # "The chief executive of Acme Holdings", "the daughter of John Smith": the office
            # holder or the relative speaks, described by whose they are.
            return frag
        if "&" in body and _firm_with_an_ampersand(body):
            return body  # "Pacific Gas & Electric", "Marks & Spencer": one firm
        if words and words[-1] in _OWNED_ROLE_WORDS and _owned_role_or_body_re().fullmatch(frag):
            return frag  # '"...," Brazil's health ministry said': whose it is, and what
        # "the Fianna Fáil councillor": a role the body named before it gives, not that body's name
        whose_role = roles and len(words) >= 3 and words[0].lower() == "the" and (
            words[-1] in _EMPLOYED_ROLES or words[-1] in _ROLES_OF_A_PARTY
        )
        name = None if whose_role else self.index.name_from(frag, pos)
        if name is not None:
            return self.namesake_just_before(words, name, min(pos, quote_start))
        if not words or len(words) > 6:
            return None
        if len(words) == 1 and words[0][:1].isupper() and self.index.is_surname(words[0]):
            # "Sen said" after "Congress MP Anirudh Sen", "King said" after "Senator Xolani
            # King": a surname that is also a title word.
            return self.index.resolve((words[0],), pos)
        if roles:
            full = self.index.by_roles(roles, pos)
            if full:
                return full
        if any(ch.isdigit() for ch in frag):
            return None
        return frag


def find_quotes(text: str, paras: list[tuple[int, int]], sentences: list[tuple[int, int]]) -> list[QuoteSpan]:
    return QuoteFinder(text, paras, sentences).find()
