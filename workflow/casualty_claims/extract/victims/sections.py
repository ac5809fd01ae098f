"""Sections of a roundup: the country labels that split a digest covering several wars.

A news digest ("Conflict Watch: the day's headlines", "World headlines") sets each item
under a country label, as a heading line of its own ("AFGHANISTAN", "YEMEN") or as the
item's opening words ("INDIA/CHINA: Galwan, five years on ..."). A count an item leaves
open belongs to that item's war, never to the side the rest of the digest counts most:
the UN's "1,659 civilians killed" under AFGHANISTAN are Afghans even when the digest
names Houthis more often.
"""

from __future__ import annotations

from dataclasses import dataclass

from casualty_claims.extract.context import SentenceContext
from casualty_claims.gazetteer import UNKNOWN, Gazetteer


@dataclass(frozen=True)
class Section:
    index: int  # which section of the document (0: before any label)
    sides: frozenset  # the sides its label names (empty: no label)


_NO_SECTION = Section(0, frozenset())


def _label_end(ctx: SentenceContext) -> int | None:
    """Token index just past a label in capitals: the whole sentence ("AFGHANISTAN",
    "ARMENIA/AZERBAIJAN") or the words before a colon opening it ("INDIA/CHINA: ...").
    A label is made of words in capitals (at least one of three letters or more) and
    slashes; a dateline ("RAWALPINDI: ...") is one too, but names a town, not a side."""
    k = 0
    words = 0
    while k < len(ctx.toks):
        text = ctx.toks[k].text
        if text == ":":
            return k if words else None
        if text in ("/", "&", "-", "and") or (text.isalpha() and text.isupper()):
            words += text.isalpha() and len(text) >= 3
            k += 1
            continue
        return None
    return k if words and k <= 4 else None


def _label_sides(ctx: SentenceContext, gaz: Gazetteer, end: int) -> frozenset:
    """Sides named by a side's own name or demonym (not a town: "RAWALPINDI:", "GAZA:" is
    the Gaza Strip, an alias of its side) within the first `end` tokens."""
    found = set()
    for m in ctx.sides:
        a, _ = ctx.tok_index_of_mention(m)
        if a < end:
            found.add(m.ref)
    return frozenset(found)


def sections(ctxs: list[SentenceContext], gaz: Gazetteer) -> list[Section]:
    """The section each sentence belongs to. A heading line (a sentence that is only a
    label) opens a section that runs to the next heading; an opening label ("SUDAN: ...")
    sets its own paragraph apart. Documents with fewer than two labelled sections are no
    roundups: every sentence gets the empty section."""
    out: list[Section] = []
    current = _NO_SECTION
    item: Section | None = None
    count = 0
    for ctx in ctxs:
        end = _label_end(ctx)
        sides = _label_sides(ctx, gaz, end) if end is not None else frozenset()
        if end is not None and sides:
            count += 1
            sec = Section(count, sides)
            if end >= len(ctx.toks):
                current, item = sec, None
            else:
                item = sec
            out.append(sec)
            continue
        if item is not None and out and ctxs[len(out) - 1].sentence.paragraph == ctx.sentence.paragraph:
            out.append(item)
            continue
        item = None
        out.append(current)
    if len({s.sides for s in out if s.sides}) < 2:
        return [_NO_SECTION] * len(ctxs)
    return out


def label_before(ctx: SentenceContext, gaz: Gazetteer, tok: int) -> frozenset:
    """Sides of the last capitals label before token `tok` inside the sentence ("...
    since April 2023 INDIA/CHINA: Galwan, ... Beijing has only ever admitted four dead",
    where two digest items ran together into one sentence); empty when there is none."""
    best: frozenset = frozenset()
    for c in range(1, min(tok, len(ctx.toks))):
        if ctx.toks[c].text != ":":
            continue
        k = c - 1
        while k >= 0 and (ctx.toks[k].text in ("/", "&") or (ctx.toks[k].text.isalpha() and ctx.toks[k].text.isupper())):
            k -= 1
        if k == c - 1 or not any(len(ctx.toks[j].text) >= 3 and ctx.toks[j].text.isalpha() for j in range(k + 1, c)):
            continue
        sides = frozenset(m.ref for m in ctx.sides if k < ctx.tok_index_of_mention(m)[0] < c)
        if sides:
            best = sides
    return best


def _section(doc, si: int) -> Section:
    return doc.sections[si] if 0 <= si < len(doc.sections) else _NO_SECTION


def same_section(doc, a: int, b: int) -> bool:
    """Are sentences a and b in one section (always, outside roundups)?"""
    return _section(doc, a).index == _section(doc, b).index


def section_side(ctx: SentenceContext, gaz: Gazetteer, link, doc, si: int, claimant_side: str | None) -> str | None:
    """For a count nothing else places, in a roundup: the side its item's label names.
    With a label naming two sides ("INDIA/CHINA"), the claimant's own side when it is one
    of them ("Beijing has only ever admitted four dead"), else the document's main victim
    side when it is one of them, else None."""
    sides = label_before(ctx, gaz, link.qty.tok_start) or _section(doc, si).sides
    if not sides:
        return None
    if claimant_side in sides:
        return claimant_side
    default = doc.default_victim()
    if default in sides:
        return default
    if len(sides) == 1:
        return next(iter(sides))
    # "India remembers its 20 soldiers; Beijing has only ever admitted four dead": the
    # label's side named last in the count's clause
    k = link.qty.tok_start
    while k > 0 and ctx.toks[k - 1].text not in (";", ":", "."):
        k -= 1
    named = [m.ref for m in ctx.sides if k <= ctx.tok_index_of_mention(m)[0] < link.qty.tok_start and m.ref in sides]
    if named:
        return named[-1]
    return UNKNOWN  # not a side of another item's war
