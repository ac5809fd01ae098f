"""Group claims into events: the incident or period a figure is about.

Each claim gets a key:
- a *period* key (conflict, "period") when its sentence speaks of a running total
  ("since the invasion began", "put Russia's total at", "so far") and names no place:
  such figures are about the war, not about the incident the article reports;
- otherwise an *incident* key (conflict, place), where the place is the one the claim's
  sentence names, else the document's main place (named in its title, or by most of its
  place mentions), else the extractor's. Aliases (Makiivka/Makeyevka/Makeevka) resolve
  to one gazetteer id before keying. Places that double as a side's name ("Kyiv's
  figure") count only when no other place is named.

Incident keys are split in time: claims of one place whose reference dates are more than
EVENT_GAP_DAYS apart are different events. A claim's reference date is the date its
document states next to the place name (see event_dates), else the publication date,
so a retrospective published years later still joins the incident it recounts.

event_id hashes the key and the first reference date of its time cluster. Clusters are
formed per key, so a document about another conflict, place or time never renumbers
an event; an earlier report of the same incident can (it moves the start).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

from casualty_claims.event_dates import place_dates
from casualty_claims.gazetteer import Gazetteer

EVENT_GAP_DAYS = 45
PERIOD = "period"
INCIDENT = "incident"
UNKNOWN_CONFLICT = "unknown"

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# Wording of running totals. "since" alone is too loose ("who have stuck to that estimate
# since"): it must be followed by a start (a month, a year, the war, someone attacking).
_PERIOD_CUES = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|war|invasion|conflict|fighting|offensive"
    r"|(?:19|20)\d{2}|(?:" + _MONTHS + r")\b|\w+\s+(?:attacked|invaded|launched|began|started))"
    r"|\b(?:so far|to date|in total|total|totals|tally|cumulative|overall|comprehensive)\b"
    r"|\bover\s+(?:the\s+(?:past|last)\s+\w+|\d+\s+(?:days|weeks|months|years))\b"
    r"|\bthroughout the (?:war|conflict)\b",
    re.I,
)
# "the highest it has acknowledged for a single attack since the invasion": a comparison
# across the war about one incident's figure, not a running total.
_SINGLE_INCIDENT = re.compile(r"\bsingle\s+(?:attack|strike|incident|day|event|raid|blast)\b", re.I)


def is_period_wording(sentence: str) -> bool:
    return bool(_PERIOD_CUES.search(sentence or "")) and not _SINGLE_INCIDENT.search(sentence or "")


@dataclass(frozen=True)
class EventInfo:
    """What an event is, independent of its claims (those give dates and counts)."""

    event_id: str
    conflict: str
    place: str  # "" when no place is known
    kind: str  # INCIDENT | PERIOD
    anchor: date | None  # first reference date of the cluster (None: undated, or a period)
    label: str


@dataclass(frozen=True)
class _Keyed:
    conflict: str
    place: str
    kind: str
    ref_date: date | None


def event_id(conflict: str, place: str, kind: str, anchor: date | None) -> str:
    raw = f"{kind}|{conflict}|{place}|{anchor.isoformat() if anchor else ''}"
    return "ev-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]


def new_event_id(label: str) -> str:
    """Id of an event an analyst creates by name (see overrides)."""
    return "ev-" + hashlib.sha256(f"override|{label}".encode("utf-8")).hexdigest()[:12]


def _most_common(counter: Counter) -> str | None:
    if not counter:
        return None
    # Ties go to the alphabetically first id so the choice is deterministic.
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def metonym_places(gazetteer: Gazetteer) -> frozenset[str]:
    """Places whose name is also a side's name: capitals used for governments ("Kyiv's
    figure", "KYIV/MOSCOW (Wire)"). They place an event only when nothing else does."""
    side_names = {n.lower() for side in gazetteer.sides.values() for n in (side.name, *side.aliases, *side.demonyms)}
    return frozenset(pid for pid, p in gazetteer.places.items()
                     if any(n.lower() in side_names for n in (p.name, *p.aliases)))


def _places_in(text: str, gazetteer: Gazetteer, weak: frozenset[str]) -> list[str]:
    """Place ids named in `text`, in text order, real places before metonyms."""
    refs = [m.ref for m in gazetteer.find_places(text or "")]
    return [r for r in refs if r not in weak] + [r for r in refs if r in weak]


def document_place(doc: Mapping | None, doc_claims: list[dict], gazetteer: Gazetteer,
                   weak: frozenset[str] = frozenset()) -> str | None:
    """The place a document is about: the one its title names, else one named by more than
    half of its place mentions, else the one most of its claims carry. A live blog that
    hops between places has none, so its unplaced claims are not pinned on the wrong town."""
    if doc is not None:
        title_places = Counter(r for r in _places_in(doc.get("title"), gazetteer, weak) if r not in weak)
        if title_places:
            return _most_common(title_places)
        mentions = Counter(r for r in _places_in(doc.get("text"), gazetteer, weak) if r not in weak)
        top = _most_common(mentions)
        if top is not None and mentions[top] * 2 > sum(mentions.values()):
            return top
    return _most_common(Counter(c["place"] for c in doc_claims if c.get("place") and c["place"] not in weak))


def _conflict_of(claim: dict, place: str, doc_conflict: str | None, gazetteer: Gazetteer) -> str:
    if claim.get("conflict"):
        return claim["conflict"]
    if place and place in gazetteer.places and gazetteer.places[place].conflict:
        return gazetteer.places[place].conflict
    if doc_conflict:
        return doc_conflict
    between = gazetteer.conflict_between(claim.get("claimant_side") or "", claim.get("victim_side") or "")
    if between:
        return between
    own = gazetteer.conflicts_of(claim.get("victim_side") or "")
    return own[0] if len(own) == 1 else UNKNOWN_CONFLICT


def key_claims(claims: list[dict], gazetteer: Gazetteer,
               documents: Mapping[str, Mapping] | None = None) -> dict[str, _Keyed]:
    """claim_id -> its event key and reference date. Pure: reads only the claims, the
    gazetteer and the claims' own documents (doc_id -> document row)."""
    documents = documents or {}
    weak = metonym_places(gazetteer)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        by_doc[c["doc_id"]].append(c)
    keyed: dict[str, _Keyed] = {}
    for doc_id, doc_claims in by_doc.items():
        doc = documents.get(doc_id)
        doc_place = document_place(doc, doc_claims, gazetteer, weak)
        doc_conflict = _most_common(Counter(c["conflict"] for c in doc_claims if c.get("conflict")))
        published = (doc or {}).get("published") or _first_date(c.get("published") for c in doc_claims)
        dated = place_dates(doc.get("text") or "", published, gazetteer.find_places) if doc else {}
        for c in doc_claims:
            sentence = c.get("sentence") or ""
            named = _places_in(sentence, gazetteer, weak)
            strong = [p for p in named if p not in weak]
            # The extractor fills `place` from the document when the sentence names none, so
            # running-total wording is judged on the sentence alone.
            if not strong and is_period_wording(sentence):
                conflict = _conflict_of(c, "", doc_conflict, gazetteer)
                keyed[c["claim_id"]] = _Keyed(conflict, "", PERIOD, None)
                continue
            own = c.get("place") if c.get("place") not in weak else None
            place = (strong[0] if strong else None) or doc_place or own or (named[0] if named else None) \
                or c.get("place") or ""
            conflict = _conflict_of(c, place, doc_conflict, gazetteer)
            ref = dated.get(place) or c.get("published") or published
            keyed[c["claim_id"]] = _Keyed(conflict, place, INCIDENT, ref)
    return keyed


def _first_date(dates: Iterable[date | None]) -> date | None:
    known = sorted(d for d in dates if d is not None)
    return known[0] if known else None


def split_in_time(dates: Iterable[date | None], gap_days: int = EVENT_GAP_DAYS) -> dict[date | None, date | None]:
    """Map each reference date to the first date of its time cluster (undated -> the first)."""
    known = sorted({d for d in dates if d is not None})
    start: dict[date | None, date | None] = {None: known[0] if known else None}
    first = prev = None
    for d in known:
        if prev is None or (d - prev).days > gap_days:
            first = d
        start[d] = first
        prev = d
    return start


def assign_events(claims: list[dict], gazetteer: Gazetteer,
                  documents: Mapping[str, Mapping] | None = None) -> tuple[list[dict], dict[str, EventInfo]]:
    """Return (claims with event_id, event_id -> EventInfo). Use `event_rows` for the table."""
    keyed = key_claims(claims, gazetteer, documents)
    dates_by_key: dict[tuple[str, str, str], list] = defaultdict(list)
    for c in claims:
        k = keyed[c["claim_id"]]
        dates_by_key[(k.conflict, k.place, k.kind)].append(k.ref_date)
    starts = {key: split_in_time(v) for key, v in dates_by_key.items()}

    out: list[dict] = []
    infos: dict[str, EventInfo] = {}
    for c in claims:
        k = keyed[c["claim_id"]]
        anchor = None if k.kind == PERIOD else starts[(k.conflict, k.place, k.kind)][k.ref_date]
        eid = event_id(k.conflict, k.place, k.kind, anchor)
        if eid not in infos:
            infos[eid] = EventInfo(eid, k.conflict, k.place, k.kind, anchor,
                                   label(gazetteer, k.conflict, k.place, k.kind, anchor))
        out.append(dict(c, event_id=eid))
    return out, infos


def label(gazetteer: Gazetteer, conflict: str, place: str, kind: str, anchor: date | None) -> str:
    conflict_name = gazetteer.conflicts[conflict].label if conflict in gazetteer.conflicts else "unknown conflict"
    if kind == PERIOD:
        return f"{conflict_name}: running totals"
    place_name = gazetteer.places[place].name if place and place in gazetteer.places else place
    what = place_name or f"{conflict_name}, place not named"
    return f"{what} ({anchor.isoformat()})" if anchor else what


def event_rows(claims: list[dict], infos: Mapping[str, EventInfo],
               notes: Mapping[str, str] | None = None) -> list[dict]:
    """The events table: one row per event that still has claims. The date range is that of
    the reports (publication dates); `notes` carries analyst overrides per event."""
    notes = notes or {}
    members: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        members[c["event_id"]].append(c)
    rows = []
    for eid, rows_of in members.items():
        info = infos[eid]
        dates = sorted(d for d in (r.get("published") for r in rows_of) if d is not None)
        rows.append({
            "event_id": eid,
            "conflict": info.conflict,
            "label": info.label,
            "place": info.place or None,
            "date_start": dates[0] if dates else None,
            "date_end": dates[-1] if dates else None,
            "n_documents": len({r["doc_id"] for r in rows_of}),
            # Distinct claims, not mentions: fifty copies of one wire story are one claim.
            "n_claims": len({r["claim_key"] for r in rows_of}),
            "n_mentions": len(rows_of),
            "kind": info.kind,
            "anchor_date": info.anchor,
            "overridden": eid in notes,
            "override_note": notes.get(eid),
        })
    return rows
