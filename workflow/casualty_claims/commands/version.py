"""version: derive the result set's version from the documents, config, input files and code."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from casualty_claims.io import write_text_atomic
from casualty_claims.versioning import results_version, sha256_file

DOCUMENT_FIELDS = ["doc_id", "source_path", "title", "author", "published"]


def register_parser(sub):
    p = sub.add_parser("version", help="write the content-derived version of this result set")
    p.add_argument("--documents", required=True, type=Path)
    p.add_argument("--config-json", required=True, help="the run's config (paths removed) as JSON")
    p.add_argument("--overrides", type=Path, default=None, help="overrides file, when the run uses one")
    p.add_argument("--gazetteer", type=Path, default=None, help="the gazetteer the claims were resolved with")
    p.add_argument("--output", required=True, type=Path)
    return p


def _digest(path: Path | None) -> str | None:
    # The content, never the path: the same file read from elsewhere is the same input.
    return sha256_file(path) if path is not None and path.is_file() else None


def run(args) -> int:
    table = pq.read_table(args.documents)
    fields = [f for f in DOCUMENT_FIELDS if f in table.column_names]
    documents = table.select(fields).to_pylist()
    files = {"overrides": _digest(args.overrides), "gazetteer": _digest(args.gazetteer)}
    record = results_version(documents, json.loads(args.config_json), files)
    write_text_atomic(args.output, json.dumps(record, sort_keys=True, indent=2, default=str) + "\n")
    return 0
