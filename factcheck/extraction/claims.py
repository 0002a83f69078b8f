"""The claim record shared by every extractor stage and by callers outside the package."""

from __future__ import annotations

import math
from dataclasses import dataclass

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
