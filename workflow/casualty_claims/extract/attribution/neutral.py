"""Whose side a speaker is on when the text does not say: neutral governments and the place of a local source.

The gazetteer's conflicts list every war a side fights, so two sides can share a group in a
war the document never mentions: the United States and Russia both fight the Islamic State,
yet a White House figure for Russian dead in Ukraine is a neutral government's
(CONVENTIONS, rulings of parts H-L: third_party). Allies speak for each other only in a war
whose enemy the document names (Eritrea for Ethiopia in a Tigray story, Saudi Arabia for
Yemen's government against the Houthis)."""

from __future__ import annotations

from collections.abc import Container

from casualty_claims.extract.context import SentenceContext
from casualty_claims.gazetteer import Gazetteer


def allied_here(gaz: Gazetteer, a: str, b: str, named: Container[str]) -> bool:
    """Do sides a and b share a group in a conflict whose other group the document names?"""
    for conflict in gaz.conflicts.values():
        for group in conflict.sides:
            if a in group and b in group and any(s in named for other in conflict.sides if other is not group
                                                 for s in other):
                return True
    return False


def sentence_place_side(ctx: SentenceContext, gaz: Gazetteer) -> str | None:
    """The one state whose places the sentence names, for a local source ("security sources",
    "doctors") whose victims have no side ("Security sources said 20 militants were killed in
    North Waziristan": the militants are nobody's people, the sources are Pakistan's). None when the
    sentence names places of several sides or of a side that fights no war in the gazetteer."""
    sides = {gaz.places[m.ref].side for m in ctx.places if gaz.places[m.ref].side}
    if len(sides) != 1:
        return None
    side = sides.pop()
    return side if gaz.conflicts_of(side) else None
