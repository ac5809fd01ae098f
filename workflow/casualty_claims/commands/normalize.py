"""normalize: document and claim shards -> documents, claims and events tables."""

from __future__ import annotations

import logging
from pathlib import Path

from casualty_claims import schema
from casualty_claims.events import assign_events
from casualty_claims.gazetteer import load_gazetteer
from casualty_claims.io import read_parquet, to_table, write_parquet

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("normalize", help="merge shards into the canonical tables")
    p.add_argument("--documents", nargs="+", required=True, type=Path)
    p.add_argument("--claims", nargs="+", required=True, type=Path)
    p.add_argument("--gazetteer", required=True, type=Path)
    p.add_argument("--out-documents", required=True, type=Path)
    p.add_argument("--out-claims", required=True, type=Path)
    p.add_argument("--out-events", required=True, type=Path)
    return p


def run(args) -> int:
    gazetteer = load_gazetteer(args.gazetteer)
    documents = [r for p in args.documents for r in read_parquet(p, schema.DOCUMENTS).to_pylist()]
    extracted = [r for p in args.claims for r in read_parquet(p, schema.EXTRACTED_CLAIMS).to_pylist()]
    claims, events = assign_events(extracted, gazetteer)
    write_parquet(to_table(schema.DOCUMENTS, documents), args.out_documents)
    write_parquet(to_table(schema.CLAIMS, claims), args.out_claims)
    write_parquet(to_table(schema.EVENTS, events), args.out_events)
    log.info("%d documents, %d claims, %d events", len(documents), len(claims), len(events))
    return 0
