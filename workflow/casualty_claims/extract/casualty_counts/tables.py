"""Counts in the columns of a table written as text, typed by the column's header."""

from __future__ import annotations

from casualty_claims.extract.casualty_counts.filters import filtered
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.context import SentenceContext


_COLUMN_TYPES = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed", "died": "killed",
    "kia": "killed", "death": "killed", "toll": "killed", "wounded": "wounded", "injured": "wounded",
    "injuries": "wounded", "hurt": "wounded", "wia": "wounded", "missing": "missing", "mia": "missing",
    "captured": "captured", "pows": "captured", "prisoners": "captured", "casualties": "casualties",
    "losses": "casualties",
}


def _cells(ctx: SentenceContext) -> list[tuple[int, int]] | None:
    """The cells of a table row written as text ("Soldiers | 242 | 1,421", tab-separated), as
    sentence-relative character spans; None when the sentence is no table row."""
    text = ctx.clean
    sep = "|" if text.count("|") >= 2 else "\t" if text.count("\t") >= 2 else None
    if sep is None:
        return None
    cells, start = [], 0
    for i, ch in enumerate(text + sep):
        if ch == sep:
            if text[start:i].strip() or 0 < start and i < len(text):
                cells.append((start, i))
            start = i + 1
    return cells if len(cells) >= 2 else None


def _column_types(ctx: SentenceContext, cells: list[tuple[int, int]]) -> list[str | None] | None:
    """The casualty type each column of a header row names ("Killed", "Injured"), or None when the
    row is no header (it holds numbers, or names no type)."""
    if ctx.quantities:
        return None
    types: list[str | None] = []
    for a, b in cells:
        words = [t.low for t in ctx.toks if a <= t.start < b]
        found = [_COLUMN_TYPES[w] for w in words if w in _COLUMN_TYPES]
        kinds = set(found)
        types.append("casualties" if {"killed", "wounded"} <= kinds else found[0] if found else None)
    return types if any(types) else None


def table_links(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """Counts in the columns of a table written as text, typed by the column's header:
    "Category | Killed | Injured" over "Soldiers | 242 | 1,421" gives 242 killed, 1,421 injured."""
    header: list[str | None] | None = None
    for si, ctx in enumerate(ctxs):
        cells = _cells(ctx)
        if cells is None:
            header = None
            continue
        types = _column_types(ctx, cells)
        if types is not None:
            header = types
            continue
        if header is None or not any(ch.isalnum() for ch in ctx.clean):
            continue
        linked = {l.qty.tok_start for l in out[si]}
        for col, (a, b) in enumerate(cells):
            ctype = header[col] if col < len(header) else None
            if ctype is None:
                continue
            inside = [q for q in ctx.quantities if a <= q.qual_start and q.end <= b]
            if len(inside) != 1 or inside[0].tok_start in linked:
                continue
            q = inside[0]
            link = Link(q, ctype, q.tok_start, q.tok_start, q.tok_end, q.tok_end, "table")
            if not filtered(ctx, link):
                out[si].append(link)
        out[si].sort(key=lambda l: l.qty.tok_start)
