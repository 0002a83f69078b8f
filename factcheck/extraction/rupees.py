"""Whose rupee: "Rs 40 billion" in a Pakistani or Sri Lankan paper is not Indian money.

"Rs", "rupees" and the rupee sign name no country; the figures read them as Indian rupees
(INR), the rupee most copy means. Where the copy is about Pakistan, Sri Lanka, Nepal or
Mauritius more than about India, an unnamed rupee is that country's, as its readers and
fact-checkers take it: its dateline ("ISLAMABAD:", "KATHMANDU (AFP) -") counts three times
as much as a passing mention, since Indian copy names Pakistan and Pakistani copy India. A rupee
the copy names ("Pakistani rupees", "PKR", "\u20b9") keeps its country, and so does one counted
in crores or lakhs ("Rs 500 crore"), which is how Indian copy writes large sums.
"""

from __future__ import annotations

import functools
import re

# Names, cities, provinces, states, houses and parties that say which country the copy is about
# (not Hyderabad, Punjab or Lalitpur, which India shares with Pakistan or Nepal).
@functools.cache
def _country_cues_re() -> re.Pattern:
    """Compiled when first needed: the pattern is long, and few texts name a rupee."""
    return re.compile(
        # (a capital first, looked for case-sensitively, so the search skips the lower-case words fast)
        r"\b(?-i:(?=[A-Z]))(?:(?P<PKR>Pakistan(?:i|is)?|Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Faisalabad|Multan"
        r"|Sindh|Balochistan|Khyber[ \t]+Pakhtunkhwa|PML-N)"
        r"|(?P<LKR>Sri[ \t]+Lanka(?:n|ns)?|Colombo|Kandy|Jaffna)"
        r"|(?P<NPR>Nepal(?:i|is|ese)?|Kathmandu|Pokhara)"
        r"|(?P<MUR>Mauritius|Mauritian|Port[ \t]+Louis)"
        r"|(?P<INR>India|Indian|Indians|New[ \t]+Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Bangalore"
        r"|Jammu|Srinagar|Lucknow|Patna|Jaipur|Ahmedabad|Pune|Chandigarh|Bhopal|Guwahati|Kochi|Thiruvananthapuram"
        r"|Lok[ \t]+Sabha|Rajya[ \t]+Sabha|BJP|Maharashtra|Kerala|Karnataka|Tamil[ \t]+Nadu|Gujarat|Bihar"
        r"|Uttar[ \t]+Pradesh|West[ \t]+Bengal|Telangana))\b",
        re.IGNORECASE,  # datelines are capitals: "ISLAMABAD:"
    )


# Surfaces that name the Indian rupee itself, or count in Indian units: those keep it.
_INDIAN_RUPEE_RE = re.compile(r"\u20b9|INR|Indian|crores?|lakhs?", re.IGNORECASE)
# A dateline's place counts as much as this many mentions.
_DATELINE_WEIGHT = 3


def is_unnamed_rupee(surface: str, unit: str | None) -> bool:
    """Whether a money claim read as Indian rupees wrote no country: "Rs 40bn", "300 rupees"."""
    return unit is not None and unit.startswith("INR") and _INDIAN_RUPEE_RE.search(surface) is None


def rupee_of_the_copy(text: str, lo: int, hi: int) -> str:
    """The currency code of an unnamed rupee in ``text[lo:hi]``: the country named most, if that
    is not India; else INR."""
    counts: dict[str, int] = {}
    for cue in _country_cues_re().finditer(text, lo, hi):
        code = cue.lastgroup
        # A dateline writes its place in capitals; a passing mention does not.
        weight = _DATELINE_WEIGHT if cue.group().isupper() and len(cue.group()) > 3 else 1
        counts[code] = counts.get(code, 0) + weight
    india = counts.pop("INR", 0)
    if not counts:
        return "INR"
    code, named = max(counts.items(), key=lambda item: item[1])
    return code if named > india else "INR"
