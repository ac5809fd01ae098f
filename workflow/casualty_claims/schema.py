"""The one definition of every table the pipeline writes.

Each table is an ordered list of (column, Arrow type) plus the key that sorts it.
Writers go through `to_table`, so a column can only be added here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

CASUALTY_TYPES = ("killed", "wounded", "casualties", "captured", "missing")
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "up_to", "range", "vague")
VICTIM_GROUPS = ("military", "civilian", "mixed", "unknown")
STANCES = ("official", "adversary", "independent", "unattributed")


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: tuple[tuple[str, pa.DataType], ...]
    key: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        return [c for c, _ in self.columns]

    @property
    def arrow(self) -> pa.Schema:
        return pa.schema([pa.field(c, t) for c, t in self.columns])


DOCUMENTS = TableSchema(
    "documents",
    (
        ("doc_id", pa.string()),
        ("source_path", pa.string()),
        ("title", pa.string()),
        ("author", pa.string()),
        ("published", pa.date32()),
        ("categories", pa.list_(pa.string())),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("language", pa.string()),
        # Every place the same text was found (files, "dump.jsonl#L12" rows), first one first.
        ("sources", pa.list_(pa.string())),
        ("text", pa.string()),
    ),
    ("doc_id",),
)

# What the extract stage emits per shard: a claim without its event.
EXTRACTED_CLAIMS = TableSchema(
    "extracted_claims",
    (
        ("claim_id", pa.string()),
        ("doc_id", pa.string()),
        ("source_path", pa.string()),
        ("sentence", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("casualty_type", pa.string()),
        ("value_low", pa.int64()),
        ("value_high", pa.int64()),
        ("qualifier", pa.string()),
        ("victim_side", pa.string()),
        ("victim_group", pa.string()),
        ("claimant", pa.string()),
        ("claimant_side", pa.string()),
        ("stance", pa.string()),
        ("conflict", pa.string()),
        ("place", pa.string()),
        ("published", pa.date32()),
    ),
    ("doc_id", "char_start", "char_end", "casualty_type", "claim_id"),
)

# One row per claim mention (the output contract), plus what normalize adds: the event,
# the distinct claim the mention belongs to (same claimant, event, victim, type and
# figure: see revisions.claim_key), the sentence's own ordering cue, and whether an
# analyst override touched the row and why.
CLAIMS = TableSchema(
    "claims",
    EXTRACTED_CLAIMS.columns[:16] + (("event_id", pa.string()),) + EXTRACTED_CLAIMS.columns[16:] + (
        ("claim_key", pa.string()),
        # victim_group, or when unknown the only known group of the same event, side and type
        ("victim_group_resolved", pa.string()),
        ("revision_cue", pa.string()),  # earlier | later | null
        ("overridden", pa.bool_()),
        ("override_note", pa.string()),
    ),
    EXTRACTED_CLAIMS.key,
)

EVENTS = TableSchema(
    "events",
    (
        ("event_id", pa.string()),
        ("conflict", pa.string()),
        ("label", pa.string()),
        ("place", pa.string()),
        ("date_start", pa.date32()),  # first and last publication date of a report
        ("date_end", pa.date32()),
        ("n_documents", pa.int64()),
        ("n_claims", pa.int64()),  # distinct claims
        ("n_mentions", pa.int64()),  # claim rows (every sentence that reports one)
        ("kind", pa.string()),  # incident | period
        ("anchor_date", pa.date32()),  # the date the event id is anchored on
        ("overridden", pa.bool_()),
        ("override_note", pa.string()),
    ),
    ("event_id",),
)

# Every override line that was applied, in file order (see overrides.py).
OVERRIDES = TableSchema(
    "overrides",
    (
        ("line", pa.int64()),
        ("action", pa.string()),
        ("target", pa.string()),
        ("field", pa.string()),
        ("value", pa.string()),
        ("note", pa.string()),
        ("n_rows", pa.int64()),
        ("claim_ids", pa.list_(pa.string())),
    ),
    ("line",),
)

# One row per distinct claim, with its place in its claimant's revision sequence
# (revisions.py). The timeline table is this one with event labels.
DISTINCT_CLAIMS = TableSchema(
    "distinct_claims",
    (
        ("claim_key", pa.string()),
        ("event_id", pa.string()),
        ("victim_side", pa.string()),
        ("victim_group", pa.string()),  # the claims' victim_group_resolved
        ("casualty_type", pa.string()),
        ("claimant", pa.string()),
        ("claimant_side", pa.string()),
        ("stance", pa.string()),
        ("figure", pa.int64()),  # value_low, else value_high: "up to 400" counts as 400
        ("value_low", pa.int64()),
        ("value_high", pa.int64()),
        ("qualifier", pa.string()),
        ("first_published", pa.date32()),
        ("last_published", pa.date32()),
        ("revision_cue", pa.string()),
        ("sequence", pa.int64()),  # 1, 2, ... within (event, claimant, victim, type)
        ("n_in_sequence", pa.int64()),
        ("is_latest", pa.bool_()),
        ("previous_figure", pa.int64()),
        ("chronology", pa.int64()),  # rank among all claimants' figures of (event, victim, type)
        ("n_mentions", pa.int64()),
        ("n_documents", pa.int64()),
        ("first_claim_id", pa.string()),
        ("overridden", pa.bool_()),
    ),
    ("event_id", "victim_side", "victim_group", "casualty_type", "claimant", "sequence", "claim_key"),
)

REJECTS = TableSchema(
    "rejects",
    (
        ("source_path", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
    ),
    ("source_path", "reason", "detail"),
)
