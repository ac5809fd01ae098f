"""Figures a correction notice retracts are no claims: "An earlier version of this story said 15
people were killed", "incorrectly reported that 40 civilians had died", "misstated the toll as
200 dead", "21, not 12 as originally reported", "the figure of 27 wounded given in an earlier
version". The corrected figure beside them stays a claim."""

from __future__ import annotations

from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.tokens import full_stop
from casualty_claims.extract.context import SentenceContext


_VERSION_ADJ = {"earlier", "previous", "prior", "original", "initial", "first"}
_VERSION_NOUNS = {"version", "versions", "edition", "draft"}
_ERROR_ADVERBS = {"incorrectly", "wrongly", "erroneously", "mistakenly", "inaccurately"}
_ERROR_VERBS = {"misstated", "misreported", "misquoted", "misstates", "misreports"}
_SAID = {"said", "stated", "reported", "gave", "put", "described", "quoted", "cited", "included", "listed",
         "referred", "says", "states", "reports", "had"}
# Words that say the text corrected is the publication's own, not a party's "version of events".
_OWN_TEXT = {"story", "article", "headline", "headlines", "piece", "caption", "graphic", "newsletter", "dispatch",
             "correction", "corrected", "clarification", "amended", "updated"}
_ORIGINALLY = {"originally", "previously", "initially", "earlier"}


def _own_text(ctx: SentenceContext) -> bool:
    """Does the sentence speak of the publication's own text ("this story", "corrected", "Correction:")?"""
    return any(w in _OWN_TEXT for w in ctx.low) or ctx.w(0) in ("correction", "clarification", "editor")


def _retraction_starts(ctx: SentenceContext) -> list[int]:
    """Tokens from which the rest of the clause is a retracted text: "an earlier version (of this
    story) said", "(this article) incorrectly reported", "misstated", "the headline originally said"."""
    starts = []
    own_text = _own_text(ctx)
    for k, w in enumerate(ctx.low):
        if w in _VERSION_NOUNS and ctx.w(k - 1) in _VERSION_ADJ and own_text and not ctx.w(k - 2).endswith("'s") \
                and not (ctx.w(k + 1) == "of" and ctx.w(k + 2 + (ctx.w(k + 2) == "the")) == "events"):
            starts.append(k)  # not "the ministry's first version of events said 63 died"
        elif w in _ERROR_VERBS:
            starts.append(k)
        elif w in _ERROR_ADVERBS and own_text and (ctx.w(k + 1) in _SAID or ctx.w(k - 1) in _SAID):
            starts.append(k)
        elif w in _ORIGINALLY and ctx.w(k + 1) in _SAID and ctx.w(k - 1) in _OWN_TEXT | {"report", "post", "it", "we"} \
                and own_text:
            starts.append(k)
    return starts


def _clause_end(ctx: SentenceContext, k: int) -> int:
    for m in range(k, len(ctx.toks)):
        if full_stop(ctx, m) or ctx.w(m) in (":", "—", "–") or (ctx.w(m) == "," and ctx.w(m + 1) in ("but", "not")) \
                or ctx.w(m) in ("but", "whereas", "while"):
            return m
    return len(ctx.toks)


def _retracted_after(ctx: SentenceContext, link: Link) -> bool:
    """A figure followed in its clause by "as originally reported", "given in an earlier version"."""
    q = link.qty
    if not _own_text(ctx):
        return False  # "the toll of 63, as initially reported by Moscow, was raised to 89" is a revision
    for m in range(max(q.tok_end, link.np_end, link.cue_end), min(len(ctx.toks), q.tok_end + 10)):
        w = ctx.w(m)
        if full_stop(ctx, m) or w in (",", ":"):
            return False
        if w in _ORIGINALLY and (ctx.w(m + 1) in _SAID or ctx.w(m - 1) == "as"):
            return True
        if w in _VERSION_NOUNS and ctx.w(m - 1) in _VERSION_ADJ and ctx.w(m + 1) != "of":
            return True  # "given in an earlier version"
    return False


def drop_retracted(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    for si, ctx in enumerate(ctxs):
        if not out[si]:
            continue
        spans = [(k, _clause_end(ctx, k)) for k in _retraction_starts(ctx)]
        out[si] = [l for l in out[si]
                   if not any(a < l.qty.tok_start < b for a, b in spans) and not _retracted_after(ctx, l)]
