"""Group claims into events: the incident or period a figure is about.

An event is keyed by (conflict, place) and split in time where reports of the
same place are more than EVENT_GAP_DAYS apart. Its id hashes that key and the
first report date, so adding an unrelated document never renumbers it.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import date
from typing import Iterable

from casualty_claims.gazetteer import Gazetteer

EVENT_GAP_DAYS = 45


def event_key_of_claims(claims: list[dict]) -> dict[str, tuple[str, str]]:
    """claim_id -> (conflict, place). Claims without a place take the place most often
    named by the claims of the same document, because an article is usually about one event."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        by_doc[c["doc_id"]].append(c)
    keys = {}
    for doc_claims in by_doc.values():
        places = Counter(c["place"] for c in doc_claims if c.get("place"))
        conflicts = Counter(c["conflict"] for c in doc_claims if c.get("conflict"))
        doc_place = _most_common(places)
        doc_conflict = _most_common(conflicts)
        for c in doc_claims:
            keys[c["claim_id"]] = (c.get("conflict") or doc_conflict or "unknown", c.get("place") or doc_place or "")
    return keys


def _most_common(counter: Counter) -> str | None:
    if not counter:
        return None
    # Ties go to the alphabetically first id so the choice is deterministic.
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def split_in_time(dates: Iterable[date | None], gap_days: int = EVENT_GAP_DAYS) -> dict[date | None, date | None]:
    """Map each report date to the first date of its time cluster."""
    known = sorted({d for d in dates if d is not None})
    start: dict[date | None, date | None] = {None: known[0] if known else None}
    first = prev = None
    for d in known:
        if prev is None or (d - prev).days > gap_days:
            first = d
        start[d] = first
        prev = d
    return start


def event_id(conflict: str, place: str, first: date | None) -> str:
    raw = f"{conflict}|{place}|{first.isoformat() if first else ''}"
    return "ev-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]


def assign_events(claims: list[dict], gazetteer: Gazetteer) -> tuple[list[dict], list[dict]]:
    """Return (claims with event_id, event rows)."""
    keys = event_key_of_claims(claims)
    dates_by_key: dict[tuple[str, str], list] = defaultdict(list)
    for c in claims:
        dates_by_key[keys[c["claim_id"]]].append(c.get("published"))
    starts = {k: split_in_time(v) for k, v in dates_by_key.items()}

    members: dict[str, list[dict]] = defaultdict(list)
    out = []
    for c in claims:
        key = keys[c["claim_id"]]
        first = starts[key][c.get("published")]
        eid = event_id(key[0], key[1], first)
        row = dict(c, event_id=eid)
        out.append(row)
        members[eid].append(row)

    events = []
    for eid, rows in members.items():
        conflict, place = keys[rows[0]["claim_id"]]
        dates = sorted(d for d in (r.get("published") for r in rows) if d is not None)
        events.append({
            "event_id": eid,
            "conflict": conflict,
            "label": _label(gazetteer, conflict, place, dates[0] if dates else None),
            "place": place or None,
            "date_start": dates[0] if dates else None,
            "date_end": dates[-1] if dates else None,
            "n_documents": len({r["doc_id"] for r in rows}),
            "n_claims": len(rows),
        })
    return out, events


def _label(gazetteer: Gazetteer, conflict: str, place: str, first: date | None) -> str:
    place_name = gazetteer.places[place].name if place and place in gazetteer.places else ""
    conflict_name = gazetteer.conflicts[conflict].label if conflict in gazetteer.conflicts else "unknown conflict"
    what = place_name or f"{conflict_name}, place not named"
    return f"{what} ({first.isoformat()})" if first else what
