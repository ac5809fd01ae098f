"""Casualty links that only the whole document gives: tables, subsets and figures typed by the
sentences before, list items under a typed header, echoes of a figure already claimed."""

from __future__ import annotations

from dataclasses import replace

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.cues import sentence_type
from casualty_claims.extract.casualty_counts.debunked import drop_debunked
from casualty_claims.extract.casualty_counts.filters import filtered
from casualty_claims.extract.casualty_counts.fragments import fragment_links
from casualty_claims.extract.casualty_counts.inherited import (
    answers_to_how_many, discourse_tolls, hospital_sentences, share_sentences, subset_sentences,
)
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.phrases import counts_things, head_word, people_after_count
from casualty_claims.extract.casualty_counts.retracted import drop_retracted
from casualty_claims.extract.casualty_counts.tables import table_links
from casualty_claims.extract.casualty_counts.tokens import full_stop, is_person_head, is_person_noun, is_punct
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity


def _bare_link(ctx: SentenceContext, q: Quantity, ctype: str, how: str) -> Link:
    a, e = people_after_count(ctx, q)
    return Link(q, ctype, q.tok_start, q.tok_start, a, e, how)


_VAGUE_LOSS = L.LOST_BEFORE | L.CASUALTIES_BEFORE | {"neutralised", "neutralized"}


def _repeats_of_killed(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """A figure told once as killed and again with a vaguer verb ("Over 100 terrorists killed" ...
    "neutralised more than 100 terrorists"; "35-40 ... personnel killed" ... "had lost
    approximately 35 to 40 army personnel") is the same claim: the dead."""
    killed = {(l.qty.low, l.qty.high) for ls in out for l in ls if l.ctype == "killed"}
    for si, ls in enumerate(out):
        for i, l in enumerate(ls):
            if l.ctype == "casualties" and (l.qty.low, l.qty.high) in killed and l.how in ("left", "right") \
                    and ctxs[si].w(l.cue_start) in _VAGUE_LOSS and l.qty.value >= 2:
                ls[i] = replace(l, ctype="killed")


def document_links(ctxs: list[SentenceContext], links: list[list[Link]], persons: set[str]) -> list[list[Link]]:
    """Counts whose type only the document gives, added to the per-sentence links.

    - list items under a header that ends in ":" and names the type ("The dead include:"
      then "- 583 fighters of the opposition;"): each item counting people;
    - a headline or a possessive figure that repeats a figure the text gives as a claim
      ("Galwan: 20 Indian soldiers, four Chinese" over "20 soldiers were killed";
      "Kyiv's 400 is five times Moscow's 89"): the type of that claim."""
    out = [list(ls) for ls in links]
    table_links(ctxs, out)
    subset_sentences(ctxs, out, persons)
    share_sentences(ctxs, out, persons)
    hospital_sentences(ctxs, out, persons)
    discourse_tolls(ctxs, out)
    answers_to_how_many(ctxs, out, persons)
    fragment_links(ctxs, out, persons)
    _repeats_of_killed(ctxs, out)
    claimed: dict[int, str] = {}
    for ls in out:
        for l in ls:
            claimed.setdefault(l.qty.value, l.ctype)
    header_type: str | None = None
    for si, ctx in enumerate(ctxs):
        linked = {l.qty.tok_start for l in out[si]}
        text = ctx.sentence.text.rstrip()
        first = next((q for q in ctx.quantities if q.tok_start <= 2), None)
        colon = next((k for k in range(1, 5) if ctx.w(k) == ":"), None)
        if header_type and colon is not None and not out[si] and any(is_person_noun(ctx.w(k)) for k in range(colon)) \
                and not any(ctx.w(k) in L.NONPERSON_NOUNS for k in range(colon)):
            for q in ctx.quantities:  # a list item labelled with people: "- personnel: 455,950 (+1,020)"
                a, e = people_after_count(ctx, q)
                if q.tok_start > colon and q.tok_start not in linked and a == e:
                    link = _bare_link(ctx, q, header_type, "list")
                    if not filtered(ctx, link):
                        out[si].append(link)
        if header_type and first is not None and first.tok_start not in linked and not out[si]:
            a, e = people_after_count(ctx, first)
            if any(is_person_head(ctx.w(k), persons) for k in range(a, e)) and not counts_things(ctx, a, e):
                link = _bare_link(ctx, first, header_type, "list")
                if not filtered(ctx, link):
                    out[si].append(link)
        if text.endswith(":"):
            header_type = sentence_type(ctx)
        elif not (first is not None and text.endswith((";", ".", ",")) and header_type and out[si]):
            header_type = None  # the list ends with the first sentence that is not an item
        for q in ctx.quantities:
            if q.tok_start in linked or q.value not in claimed or q.qualifier == "vague":
                continue
            a, e = people_after_count(ctx, q)
            head = head_word(ctx, a, e)
            possessed = ctx.w(q.tok_start - 1).endswith("'s") and q.tok_start == ctx.tok_at_char(q.qual_start)
            if counts_things(ctx, a, e) or ctx.w(q.tok_start - 1) in ("than", "times"):
                continue
            among = ctx.w(ctx.tok_at_char(q.qual_start) - 1) == "the" and ctx.w(ctx.tok_at_char(q.qual_start) - 2) == "among" \
                and a == e and (is_punct(ctx.w(q.tok_end)) or q.tok_end >= len(ctx.toks))  # "her son was among the 50"
            if (si == 0 and is_person_head(head, persons) and not _denied_after(ctx, q)) or possessed or among:
                link = _bare_link(ctx, q, claimed[q.value], "echo")
                if not filtered(ctx, link):
                    out[si].append(link)
        out[si].sort(key=lambda l: l.qty.tok_start)
    drop_debunked(ctxs, out)
    drop_retracted(ctxs, out)
    return out


def _denied_after(ctx: SentenceContext, q: Quantity) -> bool:
    """Is the clause of the count negated after it ("No, a million Russian soldiers have not been
    killed")? A headline that denies a figure does not repeat it."""
    for k in range(q.tok_end, len(ctx.toks)):
        w = ctx.w(k)
        if full_stop(ctx, k) or w == ":":
            return False
        if w in ("not", "never") or w.endswith("n't"):
            return True
    return False
