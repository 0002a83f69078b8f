"""The claim record shared by every extractor stage and by callers outside the package."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

KINDS = ("count", "vague", "percent", "money", "measure", "ordinal", "date", "quote")


def _json_number(x: float | None) -> float | None:
    # JSON has no NaN or infinity; a figure that overflowed is better reported as unknown.
    if x is None or not math.isfinite(x):
        return None
    return x


@dataclass(frozen=True, slots=True)
class Claim:
    kind: str
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    direction: str | None
    speaker: str | None
    quoted: bool
    sentence: tuple[int, int]
    score: float
    fingerprint: str

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": _json_number(self.value),
            "low": _json_number(self.low),
            "high": _json_number(self.high),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "direction": self.direction,
            "speaker": self.speaker,
            "quoted": self.quoted,
            "sentence": [self.sentence[0], self.sentence[1]],
            "score": self.score,
            "fingerprint": self.fingerprint,
        }


_new = object.__new__
(
    _set_kind, _set_text, _set_start, _set_end, _set_value, _set_low, _set_high, _set_unit,
    _set_qualifier, _set_direction, _set_speaker, _set_quoted, _set_sentence, _set_score,
    _set_fingerprint,
) = (Claim.__dict__[f.name].__set__ for f in fields(Claim))


def new_claim(kind, text, start, end, value, low, high, unit, qualifier, direction, speaker,
              quoted, sentence, score, fingerprint) -> Claim:
    """``Claim(...)`` for the extractor's inner loop: the same frozen record, set slot by
    slot without the generated ``__init__``'s ``object.__setattr__`` calls."""
    c = _new(Claim)
    _set_kind(c, kind)
    _set_text(c, text)
    _set_start(c, start)
    _set_end(c, end)
    _set_value(c, value)
    _set_low(c, low)
    _set_high(c, high)
    _set_unit(c, unit)
    _set_qualifier(c, qualifier)
    _set_direction(c, direction)
    _set_speaker(c, speaker)
    _set_quoted(c, quoted)
    _set_sentence(c, sentence)
    _set_score(c, score)
    _set_fingerprint(c, fingerprint)
    return c
