"""When did the incident a document reports happen, as far as its own text says.

A retrospective ("Galwan, five years on", an encyclopedia entry written a year later)
is published long after the incident; grouping it by its publication date alone would
make it a second event. The text usually states the date next to the place name
("On the night of 15 June 2020 ... above the Galwan river"), so a date written in a
sentence that names the place anchors the document's claims about that place.
Dates in sentences that do not name the place are ignored: they are mostly background
("since the invasion began on 24 February 2022").
"""

from __future__ import annotations

import datetime as dt
import re

from casualty_claims.ingest.dates import MONTHS

# Month names must be capitalised: "40 may have died" is not the 40th of May.
_MON = r"(?P<mon>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
# "15 June 2020", "13 to 14 April 2022" (first day), "7 May" (year from the publication date).
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})" + _ORD + r"(?:\s*(?:-|\u2013|to|and)\s*\d{1,2}" + _ORD + r")?\s+(?:of\s+)?"
    + _MON + r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b")
# "June 15, 2020", "January 1" (year from the publication date).
_MONTH_DAY = re.compile(
    r"\b" + _MON + r"\s+(?P<day>\d{1,2})" + _ORD + r"(?:\s*(?:-|\u2013)\s*\d{1,2})?(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b")
# "last June's clash": the most recent June before the publication month (day unknown: the 1st).
_LAST_MONTH = re.compile(r"\b[Ll]ast\s+" + _MON + r"(?:'s)?\b")
_NEW_YEAR = re.compile(r"\bNew Year(?:'s)? (?:Day|Eve)\b", re.I)

# A sentence ends at . ! ? followed by space and a capital/quote, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c\u2018(A-Z0-9])|\n+")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text or "") if s.strip()]


def dates_in(sentence: str, published: dt.date | None) -> list[dt.date]:
    """Every date the sentence states, in text order. Dates without a year take the
    publication year (or the year before, when that would put them after publication),
    and are dropped when the document has no publication date."""
    found: list[tuple[int, dt.date]] = []
    for rx in (_DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(sentence):
            day = _make(m["year"], MONTHS[m["mon"].lower().rstrip(".")], int(m["day"]), published)
            if day is not None:
                found.append((m.start(), day))
    for m in _ISO.finditer(sentence):
        day = _make(m["year"], int(m["mon"]), int(m["day"]), published)
        if day is not None:
            found.append((m.start(), day))
    if published is not None:
        for m in _LAST_MONTH.finditer(sentence):
            month = MONTHS[m["mon"].lower().rstrip(".")]
            year = published.year if month < published.month else published.year - 1
            found.append((m.start(), dt.date(year, month, 1)))
        for m in _NEW_YEAR.finditer(sentence):
            eve = "eve" in m.group(0).lower()
            day = dt.date(published.year - 1, 12, 31) if eve else dt.date(published.year, 1, 1)
            found.append((m.start(), day))
    # Overlapping patterns may find one date twice; keep the first occurrence of each.
    out: list[dt.date] = []
    for _, day in sorted(found, key=lambda p: p[0]):
        if day not in out and (published is None or day <= published):
            out.append(day)
    return out


def _make(year: str | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    try:
        if year:
            return dt.date(int(year), month, day)
        if published is None:
            return None
        guess = dt.date(published.year, month, day)
        return guess if guess <= published else dt.date(published.year - 1, month, day)
    except ValueError:  # "31 June", "29 February" of a non-leap year: not a date
        return None


def place_dates(text: str, published: dt.date | None, find_places) -> dict[str, dt.date]:
    """place id -> the first date stated in a sentence of `text` that names that place.

    `find_places(sentence)` returns gazetteer mentions (objects with .ref)."""
    out: dict[str, dt.date] = {}
    for sentence in sentences(text):
        refs = {m.ref for m in find_places(sentence)}
        if not refs:
            continue
        days = dates_in(sentence, published)
        if not days:
            continue
        for ref in sorted(refs):
            out.setdefault(ref, days[0])
    return out
