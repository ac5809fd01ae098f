"""Verbless fragments: a count standing alone as the answer to the sentence before it.

News text often gives a figure without a verb and leaves its meaning to what came before:
- a share of the claim just before: "The toll rose to 20. Nine of them children." /
  "Four of them are children, the official said.";
- the answer to a question: "Q: How many soldiers has your count identified? -- A: As of this
  morning, 90,019.";
- a line under a heading: "Civilian fatalities" then "65 civilians, including 13 children";
- a list breaking the claim before down by time, place or cause: "Eight soldiers were killed
  this month. One on 3 May in a drone strike, two in a raid on Kupiansk and five overnight.".
The fragment has no verb of its own (else its own cue would have typed it), so its type is the
type of the sentence before: that sentence's last claim, else its casualty words. A sentence
before that is neither a question, a heading nor a claim gives no type: a bare figure after
running prose stays unlinked.
"""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.cues import sentence_type
from casualty_claims.extract.casualty_counts.filters import filtered
from casualty_claims.extract.casualty_counts.inherited import NOT_CASUALTY_CONTEXT
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.casualty_counts.phrases import counts_things, people_after_count
from casualty_claims.extract.casualty_counts.tokens import full_stop, is_person_head, is_punct, opening
from casualty_claims.extract.context import SentenceContext
from casualty_claims.numbers import Quantity

# Words that close a fragment's count: the end, an aside that breaks the count down, a reporting
# clause ("Four of them are children, the official said").
_CLOSERS = {",", ".", ";", ":", "(", "—", "–"}
_COPULAS = {"are", "were", "was", "is"}


def _label_end(ctx: SentenceContext) -> int:
    """The first word after a bullet and a speaker or answer label ("A:", "ALEXEI:", "- ")."""
    k = opening(ctx)
    colon = next((x for x in range(k, min(len(ctx.toks), k + 4)) if ctx.w(x) == ":"), None)
    if colon is not None and all(ctx.toks[x].text.isupper() for x in range(k, colon)):
        k = colon + 1
    return k


def _lead_in_end(ctx: SentenceContext, k: int) -> int:
    """Skip a time adverbial before the figure: "As of this morning, 90,019"."""
    if ctx.w(k) == "as" and ctx.w(k + 1) == "of":
        comma = next((x for x in range(k + 2, min(len(ctx.toks), k + 8)) if ctx.w(x) == ","), None)
        if comma is not None:
            return comma + 1
    return k


def _fragment_count(ctx: SentenceContext, persons: set[str]) -> tuple[Quantity, int, int] | None:
    """The count a verbless fragment opens with, and its people phrase, or None."""
    k = _lead_in_end(ctx, _label_end(ctx))
    q = next((x for x in ctx.quantities if ctx.tok_at_char(x.qual_start) == k), None)
    if q is None:
        return None
    a, e = people_after_count(ctx, q)
    if counts_things(ctx, a, e):
        return None
    share = ctx.w(q.tok_end) == "of" and ctx.w(q.tok_end + 1) in ("them", "whom", "these", "those")
    if share:  # "Nine of them children", "Four of them are children"
        m = q.tok_end + 2
        if ctx.w(m) in _COPULAS:
            m += 1
        b, f = m, m
        while f < len(ctx.toks) and ctx.w(f).isalpha() and f - m < 4 and ctx.w(f) not in L.NP_STOP:
            f += 1
        if f == b or not is_person_head(ctx.w(f - 1), persons):
            return None
        end = f
    elif a == e:
        # a bare figure after a label or a time ("A: As of this morning, 90,019."), ending its
        # sentence: not a numbered heading ("2. Acting Governor of the region (Telegram)")
        if k == opening(ctx) or not all(is_punct(ctx.w(x)) for x in range(q.tok_end, len(ctx.toks))):
            return None
        end = q.tok_end
    elif is_person_head(ctx.w(e - 1), persons):
        end = e
    else:
        return None
    if end < len(ctx.toks) and not (ctx.w(end) in _CLOSERS or ctx.w(end) in ("and", "including", "among")):
        return None
    if any(full_stop(ctx, x) for x in range(k, end)):
        return None
    # the clause of the count has no verb: nothing but people and asides up to its end
    for x in range(end, len(ctx.toks)):
        if full_stop(ctx, x):
            break
        if ctx.w(x) in _COPULAS or ctx.w(x) in L.NP_STOP - {"and", "including", "among", "the", "a", "an", "their",
                                                           "its", "his", "her", "our", "of", "in", "over", "about",
                                                           "more", "with", "from", "at", "by", "on", "for", "as",
                                                           "said", "says", "according", "to", "during", "since"}:
            return None
    return q, a, e


def _context_type(ctx: SentenceContext, links: list[Link]) -> str | None:
    """The type the sentence before gives a fragment: its last claim's; a question's or a
    heading's casualty words ("... soldiers killed ... stand today?", "Civilian fatalities")."""
    if links:
        return links[-1].ctype
    text = ctx.sentence.text.rstrip().rstrip('"\'”’')
    heading = len(ctx.toks) <= 6 and not text.endswith((".", ",", ";"))
    if text.endswith(("?", ":")) or heading:
        return sentence_type(ctx)
    return None


def fragment_links(ctxs: list[SentenceContext], out: list[list[Link]], persons: set[str]) -> None:
    """Type each verbless fragment's count by the sentence before it (module docstring)."""
    for si in range(1, len(ctxs)):
        ctx = ctxs[si]
        if out[si] or set(ctx.low) & NOT_CASUALTY_CONTEXT:
            continue
        found = _fragment_count(ctx, persons)
        if found is None:
            out[si].extend(_list_fragment(ctx, out[si - 1], persons))
            continue
        q, a, e = found
        ctype = _context_type(ctxs[si - 1], out[si - 1])
        if ctype is None:
            continue
        if ctx.w(q.tok_end) == "of" and out[si - 1] and (out[si - 1][-1].qty.value or 0) < q.value:
            continue  # a share is no larger than the count it shares out
        # a share ("Nine of them children") takes the side of the claim it breaks down, like a
        # subset sentence; any other fragment is read like a list item under a heading
        how = "subset" if ctx.w(q.tok_end) == "of" else "list"
        link = Link(q, ctype, q.tok_start, q.tok_start, a, e, how)
        if filtered(ctx, link):
            continue
        out[si].append(link)
        out[si].extend(_breakdown(ctx, q, ctype, persons))
        out[si].sort(key=lambda l: l.qty.tok_start)


def _breakdown(ctx: SentenceContext, q: Quantity, ctype: str, persons: set[str]) -> list[Link]:
    """The counts that break a fragment's count down: "65 civilians, including 13 children and
    three women" -- each a share of the same toll."""
    out: list[Link] = []
    opened = False
    for o in ctx.quantities:
        if o.tok_start <= q.tok_start:
            continue
        os = ctx.tok_at_char(o.qual_start)
        prev = ctx.w(os - 1)
        opened = opened or prev == "including" or (prev == "them" and ctx.w(os - 2) == "among")
        a, e = people_after_count(ctx, o)
        if not opened or prev not in ("including", "them", "and", ",") or counts_things(ctx, a, e) \
                or not is_person_head(ctx.w(e - 1) if e > a else "", persons):
            continue
        link = Link(o, ctype, q.tok_start, q.tok_start, a, e, "subset")
        if not filtered(ctx, link):
            out.append(link)
    return out


# Words that open an item's time, place or cause after its count ("two on Sunday", "three overnight")
_ITEM_OPENERS = {"in", "on", "at", "near", "during", "overnight", "yesterday", "today", "earlier", "last", "by",
                 "from", "inside", "outside", "around"}
_ITEM_VERBS = _COPULAS | {"have", "has", "had", "said", "says", "will", "would", "could", "be", "been"}


def _list_fragment(ctx: SentenceContext, before: list[Link], persons: set[str]) -> list[Link]:
    """A verbless list of counts, each with its time, place or cause, that breaks down the claim
    just before ("Eight soldiers were killed this month. One on 3 May in a drone strike, two in a
    raid on Kupiansk and five overnight."). Every count is bare or names people; items are joined
    by commas and "and"; no verb anywhere; the items add up to no more than the claim."""
    if not before or len(ctx.quantities) < 2:
        return []
    whole = before[-1]
    k = _label_end(ctx)
    items: list[Link] = []
    for q in ctx.quantities:
        qs = ctx.tok_at_char(q.qual_start)
        if qs != k:
            return []
        a, e = people_after_count(ctx, q)
        if ctx.w(a) in _ITEM_OPENERS:
            e = a  # "three overnight": an adverb, not a people phrase
        if e > a and (counts_things(ctx, a, e) or not is_person_head(ctx.w(e - 1), persons)):
            return []
        if ctx.w(e) not in _ITEM_OPENERS:
            return []
        m = e
        while m < len(ctx.toks) and not (ctx.w(m) in (",", "and") or full_stop(ctx, m)):
            w = ctx.w(m)
            if w in _ITEM_VERBS or w in L.REPORTING_VERBS or (w.isalpha() and is_person_head(w, persons)) \
                    or any(o.tok_start == m for o in ctx.quantities):
                return []
            m += 1
        items.append(Link(q, whole.ctype, q.tok_start, q.tok_start, a, e, "subset"))
        k = m + 1 + (ctx.w(m) == "," and ctx.w(m + 1) == "and")
    if m < len(ctx.toks) and not full_stop(ctx, m):
        return []  # the last item must end the sentence
    if whole.qty.value is None or sum(l.qty.value or 0 for l in items) > whole.qty.value:
        return []
    return [l for l in items if not filtered(ctx, l)]
