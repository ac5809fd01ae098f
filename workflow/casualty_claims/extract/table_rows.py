"""Table rows written as text ("Soldiers | 242 | 1,421", tab-separated): one reader for the
counts in a row's columns (casualty_counts.tables) and for the row's source cell
(attribution.tables), so both see the same cells."""

from __future__ import annotations

from casualty_claims.extract.context import SentenceContext


def row_cells(ctx: SentenceContext) -> list[tuple[int, int]] | None:
    """The cells of a table row as sentence-relative character spans; None when the sentence
    is no table row. Empty cells inside the row are kept (their column counts), the empty
    ends of "| a | b |" are not."""
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
