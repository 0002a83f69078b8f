"""Whose rupee: "Rs 40 billion" in a Pakistani or Sri Lankan paper is not Indian money.

"Rs", "rupees" and the rupee sign name no country; the figures read them as Indian rupees
(INR), the rupee most copy means. Where the copy is about Pakistan, Sri Lanka, Nepal or
Mauritius more than about India, an unnamed rupee is that country's, as its readers and
fact-checkers take it. A rupee the copy names ("Pakistani rupees", "PKR", "\u20b9") keeps
its country.
"""

from __future__ import annotations

import re

# Names, cities, provinces, states, houses and parties that say which country the copy is about
# (not Hyderabad or Punjab, which both India and Pakistan have).
_COUNTRY_CUES_RE = re.compile(
    r"\b(?:(?P<PKR>Pakistan(?:i|is)?|Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Faisalabad|Multan"
    r"|Sindh|Balochistan|Khyber[ \t]+Pakhtunkhwa|PML-N)"
    r"|(?P<LKR>Sri[ \t]+Lanka(?:n|ns)?|Colombo|Kandy|Jaffna)"
    r"|(?P<NPR>Nepal(?:i|is|ese)?|Kathmandu|Pokhara|Lalitpur)"
    r"|(?P<MUR>Mauritius|Mauritian|Port[ \t]+Louis)"
    r"|(?P<INR>India|Indian|Indians|New[ \t]+Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Bangalore"
    r"|Lok[ \t]+Sabha|Rajya[ \t]+Sabha|BJP|Maharashtra|Kerala|Karnataka|Tamil[ \t]+Nadu|Gujarat|Bihar"
    r"|Uttar[ \t]+Pradesh|West[ \t]+Bengal|Telangana))\b",
    re.IGNORECASE,  # datelines are capitals: "ISLAMABAD:"
)
# Surfaces that name the Indian rupee itself: those keep it.
_NAMED_INDIAN_RE = re.compile(r"\u20b9|INR|Indian", re.IGNORECASE)


def is_unnamed_rupee(surface: str, unit: str | None) -> bool:
    """Whether a money claim read as Indian rupees wrote no country: "Rs 40bn", "300 rupees"."""
    return unit is not None and unit.startswith("INR") and _NAMED_INDIAN_RE.search(surface) is None


def rupee_of_the_copy(text: str, lo: int, hi: int) -> str:
    """The currency code of an unnamed rupee in ``text[lo:hi]``: the country named most, if that
    is not India; else INR."""
    counts: dict[str, int] = {}
    for cue in _COUNTRY_CUES_RE.finditer(text, lo, hi):
        code = cue.lastgroup
        counts[code] = counts.get(code, 0) + 1
    india = counts.pop("INR", 0)
    if not counts:
        return "INR"
    code, named = max(counts.items(), key=lambda item: item[1])
    return code if named > india else "INR"
