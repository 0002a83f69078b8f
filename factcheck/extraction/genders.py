"""Whom "he" and "she" can mean: the sex a reader takes from a given name or a word.

Only names that nearly always go with one sex are listed (in given_names.txt, beside this
module: data, read once at import), from the many naming traditions of international copy;
names given to both (Alex, Jordan, Jean, Andrea, Kim, Nicola, Sasha, Robin, Jan) and most East
Asian given names are left out, so that they decide nothing.
Accents are ignored ("José", "Zoë"). A word decides when it is an honorific ("Mrs", "Sir")
or a role or relation that names one sex ("spokeswoman", "husband").
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

FEMININE = "f"
MASCULINE = "m"

_FEMININE_WORDS = """
mrs mrs. ms ms. miss madam madame mme mme. dame lady queen princess duchess countess baroness
empress sheikha mother mum mom wife daughter sister grandmother granddaughter aunt niece
hajiya hajia alhaja girlfriend widow bride spokeswoman chairwoman congresswoman businesswoman councilwoman
assemblywoman policewoman sportswoman headmistress actress waitress nun stepmother postwoman
woman girl
"""

_MASCULINE_WORDS = """
mr mr. sir lord king prince duke earl baron emperor sheikh emir sultan father dad husband son
brother grandfather grandson uncle nephew boyfriend widower groom spokesman chairman congressman
businessman councilman assemblyman policeman sportsman fireman headmaster actor waiter monk
stepfather pope cardinal imam postman fisherman alhaji mallam malam
man boy
"""



def _fold(word: str) -> str:
    """Lower-cased, without accents: "José" and "jose" are one name."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _read_given_names() -> dict[str, str]:
    """The names of given_names.txt, folded, with the sex each goes with."""
    sexes = {"[feminine]": FEMININE, "[masculine]": MASCULINE}
    found: dict[str, str] = {}
    sex = None
    text = (Path(__file__).parent / "given_names.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line in sexes:
            sex = sexes[line]
            continue
        for name in line.split():
            found[_fold(name)] = sex
    return found


_NAME_SEX = _read_given_names()
_WORD_SEX = {w: FEMININE for w in _FEMININE_WORDS.split()}
_WORD_SEX.update({w: MASCULINE for w in _MASCULINE_WORDS.split()})
PRONOUN_SEX = {
    "she": FEMININE, "her": FEMININE, "hers": FEMININE, "herself": FEMININE,
    "he": MASCULINE, "him": MASCULINE, "his": MASCULINE, "himself": MASCULINE,
}


def sex_of_given_name(name: str) -> str | None:
    """FEMININE, MASCULINE or None for a given name; a hyphenated one by its first part."""
    folded = _fold(name)
    found = _NAME_SEX.get(folded)
    if found is None and "-" in folded:
        found = _NAME_SEX.get(folded.split("-", 1)[0])
    return found


def sex_of_word(word: str) -> str | None:
    """FEMININE, MASCULINE or None for an honorific, a role or a relation."""
    return _WORD_SEX.get(word.lower())


def sex_of_description(description: str) -> str | None:
    """The sex a description of an unnamed source gives ("a spokeswoman for the council", "one
    mother"), from its words before any "for", "of" or "at"; None when they give none or disagree."""
    found = None
    for word in description.split():
        if word in ("for", "of", "at", "from", "with", "in"):
            break
        sex = _WORD_SEX.get(word.lower())
        if sex is not None:
            if found is not None and sex != found:
                return None
            found = sex
    return found
