"""Publication dates from the forms news text actually uses.

A date that is missing, incomplete or ambiguous becomes None plus a warning: a wrong
date would silently move a claim to another event, which is worse than no date.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# Russian and Ukrainian month names in the genitive ("5 января 2023"), as dates are
# written in the Cyrillic press this corpus is often drawn from.
MONTHS.update({
    name: i + 1
    for names in (
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    )
    for i, name in enumerate(names.split())
})
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"

# Each pattern matches the whole field (a time of day may follow); `order` names how to
# read the numbers. Slashed dates follow the seed's MM/DD/YYYY unless configured.
_ISO = re.compile(r"^(?P<year>\d{4})[-/](?P<mon>\d{2})[-/](?P<day>\d{2})(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_SLASH = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/" + _YEAR + r"(?:[ T,]+[0-9:]+(?:\s*[ap]\.?m\.?)?)?$", re.I)
# D.M.YYYY is the European (and Russian/Ukrainian) convention; nobody writes M.D.YYYY.
_DOTTED = re.compile(r"^" + _DAY + r"\.(?P<mon>\d{1,2})\." + _YEAR + r"(?:[ ,]+[0-9:]+)?$")
_DMY_WORDS = re.compile(r"^" + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR + r"(?!\d)", re.I)
_MDY_WORDS = re.compile(r"^" + _WEEKDAY + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR + r"(?!\d)", re.I)
_MONTH_ONLY = re.compile(r"^" + _MON + r",?\s+" + _YEAR + r"$", re.I)


def parse_date(value: object, slash_order: str = "mdy") -> tuple[dt.date | None, str | None]:
    """(date, None) or (None, warning). `value` may be a str, date or datetime.

    slash_order: how to read NN/NN/YYYY -- "mdy" (the seed's layout, default), "dmy", or
    "strict" (only when the day is > 12, so the reading is unambiguous).
    """
    if value is None:
        return None, "no date"
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    text = " ".join(str(value).split()).strip()
    if not text:
        return None, "no date"
    try:
        return _parse(text, slash_order)
    except ValueError as exc:  # e.g. 02/30/2023: numbers in a date shape, no real day
        return None, f"invalid date {text!r}: {exc}"


def _parse(text: str, slash_order: str) -> tuple[dt.date | None, str | None]:
    if m := _ISO.match(text):
        return dt.date(int(m["year"]), int(m["mon"]), int(m["day"])), None
    if m := _SLASH.match(text):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        if slash_order == "mdy":
            return dt.date(year, a, b), None
        if slash_order == "dmy":
            return dt.date(year, b, a), None
        if a > 12 >= b:
            return dt.date(year, b, a), None
        if b > 12 >= a:
            return dt.date(year, a, b), None
        if a == b:
            return dt.date(year, a, b), None
        return None, f"ambiguous date {text!r} (day and month both <= 12)"
    if m := _DOTTED.match(text):
        return dt.date(int(m["year"]), int(m["mon"]), int(m["day"])), None
    if m := _DMY_WORDS.match(text) or _MDY_WORDS.match(text):
        return dt.date(int(m["year"]), MONTHS[m["mon"].lower()], int(m["day"])), None
    if _MONTH_ONLY.match(text):
        return None, f"incomplete date {text!r} (no day)"
    return None, f"unrecognised date {text!r}"
