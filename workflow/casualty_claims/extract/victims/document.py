"""What the whole document says about sides, for counts a sentence leaves open."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from casualty_claims.gazetteer import UNKNOWN


@dataclass
class DocSides:
    """What the whole document says about sides: used when a sentence does not."""

    mentions: Counter = field(default_factory=Counter)  # side -> times named in the document
    victims: Counter = field(default_factory=Counter)  # side -> times named as victim explicitly
    first_victim: dict = field(default_factory=dict)  # side -> first position seen
    places: Counter = field(default_factory=Counter)  # side -> times a place of that side is named
    sites: Counter = field(default_factory=Counter)  # side -> times a gazetteer town of that side is named
    conflicts: Counter = field(default_factory=Counter)  # conflict -> times a place of that conflict is named
    conflict_sides: Counter = field(default_factory=Counter)  # (conflict, side of the place) -> times named
    located: Counter = field(default_factory=Counter)  # side -> times its name follows a locative ("across north-east Syria")
    scenes: list = field(default_factory=list)  # per sentence: (paragraph, sides of the places it is set in)
    sections: list = field(default_factory=list)  # per sentence: its roundup section (sections.Section)

    def default_victim(self) -> str | None:
        if not self.victims:
            return None
        best = max(self.victims.items(), key=lambda kv: (kv[1], -self.first_victim.get(kv[0], 0)))
        return best[0]

    def most_placed(self) -> str | None:
        """The side whose towns the document names most, else whose name follows "in"
        most ("in Gaza", "across Sudan")."""
        placed = self.sites or self.places
        return placed.most_common(1)[0][0] if placed else None


def established_side(prior: list[dict]) -> str | None:
    """The one side all the document's earlier claims were about, if there is one."""
    seen = {p["side"] for p in prior if p["side"] != UNKNOWN}
    return seen.pop() if len(seen) == 1 else None
