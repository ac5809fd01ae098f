"""Tables with a source column: "Location | Killed | Injured | ... | Source" over rows such
as "El Fasher town | 57 | 110 | ... | State Ministry of Health, North Darfur". The source
cell of a row names who gives that row's figures."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext
from casualty_claims.extract.table_rows import row_cells

_SOURCE_HEADS = {"source", "sources", "reported by", "according to", "claimant"}


def source_columns(ctxs: list[SentenceContext]) -> dict[int, tuple[int, int]]:
    """Row sentence index -> (column of the source cell, number of cells) for every row under
    a header with a source column, up to the first line that is no row of the same width."""
    out: dict[int, tuple[int, int]] = {}
    column: tuple[int, int] | None = None
    for i, ctx in enumerate(ctxs):
        cells = row_cells(ctx)
        if cells is None:
            column = None
            continue
        heads = [ctx.clean[a:b].strip().lower() for a, b in cells]
        found = next((k for k, h in enumerate(heads) if h in _SOURCE_HEADS), None)
        if found is not None:
            column = (found, len(cells))
            continue
        if column is not None and len(cells) == column[1]:
            out[i] = column
        elif column is not None and len(cells) != column[1]:
            column = None if len(cells) < column[0] + 1 else column
    return out


def source_cell_span(ctx: SentenceContext, column: int) -> tuple[int, int] | None:
    """Character span (within the sentence) of the row's cell at `column`, when not empty."""
    cells = row_cells(ctx)
    if cells is None or column >= len(cells):
        return None
    a, b = cells[column]
    return (a, b) if ctx.clean[a:b].strip(" -\u2013") else None
