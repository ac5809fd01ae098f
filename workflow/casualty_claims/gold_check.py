"""Check a gold file against the annotation scheme before it is used to score anything.

A gold row that breaks the value conventions of design.md ("about 220" with an empty
value_high) or names a sentence the document does not contain silently turns a right
prediction into a miss and a false positive. These checks catch that while annotating,
without scoring the extractor (annotators must not see its output).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Mapping, Sequence

from casualty_claims.gazetteer import AUTHOR, THIRD_PARTY, UNKNOWN, Gazetteer

REQUIRED_COLUMNS = ("doc", "claim_sentence", "casualty_type", "value_low", "value_high", "qualifier",
                    "victim_side", "claimant", "claimant_side", "stance", "event", "note")
CASUALTY_TYPES = frozenset({"killed", "wounded", "casualties", "captured", "missing"})
STANCES = frozenset({"official", "adversary", "independent", "unattributed"})
VICTIM_GROUPS = frozenset({"military", "civilian", "mixed", "unknown"})

# design.md's value table: which of value_low / value_high each qualifier fills.
VALUE_SHAPES = {
    "exact": ("both, equal", lambda lo, hi: lo is not None and lo == hi),
    "approx": ("both, equal", lambda lo, hi: lo is not None and lo == hi),
    "at_least": ("value_low only", lambda lo, hi: lo is not None and hi is None),
    "more_than": ("value_low only", lambda lo, hi: lo is not None and hi is None),
    "vague": ("value_low only", lambda lo, hi: lo is not None and hi is None),
    "up_to": ("value_high only", lambda lo, hi: lo is None and hi is not None),
    "range": ("both, low < high", lambda lo, hi: lo is not None and hi is not None and lo < hi),
}


def header_problems(path: str | Path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh), None)
    if header is None:
        return [f"{path}: empty file (no header)"]
    names = {h.strip().lower() for h in header}
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    return [f"{path}:1: missing column(s) {', '.join(missing)}"] if missing else []


def _side_ok(side: str | None, gazetteer: Gazetteer, extra: Sequence[str]) -> bool:
    return side is not None and (side in gazetteer.sides or side in extra)


def row_problems(row, gazetteer: Gazetteer) -> list[str]:
    """What is wrong with one gold row (a GoldRow from evaluate.load_gold)."""
    if row.is_trap:
        if row.casualty_type:
            return ["trap row has a casualty_type (traps leave it empty)"]
        return []
    out: list[str] = []
    if row.casualty_type not in CASUALTY_TYPES:
        out.append(f"casualty_type {row.casualty_type!r} is not one of {sorted(CASUALTY_TYPES)}")
    shape = VALUE_SHAPES.get(row.qualifier or "")
    if shape is None:
        out.append(f"qualifier {row.qualifier!r} is not one of {sorted(VALUE_SHAPES)}")
    elif not shape[1](row.value_low, row.value_high):
        out.append(f"qualifier {row.qualifier} wants {shape[0]} "
                   f"(value_low={row.value_low}, value_high={row.value_high})")
    if not _side_ok(row.victim_side, gazetteer, (UNKNOWN,)):
        out.append(f"victim_side {row.victim_side!r} is not a gazetteer side or unknown")
    if not _side_ok(row.claimant_side, gazetteer, (AUTHOR, THIRD_PARTY)):
        out.append(f"claimant_side {row.claimant_side!r} is not a gazetteer side, third_party or author")
    if row.stance not in STANCES:
        out.append(f"stance {row.stance!r} is not one of {sorted(STANCES)}")
    elif row.claimant_side == AUTHOR and row.stance != "unattributed":
        out.append(f"claimant_side author goes with stance unattributed, not {row.stance}")
    elif row.claimant_side == THIRD_PARTY and row.stance != "independent":
        out.append(f"claimant_side third_party goes with stance independent, not {row.stance}")
    elif row.stance == "official" and row.victim_side not in (UNKNOWN, None) \
            and row.claimant_side in gazetteer.sides and row.victim_side in gazetteer.sides \
            and gazetteer.are_enemies(row.claimant_side, row.victim_side):
        out.append(f"stance official, but {row.claimant_side} fights {row.victim_side}")
    elif row.stance == "adversary" and row.claimant_side == row.victim_side:
        out.append(f"stance adversary, but claimant and victim are both {row.victim_side}")
    if row.victim_group is not None and row.victim_group not in VICTIM_GROUPS:
        out.append(f"victim_group {row.victim_group!r} is not one of {sorted(VICTIM_GROUPS)}")
    return out


def gold_problems(rows: Sequence, docs: Mapping[str, dict], gazetteer: Gazetteer, locate) -> list[str]:
    """Every problem in the rows, as 'file:line: problem'; docs as evaluate.read_corpus_docs gives them."""
    out: list[str] = []
    caches: dict[str, dict] = {}
    for row in rows:
        problems = row_problems(row, gazetteer)
        doc = docs.get(row.doc)
        if doc is None:
            problems.append(f"doc {row.doc!r} is not in the documents folder")
        elif not locate(doc["text"], row.sentence, caches.setdefault(row.doc, {})):
            problems.append("claim_sentence is not found in the document")
        out.extend(f"{row.source}: {p}" for p in problems)
    return out
