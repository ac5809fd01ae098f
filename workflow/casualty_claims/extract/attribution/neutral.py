"""Is a state a co-belligerent of the victims in the war a document is about?

The gazetteer's conflicts list every war a side fights, so two sides can share a group in a
war the document never mentions: the United States and Russia both fight the Islamic State,
yet a White House figure for Russian dead in Ukraine is a neutral government's
(CONVENTIONS, rulings of parts H-L: third_party). Allies speak for each other only in a war
whose enemy the document names (Eritrea for Ethiopia in a Tigray story, Saudi Arabia for
Yemen's government against the Houthis)."""

from __future__ import annotations

from collections.abc import Container

from casualty_claims.gazetteer import Gazetteer


def allied_here(gaz: Gazetteer, a: str, b: str, named: Container[str]) -> bool:
    """Do sides a and b share a group in a conflict whose other group the document names?"""
    for conflict in gaz.conflicts.values():
        for group in conflict.sides:
            if a in group and b in group and any(s in named for other in conflict.sides if other is not group
                                                 for s in other):
                return True
    return False
