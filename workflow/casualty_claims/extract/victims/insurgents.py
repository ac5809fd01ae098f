"""Armed men killed on a state's own ground: "three militants were killed in Rajouri",
"security forces killed 12 terrorists in North Waziristan". The place names where they
fell, not whose they were: a state's forces fight insurgents at home, and militants are
not the people of the state that kills them. They are the state's enemy in a war the
document names (Afghan forces' "militants" in Helmand are the Taliban), else of a group
the gazetteer does not know (unknown). Not when the place's own side is an armed group
(militants killed in Gaza are Hamas's), nor when a foreign enemy struck them ("Indian
strikes killed 100 militants in Bahawalpur": the gold keeps the place's side)."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.enemies import armed_side, named_enemy
from casualty_claims.extract.victims.mentions import party_names
from casualty_claims.gazetteer import UNKNOWN, Gazetteer

# Names for armed men who are nobody's soldiers ("rebels" too: a state calls its insurgents so)
ARMED_TERMS = {"militants", "militant", "terrorists", "terrorist", "insurgents", "insurgent", "rebels", "jihadists",
               "jihadis", "extremists", "gunmen", "infiltrators", "operatives"}


def home_insurgents(ctx: SentenceContext, gaz: Gazetteer, words: set[str], place_side: str,
                    exclude: set[int], doc: DocSides | None) -> str | None:
    """The side of armed men placed on `place_side`'s ground, or None when the place's side
    stands (not armed men, an armed group's own ground, or a foreign enemy named striking)."""
    if not words & ARMED_TERMS or armed_side(gaz, place_side):
        return None
    enemies = set(gaz.enemies_of(place_side))
    if any(side in enemies and tok not in exclude for tok, side, _ in party_names(ctx, gaz, 0, len(ctx.toks))):
        return None
    return named_enemy(gaz, place_side, ctx, doc, armed=True) or UNKNOWN
