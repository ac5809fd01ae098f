"""Reading side names in a stretch of a sentence: which sides, actors and places are named
between two tokens, where a name ends, whether it follows a locative ("in Gaza"), where
the clause starts."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext
from casualty_claims.gazetteer import THIRD_PARTY, Gazetteer

LOCATIVE = {"in", "across", "throughout", "inside", "from", "near", "at", "on", "of"}


def mention_sides(ctx: SentenceContext, gaz: Gazetteer, a: int, b: int,
                   exclude: set[int]) -> list[tuple[int, str, str]]:
    """(token, side, form) of side/actor names inside tokens [a, b)."""
    found: list[tuple[int, str, str]] = []
    for m in ctx.sides:
        ma, mb = ctx.tok_index_of_mention(m)
        if a <= ma < b and ma not in exclude:
            found.append((ma, m.ref, m.form))
    for m in ctx.actors:
        ma, mb = ctx.tok_index_of_mention(m)
        side = gaz.actors[m.ref].side
        if a <= ma < b and ma not in exclude and side != THIRD_PARTY:
            found.append((ma, side, "actor"))
    for m in ctx.places:
        ma, mb = ctx.tok_index_of_mention(m)
        side = gaz.places[m.ref].side
        if a <= ma < b and ma not in exclude and side:
            found.append((ma, side, "place"))
    found.sort()
    return found


def party_names(ctx: SentenceContext, gaz: Gazetteer, a: int, b: int) -> list[tuple[int, str, str]]:
    """(token, side, form) of the sides and actors named inside tokens [a, b), not places:
    who did or lost something, as against where it happened."""
    return [s for s in mention_sides(ctx, gaz, a, b, set()) if s[2] != "place"]


# "US-backed", "Turkish-supported": the sponsor of the people named, not the people
_SPONSORED = {"backed", "supported", "sponsored", "allied", "aligned", "trained", "armed", "funded", "led"}


def sponsor(ctx: SentenceContext, end: int) -> bool:
    """Is the name ending before token `end` a sponsor ("US-backed forces")?"""
    return ctx.w(end) == "-" and ctx.w(end + 1) in _SPONSORED


def people_sides(ctx: SentenceContext, gaz: Gazetteer, a: int, b: int, exclude: set[int]) -> list[tuple[int, str, str]]:
    """Side names inside a people phrase, without sponsors ("US-backed SDF" -> the SDF)
    and without places."""
    out = []
    for tok, side, form in mention_sides(ctx, gaz, a, b, exclude):
        if form == "place" or sponsor(ctx, mention_end(ctx, gaz, tok)):
            continue
        out.append((tok, side, form))
    return out


def clause_start(ctx: SentenceContext, k: int) -> int:
    """First token of the clause ending at token k: after the last ";", ":" or "that"."""
    for m in range(k - 1, -1, -1):
        if ctx.w(m) in (";", ":", "that", "—", "–"):
            return m + 1
    return 0


# "in southern Israel", "across the north-eastern Donbas", "in the far north of Syria"
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
               "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
               "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest", "upper",
               "lower", "occupied", "besieged", "war-torn", "neighbouring", "neighboring", "far", "rural"}


def locative(ctx: SentenceContext, tok: int, preps: set[str] = LOCATIVE) -> bool:
    """Is the name at `tok` where something happened: "in Gaza", "across the Donbas",
    "in southern Israel", "in the northern Gaza Strip"?"""
    k = tok - 1
    if ctx.w(k) == "the":
        k -= 1
    # "on southern and eastern Lebanon": directions joined by "and" or a comma
    while ctx.w(k) in DIRECTIONS or ctx.w(k) == "-" or (ctx.w(k) in ("and", ",", "or") and ctx.w(k - 1) in DIRECTIONS):
        k -= 1
    if ctx.w(k) == "the":
        k -= 1
    return ctx.w(k) in preps


def word_before_place(ctx: SentenceContext, tok: int) -> int:
    """Token before the place name at `tok` and its directions: "into [southern] Israel",
    "from the Gaza Strip" -> the preposition's token."""
    k = tok - 1
    while ctx.w(k) in DIRECTIONS or ctx.w(k) in ("the", "-"):
        k -= 1
    return k


def mention_end(ctx: SentenceContext, gaz: Gazetteer, tok: int) -> int:
    """Token after the side/place name that starts at token `tok`."""
    for m in [*ctx.sides, *ctx.places, *ctx.actors]:
        a, b = ctx.tok_index_of_mention(m)
        if a == tok:
            return b
    return tok + 1


def is_place_name(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is tokens [a, b) also a town of the gazetteer ("Beirut", "Kyiv")?"""
    return any(ctx.tok_index_of_mention(m) == (a, b) for m in ctx.places)


def is_punct_word(w: str) -> bool:
    return not w or not w[0].isalnum()
