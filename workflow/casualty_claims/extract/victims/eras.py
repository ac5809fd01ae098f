"""Which regime a document's "Syrian" or "Afghan" names (gazetteer successors): the one of
the time the document is about. That is its publication date, unless most of the years
it mentions come earlier: a 2025 retrospective on Assad's prisons or on the 2015 Kunduz
hospital strike is about the old regime's people, however late it was written."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Mapping

_YEAR = re.compile(r"(?<![\d,.])(19[5-9]\d|20[0-4]\d)(?![\d,])")
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+start\s+of|[A-Z][a-z]+|\d{1,2})\s+){0,2}$")


def publication_day(doc: Mapping[str, Any]) -> dt.date | None:
    """The document's publication date, None when it has none."""
    published = doc.get("published")
    if isinstance(published, dt.datetime):
        published = published.date()
    return published if isinstance(published, dt.date) else None


def document_day(doc: Mapping[str, Any], text: str) -> dt.date | None:
    """The day the document is read as of: the publication date, moved back to the end of
    the year most of its year mentions reach (the upper median) when that year is earlier;
    without a date, the end of that year."""
    published = publication_day(doc)
    # (not the start of a period that runs to the day of writing: "the 22nd since October 2023")
    years = sorted(int(m.group(1)) for m in _YEAR.finditer(text)
                   if not _SINCE.search(text, max(0, m.start() - 16), m.start()))
    told = dt.date(years[len(years) // 2], 12, 31) if years else None
    if published is None:
        return told
    return min(published, told) if told else published
