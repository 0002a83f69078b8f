"""Claim extraction for fact-checking: every checkable figure and direct quote in a draft.

Pure Python with no Django import, so the same code runs in the web app, in workers and
on the command line (``python -m factcheck.extraction FILE...``).

Conventions of the output (see ``Claim``):

* ``value`` is the number as written times its scale word, always a float: "1.5 million"
  is 1500000.0, "$5bn" and "$5-billion" 5000000000.0, "45 cents" 45.0 with unit "cents",
  "40%" 40.0, "20k" 20000.0, "a dozen" 12.0, "half" 0.5, "two and a half years" 2.5.
  Ranges ("10-15", "between 10 and 15") and vague amounts ("thousands of", 1000 to 10000)
  set ``low`` and ``high`` and leave ``value`` None. Dates have value None.
* ``unit``: for counts, the counted noun phrase lower-cased, up to and including its
  plural head ("20,000 terrorists" -> "terrorists", "six post-Soviet states" ->
  "post-soviet states"; "more"/"other" are dropped); None when nothing is counted. Money
  uses ISO codes ("USD", "EUR", "CAD", ...; "$" alone is USD, "C$" CAD, "HK$" HKD),
  "cents"/"pence" for sub-units, and per-unit prices append the unit: "$71.10 per barrel"
  -> "USD per barrel". Percentages use "%", "percentage points" or "basis points".
  Measures keep the unit as written ("km/h", "metres", "MW") because case matters in SI
  symbols; ages are "years".
* ``qualifier`` is the hedge as written in lower case ("about", "more than", "up to",
  "or more"); ``direction`` is "up", "down" or None, from verbs and nouns of movement.
* A claim's ``text`` runs from its qualifier or currency sign to its unit or counted noun.
* Ratios are valued as the share they state: "1 in 4 adults" is 0.25 with unit "adults";
  "a fifth of households" is 0.2 of "households"; "fell by a third" is 1/3 with direction
  "down".
* ``extract_claims`` returns at most ``core.MAX_CLAIMS_PER_TEXT`` claims (the first in
  reading order); ``iter_claims`` yields them one at a time with no cap, in bounded memory.
* Quote claims span the quote marks; figures inside quotes have ``quoted`` True and the
  quote's speaker. Scare quotes of one to three words with no speech verb are not quotes.
"""

from .claims import Claim
from .core import extract_claims, iter_claims

__all__ = ["Claim", "extract_claims", "iter_claims"]
