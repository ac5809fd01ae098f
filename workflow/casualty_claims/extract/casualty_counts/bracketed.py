"""Counts in brackets after places, in a sentence that names the harm before them: "Fatalities were
also reported in Zhytomyr (3), Khmelnytskyi (4), and Mykolaiv (1)", "Civilians were killed in
Sa'ada (6) and Hajjah (2)" -- the way regional tallies are written in briefs and bulletins."""

from __future__ import annotations

from casualty_claims.extract.casualty_counts.cues import type_cue
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


def bracketed_place_count(ctx: SentenceContext, q: Quantity) -> Link | None:
    """A bare exact figure alone in brackets right after a capitalised name, typed by the first
    casualty word before it in the sentence; none if a clause break or another kind of figure comes
    between (the brackets' figure must be one of a list of places or a single place)."""
    k = q.tok_start
    if q.qualifier != "exact" or ctx.w(k - 1) != "(" or ctx.w(q.tok_end) != ")" or k < 2:
        return None
    name = ctx.toks[k - 2].text
    if not (name[:1].isupper() and name.replace("'", "").isalpha()) or k - 2 == 0:
        return None
    if ctx.w(q.tok_end + 1) not in ("", ",", "and", "or", ".", ";"):
        return None  # "the Kherson (5) district": a label inside a name, not an item of a list
    for x in range(k - 3, -1, -1):
        w = ctx.w(x)
        if w in (";", ":", "."):
            return None
        ctype = type_cue(w)
        if ctype is not None:
            return Link(q, ctype, x, x + 1, q.tok_end, q.tok_end, "coord")
    return None
