"""extract: one document shard -> one claim shard."""

from __future__ import annotations

import logging
from pathlib import Path

from casualty_claims import schema
from casualty_claims.extract import extract_claims
from casualty_claims.gazetteer import load_gazetteer
from casualty_claims.io import read_parquet, to_table, write_parquet

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("extract", help="extract casualty claims from a document shard")
    p.add_argument("--documents", required=True, type=Path)
    p.add_argument("--gazetteer", required=True, type=Path)
    p.add_argument("--output", required=True, type=Path)
    return p


def run(args) -> int:
    gazetteer = load_gazetteer(args.gazetteer)
    docs = read_parquet(args.documents, schema.DOCUMENTS).to_pylist()
    rows: list[dict] = []
    for doc in docs:
        try:
            rows.extend(extract_claims(doc, gazetteer))
        except Exception as exc:  # one bad document must not cost the shard
            log.error("%s: extraction failed, document set aside: %s", doc["source_path"], exc)
    write_parquet(to_table(schema.EXTRACTED_CLAIMS, rows), args.output)
    log.info("%s: %d claims from %d documents", args.documents, len(rows), len(docs))
    return 0
