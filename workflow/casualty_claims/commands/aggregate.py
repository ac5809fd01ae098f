"""aggregate: canonical tables -> sorted comparison tables (Parquet + CSV) and a DuckDB
database of views over them for users to query (not a published artifact)."""

from __future__ import annotations

import logging
from pathlib import Path

from casualty_claims.aggregate import build_tables, connect, write_database
from casualty_claims.io import write_csv, write_parquet

log = logging.getLogger(__name__)


def register_parser(sub):
    p = sub.add_parser("aggregate", help="build the comparison tables with DuckDB")
    p.add_argument("--documents", required=True, type=Path)
    p.add_argument("--claims", required=True, type=Path)
    p.add_argument("--events", required=True, type=Path)
    p.add_argument("--overrides", required=True, type=Path, help="the overrides log normalize wrote")
    p.add_argument("--out-dir", required=True, type=Path)
    p.add_argument("--database", type=Path, help="DuckDB file of views to write (optional)")
    return p


def run(args) -> int:
    con = connect(args.documents, args.claims, args.events, args.overrides)
    views = {"documents": args.documents, "claims": args.claims, "events": args.events}
    for name, table in build_tables(con).items():
        write_parquet(table, args.out_dir / f"{name}.parquet")
        write_csv(table, args.out_dir / f"{name}.csv")
        views[name] = args.out_dir / f"{name}.parquet"
        log.info("%s: %d rows", name, table.num_rows)
    con.close()
    if args.database:
        write_database(args.database, views)
        log.info("views over %d Parquet files in %s", len(views), args.database)
    return 0
