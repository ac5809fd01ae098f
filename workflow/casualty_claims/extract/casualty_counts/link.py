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


def sharing(q: Quantity, claim: Link, np_start: int, np_end: int, how: str) -> Link:
    """A count typed by a claim beside it ("killed 12 soldiers and three civilians", "57, including
    five children"): it takes that claim's type, and the start of its cue as its own."""
    return Link(q, claim.ctype, claim.cue_start, claim.cue_start, np_start, np_end, how)
