"""Analyst overrides: corrections to what the extractor and the event grouping got wrong.

The file (data/overrides.csv by default; config key `overrides`) is a CSV with the
columns action,target,field,value,note. Lines starting with # are comments. Each line
is applied in file order to the result of the lines above it, so a line added at the
end addresses the ids of the current outputs, and a rerun gives the same result.

| action      | target                  | field        | value                         |
|-------------|-------------------------|--------------|-------------------------------|
| drop        | claim_id or claim_key   |              |                               |
| set         | claim_id or claim_key   | a claim field| the corrected value (empty = null for value_low/value_high) |
| move        | claim_id or claim_key   |              | an event_id, or the label of a new event (splits an event) |
| merge_event | event_id (merged away)  |              | event_id it is merged into    |
| label_event | event_id                |              | the new label                 |

`note` (why) is required; it is copied to the rows changed (claims/events
override_note) and to the overrides table. A target that matches nothing, an unknown
action or field, or a value that is not valid stops the run with an OverrideError naming
the file and line: silently skipping a correction would publish the error it fixes.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from casualty_claims.events import EventInfo, INCIDENT, new_event_id
from casualty_claims.gazetteer import AUTHOR, THIRD_PARTY, UNKNOWN, Gazetteer
from casualty_claims.revisions import with_keys
from casualty_claims.schema import CASUALTY_TYPES, QUALIFIERS, STANCES, VICTIM_GROUPS

COLUMNS = ("action", "target", "field", "value", "note")
ACTIONS = ("drop", "set", "move", "merge_event", "label_event")
INT_FIELDS = ("value_low", "value_high")
ENUM_FIELDS = {
    "casualty_type": CASUALTY_TYPES,
    "qualifier": QUALIFIERS,
    "victim_group": VICTIM_GROUPS,
    "stance": STANCES,
}
SIDE_FIELDS = ("victim_side", "claimant_side")
SETTABLE = (*INT_FIELDS, *ENUM_FIELDS, *SIDE_FIELDS, "claimant")


class OverrideError(ValueError):
    """An override line that cannot be applied; the message starts with file:line."""


@dataclass(frozen=True)
class Override:
    line: int
    action: str
    target: str
    field: str
    value: str
    note: str


def read_overrides(path: str | Path) -> list[Override]:
    """Parse the overrides file (I/O plus syntax checks; what a target points at is
    checked when it is applied)."""
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise OverrideError(f"{where}: cannot read overrides: {exc.strerror or exc}") from exc
    return parse_overrides(text, where)


def parse_overrides(text: str, where: str = "<overrides>") -> list[Override]:
    # Comment lines are blanked, not removed, so csv's line numbers stay those of the file.
    lines = ["" if line.lstrip().startswith("#") else line for line in text.splitlines()]
    reader = csv.reader(io.StringIO("\n".join(lines) + "\n"))
    header: list[str] | None = None
    out: list[Override] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row]
        if header is None:
            if tuple(cells) != COLUMNS:
                raise OverrideError(f"{where}:{line}: the header must be {','.join(COLUMNS)}, got {','.join(cells)}")
            header = cells
            continue
        if len(cells) != len(COLUMNS):
            raise OverrideError(f"{where}:{line}: expected {len(COLUMNS)} columns ({','.join(COLUMNS)}), got {len(cells)}")
        o = Override(line, *cells)
        _check_syntax(o, where)
        out.append(o)
    return out


def _check_syntax(o: Override, where: str) -> None:
    def fail(msg: str):
        raise OverrideError(f"{where}:{o.line}: {o.action or '(no action)'}: {msg}")

    if o.action not in ACTIONS:
        fail(f"unknown action; use one of {', '.join(ACTIONS)}")
    if not o.target:
        fail("no target id")
    if not o.note:
        fail("a note saying why is required")
    if o.action == "set":
        if o.field not in SETTABLE:
            fail(f"field {o.field!r} cannot be set; use one of {', '.join(SETTABLE)}")
        if o.field in INT_FIELDS and o.value and not o.value.isdigit():
            fail(f"{o.field} must be a non-negative integer or empty, got {o.value!r}")
        if o.field in ENUM_FIELDS and o.value not in ENUM_FIELDS[o.field]:
            fail(f"{o.field} must be one of {', '.join(ENUM_FIELDS[o.field])}, got {o.value!r}")
        if o.field == "claimant" and not o.value:
            fail("claimant cannot be empty")
    elif o.field:
        fail(f"takes no field (got {o.field!r})")
    if o.action in ("move", "merge_event", "label_event") and not o.value:
        fail("value is required")


@dataclass
class Applied:
    """The result of applying overrides: claims, events and a log row per line."""

    claims: list[dict]
    events: dict[str, EventInfo]
    event_notes: dict[str, str]
    log: list[dict]


def apply_overrides(claims: list[dict], events: Mapping[str, EventInfo], overrides: list[Override],
                    gazetteer: Gazetteer, where: str = "<overrides>") -> Applied:
    """Apply `overrides` in order. Pure: returns new rows and never changes its inputs.

    Claims must carry event_id; claim_key and victim_group_resolved are (re)computed here
    after every line, and every claim gets overridden/override_note."""
    rows = with_keys([dict(c, overridden=False, override_note=None) for c in claims])
    infos = dict(events)
    event_notes: dict[str, str] = {}
    log = []
    sides = set(gazetteer.sides) | {UNKNOWN, THIRD_PARTY, AUTHOR}
    for o in overrides:
        def fail(msg: str):
            raise OverrideError(f"{where}:{o.line}: {o.action} {o.target}: {msg}")

        touched: list[dict] = []
        if o.action in ("drop", "set", "move"):
            touched = [r for r in rows if o.target in (r["claim_id"], r["claim_key"])]
            if not touched:
                fail("no claim has this claim_id or claim_key")
        if o.action == "drop":
            gone = {id(r) for r in touched}
            rows = [r for r in rows if id(r) not in gone]
        elif o.action == "set":
            if o.field in SIDE_FIELDS and o.value not in sides:
                fail(f"{o.value!r} is not a side of the gazetteer ({gazetteer.path})")
            value = (int(o.value) if o.value else None) if o.field in INT_FIELDS else o.value
            for r in touched:
                r[o.field] = value
        elif o.action == "move":
            target = o.value
            if target not in infos:
                if target.startswith("ev-"):
                    fail(f"no event {target!r} to move to (a new event is named by a label, not an ev- id)")
                label, target = o.value, new_event_id(o.value)
                first = infos[touched[0]["event_id"]]
                infos[target] = EventInfo(target, first.conflict, "", INCIDENT, None, label)
            for r in touched:
                r["event_id"] = target
            _note(event_notes, target, o)
        elif o.action == "merge_event":
            if o.target not in infos or not any(r["event_id"] == o.target for r in rows):
                fail("no event has this event_id")
            if o.value not in infos or o.value == o.target:
                fail(f"no other event {o.value!r} to merge into")
            touched = [r for r in rows if r["event_id"] == o.target]
            for r in touched:
                r["event_id"] = o.value
            del infos[o.target]
            event_notes.pop(o.target, None)
            _note(event_notes, o.value, o)
        elif o.action == "label_event":
            if o.target not in infos:
                fail("no event has this event_id")
            info = infos[o.target]
            infos[o.target] = EventInfo(info.event_id, info.conflict, info.place, info.kind, info.anchor, o.value)
            _note(event_notes, o.target, o)
        for r in touched:
            r["overridden"] = True
            r["override_note"] = _join(r["override_note"], o)
        if touched:
            # Keys and resolved groups depend on the other claims of the event: redo them all.
            rows = with_keys(rows)
        log.append({"line": o.line, "action": o.action, "target": o.target, "field": o.field or None,
                    "value": o.value or None, "note": o.note, "n_rows": len(touched),
                    "claim_ids": sorted(r["claim_id"] for r in touched)})
    return Applied(rows, infos, event_notes, log)


def _join(previous: str | None, o: Override) -> str:
    text = f"line {o.line}: {o.action}{' ' + o.field if o.field else ''}: {o.note}"
    return f"{previous}; {text}" if previous else text


def _note(notes: dict[str, str], event_id: str, o: Override) -> None:
    notes[event_id] = _join(notes.get(event_id), o)
