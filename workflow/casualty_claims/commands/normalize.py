"""normalize: document and claim shards -> documents, claims and events tables.

Events are assigned (events.py), then the analyst overrides file is applied in order
(overrides.py), then each mention gets its revision cue (revisions.py). The overrides
log goes to --out-overrides; aggregate exports it as tables/overrides.
"""

from __future__ import annotations

import logging
from pathlib import Path

from casualty_claims import schema
from casualty_claims.events import assign_events, event_rows
from casualty_claims.gazetteer import load_gazetteer
from casualty_claims.io import read_parquet, to_table, write_parquet
from casualty_claims.overrides import OverrideError, apply_overrides, read_overrides
from casualty_claims.revisions import figure_of, revision_cue

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("normalize", help="merge shards into the canonical tables")
    p.add_argument("--documents", nargs="+", required=True, type=Path)
    p.add_argument("--claims", nargs="+", required=True, type=Path)
    p.add_argument("--gazetteer", required=True, type=Path)
    p.add_argument("--overrides", type=Path, help="analyst overrides CSV (see overrides.py)")
    p.add_argument("--out-documents", required=True, type=Path)
    p.add_argument("--out-claims", required=True, type=Path)
    p.add_argument("--out-events", required=True, type=Path)
    p.add_argument("--out-overrides", required=True, type=Path)
    return p


def normalize(documents: list[dict], extracted: list[dict], gazetteer, overrides, where: str):
    """Pure core of the verb: -> (claims, events, overrides log)."""
    by_id = {d["doc_id"]: d for d in documents}
    claims, infos = assign_events(extracted, gazetteer, by_id)
    applied = apply_overrides(claims, infos, overrides, gazetteer, where)
    claims = [dict(c, revision_cue=revision_cue(c.get("sentence"), figure_of(c))) for c in applied.claims]
    return claims, event_rows(claims, applied.events, applied.event_notes), applied.log


def run(args) -> int:
    gazetteer = load_gazetteer(args.gazetteer)
    documents = [r for p in args.documents for r in read_parquet(p, schema.DOCUMENTS).to_pylist()]
    extracted = [r for p in args.claims for r in read_parquet(p, schema.EXTRACTED_CLAIMS).to_pylist()]
    try:
        overrides = read_overrides(args.overrides) if args.overrides else []
        claims, events, applied = normalize(documents, extracted, gazetteer, overrides, str(args.overrides))
    except OverrideError as exc:
        # The analyst needs file, line and reason, not a traceback; nothing is written.
        log.error("%s", exc)
        return 2
    write_parquet(to_table(schema.DOCUMENTS, documents), args.out_documents)
    write_parquet(to_table(schema.CLAIMS, claims), args.out_claims)
    write_parquet(to_table(schema.EVENTS, events), args.out_events)
    write_parquet(to_table(schema.OVERRIDES, applied), args.out_overrides)
    log.info("%d documents, %d claim mentions, %d events, %d overrides applied",
             len(documents), len(claims), len(events), len(applied))
    return 0
