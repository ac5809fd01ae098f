"""Territory held by an armed group: "in Houthi-held north Yemen", "in a rebel-held town",
"in the RSF-controlled city of Nyala". Where people fell in such territory, they are of
its holder's population (CONVENTIONS: civilians of a territory an armed group governs
belong to that group's side, as Gazans to palestine); victim_side then gives the people in
areas of a group without towns of its own (IS-held Raqqa, RSF-held towns) to the state."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.victims.document import DocSides
from casualty_claims.extract.victims.enemies import named_enemy
from casualty_claims.extract.victims.mentions import DIRECTIONS, mention_sides
from casualty_claims.gazetteer import UNKNOWN, Gazetteer

_HOLD = {"held", "controlled", "run", "dominated", "governed"}
# holders named by what they are, not who: the armed enemy of the state the place is in
_REBEL_WORDS = {"rebel", "opposition", "insurgent", "militant", "jihadist", "separatist"}
# words between the locative and the holder: "in a rebel-held town", "in the Houthi-run north"
_FILLERS = {"a", "an", "the", "areas", "parts", "part", "of"} | DIRECTIONS


def held_by(ctx: SentenceContext, gaz: Gazetteer, lo: int, hi: int, preps: set[str],
            doc: DocSides | None) -> str | None:
    """The holder of the territory named after a locative in tokens [lo, hi), else None."""
    for j in range(max(lo, 2), hi):
        if ctx.w(j) not in _HOLD or ctx.w(j - 1) != "-":
            continue
        w = j - 2
        k = w - 1
        while k >= lo and ctx.w(k) in _FILLERS:
            k -= 1
        if k < lo or ctx.w(k) not in preps:
            continue
        named = [s for s in mention_sides(ctx, gaz, w, w + 1, set()) if s[2] != "place"]
        if named:
            return named[0][1]
        if ctx.w(w) in _REBEL_WORDS:
            state = _state_of(ctx, gaz, j + 1, hi, doc)
            if state:
                enemy = named_enemy(gaz, state, ctx, doc, armed=True)
                if enemy and enemy != UNKNOWN:
                    return enemy
    return None


def _state_of(ctx: SentenceContext, gaz: Gazetteer, lo: int, hi: int, doc: DocSides | None) -> str | None:
    """The side whose place or name follows the holder ("rebel-held eastern Ghouta", "a
    rebel-held town in Idlib"), else the document's most placed side."""
    after = mention_sides(ctx, gaz, lo, min(len(ctx.toks), hi + 6), set())
    if after:
        return after[0][1]
    return doc.most_placed() if doc is not None else None
