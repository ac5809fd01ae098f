"""Counts in the columns of a table written as text, typed by the column's header or, in a table
of indicators ("Indicator | Value | Unit"), by the row's label ("Killed | 165 | people")."""

from __future__ import annotations

from casualty_claims.extract import lexicon as L
from casualty_claims.extract.casualty_counts.filters import filtered
from casualty_claims.extract.casualty_counts.link import Link
from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.table_rows import row_cells


_COLUMN_TYPES = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed", "died": "killed",
    "kia": "killed", "death": "killed", "toll": "killed", "wounded": "wounded", "injured": "wounded",
    "injuries": "wounded", "hurt": "wounded", "wia": "wounded", "missing": "missing", "mia": "missing",
    "captured": "captured", "pows": "captured", "prisoners": "captured", "casualties": "casualties",
    "losses": "casualties",
}


# People a table counts who are not casualties, and placeholders of an empty cell.
_NOT_CASUALTIES = {"displaced", "evacuated", "evacuees", "refugees", "population", "deployed", "rescued",
                   "released", "returnees", "returned", "shelters", "sheltering", "idps", "relocated",
                   "arrivals", "crossings", "households", "families", "beneficiaries", "reached", "assisted",
                   "treated", "vaccinated", "trucks", "aid", "exchanged", "freed", "troops"}
_PLACEHOLDERS = {"n/a", "na", "-", "–", "—", "?", "unknown", "none", "nil", "…", "...", "tbc", "tbd"}


def _words(ctx: SentenceContext, a: int, b: int) -> list[str]:
    return [t.low for t in ctx.toks if a <= t.start < b]


def _cell_type(words: list[str]) -> str | None:
    found = [_COLUMN_TYPES[w] for w in words if w in _COLUMN_TYPES]
    return "casualties" if {"killed", "wounded"} <= set(found) else found[0] if found else None


def _column_types(ctx: SentenceContext, cells: list[tuple[int, int]]) -> list[str | None] | None:
    """The casualty type each column of a header row names ("Killed", "Injured"; None for a column
    that names none, "Region", "Value", "Unit"), or None when the row is no header: it holds
    numbers, fewer than two cells of words, or a placeholder of an empty cell ("n/a")."""
    if ctx.quantities:
        return None
    texts = [ctx.clean[a:b].strip().lower() for a, b in cells]
    if any(t in _PLACEHOLDERS for t in texts) or sum(1 for t in texts if any(ch.isalpha() for ch in t)) < 2:
        return None
    return [_cell_type(_words(ctx, a, b)) for a, b in cells]


def _not_people_hurt(words: list[str]) -> bool:
    """Does a cell name things ("Shelters", "sites", "Missiles") or people who are not casualties
    ("Displaced", "Evacuated")?"""
    return any(w in L.NONPERSON_NOUNS or w in _NOT_CASUALTIES for w in words)


def table_links(ctxs: list[SentenceContext], out: list[list[Link]]) -> None:
    """Counts in the columns of a table written as text, typed by the column's header:
    "Category | Killed | Injured" over "Soldiers | 242 | 1,421" gives 242 killed, 1,421 injured.
    A header that names no type ("Indicator | Value | Unit") ends the types of the one before; under
    it, a row's label types the row's first count ("Killed | 165 | people"). A row whose cells name
    things or people who are not casualties ("Shelters | 85 | sites", "Displaced | 12,000") has none."""
    header: list[str | None] | None = None
    for si, ctx in enumerate(ctxs):
        cells = row_cells(ctx)
        if cells is None:
            header = None
            continue
        if not any(ch.isalnum() for ch in ctx.clean):
            continue  # a rule under the header: "| --- | --- |"
        types = _column_types(ctx, cells)
        if types is not None:
            header = types
            continue
        words = [_words(ctx, a, b) for a, b in cells]
        if any(_not_people_hurt(ws) for ws in words):
            continue
        linked = {l.qty.tok_start for l in out[si]}
        label_type = _cell_type(words[0]) if not any(ch.isdigit() for ch in ctx.clean[cells[0][0]:cells[0][1]]) else None
        labelled = False
        for col, (a, b) in enumerate(cells):
            ctype = header[col] if header is not None and col < len(header) else None
            inside = [q for q in ctx.quantities if a <= q.qual_start and q.end <= b]
            if ctype is None and label_type is not None and col > 0 and not labelled and inside:
                ctype, labelled = label_type, True  # "Killed | 165 | people": the row's label types it
            if ctype is None:
                continue
            if len(inside) != 1 or inside[0].tok_start in linked:
                continue
            q = inside[0]
            link = Link(q, ctype, q.tok_start, q.tok_start, q.tok_end, q.tok_end, "table")
            if not filtered(ctx, link):
                out[si].append(link)
        out[si].sort(key=lambda l: l.qty.tok_start)
