"""version: derive the result set's version from the documents, config and code."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from casualty_claims.io import write_text_atomic
from casualty_claims.versioning import canonical_json, results_version, sha256_file


def register_parser(sub):
    p = sub.add_parser("version", help="write the content-derived version of this result set")
    p.add_argument("--documents", required=True, type=Path)
    p.add_argument("--config-json", required=True, help="the run's config (paths removed) as JSON")
    p.add_argument("--overrides", type=Path, default=None)
    p.add_argument("--output", required=True, type=Path)
    return p


def run(args) -> int:
    doc_ids = pq.read_table(args.documents, columns=["doc_id"]).column("doc_id").to_pylist()
    overrides = sha256_file(args.overrides) if args.overrides and args.overrides.is_file() else None
    record = results_version(doc_ids, json.loads(args.config_json), overrides)
    write_text_atomic(args.output, json.dumps(record, sort_keys=True, indent=2) + "\n")
    return 0
