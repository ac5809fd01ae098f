"""aggregate: canonical tables -> sorted comparison tables (Parquet + CSV)."""

from __future__ import annotations

import logging
from pathlib import Path

from casualty_claims.aggregate import build_tables, connect
from casualty_claims.io import write_csv, write_parquet

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("aggregate", help="build the comparison tables with DuckDB")
    p.add_argument("--documents", required=True, type=Path)
    p.add_argument("--claims", required=True, type=Path)
    p.add_argument("--events", required=True, type=Path)
    p.add_argument("--out-dir", required=True, type=Path)
    return p


def run(args) -> int:
    con = connect(args.documents, args.claims, args.events)
    for name, table in build_tables(con).items():
        write_parquet(table, args.out_dir / f"{name}.parquet")
        write_csv(table, args.out_dir / f"{name}.csv")
        log.info("%s: %d rows", name, table.num_rows)
    return 0
