"""Who can be a claimant and how a speaker is tied to a figure: Claimant, SpeakerMention, Attribution."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from casualty_claims.gazetteer import AUTHOR, THIRD_PARTY


@dataclass(frozen=True)
class Claimant:
    id: str  # actor id, side id, or "author"
    side: str  # side id, third_party, or "author"


AUTHOR_CLAIMANT = Claimant(AUTHOR, AUTHOR)
# A quotation's speaker who speaks for the place hit (a governor, a mayor, "officials"):
# resolved per figure by the caller, never written out.
LOCAL_SPEAKER = Claimant("local", "local")
# A newspaper's or agency's own count ("by our count", "an AP tally") is a third party's
# (CONVENTIONS.md, Attribution).
OUR_COUNT = Claimant("news-agencies", THIRD_PARTY)


@dataclass(frozen=True)
class SpeakerMention:
    a: int  # token range in the sentence
    b: int
    claimant: Claimant | None  # None: an anaphor, resolved from context
    kind: str
    strength: str  # actor | composite | side | anaphor


@dataclass(frozen=True)
class Attribution:
    mention: SpeakerMention
    anchor: int  # token index of the verb / "according" / report noun
    form: str  # pre | post | according | possessive | noun | colon | fallback | bracket | label | voice
    claimant: Claimant | None


# Names of people met earlier in a document: lower-case name token -> (claimant, kind).
KnownPeople = Mapping[str, tuple["Claimant | None", str]]
