"""A casualty count tied to the words that say what happened to the people counted."""

from __future__ import annotations

from dataclasses import dataclass

from casualty_claims.numbers import Quantity


@dataclass(frozen=True)
class Link:
    qty: Quantity
    ctype: str  # killed | wounded | casualties | captured | missing
    cue_start: int  # token index of the cue word(s)
    cue_end: int
    np_start: int  # token range of the people phrase after the count (may be empty)
    np_end: int
    how: str  # right | left | of | toll | from | coord
