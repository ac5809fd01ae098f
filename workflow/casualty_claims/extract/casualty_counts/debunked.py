"""Figures of a quoted headline or post that the text calls fake or never published are no claims."""

from __future__ import annotations

from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.tokens import full_stop
from casualty_claims.extract.context import SentenceContext


_DEBUNKED_NOUNS = {"headline", "headlines", "post", "posts", "tweet", "claim", "report", "story", "quote",
                   "screenshot", "image", "video", "clip", "statement", "message", "graphic", "front"}
_DEBUNK_WORDS = {"fabricated", "fake", "doctored", "forged", "hoax", "invented", "falsified", "bogus", "manipulated"}


def _debunk_at(ctx: SentenceContext, start: int) -> int | None:
    """The token where a clause from `start` says a text just quoted is fake: "this headline ...
    never appeared in Dawn", "the post was fabricated", "that screenshot is doctored"."""
    n = len(ctx.toks)
    for k in range(start, n):
        if ctx.w(k) in ("this", "that", "the") and ctx.w(k + 1) in _DEBUNKED_NOUNS:
            for m in range(k + 2, min(n, k + 16)):
                w = ctx.w(m)
                if full_stop(ctx, m):
                    break
                if w in _DEBUNK_WORDS or (w == "appeared" and ctx.w(m - 1) in ("never", "not")) or \
                        (w in ("published", "ran", "printed", "existed") and ctx.w(m - 1) == "never"):
                    return k
    return None


def drop_debunked(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """Figures inside a quoted headline or post that the text then says never appeared or was
    fabricated ('DAWN, May 9: "... 1 civilian martyred in Karachi" Our note: this headline ...
    never appeared in Dawn') are no claims."""
    for si, ctx in enumerate(ctxs):
        if not out[si]:
            continue
        at = _debunk_at(ctx, 0)
        if at is not None:
            out[si] = [l for l in out[si] if l.qty.tok_start > at]
        elif si + 1 < len(ctxs) and _debunk_at(ctxs[si + 1], 0) in (0, 1, 2, 3) and '"' in ctx.sentence.text:
            out[si] = []  # the next sentence opens by calling this quoted text fake
