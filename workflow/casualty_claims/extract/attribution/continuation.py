"""Sentences that go on with the count of the sentence before: their figures keep its source.

News English names a source once and then breaks its figure down or restates it without
naming the source again:
- a share of the count just given: "The governor said 12 were killed. Two of them were
  children." / "Among the dead were three children." / "Of the dead, 15 were children." /
  "At least seven of those killed were women." / "The dead included four children.";
- the figure itself as the subject: "The figure is up from 9." / "The figure given on Monday
  had been 52." (a revision, "The toll later rose to 89.", is discourse._is_revision).
Measured on parts A-K and R1-R3: the annotators give such sentences the source of the count
they continue. A new count with its own subject ("Another 200 were killed near Bakhmut",
"In Mykolaiv, three others died", "Dozens more were wounded") is the author's: it is not read
as a continuation here.
"""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext

_BULLETS = {"-", "*", "\u2022", "\u2013", "\u2014"}
# Words for the people of the count just given.
_DEAD = {"dead", "victims", "killed", "wounded", "injured", "casualties", "fatalities", "deceased", "slain"}
# Words that may stand between a share's figure and its "of": "at least seven of", "about half of".
_QUALIFIERS = {"at", "least", "about", "around", "some", "nearly", "almost", "roughly", "more", "than", "over",
               "up", "to", "as", "many", "approximately", "only", "just", "another", "a", "further"}
# Quantity words that make a share without a figure: "Most of them", "All of the dead".
_SHARE_WORDS = {"most", "all", "half", "many", "some", "none", "majority", "several", "both"}
# Nouns of a count that stand for the figure just given: "the figure", "this tally".
_FIGURE_NOUNS = {"figure", "tally", "count", "total", "number"}
_DETERMINERS = {"the", "this", "that", "its", "their"}


def _start(ctx: SentenceContext) -> int:
    k = 0
    while k < 2 and ctx.w(k) in _BULLETS:
        k += 1
    return k


def _number_at(ctx: SentenceContext, k: int) -> bool:
    return any(q.tok_start <= k < q.tok_end for q in ctx.quantities)


def _back_reference(ctx: SentenceContext, k: int) -> bool:
    """"them", "whom", "those killed", "the dead", "the victims", "these": the people just counted."""
    w = ctx.w(k)
    if w in ("them", "whom", "these"):
        return True
    if w == "those":
        return ctx.w(k + 1) in _DEAD or ctx.w(k + 1) in ("who", "people")
    if w == "the":
        return ctx.w(k + 1) in _DEAD or (ctx.w(k + 1) in ("people", "civilians", "soldiers") and
                                          ctx.w(k + 2) in _DEAD)
    return False


def is_share_of_previous(ctx: SentenceContext) -> bool:
    """Does the sentence open with a share of the people just counted?"""
    k = _start(ctx)
    first = ctx.w(k)
    if first in ("among", "of") and _back_reference(ctx, k + 1):
        return True  # "Among the dead were ...", "Of the dead, 15 were children", "Among them, ..."
    if first in ("the", "those") and _back_reference(ctx, k) and not _number_at(ctx, k + 1):
        # "The dead included four children", "Those killed included 3 medics"
        j = k + 2
        if ctx.w(j) in _DEAD:
            j += 1
        return ctx.w(j) in ("included", "include", "including")
    # "Two of them were children", "At least seven of those killed", "Most of the dead"
    j = k
    while j < k + 4 and ctx.w(j) in _QUALIFIERS and not _number_at(ctx, j):
        j += 1
    if _number_at(ctx, j):
        while _number_at(ctx, j):
            j += 1
    elif ctx.w(j) in _SHARE_WORDS:
        j += 1
    else:
        return False
    return ctx.w(j) == "of" and _back_reference(ctx, j + 1)


def is_figure_restated(ctx: SentenceContext) -> bool:
    """Does the sentence open with the figure just given as its subject ("The figure is up from 9",
    "That tally had stood at 31")? Not a figure of something else ("The number of attacks rose")."""
    k = _start(ctx)
    if ctx.w(k) not in _DETERMINERS:
        return False
    j = k + 1
    if ctx.w(j) in ("new", "latest", "earlier", "previous", "final", "official", "overall", "revised", "first"):
        j += 1
    return ctx.w(j) in _FIGURE_NOUNS and ctx.w(j + 1) != "of"


# Words of a sentence that announces a breakdown of the count just given: "The dead are distributed as follows:",
# "The breakdown of the victims:", "Those killed include:".
_BREAKDOWN_WORDS = {"follows", "breakdown", "distributed", "include", "included", "including", "comprise", "comprised",
                    "are", "were"}


def introduces_breakdown(ctx: SentenceContext) -> bool:
    """Does the sentence announce, before a colon ending it, a list that breaks down the people just counted
    ("The dead are distributed as follows:", "Among the dead:", "Those killed include:")? The list is the
    same source's, as the sentences that break a figure down are (is_share_of_previous)."""
    if ctx.w(len(ctx.toks) - 1) != ":" or len(ctx.toks) > 20:
        return False
    k = _start(ctx)
    if ctx.w(len(ctx.toks) - 3) == "as" and ctx.w(len(ctx.toks) - 2) == "follows" \
            and any(w in _DEAD or w in ("losses", "toll", "tolls", "casualties") for w in ctx.low):
        return True  # "The approximate losses of the enemy as of 12 June 2025 are as follows:"
    if len(ctx.toks) > 12:
        return False
    if ctx.w(k) in ("among", "of") and _back_reference(ctx, k + 1):
        return True
    if ctx.w(k) == "the" and ctx.w(k + 1) == "breakdown":
        return True
    return _back_reference(ctx, k) and any(w in _BREAKDOWN_WORDS for w in ctx.low[k + 2:])
