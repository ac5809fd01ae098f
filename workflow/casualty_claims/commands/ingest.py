"""ingest: a folder of raw documents -> a fixed number of document shards + a rejects table."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from casualty_claims import schema
from casualty_claims.ingest import IngestOptions, assign_shard, read_corpus
from casualty_claims.io import to_table, write_csv, write_parquet

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("ingest", help="read raw documents into Parquet shards")
    p.add_argument("--raw-dir", required=True, type=Path)
    p.add_argument("--shards", nargs="+", required=True, type=Path,
                   help="output shard paths, one per shard, in shard order")
    p.add_argument("--rejects", required=True, type=Path, help="rejects .parquet (a .csv is written beside it)")
    p.add_argument("--options-json", default="{}", help="the config's ingest block, as JSON")
    return p


def run(args) -> int:
    documents, rejects = read_corpus(args.raw_dir, IngestOptions.from_config(json.loads(args.options_json)))
    n = len(args.shards)
    buckets: list[list[dict]] = [[] for _ in range(n)]
    for doc in documents:
        buckets[assign_shard(doc["doc_id"], n)].append(doc)
    for path, rows in zip(args.shards, buckets):
        write_parquet(to_table(schema.DOCUMENTS, rows), path)
    rejects_table = to_table(schema.REJECTS, rejects)
    write_parquet(rejects_table, args.rejects)
    write_csv(rejects_table, args.rejects.with_suffix(".csv"))
    log.info("ingested %d documents into %d shards; %d rejected", len(documents), n, len(rejects))
    return 0
