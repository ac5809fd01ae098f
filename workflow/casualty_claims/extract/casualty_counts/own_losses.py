"""Who lost the people of "lost N soldiers": the speaker's own side, or the enemy.

A side that admits its own losses counts its dead ("Armenia said it lost 207 servicemen", "we
lost 18 of our soldiers"); a tally of the enemy's losses, in the General Staff's style, counts
the killed and the wounded together ("the enemy has lost 6,600 servicemen", "Russia has lost
455,950 troops"). Grammar tells the two apart by the subject of "lost": a first-person pronoun,
or a pronoun or possessive phrase that a reporting verb just before binds to the speaker."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.context import SentenceContext

_AUXILIARIES = {"has", "have", "had", "'s", "'ve", "'d", "already", "now", "so", "far", "reportedly", "only",
                "also", "just", "alone", "since"}
_FIRST_PERSON = {"we", "i"}
_BOUND_PRONOUNS = {"it", "they", "he", "she"}
_POSSESSIVES = {"its", "our", "their", "his", "her", "my"}
# What a possessive subject may name: the speaker's own force ("its forces", "our unit", "his own company").
_OWN_FORCE = {"forces", "force", "army", "troops", "side", "unit", "units", "brigade", "battalion", "company",
              "division", "regiment", "platoon", "group", "fighters", "men", "military", "navy", "militia"}


def loser_is_speaker(ctx: SentenceContext, verb: int) -> bool:
    """Is the subject of the "lost" at token `verb` the speaker's own side? "we lost", "said it
    lost", "says they had lost", "said its forces had lost", "his own company had lost"."""
    s = verb - 1
    while s > verb - 4 and ctx.w(s) in _AUXILIARIES:
        s -= 1
    w = ctx.w(s)
    if w in _FIRST_PERSON:
        return True
    if w in _BOUND_PRONOUNS:
        return _reported(ctx, s)
    if w in _OWN_FORCE:
        p = s - 1
        own = ctx.w(p) == "own"
        p -= own
        if ctx.w(p) in _POSSESSIVES:
            return own or ctx.w(p) in ("our", "my") or _reported(ctx, p)
    return False


def _reported(ctx: SentenceContext, s: int) -> bool:
    """Does a reporting verb (with "that") stand just before token s, so that a pronoun there
    names the speaker ("Armenia said it", "the SDF says that they")?"""
    p = s - 1
    if ctx.w(p) == "that":
        p -= 1
    return ctx.w(p) in L.REPORTING_VERBS
