"""Fighting between two named enemies: "clashes between Turkey-backed groups and Kurdish forces",
"Afghanistan-Pakistan border clashes". A toll of fighters (or of the dead, with no noun) of such
fighting, told by neither side, counts both sides' men: whose they were the text does not say."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.victims.mentions import mention_end, party_names
from casualty_claims.gazetteer import Gazetteer

_FIGHTING = {"clashes", "clash", "fighting", "battles", "battle", "confrontations", "skirmishes", "exchanges",
             "hostilities", "firefights", "border"}  # (not "war": "Russia-Ukraine war live" names the war)
_REACH = 10  # tokens after "between" in which both names stand


def fighting_sides(ctx: SentenceContext, gaz: Gazetteer) -> tuple[str, str] | None:
    """The two enemies the sentence says fought each other, else None."""
    for k, w in enumerate(ctx.low):
        if w == "between" and ctx.w(k - 1) in _FIGHTING:
            names = party_names(ctx, gaz, k + 1, min(len(ctx.toks), k + 1 + _REACH))
            pair = _enemies(gaz, [s for _, s, _ in names])
            if pair:
                return pair
    for tok, side, _ in party_names(ctx, gaz, 0, len(ctx.toks)):
        end = mention_end(ctx, gaz, tok)
        if ctx.w(end) != "-":
            continue
        other = [s for t, s, _ in party_names(ctx, gaz, end + 1, end + 2)]
        after = {ctx.w(j) for j in range(end + 2, min(len(ctx.toks), end + 5))}
        if other and after & _FIGHTING:
            pair = _enemies(gaz, [side, other[0]])
            if pair:
                return pair
    return None


def _enemies(gaz: Gazetteer, sides: list[str]) -> tuple[str, str] | None:
    for i, a in enumerate(sides):
        for b in sides[i + 1:]:
            if a != b and gaz.are_enemies(a, b):
                return a, b
    return None
